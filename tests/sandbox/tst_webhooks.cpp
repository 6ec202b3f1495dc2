// Webhook delivery (envelope, signature, retries, 410, concurrency) and the traffic simulator, over
// real HTTP to a receiver on 127.0.0.1.
// Not covered here yet: the events of each resource route (one file per resource), the arrival
// order of concurrent deliveries, and a receiver that times out (the 10 s transfer timeout).

#include "SandboxFixture.h"

#include "api/Json.h"
#include "events/TrafficSimulator.h"
#include "events/WebhookDispatcher.h"
#include "http/HttpServer.h"
#include "resources/Resources.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <functional>

using namespace weav::sandbox;
using namespace weav::sandbox::test;

namespace {

struct ReceivedRequest
{
    QByteArray method;
    QString path;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    qint64 receivedAtMs = 0;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject envelope() const { return QJsonDocument::fromJson(body).object(); }
    QString event() const { return QString::fromUtf8(header("x-weav-event")); }
};

// A webhook receiver on 127.0.0.1 and an ephemeral port. It records every request and replies with
// the status that `statusFor` returns for the n-th request (counted from 0).
class WebhookReceiver
{
public:
    using StatusFor = std::function<int(int index, const HttpRequest &request)>;

    explicit WebhookReceiver(StatusFor statusFor, int workerThreads = 2)
        : m_statusFor(std::move(statusFor)),
          m_server([this](const HttpRequest &request) { return record(request); }, workerThreads)
    {
        m_clock.start();
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/hooks").arg(m_server.serverPort()));
    }

    int count() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_requests.size());
    }

    QList<ReceivedRequest> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }

    QList<ReceivedRequest> requestsFor(const QString &event) const
    {
        QList<ReceivedRequest> matching;
        for (const ReceivedRequest &request : requests()) {
            if (request.event() == event)
                matching.append(request);
        }
        return matching;
    }

private:
    HttpResponse record(const HttpRequest &request)
    {
        int index = 0;
        {
            QMutexLocker lock(&m_mutex);
            index = int(m_requests.size());
            m_requests.append({request.method, request.path, request.headers, request.body, m_clock.elapsed()});
        }

        HttpResponse response;
        response.status = m_statusFor(index, request);
        response.body = "{}";
        response.setHeader("Content-Type", "application/json");
        return response;
    }

    StatusFor m_statusFor;
    mutable QMutex m_mutex;
    QList<ReceivedRequest> m_requests;
    QElapsedTimer m_clock;
    HttpServer m_server;
};

// Replies with the listed statuses in turn, then with `fallback` for every later request.
WebhookReceiver::StatusFor statusesInTurn(const QList<int> &statuses, int fallback = 200)
{
    return [statuses, fallback](int index, const HttpRequest &) { return statuses.value(index, fallback); };
}

// Records events in the order they are published, for the simulator tests.
class RecordingSink : public EventSink
{
public:
    struct Event
    {
        QString workspaceId;
        QString name;
        QJsonObject data;
    };

    void publish(const QString &workspaceId, const QString &event, const QJsonObject &data) override
    {
        QMutexLocker lock(&m_mutex);
        m_events.append({workspaceId, event, data});
    }

    QList<Event> named(const QString &name) const
    {
        QMutexLocker lock(&m_mutex);
        QList<Event> matching;
        for (const Event &event : m_events) {
            if (event.name == name)
                matching.append(event);
        }
        return matching;
    }

    int count() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_events.size());
    }

private:
    mutable QMutex m_mutex;
    QList<Event> m_events;
};

// The lowercase hex HMAC-SHA256 of body keyed with secret, computed by the openssl command line.
QByteArray opensslHmac(const QByteArray &body, const QByteArray &secret)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-hmac"),
                                              QString::fromLatin1(secret)});
    if (!openssl.waitForStarted(10000))
        return {};
    openssl.write(body);
    openssl.closeWriteChannel();
    if (!openssl.waitForFinished(10000) || openssl.exitCode() != 0)
        return {};

    // OpenSSL 3 prints "SHA2-256(stdin)= <hex>", older releases "(stdin)= <hex>".
    const QByteArray output = openssl.readAllStandardOutput().trimmed();
    return output.mid(output.lastIndexOf(' ') + 1);
}

// A loopback port with no listener: bound once, then closed.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

int tableCount(SandboxFixture &fixture, const QString &statement, const QVariantList &values = {})
{
    return int(sql::scalar(fixture.sandbox().database().connection(), statement, values));
}

QJsonObject customerData()
{
    return QJsonObject{
        {QStringLiteral("id"), unknownId()},
        {QStringLiteral("email"), QStringLiteral("dana@example.com")},
        {QStringLiteral("first_name"), QStringLiteral("Dana")},
    };
}

QString insertCustomer(SandboxFixture &fixture, const QString &email)
{
    return fixture.insertRow(QStringLiteral("customers"), {{QStringLiteral("email"), email}});
}

// Whether the conversation and message loaders return records. The simulator publishes only
// events whose record it could load.
bool loadersReturnRecords(SandboxFixture &fixture)
{
    const QSqlDatabase db = fixture.sandbox().database().connection();
    QSqlQuery message = sql::exec(db, QStringLiteral("SELECT workspace_id, id, conversation_id FROM messages LIMIT 1"));
    if (!message.next())
        return false;

    const QString workspaceId = message.value(0).toString();
    return loadMessage(db, workspaceId, message.value(1).toString()).has_value()
        && loadConversation(db, workspaceId, message.value(2).toString()).has_value();
}

// A receiver and a listening sandbox that delivers its events to it. The sandbox stops first.
class WebhookBench
{
public:
    explicit WebhookBench(WebhookReceiver::StatusFor statusFor, int receiverThreads = 2)
        : receiver(std::move(statusFor), receiverThreads)
    {
    }

    // Starts the receiver and the sandbox. An empty webhookUrl in config is set to the receiver's.
    bool start(SandboxConfig config)
    {
        if (!receiver.listen())
            return false;
        if (config.webhookUrl.isEmpty())
            config.webhookUrl = receiver.url();

        fixture = std::make_unique<SandboxFixture>(config);
        return fixture->start(true);
    }

    WebhookDispatcher *webhooks() const { return fixture->sandbox().webhooks(); }

    void publish(const QString &event = QStringLiteral("customer.created"), const QJsonObject &data = customerData())
    {
        webhooks()->publish(fixture->workspaceId, event, data);
    }

    WebhookReceiver receiver;
    std::unique_ptr<SandboxFixture> fixture;
};

// A sandbox that is not listening, and a simulator that publishes into a recording sink.
class SimulatorBench
{
public:
    bool start()
    {
        if (!fixture.start())
            return false;
        services = std::make_unique<Services>(Services{fixture.sandbox().database(), fixture.sandbox().config(), &sink, {}});
        simulator = std::make_unique<TrafficSimulator>(*services);
        return true;
    }

    void run(int steps)
    {
        for (int i = 0; i < steps; ++i)
            simulator->simulateOnce();
    }

    int count(const QString &statement, const QVariantList &values = {}) { return tableCount(fixture, statement, values); }

    SandboxFixture fixture;
    RecordingSink sink;
    std::unique_ptr<Services> services;
    std::unique_ptr<TrafficSimulator> simulator;
};

} // namespace

class WebhooksTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_secret = "test-secret-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    }

    void dispatcherWithoutUrlIsDisabled()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        WebhookDispatcher *webhooks = fixture.sandbox().webhooks();

        webhooks->publish(fixture.workspaceId, QStringLiteral("customer.created"), customerData());

        QVERIFY(!webhooks->isEnabled());
        QCOMPARE(webhooks->pendingCount(), 0);
    }

    void envelopeCarriesEventWorkspaceAndData()
    {
        WebhookBench bench(statusesInTurn({}));
        QVERIFY(bench.start(webhookConfig()));

        const QJsonObject data = customerData();
        bench.publish(QStringLiteral("customer.created"), data);
        QTRY_COMPARE_WITH_TIMEOUT(bench.receiver.count(), 1, 5000);

        const QJsonObject envelope = bench.receiver.requests().at(0).envelope();
        QCOMPARE(envelope.value(QStringLiteral("event")).toString(), QStringLiteral("customer.created"));
        QVERIFY(json::isUuid(envelope.value(QStringLiteral("id")).toString()));
        QCOMPARE(envelope.value(QStringLiteral("organization_id")).toString(), bench.fixture->workspaceId);
        QCOMPARE(envelope.value(QStringLiteral("data")).toObject(), data);
        QCOMPARE(envelope.size(), 4);
    }

    void requestHeadersNameEventAndDelivery()
    {
        WebhookBench bench(statusesInTurn({}));
        QVERIFY(bench.start(webhookConfig()));

        bench.publish();
        QTRY_COMPARE_WITH_TIMEOUT(bench.receiver.count(), 1, 5000);

        const ReceivedRequest request = bench.receiver.requests().at(0);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/hooks"));
        QCOMPARE(request.header("content-type"), QByteArray("application/json"));
        QCOMPARE(request.header("x-weav-event"), QByteArray("customer.created"));
        QCOMPARE(QString::fromLatin1(request.header("x-weav-delivery")),
                 request.envelope().value(QStringLiteral("id")).toString());
        QCOMPARE(request.header("user-agent"), QByteArray("weav-sandbox/" WEAV_VERSION));
    }

    void signatureMatchesOpenssl()
    {
        WebhookBench bench(statusesInTurn({}));
        QVERIFY(bench.start(webhookConfig()));

        bench.publish();
        QTRY_COMPARE_WITH_TIMEOUT(bench.receiver.count(), 1, 5000);

        const ReceivedRequest request = bench.receiver.requests().at(0);
        const QByteArray expected = opensslHmac(request.body, m_secret);
        QCOMPARE(expected.size(), 64);
        QCOMPARE(request.header("x-weav-signature"), expected);
    }

    void retryKeepsDeliveryIdAndBody()
    {
        WebhookBench bench(statusesInTurn({500, 500}));
        QVERIFY(bench.start(webhookConfig()));
        QSignalSpy attempted(bench.webhooks(), &WebhookDispatcher::attempted);

        bench.publish();
        QCOMPARE(bench.webhooks()->pendingCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(attempted.count(), 3, 5000);

        const QList<ReceivedRequest> requests = bench.receiver.requests();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests[1].header("x-weav-delivery"), requests[0].header("x-weav-delivery"));
        QCOMPARE(requests[2].header("x-weav-delivery"), requests[0].header("x-weav-delivery"));
        QCOMPARE(requests[1].body, requests[0].body);
        QCOMPARE(requests[2].body, requests[0].body);
        QCOMPARE(requests[2].header("x-weav-signature"), requests[0].header("x-weav-signature"));

        const QString deliveryId = QString::fromLatin1(requests[0].header("x-weav-delivery"));
        const QList<int> expectedStatuses{500, 500, 200};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(attempted[i][0].toString(), deliveryId);
            QCOMPARE(attempted[i][1].toString(), QStringLiteral("customer.created"));
            QCOMPARE(attempted[i][2].toInt(), i + 1);
            QCOMPARE(attempted[i][3].toInt(), expectedStatuses[i]);
        }
        QTRY_COMPARE_WITH_TIMEOUT(bench.webhooks()->pendingCount(), 0, 5000);
    }

    void retryWaitsForBackoff()
    {
        // With a backoff scale of 0.001 the waits of 1 and 2 minutes become 60 and 120 ms.
        WebhookBench bench(statusesInTurn({500, 500}));
        QVERIFY(bench.start(webhookConfig()));

        bench.publish();
        QTRY_COMPARE_WITH_TIMEOUT(bench.receiver.count(), 3, 5000);

        const QList<ReceivedRequest> requests = bench.receiver.requests();
        const qint64 firstWaitMs = requests[1].receivedAtMs - requests[0].receivedAtMs;
        const qint64 secondWaitMs = requests[2].receivedAtMs - requests[1].receivedAtMs;
        QVERIFY2(firstWaitMs >= 60, qPrintable(QStringLiteral("first retry after %1 ms").arg(firstWaitMs)));
        QVERIFY2(secondWaitMs >= 120, qPrintable(QStringLiteral("second retry after %1 ms").arg(secondWaitMs)));
    }

    void unreachableReceiverRetriesWithStatusZero()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        SandboxConfig config = webhookConfig();
        config.webhookUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/hooks").arg(port));
        WebhookBench bench(statusesInTurn({}));
        QVERIFY(bench.start(config));
        QSignalSpy attempted(bench.webhooks(), &WebhookDispatcher::attempted);

        bench.publish();
        QTRY_VERIFY_WITH_TIMEOUT(attempted.count() >= 3, 5000);

        const QString deliveryId = attempted[0][0].toString();
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(attempted[i][0].toString(), deliveryId);
            QCOMPARE(attempted[i][2].toInt(), i + 1);
            QCOMPARE(attempted[i][3].toInt(), 0);
        }
        QCOMPARE(bench.webhooks()->pendingCount(), 1);
        QVERIFY(bench.webhooks()->isEnabled());
        QCOMPARE(bench.receiver.count(), 0);
    }

    void goneDeactivatesDelivery()
    {
        WebhookBench bench(statusesInTurn({}, 410));
        QVERIFY(bench.start(webhookConfig()));
        QSignalSpy attempted(bench.webhooks(), &WebhookDispatcher::attempted);
        QSignalSpy deactivated(bench.webhooks(), &WebhookDispatcher::deactivated);

        bench.publish();
        QTRY_COMPARE_WITH_TIMEOUT(deactivated.count(), 1, 5000);

        QCOMPARE(deactivated[0][0].toUrl(), bench.receiver.url());
        QCOMPARE(attempted.count(), 1);
        QCOMPARE(attempted[0][3].toInt(), 410);
        QVERIFY(!bench.webhooks()->isEnabled());
        QCOMPARE(bench.webhooks()->pendingCount(), 0);
    }

    void goneDropsLaterEvents()
    {
        WebhookBench bench(statusesInTurn({}, 410));
        QVERIFY(bench.start(webhookConfig()));
        QSignalSpy deactivated(bench.webhooks(), &WebhookDispatcher::deactivated);

        bench.publish();
        QTRY_COMPARE_WITH_TIMEOUT(deactivated.count(), 1, 5000);
        bench.publish(QStringLiteral("customer.updated"));
        QTest::qWait(300);

        QCOMPARE(bench.receiver.count(), 1);
        QCOMPARE(bench.receiver.requestsFor(QStringLiteral("customer.updated")).size(), 0);
        QCOMPARE(bench.webhooks()->pendingCount(), 0);
        QCOMPARE(deactivated.count(), 1);
    }

    void goneDropsQueuedDeliveries()
    {
        WebhookBench bench(statusesInTurn({}, 410));
        QVERIFY(bench.start(webhookConfig()));
        QSignalSpy attempted(bench.webhooks(), &WebhookDispatcher::attempted);
        QSignalSpy deactivated(bench.webhooks(), &WebhookDispatcher::deactivated);

        // Four go out at once and each gets 410, while the other four wait in the queue.
        for (int i = 0; i < 2 * WebhookDispatcher::MaxInFlight; ++i)
            bench.publish();
        QTRY_COMPARE_WITH_TIMEOUT(bench.webhooks()->pendingCount(), 0, 5000);
        QTest::qWait(300);

        QCOMPARE(deactivated.count(), 1);
        QVERIFY2(bench.receiver.count() <= WebhookDispatcher::MaxInFlight, qPrintable(QString::number(bench.receiver.count())));
        QCOMPARE(attempted.count(), bench.receiver.count());
    }

    void maxRetriesThenAbandoned()
    {
        WebhookBench bench(statusesInTurn({}, 500));
        QVERIFY(bench.start(webhookConfig(3)));
        QSignalSpy attempted(bench.webhooks(), &WebhookDispatcher::attempted);

        bench.publish();
        QTRY_COMPARE_WITH_TIMEOUT(bench.webhooks()->pendingCount(), 0, 5000);

        // A fifth attempt would come 480 ms after the fourth.
        QTest::qWait(700);
        QCOMPARE(attempted.count(), 4);
        QCOMPARE(bench.receiver.count(), 4);
        QCOMPARE(attempted[3][2].toInt(), 4);
        QCOMPARE(attempted[3][3].toInt(), 500);
        QVERIFY(bench.webhooks()->isEnabled());
    }

    void failingDeliveriesDoNotBlockLaterOnes()
    {
        // Four deliveries fail and wait for their retries, and they must not hold the four slots.
        WebhookBench bench([](int, const HttpRequest &request) {
            return request.header("x-weav-event") == "customer.deleted" ? 500 : 200;
        });
        QVERIFY(bench.start(webhookConfig()));

        for (int i = 0; i < WebhookDispatcher::MaxInFlight; ++i)
            bench.publish(QStringLiteral("customer.deleted"));
        for (int i = 0; i < 3; ++i)
            bench.publish(QStringLiteral("customer.created"));

        QTRY_COMPARE_WITH_TIMEOUT(bench.receiver.requestsFor(QStringLiteral("customer.created")).size(), 3, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(bench.webhooks()->pendingCount(), WebhookDispatcher::MaxInFlight, 5000);
    }

    void atMostFourDeliveriesInFlight()
    {
        std::atomic<int> current{0};
        std::atomic<int> highest{0};
        WebhookBench bench(
            [&current, &highest](int, const HttpRequest &) {
                const int now = ++current;
                int seen = highest.load();
                while (now > seen && !highest.compare_exchange_weak(seen, now)) {
                }
                QThread::msleep(150);
                --current;
                return 200;
            },
            8);
        QVERIFY(bench.start(webhookConfig()));

        for (int i = 0; i < 10; ++i)
            bench.publish();
        QTRY_COMPARE_WITH_TIMEOUT(bench.webhooks()->pendingCount(), 0, 10000);

        QCOMPARE(bench.receiver.count(), 10);
        QVERIFY2(highest.load() <= WebhookDispatcher::MaxInFlight, qPrintable(QString::number(highest.load())));
        QVERIFY2(highest.load() >= 2, qPrintable(QString::number(highest.load())));
    }

    void agentCreatedThroughApi()
    {
        WebhookBench bench(statusesInTurn({}));
        QVERIFY(bench.start(webhookConfig()));

        const Reply reply = bench.fixture->http("POST", QStringLiteral("/v1/agents"), R"({"name":"Ava"})",
                                                {{"authorization", "Bearer " + bench.fixture->writeToken.toLatin1()},
                                                 {"content-type", "application/json"}});
        if (reply.status == 404)
            QSKIP("POST /v1/agents is not routed yet");
        QCOMPARE(reply.status, 201);

        QTRY_COMPARE_WITH_TIMEOUT(bench.receiver.requestsFor(QStringLiteral("agent.created")).size(), 1, 5000);
        const QJsonObject envelope = bench.receiver.requestsFor(QStringLiteral("agent.created")).at(0).envelope();
        const QJsonObject agent = envelope.value(QStringLiteral("data")).toObject();
        QCOMPARE(envelope.value(QStringLiteral("organization_id")).toString(), bench.fixture->workspaceId);
        QCOMPARE(agent.value(QStringLiteral("id")).toString(), reply.object.value(QStringLiteral("id")).toString());
        QCOMPARE(agent.value(QStringLiteral("name")).toString(), QStringLiteral("Ava"));
    }

    void simulatorSkipsWorkspaceWithoutCustomers()
    {
        SimulatorBench bench;
        QVERIFY(bench.start());

        bench.run(10);

        QCOMPARE(bench.count(QStringLiteral("SELECT COUNT(*) FROM conversations")), 0);
        QCOMPARE(bench.count(QStringLiteral("SELECT COUNT(*) FROM messages")), 0);
        QCOMPARE(bench.sink.count(), 0);
    }

    void simulatorWritesOneMessagePerStep()
    {
        SimulatorBench bench;
        QVERIFY(bench.start());
        insertCustomer(bench.fixture, QStringLiteral("dana@example.com"));

        // Two workspaces take turns, and only acme has a customer.
        bench.run(40);

        const QString messagesIn = QStringLiteral("SELECT COUNT(*) FROM messages WHERE workspace_id = ?");
        QCOMPARE(bench.count(messagesIn, {bench.fixture.workspaceId}), 20);
        QCOMPARE(bench.count(messagesIn, {bench.fixture.otherWorkspaceId}), 0);
        QVERIFY(bench.count(QStringLiteral("SELECT COUNT(*) FROM conversations")) >= 1);
        QCOMPARE(bench.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE sender_type != 'customer'")), 0);
    }

    void simulatorKeepsConversationColumnsConsistent()
    {
        SimulatorBench bench;
        QVERIFY(bench.start());
        insertCustomer(bench.fixture, QStringLiteral("dana@example.com"));
        insertCustomer(bench.fixture, QStringLiteral("eli@example.com"));

        bench.run(60);

        const QString rankMismatch = QStringLiteral(
            "SELECT COUNT(*) FROM conversations WHERE priority_rank IS NOT "
            "CASE priority WHEN 'low' THEN 1 WHEN 'normal' THEN 2 WHEN 'high' THEN 3 WHEN 'urgent' THEN 4 END");
        QCOMPARE(bench.count(rankMismatch), 0);
        QCOMPARE(bench.count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE tags != '[]'")), 0);
        QCOMPARE(bench.count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE status != 'open'")), 0);
        QCOMPARE(bench.count(QStringLiteral("SELECT COUNT(*) FROM conversations c WHERE last_message_at IS NOT "
                                            "(SELECT MAX(created_at) FROM messages m WHERE m.conversation_id = c.id)")),
                 0);
        QCOMPARE(bench.count(QStringLiteral("SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                                            "WHERE m.customer_id IS NOT c.customer_id OR m.sender_id IS NOT c.customer_id")),
                 0);
        QCOMPARE(bench.count(QStringLiteral("SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                                            "WHERE c.channel = 'email' AND m.from_addresses IS NULL")),
                 0);
    }

    void simulatorReopensClosedConversation()
    {
        SimulatorBench bench;
        QVERIFY(bench.start());
        const QString customerId = insertCustomer(bench.fixture, QStringLiteral("dana@example.com"));
        const qint64 closedAt = QDateTime::currentMSecsSinceEpoch() - 60000;
        const QString conversationId = bench.fixture.insertRow(QStringLiteral("conversations"),
                                                               {{QStringLiteral("channel"), QStringLiteral("chat")},
                                                                {QStringLiteral("customer_id"), customerId},
                                                                {QStringLiteral("status"), QStringLiteral("closed")},
                                                                {QStringLiteral("closed_at"), closedAt},
                                                                {QStringLiteral("priority"), QStringLiteral("normal")},
                                                                {QStringLiteral("priority_rank"), 2}});

        const QString reopened = QStringLiteral("SELECT COUNT(*) FROM conversations WHERE id = ? AND status = 'open' AND closed_at IS NULL");
        for (int i = 0; i < 400 && bench.count(reopened, {conversationId}) == 0; ++i)
            bench.run(1);

        QCOMPARE(bench.count(reopened, {conversationId}), 1);
        QVERIFY(bench.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id = ?"), {conversationId}) >= 1);

        if (!loadersReturnRecords(bench.fixture))
            QSKIP("loadMessage or loadConversation returns no record yet");
        const QList<RecordingSink::Event> updates = bench.sink.named(QStringLiteral("conversation.status.updated"));
        QCOMPARE(updates.size(), 1);
        QCOMPARE(updates[0].data.value(QStringLiteral("id")).toString(), conversationId);
        QCOMPARE(updates[0].data.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    }

    void simulatorPublishesEventsWithRecords()
    {
        SimulatorBench bench;
        QVERIFY(bench.start());
        insertCustomer(bench.fixture, QStringLiteral("dana@example.com"));

        bench.run(40);
        if (!loadersReturnRecords(bench.fixture))
            QSKIP("loadMessage or loadConversation returns no record yet");

        const QList<RecordingSink::Event> messages = bench.sink.named(QStringLiteral("conversation.customer.message.created"));
        const QList<RecordingSink::Event> created = bench.sink.named(QStringLiteral("conversation.created"));
        QCOMPARE(messages.size(), 20);
        QCOMPARE(created.size(), bench.count(QStringLiteral("SELECT COUNT(*) FROM conversations")));
        QCOMPARE(messages[0].workspaceId, bench.fixture.workspaceId);
        QCOMPARE(messages[0].data.value(QStringLiteral("sender_type")).toString(), QStringLiteral("customer"));
        QVERIFY(!created[0].data.value(QStringLiteral("title")).toString().isEmpty());
        QCOMPARE(created[0].data.value(QStringLiteral("title")), created[0].data.value(QStringLiteral("subject")));
    }

    void simulatorTimerRunsInListeningSandbox()
    {
        SandboxConfig config = webhookConfig();
        config.simulatedMessagesPerMinute = 600;
        WebhookBench bench(statusesInTurn({}));
        QVERIFY(bench.start(config));
        insertCustomer(*bench.fixture, QStringLiteral("dana@example.com"));

        QTRY_VERIFY_WITH_TIMEOUT(tableCount(*bench.fixture, QStringLiteral("SELECT COUNT(*) FROM messages")) >= 3, 5000);

        if (!loadersReturnRecords(*bench.fixture))
            QSKIP("loadMessage or loadConversation returns no record yet");
        const QString event = QStringLiteral("conversation.customer.message.created");
        QTRY_VERIFY_WITH_TIMEOUT(!bench.receiver.requestsFor(event).isEmpty(), 5000);
        const QJsonObject envelope = bench.receiver.requestsFor(event).at(0).envelope();
        QCOMPARE(envelope.value(QStringLiteral("organization_id")).toString(), bench.fixture->workspaceId);
    }

private:
    SandboxConfig webhookConfig(int maxRetries = 10) const
    {
        SandboxConfig config;
        config.webhookSecret = m_secret;
        config.webhookBackoffScale = 0.001;
        config.webhookMaxRetries = maxRetries;
        return config;
    }

    QByteArray m_secret;
};

QTEST_GUILESS_MAIN(WebhooksTest)
#include "tst_webhooks.moc"
