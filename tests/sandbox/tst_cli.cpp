// The weav-sandbox command line, run as a real process: serve, token create, usage errors, and the
// server's request log.
// Not covered here yet: seed output and sizes, --seed-workspace, --simulate-traffic and the
// webhook flags of serve, and shutdown on SIGINT.

#include "SandboxFixture.h"

#include "store/Tokens.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace weav::sandbox;
using namespace weav::sandbox::test;

namespace {

constexpr int ProcessTimeoutMs = 20000;

QString sandboxBinary()
{
    return qEnvironmentVariable("WEAV_SANDBOX_BIN");
}

// Returns the environment of every child process. It turns on the sandbox's info-level log lines,
// so that they reach stderr whatever QT_LOGGING_RULES the caller has set.
QProcessEnvironment childEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("weav.*.info=true"));
    return environment;
}

struct RunResult
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs weav-sandbox to its end, and kills it when it outlives the timeout.
RunResult runSandbox(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    process.start(sandboxBinary(), arguments);

    RunResult result;
    result.finished = process.waitForFinished(ProcessTimeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// `weav-sandbox serve --port 0 --exit-after 30` plus extra arguments, stopped on destruction.
class ServerProcess
{
public:
    ~ServerProcess() { stop(); }

    // Starts the server and reads the first stdout line. Returns false when no line came.
    bool start(const QStringList &extraArguments = {})
    {
        QStringList arguments{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                              QStringLiteral("--exit-after"), QStringLiteral("30")};
        arguments += extraArguments;
        m_process.setProcessEnvironment(childEnvironment());
        m_process.start(sandboxBinary(), arguments);
        if (!m_process.waitForStarted(ProcessTimeoutMs))
            return false;

        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(ProcessTimeoutMs))
                return false;
        }
        firstLine = QString::fromUtf8(m_process.readLine()).chopped(1);
        return true;
    }

    // The base URL announced on the first line, or an empty URL when the line has another form.
    QUrl baseUrl() const
    {
        static const QRegularExpression announcement(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)$"));
        const QRegularExpressionMatch match = announcement.match(firstLine);
        return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
    }

    // Stops the server with SIGTERM and returns everything it wrote to stderr.
    QByteArray stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(ProcessTimeoutMs)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
        m_stderr += m_process.readAllStandardError();
        return m_stderr;
    }

    QString firstLine;

private:
    QProcess m_process;
    QByteArray m_stderr;
};

// Returns a database file in dir with the workspace "acme", or an empty path when seeding failed.
QString seededDatabase(const QTemporaryDir &dir)
{
    const QString data = dir.filePath(QStringLiteral("sandbox.sqlite"));
    const RunResult result = runSandbox({QStringLiteral("seed"), QStringLiteral("--data"), data, QStringLiteral("--workspace"),
                                         QStringLiteral("acme"), QStringLiteral("--size"), QStringLiteral("0")});
    if (!result.finished || result.exitCode != 0) {
        qWarning("seed failed with exit code %d: %s", result.exitCode, result.err.constData());
        return {};
    }
    return data;
}

QStringList tokenArguments(const QString &data, const QString &abilities)
{
    return {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--data"), data, QStringLiteral("--workspace"),
            QStringLiteral("acme"), QStringLiteral("--name"), QStringLiteral("ci"), QStringLiteral("--abilities"), abilities};
}

// Creates a token with `token create` and returns its plain text, or an empty string on failure.
QString createToken(const QString &data, const QString &abilities, const QStringList &extraArguments = {})
{
    const RunResult result = runSandbox(tokenArguments(data, abilities) + extraArguments);
    if (!result.finished || result.exitCode != 0) {
        qWarning("token create failed with exit code %d: %s", result.exitCode, result.err.constData());
        return {};
    }
    return QString::fromLatin1(result.out.trimmed());
}

// A seeded database with one token, and a server on that database.
struct TokenScenario
{
    // Seeds the database, creates a token and starts the server. Returns false when a step failed.
    bool start(const QString &abilities, const QStringList &extraTokenArguments = {})
    {
        data = seededDatabase(dir);
        if (data.isEmpty())
            return false;
        token = createToken(data, abilities, extraTokenArguments);
        if (token.isEmpty())
            return false;
        return server.start({QStringLiteral("--data"), data});
    }

    QTemporaryDir dir;
    QString data;
    QString token;
    ServerProcess server;
};

struct HttpResult
{
    int status = 0;
    QByteArray requestId;
    QJsonObject object;
};

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (sandboxBinary().isEmpty())
            QSKIP("WEAV_SANDBOX_BIN is not set: run this test through ctest");
        QVERIFY2(QFileInfo(sandboxBinary()).isExecutable(), qPrintable(sandboxBinary()));
    }

    void serveAnnouncesPortOnFirstLine()
    {
        ServerProcess server;
        QVERIFY(server.start());

        QVERIFY2(server.baseUrl().isValid(), qPrintable(server.firstLine));
        QVERIFY(server.baseUrl().port() > 0);
    }

    void serveAnswersHttpOnAnnouncedPort()
    {
        ServerProcess server;
        QVERIFY(server.start());
        QVERIFY2(server.baseUrl().isValid(), qPrintable(server.firstLine));

        const HttpResult reply = send("GET", server.baseUrl(), QStringLiteral("/v1/companies"), {});

        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.object.value(QStringLiteral("code")).toString(), QStringLiteral("UNAUTHENTICATED"));
    }

    void tokenCreatePrintsOnlyTheToken()
    {
        QTemporaryDir dir;
        const QString data = seededDatabase(dir);
        QVERIFY(!data.isEmpty());

        const RunResult result = runSandbox(tokenArguments(data, QStringLiteral("read,write")));

        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.count('\n'), 1);
        QVERIFY(result.out.endsWith('\n'));
        static const QRegularExpression tokenShape(QStringLiteral("^weav_[A-Za-z0-9]+$"));
        QVERIFY2(tokenShape.match(QString::fromLatin1(result.out.trimmed())).hasMatch(), result.out.constData());
    }

    void createdTokenWorksOnServer()
    {
        TokenScenario scenario;
        QVERIFY(scenario.start(QStringLiteral("read,write")));

        const HttpResult reply = send("GET", scenario.server.baseUrl(), QStringLiteral("/v1/companies"), scenario.token);

        QCOMPARE(reply.status, 200);
    }

    void databaseHoldsNoPlainToken()
    {
        TokenScenario scenario;
        QVERIFY(scenario.start(QStringLiteral("read,write")));

        QCOMPARE(send("GET", scenario.server.baseUrl(), QStringLiteral("/v1/companies"), scenario.token).status, 200);
        scenario.server.stop();

        const QByteArray stored = fileBytes(scenario.data) + fileBytes(scenario.data + QStringLiteral("-wal"));
        QVERIFY(!stored.isEmpty());
        QVERIFY(!stored.contains(scenario.token.toLatin1()));
        // The hash is there, so the bytes read are the ones that contain the token's row.
        QVERIFY(stored.contains(tokens::hash(scenario.token).toLatin1()));
    }

    void readTokenGets403OnPost()
    {
        TokenScenario scenario;
        QVERIFY(scenario.start(QStringLiteral("read")));

        const QUrl baseUrl = scenario.server.baseUrl();
        const HttpResult post = send("POST", baseUrl, QStringLiteral("/v1/companies"), scenario.token, R"({"name":"Acme"})");
        const HttpResult get = send("GET", baseUrl, QStringLiteral("/v1/companies"), scenario.token);

        QCOMPARE(post.status, 403);
        QCOMPARE(post.object.value(QStringLiteral("code")).toString(), QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));
        QCOMPARE(get.status, 200);
    }

    void pastExpiryGets401()
    {
        TokenScenario scenario;
        QVERIFY(scenario.start(QStringLiteral("read,write"), {QStringLiteral("--expires"), QStringLiteral("2020-01-01T00:00:00Z")}));

        const HttpResult reply = send("GET", scenario.server.baseUrl(), QStringLiteral("/v1/companies"), scenario.token);

        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.object.value(QStringLiteral("code")).toString(), QStringLiteral("UNAUTHENTICATED"));
    }

    void usageErrorExitsWith2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");

        const QStringList serve{QStringLiteral("serve"), QStringLiteral("--exit-after"), QStringLiteral("30")};
        QTest::newRow("unknown verb") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
        QTest::newRow("no verb") << QStringList{} << QStringLiteral("missing command");
        QTest::newRow("port out of range") << serve + QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                                           << QStringLiteral("--port");
        QTest::newRow("port not a number") << serve + QStringList{QStringLiteral("--port"), QStringLiteral("http")}
                                           << QStringLiteral("--port");
        QTest::newRow("webhook url without secret file")
            << serve + QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--webhook-url"),
                                   QStringLiteral("http://127.0.0.1:9/hooks")}
            << QStringLiteral("--webhook-secret-file");
        QTest::newRow("error rate above 1") << serve + QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                                                   QStringLiteral("--error-rate"), QStringLiteral("1.5")}
                                            << QStringLiteral("--error-rate");
        QTest::newRow("error rate not a number") << serve + QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                                                        QStringLiteral("--error-rate"), QStringLiteral("often")}
                                                 << QStringLiteral("--error-rate");
        QTest::newRow("token create without workspace")
            << QStringList{QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--data"),
                           QStringLiteral("unused.sqlite"), QStringLiteral("--name"), QStringLiteral("ci"),
                           QStringLiteral("--abilities"), QStringLiteral("read")}
            << QStringLiteral("--workspace");
    }

    void usageErrorExitsWith2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);

        const RunResult result = runSandbox(arguments);

        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void tokenCreateForUnknownWorkspaceExits1()
    {
        QTemporaryDir dir;
        const QString data = seededDatabase(dir);
        QVERIFY(!data.isEmpty());
        QStringList arguments = tokenArguments(data, QStringLiteral("read"));
        arguments[arguments.indexOf(QStringLiteral("acme"))] = QStringLiteral("initech");

        const RunResult result = runSandbox(arguments);

        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("initech"), result.err.constData());
        QVERIFY2(result.err.contains("not found"), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void serverLogsOneLinePerRequest()
    {
        TokenScenario scenario;
        QVERIFY(scenario.start(QStringLiteral("read,write")));

        const QUrl baseUrl = scenario.server.baseUrl();
        const QString missing = QStringLiteral("/v1/companies/") + unknownId();
        const HttpResult list = send("GET", baseUrl, QStringLiteral("/v1/companies"), scenario.token);
        const HttpResult created = send("POST", baseUrl, QStringLiteral("/v1/companies"), scenario.token, R"({"name":"Acme"})");
        const HttpResult notFound = send("GET", baseUrl, missing, scenario.token);
        const QByteArray log = scenario.server.stop();

        QCOMPARE(list.status, 200);
        QCOMPARE(created.status, 201);
        QCOMPARE(notFound.status, 404);
        QVERIFY(!list.requestId.isEmpty());
        QVERIFY2(logLine(log, list.requestId).contains("GET /v1/companies 200"), log.constData());
        QVERIFY2(logLine(log, created.requestId).contains("POST /v1/companies 201"), log.constData());
        QVERIFY2(logLine(log, notFound.requestId).contains("GET " + missing.toLatin1() + " 404"), log.constData());
        QCOMPARE(log.count("request_id="), 3);
    }

    void serverLogNeverContainsToken()
    {
        TokenScenario scenario;
        QVERIFY(scenario.start(QStringLiteral("read,write")));
        const QString wrongToken = QStringLiteral("weav_wrongTokenThatMustNotBeLogged0123456789");

        const QUrl baseUrl = scenario.server.baseUrl();
        QCOMPARE(send("GET", baseUrl, QStringLiteral("/v1/companies"), scenario.token).status, 200);
        QCOMPARE(send("POST", baseUrl, QStringLiteral("/v1/companies"), scenario.token, "{").status, 400);
        QCOMPARE(send("GET", baseUrl, QStringLiteral("/v1/companies"), wrongToken).status, 401);
        const QByteArray log = scenario.server.stop();

        QCOMPARE(log.count("request_id="), 3);
        QVERIFY(!log.contains(scenario.token.toLatin1()));
        QVERIFY(!log.contains(wrongToken.toLatin1()));
    }

private:
    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Returns the one log line that names the request id, or an empty line when none or several do.
    static QByteArray logLine(const QByteArray &log, const QByteArray &requestId)
    {
        QList<QByteArray> matching;
        for (const QByteArray &line : log.split('\n')) {
            if (line.contains("request_id=" + requestId))
                matching.append(line);
        }
        return matching.size() == 1 ? matching.first() : QByteArray();
    }

    HttpResult send(const QByteArray &method, const QUrl &baseUrl, const QString &path, const QString &token,
                    const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(baseUrl.toString() + path));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", "application/json");

        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QTimer::singleShot(ProcessTimeoutMs, &loop, &QEventLoop::quit);
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();

        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.requestId = reply->rawHeader("X-Request-Id");
        result.object = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return result;
    }

    QNetworkAccessManager m_network;
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
