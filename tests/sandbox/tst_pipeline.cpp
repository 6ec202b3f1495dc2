// The request pipeline: routing, authentication, abilities, expiry, body parsing, request ids.
// Not covered here: fault flags and rate limits (tst_faults), resource rules (one file per resource).

#include "SandboxFixture.h"
#include "store/Database.h"

#include <QTest>

using namespace weav::sandbox;
using namespace weav::sandbox::test;

class PipelineTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(fixture.start()); }

    void unknownRouteIsEnvelopeWithoutCode()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/reports"));
        QCOMPARE(reply.status, 404);
        QVERIFY(reply.object.contains(QStringLiteral("error")));
        QVERIFY(!reply.object.contains(QStringLiteral("code")));
    }

    void wrongMethodIs405WithAllow()
    {
        const Reply reply = fixture.call("PATCH", QStringLiteral("/v1/companies"));
        QCOMPARE(reply.status, 405);
        QVERIFY(reply.header("allow").contains("GET"));
        QVERIFY(reply.header("allow").contains("POST"));
    }

    void missingTokenIs401()
    {
        const Reply reply = fixture.callRaw("GET", QStringLiteral("/v1/companies"), {}, {});
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.code(), QStringLiteral("UNAUTHENTICATED"));
    }

    void malformedTokenIs401()
    {
        const Reply reply = fixture.callRaw("GET", QStringLiteral("/v1/companies"), {}, {{"authorization", "Token abc"}});
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.code(), QStringLiteral("UNAUTHENTICATED"));
    }

    void unknownTokenIs401()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/companies"), {}, QStringLiteral("weav_nottherighttoken"));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.code(), QStringLiteral("UNAUTHENTICATED"));
    }

    void expiredTokenIs401()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/companies"), {}, fixture.expiredToken);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.code(), QStringLiteral("UNAUTHENTICATED"));
    }

    void readTokenCannotWrite()
    {
        const Reply reply = fixture.call("POST", QStringLiteral("/v1/companies"), {}, fixture.readToken);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.code(), QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));
    }

    void writeOnlyTokenCannotRead()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/companies"), {}, fixture.writeOnlyToken);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.code(), QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));
    }

    void emptyPostWithWriteTokenIs422()
    {
        // A client learns that it may write from this probe without changing anything.
        const Reply reply = fixture.callRaw("POST", QStringLiteral("/v1/companies"), {},
                                            {{"authorization", "Bearer " + fixture.writeToken.toLatin1()}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("name")), QStringList{QStringLiteral("The name field is required.")});
    }

    void malformedJsonIs400()
    {
        const Reply reply = fixture.callRaw("POST", QStringLiteral("/v1/companies"), "{\"name\": ",
                                            {{"authorization", "Bearer " + fixture.writeToken.toLatin1()},
                                             {"content-type", "application/json"}});
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.object.value(QStringLiteral("error")).toString().contains(QStringLiteral("not valid JSON")));
    }

    void jsonArrayBodyIs400()
    {
        const Reply reply = fixture.callRaw("POST", QStringLiteral("/v1/companies"), "[1,2]",
                                            {{"authorization", "Bearer " + fixture.writeToken.toLatin1()},
                                             {"content-type", "application/json"}});
        QCOMPARE(reply.status, 400);
    }

    void wrongContentTypeIs415()
    {
        const Reply reply = fixture.callRaw("POST", QStringLiteral("/v1/companies"), "name=Acme",
                                            {{"authorization", "Bearer " + fixture.writeToken.toLatin1()},
                                             {"content-type", "application/x-www-form-urlencoded"}});
        QCOMPARE(reply.status, 415);
    }

    void nonUuidIdIs404()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/companies/42"));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), QStringLiteral("RESOURCE_NOT_FOUND"));
    }

    void requestIdIsEchoed()
    {
        const Reply reply = fixture.callRaw("GET", QStringLiteral("/v1/companies"), {},
                                            {{"authorization", "Bearer " + fixture.writeToken.toLatin1()},
                                             {"x-request-id", "test-request-1"}});
        QCOMPARE(reply.header("x-request-id"), QByteArray("test-request-1"));
    }

    void requestIdIsGeneratedWhenMissing()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/companies"));
        QCOMPARE(reply.header("x-request-id").size(), 36);
    }

    void headMatchesGetRoutes()
    {
        const Reply reply = fixture.call("HEAD", QStringLiteral("/v1/companies"));
        QCOMPARE(reply.status, 200);
    }

    void hugePageIsEmptyNotWrapped()
    {
        // Regression: the row offset was an int, so these pages returned rows or the first page.
        const Reply last = fixture.call("GET", QStringLiteral("/v1/companies?page=2147483647&per_page=100"));
        QCOMPARE(last.status, 200);
        QCOMPARE(last.data.size(), 0);
        QVERIFY(last.object.value(QStringLiteral("meta")).toObject().value(QStringLiteral("from")).isNull());

        const Reply beyond = fixture.call("GET", QStringLiteral("/v1/companies?page=99999999999999999999"));
        QCOMPARE(beyond.status, 422);
        QCOMPARE(beyond.fieldErrors(QStringLiteral("page")), QStringList{QStringLiteral("The page field must not be greater than 2147483647.")});
    }

    void cachedListSeesOwnWrites()
    {
        const QString list = QStringLiteral("/v1/companies?q=Cache%20check");
        QCOMPARE(fixture.call("GET", list).data.size(), 0);
        QVERIFY(!fixture.create(QStringLiteral("/v1/companies"), {{QStringLiteral("name"), QStringLiteral("Cache check one")}}).isEmpty());
        QCOMPARE(fixture.call("GET", list).data.size(), 1);
    }

    void cachedListSeesOtherServersWrites()
    {
        // A second sandbox on the same file writes; the first must not answer from its cache.
        SandboxConfig config;
        config.dataPath = fixture.sandbox().database().filePath();
        Sandbox other(config);
        QString error;
        QVERIFY2(other.open(&error), qPrintable(error));

        const QString list = QStringLiteral("/v1/companies?q=Other%20writer");
        QCOMPARE(fixture.call("GET", list).data.size(), 0);
        const HttpResponse created = other.handle(HttpRequest::make(
            "POST", "/v1/companies", "{\"name\":\"Other writer\"}",
            {{"authorization", "Bearer " + fixture.writeToken.toLatin1()}, {"content-type", "application/json"}}));
        QCOMPARE(created.status, 201);
        QCOMPARE(fixture.call("GET", list).data.size(), 1);
    }

private:
    SandboxFixture fixture;
};

QTEST_GUILESS_MAIN(PipelineTest)
#include "tst_pipeline.moc"
