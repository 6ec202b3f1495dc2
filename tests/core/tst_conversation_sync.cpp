// Not covered yet: webhook deliveries through the real receiver (the console's live-update tests
// do that) and a sync racing a page of the model's first load.
#include "SandboxFixture.h"
#include "api/Endpoints.h"
#include "models/ConversationListModel.h"
#include "seed/SeedGenerator.h"
#include "store/Tokens.h"
#include "sync/ConversationSync.h"
#include "webhooks/WebhookEvent.h"
#include "workspace/Session.h"

#include <QSignalSpy>
#include <QTest>

using namespace weav;

class TestConversationSync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pollPlacesUpdatesByTheActiveSort();
    void pollDropsRowsThatStopMatching();
    void pollKeepsNonMatchingUpdatesOut();
    void gapReloadsTheWholeList();
    void failedPollMakesTheNextSyncReload();
    void webhookEventMergesAtOnce();
    void webhooksSlowPollingDown();

private:
    QString openConversation(int index) const;
    QString closedConversation() const;
    void postCustomerMessage(const QString &conversationId);
    void loadView();
    bool pollOnce();

    std::unique_ptr<sandbox::test::SandboxFixture> m_server;
    QString m_token;
    core::Session *m_session = nullptr;
    core::ConversationListModel *m_model = nullptr;
    core::ConversationSync *m_sync = nullptr;
};

void TestConversationSync::init()
{
    m_server = std::make_unique<sandbox::test::SandboxFixture>();
    QVERIFY(m_server->start(true));

    sandbox::SeedOptions options;
    options.workspace = QStringLiteral("live");
    options.conversations = 150;
    QString error;
    QVERIFY2(sandbox::seed::run(m_server->sandbox().database(), options, &error), qPrintable(error));
    const auto token = sandbox::tokens::create(m_server->sandbox().database(), options.workspace, QStringLiteral("test"),
                                               QStringLiteral("read,write"), std::nullopt, &error);
    QVERIFY(token);
    m_token = token->plainText;

    core::Profile profile;
    profile.name = QStringLiteral("live");
    profile.baseUrl = m_server->baseUrl();
    m_session = new core::Session(profile, m_token, this);
    m_model = new core::ConversationListModel(m_session->client(), nullptr, this);
    m_sync = new core::ConversationSync(m_session, m_model, this);
    loadView();
}

void TestConversationSync::cleanup()
{
    delete m_sync;
    delete m_model;
    delete m_session;
    m_server.reset();
}

void TestConversationSync::loadView()
{
    core::ConversationFilter filter;
    filter.status = QStringLiteral("open");
    filter.setSort(core::ConversationFilter::SortKey::LastMessageAt, true);
    m_model->setFilter(filter);
    m_model->loadAll();
    QVERIFY(QTest::qWaitFor([this] { return m_model->isComplete() && !m_model->isLoading(); }, 20000));
    QVERIFY(m_model->rowCount() > 5);
}

QString TestConversationSync::openConversation(int index) const
{
    return m_model->rowAt(index).id;
}

QString TestConversationSync::closedConversation() const
{
    const QJsonArray closed = m_server->listAll(core::endpoints::conversations() + QStringLiteral("?status=closed"), m_token);
    return closed.isEmpty() ? QString() : closed.first().toObject().value(QStringLiteral("id")).toString();
}

void TestConversationSync::postCustomerMessage(const QString &conversationId)
{
    const sandbox::test::Reply reply = m_server->call(
        "POST", core::endpoints::messages(),
        {{QStringLiteral("conversation_id"), conversationId}, {QStringLiteral("sender_type"), QStringLiteral("customer")},
         {QStringLiteral("content"), QStringLiteral("Any news on this?")}},
        m_token);
    QCOMPARE(reply.status, 201);
}

bool TestConversationSync::pollOnce()
{
    QSignalSpy synced(m_sync, &core::ConversationSync::synced);
    m_sync->syncNow();
    return synced.wait(10000);
}

void TestConversationSync::pollPlacesUpdatesByTheActiveSort()
{
    m_sync->start();
    const int rows = m_model->rowCount();
    const QString last = openConversation(rows - 1);
    QTest::qWait(1100); // the new message must be later than every shown last_message_at
    postCustomerMessage(last);

    QVERIFY(pollOnce());

    QCOMPARE(m_model->rowCount(), rows);
    QCOMPARE(openConversation(0), last);
}

void TestConversationSync::pollDropsRowsThatStopMatching()
{
    m_sync->start();
    const int rows = m_model->rowCount();
    const qint64 total = m_model->totalCount();
    const QString leaving = openConversation(2);
    QCOMPARE(m_server->call("PUT", core::endpoints::conversation(leaving), {{QStringLiteral("status"), QStringLiteral("closed")}}, m_token).status, 200);

    QVERIFY(pollOnce());

    QCOMPARE(m_model->rowOf(leaving), -1);
    QCOMPARE(m_model->rowCount(), rows - 1);
    QCOMPARE(m_model->totalCount(), total - 1);
}

void TestConversationSync::pollKeepsNonMatchingUpdatesOut()
{
    m_sync->start();
    const int rows = m_model->rowCount();
    const QString closed = closedConversation();
    QVERIFY(!closed.isEmpty());
    QCOMPARE(m_server->call("PUT", core::endpoints::conversation(closed), {{QStringLiteral("priority"), QStringLiteral("urgent")}}, m_token).status, 200);

    QSignalSpy synced(m_sync, &core::ConversationSync::synced);
    m_sync->syncNow();
    QVERIFY(synced.wait(10000));

    QVERIFY(synced.first().at(1).toInt() >= 1);
    QCOMPARE(m_model->rowOf(closed), -1);
    QCOMPARE(m_model->rowCount(), rows);
}

void TestConversationSync::gapReloadsTheWholeList()
{
    m_sync->start();
    m_sync->pause();
    const QString closed = closedConversation();
    QCOMPARE(m_server->call("PUT", core::endpoints::conversation(closed), {{QStringLiteral("status"), QStringLiteral("open")}}, m_token).status, 200);

    QSignalSpy resynced(m_sync, &core::ConversationSync::resynced);
    m_sync->noteGap();
    m_sync->start();
    QCOMPARE(resynced.size(), 1);
    QVERIFY(QTest::qWaitFor([this, closed] { return m_model->rowOf(closed) >= 0; }, 10000));
}

void TestConversationSync::failedPollMakesTheNextSyncReload()
{
    m_session->client()->setRetryPolicy(core::RetryPolicy::none());
    m_sync->start();
    m_server->sandbox().setFaultRates(1.0, 0.0);

    QSignalSpy failed(m_sync, &core::ConversationSync::syncFailed);
    m_sync->syncNow();
    QVERIFY(failed.wait(10000));

    m_server->sandbox().setFaultRates(0.0, 0.0);
    QSignalSpy resynced(m_sync, &core::ConversationSync::resynced);
    m_sync->syncNow();
    QCOMPARE(resynced.size(), 1);
}

void TestConversationSync::webhookEventMergesAtOnce()
{
    const QString leaving = openConversation(0);
    const sandbox::test::Reply closed =
        m_server->call("PUT", core::endpoints::conversation(leaving), {{QStringLiteral("status"), QStringLiteral("closed")}}, m_token);
    QCOMPARE(closed.status, 200);

    const QJsonObject envelope{{QStringLiteral("event"), QStringLiteral("conversation.status.updated")},
                               {QStringLiteral("id"), QStringLiteral("delivery-1")},
                               {QStringLiteral("data"), closed.object}};
    m_sync->applyEvent(core::WebhookEvent::fromEnvelope(envelope, QDateTime::currentDateTimeUtc()));

    QVERIFY(QTest::qWaitFor([&] { return m_model->rowOf(leaving) < 0; }, 5000));
}

void TestConversationSync::webhooksSlowPollingDown()
{
    m_sync->setIntervalMs(15000);
    QCOMPARE(m_sync->effectiveIntervalMs(), 15000);
    m_sync->setWebhooksActive(true);
    QVERIFY(m_sync->effectiveIntervalMs() > 15000);
}

QTEST_GUILESS_MAIN(TestConversationSync)
#include "tst_conversation_sync.moc"
