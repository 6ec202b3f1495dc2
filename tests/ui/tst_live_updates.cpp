// Live updates of the inbox against the demo workspace, with real widgets. Changes that arrive by
// webhook or by polling land where the filter and sort put them. Also: the re-sync after a network
// gap, polling paused while the window is hidden or minimised, and the live-update settings.
// Not covered yet: the thread reload of the pane after a new message, and the secret written to a
// real keychain.

#include "UiTestSupport.h"

#include "MainWindow.h"
#include "Sandbox.h"
#include "api/Endpoints.h"
#include "demo/DemoWorkspace.h"
#include "inbox/Composer.h"
#include "inbox/ConversationPane.h"
#include "inbox/InboxView.h"
#include "live/InboxLiveUpdates.h"
#include "live/LiveUpdates.h"
#include "live/WebhookListener.h"
#include "models/ConversationListModel.h"
#include "settings/LiveUpdateSettings.h"
#include "settings/SettingsDialog.h"
#include "shell/SessionStatusBar.h"
#include "workspace/Session.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace weav;
using namespace weav::ui;
using core::ConversationFilter;

namespace {

constexpr int SeededConversations = 200;
constexpr int UpdateTimeoutMs = 10000;

ConversationFilter openByLastMessage()
{
    ConversationFilter filter;
    filter.status = QStringLiteral("open");
    filter.setSort(ConversationFilter::SortKey::LastMessageAt, true);
    return filter;
}

} // namespace

class LiveUpdatesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void webhook_movesChangedRowToTop();
    void polling_appliesFilterAndSort();
    void gap_reloadsListAfterReconnect();
    void polling_pausesWhileWindowHidden();
    void polling_pausesWhileMinimised();
    void statusBar_showsReceiverState();
    void statusBar_showsReceiverFailure();
    void settings_saveIntervalPerProfile();
    void settings_requireSecretForProfileWebhooks();

private:
    core::Session *createSession();
    std::unique_ptr<InboxView> openInbox(core::Session *session, int pollSeconds);
    std::unique_ptr<MainWindow> openWindow(core::Session *session);
    // A conversation of the open list at this row, chosen from the loaded rows.
    QString openConversationAt(const core::ConversationListModel *model, int row) const;
    QString firstConversationId(const QString &status);
    void postCustomerMessage(const QString &conversationId);
    void updateConversation(const QString &conversationId, const QJsonObject &changes);

    QTemporaryDir m_dir;
    DemoWorkspace m_demo;
    WebhookListener *m_listener = nullptr;
    std::unique_ptr<core::ApiClient> m_writer;
    std::unique_ptr<QSettings> m_settings;
};

void LiveUpdatesTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);

    DemoOptions options;
    options.conversations = SeededConversations;
    options.dataPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
    options.config.webhookBackoffScale = 0.001;
    QString error;
    m_listener = WebhookListener::startForDemo(&options.config, this, &error);
    QVERIFY2(m_listener, qPrintable(error));
    QCOMPARE(m_listener->state(), WebhookListener::State::Listening);
    QVERIFY2(m_demo.startAndWait(options, &error), qPrintable(error));

    m_writer = std::make_unique<core::ApiClient>();
    m_writer->setBaseUrl(m_demo.baseUrl());
    m_writer->setToken(m_demo.createToken());
}

void LiveUpdatesTest::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat);
    m_settings->clear();
}

void LiveUpdatesTest::cleanup()
{
    m_demo.sandbox()->setFaultRates(0, 0);
    m_settings.reset();
}

core::Session *LiveUpdatesTest::createSession()
{
    core::Session *session = m_demo.createSession(this);
    session->setProbeIntervalMs(100);
    return session;
}

std::unique_ptr<InboxView> LiveUpdatesTest::openInbox(core::Session *session, int pollSeconds)
{
    auto inbox = std::make_unique<InboxView>(session);
    inbox->liveUpdates()->setPollSeconds(pollSeconds);
    inbox->resize(1200, 700);
    inbox->applyFilter(openByLastMessage());
    inbox->show();
    if (!test::waitUntilLoaded(inbox->model()))
        return nullptr;
    return inbox;
}

std::unique_ptr<MainWindow> LiveUpdatesTest::openWindow(core::Session *session)
{
    auto window = std::make_unique<MainWindow>(session, m_settings.get());
    window->resize(1280, 800);
    window->show();
    window->inbox()->applyFilter(openByLastMessage());
    if (!test::waitUntilLoaded(window->inbox()->model()))
        return nullptr;
    return window;
}

QString LiveUpdatesTest::openConversationAt(const core::ConversationListModel *model, int row) const
{
    return row < model->rowCount() ? model->rowAt(row).id : QString();
}

QString LiveUpdatesTest::firstConversationId(const QString &status)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("status"), status);
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("last_message_at"));
    const core::ApiResponse response = m_writer->sendAndWait(core::ApiRequest::get(core::endpoints::conversations(), query));
    const QJsonArray items = response.object().value(QStringLiteral("data")).toArray();
    return items.isEmpty() ? QString() : items.first().toObject().value(QStringLiteral("id")).toString();
}

void LiveUpdatesTest::postCustomerMessage(const QString &conversationId)
{
    const QJsonObject body{{QStringLiteral("conversation_id"), conversationId},
                           {QStringLiteral("sender_type"), QStringLiteral("customer")},
                           {QStringLiteral("content"), QStringLiteral("Any news on my order?")}};
    const core::ApiResponse response = m_writer->sendAndWait(core::ApiRequest::post(core::endpoints::messages(), body));
    QVERIFY2(response.ok(), qPrintable(response.error.summary()));
}

void LiveUpdatesTest::updateConversation(const QString &conversationId, const QJsonObject &changes)
{
    const core::ApiResponse response =
        m_writer->sendAndWait(core::ApiRequest::put(core::endpoints::conversation(conversationId), changes));
    QVERIFY2(response.ok(), qPrintable(response.error.summary()));
}

void LiveUpdatesTest::webhook_movesChangedRowToTop()
{
    core::Session *session = createSession();
    m_listener->attachTo(session);
    // Polling every 10 min (40 min with webhooks) cannot bring the change within the test.
    LiveUpdatePreferences preferences;
    preferences.pollSeconds = LiveUpdatePreferences::MaxPollSeconds;
    preferences.save(*m_settings, QStringLiteral("demo"));
    const auto window = openWindow(session);
    QVERIFY(window);
    InboxView *inbox = window->inbox();
    core::ConversationSync *sync = inbox->liveUpdates()->sync();
    QVERIFY(sync->webhooksActive());
    QCOMPARE(sync->effectiveIntervalMs(), LiveUpdatePreferences::MaxPollSeconds * 1000 * 4);

    const QString movedId = openConversationAt(inbox->model(), 6);
    QVERIFY(!movedId.isEmpty());
    inbox->openConversation(movedId);
    QTRY_VERIFY(inbox->pane()->conversation().has_value());
    inbox->pane()->composer()->setTexts(QStringLiteral("Draft that must survive"), QString());
    const QDateTime lastMessageBefore = inbox->pane()->conversation()->lastMessageAt;

    QSignalSpy events(m_listener, &WebhookListener::eventReceived);
    QSignalSpy polls(sync, &core::ConversationSync::synced);
    postCustomerMessage(movedId);

    QTRY_COMPARE_WITH_TIMEOUT(inbox->model()->rowOf(movedId), 0, UpdateTimeoutMs);
    QVERIFY(!events.isEmpty());
    QVERIFY(polls.isEmpty());
    const QModelIndexList selected = inbox->table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().row(), 0);
    QTRY_VERIFY(inbox->pane()->conversation()->lastMessageAt > lastMessageBefore);
    QCOMPARE(inbox->pane()->conversation()->id, movedId);
    QCOMPARE(inbox->pane()->composer()->text(core::DraftStore::Mode::Reply), QStringLiteral("Draft that must survive"));
    test::saveScreenshot(window.get(), QStringLiteral("live-webhook"));
}

void LiveUpdatesTest::polling_appliesFilterAndSort()
{
    core::Session *session = createSession();
    const auto inbox = openInbox(session, 1);
    QVERIFY(inbox);
    core::ConversationListModel *model = inbox->model();
    QVERIFY(!inbox->liveUpdates()->sync()->webhooksActive());
    QTRY_VERIFY(inbox->liveUpdates()->isPolling());

    const QString closingId = openConversationAt(model, 2);
    const QString closedId = firstConversationId(QStringLiteral("closed"));
    QVERIFY(!closedId.isEmpty());
    QCOMPARE(model->rowOf(closedId), -1);
    // The last conversation of the open list, probably on a page not loaded yet.
    const QString lowestId = [&] {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("status"), QStringLiteral("open"));
        query.addQueryItem(QStringLiteral("sort"), QStringLiteral("last_message_at"));
        query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
        const core::ApiResponse response = m_writer->sendAndWait(core::ApiRequest::get(core::endpoints::conversations(), query));
        return response.object().value(QStringLiteral("data")).toArray().first().toObject().value(QStringLiteral("id")).toString();
    }();
    QVERIFY(!lowestId.isEmpty());
    QVERIFY(lowestId != closingId);

    QSignalSpy synced(inbox->liveUpdates()->sync(), &core::ConversationSync::synced);
    updateConversation(closingId, {{QStringLiteral("status"), QStringLiteral("closed")}});
    updateConversation(closedId, {{QStringLiteral("priority"), QStringLiteral("urgent")}});
    postCustomerMessage(lowestId);

    // The new message puts the conversation first; another one with a message in the same second
    // (last_message_at has whole seconds) may share the top.
    const auto atTop = [model, &lowestId] {
        const int row = model->rowOf(lowestId);
        return row >= 0 && model->rowAt(row).lastMessageAt == model->rowAt(0).lastMessageAt;
    };
    QTRY_VERIFY_WITH_TIMEOUT(atTop(), UpdateTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowOf(closingId), -1, UpdateTimeoutMs);
    QVERIFY(!synced.isEmpty());
    QCOMPARE(model->rowOf(closedId), -1);
    for (const core::Conversation &row : model->rows())
        QCOMPARE(row.status, QStringLiteral("open"));
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(!(model->rowAt(row - 1).lastMessageAt < model->rowAt(row).lastMessageAt));
    QVERIFY(session->lastSync().isValid());
    QVERIFY2(inbox->liveUpdates()->lastSyncedLabel()->text().startsWith(QStringLiteral("Synced")),
             qPrintable(inbox->liveUpdates()->lastSyncedLabel()->text()));
    QVERIFY(!inbox->liveUpdates()->lastSyncedLabel()->toolTip().isEmpty());
    QVERIFY(inbox->liveUpdates()->lastSyncedLabel()->isVisible());
}

void LiveUpdatesTest::gap_reloadsListAfterReconnect()
{
    core::Session *session = createSession();
    const auto inbox = openInbox(session, LiveUpdatePreferences::MaxPollSeconds);
    QVERIFY(inbox);
    core::ConversationSync *sync = inbox->liveUpdates()->sync();
    QTRY_VERIFY(inbox->liveUpdates()->isPolling());

    const QString changedId = openConversationAt(inbox->model(), 4);
    postCustomerMessage(changedId);
    QTest::qWait(300);
    QCOMPARE(inbox->model()->rowOf(changedId), 4);

    QSignalSpy resynced(sync, &core::ConversationSync::resynced);
    m_demo.sandbox()->setFaultRates(0, 1.0);
    sync->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!session->isReachable(), UpdateTimeoutMs);

    m_demo.sandbox()->setFaultRates(0, 0);
    QTRY_VERIFY_WITH_TIMEOUT(session->isReachable(), UpdateTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!resynced.isEmpty(), UpdateTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(inbox->model()->rowOf(changedId), 0, UpdateTimeoutMs);
}

void LiveUpdatesTest::polling_pausesWhileWindowHidden()
{
    core::Session *session = createSession();
    const auto window = openWindow(session);
    QVERIFY(window);
    InboxLiveUpdates *live = window->inbox()->liveUpdates();
    QTRY_VERIFY(live->isPolling());

    window->hide();
    QTRY_VERIFY(!live->isPolling());

    window->show();
    QTRY_VERIFY(live->isPolling());

    window->showArea(MainWindow::Area::Activity);
    QTRY_VERIFY(!live->isPolling());
    window->showArea(MainWindow::Area::Inbox);
    QTRY_VERIFY(live->isPolling());
}

void LiveUpdatesTest::polling_pausesWhileMinimised()
{
    core::Session *session = createSession();
    const auto window = openWindow(session);
    QVERIFY(window);
    InboxLiveUpdates *live = window->inbox()->liveUpdates();
    QTRY_VERIFY(live->isPolling());

    window->setWindowState(Qt::WindowMinimized);
    QTRY_VERIFY(!live->isPolling());

    window->setWindowState(Qt::WindowNoState);
    QTRY_VERIFY(live->isPolling());
}

void LiveUpdatesTest::statusBar_showsReceiverState()
{
    core::Session *session = createSession();
    m_listener->attachTo(session);
    const auto window = openWindow(session);
    QVERIFY(window);

    const StatusItem *item = window->liveUpdates()->receiverItem();
    QVERIFY(item);
    QVERIFY(item->isVisible());
    QCOMPARE(item->text(), QStringLiteral("Webhooks: listening on port %1").arg(m_listener->port()));
    QCOMPARE(item->iconName(), QStringLiteral("online"));
    test::saveScreenshot(window->statusBar(), QStringLiteral("live-status-bar"));

    // A second listener on the same port cannot bind it.
    WebhookListener blocked;
    QVERIFY(!blocked.start(m_listener->port(), "secret", QStringLiteral(":memory:")));
    QCOMPARE(blocked.state(), WebhookListener::State::Failed);
    QVERIFY2(blocked.stateText().contains(QString::number(m_listener->port())), qPrintable(blocked.stateText()));
}

void LiveUpdatesTest::statusBar_showsReceiverFailure()
{
    core::Profile profile = m_demo.profile();
    profile.name = QStringLiteral("no-secret-profile");
    profile.credentialStore = QStringLiteral("file");
    qputenv("WEAV_CREDENTIALS_FILE", m_dir.filePath(QStringLiteral("empty-credentials.json")).toUtf8());
    auto *session = new core::Session(profile, m_demo.createToken(), this);
    LiveUpdatePreferences preferences;
    preferences.webhooksEnabled = true;
    preferences.save(*m_settings, profile.name);

    const auto window = openWindow(session);
    QVERIFY(window);
    const StatusItem *item = window->liveUpdates()->receiverItem();
    QTRY_COMPARE(window->liveUpdates()->listener()->state(), WebhookListener::State::Failed);
    QVERIFY(item->isVisible());
    QVERIFY2(item->text().startsWith(QStringLiteral("Webhooks failed: No webhook secret is stored")), qPrintable(item->text()));
    QCOMPARE(item->iconName(), QStringLiteral("error"));
    QVERIFY2(item->toolTip().contains(QStringLiteral("Live Updates")), qPrintable(item->toolTip()));
    QVERIFY(!window->inbox()->liveUpdates()->sync()->webhooksActive());
    QTRY_VERIFY(item->width() >= item->sizeHint().width());
    test::saveScreenshot(window->statusBar(), QStringLiteral("live-status-bar-failed"));
}

void LiveUpdatesTest::settings_saveIntervalPerProfile()
{
    core::Session *session = createSession();
    const auto window = openWindow(session);
    QVERIFY(window);

    SettingsDialog *dialog = window->showSettings(SettingsDialog::Page::LiveUpdates);
    QCOMPARE(dialog->currentPage(), SettingsDialog::Page::LiveUpdates);
    LiveUpdateSettingsPage *page = dialog->liveUpdatesPage();
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
    QCOMPARE(page->pollSecondsBox()->value(), LiveUpdatePreferences::DefaultPollSeconds);
    QVERIFY(!page->webhooksBox()->isEnabled());
    test::saveScreenshot(dialog, QStringLiteral("live-settings-demo"));

    page->pollSecondsBox()->setValue(42);
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QVERIFY2(page->statusText().startsWith(QStringLiteral("Saved")), qPrintable(page->statusText()));

    QCOMPARE(window->inbox()->liveUpdates()->sync()->intervalMs(), 42000);
    QCOMPARE(LiveUpdatePreferences::load(*m_settings, QStringLiteral("demo")).pollSeconds, 42);
    QCOMPARE(LiveUpdatePreferences::load(*m_settings, QStringLiteral("other")).pollSeconds,
             LiveUpdatePreferences::DefaultPollSeconds);
}

void LiveUpdatesTest::settings_requireSecretForProfileWebhooks()
{
    core::Profile profile;
    profile.name = QStringLiteral("live-test-profile");
    profile.baseUrl = m_demo.baseUrl();
    // The file store keeps this test away from the desktop keychain.
    profile.credentialStore = QStringLiteral("file");
    qputenv("WEAV_CREDENTIALS_FILE", m_dir.filePath(QStringLiteral("credentials.json")).toUtf8());

    LiveUpdateSettingsPage dialog(profile, false, LiveUpdatePreferences());
    dialog.show();
    QSignalSpy saved(&dialog, &LiveUpdateSettingsPage::preferencesSaved);
    QVERIFY(!dialog.portBox()->isEnabled());

    dialog.webhooksBox()->setChecked(true);
    QVERIFY(dialog.portBox()->isEnabled());
    QTRY_VERIFY(!dialog.secretField()->placeholderText().contains(QStringLiteral("Checking")));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(saved.isEmpty());
    QVERIFY2(dialog.secretMessage().contains(QStringLiteral("Enter the webhook secret")), qPrintable(dialog.secretMessage()));
    // The page makes room for the message once its layout has run.
    QTRY_VERIFY(dialog.secretField()->height() >= dialog.secretField()->sizeHint().height());
    test::saveScreenshot(&dialog, QStringLiteral("live-settings-profile"));

    QTest::keyClicks(dialog.secretField(), QStringLiteral("whsec-typed"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QVERIFY(dialog.preferences().webhooksEnabled);
    QVERIFY(dialog.secretField()->text().isEmpty());

    WebhookListener listener;
    listener.startForProfile(profile, 0);
    QTRY_COMPARE(listener.state(), WebhookListener::State::Listening);
}

QTEST_MAIN(LiveUpdatesTest)
#include "tst_live_updates.moc"
