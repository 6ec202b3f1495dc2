// Fault flags (--error-rate, --drop-rate, --latency, --fault-seed) and the rate limit, through the
// pipeline and over loopback, and where they sit in the pipeline relative to routing and auth.
// Not covered here yet: faults under concurrent clients (the draw order then follows arrival order)
// and a rate-limit window that rolls over during a burst.

#include "SandboxFixture.h"

#include "store/Database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QSet>
#include <QTest>

using namespace weav::sandbox;
using namespace weav::sandbox::test;

namespace {

const QString Companies = QStringLiteral("/v1/companies");

// Returns the status of each of `count` GET /v1/companies calls, with -1 for a dropped connection.
QList<int> outcomes(SandboxFixture &fixture, int count)
{
    QList<int> statuses;
    for (int i = 0; i < count; ++i)
        statuses.append(fixture.call("GET", Companies).status);
    return statuses;
}

SandboxConfig faultConfig(quint64 seed, double errorRate, double dropRate = 0.0)
{
    SandboxConfig config;
    config.faultSeed = seed;
    config.errorRate = errorRate;
    config.dropRate = dropRate;
    return config;
}

SandboxConfig latencyConfig(int minMs, int maxMs, SandboxConfig config = {})
{
    config.latencyMinMs = minMs;
    config.latencyMaxMs = maxMs;
    return config;
}

SandboxConfig rateLimitConfig(int perMinute, SandboxConfig config = {})
{
    config.rateLimitPerMinute = perMinute;
    return config;
}

// Returns the delay that the pipeline sets on the response to one GET /v1/companies.
int injectedDelayMs(SandboxFixture &fixture)
{
    const HttpRequest request = HttpRequest::make("GET", Companies.toUtf8(), {},
                                                  {{"authorization", "Bearer " + fixture.writeToken.toLatin1()}});
    return fixture.sandbox().handle(request).delayMs;
}

// Waits, when needed, for a rate-limit window with at least five seconds left. The limiter counts in
// fixed windows aligned to the minute, and a burst across a window boundary would see its budget reset.
void waitForFreshRateWindow()
{
    const qint64 leftMs = 60000 - QDateTime::currentMSecsSinceEpoch() % 60000;
    if (leftMs < 5000)
        QTest::qWait(int(leftMs) + 100);
}

} // namespace

class FaultsTest : public QObject
{
    Q_OBJECT

private slots:
    void errorRateOneAnswers500ProcessingFailed()
    {
        SandboxFixture fixture(faultConfig(1, 1.0));
        QVERIFY(fixture.start());

        const Reply reply = fixture.call("GET", Companies);

        QCOMPARE(reply.status, 500);
        QCOMPARE(reply.code(), QStringLiteral("PROCESSING_FAILED"));
        QVERIFY(reply.object.value(QStringLiteral("error")).isString());
        QVERIFY(!reply.object.value(QStringLiteral("error")).toString().isEmpty());
        QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
    }

    void errorRateOneOverLoopback()
    {
        SandboxFixture fixture(faultConfig(1, 1.0));
        QVERIFY(fixture.start(true));

        const Reply reply = fixture.http("GET", Companies, {}, {{"authorization", "Bearer " + fixture.writeToken.toLatin1()}});

        QCOMPARE(reply.status, 500);
        QCOMPARE(reply.code(), QStringLiteral("PROCESSING_FAILED"));
        QVERIFY(!reply.object.value(QStringLiteral("error")).toString().isEmpty());
        QCOMPARE(reply.header("x-request-id").size(), 36);
    }

    void errorRateIsAShareOfRequests()
    {
        SandboxFixture fixture(faultConfig(1, 0.3));
        QVERIFY(fixture.start());

        const QList<int> statuses = outcomes(fixture, 200);

        const int errors = int(statuses.count(500));
        QVERIFY2(errors >= 40, qPrintable(QStringLiteral("%1 errors in 200 requests").arg(errors)));
        QVERIFY2(errors <= 80, qPrintable(QStringLiteral("%1 errors in 200 requests").arg(errors)));
        QCOMPARE(statuses.count(200) + errors, 200);
    }

    void sameSeedGivesSameOutcomes()
    {
        SandboxFixture first(faultConfig(7, 0.3, 0.2));
        SandboxFixture second(faultConfig(7, 0.3, 0.2));
        QVERIFY(first.start());
        QVERIFY(second.start());

        const QList<int> firstOutcomes = outcomes(first, 100);
        const QList<int> secondOutcomes = outcomes(second, 100);

        QCOMPARE(secondOutcomes, firstOutcomes);
        QVERIFY(firstOutcomes.contains(200));
        QVERIFY(firstOutcomes.contains(500));
        QVERIFY(firstOutcomes.contains(-1));
    }

    void otherSeedGivesOtherOutcomes()
    {
        SandboxFixture first(faultConfig(7, 0.3, 0.2));
        SandboxFixture second(faultConfig(8, 0.3, 0.2));
        QVERIFY(first.start());
        QVERIFY(second.start());

        QVERIFY(outcomes(first, 100) != outcomes(second, 100));
    }

    void dropRateOneClosesLoopbackConnection()
    {
        SandboxFixture fixture(faultConfig(1, 0.0, 1.0));
        QVERIFY(fixture.start(true));

        const Reply reply = fixture.http("GET", Companies, {}, {{"authorization", "Bearer " + fixture.writeToken.toLatin1()}});

        QVERIFY2(reply.networkError != QNetworkReply::NoError, qPrintable(QString::number(reply.networkError)));
        QVERIFY2(reply.networkError != QNetworkReply::OperationCanceledError, "the request timed out instead of being dropped");
        QCOMPARE(reply.status, 0);
        QVERIFY(reply.body.isEmpty());
    }

    void dropRateOneDropsThroughPipeline()
    {
        SandboxFixture fixture(faultConfig(1, 0.0, 1.0));
        QVERIFY(fixture.start());

        const Reply reply = fixture.call("GET", Companies);

        QCOMPARE(reply.status, -1);
        QVERIFY(reply.body.isEmpty());
    }

    void latencyDelaysLoopbackReply()
    {
        SandboxFixture fixture(latencyConfig(120, 120));
        QVERIFY(fixture.start(true));

        QElapsedTimer timer;
        timer.start();
        const Reply reply = fixture.http("GET", Companies, {}, {{"authorization", "Bearer " + fixture.writeToken.toLatin1()}});
        const qint64 elapsedMs = timer.elapsed();

        QCOMPARE(reply.status, 200);
        QVERIFY2(elapsedMs >= 120, qPrintable(QStringLiteral("reply after %1 ms").arg(elapsedMs)));
    }

    void latencyRangeStaysWithinBounds()
    {
        SandboxFixture fixture(latencyConfig(50, 80));
        QVERIFY(fixture.start());

        QSet<int> distinct;
        for (int i = 0; i < 20; ++i) {
            const int delayMs = injectedDelayMs(fixture);
            QVERIFY2(delayMs >= 50, qPrintable(QString::number(delayMs)));
            QVERIFY2(delayMs <= 80, qPrintable(QString::number(delayMs)));
            distinct.insert(delayMs);
        }
        QVERIFY(distinct.size() > 1);
    }

    void latencyAppliesToInjectedErrors()
    {
        SandboxFixture fixture(latencyConfig(90, 90, faultConfig(1, 1.0)));
        QVERIFY(fixture.start());

        QCOMPARE(injectedDelayMs(fixture), 90);
    }

    void noLatencyByDefault()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());

        QCOMPARE(injectedDelayMs(fixture), 0);
    }

    void rateLimitCountsDownThen429()
    {
        SandboxFixture fixture(rateLimitConfig(5));
        QVERIFY(fixture.start());
        waitForFreshRateWindow();

        for (int remaining = 4; remaining >= 0; --remaining) {
            const Reply reply = fixture.call("GET", Companies);
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.header("x-ratelimit-limit"), QByteArray("5"));
            QCOMPARE(reply.header("x-ratelimit-remaining"), QByteArray::number(remaining));
        }

        const Reply limited = fixture.call("GET", Companies);
        QCOMPARE(limited.status, 429);
        const int retryAfter = limited.header("retry-after").toInt();
        QVERIFY2(retryAfter >= 1, limited.header("retry-after").constData());
        QVERIFY2(retryAfter <= 60, limited.header("retry-after").constData());
        QCOMPARE(limited.header("x-ratelimit-remaining"), QByteArray("0"));
        QVERIFY(!limited.object.value(QStringLiteral("error")).toString().isEmpty());
    }

    void rateLimitIsPerToken()
    {
        SandboxFixture fixture(rateLimitConfig(5));
        QVERIFY(fixture.start());
        waitForFreshRateWindow();

        for (int i = 0; i < 6; ++i)
            fixture.call("GET", Companies);
        QCOMPARE(fixture.call("GET", Companies).status, 429);

        const Reply other = fixture.call("GET", Companies, {}, fixture.readToken);
        QCOMPARE(other.status, 200);
        QCOMPARE(other.header("x-ratelimit-remaining"), QByteArray("4"));
    }

    void rateLimitOverLoopback()
    {
        SandboxFixture fixture(rateLimitConfig(5));
        QVERIFY(fixture.start(true));
        waitForFreshRateWindow();
        const QHash<QByteArray, QByteArray> headers{{"authorization", "Bearer " + fixture.writeToken.toLatin1()}};

        for (int i = 0; i < 5; ++i)
            QCOMPARE(fixture.http("GET", Companies, {}, headers).status, 200);
        const Reply limited = fixture.http("GET", Companies, {}, headers);

        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("x-ratelimit-limit"), QByteArray("5"));
        QVERIFY(!limited.header("retry-after").isEmpty());
        QVERIFY(!limited.object.value(QStringLiteral("error")).toString().isEmpty());
    }

    void noRateLimitHeadersWhenOff()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());

        const Reply reply = fixture.call("GET", Companies);

        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("x-ratelimit-limit").isEmpty());
        QVERIFY(reply.header("x-ratelimit-remaining").isEmpty());
    }

    // Authentication comes before the fault draw, so an injected fault never replaces a 401.
    void unauthenticatedRequestIsNotFaulted()
    {
        SandboxFixture fixture(faultConfig(1, 1.0));
        QVERIFY(fixture.start());

        const Reply reply = fixture.call("GET", Companies, {}, QStringLiteral("weav_nottherighttoken"));

        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.code(), QStringLiteral("UNAUTHENTICATED"));
    }

    // A 401 does not consume a fault draw, so it leaves the outcomes of later requests unchanged.
    void unauthenticatedRequestDrawsNoFault()
    {
        SandboxFixture plain(faultConfig(11, 0.5));
        SandboxFixture interleaved(faultConfig(11, 0.5));
        QVERIFY(plain.start());
        QVERIFY(interleaved.start());

        const QList<int> expected = outcomes(plain, 30);
        QList<int> actual;
        for (int i = 0; i < 30; ++i) {
            QCOMPARE(interleaved.call("GET", Companies, {}, interleaved.expiredToken).status, 401);
            actual.append(interleaved.call("GET", Companies).status);
        }

        QCOMPARE(actual, expected);
    }

    void unknownRouteIsNotFaulted()
    {
        SandboxFixture fixture(faultConfig(1, 1.0));
        QVERIFY(fixture.start());

        const Reply reply = fixture.call("GET", QStringLiteral("/v1/reports"));

        QCOMPARE(reply.status, 404);
        QVERIFY(reply.code().isEmpty());
    }

    // The rate limit counts a request before the fault draw, so a faulted request spends budget.
    void faultedRequestSpendsRateBudget()
    {
        SandboxFixture fixture(rateLimitConfig(1, faultConfig(1, 1.0)));
        QVERIFY(fixture.start());
        waitForFreshRateWindow();

        QCOMPARE(fixture.call("GET", Companies).status, 500);
        QCOMPARE(fixture.call("GET", Companies).status, 429);
    }

    // The fault draw comes before the ability check, so a read token's POST gets the injected 500.
    void faultComesBeforeAbilityCheck()
    {
        SandboxFixture fixture(faultConfig(1, 1.0));
        QVERIFY(fixture.start());

        const Reply reply = fixture.call("POST", Companies, {{QStringLiteral("name"), QStringLiteral("Acme")}}, fixture.readToken);

        QCOMPARE(reply.status, 500);
        QCOMPARE(reply.code(), QStringLiteral("PROCESSING_FAILED"));
    }

    void injectedErrorWritesNothing()
    {
        SandboxFixture fixture(faultConfig(1, 1.0));
        QVERIFY(fixture.start());

        QCOMPARE(fixture.call("POST", Companies, {{QStringLiteral("name"), QStringLiteral("Acme")}}).status, 500);

        const qint64 companies = sql::scalar(fixture.sandbox().database().connection(), QStringLiteral("SELECT COUNT(*) FROM companies"));
        QCOMPARE(companies, qint64(0));
    }
};

QTEST_GUILESS_MAIN(FaultsTest)
#include "tst_faults.moc"
