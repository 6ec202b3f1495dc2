// ApiClient against real servers on loopback: the sandbox for contract errors, and a scripted HTTP
// server for failure sequences the sandbox does not produce on demand (HTML 502, empty 500, slow replies).
// Not covered here: TLS errors and proxies (no TLS server or proxy runs in the tests).

#include "SandboxFixture.h"
#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "http/HttpServer.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QMutex>
#include <QSignalSpy>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>

using namespace weav::core;
using weav::sandbox::HttpRequest;
using weav::sandbox::HttpResponse;
using weav::sandbox::HttpServer;
using weav::sandbox::test::SandboxFixture;

namespace {

// A loopback server whose replies a test scripts one by one; it counts the requests it saw.
class ScriptedServer
{
public:
    using Script = std::function<HttpResponse(int index, const HttpRequest &request)>;

    explicit ScriptedServer(Script script)
        : m_script(std::move(script)),
          m_server([this](const HttpRequest &request) {
              const int index = m_count.fetchAndAddOrdered(1);
              {
                  QMutexLocker lock(&m_mutex);
                  m_requests.append(request);
              }
              return m_script(index, request);
          }, 2)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    int count() const { return m_count.loadAcquire(); }
    QList<HttpRequest> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }

private:
    Script m_script;
    QAtomicInt m_count;
    mutable QMutex m_mutex;
    QList<HttpRequest> m_requests;
    HttpServer m_server;
};

HttpResponse jsonReply(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.setHeader("Content-Type", "application/json");
    return response;
}

HttpResponse rawReply(int status, const QByteArray &body, const QByteArray &contentType)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    if (!contentType.isEmpty())
        response.setHeader("Content-Type", contentType);
    return response;
}

RetryPolicy fastRetries()
{
    RetryPolicy policy;
    policy.baseDelayMs = 10;
    policy.maxDelayMs = 40;
    return policy;
}

} // namespace

class ApiClientTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(sandbox.start(true));
    }

    void getSucceedsWithRequestHeaders()
    {
        ApiClient client;
        client.setBaseUrl(sandbox.baseUrl());
        client.setToken(sandbox.writeToken);

        const ApiResponse response = client.sendAndWait(ApiRequest::get(endpoints::companies()));
        QVERIFY2(response.ok(), qPrintable(response.error.summary()));
        QCOMPARE(response.status, 200);
        QVERIFY(response.object().contains(QStringLiteral("data")));
        QCOMPARE(response.requestId.size(), 36);
        QCOMPARE(response.attempts, 1);
    }

    void eachRequestGetsFreshRequestId()
    {
        ScriptedServer server([](int, const HttpRequest &) { return jsonReply(200, "{}"); });
        ApiClient client;
        client.setBaseUrl(server.url());
        client.setToken(QStringLiteral("t"));

        client.sendAndWait(ApiRequest::get(endpoints::users()));
        client.sendAndWait(ApiRequest::get(endpoints::users()));

        const QList<HttpRequest> requests = server.requests();
        QCOMPARE(requests.size(), 2);
        QVERIFY(!requests[0].header("x-request-id").isEmpty());
        QVERIFY(requests[0].header("x-request-id") != requests[1].header("x-request-id"));
        QVERIFY(requests[0].header("user-agent").startsWith("weav-console/"));
        QCOMPARE(requests[0].header("authorization"), QByteArray("Bearer t"));
        QCOMPARE(requests[0].header("accept"), QByteArray("application/json"));
    }

    void unauthenticatedParsesEnvelope()
    {
        ApiClient client;
        client.setBaseUrl(sandbox.baseUrl());
        client.setToken(QStringLiteral("weav_wrong"));
        QSignalSpy unauthenticated(&client, &ApiClient::unauthenticated);

        const ApiResponse response = client.sendAndWait(ApiRequest::get(endpoints::companies()));
        QCOMPARE(response.error.kind, ApiError::Kind::Http);
        QCOMPARE(response.error.httpStatus, 401);
        QCOMPARE(response.error.code, QStringLiteral("UNAUTHENTICATED"));
        QVERIFY(response.error.isAuthentication());
        QCOMPARE(response.error.message, QStringLiteral("Unauthenticated."));
        QVERIFY(!response.error.requestId.isEmpty());
        QCOMPARE(response.error.endpoint, QStringLiteral("GET /v1/companies"));
        QVERIFY(!response.error.retryable);
        QCOMPARE(unauthenticated.count(), 1);
    }

    void validationParsesFieldErrors()
    {
        ApiClient client;
        client.setBaseUrl(sandbox.baseUrl());
        client.setToken(sandbox.writeToken);

        const ApiResponse response = client.sendAndWait(ApiRequest::post(endpoints::companies(), QJsonObject{{QStringLiteral("name"), 5}}));
        QCOMPARE(response.error.httpStatus, 422);
        QVERIFY(response.error.isValidation());
        QCOMPARE(response.error.fieldErrors.value(QStringLiteral("name")), QStringList{QStringLiteral("The name field must be a string.")});
        QCOMPARE(response.error.message, QStringLiteral("The name field must be a string."));
    }

    void readOnlyTokenIsMissingAbility()
    {
        ApiClient client;
        client.setBaseUrl(sandbox.baseUrl());
        client.setToken(sandbox.readToken);

        const ApiResponse response = client.sendAndWait(ApiRequest::post(endpoints::companies(), {}));
        QVERIFY(response.error.isMissingAbility());
    }

    void unknownRouteIsFeatureUnavailable()
    {
        ApiClient client;
        client.setBaseUrl(sandbox.baseUrl());
        client.setToken(sandbox.writeToken);

        const ApiResponse missingRoute = client.sendAndWait(ApiRequest::get(QStringLiteral("/v1/reports")));
        QVERIFY(missingRoute.error.isFeatureUnavailable());
        QVERIFY(!missingRoute.error.isNotFound());

        const ApiResponse missingRecord = client.sendAndWait(ApiRequest::get(endpoints::company(QStringLiteral("5b0e8a3c-8f7e-4c43-9d4f-2b1f3c9d7a10"))));
        QVERIFY(missingRecord.error.isNotFound());
        QVERIFY(!missingRecord.error.isFeatureUnavailable());
    }

    void htmlBadGatewayKeepsStatus()
    {
        ScriptedServer server([](int, const HttpRequest &) {
            return rawReply(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html");
        });
        ApiClient client;
        client.setBaseUrl(server.url());
        client.setToken(QStringLiteral("t"));
        client.setRetryPolicy(RetryPolicy::none());

        const ApiResponse response = client.sendAndWait(ApiRequest::get(endpoints::users()));
        QCOMPARE(response.error.kind, ApiError::Kind::Http);
        QCOMPARE(response.error.httpStatus, 502);
        QVERIFY(response.error.retryable);
        QVERIFY(response.error.message.contains(QStringLiteral("not JSON")));
        QVERIFY(response.error.bodyExcerpt.contains("502 Bad Gateway"));
    }

    void emptyServerErrorKeepsStatus()
    {
        ScriptedServer server([](int, const HttpRequest &) { return rawReply(500, {}, {}); });
        ApiClient client;
        client.setBaseUrl(server.url());
        client.setToken(QStringLiteral("t"));
        client.setRetryPolicy(RetryPolicy::none());

        const ApiResponse response = client.sendAndWait(ApiRequest::get(endpoints::users()));
        QCOMPARE(response.error.httpStatus, 500);
        QVERIFY(response.error.message.contains(QStringLiteral("empty body")));
    }

    void customBusinessBodyIsRead()
    {
        ScriptedServer server([](int, const HttpRequest &) {
            return jsonReply(422, "{\"state\":\"locked\",\"message\":\"The conversation is locked by an export.\"}");
        });
        ApiClient client;
        client.setBaseUrl(server.url());
        client.setToken(QStringLiteral("t"));

        const ApiResponse response = client.sendAndWait(ApiRequest::put(endpoints::conversation(QStringLiteral("x")), {}));
        QCOMPARE(response.error.httpStatus, 422);
        QCOMPARE(response.error.message, QStringLiteral("The conversation is locked by an export."));
        QVERIFY(response.error.fieldErrors.isEmpty());
        QVERIFY(!response.error.isValidation());
    }

    void successWithInvalidJsonIsInvalidResponse()
    {
        ScriptedServer server([](int, const HttpRequest &) { return rawReply(200, "<html>ok</html>", "text/html"); });
        ApiClient client;
        client.setBaseUrl(server.url());
        client.setToken(QStringLiteral("t"));

        const ApiResponse response = client.sendAndWait(ApiRequest::get(endpoints::users()));
        QCOMPARE(response.error.kind, ApiError::Kind::InvalidResponse);
        QCOMPARE(response.error.httpStatus, 200);
    }

    void getRetriesServerErrorsThenSucceeds()
    {
        ScriptedServer server([](int index, const HttpRequest &) {
            return index < 2 ? jsonReply(503, "{\"error\":\"busy\"}") : jsonReply(200, "{\"data\":[]}");
        });
        ApiClient client;
        client.setBaseUrl(server.url());
        client.setToken(QStringLiteral("t"));
        client.setRetryPolicy(fastRetries());

        ApiCall *call = client.send(ApiRequest::get(endpoints::users()));
        QSignalSpy retrying(call, &ApiCall::retrying);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(5000));

        const ApiResponse response = finished.first().first().value<ApiResponse>();
        QVERIFY(response.ok());
        QCOMPARE(response.attempts, 3);
        QCOMPARE(retrying.count(), 2);
        QCOMPARE(server.count(), 3);
        QCOMPARE(client.history()->records().size(), 3);
    }

    void getGivesUpAfterMaxAttempts()
    {
        ScriptedServer server([](int, const HttpRequest &) { return jsonReply(500, "{\"error\":\"down\"}"); });
        ApiClient client;
        client.setBaseUrl(server.url());
        client.setToken(QStringLiteral("t"));
        client.setRetryPolicy(fastRetries());

        const ApiResponse response = client.sendAndWait(ApiRequest::get(endpoints::users()));
        QCOMPARE(response.error.httpStatus, 500);
        QCOMPARE(response.attempts, 4);
        QCOMPARE(server.count(), 4);
    }

    void postIsNeverRetried()
    {
        ScriptedServer server([](int, const HttpRequest &) { return jsonReply(503, "{\"error\":\"busy\"}"); });
        ApiClient client;
        client.setBaseUrl(server.url());
        client.setToken(QStringLiteral("t"));
        client.setRetryPolicy(fastRetries());

        const ApiResponse response = client.sendAndWait(ApiRequest::post(endpoints::messages(), {{QStringLiteral("content"), QStringLiteral("hi")}}));
        QCOMPARE(response.error.httpStatus, 503);
        QCOMPARE(response.attempts, 1);
        QCOMPARE(server.count(), 1);
    }

    void putAndDeleteAreRetried()
    {
        ScriptedServer server([](int index, const HttpRequest &) {
            return index % 2 == 0 ? jsonReply(500, "{\"error\":\"x\"}") : jsonReply(200, "{}");
        });
        ApiClient client;
        client.setBaseUrl(server.url());
        client.setToken(QStringLiteral("t"));
        client.setRetryPolicy(fastRetries());

        QCOMPARE(client.sendAndWait(ApiRequest::put(endpoints::agent(QStringLiteral("a")), {})).attempts, 2);
        QCOMPARE(client.sendAndWait(ApiRequest::remove(endpoints::agent(QStringLiteral("a")))).attempts, 2);
    }

    void clientErrorsAreNotRetried()
    {
        ScriptedServer server([](int, const HttpRequest &) { return jsonReply(404, "{\"error\":\"Resource not found.\",\"code\":\"RESOURCE_NOT_FOUND\"}"); });
        ApiClient client;
        client.setBaseUrl(server.url());
        client.setToken(QStringLiteral("t"));
        client.setRetryPolicy(fastRetries());

        QCOMPARE(client.sendAndWait(ApiRequest::get(endpoints::users())).attempts, 1);
    }

    void retryAfterIsHonoured()
    {
        ScriptedServer server([](int index, const HttpRequest &) {
            if (index > 0)
                return jsonReply(200, "{}");
            HttpResponse response = jsonReply(429, "{\"error\":\"Too Many Attempts.\"}");
            response.setHeader("Retry-After", "1");
            return response;
        });
        ApiClient client;
        client.setBaseUrl(server.url());
        client.setToken(QStringLiteral("t"));
        client.setRetryPolicy(fastRetries());

        QElapsedTimer timer;
        timer.start();
        const ApiResponse response = client.sendAndWait(ApiRequest::get(endpoints::users()));
        QVERIFY(response.ok());
        QCOMPARE(response.attempts, 2);
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    }

    void retryAfterBeyondCapIsReturned()
    {
        ScriptedServer server([](int, const HttpRequest &) {
            HttpResponse response = jsonReply(429, "{\"error\":\"Too Many Attempts.\"}");
            response.setHeader("Retry-After", "3600");
            return response;
        });
        ApiClient client;
        client.setBaseUrl(server.url());
        client.setToken(QStringLiteral("t"));

        const ApiResponse response = client.sendAndWait(ApiRequest::get(endpoints::users()));
        QCOMPARE(response.error.httpStatus, 429);
        QCOMPARE(response.error.retryAfterSeconds, 3600);
        QCOMPARE(response.attempts, 1);
    }

    void slowReplyTimesOutAndRetries()
    {
        ScriptedServer server([](int index, const HttpRequest &) {
            HttpResponse response = jsonReply(200, "{}");
            if (index == 0)
                response.delayMs = 1500;
            return response;
        });
        ApiClient client;
        client.setBaseUrl(server.url());
        client.setToken(QStringLiteral("t"));
        client.setTransferTimeoutMs(300);
        client.setRetryPolicy(fastRetries());

        const ApiResponse response = client.sendAndWait(ApiRequest::get(endpoints::users()));
        QVERIFY2(response.ok(), qPrintable(response.error.summary()));
        QCOMPARE(response.attempts, 2);
        const QList<ExchangeRecord> history = client.history()->records();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].status, 0);
        QVERIFY(history[0].error.contains(QStringLiteral("No reply within")));
    }

    void droppedConnectionsAreNetworkErrors()
    {
        // Qt's HTTP layer resends once by itself when a connection closes before any reply byte, so
        // the server sees at least one request per attempt.
        ScriptedServer server([](int, const HttpRequest &) {
            HttpResponse response = jsonReply(200, "{}");
            response.dropConnection = true;
            return response;
        });
        ApiClient client;
        client.setBaseUrl(server.url());
        client.setToken(QStringLiteral("t"));
        client.setRetryPolicy(fastRetries());
        QSignalSpy reachability(&client, &ApiClient::reachabilityChanged);

        const ApiResponse response = client.sendAndWait(ApiRequest::get(endpoints::users()));
        QCOMPARE(response.error.kind, ApiError::Kind::Network);
        QVERIFY(response.error.retryable);
        QCOMPARE(response.attempts, 4);
        QVERIFY(server.count() >= 4);
        QCOMPARE(reachability.count(), 1);
        QCOMPARE(reachability[0].first().toBool(), false);

        ScriptedServer healthy([](int, const HttpRequest &) { return jsonReply(200, "{}"); });
        client.setBaseUrl(healthy.url());
        QVERIFY(client.sendAndWait(ApiRequest::get(endpoints::users())).ok());
        QCOMPARE(reachability.count(), 2);
        QCOMPARE(reachability[1].first().toBool(), true);
    }

    void cancelDuringRetryWaitFinishesCancelled()
    {
        ScriptedServer server([](int, const HttpRequest &) { return jsonReply(503, "{\"error\":\"busy\"}"); });
        ApiClient client;
        client.setBaseUrl(server.url());
        client.setToken(QStringLiteral("t"));
        RetryPolicy slow;
        slow.baseDelayMs = 5000;
        slow.maxDelayMs = 5000;
        client.setRetryPolicy(slow);

        ApiCall *call = client.send(ApiRequest::get(endpoints::users()));
        QSignalSpy retrying(call, &ApiCall::retrying);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(retrying.wait(3000));
        call->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 1000);
        QCOMPARE(finished.first().first().value<ApiResponse>().error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(server.count(), 1);
    }

    void cancelInFlightFinishesCancelled()
    {
        ScriptedServer server([](int, const HttpRequest &) {
            HttpResponse response = jsonReply(200, "{}");
            response.delayMs = 2000;
            return response;
        });
        ApiClient client;
        client.setBaseUrl(server.url());
        client.setToken(QStringLiteral("t"));

        ApiCall *call = client.send(ApiRequest::get(endpoints::users()));
        QSignalSpy finished(call, &ApiCall::finished);
        QTimer::singleShot(100, call, &ApiCall::cancel);
        QVERIFY(finished.wait(3000));
        const ApiResponse response = finished.first().first().value<ApiResponse>();
        QCOMPARE(response.error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(response.attempts, 1);
    }

    void plainHttpToRemoteHostIsRefused()
    {
        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://weav.example")));
        client.setToken(QStringLiteral("t"));

        const ApiResponse response = client.sendAndWait(ApiRequest::get(endpoints::users()));
        QCOMPARE(response.error.kind, ApiError::Kind::Configuration);
        QVERIFY(response.error.message.contains(QStringLiteral("plain http")));
        QCOMPARE(client.history()->records().size(), 0);
    }

    void loopbackDetection()
    {
        QVERIFY(ApiClient::isLoopback(QUrl(QStringLiteral("http://127.0.0.1:8787"))));
        QVERIFY(ApiClient::isLoopback(QUrl(QStringLiteral("http://localhost"))));
        QVERIFY(ApiClient::isLoopback(QUrl(QStringLiteral("http://[::1]:80"))));
        QVERIFY(!ApiClient::isLoopback(QUrl(QStringLiteral("http://10.0.0.1"))));
        QVERIFY(!ApiClient::isLoopback(QUrl(QStringLiteral("http://localhost.example.com"))));
    }

    void missingTokenIsRefused()
    {
        ApiClient client;
        client.setBaseUrl(sandbox.baseUrl());

        const ApiResponse response = client.sendAndWait(ApiRequest::get(endpoints::users()));
        QCOMPARE(response.error.kind, ApiError::Kind::Configuration);
    }

    void largeBodyIsParsed()
    {
        QByteArray body = "{\"data\":[";
        for (int i = 0; i < 5000; ++i)
            body += (i ? "," : "") + QByteArray("{\"id\":\"") + QByteArray::number(i) + "\",\"subject\":\"Some subject text here\"}";
        body += "]}";
        ScriptedServer server([body](int, const HttpRequest &) { return jsonReply(200, body); });
        ApiClient client;
        client.setBaseUrl(server.url());
        client.setToken(QStringLiteral("t"));
        client.setLargeBodyThreshold(1024);

        const ApiResponse response = client.sendAndWait(ApiRequest::get(endpoints::conversations()));
        QVERIFY(response.ok());
        QCOMPARE(response.object().value(QStringLiteral("data")).toArray().size(), 5000);
    }

    void logLineHasNoToken()
    {
        static QStringList lines;
        static QMutex linesMutex;
        lines.clear();
        const auto previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &context, const QString &message) {
            QMutexLocker lock(&linesMutex);
            lines.append(QString::fromLatin1(context.category) + QLatin1Char(' ') + message);
        });

        ApiClient client;
        client.setBaseUrl(sandbox.baseUrl());
        client.setToken(sandbox.writeToken);
        client.sendAndWait(ApiRequest::get(endpoints::companies(), QUrlQuery(QStringLiteral("per_page=2"))));
        client.setToken(QStringLiteral("weav_definitely_wrong_token"));
        client.sendAndWait(ApiRequest::get(endpoints::companies()));
        qInstallMessageHandler(previous);

        QMutexLocker lock(&linesMutex);
        const QStringList apiLines = lines.filter(QStringLiteral("weav.core.api"));
        QCOMPARE(apiLines.size(), 2);
        QVERIFY(apiLines[0].contains(QStringLiteral("GET /v1/companies 200 - request_id=")));
        QVERIFY(apiLines[0].contains(QStringLiteral("attempt=1")));
        QVERIFY(apiLines[1].contains(QStringLiteral("401 UNAUTHENTICATED")));
        for (const QString &line : std::as_const(lines)) {
            QVERIFY(!line.contains(sandbox.writeToken));
            QVERIFY(!line.contains(QStringLiteral("weav_definitely_wrong_token")));
        }
    }

    void historyIsBounded()
    {
        ExchangeLog log(3);
        for (int i = 0; i < 5; ++i) {
            ExchangeRecord record;
            record.requestId = QString::number(i);
            log.append(record);
        }
        const QList<ExchangeRecord> records = log.records();
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.first().requestId, QStringLiteral("2"));
        QCOMPARE(records.last().requestId, QStringLiteral("4"));
    }

    void backoffStaysWithinCap()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 100;
        policy.maxDelayMs = 1000;
        QRandomGenerator random(7);
        ApiError error;
        error.retryable = true;
        for (int attempt = 1; attempt <= 10; ++attempt) {
            const int ceiling = qMin(1000, 100 << (attempt - 1));
            for (int i = 0; i < 50; ++i) {
                const int delay = policy.delayMs(error, attempt, random);
                QVERIFY(delay >= 0);
                QVERIFY(delay <= ceiling);
            }
        }
        error.retryAfterSeconds = 2;
        QCOMPARE(policy.delayMs(error, 1, random), 2000);
    }

private:
    SandboxFixture sandbox;
};

QTEST_GUILESS_MAIN(ApiClientTest)
#include "tst_api_client.moc"
