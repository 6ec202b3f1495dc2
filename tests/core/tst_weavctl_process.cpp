// The weavctl executable run as a real process against the in-process sandbox: exit codes, data on
// stdout and messages on stderr, --version, and a profile whose token comes through stdin.
// Not covered yet: the default settings location without XDG_CONFIG_HOME, and signals (Ctrl-C
// during an export).

#include "SandboxFixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using weav::sandbox::test::SandboxFixture;
using weav::sandbox::test::unknownId;

namespace {

constexpr int ProcessTimeoutMs = 30000;

struct RunResult
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class WeavctlProcessTest : public QObject
{
    Q_OBJECT

private:
    // The environment of every child: the caller's, without any WEAV_ variable, with the settings
    // and the credentials file in the test's folder.
    QProcessEnvironment childEnvironment(const QString &token) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QStringList keys = env.keys();
        for (const QString &key : keys) {
            if (key.startsWith(QLatin1String("WEAV_")))
                env.remove(key);
        }
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("WEAV_CREDENTIALS_FILE"), m_dir.filePath(QStringLiteral("credentials.json")));
        env.insert(QStringLiteral("WEAV_RETRY_BASE_MS"), QStringLiteral("1"));
        env.insert(QStringLiteral("WEAV_BASE_URL"), m_fixture.baseUrl().toString());
        if (!token.isEmpty())
            env.insert(QStringLiteral("WEAV_API_TOKEN"), token);
        return env;
    }

    // Runs weavctl to its end while the event loop turns, and kills it when it outlives the timeout.
    RunResult runWeavctl(const QStringList &arguments, const QString &token, const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessEnvironment(childEnvironment(token));
        process.start(qEnvironmentVariable("WEAV_WEAVCTL_BIN"), arguments);

        RunResult result;
        if (!process.waitForStarted(ProcessTimeoutMs))
            return result;
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();

        QElapsedTimer timer;
        timer.start();
        while (process.state() != QProcess::NotRunning && timer.elapsed() < ProcessTimeoutMs)
            QTest::qWait(10);

        result.finished = process.state() == QProcess::NotRunning;
        if (!result.finished) {
            process.kill();
            process.waitForFinished();
        }
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    void verifyNoToken(const RunResult &result)
    {
        for (const QString &token : {m_fixture.writeToken, m_fixture.readToken, m_fixture.expiredToken}) {
            QVERIFY(!result.out.contains(token.toUtf8()));
            QVERIFY(!result.err.contains(token.toUtf8()));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("WEAV_WEAVCTL_BIN").isEmpty(), "WEAV_WEAVCTL_BIN is not set");
        QVERIFY(m_dir.isValid());
        QVERIFY(m_fixture.start(true));

        const QString customerId = m_fixture.insertRow(QStringLiteral("customers"), {{QStringLiteral("email"), QStringLiteral("kim@example.com")}});
        for (int i = 0; i < 20; ++i) {
            m_fixture.insertRow(QStringLiteral("conversations"), {{QStringLiteral("channel"), QStringLiteral("email")},
                                                                  {QStringLiteral("customer_id"), customerId},
                                                                  {QStringLiteral("subject"), QStringLiteral("Order %1").arg(i)},
                                                                  {QStringLiteral("status"), QStringLiteral("open")},
                                                                  {QStringLiteral("priority"), QStringLiteral("normal")},
                                                                  {QStringLiteral("priority_rank"), 2},
                                                                  {QStringLiteral("created_at"), 1714550400000LL + i * 1000}});
        }
    }

    void versionGoesToStdout()
    {
        const RunResult result = runWeavctl({QStringLiteral("--version")}, {});
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QByteArray("weavctl " WEAV_VERSION "\n"));
        QCOMPARE(result.err, QByteArray());
    }

    void unknownCommandExitsTwoOnStderr()
    {
        const RunResult result = runWeavctl({QStringLiteral("frobnicate")}, m_fixture.writeToken);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.out, QByteArray());
        QVERIFY(result.err.startsWith("weavctl: Unknown command \"frobnicate\"."));
    }

    void listPrintsJsonOnStdoutOnly()
    {
        const RunResult result = runWeavctl({QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--all"),
                                             QStringLiteral("--format"), QStringLiteral("json")},
                                            m_fixture.writeToken);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.err, QByteArray());

        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isArray());
        QCOMPARE(document.array().size(), 20);
        verifyNoToken(result);
    }

    void unknownConversationExitsFour()
    {
        const RunResult result = runWeavctl({QStringLiteral("conversations"), QStringLiteral("get"), unknownId()}, m_fixture.writeToken);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 4);
        QCOMPARE(result.out, QByteArray());
        QVERIFY(result.err.contains("(HTTP 404, RESOURCE_NOT_FOUND, request id "));
        QCOMPARE(result.err.count('\n'), 1);
    }

    void expiredTokenExitsThreeWithVerboseLog()
    {
        const RunResult result = runWeavctl({QStringLiteral("--verbose"), QStringLiteral("users"), QStringLiteral("list")}, m_fixture.expiredToken);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.out, QByteArray());
        QVERIFY(result.err.contains("weav.core.api: GET /v1/users 401"));
        verifyNoToken(result);
    }

    void closedPortExitsSix()
    {
        const RunResult result = runWeavctl({QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:1"), QStringLiteral("users"),
                                             QStringLiteral("list")},
                                            m_fixture.writeToken);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 6);
        QCOMPARE(result.out, QByteArray());
        QVERIFY(result.err.contains("GET /v1/users failed"));
    }

    void profileTokenThroughStdin()
    {
        const RunResult added = runWeavctl({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("local"), QStringLiteral("--base-url"),
                                            m_fixture.baseUrl().toString(), QStringLiteral("--token-stdin"), QStringLiteral("--file-store")},
                                           {}, m_fixture.readToken.toUtf8() + "\n");
        QVERIFY(added.finished);
        QCOMPARE(added.exitCode, 0);
        QVERIFY(added.out.contains("Saved the profile \"local\""));
        verifyNoToken(added);

        QFile settings(m_dir.filePath(QStringLiteral("config/weav-console/weav-console.conf")));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray settingsText = settings.readAll();
        QVERIFY(settingsText.contains("local"));
        QVERIFY(!settingsText.contains(m_fixture.readToken.toUtf8()));

        const RunResult used = runWeavctl({QStringLiteral("--profile"), QStringLiteral("local"), QStringLiteral("conversations"),
                                           QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")},
                                          {});
        QVERIFY(used.finished);
        QCOMPARE(used.exitCode, 0);
        QCOMPARE(used.out.count("\r\n"), 16);
        QCOMPARE(used.err, QByteArray());
        verifyNoToken(used);
    }

private:
    QTemporaryDir m_dir;
    SandboxFixture m_fixture;
};

QTEST_GUILESS_MAIN(WeavctlProcessTest)
#include "tst_weavctl_process.moc"
