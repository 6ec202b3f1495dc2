// The webhook receiver over real loopback HTTP, fed by the sandbox's own dispatcher and by an
// independent signer (the openssl command line), with its SQLite event log in memory and on disk.
// Not covered yet: two deliveries with the same id arriving at the same moment on two
// connections, a full disk (the 500 reply), chunked bodies over 1 MiB, and two processes sharing
// one event log file.

#include "SandboxFixture.h"
#include "events/WebhookDispatcher.h"
#include "webhooks/WebhookEvent.h"
#include "webhooks/WebhookEventLog.h"
#include "webhooks/WebhookReceiver.h"
#include "webhooks/WebhookSignature.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace weav::core;
using weav::sandbox::SandboxConfig;
using weav::sandbox::test::SandboxFixture;

namespace {

constexpr int ReplyTimeoutMs = 10000;
constexpr int EventTimeoutMs = 15000;

// Every message any thread logs while the tests run, so that a test can look for the secret.
QMutex capturedMutex;
QStringList capturedMessages;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&capturedMutex);
        capturedMessages.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QStringList messagesSince(int index)
{
    QMutexLocker lock(&capturedMutex);
    return capturedMessages.mid(index);
}

int messageCount()
{
    QMutexLocker lock(&capturedMutex);
    return int(capturedMessages.size());
}

QByteArray throwawaySecret()
{
    return "whsec_test_" + QByteArray::number(QRandomGenerator::global()->generate64(), 36)
           + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The lowercase hex HMAC-SHA256 of body keyed with secret, as the openssl command line computes it.
// Empty when openssl did not run.
QByteArray opensslSignature(const QByteArray &body, const QByteArray &secret)
{
    QProcess process;
    process.start(u"openssl"_s, {u"dgst"_s, u"-sha256"_s, u"-hmac"_s, QString::fromLatin1(secret)});
    if (!process.waitForStarted(ReplyTimeoutMs))
        return {};

    process.write(body);
    process.closeWriteChannel();
    if (!process.waitForFinished(ReplyTimeoutMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};

    // OpenSSL 3.0 writes "SHA2-256(stdin)= <hex>"; the prefix before "= " differs between releases.
    const QByteArray line = process.readAllStandardOutput().trimmed();
    const qsizetype separator = line.lastIndexOf("= ");
    return separator < 0 ? QByteArray() : line.mid(separator + 2);
}

QByteArray envelopeBody(const QString &event, const QString &deliveryId, const QJsonObject &data)
{
    const QJsonObject envelope{
        {u"event"_s, event},
        {u"id"_s, deliveryId},
        {u"organization_id"_s, u"0b6f3a52-5d0e-4c3b-9a57-1f2d3c4b5a69"_s},
        {u"data"_s, data},
    };
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

QJsonObject customerData(const QString &email)
{
    return QJsonObject{{u"id"_s, newId()}, {u"email"_s, email}, {u"first_name"_s, u"Dana"_s}};
}

// An HTTP reply, reduced to the parts the tests check.
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonObject object;
    QByteArray allow;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

HttpResult sendRequest(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url, const QByteArray &body,
                       const QHash<QByteArray, QByteArray> &headers)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());

    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(ReplyTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();

    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.object = QJsonDocument::fromJson(result.body).object();
    result.allow = reply->rawHeader("Allow");
    result.error = reply->error();
    reply->abort();
    reply->deleteLater();
    return result;
}

// One receiver with ":memory:" or a given event log, a network manager for posting to it, and
// spies on both signals.
struct ReceiverHarness
{
    explicit ReceiverHarness(const QByteArray &secret, const QString &eventLogPath = u":memory:"_s)
    {
        WebhookReceiverConfig config;
        config.secret = secret;
        config.eventLogPath = eventLogPath;
        receiver = std::make_unique<WebhookReceiver>(config);
        events = std::make_unique<QSignalSpy>(receiver.get(), &WebhookReceiver::eventReceived);
        records = std::make_unique<QSignalSpy>(receiver.get(), &WebhookReceiver::deliveryRecorded);
        network.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        this->secret = secret;
    }

    bool start()
    {
        QString error;
        const bool started = receiver->start(&error);
        if (!started)
            qWarning("receiver did not start: %s", qPrintable(error));
        return started;
    }

    HttpResult post(const QByteArray &body, const QByteArray &signature, const QByteArray &event = {},
                    const QByteArray &deliveryId = {})
    {
        QHash<QByteArray, QByteArray> headers;
        if (!signature.isNull())
            headers.insert("X-Weav-Signature", signature);
        if (!event.isEmpty())
            headers.insert("X-Weav-Event", event);
        if (!deliveryId.isEmpty())
            headers.insert("X-Weav-Delivery", deliveryId);
        return sendRequest(network, "POST", receiver->url(), body, headers);
    }

    // Posts the body with its openssl signature.
    HttpResult postSigned(const QByteArray &body) { return post(body, opensslSignature(body, secret)); }

    WebhookEvent event(int index) const { return events->at(index).at(0).value<WebhookEvent>(); }
    WebhookDeliveryRecord record(int index) const { return records->at(index).at(0).value<WebhookDeliveryRecord>(); }

    QByteArray secret;
    std::unique_ptr<WebhookReceiver> receiver;
    std::unique_ptr<QSignalSpy> events;
    std::unique_ptr<QSignalSpy> records;
    QNetworkAccessManager network;
};

// The status code of a POST sent over a blocking socket on its own thread, and the milliseconds
// from sending to the complete reply, so that the measurement does not need the main event loop.
struct TimedReply
{
    int status = 0;
    qint64 elapsedMs = -1;
};

TimedReply postOnOwnThread(quint16 port, const QByteArray &body, const QByteArray &signature)
{
    TimedReply result;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(ReplyTimeoutMs))
        return result;

    const QByteArray request = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                               "X-Weav-Signature: " + signature + "\r\nContent-Length: "
                               + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    QElapsedTimer clock;
    clock.start();
    socket.write(request);

    QByteArray received;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(ReplyTimeoutMs))
        received += socket.readAll();
    received += socket.readAll();
    result.elapsedMs = clock.elapsed();

    // "HTTP/1.1 200 OK"
    result.status = received.split(' ').value(1).toInt();
    return result;
}

QByteArray readAllFiles(const QString &folder)
{
    QByteArray bytes;
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files);
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace

class TestWebhookReceiver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void signatureMatchesOpenssl();
    void constantTimeComparison();
    void eventKindNames();

    void sandboxDeliveriesEmitTypedEvents();

    void signedDeliveryEmitted();
    void repeatedDeliveryFlaggedDuplicate();
    void wrongSignatureRejected();
    void missingSignatureRejected();
    void bodyOverOneMebibyteRejected();
    void malformedEnvelopeRejected_data();
    void malformedEnvelopeRejected();
    void otherMethodsRejected();
    void conversationTitleReadAsSubject();
    void unknownEventEmittedAsUnknown();
    void deletionCarriesResourceId();

    void restartKeepsDuplicates();
    void eventLogKeepsNewestRows();
    void eventLogRejectsForeignFile();
    void startRequiresSecret();
    void bindsLoopbackByDefault();
    void portInUseReported();

    void replyDoesNotWaitForSlots();
    void rejectionLogLinesLimited();
    void secretNeverLoggedOrStored();

private:
    QByteArray m_secret;
};

void TestWebhookReceiver::initTestCase()
{
    QLoggingCategory::setFilterRules(u"weav.*.debug=true"_s);
    previousHandler = qInstallMessageHandler(captureMessage);
    m_secret = throwawaySecret();

    QVERIFY2(!opensslSignature("probe", m_secret).isEmpty(), "the openssl command line is needed to sign test bodies");
}

void TestWebhookReceiver::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void TestWebhookReceiver::signatureMatchesOpenssl()
{
    const QByteArray body = envelopeBody(u"agent.created"_s, newId(), {{u"id"_s, newId()}, {u"name"_s, u"Nova"_s}});

    const QByteArray expected = opensslSignature(body, m_secret);
    QCOMPARE(expected.size(), 64);
    QCOMPARE(webhookSignature(body, m_secret), expected);
    QVERIFY(isValidWebhookSignature(body, m_secret, expected));
    QVERIFY(isValidWebhookSignature(body, m_secret, expected.toUpper()));
    QVERIFY(!isValidWebhookSignature(body + ' ', m_secret, expected));
    QVERIFY(!isValidWebhookSignature(body, {}, webhookSignature(body, {})));
}

void TestWebhookReceiver::constantTimeComparison()
{
    QVERIFY(equalInConstantTime("", ""));
    QVERIFY(equalInConstantTime("abc123", "abc123"));
    QVERIFY(!equalInConstantTime("abc123", "abc124"));
    QVERIFY(!equalInConstantTime("abc123", "bbc123"));
    QVERIFY(!equalInConstantTime("abc123", "abc12"));
    QVERIFY(!equalInConstantTime("abc12", "abc123"));
    QVERIFY(!equalInConstantTime("", "a"));
    QVERIFY(!equalInConstantTime(QByteArray("a\0b", 3), QByteArray("a\0c", 3)));
}

void TestWebhookReceiver::eventKindNames()
{
    const QStringList names = WebhookEvent::knownNames();
    QCOMPARE(names.size(), 18);
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 18);

    for (const QString &name : names) {
        const WebhookEventKind kind = WebhookEvent::kindFromName(name);
        QVERIFY2(kind != WebhookEventKind::Unknown, qPrintable(name));
        QCOMPARE(WebhookEvent::nameOf(kind), name);
    }
    QCOMPARE(WebhookEvent::kindFromName(u"conversation.snoozed"_s), WebhookEventKind::Unknown);
    QCOMPARE(WebhookEvent::nameOf(WebhookEventKind::Unknown), QString());
}

void TestWebhookReceiver::sandboxDeliveriesEmitTypedEvents()
{
    ReceiverHarness harness(m_secret);
    QVERIFY(harness.start());

    SandboxConfig config;
    config.webhookUrl = harness.receiver->url();
    config.webhookSecret = m_secret;
    config.webhookBackoffScale = 0.001;
    SandboxFixture fixture(config);
    QVERIFY(fixture.start(true));
    QSignalSpy attempts(fixture.sandbox().webhooks(), &weav::sandbox::WebhookDispatcher::attempted);

    const QJsonObject agent = fixture.create(u"/v1/agents"_s, {{u"name"_s, u"Nova"_s}});
    QVERIFY(!agent.isEmpty());
    const QJsonObject customer = fixture.create(u"/v1/customers"_s, {{u"email"_s, u"dana@example.com"_s}});
    QVERIFY(!customer.isEmpty());
    const QJsonObject conversation = fixture.create(u"/v1/conversations"_s,
                                                    {{u"channel"_s, u"email"_s},
                                                     {u"customer_id"_s, customer.value(u"id"_s)},
                                                     {u"subject"_s, u"Refund request"_s}});
    QVERIFY(!conversation.isEmpty());
    const QJsonObject message = fixture.create(u"/v1/messages"_s,
                                               {{u"conversation_id"_s, conversation.value(u"id"_s)},
                                                {u"sender_type"_s, u"customer"_s},
                                                {u"content"_s, u"Where is my refund?"_s}});
    QVERIFY(!message.isEmpty());
    const QString conversationPath = u"/v1/conversations/"_s + conversation.value(u"id"_s).toString();
    QCOMPARE(fixture.call("PUT", conversationPath, {{u"priority"_s, u"urgent"_s}}).status, 200);
    QCOMPARE(fixture.call("DELETE", u"/v1/agents/"_s + agent.value(u"id"_s).toString()).status, 204);

    // Deliveries run up to four at a time, so they may arrive in any order.
    constexpr int Expected = 6;
    QTRY_COMPARE_WITH_TIMEOUT(harness.events->count(), Expected, EventTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(fixture.sandbox().webhooks()->pendingCount(), 0, EventTimeoutMs);
    QTest::qWait(100);
    QCOMPARE(harness.events->count(), Expected);
    QCOMPARE(harness.records->count(), Expected);
    QCOMPARE(attempts.count(), Expected);
    for (const QList<QVariant> &attempt : std::as_const(attempts))
        QCOMPARE(attempt.at(3).toInt(), 200);

    std::map<WebhookEventKind, WebhookEvent> byKind;
    for (int i = 0; i < Expected; ++i)
        byKind[harness.event(i).kind] = harness.event(i);
    QCOMPARE(int(byKind.size()), Expected);

    const WebhookEvent agentCreated = byKind[WebhookEventKind::AgentCreated];
    QVERIFY(agentCreated.agent());
    QCOMPARE(agentCreated.agent()->name, u"Nova"_s);
    QCOMPARE(agentCreated.agent()->id, agent.value(u"id"_s).toString());
    QCOMPARE(agentCreated.organizationId, fixture.workspaceId);
    QCOMPARE(agentCreated.name, u"agent.created"_s);
    QVERIFY(agentCreated.receivedAt.isValid());

    const WebhookEvent customerCreated = byKind[WebhookEventKind::CustomerCreated];
    QVERIFY(customerCreated.customer());
    QCOMPARE(customerCreated.customer()->email, u"dana@example.com"_s);

    const WebhookEvent conversationCreated = byKind[WebhookEventKind::ConversationCreated];
    QVERIFY(conversationCreated.conversation());
    QCOMPARE(conversationCreated.conversation()->subject, u"Refund request"_s);
    QCOMPARE(conversationCreated.conversation()->customerId, customer.value(u"id"_s).toString());

    const WebhookEvent messageCreated = byKind[WebhookEventKind::ConversationCustomerMessageCreated];
    QVERIFY(messageCreated.message());
    QCOMPARE(messageCreated.message()->content, u"Where is my refund?"_s);
    QCOMPARE(messageCreated.message()->conversationId, conversation.value(u"id"_s).toString());

    const WebhookEvent priorityUpdated = byKind[WebhookEventKind::ConversationPriorityUpdated];
    QVERIFY(priorityUpdated.conversation());
    QCOMPARE(priorityUpdated.conversation()->priority, u"urgent"_s);

    const WebhookEvent agentDeleted = byKind[WebhookEventKind::AgentDeleted];
    QVERIFY(agentDeleted.isDeletion());
    QCOMPARE(agentDeleted.resourceId(), agent.value(u"id"_s).toString());

    const QList<WebhookDeliveryRecord> recorded = harness.receiver->recentDeliveries(50);
    QCOMPARE(recorded.size(), Expected);
    QSet<QString> recordedIds;
    for (const WebhookDeliveryRecord &record : recorded) {
        QVERIFY(record.signatureVerified);
        QVERIFY(!record.duplicate);
        QCOMPARE(record.duplicateCount, 0);
        recordedIds.insert(record.deliveryId);
    }
    QCOMPARE(recordedIds.size(), Expected);
    for (const auto &[kind, event] : byKind)
        QVERIFY2(recordedIds.contains(event.deliveryId), qPrintable(event.name));
}

void TestWebhookReceiver::signedDeliveryEmitted()
{
    ReceiverHarness harness(m_secret);
    QVERIFY(harness.start());
    const QString deliveryId = newId();
    const QJsonObject data = customerData(u"ola@example.com"_s);
    const QByteArray body = envelopeBody(u"customer.created"_s, deliveryId, data);

    const HttpResult reply = harness.postSigned(body);

    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object.value(u"delivery_id"_s).toString(), deliveryId);
    QCOMPARE(reply.object.value(u"duplicate"_s).toBool(), false);
    QTRY_COMPARE(harness.events->count(), 1);
    const WebhookEvent event = harness.event(0);
    QCOMPARE(event.kind, WebhookEventKind::CustomerCreated);
    QCOMPARE(event.deliveryId, deliveryId);
    QCOMPARE(event.organizationId, u"0b6f3a52-5d0e-4c3b-9a57-1f2d3c4b5a69"_s);
    QCOMPARE(event.data, data);
    QVERIFY(event.customer());
    QCOMPARE(event.customer()->email, u"ola@example.com"_s);
    QCOMPARE(event.customer()->firstName, u"Dana"_s);

    QTRY_COMPARE(harness.records->count(), 1);
    const WebhookDeliveryRecord record = harness.record(0);
    QCOMPARE(record.deliveryId, deliveryId);
    QCOMPARE(record.event, u"customer.created"_s);
    QVERIFY(record.signatureVerified);
    QVERIFY(!record.duplicate);
    const std::optional<QByteArray> stored = harness.receiver->eventLog()->body(deliveryId);
    QVERIFY(stored.has_value());
    QCOMPARE(*stored, body);
}

void TestWebhookReceiver::repeatedDeliveryFlaggedDuplicate()
{
    ReceiverHarness harness(m_secret);
    QVERIFY(harness.start());
    const QString deliveryId = newId();
    const QByteArray body = envelopeBody(u"customer.updated"_s, deliveryId, customerData(u"ola@example.com"_s));

    QCOMPARE(harness.postSigned(body).status, 200);
    const HttpResult again = harness.postSigned(body);
    const HttpResult third = harness.postSigned(body);

    QCOMPARE(again.status, 200);
    QCOMPARE(again.object.value(u"duplicate"_s).toBool(), true);
    QCOMPARE(third.status, 200);
    QTRY_COMPARE(harness.records->count(), 3);
    QCOMPARE(harness.events->count(), 1);
    QVERIFY(!harness.record(0).duplicate);
    QVERIFY(harness.record(1).duplicate);
    QCOMPARE(harness.record(1).duplicateCount, 1);
    QVERIFY(harness.record(2).duplicate);
    QCOMPARE(harness.record(2).duplicateCount, 2);

    const QList<WebhookDeliveryRecord> recent = harness.receiver->recentDeliveries(10);
    QCOMPARE(recent.size(), 1);
    QCOMPARE(recent.first().deliveryId, deliveryId);
    QCOMPARE(recent.first().duplicateCount, 2);
    QVERIFY(recent.first().duplicate);
}

void TestWebhookReceiver::wrongSignatureRejected()
{
    ReceiverHarness harness(m_secret);
    QVERIFY(harness.start());
    const QString deliveryId = newId();
    const QByteArray body = envelopeBody(u"agent.created"_s, deliveryId, {{u"id"_s, newId()}, {u"name"_s, u"Nova"_s}});
    const QByteArray forged = opensslSignature(body, "not-the-secret");
    QVERIFY(!forged.isEmpty());

    const HttpResult reply = harness.post(body, forged, "agent.created", deliveryId.toLatin1());

    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.object.value(u"code"_s).toString(), u"signature_invalid"_s);
    QTRY_COMPARE(harness.records->count(), 1);
    QVERIFY(!harness.record(0).signatureVerified);
    QCOMPARE(harness.record(0).deliveryId, deliveryId);
    QCOMPARE(harness.record(0).event, u"agent.created"_s);
    QCOMPARE(harness.events->count(), 0);
    QVERIFY(!harness.receiver->eventLog()->body(deliveryId).has_value());

    const QList<WebhookDeliveryRecord> recent = harness.receiver->recentDeliveries(10);
    QCOMPARE(recent.size(), 1);
    QVERIFY(!recent.first().signatureVerified);

    // The forged request must not make the genuine delivery with the same id a duplicate.
    const HttpResult genuine = harness.postSigned(body);
    QCOMPARE(genuine.status, 200);
    QCOMPARE(genuine.object.value(u"duplicate"_s).toBool(), false);
    QTRY_COMPARE(harness.events->count(), 1);
    QCOMPARE(harness.event(0).deliveryId, deliveryId);
}

void TestWebhookReceiver::missingSignatureRejected()
{
    ReceiverHarness harness(m_secret);
    QVERIFY(harness.start());
    const QString deliveryId = newId();
    const QByteArray body = envelopeBody(u"agent.created"_s, deliveryId, {{u"id"_s, newId()}});

    const HttpResult unsigned_ = harness.post(body, QByteArray(), "agent.created", deliveryId.toLatin1());
    const HttpResult empty = harness.post(body, "", "agent.created", deliveryId.toLatin1());

    QCOMPARE(unsigned_.status, 401);
    QCOMPARE(unsigned_.object.value(u"code"_s).toString(), u"signature_missing"_s);
    QCOMPARE(empty.status, 401);
    QTRY_COMPARE(harness.records->count(), 2);
    QVERIFY(!harness.record(0).signatureVerified);
    QCOMPARE(harness.events->count(), 0);
    const QList<WebhookDeliveryRecord> recent = harness.receiver->recentDeliveries(10);
    QCOMPARE(recent.size(), 1);
    QCOMPARE(recent.first().duplicateCount, 1);
}

void TestWebhookReceiver::bodyOverOneMebibyteRejected()
{
    ReceiverHarness harness(m_secret);
    QVERIFY(harness.start());
    const QString deliveryId = newId();
    QJsonObject data{{u"id"_s, newId()}, {u"name"_s, u"Nova"_s}, {u"description"_s, QString()}};
    const qsizetype padding = WebhookReceiver::MaxBodyBytes - envelopeBody(u"agent.updated"_s, deliveryId, data).size();
    data.insert(u"description"_s, QString(padding, u'x'));
    const QByteArray limit = envelopeBody(u"agent.updated"_s, deliveryId, data);
    QCOMPARE(limit.size(), WebhookReceiver::MaxBodyBytes);
    const QByteArray over = limit + ' ';

    const HttpResult rejected = harness.postSigned(over);
    const HttpResult accepted = harness.postSigned(limit);

    QCOMPARE(rejected.status, 413);
    QCOMPARE(rejected.object.value(u"code"_s).toString(), u"body_too_large"_s);
    QCOMPARE(accepted.status, 200);
    QTRY_COMPARE(harness.events->count(), 1);
    QVERIFY(harness.event(0).agent());
    QCOMPARE(harness.event(0).agent()->description.size(), padding);
    QCOMPARE(harness.receiver->recentDeliveries(10).size(), 1);
}

void TestWebhookReceiver::malformedEnvelopeRejected_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("invalid JSON") << QByteArray("{\"event\": \"agent.created\", \"id\": ");
    QTest::newRow("array") << QByteArray("[{\"event\": \"agent.created\", \"id\": \"a\"}]");
    QTest::newRow("missing id") << QByteArray("{\"event\": \"agent.created\", \"data\": {}}");
    QTest::newRow("missing event") << QByteArray("{\"id\": \"8c1f\", \"data\": {}}");
    QTest::newRow("numeric id") << QByteArray("{\"event\": \"agent.created\", \"id\": 42}");
    QTest::newRow("empty event") << QByteArray("{\"event\": \"\", \"id\": \"8c1f\"}");
    QTest::newRow("empty body") << QByteArray();
}

void TestWebhookReceiver::malformedEnvelopeRejected()
{
    QFETCH(QByteArray, body);
    ReceiverHarness harness(m_secret);
    QVERIFY(harness.start());

    const HttpResult reply = harness.post(body, webhookSignature(body, m_secret));

    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object.value(u"code"_s).toString(), u"invalid_envelope"_s);
    QVERIFY(!reply.object.value(u"message"_s).toString().isEmpty());
    QTest::qWait(50);
    QCOMPARE(harness.events->count(), 0);
    QCOMPARE(harness.receiver->eventLog()->rowCount(), 0);
}

void TestWebhookReceiver::otherMethodsRejected()
{
    ReceiverHarness harness(m_secret);
    QVERIFY(harness.start());

    const HttpResult get = sendRequest(harness.network, "GET", harness.receiver->url(), {}, {});
    const HttpResult put = sendRequest(harness.network, "PUT", harness.receiver->url(), "{}", {});

    QCOMPARE(get.status, 405);
    QCOMPARE(get.allow, QByteArray("POST"));
    QCOMPARE(get.object.value(u"code"_s).toString(), u"method_not_allowed"_s);
    QCOMPARE(put.status, 405);
    QCOMPARE(harness.receiver->eventLog()->rowCount(), 0);
}

void TestWebhookReceiver::conversationTitleReadAsSubject()
{
    ReceiverHarness harness(m_secret);
    QVERIFY(harness.start());
    const QJsonObject data{{u"id"_s, newId()}, {u"title"_s, u"Order 1042 never arrived"_s}, {u"status"_s, u"open"_s}};

    QCOMPARE(harness.postSigned(envelopeBody(u"conversation.created"_s, newId(), data)).status, 200);

    QTRY_COMPARE(harness.events->count(), 1);
    const WebhookEvent event = harness.event(0);
    QCOMPARE(event.kind, WebhookEventKind::ConversationCreated);
    QVERIFY(event.conversation());
    QCOMPARE(event.conversation()->subject, u"Order 1042 never arrived"_s);
    QCOMPARE(event.conversation()->status, u"open"_s);
}

void TestWebhookReceiver::unknownEventEmittedAsUnknown()
{
    ReceiverHarness harness(m_secret);
    QVERIFY(harness.start());
    const QJsonObject data{{u"id"_s, newId()}, {u"until"_s, u"2025-01-01T00:00:00Z"_s}};

    QCOMPARE(harness.postSigned(envelopeBody(u"conversation.snoozed"_s, newId(), data)).status, 200);

    QTRY_COMPARE(harness.events->count(), 1);
    const WebhookEvent event = harness.event(0);
    QCOMPARE(event.kind, WebhookEventKind::Unknown);
    QCOMPARE(event.name, u"conversation.snoozed"_s);
    QVERIFY(std::holds_alternative<std::monostate>(event.resource));
    QCOMPARE(event.data, data);
}

void TestWebhookReceiver::deletionCarriesResourceId()
{
    ReceiverHarness harness(m_secret);
    QVERIFY(harness.start());
    const QString trainingId = newId();

    QCOMPARE(harness.postSigned(envelopeBody(u"training.deleted"_s, newId(), {{u"id"_s, trainingId}})).status, 200);

    QTRY_COMPARE(harness.events->count(), 1);
    const WebhookEvent event = harness.event(0);
    QCOMPARE(event.kind, WebhookEventKind::TrainingDeleted);
    QVERIFY(event.isDeletion());
    QCOMPARE(event.resourceId(), trainingId);
    QVERIFY(event.trainingItem());
    QCOMPARE(event.trainingItem()->id, trainingId);
}

void TestWebhookReceiver::restartKeepsDuplicates()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u"webhooks/events.sqlite"_s);
    const QString deliveryId = newId();
    const QByteArray body = envelopeBody(u"agent.updated"_s, deliveryId, {{u"id"_s, newId()}, {u"name"_s, u"Nova"_s}});

    ReceiverHarness first(m_secret, path);
    QVERIFY(first.start());
    QCOMPARE(first.postSigned(body).status, 200);
    QTRY_COMPARE(first.events->count(), 1);
    first.receiver->stop();
    QVERIFY(!first.receiver->isListening());
    QCOMPARE(first.receiver->port(), quint16(0));

    ReceiverHarness second(m_secret, path);
    QVERIFY(second.start());
    const HttpResult again = second.postSigned(body);
    const HttpResult fresh = second.postSigned(envelopeBody(u"agent.updated"_s, newId(), {{u"id"_s, newId()}}));

    QCOMPARE(again.status, 200);
    QCOMPARE(again.object.value(u"duplicate"_s).toBool(), true);
    QCOMPARE(fresh.status, 200);
    QCOMPARE(fresh.object.value(u"duplicate"_s).toBool(), false);
    QTRY_COMPARE(second.records->count(), 2);
    QCOMPARE(second.events->count(), 1);
    QVERIFY(second.event(0).deliveryId != deliveryId);
    QVERIFY(second.record(0).duplicate);

    // The stopped receiver still reads the shared file.
    QCOMPARE(first.receiver->recentDeliveries(10).size(), 2);
}

void TestWebhookReceiver::eventLogKeepsNewestRows()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    WebhookEventLog log(folder.filePath(u"events.sqlite"_s), 3);
    QVERIFY(log.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();

    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        ids.append(newId());
        QVERIFY(log.recordVerified(ids.last(), u"agent.created"_s, {}, now.addSecs(i), "{}"));
    }
    QVERIFY(log.recordRejected(ids.first(), u"agent.created"_s, now.addSecs(5)));

    QCOMPARE(log.rowCount(), 3);
    const QList<WebhookDeliveryRecord> recent = log.recent(10);
    QCOMPARE(recent.size(), 3);
    QCOMPARE(recent.at(0).deliveryId, ids.at(0));
    QVERIFY(!recent.at(0).signatureVerified);
    QCOMPARE(recent.at(1).deliveryId, ids.at(4));
    QCOMPARE(recent.at(2).deliveryId, ids.at(3));
    QCOMPARE(recent.at(2).receivedAt, now.addSecs(3));
    QVERIFY(!log.body(ids.at(1)).has_value());

    // A duplicate moves its row to the front, so the oldest other row goes.
    const auto repeated = log.recordVerified(ids.at(3), u"agent.created"_s, {}, now.addSecs(6), "{}");
    QVERIFY(repeated);
    QVERIFY(repeated->duplicate);
    QCOMPARE(log.recent(1).first().deliveryId, ids.at(3));
    QCOMPARE(log.rowCount(), 3);

    // An id pruned from the log is no longer known, so it counts as new again.
    const auto forgotten = log.recordVerified(ids.at(1), u"agent.created"_s, {}, now.addSecs(7), "{}");
    QVERIFY(forgotten);
    QVERIFY(!forgotten->duplicate);
}

void TestWebhookReceiver::eventLogRejectsForeignFile()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u"notes.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'n'));
    file.close();

    WebhookReceiverConfig config;
    config.secret = m_secret;
    config.eventLogPath = path;
    WebhookReceiver receiver(config);
    QString error;

    QVERIFY(!receiver.start(&error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!receiver.isListening());
    QCOMPARE(receiver.recentDeliveries(10).size(), 0);
}

void TestWebhookReceiver::startRequiresSecret()
{
    WebhookReceiverConfig config;
    config.eventLogPath = u":memory:"_s;
    WebhookReceiver receiver(config);
    QString error;

    QVERIFY(!receiver.start(&error));
    QVERIFY2(error.contains(u"secret"_s), qPrintable(error));
    QVERIFY(!receiver.isListening());

    const weav::net::HttpResponse notStarted = receiver.handle(weav::net::HttpRequest::make("POST", "/", "{}"));
    QCOMPARE(notStarted.status, 503);
}

void TestWebhookReceiver::bindsLoopbackByDefault()
{
    ReceiverHarness harness(m_secret);
    QVERIFY(harness.start());

    QVERIFY(harness.receiver->port() != 0);
    QCOMPARE(harness.receiver->url().host(), u"127.0.0.1"_s);
    QCOMPARE(harness.receiver->url().port(), int(harness.receiver->port()));
    QVERIFY(harness.start());
}

void TestWebhookReceiver::portInUseReported()
{
    ReceiverHarness first(m_secret);
    QVERIFY(first.start());
    WebhookReceiverConfig config;
    config.secret = m_secret;
    config.eventLogPath = u":memory:"_s;
    config.port = first.receiver->port();
    WebhookReceiver second(config);
    QString error;

    QVERIFY(!second.start(&error));
    QVERIFY2(error.contains(QString::number(config.port)), qPrintable(error));
    QVERIFY(!second.isListening());
    QCOMPARE(second.port(), quint16(0));
}

void TestWebhookReceiver::replyDoesNotWaitForSlots()
{
    ReceiverHarness harness(m_secret);
    QVERIFY(harness.start());
    bool slotFinished = false;
    bool onReceiverThread = false;
    connect(harness.receiver.get(), &WebhookReceiver::eventReceived, this, [&](const WebhookEvent &) {
        onReceiverThread = QThread::currentThread() == harness.receiver->thread();
        QThread::sleep(1);
        slotFinished = true;
    });
    const QByteArray body = envelopeBody(u"agent.created"_s, newId(), {{u"id"_s, newId()}, {u"name"_s, u"Nova"_s}});
    const QByteArray signature = opensslSignature(body, m_secret);
    const quint16 port = harness.receiver->port();

    TimedReply reply;
    std::unique_ptr<QThread> client(QThread::create([&] { reply = postOnOwnThread(port, body, signature); }));
    client->start();
    QTRY_VERIFY_WITH_TIMEOUT(slotFinished, EventTimeoutMs);
    QVERIFY(client->wait(ReplyTimeoutMs));

    QCOMPARE(reply.status, 200);
    // The slot sleeps 1 s: a reply that waited for it would take at least that. The margin keeps a
    // loaded machine from failing the test.
    QVERIFY2(reply.elapsedMs >= 0, "no reply arrived");
    QVERIFY2(reply.elapsedMs < 700, qPrintable(u"the reply took %1 ms"_s.arg(reply.elapsedMs)));
    QVERIFY(onReceiverThread);
}

void TestWebhookReceiver::rejectionLogLinesLimited()
{
    ReceiverHarness harness(m_secret);
    QVERIFY(harness.start());
    const int firstMessage = messageCount();

    for (int i = 0; i < 30; ++i)
        QCOMPARE(harness.receiver->handle(weav::net::HttpRequest::make("GET", "/hooks")).status, 405);

    int rejectionLines = 0;
    for (const QString &message : messagesSince(firstMessage))
        rejectionLines += message.contains(u"with 405"_s) ? 1 : 0;
    QCOMPARE(rejectionLines, 20);
}

void TestWebhookReceiver::secretNeverLoggedOrStored()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QByteArray secret = throwawaySecret();
    {
        ReceiverHarness harness(secret, folder.filePath(u"events.sqlite"_s));
        QVERIFY(harness.start());
        const QString deliveryId = newId();
        const QByteArray body = envelopeBody(u"customer.created"_s, deliveryId, customerData(u"ola@example.com"_s));
        QCOMPARE(harness.postSigned(body).status, 200);
        QCOMPARE(harness.postSigned(body).status, 200);
        QCOMPARE(harness.post(body, webhookSignature(body, secret + "x"), "customer.created", deliveryId.toLatin1()).status, 401);
        QCOMPARE(harness.post(body, {}, "customer.created").status, 401);
        QTRY_COMPARE(harness.records->count(), 4);
        harness.receiver->stop();
    }

    const QByteArray stored = readAllFiles(folder.path());
    QVERIFY(!stored.isEmpty());
    QVERIFY(stored.contains("ola@example.com"));
    QVERIFY(!stored.contains(secret));
    QVERIFY(!stored.contains(m_secret));

    // Every message of this run so far, from every test above.
    const QString allMessages = messagesSince(0).join(u'\n');
    QVERIFY(allMessages.contains(u"accepted"_s));
    QVERIFY(!allMessages.contains(QString::fromLatin1(secret)));
    QVERIFY(!allMessages.contains(QString::fromLatin1(m_secret)));
}

QTEST_GUILESS_MAIN(TestWebhookReceiver)
#include "tst_webhook_receiver.moc"
