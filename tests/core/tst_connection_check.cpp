// ConnectionCheck against the sandbox: reachability, authentication, read and write abilities,
// and that the write probe changes nothing.
// Not covered here: a server behind a proxy that rewrites status codes.

#include "SandboxFixture.h"
#include "workspace/ConnectionCheck.h"

#include <QTcpServer>
#include <QTest>

using namespace weav::core;
using weav::sandbox::test::SandboxFixture;

class ConnectionCheckTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(fixture.start(true)); }

    void writingTokenCanReadAndWrite()
    {
        const ConnectionReport report = check(fixture.writeToken);
        QVERIFY(report.reachable);
        QVERIFY(report.authenticated);
        QCOMPARE(report.canRead, ConnectionReport::Ability::Yes);
        QCOMPARE(report.canWrite, ConnectionReport::Ability::Yes);
        QVERIFY(report.latencyMs >= 0);
        QVERIFY(report.isUsable());
        QVERIFY(!report.isReadOnly());
    }

    void writeProbeCreatesNothing()
    {
        check(fixture.writeToken);
        QCOMPARE(fixture.listAll(QStringLiteral("/v1/customers")).size(), 0);
    }

    void readTokenIsReadOnly()
    {
        const ConnectionReport report = check(fixture.readToken);
        QCOMPARE(report.canRead, ConnectionReport::Ability::Yes);
        QCOMPARE(report.canWrite, ConnectionReport::Ability::No);
        QVERIFY(report.isReadOnly());
        QVERIFY(report.findings().join(QLatin1Char(' ')).contains(QStringLiteral("cannot write")));
    }

    void writeOnlyTokenCannotRead()
    {
        const ConnectionReport report = check(fixture.writeOnlyToken);
        QVERIFY(report.authenticated);
        QCOMPARE(report.canRead, ConnectionReport::Ability::No);
        QCOMPARE(report.canWrite, ConnectionReport::Ability::Yes);
        QVERIFY(!report.isUsable());
    }

    void expiredTokenIsNotAuthenticated()
    {
        const ConnectionReport report = check(fixture.expiredToken);
        QVERIFY(report.reachable);
        QVERIFY(!report.authenticated);
        QCOMPARE(report.error.httpStatus, 401);
        QVERIFY(report.findings().join(QLatin1Char(' ')).contains(QStringLiteral("not accepted")));
    }

    void closedPortIsUnreachable()
    {
        QTcpServer placeholder;
        QVERIFY(placeholder.listen(QHostAddress::LocalHost, 0));
        const quint16 port = placeholder.serverPort();
        placeholder.close();

        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        client.setToken(QStringLiteral("t"));
        const ConnectionReport report = ConnectionCheck::runAndWait(&client);
        QVERIFY(!report.reachable);
        QCOMPARE(report.latencyMs, qint64(-1));
        QVERIFY(report.findings().first().contains(QStringLiteral("could not be reached")));
    }

private:
    ConnectionReport check(const QString &token)
    {
        ApiClient client;
        client.setBaseUrl(fixture.baseUrl());
        client.setToken(token);
        return ConnectionCheck::runAndWait(&client);
    }

    SandboxFixture fixture;
};

QTEST_GUILESS_MAIN(ConnectionCheckTest)
#include "tst_connection_check.moc"
