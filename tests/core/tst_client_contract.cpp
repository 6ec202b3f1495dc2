// The client against the sandbox as a whole: every error code of the contract reaches the caller as
// the right ApiError, a full list under injected faults equals the fault-free list, and no POST is
// applied twice even when connections drop.
// Not covered here: a real Weav server (none is reachable from the tests).

#include "SandboxFixture.h"
#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "api/Pager.h"
#include "seed/SeedGenerator.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace weav::core;
using weav::sandbox::SandboxConfig;
using weav::sandbox::test::SandboxFixture;

namespace {

constexpr int SeededConversations = 450;

// Pages of 20, so that a list of a few hundred takes enough requests for faults to hit some.
QStringList listIds(ApiClient &client, const QString &path)
{
    Pager pager(&client, ApiRequest::get(path));
    pager.setPerPage(20);
    QStringList ids;
    QObject::connect(&pager, &Pager::pageReady, [&](int, const QJsonArray &items, qint64) {
        for (const QJsonValue &item : items)
            ids.append(item.toObject().value(QStringLiteral("id")).toString());
    });
    QSignalSpy finished(&pager, &Pager::finished);
    QSignalSpy failed(&pager, &Pager::failed);
    pager.start();

    QElapsedTimer timer;
    timer.start();
    while (finished.isEmpty() && failed.isEmpty() && timer.elapsed() < 60000)
        QTest::qWait(5);
    if (!failed.isEmpty()) {
        qWarning("paging failed: %s", qPrintable(failed.first().first().value<ApiError>().summary()));
        return {};
    }
    return ids;
}

// Retries generous enough that a 35% failure rate does not exhaust them (0.35^10 ≈ 3e-5 per request).
RetryPolicy patientRetries()
{
    RetryPolicy policy;
    policy.maxAttempts = 10;
    policy.baseDelayMs = 1;
    policy.maxDelayMs = 10;
    return policy;
}

} // namespace

class ClientContractTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(clean.start(true));
        weav::sandbox::SeedOptions options;
        options.workspace = QStringLiteral("acme");
        options.conversations = SeededConversations;
        QString error;
        QVERIFY2(weav::sandbox::seed::run(clean.sandbox().database(), options, &error), qPrintable(error));

        client.setBaseUrl(clean.baseUrl());
        client.setToken(clean.writeToken);
    }

    void errorCodesReachCaller_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        const QString chat = firstId(QStringLiteral("/v1/conversations?channel=chat"));
        const QString email = firstId(QStringLiteral("/v1/conversations?channel=email"));
        const QString copilot = agentWhere(QStringLiteral("is_copilot"));
        const QString plainAgent = agentWhere(QString());
        const QString otherAgent = clean.create(QStringLiteral("/v1/agents"), {{QStringLiteral("name"), QStringLiteral("Elsewhere")}},
                                                clean.otherWorkspaceToken).value(QStringLiteral("id")).toString();

        QTest::newRow("UNAUTHENTICATED") << QByteArray("GET") << endpoints::users() << QJsonObject() << QStringLiteral("weav_wrong") << 401 << QStringLiteral("UNAUTHENTICATED");
        QTest::newRow("INSUFFICIENT_TOKEN_ABILITY") << QByteArray("POST") << endpoints::companies() << QJsonObject() << clean.readToken << 403 << QStringLiteral("INSUFFICIENT_TOKEN_ABILITY");
        QTest::newRow("FORBIDDEN") << QByteArray("DELETE") << endpoints::agent(copilot) << QJsonObject() << QString() << 403 << QStringLiteral("FORBIDDEN");
        QTest::newRow("RESOURCE_NOT_FOUND") << QByteArray("GET") << endpoints::conversation(weav::sandbox::test::unknownId()) << QJsonObject() << QString() << 404 << QStringLiteral("RESOURCE_NOT_FOUND");
        QTest::newRow("INVALID_SENDER") << QByteArray("POST") << endpoints::messages()
                                        << QJsonObject{{QStringLiteral("conversation_id"), chat}, {QStringLiteral("sender_type"), QStringLiteral("user")},
                                                       {QStringLiteral("sender_id"), weav::sandbox::test::unknownId()}, {QStringLiteral("content"), QStringLiteral("hi")}}
                                        << QString() << 400 << QStringLiteral("INVALID_SENDER");
        QTest::newRow("INVALID_ASSIGNEE") << QByteArray("PUT") << endpoints::conversation(email)
                                          << QJsonObject{{QStringLiteral("assignee_id"), weav::sandbox::test::unknownId()}, {QStringLiteral("assignee_type"), QStringLiteral("user")}}
                                          << QString() << 400 << QStringLiteral("INVALID_ASSIGNEE");
        QTest::newRow("INVALID_ASSIGNEE_TYPE") << QByteArray("PUT") << endpoints::conversation(email)
                                               << QJsonObject{{QStringLiteral("assignee_id"), plainAgent}, {QStringLiteral("assignee_type"), QStringLiteral("agent")}}
                                               << QString() << 400 << QStringLiteral("INVALID_ASSIGNEE_TYPE");
        QTest::newRow("INVALID_TYPE") << QByteArray("POST") << endpoints::trainingData() << QJsonObject{{QStringLiteral("type"), QStringLiteral("video")}}
                                      << QString() << 400 << QStringLiteral("INVALID_TYPE");
        QTest::newRow("INVALID_AGENT") << QByteArray("POST") << endpoints::trainingData()
                                       << QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("title"), QStringLiteral("t")},
                                                      {QStringLiteral("content"), QStringLiteral("c")}, {QStringLiteral("agent_ids"), QJsonArray{otherAgent}}}
                                       << QString() << 400 << QStringLiteral("INVALID_AGENT");
        QTest::newRow("URL_DISCOVERY_REQUIRED") << QByteArray("POST") << endpoints::trainingData() << QJsonObject{{QStringLiteral("type"), QStringLiteral("url")}}
                                                << QString() << 422 << QStringLiteral("URL_DISCOVERY_REQUIRED");
        QTest::newRow("NO_URLS_PROVIDED") << QByteArray("POST") << endpoints::trainingUrlsProcess() << QJsonObject{{QStringLiteral("urls"), QJsonArray{QStringLiteral("not a url")}}}
                                          << QString() << 422 << QStringLiteral("NO_URLS_PROVIDED");
        QTest::newRow("validation") << QByteArray("POST") << endpoints::customers() << QJsonObject{{QStringLiteral("email"), QStringLiteral("nope")}}
                                    << QString() << 422 << QString();
    }

    void errorCodesReachCaller()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(QString, token);
        QFETCH(int, status);
        QFETCH(QString, code);

        ApiClient caller;
        caller.setBaseUrl(clean.baseUrl());
        caller.setToken(token.isEmpty() ? clean.writeToken : token);
        ApiRequest request = method == "GET" ? ApiRequest::get(path) : method == "DELETE" ? ApiRequest::remove(path)
                           : method == "PUT" ? ApiRequest::put(path, body) : ApiRequest::post(path, body);

        const ApiResponse response = caller.sendAndWait(request);
        QCOMPARE(response.error.kind, ApiError::Kind::Http);
        QCOMPARE(response.error.httpStatus, status);
        QCOMPARE(response.error.code, code);
        QVERIFY(!response.error.message.isEmpty());
        QVERIFY(!response.error.requestId.isEmpty());
        QVERIFY(!response.error.retryable);
        QCOMPARE(response.attempts, 1);
        if (code.isEmpty())
            QVERIFY(response.error.isValidation());
    }

    void processingFailedIsRetryable()
    {
        SandboxConfig config;
        config.errorRate = 1.0;
        SandboxFixture failing(config);
        QVERIFY(failing.start(true));

        ApiClient caller;
        caller.setBaseUrl(failing.baseUrl());
        caller.setToken(failing.writeToken);
        RetryPolicy policy;
        policy.baseDelayMs = 1;
        policy.maxDelayMs = 5;
        caller.setRetryPolicy(policy);

        const ApiResponse response = caller.sendAndWait(ApiRequest::get(endpoints::users()));
        QCOMPARE(response.error.httpStatus, 500);
        QCOMPARE(response.error.code, QStringLiteral("PROCESSING_FAILED"));
        QVERIFY(response.error.retryable);
        QCOMPARE(response.attempts, 4);
    }

    void creationFailedIsReported()
    {
        // A trigger makes the store refuse one insert, so the sandbox's real failure path produces the reply.
        SandboxFixture broken;
        QVERIFY(broken.start(true));
        QSqlQuery trigger(broken.sandbox().database().connection());
        QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER refuse_company BEFORE INSERT ON companies "
                                            "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));

        ApiClient caller;
        caller.setBaseUrl(broken.baseUrl());
        caller.setToken(broken.writeToken);
        const ApiResponse response = caller.sendAndWait(ApiRequest::post(endpoints::companies(), {{QStringLiteral("name"), QStringLiteral("Acme")}}));
        QCOMPARE(response.error.httpStatus, 500);
        QCOMPARE(response.error.code, QStringLiteral("CREATION_FAILED"));
        QCOMPARE(response.attempts, 1);
    }

    void rateLimitReportsRetryAfter()
    {
        SandboxConfig config;
        config.rateLimitPerMinute = 2;
        SandboxFixture limited(config);
        QVERIFY(limited.start(true));

        ApiClient caller;
        caller.setBaseUrl(limited.baseUrl());
        caller.setToken(limited.writeToken);
        RetryPolicy policy;
        policy.maxRetryAfterMs = 100;
        caller.setRetryPolicy(policy);
        QSignalSpy headroom(&caller, &ApiClient::rateLimitChanged);

        QVERIFY(caller.sendAndWait(ApiRequest::get(endpoints::users())).ok());
        QVERIFY(caller.sendAndWait(ApiRequest::get(endpoints::users())).ok());
        const ApiResponse limitedResponse = caller.sendAndWait(ApiRequest::get(endpoints::users()));
        QCOMPARE(limitedResponse.error.httpStatus, 429);
        QVERIFY(limitedResponse.error.retryAfterSeconds >= 1);
        QVERIFY(limitedResponse.error.retryAfterSeconds <= 60);
        QCOMPARE(headroom.count(), 3);
        QCOMPARE(headroom.at(0).at(1).toInt(), 1);
        QCOMPARE(headroom.at(1).at(1).toInt(), 0);
    }

    void fullListSurvivesFaults()
    {
        const QStringList expected = listIds(client, endpoints::conversations());
        QCOMPARE(expected.size(), SeededConversations);

        SandboxConfig config;
        config.dataPath = clean.sandbox().database().filePath();
        config.errorRate = 0.3;
        config.dropRate = 0.05;
        config.faultSeed = 7;
        SandboxFixture faulty(config);
        QVERIFY(faulty.start(true));

        ApiClient caller;
        caller.setBaseUrl(faulty.baseUrl());
        caller.setToken(clean.writeToken);
        caller.setRetryPolicy(patientRetries());

        const QStringList actual = listIds(caller, endpoints::conversations());
        QCOMPARE(actual.size(), expected.size());
        QCOMPARE(actual, expected);

        int retried = 0;
        for (const ExchangeRecord &record : caller.history()->records())
            retried += record.attempt > 1 ? 1 : 0;
        QVERIFY2(retried > 0, "the faults did not hit any request; the test proves nothing");
    }

    void postIsNeverAppliedTwice()
    {
        SandboxConfig config;
        config.dataPath = clean.sandbox().database().filePath();
        config.errorRate = 0.3;
        config.dropRate = 0.05;
        config.faultSeed = 11;
        SandboxFixture faulty(config);
        QVERIFY(faulty.start(true));

        ApiClient caller;
        caller.setBaseUrl(faulty.baseUrl());
        caller.setToken(clean.writeToken);
        caller.setRetryPolicy(patientRetries());

        constexpr int Attempts = 120;
        QSet<QString> createdIds;
        int failures = 0;
        for (int i = 0; i < Attempts; ++i) {
            const QJsonObject body{{QStringLiteral("name"), QStringLiteral("Once %1").arg(i)}};
            const ApiResponse response = caller.sendAndWait(ApiRequest::post(endpoints::companies(), body));
            QVERIFY(response.attempts == 1);
            if (response.ok())
                createdIds.insert(response.object().value(QStringLiteral("id")).toString());
            else
                ++failures;
        }
        QVERIFY2(failures > 0, "the faults did not hit any POST; the test proves nothing");

        // Every stored company named "Once N" is one whose creation the client received a 201 for, exactly once.
        const QJsonArray stored = clean.listAll(QStringLiteral("/v1/companies?q=Once"));
        QSet<QString> storedIds;
        QSet<QString> storedNames;
        for (const QJsonValue &company : stored) {
            storedIds.insert(company.toObject().value(QStringLiteral("id")).toString());
            storedNames.insert(company.toObject().value(QStringLiteral("name")).toString());
        }
        QCOMPARE(stored.size(), storedNames.size());
        QCOMPARE(storedIds, createdIds);
    }

private:
    QString firstId(const QString &target)
    {
        return clean.call("GET", target).data.first().toObject().value(QStringLiteral("id")).toString();
    }

    // An agent with the flag set, or with neither copilot nor email flag when flag is empty.
    QString agentWhere(const QString &flag)
    {
        for (const QJsonValue &value : clean.listAll(QStringLiteral("/v1/agents"))) {
            const QJsonObject agent = value.toObject();
            const bool plain = !agent.value(QStringLiteral("is_copilot")).toBool() && !agent.value(QStringLiteral("is_email_agent")).toBool();
            if (flag.isEmpty() ? plain : agent.value(flag).toBool())
                return agent.value(QStringLiteral("id")).toString();
        }
        return {};
    }

    SandboxFixture clean;
    ApiClient client;
};

QTEST_GUILESS_MAIN(ClientContractTest)
#include "tst_client_contract.moc"
