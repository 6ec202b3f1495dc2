// Conformance of weav-sandbox to docs/api/weav-v1.openapi.yaml: the test seeds a database, starts
// the real weav-sandbox and Prism proxies in front of it, and sends every operation of the document
// through Prism, with valid requests and with requests that must fail. A reply fails the test when
// its status or code is not the expected one, when it did not come from the sandbox, or when Prism
// reports that it breaks the document.
// Not covered yet: HEAD requests, 405, 413, 429 (--rate-limit), 500 PROCESSING_FAILED and
// CREATION_FAILED (--error-rate), the X-RateLimit-* headers, and the webhooks of the document.

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <csignal>
#include <memory>
#include <optional>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int CommandTimeoutMs = 120 * 1000;
constexpr int StartTimeoutMs = 90 * 1000;
constexpr int RequestTimeoutMs = 30 * 1000;
constexpr int StopTimeoutMs = 5 * 1000;

// Conversations seeded into each workspace. The seed adds users, agents (one of them the copilot),
// customers, companies, messages and training items in proportion.
const QString AcmeSize = u"300"_s;
const QString GlobexSize = u"20"_s;

// An id that no workspace uses.
const QString UnknownId = u"00000000-0000-4000-8000-000000000000"_s;

// Which Prism proxy a request goes through.
enum class Gate {
    // --errors with request validation: the request must match the document, and a reply that
    // breaks it becomes Prism's own 500 error.
    Validating,
    // --errors --validate-request=false: requests that break the document on purpose still reach
    // the sandbox, and the sandbox's error reply is validated.
    Forwarding,
    // Without --errors, Prism 5.14 forwards even requests that it cannot route or that lack the
    // bearer token, which it rejects itself with --errors. Violations arrive only in the
    // sl-violations header.
    Reporting,
    // Validating, in front of a second sandbox started with --bare-pagination.
    BarePagination,
};

enum class Auth { ReadWrite, ReadOnly, Globex, Expired, Invalid, None };

// One request, addressed by a path template relative to /v1, such as /agents/{id}.
struct Call
{
    QByteArray method = "GET";
    QString path = {};
    // Values for the template's parameters, in order.
    QStringList ids = {};
    QList<std::pair<QString, QString>> query = {};
    // Sent as application/json.
    std::optional<QJsonObject> json = {};
    // Sent as is with contentType, in place of json.
    QByteArray raw = {};
    QByteArray contentType = {};
    Auth auth = Auth::ReadWrite;
    Gate gate = Gate::Validating;
    // Sent as X-Request-Id when not empty.
    QByteArray requestId = {};
};

struct Reply
{
    QByteArray method;
    QString target;
    int status = 0;
    QByteArray body;
    QJsonDocument document;
    QHash<QByteArray, QByteArray> headers;
    QString networkError;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject object() const { return document.object(); }
    QJsonArray data() const { return object().value(u"data"_s).toArray(); }
    QString code() const { return object().value(u"code"_s).toString(); }
    QString id() const { return object().value(u"id"_s).toString(); }

    // The entries of Prism's sl-violations header that concern the reply, whatever their severity.
    QJsonArray responseViolations() const
    {
        QJsonArray found;
        const QJsonArray all = QJsonDocument::fromJson(header("sl-violations")).array();
        for (const QJsonValue &violation : all) {
            if (violation[u"location"_s][0].toString() == QLatin1String("response"))
                found.append(violation);
        }
        return found;
    }

    QByteArray describe() const
    {
        QByteArray text = method + ' ' + target.toUtf8() + " -> " + QByteArray::number(status);
        if (!networkError.isEmpty())
            text += " (" + networkError.toUtf8() + ')';
        return text + ": " + body.left(800);
    }
};

// The operations of an OpenAPI document ("GET /v1/agents/{id}") and the path of its first server.
struct ApiDocument
{
    QString serverPath;
    QStringList operations;
};

qsizetype indentOf(const QString &line)
{
    qsizetype indent = 0;
    while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
        ++indent;
    return indent;
}

QString unquoted(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2 && (text.startsWith(QLatin1Char('\'')) || text.startsWith(QLatin1Char('"'))))
        text = text.mid(1, text.size() - 2);
    return text;
}

// Reads the document with a line parser that understands only block-style YAML: top-level keys at
// column 0, path keys under `paths:` and HTTP methods one level below them.
// NOTE: flow-style paths ({...}) or $ref path items would be missed; the final coverage check would
// then miss those operations too.
ApiDocument readApiDocument(const QString &fileName)
{
    ApiDocument document;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return document;

    static const QRegularExpression serverUrl(u"^\\s*-?\\s*url:\\s*(\\S+)\\s*$"_s);
    static const QRegularExpression pathKey(u"^\\s+(['\"]?/[^:'\"]*['\"]?):\\s*$"_s);
    static const QRegularExpression methodKey(u"^\\s+(get|put|post|delete|patch|head|options|trace):\\s*$"_s);

    QString section;
    bool serverFound = false;
    QString currentPath;
    qsizetype pathIndent = -1;
    qsizetype methodIndent = -1;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (indentOf(line) == 0) {
            section = line.section(QLatin1Char(':'), 0, 0).trimmed();
            continue;
        }

        if (section == QLatin1String("servers")) {
            const auto match = serverUrl.match(line);
            if (match.hasMatch() && !serverFound)
                document.serverPath = QUrl(unquoted(match.captured(1))).path();
            serverFound = serverFound || match.hasMatch();
            continue;
        }
        if (section != QLatin1String("paths"))
            continue;

        const qsizetype indent = indentOf(line);
        if (pathIndent < 0)
            pathIndent = indent;
        if (indent == pathIndent) {
            const auto match = pathKey.match(line);
            currentPath = match.hasMatch() ? unquoted(match.captured(1)) : QString();
            methodIndent = -1;
            continue;
        }
        if (currentPath.isEmpty() || indent <= pathIndent)
            continue;
        if (methodIndent < 0)
            methodIndent = indent;
        if (indent != methodIndent)
            continue;
        const auto match = methodKey.match(line);
        if (match.hasMatch())
            document.operations.append(match.captured(1).toUpper() + QLatin1Char(' ') + currentPath);
    }
    if (document.serverPath.endsWith(QLatin1Char('/')))
        document.serverPath.chop(1);
    return document;
}

// Children die with the test process, so a crash or a ctest timeout leaves no server behind.
void stopWithParent(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

void stopProcess(QProcess *process)
{
    if (!process || process->state() == QProcess::NotRunning)
        return;
    process->terminate();
    if (!process->waitForFinished(StopTimeoutMs)) {
        process->kill();
        process->waitForFinished(StopTimeoutMs);
    }
}

QString fileText(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QByteArray multipartBody(const QByteArray &boundary, const QList<std::pair<QByteArray, QByteArray>> &fields,
                         const QByteArray &fileName, const QByteArray &fileType, const QByteArray &fileData)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        body += "--" + boundary + "\r\n";
        body += "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n";
        body += value + "\r\n";
    }
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n";
    body += "Content-Type: " + fileType + "\r\n\r\n";
    body += fileData + "\r\n";
    body += "--" + boundary + "--\r\n";
    return body;
}

bool isUuid(const QString &text)
{
    return !QUuid::fromString(text).isNull();
}

} // namespace

// Checks one reply and leaves the test function at the first failed check.
#define VERIFY_REPLY(...)                            \
    do {                                             \
        verifyReply(__VA_ARGS__);                    \
        if (QTest::currentTestFailed())              \
            return;                                  \
    } while (false)

class ConformanceTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void authentication();
    void requestBodies();
    void unknownRoute();
    void requestIdEcho();
    void pagination();
    void users();
    void agents();
    void copilotProtection();
    void companies();
    void customers();
    void conversationFilters();
    void conversationSorts();
    void conversationLifecycle();
    void conversationAssignment();
    void messages();
    void trainingItems();
    void trainingFile();
    void trainingUrls();
    void barePagination();

    void everyOperationExercised();
    void prismLogsHaveNoResponseViolations();

private:
    bool runSandboxCommand(const QStringList &arguments, QString *output);
    QString createToken(const QString &workspace, const QString &name, const QString &abilities,
                        const QString &expires = {});
    QUrl startSandbox(QProcess &process, const QString &name, const QString &database, const QStringList &options);
    void startPrism(Gate gate, const QString &name, const QUrl &sandboxUrl, const QStringList &options);
    QUrl waitForPrism(Gate gate);
    QString tokenFor(Auth auth) const;

    Reply send(const Call &call);
    void record(const Call &call, const Reply &reply);
    void verifyReply(const Reply &reply, int status, const QString &code = {});
    void verifyBarePage(const Reply &reply);
    void verifyFilledPage(const Reply &reply, int perPage);
    void verifyDeletion(const QString &path, const QString &id, const QJsonObject &update);

    QString firstId(const QString &path, const QList<std::pair<QString, QString>> &query = {}, Auth auth = Auth::ReadWrite);
    QJsonObject findAgent(const QString &flag);
    QString createAgent(const QString &name);
    QString createCustomer(const QString &email, const QString &companyId = {});
    QString createConversation(const QJsonObject &body);
    void createGlobexFixtures();

    QString m_sourceDir;
    QString m_prismBin;
    QString m_documentPath;
    ApiDocument m_document;
    // Put before each case's path: "/v1" when the document's paths start with it.
    QString m_pathPrefix;
    QTemporaryDir m_tempDir;
    QString m_database;

    QString m_readWriteToken;
    QString m_readOnlyToken;
    QString m_globexToken;
    QString m_expiredToken;

    QProcess m_sandbox;
    QProcess m_bareSandbox;
    QMap<Gate, std::shared_ptr<QProcess>> m_prisms;
    QMap<Gate, QString> m_prismLogs;
    QMap<Gate, QUrl> m_gateUrls;

    QNetworkAccessManager m_network;

    // Resources of the other workspace, created through the API with its token.
    struct
    {
        QString agentId;
        QString companyId;
        QString customerId;
        QString conversationId;
        QString trainingItemId;
    } m_globex;

    // Statuses seen per operation, such as "GET /v1/agents/{id}" -> {200, 404}, for replies that came
    // from the sandbox. Unknown routes are kept under their literal path.
    QMap<QString, QSet<int>> m_coverage;
    int m_casesSent = 0;
};

// --- Setup ---------------------------------------------------------------------------------------

bool ConformanceTest::runSandboxCommand(const QStringList &arguments, QString *output)
{
    QProcess process;
    stopWithParent(process);
    process.start(qEnvironmentVariable("WEAV_SANDBOX_BIN"), arguments);
    if (!process.waitForFinished(CommandTimeoutMs)) {
        process.kill();
        qWarning().noquote() << "weav-sandbox" << arguments.join(QLatin1Char(' ')) << "timed out";
        return false;
    }

    const QString standardError = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << "weav-sandbox" << arguments.join(QLatin1Char(' ')) << "failed with exit code"
                             << process.exitCode() << standardError;
        return false;
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    return true;
}

QString ConformanceTest::createToken(const QString &workspace, const QString &name, const QString &abilities,
                                     const QString &expires)
{
    QStringList arguments{u"token"_s, u"create"_s, u"--data"_s, m_database, u"--workspace"_s, workspace,
                          u"--name"_s, name, u"--abilities"_s, abilities};
    if (!expires.isEmpty())
        arguments << u"--expires"_s << expires;

    QString token;
    return runSandboxCommand(arguments, &token) ? token : QString();
}

QUrl ConformanceTest::startSandbox(QProcess &process, const QString &name, const QString &database,
                                   const QStringList &options)
{
    stopWithParent(process);
    process.setStandardErrorFile(m_tempDir.filePath(name + u".log"_s));
    QStringList arguments{u"serve"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s, u"--data"_s, database,
                          u"--exit-after"_s, u"900"_s, u"--url-processing-ms"_s, u"100"_s};
    arguments += options;
    process.start(qEnvironmentVariable("WEAV_SANDBOX_BIN"), arguments);

    static const QRegularExpression listening(u"listening on (http://127\\.0\\.0\\.1:\\d+)"_s);
    QElapsedTimer timer;
    timer.start();
    QString output;
    while (timer.elapsed() < StartTimeoutMs && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(200);
        output += QString::fromUtf8(process.readAllStandardOutput());
        const auto match = listening.match(output);
        if (match.hasMatch())
            return QUrl(match.captured(1));
    }
    qWarning().noquote() << name << "did not start:" << output << fileText(m_tempDir.filePath(name + u".log"_s));
    return {};
}

void ConformanceTest::startPrism(Gate gate, const QString &name, const QUrl &sandboxUrl, const QStringList &options)
{
    auto process = std::make_shared<QProcess>();
    stopWithParent(*process);
    const QString log = m_tempDir.filePath(name + u".log"_s);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardOutputFile(log);

    // Prism appends the request path to the upstream path, so the upstream carries the server path
    // (/v1) whenever the document's paths are relative to it.
    QUrl upstream = sandboxUrl;
    upstream.setPath(m_document.serverPath);

    QStringList arguments{u"proxy"_s, m_documentPath, upstream.toString(), u"--host"_s, u"127.0.0.1"_s,
                          u"--port"_s, u"0"_s};
    arguments += options;
    process->start(m_prismBin, arguments);
    m_prisms.insert(gate, process);
    m_prismLogs.insert(gate, log);
}

QUrl ConformanceTest::waitForPrism(Gate gate)
{
    static const QRegularExpression listening(u"Prism is listening on (http://127\\.0\\.0\\.1:\\d+)"_s);
    const std::shared_ptr<QProcess> process = m_prisms.value(gate);
    const QString log = m_prismLogs.value(gate);

    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < StartTimeoutMs && process->state() != QProcess::NotRunning) {
        const auto match = listening.match(fileText(log));
        if (match.hasMatch())
            return QUrl(match.captured(1));
        QTest::qWait(200);
    }
    qWarning().noquote() << "Prism did not start:" << fileText(log);
    return {};
}

void ConformanceTest::initTestCase()
{
    m_sourceDir = qEnvironmentVariable("WEAV_SOURCE_DIR");
    QVERIFY2(!m_sourceDir.isEmpty(), "WEAV_SOURCE_DIR is not set; run the test through ctest");
    QVERIFY2(QFileInfo(qEnvironmentVariable("WEAV_SANDBOX_BIN")).isExecutable(),
             "WEAV_SANDBOX_BIN is not an executable; run the test through ctest");

    QVERIFY2(!QStandardPaths::findExecutable(u"node"_s).isEmpty(), "node is not installed: run scripts/bootstrap");
    m_prismBin = m_sourceDir + u"/tools/npm/node_modules/.bin/prism"_s;
    QVERIFY2(QFileInfo(m_prismBin).isExecutable(),
             qPrintable(u"Prism is not installed at %1: run scripts/bootstrap to install the pinned npm tools"_s.arg(m_prismBin)));

    m_documentPath = m_sourceDir + u"/docs/api/weav-v1.openapi.yaml"_s;
    m_document = readApiDocument(m_documentPath);
    QVERIFY2(!m_document.operations.isEmpty(), qPrintable(u"no operations found in %1"_s.arg(m_documentPath)));

    // The cases use paths relative to /v1, and the document puts /v1 either in its server URL or in
    // its paths.
    const QString apiBase = u"/v1"_s;
    QVERIFY2(apiBase.startsWith(m_document.serverPath),
             qPrintable(u"the first server URL of the document has the path \"%1\"; expected /v1 or none"_s.arg(m_document.serverPath)));
    m_pathPrefix = apiBase.mid(m_document.serverPath.size());
    for (const QString &operation : std::as_const(m_document.operations))
        QVERIFY2(operation.section(QLatin1Char(' '), 1).startsWith(m_pathPrefix + QLatin1Char('/')), qPrintable(operation));
    QVERIFY(m_tempDir.isValid());

    m_database = m_tempDir.filePath(u"sandbox.sqlite"_s);
    QVERIFY(runSandboxCommand({u"seed"_s, u"--data"_s, m_database, u"--workspace"_s, u"acme"_s, u"--size"_s, AcmeSize}, nullptr));
    QVERIFY(runSandboxCommand({u"seed"_s, u"--data"_s, m_database, u"--workspace"_s, u"globex"_s, u"--size"_s, GlobexSize}, nullptr));

    m_readWriteToken = createToken(u"acme"_s, u"conformance read-write"_s, u"read,write"_s);
    m_readOnlyToken = createToken(u"acme"_s, u"conformance read-only"_s, u"read"_s);
    m_globexToken = createToken(u"globex"_s, u"conformance globex"_s, u"read,write"_s);
    m_expiredToken = createToken(u"acme"_s, u"conformance expired"_s, u"read,write"_s, u"2020-01-01T00:00:00Z"_s);
    QVERIFY(!m_readWriteToken.isEmpty());
    QVERIFY(!m_readOnlyToken.isEmpty());
    QVERIFY(!m_globexToken.isEmpty());
    QVERIFY(!m_expiredToken.isEmpty());

    // The bare-pagination sandbox reads a copy, so the two processes never write one file.
    const QString bareDatabase = m_tempDir.filePath(u"bare.sqlite"_s);
    QVERIFY(QFile::copy(m_database, bareDatabase));

    const QUrl sandboxUrl = startSandbox(m_sandbox, u"sandbox"_s, m_database, {});
    QVERIFY2(sandboxUrl.isValid(), "weav-sandbox serve did not print its address");
    const QUrl bareUrl = startSandbox(m_bareSandbox, u"sandbox-bare"_s, bareDatabase, {u"--bare-pagination"_s});
    QVERIFY2(bareUrl.isValid(), "weav-sandbox serve --bare-pagination did not print its address");

    const QStringList noRequestValidation{u"--validate-request=false"_s};
    startPrism(Gate::Validating, u"prism-validating"_s, sandboxUrl, {u"--errors"_s});
    startPrism(Gate::Forwarding, u"prism-forwarding"_s, sandboxUrl, {u"--errors"_s, u"--validate-request=false"_s});
    startPrism(Gate::Reporting, u"prism-reporting"_s, sandboxUrl, noRequestValidation);
    startPrism(Gate::BarePagination, u"prism-bare"_s, bareUrl, {u"--errors"_s});
    for (const Gate gate : {Gate::Validating, Gate::Forwarding, Gate::Reporting, Gate::BarePagination}) {
        const QUrl url = waitForPrism(gate);
        QVERIFY2(url.isValid(), "Prism did not start; its output is above");
        m_gateUrls.insert(gate, url);
    }

    m_network.setProxy(QNetworkProxy::NoProxy);
    qInfo().noquote() << "document:" << m_document.operations.size() << "operations, server path"
                      << (m_document.serverPath.isEmpty() ? u"/"_s : m_document.serverPath);

    createGlobexFixtures();
}

void ConformanceTest::cleanupTestCase()
{
    for (const auto &process : std::as_const(m_prisms))
        stopProcess(process.get());
    stopProcess(&m_sandbox);
    stopProcess(&m_bareSandbox);
    qInfo().noquote() << "conformance cases sent:" << m_casesSent;
}

// --- Requests ------------------------------------------------------------------------------------

QString ConformanceTest::tokenFor(Auth auth) const
{
    switch (auth) {
    case Auth::ReadWrite:
        return m_readWriteToken;
    case Auth::ReadOnly:
        return m_readOnlyToken;
    case Auth::Globex:
        return m_globexToken;
    case Auth::Expired:
        return m_expiredToken;
    case Auth::Invalid:
        return u"weav_not_a_real_token"_s;
    case Auth::None:
        break;
    }
    return {};
}

Reply ConformanceTest::send(const Call &call)
{
    QString path = call.path;
    for (const QString &id : call.ids) {
        static const QRegularExpression parameter(u"\\{[^}]+\\}"_s);
        const auto match = parameter.match(path);
        if (match.hasMatch())
            path.replace(match.capturedStart(), match.capturedLength(), QString::fromUtf8(QUrl::toPercentEncoding(id)));
    }

    QUrl url = m_gateUrls.value(call.gate);
    url.setPath(m_pathPrefix + path);
    QUrlQuery query;
    for (const auto &[name, value] : call.query)
        query.addQueryItem(QString::fromUtf8(QUrl::toPercentEncoding(name)), QString::fromUtf8(QUrl::toPercentEncoding(value)));
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setTransferTimeout(RequestTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const QString token = tokenFor(call.auth);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!call.requestId.isEmpty())
        request.setRawHeader("X-Request-Id", call.requestId);

    QByteArray body = call.raw;
    QByteArray contentType = call.contentType;
    if (call.json) {
        body = QJsonDocument(*call.json).toJson(QJsonDocument::Compact);
        contentType = "application/json";
    }
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);

    QNetworkReply *networkReply = body.isEmpty() ? m_network.sendCustomRequest(request, call.method)
                                                 : m_network.sendCustomRequest(request, call.method, body);
    if (!QTest::qWaitFor([networkReply] { return networkReply->isFinished(); }, RequestTimeoutMs + 1000))
        qWarning().noquote() << call.method << url.toString() << "timed out";

    Reply reply;
    reply.method = call.method;
    reply.target = url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    reply.status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply.body = networkReply->readAll();
    reply.document = QJsonDocument::fromJson(reply.body);
    for (const auto &[name, value] : networkReply->rawHeaderPairs())
        reply.headers.insert(name.toLower(), value);
    if (reply.status == 0)
        reply.networkError = networkReply->isFinished() ? networkReply->errorString() : u"no reply"_s;
    networkReply->abort();
    networkReply->deleteLater();

    ++m_casesSent;
    record(call, reply);
    return reply;
}

void ConformanceTest::record(const Call &call, const Reply &reply)
{
    if (reply.header("x-request-id").isEmpty())
        return;
    m_coverage[QString::fromLatin1(call.method) + QLatin1Char(' ') + m_pathPrefix + call.path].insert(reply.status);
}

void ConformanceTest::verifyReply(const Reply &reply, int status, const QString &code)
{
    QVERIFY2(reply.status != 0, qPrintable(u"no reply from Prism: "_s + QString::fromUtf8(reply.describe())));

    const QJsonArray violations = reply.responseViolations();
    QVERIFY2(violations.isEmpty(),
             qPrintable(u"Prism reports that the reply breaks the document: %1\n%2"_s.arg(
                 QString::fromUtf8(QJsonDocument(violations).toJson(QJsonDocument::Compact)),
                 QString::fromUtf8(reply.describe()))));

    QVERIFY2(!reply.header("x-request-id").isEmpty(),
             qPrintable(u"Prism replied itself instead of forwarding to the sandbox (a request the document rejects, or a route it lacks): "_s + QString::fromUtf8(reply.describe())));
    QVERIFY2(reply.header("server").startsWith("weav-sandbox/"),
             qPrintable(u"the reply has no weav-sandbox Server header: "_s + QString::fromUtf8(reply.describe())));

    QVERIFY2(reply.status == status,
             qPrintable(u"expected status %1: %2"_s.arg(status).arg(QString::fromUtf8(reply.describe()))));
    QVERIFY2(reply.code() == code,
             qPrintable(u"expected code \"%1\": %2"_s.arg(code, QString::fromUtf8(reply.describe()))));
}

void ConformanceTest::verifyBarePage(const Reply &reply)
{
    QVERIFY2(reply.object().value(u"data"_s).isArray(), reply.describe().constData());
    QVERIFY2(reply.object().value(u"links"_s).isObject(), reply.describe().constData());
    QVERIFY2(reply.object().value(u"links"_s).toObject().isEmpty(), reply.describe().constData());
    QVERIFY2(reply.object().value(u"meta"_s).isObject(), reply.describe().constData());
    QVERIFY2(reply.object().value(u"meta"_s).toObject().isEmpty(), reply.describe().constData());
}

void ConformanceTest::verifyFilledPage(const Reply &reply, int perPage)
{
    const QJsonObject meta = reply.object().value(u"meta"_s).toObject();
    QVERIFY2(reply.data().size() <= perPage, reply.describe().constData());
    QVERIFY2(meta.value(u"per_page"_s).toInt() == perPage, reply.describe().constData());
    QVERIFY2(meta.contains(u"total"_s), reply.describe().constData());
    QVERIFY2(reply.object().value(u"links"_s).toObject().contains(u"next"_s), reply.describe().constData());
}

// Deletes the resource, then checks that GET, PUT and a second DELETE find nothing.
void ConformanceTest::verifyDeletion(const QString &path, const QString &id, const QJsonObject &update)
{
    Reply reply = send({.method = "DELETE", .path = path, .ids = {id}});
    VERIFY_REPLY(reply, 204);
    QVERIFY2(reply.body.isEmpty(), reply.describe().constData());

    reply = send({.path = path, .ids = {id}});
    VERIFY_REPLY(reply, 404, u"RESOURCE_NOT_FOUND"_s);

    reply = send({.method = "PUT", .path = path, .ids = {id}, .json = update});
    VERIFY_REPLY(reply, 404, u"RESOURCE_NOT_FOUND"_s);

    reply = send({.method = "DELETE", .path = path, .ids = {id}});
    VERIFY_REPLY(reply, 404, u"RESOURCE_NOT_FOUND"_s);
}

// --- Fixtures ------------------------------------------------------------------------------------

QString ConformanceTest::firstId(const QString &path, const QList<std::pair<QString, QString>> &query, Auth auth)
{
    const Reply reply = send({.path = path, .query = query, .auth = auth});
    return reply.status == 200 ? reply.data().at(0)[u"id"_s].toString() : QString();
}

// The first agent of the workspace whose boolean `flag` is true and that is active.
QJsonObject ConformanceTest::findAgent(const QString &flag)
{
    for (int page = 1; page <= 10; ++page) {
        const Reply reply = send({.path = u"/agents"_s, .query = {{u"per_page"_s, u"100"_s}, {u"page"_s, QString::number(page)}}});
        if (reply.status != 200 || reply.data().isEmpty())
            break;
        for (const QJsonValue &agent : reply.data()) {
            if (agent[flag].toBool() && agent[u"is_active"_s].toBool())
                return agent.toObject();
        }
    }
    return {};
}

QString ConformanceTest::createAgent(const QString &name)
{
    const Reply reply = send({.method = "POST", .path = u"/agents"_s, .json = QJsonObject{{u"name"_s, name}}});
    return reply.status == 201 ? reply.id() : QString();
}

QString ConformanceTest::createCustomer(const QString &email, const QString &companyId)
{
    QJsonObject body{{u"email"_s, email}, {u"first_name"_s, u"Ada"_s}, {u"last_name"_s, u"Lovelace"_s}};
    if (!companyId.isEmpty())
        body.insert(u"company_id"_s, companyId);
    const Reply reply = send({.method = "POST", .path = u"/customers"_s, .json = body});
    return reply.status == 201 ? reply.id() : QString();
}

QString ConformanceTest::createConversation(const QJsonObject &body)
{
    const Reply reply = send({.method = "POST", .path = u"/conversations"_s, .json = body});
    return reply.status == 201 ? reply.id() : QString();
}

// Creates the fixtures through the reporting proxy, so a reply that breaks the document still yields
// its id. Such a violation fails the cases of that operation and prismLogsHaveNoResponseViolations.
void ConformanceTest::createGlobexFixtures()
{
    const auto create = [this](const QString &path, const QJsonObject &body) {
        const Reply reply = send({.method = "POST", .path = path, .json = body, .auth = Auth::Globex, .gate = Gate::Reporting});
        if (reply.status != 201)
            qWarning().noquote() << "could not create a globex fixture:" << reply.describe();
        return reply.id();
    };

    m_globex.agentId = create(u"/agents"_s, {{u"name"_s, u"Globex helper"_s}});
    m_globex.companyId = create(u"/companies"_s, {{u"name"_s, u"Globex Corporation"_s}});
    m_globex.customerId = create(u"/customers"_s, {{u"email"_s, u"hank.scorpio@globex.example"_s}});
    m_globex.conversationId = create(u"/conversations"_s, {{u"channel"_s, u"email"_s}, {u"customer_id"_s, m_globex.customerId}});
    m_globex.trainingItemId = create(u"/training-data"_s, {{u"type"_s, u"qa"_s}, {u"question"_s, u"Who runs Globex?"_s},
                                                           {u"answer"_s, u"Hank Scorpio."_s}});
}

// --- Cross-cutting -------------------------------------------------------------------------------

void ConformanceTest::authentication()
{
    Reply reply = send({.path = u"/conversations"_s, .auth = Auth::None, .gate = Gate::Reporting});
    VERIFY_REPLY(reply, 401, u"UNAUTHENTICATED"_s);

    reply = send({.method = "POST", .path = u"/companies"_s, .json = QJsonObject{{u"name"_s, u"Initech"_s}},
                  .auth = Auth::None, .gate = Gate::Reporting});
    VERIFY_REPLY(reply, 401, u"UNAUTHENTICATED"_s);

    reply = send({.path = u"/conversations"_s, .auth = Auth::Expired});
    VERIFY_REPLY(reply, 401, u"UNAUTHENTICATED"_s);

    reply = send({.path = u"/agents"_s, .auth = Auth::Invalid});
    VERIFY_REPLY(reply, 401, u"UNAUTHENTICATED"_s);

    reply = send({.path = u"/customers"_s, .auth = Auth::ReadOnly});
    VERIFY_REPLY(reply, 200);

    reply = send({.method = "POST", .path = u"/companies"_s, .json = QJsonObject{{u"name"_s, u"Initech"_s}},
                  .auth = Auth::ReadOnly});
    VERIFY_REPLY(reply, 403, u"INSUFFICIENT_TOKEN_ABILITY"_s);
}

void ConformanceTest::requestBodies()
{
    const QByteArray malformed = R"({"name": "Initech", )";

    // Prism 5.14 rejects a malformed application/json body itself (400 invalid_json) before it
    // forwards anything. Prism reads a +json type outside application/ as text and forwards it as
    // is, and the sandbox still parses it as JSON.
    Reply reply = send({.method = "POST", .path = u"/companies"_s, .raw = malformed,
                        .contentType = "text/vnd.weav+json", .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 400);

    reply = send({.method = "POST", .path = u"/companies"_s, .raw = "[\"Initech\"]", .contentType = "application/json",
                  .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 400);

    reply = send({.method = "POST", .path = u"/customers"_s, .raw = "email=ada@example.com",
                  .contentType = "application/x-www-form-urlencoded", .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 415);

    // The path id is checked before the body, so an id that is not a UUID wins over the content type.
    reply = send({.method = "PUT", .path = u"/companies/{id}"_s, .ids = {u"initech"_s}, .raw = "name: Initech",
                  .contentType = "text/plain", .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 404, u"RESOURCE_NOT_FOUND"_s);

    reply = send({.method = "PUT", .path = u"/companies/{id}"_s, .ids = {UnknownId}, .raw = "name: Initech",
                  .contentType = "text/plain", .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 415);
}

void ConformanceTest::unknownRoute()
{
    // No operation of the document matches, so Prism has nothing to validate the reply against:
    // the checks here are the sandbox's own.
    Reply reply = send({.path = u"/no-such-resource"_s, .gate = Gate::Reporting});
    VERIFY_REPLY(reply, 404);
    QVERIFY2(reply.object().value(u"error"_s).isString(), reply.describe().constData());
    QVERIFY2(!reply.object().contains(u"code"_s), reply.describe().constData());

    reply = send({.path = u"/conversations/{id}/attachments"_s, .ids = {UnknownId}, .gate = Gate::Reporting});
    VERIFY_REPLY(reply, 404);
}

void ConformanceTest::requestIdEcho()
{
    Reply reply = send({.path = u"/agents"_s, .requestId = "conformance-echo.1"});
    VERIFY_REPLY(reply, 200);
    QCOMPARE(reply.header("x-request-id"), QByteArray("conformance-echo.1"));

    reply = send({.path = u"/agents/{id}"_s, .ids = {UnknownId}, .requestId = "conformance:echo-2"});
    VERIFY_REPLY(reply, 404, u"RESOURCE_NOT_FOUND"_s);
    QCOMPARE(reply.header("x-request-id"), QByteArray("conformance:echo-2"));

    // Characters outside A-Z a-z 0-9 . _ : - make the server replace the id with a new UUID.
    reply = send({.path = u"/agents"_s, .gate = Gate::Forwarding, .requestId = "not allowed!"});
    VERIFY_REPLY(reply, 200);
    QVERIFY2(isUuid(QString::fromLatin1(reply.header("x-request-id"))), reply.header("x-request-id").constData());
}

void ConformanceTest::pagination()
{
    Reply reply = send({.path = u"/customers"_s, .query = {{u"per_page"_s, u"2"_s}}});
    VERIFY_REPLY(reply, 200);
    verifyFilledPage(reply, 2);

    reply = send({.path = u"/customers"_s, .query = {{u"per_page"_s, u"2"_s}, {u"page"_s, u"2"_s}}});
    VERIFY_REPLY(reply, 200);
    QCOMPARE(reply.object()[u"meta"_s][u"current_page"_s].toInt(), 2);

    reply = send({.path = u"/customers"_s, .query = {{u"per_page"_s, u"100"_s}, {u"page"_s, u"100000"_s}}});
    VERIFY_REPLY(reply, 200);
    QVERIFY2(reply.data().isEmpty(), reply.describe().constData());

    reply = send({.path = u"/customers"_s, .query = {{u"per_page"_s, u"500"_s}}, .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);
    QVERIFY2(reply.object().value(u"message"_s).isString(), reply.describe().constData());
    QVERIFY2(reply.object().value(u"errors"_s)[u"per_page"_s].isArray(), reply.describe().constData());

    reply = send({.path = u"/customers"_s, .query = {{u"page"_s, u"0"_s}}, .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);

    reply = send({.path = u"/customers"_s, .query = {{u"per_page"_s, u"ten"_s}}, .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);
}

// --- Users ---------------------------------------------------------------------------------------

void ConformanceTest::users()
{
    Reply reply = send({.path = u"/users"_s});
    VERIFY_REPLY(reply, 200);
    QVERIFY2(!reply.data().isEmpty(), "the seed created no users in acme");
    const QJsonObject user = reply.data().at(0).toObject();

    reply = send({.path = u"/users"_s, .query = {{u"q"_s, user.value(u"name"_s).toString().left(4)}}});
    VERIFY_REPLY(reply, 200);
    QVERIFY2(!reply.data().isEmpty(), reply.describe().constData());

    for (const QString &role : {u"admin"_s, u"lead"_s, u"agent"_s}) {
        reply = send({.path = u"/users"_s, .query = {{u"role"_s, role}}});
        VERIFY_REPLY(reply, 200);
    }

    reply = send({.path = u"/users"_s, .query = {{u"role"_s, u"owner"_s}}, .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);

    reply = send({.path = u"/users"_s, .query = {{u"per_page"_s, u"1"_s}, {u"page"_s, u"2"_s}}});
    VERIFY_REPLY(reply, 200);

    reply = send({.path = u"/users/{id}"_s, .ids = {user.value(u"id"_s).toString()}});
    VERIFY_REPLY(reply, 200);
    QCOMPARE(reply.id(), user.value(u"id"_s).toString());

    reply = send({.path = u"/users/{id}"_s, .ids = {UnknownId}});
    VERIFY_REPLY(reply, 404, u"RESOURCE_NOT_FOUND"_s);

    const QString globexUser = firstId(u"/users"_s, {}, Auth::Globex);
    QVERIFY2(!globexUser.isEmpty(), "the seed created no users in globex");
    reply = send({.path = u"/users/{id}"_s, .ids = {globexUser}});
    VERIFY_REPLY(reply, 404, u"RESOURCE_NOT_FOUND"_s);

    reply = send({.path = u"/users/{id}"_s, .ids = {u"not-a-uuid"_s}, .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 404, u"RESOURCE_NOT_FOUND"_s);
}

// --- Agents --------------------------------------------------------------------------------------

void ConformanceTest::agents()
{
    Reply reply = send({.path = u"/agents"_s});
    VERIFY_REPLY(reply, 200);

    reply = send({.path = u"/agents"_s, .query = {{u"per_page"_s, u"1"_s}, {u"page"_s, u"2"_s}}});
    VERIFY_REPLY(reply, 200);

    for (const auto &filter : QList<std::pair<QString, QString>>{
             {u"is_active"_s, u"true"_s}, {u"is_active"_s, u"false"_s}, {u"q"_s, u"copilot"_s}}) {
        reply = send({.path = u"/agents"_s, .query = {filter}});
        VERIFY_REPLY(reply, 200);
    }

    reply = send({.path = u"/agents"_s, .query = {{u"is_active"_s, u"sometimes"_s}}, .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);

    const QJsonObject agent{
        {u"name"_s, u"Billing helper"_s},
        {u"description"_s, u"Answers invoice and refund questions."_s},
        {u"avatar_url"_s, u"https://cdn.example.com/avatars/billing.png"_s},
        {u"max_messages_per_session"_s, 40},
        {u"tone"_s, u"Warm"_s},
        {u"response_length"_s, u"Short"_s},
        {u"is_active"_s, true},
    };
    reply = send({.method = "POST", .path = u"/agents"_s, .json = agent});
    VERIFY_REPLY(reply, 201);
    const QString agentId = reply.id();
    QVERIFY2(isUuid(agentId), reply.describe().constData());

    reply = send({.method = "POST", .path = u"/agents"_s, .json = QJsonObject{{u"name"_s, u"Minimal"_s}}});
    VERIFY_REPLY(reply, 201);

    reply = send({.path = u"/agents/{id}"_s, .ids = {agentId}});
    VERIFY_REPLY(reply, 200);

    reply = send({.method = "PUT", .path = u"/agents/{id}"_s, .ids = {agentId},
                  .json = QJsonObject{{u"tone"_s, u"Direct"_s}, {u"description"_s, QJsonValue::Null}}});
    VERIFY_REPLY(reply, 200);
    QCOMPARE(reply.object().value(u"tone"_s).toString(), u"Direct"_s);

    reply = send({.method = "PUT", .path = u"/agents/{id}"_s, .ids = {agentId}, .json = QJsonObject{{u"is_active"_s, false}}});
    VERIFY_REPLY(reply, 200);

    reply = send({.method = "POST", .path = u"/agents"_s, .json = QJsonObject{{u"tone"_s, u"Warm"_s}}, .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);
    QVERIFY2(reply.object().value(u"errors"_s).toObject().contains(u"name"_s), reply.describe().constData());

    reply = send({.method = "POST", .path = u"/agents"_s,
                  .json = QJsonObject{{u"name"_s, u"Chatty"_s}, {u"max_messages_per_session"_s, 0}, {u"avatar_url"_s, u"not a url"_s}},
                  .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);

    reply = send({.method = "PUT", .path = u"/agents/{id}"_s, .ids = {agentId},
                  .json = QJsonObject{{u"max_messages_per_session"_s, 5000}}, .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);

    reply = send({.method = "DELETE", .path = u"/agents/{id}"_s, .ids = {agentId}, .auth = Auth::ReadOnly});
    VERIFY_REPLY(reply, 403, u"INSUFFICIENT_TOKEN_ABILITY"_s);

    verifyDeletion(u"/agents/{id}"_s, agentId, {{u"tone"_s, u"Warm"_s}});
    if (QTest::currentTestFailed())
        return;

    reply = send({.path = u"/agents/{id}"_s, .ids = {m_globex.agentId}});
    VERIFY_REPLY(reply, 404, u"RESOURCE_NOT_FOUND"_s);
}

void ConformanceTest::copilotProtection()
{
    const QJsonObject copilot = findAgent(u"is_copilot"_s);
    QVERIFY2(!copilot.isEmpty(), "GET /agents lists no active agent with is_copilot true; the seed should create one");
    const QString copilotId = copilot.value(u"id"_s).toString();

    Reply reply = send({.method = "DELETE", .path = u"/agents/{id}"_s, .ids = {copilotId}});
    VERIFY_REPLY(reply, 403, u"FORBIDDEN"_s);

    reply = send({.method = "PUT", .path = u"/agents/{id}"_s, .ids = {copilotId}, .json = QJsonObject{{u"is_active"_s, false}}});
    VERIFY_REPLY(reply, 403, u"FORBIDDEN"_s);

    reply = send({.method = "PUT", .path = u"/agents/{id}"_s, .ids = {copilotId}, .json = QJsonObject{{u"tone"_s, u"Neutral"_s}}});
    VERIFY_REPLY(reply, 200);
}

// --- Companies and customers ---------------------------------------------------------------------

void ConformanceTest::companies()
{
    Reply reply = send({.path = u"/companies"_s});
    VERIFY_REPLY(reply, 200);

    const QJsonObject company{
        {u"name"_s, u"Initech"_s}, {u"domain"_s, u"initech.example"_s}, {u"industry"_s, u"Software"_s}, {u"employee_count"_s, 120}};
    reply = send({.method = "POST", .path = u"/companies"_s, .json = company});
    VERIFY_REPLY(reply, 201);
    const QString companyId = reply.id();

    reply = send({.path = u"/companies"_s, .query = {{u"q"_s, u"initech"_s}}});
    VERIFY_REPLY(reply, 200);
    QVERIFY2(!reply.data().isEmpty(), reply.describe().constData());

    reply = send({.path = u"/companies/{id}"_s, .ids = {companyId}});
    VERIFY_REPLY(reply, 200);

    reply = send({.method = "PUT", .path = u"/companies/{id}"_s, .ids = {companyId},
                  .json = QJsonObject{{u"employee_count"_s, 150}, {u"industry"_s, QJsonValue::Null}}});
    VERIFY_REPLY(reply, 200);

    const QString customerId = createCustomer(u"peter.gibbons@initech.example"_s, companyId);
    QVERIFY2(!customerId.isEmpty(), "could not create a customer of the company");

    reply = send({.path = u"/companies/{id}/customers"_s, .ids = {companyId}});
    VERIFY_REPLY(reply, 200);
    QCOMPARE(reply.data().size(), 1);

    reply = send({.path = u"/companies/{id}/customers"_s, .ids = {companyId}, .query = {{u"page"_s, u"2"_s}}});
    VERIFY_REPLY(reply, 200);

    reply = send({.path = u"/companies/{id}/customers"_s, .ids = {UnknownId}});
    VERIFY_REPLY(reply, 404, u"RESOURCE_NOT_FOUND"_s);

    reply = send({.method = "POST", .path = u"/companies"_s, .json = QJsonObject{{u"domain"_s, u"nameless.example"_s}},
                  .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);

    reply = send({.method = "PUT", .path = u"/companies/{id}"_s, .ids = {companyId},
                  .json = QJsonObject{{u"employee_count"_s, -3}}, .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);

    verifyDeletion(u"/companies/{id}"_s, companyId, {{u"name"_s, u"Initrode"_s}});
    if (QTest::currentTestFailed())
        return;

    reply = send({.path = u"/customers/{id}"_s, .ids = {customerId}});
    VERIFY_REPLY(reply, 200);
    QVERIFY2(reply.object().value(u"company_id"_s).isNull(), reply.describe().constData());

    reply = send({.path = u"/companies/{id}"_s, .ids = {m_globex.companyId}});
    VERIFY_REPLY(reply, 404, u"RESOURCE_NOT_FOUND"_s);
}

void ConformanceTest::customers()
{
    Reply reply = send({.method = "POST", .path = u"/companies"_s, .json = QJsonObject{{u"name"_s, u"Hopper & Co"_s}}});
    VERIFY_REPLY(reply, 201);
    const QString companyId = reply.id();

    const QJsonObject customer{
        {u"email"_s, u"grace.hopper@example.com"_s}, {u"first_name"_s, u"Grace"_s}, {u"last_name"_s, u"Hopper"_s},
        {u"phone"_s, u"+1 555 0100"_s}, {u"locale"_s, u"en-US"_s}, {u"country"_s, u"United States"_s},
        {u"company_id"_s, companyId}};
    reply = send({.method = "POST", .path = u"/customers"_s, .json = customer});
    VERIFY_REPLY(reply, 201);
    const QString customerId = reply.id();

    reply = send({.method = "POST", .path = u"/customers"_s, .json = customer});
    VERIFY_REPLY(reply, 422);
    QVERIFY2(reply.object().value(u"errors"_s).toObject().contains(u"email"_s), reply.describe().constData());

    reply = send({.method = "POST", .path = u"/customers"_s, .json = QJsonObject{{u"email"_s, u"not-an-email"_s}},
                  .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);

    reply = send({.method = "POST", .path = u"/customers"_s, .json = QJsonObject{{u"first_name"_s, u"Nobody"_s}},
                  .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);

    for (const auto &filter : QList<std::pair<QString, QString>>{
             {u"q"_s, u"hopper"_s}, {u"email"_s, u"grace.hopper@example.com"_s}, {u"company_id"_s, companyId}}) {
        reply = send({.path = u"/customers"_s, .query = {filter}});
        VERIFY_REPLY(reply, 200);
        QVERIFY2(!reply.data().isEmpty(), reply.describe().constData());
    }

    reply = send({.path = u"/customers/{id}"_s, .ids = {customerId}});
    VERIFY_REPLY(reply, 200);

    reply = send({.method = "PUT", .path = u"/customers/{id}"_s, .ids = {customerId},
                  .json = QJsonObject{{u"phone"_s, u"+1 555 0199"_s}, {u"company_id"_s, QJsonValue::Null}}});
    VERIFY_REPLY(reply, 200);

    reply = send({.method = "PUT", .path = u"/customers/{id}"_s, .ids = {customerId},
                  .json = QJsonObject{{u"locale"_s, u"this-locale-is-too-long"_s}}, .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);

    QVERIFY(!createConversation({{u"channel"_s, u"email"_s}, {u"customer_id"_s, customerId}, {u"subject"_s, u"Compiler question"_s}}).isEmpty());
    reply = send({.path = u"/customers/{id}/conversations"_s, .ids = {customerId}});
    VERIFY_REPLY(reply, 200);
    QCOMPARE(reply.data().size(), 1);

    reply = send({.path = u"/customers/{id}/conversations"_s, .ids = {customerId}, .query = {{u"per_page"_s, u"1"_s}, {u"page"_s, u"3"_s}}});
    VERIFY_REPLY(reply, 200);

    reply = send({.path = u"/customers/{id}/conversations"_s, .ids = {customerId},
                  .query = {{u"status"_s, u"open"_s}, {u"channel"_s, u"email"_s}, {u"q"_s, u"compiler"_s}, {u"sort"_s, u"-last_message_at"_s}}});
    VERIFY_REPLY(reply, 200);
    QCOMPARE(reply.data().size(), 1);

    reply = send({.path = u"/customers/{id}/conversations"_s, .ids = {customerId}, .query = {{u"priority"_s, u"critical"_s}},
                  .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);

    reply = send({.path = u"/customers/{id}/conversations"_s, .ids = {UnknownId}});
    VERIFY_REPLY(reply, 404, u"RESOURCE_NOT_FOUND"_s);

    verifyDeletion(u"/customers/{id}"_s, customerId, {{u"phone"_s, u"+1 555 0100"_s}});
    if (QTest::currentTestFailed())
        return;

    const QString globexCustomer = m_globex.customerId;
    reply = send({.path = u"/customers/{id}"_s, .ids = {globexCustomer}});
    VERIFY_REPLY(reply, 404, u"RESOURCE_NOT_FOUND"_s);

    reply = send({.method = "PUT", .path = u"/customers/{id}"_s, .ids = {globexCustomer}, .json = QJsonObject{{u"phone"_s, u"0"_s}}});
    VERIFY_REPLY(reply, 404, u"RESOURCE_NOT_FOUND"_s);

    reply = send({.method = "DELETE", .path = u"/customers/{id}"_s, .ids = {globexCustomer}});
    VERIFY_REPLY(reply, 404, u"RESOURCE_NOT_FOUND"_s);
}

// --- Conversations -------------------------------------------------------------------------------

void ConformanceTest::conversationFilters()
{
    const QString customerId = createCustomer(u"filters@example.com"_s);
    QVERIFY2(!customerId.isEmpty(), "could not create a customer");

    const QList<std::pair<QString, QString>> filters{
        {u"status"_s, u"open"_s},
        {u"status"_s, u"closed"_s},
        {u"priority"_s, u"urgent"_s},
        {u"channel"_s, u"chat"_s},
        {u"channel"_s, u"email"_s},
        {u"assignee_type"_s, u"user"_s},
        {u"assignee_type"_s, u"agent"_s},
        {u"assignee_type"_s, u"none"_s},
        {u"assignee_id"_s, m_globex.agentId},
        {u"customer_id"_s, customerId},
        {u"tag"_s, u"billing"_s},
        {u"q"_s, u"refund"_s},
        {u"created_from"_s, u"2024-01-01T00:00:00Z"_s},
        {u"created_to"_s, u"2030-01-01"_s},
        {u"updated_since"_s, u"2024-06-01T12:30:00+02:00"_s},
        {u"is_spam"_s, u"true"_s},
        {u"is_spam"_s, u"false"_s},
    };
    for (const auto &filter : filters) {
        const Reply reply = send({.path = u"/conversations"_s, .query = {filter, {u"per_page"_s, u"25"_s}}});
        VERIFY_REPLY(reply, 200);
    }

    Reply reply = send({.path = u"/conversations"_s,
                        .query = {{u"status"_s, u"open"_s}, {u"channel"_s, u"email"_s}, {u"priority"_s, u"high"_s}, {u"sort"_s, u"-priority"_s}}});
    VERIFY_REPLY(reply, 200);

    const QList<std::pair<QString, QString>> invalidFilters{
        {u"status"_s, u"pending"_s},
        {u"priority"_s, u"critical"_s},
        {u"channel"_s, u"sms"_s},
        {u"assignee_type"_s, u"team"_s},
        {u"is_spam"_s, u"maybe"_s},
        {u"created_from"_s, u"last tuesday"_s},
        {u"sort"_s, u"subject"_s},
    };
    for (const auto &filter : invalidFilters) {
        reply = send({.path = u"/conversations"_s, .query = {filter}, .gate = Gate::Forwarding});
        VERIFY_REPLY(reply, 422);
        QVERIFY2(reply.object().value(u"errors"_s).toObject().contains(filter.first), reply.describe().constData());
    }
}

void ConformanceTest::conversationSorts()
{
    const QStringList sorts{u"created_at"_s, u"-created_at"_s, u"updated_at"_s, u"-updated_at"_s,
                            u"last_message_at"_s, u"-last_message_at"_s, u"priority"_s, u"-priority"_s};
    for (const QString &sort : sorts) {
        Reply reply = send({.path = u"/conversations"_s, .query = {{u"sort"_s, sort}, {u"per_page"_s, u"50"_s}}});
        VERIFY_REPLY(reply, 200);
        QVERIFY2(!reply.data().isEmpty(), "the seed created no conversations in acme");

        reply = send({.path = u"/conversations"_s, .query = {{u"sort"_s, sort}, {u"per_page"_s, u"50"_s}, {u"page"_s, u"2"_s}}});
        VERIFY_REPLY(reply, 200);
    }
}

void ConformanceTest::conversationLifecycle()
{
    const QString customerId = createCustomer(u"lifecycle@example.com"_s);
    QVERIFY2(!customerId.isEmpty(), "could not create a customer");

    const QJsonObject email{
        {u"channel"_s, u"email"_s}, {u"customer_id"_s, customerId}, {u"subject"_s, u"Refund for order 1042"_s},
        {u"status"_s, u"open"_s}, {u"priority"_s, u"high"_s}, {u"tags"_s, QJsonArray{u"billing"_s, u"refund"_s}}};
    Reply reply = send({.method = "POST", .path = u"/conversations"_s, .json = email});
    VERIFY_REPLY(reply, 201);
    const QString conversationId = reply.id();

    reply = send({.method = "POST", .path = u"/conversations"_s,
                  .json = QJsonObject{{u"channel"_s, u"chat"_s}, {u"customer_id"_s, customerId}}});
    VERIFY_REPLY(reply, 201);

    reply = send({.path = u"/conversations/{id}"_s, .ids = {conversationId}});
    VERIFY_REPLY(reply, 200);

    reply = send({.method = "PUT", .path = u"/conversations/{id}"_s, .ids = {conversationId},
                  .json = QJsonObject{{u"status"_s, u"closed"_s}, {u"priority"_s, u"low"_s}, {u"tags"_s, QJsonArray{u"vip"_s}}}});
    VERIFY_REPLY(reply, 200);
    QVERIFY2(reply.object().value(u"closed_at"_s).isString(), reply.describe().constData());

    reply = send({.method = "PUT", .path = u"/conversations/{id}"_s, .ids = {conversationId},
                  .json = QJsonObject{{u"status"_s, u"open"_s}, {u"subject"_s, QJsonValue::Null}}});
    VERIFY_REPLY(reply, 200);
    QVERIFY2(reply.object().value(u"closed_at"_s).isNull(), reply.describe().constData());

    reply = send({.method = "POST", .path = u"/conversations"_s, .json = QJsonObject{{u"customer_id"_s, customerId}},
                  .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);
    QVERIFY2(reply.object().value(u"errors"_s).toObject().contains(u"channel"_s), reply.describe().constData());

    reply = send({.method = "POST", .path = u"/conversations"_s,
                  .json = QJsonObject{{u"channel"_s, u"email"_s}, {u"customer_id"_s, customerId}, {u"priority"_s, u"critical"_s}},
                  .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);

    reply = send({.method = "PUT", .path = u"/conversations/{id}"_s, .ids = {conversationId},
                  .json = QJsonObject{{u"status"_s, u"snoozed"_s}}, .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);

    verifyDeletion(u"/conversations/{id}"_s, conversationId, {{u"status"_s, u"closed"_s}});
    if (QTest::currentTestFailed())
        return;

    const QString globexConversation = m_globex.conversationId;
    reply = send({.path = u"/conversations/{id}"_s, .ids = {globexConversation}});
    VERIFY_REPLY(reply, 404, u"RESOURCE_NOT_FOUND"_s);

    reply = send({.method = "PUT", .path = u"/conversations/{id}"_s, .ids = {globexConversation},
                  .json = QJsonObject{{u"status"_s, u"closed"_s}}});
    VERIFY_REPLY(reply, 404, u"RESOURCE_NOT_FOUND"_s);
}

void ConformanceTest::conversationAssignment()
{
    const QString customerId = createCustomer(u"assignment@example.com"_s);
    const QString userId = firstId(u"/users"_s);
    const QString globexUser = firstId(u"/users"_s, {}, Auth::Globex);
    const QJsonObject emailAgent = findAgent(u"is_email_agent"_s);
    QVERIFY2(!customerId.isEmpty(), "could not create a customer");
    QVERIFY2(!userId.isEmpty(), "the seed created no users in acme");
    QVERIFY2(!globexUser.isEmpty(), "the seed created no users in globex");
    QVERIFY2(!emailAgent.isEmpty(), "GET /agents lists no active email agent; the seed should create one");

    const QString chatAgentId = createAgent(u"Chat greeter"_s);
    QVERIFY2(!chatAgentId.isEmpty(), "could not create an agent");

    const QString emailConversation = createConversation({{u"channel"_s, u"email"_s}, {u"customer_id"_s, customerId}});
    const QString chatConversation = createConversation(
        {{u"channel"_s, u"chat"_s}, {u"customer_id"_s, customerId}, {u"agent_id"_s, chatAgentId}});
    QVERIFY(!emailConversation.isEmpty());
    QVERIFY(!chatConversation.isEmpty());

    const auto assign = [](const QString &assigneeId, const QString &assigneeType) {
        return QJsonObject{{u"assignee_id"_s, assigneeId}, {u"assignee_type"_s, assigneeType}};
    };

    Reply reply = send({.method = "PUT", .path = u"/conversations/{id}"_s, .ids = {emailConversation}, .json = assign(userId, u"user"_s)});
    VERIFY_REPLY(reply, 200);
    QCOMPARE(reply.object().value(u"assignee_id"_s).toString(), userId);

    reply = send({.method = "PUT", .path = u"/conversations/{id}"_s, .ids = {emailConversation},
                  .json = assign(emailAgent.value(u"id"_s).toString(), u"agent"_s)});
    VERIFY_REPLY(reply, 200);

    reply = send({.method = "PUT", .path = u"/conversations/{id}"_s, .ids = {chatConversation}, .json = assign(chatAgentId, u"agent"_s)});
    VERIFY_REPLY(reply, 200);

    reply = send({.method = "PUT", .path = u"/conversations/{id}"_s, .ids = {emailConversation},
                  .json = QJsonObject{{u"assignee_id"_s, QJsonValue::Null}, {u"assignee_type"_s, QJsonValue::Null}}});
    VERIFY_REPLY(reply, 200);
    QVERIFY2(reply.object().value(u"assignee_id"_s).isNull(), reply.describe().constData());

    reply = send({.method = "PUT", .path = u"/conversations/{id}"_s, .ids = {emailConversation}, .json = assign(UnknownId, u"user"_s)});
    VERIFY_REPLY(reply, 400, u"INVALID_ASSIGNEE"_s);

    reply = send({.method = "PUT", .path = u"/conversations/{id}"_s, .ids = {emailConversation}, .json = assign(globexUser, u"user"_s)});
    VERIFY_REPLY(reply, 400, u"INVALID_ASSIGNEE"_s);

    reply = send({.method = "PUT", .path = u"/conversations/{id}"_s, .ids = {emailConversation}, .json = assign(chatAgentId, u"agent"_s)});
    VERIFY_REPLY(reply, 400, u"INVALID_ASSIGNEE_TYPE"_s);

    reply = send({.method = "PUT", .path = u"/conversations/{id}"_s, .ids = {chatConversation},
                  .json = assign(emailAgent.value(u"id"_s).toString(), u"agent"_s)});
    VERIFY_REPLY(reply, 400, u"INVALID_ASSIGNEE_TYPE"_s);

    reply = send({.method = "POST", .path = u"/conversations"_s,
                  .json = QJsonObject{{u"channel"_s, u"email"_s}, {u"customer_id"_s, customerId}, {u"assignee_id"_s, UnknownId}, {u"assignee_type"_s, u"user"_s}}});
    VERIFY_REPLY(reply, 400, u"INVALID_ASSIGNEE"_s);

    reply = send({.method = "PUT", .path = u"/conversations/{id}"_s, .ids = {emailConversation},
                  .json = QJsonObject{{u"assignee_id"_s, userId}}, .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);

    reply = send({.method = "PUT", .path = u"/conversations/{id}"_s, .ids = {emailConversation},
                  .json = QJsonObject{{u"assignee_type"_s, u"user"_s}}, .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);

    reply = send({.method = "PUT", .path = u"/conversations/{id}"_s, .ids = {emailConversation},
                  .json = assign(userId, u"team"_s), .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);

    reply = send({.path = u"/conversations"_s, .query = {{u"assignee_id"_s, chatAgentId}, {u"assignee_type"_s, u"agent"_s}}});
    VERIFY_REPLY(reply, 200);
    QCOMPARE(reply.data().size(), 1);
}

// --- Messages ------------------------------------------------------------------------------------

void ConformanceTest::messages()
{
    const QString customerId = createCustomer(u"messages@example.com"_s);
    const QString otherCustomerId = createCustomer(u"someone-else@example.com"_s);
    const QString userId = firstId(u"/users"_s);
    QVERIFY2(!customerId.isEmpty(), "could not create a customer");
    QVERIFY2(!otherCustomerId.isEmpty(), "could not create a customer");
    QVERIFY2(!userId.isEmpty(), "the seed created no users in acme");
    const QString emailConversation = createConversation(
        {{u"channel"_s, u"email"_s}, {u"customer_id"_s, customerId}, {u"subject"_s, u"Where is my parcel?"_s}});
    const QString chatConversation = createConversation({{u"channel"_s, u"chat"_s}, {u"customer_id"_s, customerId}});
    QVERIFY(!emailConversation.isEmpty());
    QVERIFY(!chatConversation.isEmpty());

    Reply reply = send({.method = "POST", .path = u"/messages"_s,
                        .json = QJsonObject{{u"conversation_id"_s, emailConversation}, {u"sender_type"_s, u"customer"_s},
                                            {u"content"_s, u"My parcel has not arrived yet."_s}}});
    VERIFY_REPLY(reply, 201);
    const QString messageId = reply.id();

    reply = send({.method = "POST", .path = u"/messages"_s,
                  .json = QJsonObject{{u"conversation_id"_s, emailConversation}, {u"sender_type"_s, u"customer"_s},
                                      {u"sender_id"_s, customerId}, {u"content"_s, u"Order 1042."_s}}});
    VERIFY_REPLY(reply, 201);

    reply = send({.method = "POST", .path = u"/messages"_s,
                  .json = QJsonObject{{u"conversation_id"_s, emailConversation}, {u"sender_type"_s, u"user"_s},
                                      {u"sender_id"_s, userId}, {u"content"_s, u"It left the warehouse today."_s},
                                      {u"to"_s, QJsonArray{u"messages@example.com"_s}},
                                      {u"cc"_s, QJsonArray{u"logistics@example.com"_s}}, {u"bcc"_s, QJsonArray{}}}});
    VERIFY_REPLY(reply, 201);

    reply = send({.method = "POST", .path = u"/messages"_s,
                  .json = QJsonObject{{u"conversation_id"_s, chatConversation}, {u"sender_type"_s, u"user"_s},
                                      {u"sender_id"_s, userId}, {u"content"_s, u"Checking with the carrier."_s},
                                      {u"is_internal"_s, true}}});
    VERIFY_REPLY(reply, 201);

    reply = send({.path = u"/messages/{id}"_s, .ids = {messageId}});
    VERIFY_REPLY(reply, 200);

    reply = send({.path = u"/messages/{id}"_s, .ids = {UnknownId}});
    VERIFY_REPLY(reply, 404, u"RESOURCE_NOT_FOUND"_s);

    reply = send({.path = u"/conversations/{id}/messages"_s, .ids = {emailConversation}});
    VERIFY_REPLY(reply, 200);
    QCOMPARE(reply.data().size(), 3);

    reply = send({.path = u"/conversations/{id}/messages"_s, .ids = {emailConversation}, .query = {{u"per_page"_s, u"2"_s}, {u"page"_s, u"2"_s}}});
    VERIFY_REPLY(reply, 200);
    QCOMPARE(reply.data().size(), 1);

    reply = send({.path = u"/conversations/{id}/messages"_s, .ids = {UnknownId}});
    VERIFY_REPLY(reply, 404, u"RESOURCE_NOT_FOUND"_s);

    reply = send({.method = "POST", .path = u"/messages"_s,
                  .json = QJsonObject{{u"conversation_id"_s, emailConversation}, {u"sender_type"_s, u"user"_s},
                                      {u"sender_id"_s, UnknownId}, {u"content"_s, u"Who am I?"_s}}});
    VERIFY_REPLY(reply, 400, u"INVALID_SENDER"_s);

    reply = send({.method = "POST", .path = u"/messages"_s,
                  .json = QJsonObject{{u"conversation_id"_s, emailConversation}, {u"sender_type"_s, u"customer"_s},
                                      {u"sender_id"_s, otherCustomerId}, {u"content"_s, u"Not my conversation."_s}}});
    VERIFY_REPLY(reply, 400, u"INVALID_SENDER"_s);

    const QList<QJsonObject> invalidBodies{
        {{u"conversation_id"_s, emailConversation}, {u"sender_type"_s, u"user"_s}, {u"content"_s, u"No sender id."_s}},
        {{u"conversation_id"_s, emailConversation}, {u"sender_type"_s, u"agent"_s}, {u"content"_s, u"Agents cannot post."_s}},
        {{u"conversation_id"_s, emailConversation}, {u"sender_type"_s, u"customer"_s}},
        {{u"conversation_id"_s, emailConversation}, {u"sender_type"_s, u"customer"_s}, {u"content"_s, u"Hi"_s},
         {u"metadata"_s, QJsonObject{{u"source"_s, u"widget"_s}}}},
        {{u"conversation_id"_s, emailConversation}, {u"sender_type"_s, u"user"_s}, {u"sender_id"_s, userId},
         {u"content"_s, u"Drafted by AI."_s}, {u"is_ai_assisted"_s, true}},
        {{u"sender_type"_s, u"customer"_s}, {u"content"_s, u"No conversation."_s}},
        {{u"conversation_id"_s, chatConversation}, {u"sender_type"_s, u"user"_s}, {u"sender_id"_s, userId},
         {u"content"_s, u"Chat has no recipients."_s}, {u"to"_s, QJsonArray{u"messages@example.com"_s}}},
    };
    for (const QJsonObject &body : invalidBodies) {
        reply = send({.method = "POST", .path = u"/messages"_s, .json = body, .gate = Gate::Forwarding});
        VERIFY_REPLY(reply, 422);
    }
}

// --- Training data -------------------------------------------------------------------------------

void ConformanceTest::trainingItems()
{
    const QString agentId = createAgent(u"Trained agent"_s);
    QVERIFY2(!agentId.isEmpty(), "could not create an agent");

    Reply reply = send({.method = "POST", .path = u"/training-data"_s,
                  .json = QJsonObject{{u"type"_s, u"text"_s}, {u"title"_s, u"Refund policy"_s},
                                      {u"content"_s, u"Refunds are paid within 14 days of the return."_s},
                                      {u"agent_ids"_s, QJsonArray{agentId}}}});
    VERIFY_REPLY(reply, 201);
    const QString textId = reply.id();

    reply = send({.method = "POST", .path = u"/training-data"_s,
                  .json = QJsonObject{{u"type"_s, u"qa"_s}, {u"question"_s, u"Do you ship abroad?"_s},
                                      {u"answer"_s, u"Yes, to 40 countries."_s}}});
    VERIFY_REPLY(reply, 201);
    const QString qaId = reply.id();

    const QList<std::pair<QString, QString>> filters{
        {u"type"_s, u"text"_s}, {u"type"_s, u"qa"_s}, {u"status"_s, u"ready"_s}, {u"agent_id"_s, agentId}, {u"q"_s, u"refund"_s}};
    for (const auto &filter : filters) {
        reply = send({.path = u"/training-data"_s, .query = {filter}});
        VERIFY_REPLY(reply, 200);
        QVERIFY2(!reply.data().isEmpty(), reply.describe().constData());
    }

    reply = send({.path = u"/training-data"_s, .query = {{u"per_page"_s, u"1"_s}, {u"page"_s, u"2"_s}}});
    VERIFY_REPLY(reply, 200);

    reply = send({.path = u"/training-data"_s, .query = {{u"type"_s, u"video"_s}}, .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);

    reply = send({.path = u"/training-data/{id}"_s, .ids = {textId}});
    VERIFY_REPLY(reply, 200);

    reply = send({.method = "PUT", .path = u"/training-data/{id}"_s, .ids = {textId},
                  .json = QJsonObject{{u"title"_s, u"Refund policy (2025)"_s}, {u"content"_s, u"Refunds are paid within 10 days."_s}}});
    VERIFY_REPLY(reply, 200);

    reply = send({.method = "PUT", .path = u"/training-data/{id}"_s, .ids = {qaId},
                  .json = QJsonObject{{u"answer"_s, u"Yes, to 45 countries."_s}}});
    VERIFY_REPLY(reply, 200);

    reply = send({.method = "PUT", .path = u"/training-data/{id}"_s, .ids = {qaId},
                  .json = QJsonObject{{u"question"_s, QString(1001, QLatin1Char('?'))}}, .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);

    reply = send({.method = "POST", .path = u"/training-data/{id}/agents"_s, .ids = {qaId},
                  .json = QJsonObject{{u"agent_ids"_s, QJsonArray{agentId}}}});
    VERIFY_REPLY(reply, 200);
    QVERIFY2(reply.object().value(u"agent_ids"_s).toArray().contains(agentId), reply.describe().constData());

    reply = send({.method = "POST", .path = u"/training-data/{id}/agents"_s, .ids = {qaId},
                  .json = QJsonObject{{u"agent_ids"_s, QJsonArray{UnknownId}}}});
    VERIFY_REPLY(reply, 400, u"INVALID_AGENT"_s);

    reply = send({.method = "POST", .path = u"/training-data/{id}/agents"_s, .ids = {UnknownId},
                  .json = QJsonObject{{u"agent_ids"_s, QJsonArray{agentId}}}});
    VERIFY_REPLY(reply, 404, u"RESOURCE_NOT_FOUND"_s);

    reply = send({.method = "POST", .path = u"/training-data/{id}/agents"_s, .ids = {qaId},
                  .json = QJsonObject{{u"agent_ids"_s, QJsonArray{}}}, .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);

    reply = send({.method = "POST", .path = u"/training-data"_s,
                  .json = QJsonObject{{u"type"_s, u"url"_s}, {u"title"_s, u"Help centre"_s}, {u"source_url"_s, u"https://help.example.com/"_s}},
                  .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422, u"URL_DISCOVERY_REQUIRED"_s);

    reply = send({.method = "POST", .path = u"/training-data"_s,
                  .json = QJsonObject{{u"type"_s, u"video"_s}, {u"title"_s, u"Unboxing"_s}}, .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 400, u"INVALID_TYPE"_s);

    reply = send({.method = "POST", .path = u"/training-data"_s,
                  .json = QJsonObject{{u"type"_s, u"text"_s}, {u"title"_s, u"Orphan"_s}, {u"content"_s, u"No agent."_s},
                                      {u"agent_ids"_s, QJsonArray{UnknownId}}}});
    VERIFY_REPLY(reply, 400, u"INVALID_AGENT"_s);

    reply = send({.method = "POST", .path = u"/training-data"_s,
                  .json = QJsonObject{{u"type"_s, u"text"_s}, {u"content"_s, u"No title."_s}}, .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);

    reply = send({.method = "POST", .path = u"/training-data"_s,
                  .json = QJsonObject{{u"type"_s, u"qa"_s}, {u"question"_s, u"Missing answer?"_s}}, .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);

    reply = send({.method = "POST", .path = u"/training-data"_s, .json = QJsonObject{{u"title"_s, u"No type"_s}},
                  .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);

    verifyDeletion(u"/training-data/{id}"_s, textId, {{u"title"_s, u"Gone"_s}});
    if (QTest::currentTestFailed())
        return;

    reply = send({.path = u"/training-data/{id}"_s, .ids = {m_globex.trainingItemId}});
    VERIFY_REPLY(reply, 404, u"RESOURCE_NOT_FOUND"_s);
}

void ConformanceTest::trainingFile()
{
    const QByteArray boundary = "weav-conformance-boundary";
    const QByteArray contentType = "multipart/form-data; boundary=" + boundary;
    const QByteArray markdown = "# Returns\n\nItems can be returned within 30 days.\n";

    Reply reply = send({.method = "POST", .path = u"/training-data"_s,
                        .raw = multipartBody(boundary, {{"type", "file"}, {"title", "Returns FAQ"}}, "returns.md", "text/markdown", markdown),
                        .contentType = contentType});
    VERIFY_REPLY(reply, 201);
    QCOMPARE(reply.object().value(u"size_bytes"_s).toInt(), markdown.size());

    reply = send({.method = "POST", .path = u"/training-data"_s,
                  .raw = multipartBody(boundary, {{"type", "file"}}, "prices.csv", "text/csv", "sku,price\nA1,9.90\n"),
                  .contentType = contentType});
    VERIFY_REPLY(reply, 201);

    reply = send({.method = "POST", .path = u"/training-data"_s,
                  .raw = multipartBody(boundary, {{"type", "file"}}, "setup.exe", "application/octet-stream", "MZ"),
                  .contentType = contentType, .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);

    reply = send({.method = "POST", .path = u"/training-data"_s,
                  .json = QJsonObject{{u"type"_s, u"file"_s}, {u"title"_s, u"No upload"_s}}, .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);
}

void ConformanceTest::trainingUrls()
{
    const QString agentId = createAgent(u"Docs reader"_s);
    QVERIFY2(!agentId.isEmpty(), "could not create an agent");

    // Hosts under the reserved .invalid domain make the sandbox fail the item; other hosts succeed
    // without any network access.
    Reply reply = send({.method = "POST", .path = u"/training-data/urls/process"_s,
                  .json = QJsonObject{{u"urls"_s, QJsonArray{u"https://help.example.com/shipping"_s, u"https://gone.example.invalid/faq"_s}},
                                      {u"agent_ids"_s, QJsonArray{agentId}}}});
    VERIFY_REPLY(reply, 202);
    QCOMPARE(reply.data().size(), 2);
    const QString readyId = reply.data().at(0)[u"id"_s].toString();
    const QString failedId = reply.data().at(1)[u"id"_s].toString();

    // --url-processing-ms 100: pending for 100 ms, then processing for 100 ms.
    QString status;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000 && status != QLatin1String("failed")) {
        reply = send({.path = u"/training-data/{id}"_s, .ids = {failedId}});
        VERIFY_REPLY(reply, 200);
        status = reply.object().value(u"status"_s).toString();
        QTest::qWait(50);
    }
    QCOMPARE(status, u"failed"_s);
    QVERIFY2(reply.object().value(u"error"_s).isString(), reply.describe().constData());

    reply = send({.path = u"/training-data/{id}"_s, .ids = {readyId}});
    VERIFY_REPLY(reply, 200);
    QCOMPARE(reply.object().value(u"status"_s).toString(), u"ready"_s);

    reply = send({.path = u"/training-data"_s, .query = {{u"type"_s, u"url"_s}, {u"status"_s, u"failed"_s}}});
    VERIFY_REPLY(reply, 200);
    QVERIFY2(!reply.data().isEmpty(), reply.describe().constData());

    reply = send({.method = "POST", .path = u"/training-data/urls/process"_s,
                  .json = QJsonObject{{u"urls"_s, QJsonArray{u"ftp://files.example.com/faq.txt"_s, u"not a url"_s}}},
                  .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422, u"NO_URLS_PROVIDED"_s);

    reply = send({.method = "POST", .path = u"/training-data/urls/process"_s,
                  .json = QJsonObject{{u"urls"_s, QJsonArray{u"https://help.example.com/"_s}}, {u"agent_ids"_s, QJsonArray{UnknownId}}}});
    VERIFY_REPLY(reply, 400, u"INVALID_AGENT"_s);

    reply = send({.method = "POST", .path = u"/training-data/urls/process"_s, .json = QJsonObject{}, .gate = Gate::Forwarding});
    VERIFY_REPLY(reply, 422);
}

// --- Bare pagination -----------------------------------------------------------------------------

void ConformanceTest::barePagination()
{
    const QStringList lists{u"/users"_s, u"/agents"_s, u"/companies"_s, u"/customers"_s, u"/conversations"_s, u"/training-data"_s};
    for (const QString &path : lists) {
        const Reply reply = send({.path = path, .query = {{u"per_page"_s, u"5"_s}, {u"page"_s, u"2"_s}}, .gate = Gate::BarePagination});
        VERIFY_REPLY(reply, 200);
        verifyBarePage(reply);
        if (QTest::currentTestFailed())
            return;
    }

    const Reply conversations = send({.path = u"/conversations"_s, .gate = Gate::BarePagination});
    const Reply companies = send({.path = u"/companies"_s, .gate = Gate::BarePagination});
    const QString conversationId = conversations.data().at(0)[u"id"_s].toString();
    const QString customerId = conversations.data().at(0)[u"customer_id"_s].toString();
    const QString companyId = companies.data().at(0)[u"id"_s].toString();
    QVERIFY2(!conversationId.isEmpty(), "the seed created no conversations in acme");
    QVERIFY2(!companyId.isEmpty(), "the seed created no companies in acme");

    const QList<std::pair<QString, QString>> nested{
        {u"/companies/{id}/customers"_s, companyId},
        {u"/customers/{id}/conversations"_s, customerId},
        {u"/conversations/{id}/messages"_s, conversationId},
    };
    for (const auto &[path, id] : nested) {
        const Reply reply = send({.path = path, .ids = {id}, .gate = Gate::BarePagination});
        VERIFY_REPLY(reply, 200);
        verifyBarePage(reply);
        if (QTest::currentTestFailed())
            return;
    }
}

// --- Coverage ------------------------------------------------------------------------------------

void ConformanceTest::everyOperationExercised()
{
    QStringList missing;
    for (const QString &operation : std::as_const(m_document.operations)) {
        QList<int> statuses = m_coverage.value(operation).values();
        std::sort(statuses.begin(), statuses.end());
        QStringList text;
        for (const int status : statuses)
            text.append(QString::number(status));
        qInfo().noquote() << "coverage:" << operation.leftJustified(44) << (text.isEmpty() ? u"NOT EXERCISED"_s : text.join(u", "_s));
        if (statuses.isEmpty())
            missing.append(operation);
    }

    for (auto it = m_coverage.cbegin(); it != m_coverage.cend(); ++it) {
        if (!m_document.operations.contains(it.key()))
            qInfo().noquote() << "coverage: not in the document:" << it.key();
    }

    QVERIFY2(missing.isEmpty(), qPrintable(u"operations of the document that no case reached: "_s + missing.join(u"; "_s)));
}

void ConformanceTest::prismLogsHaveNoResponseViolations()
{
    static const QRegularExpression violation(u"Violation: response.*|Request terminated with error.*VIOLATIONS.*"_s);
    for (const Gate gate : {Gate::Validating, Gate::Forwarding, Gate::Reporting, Gate::BarePagination}) {
        const QString log = m_prismLogs.value(gate);
        QStringList found;
        auto matches = violation.globalMatch(fileText(log));
        while (matches.hasNext())
            found.append(matches.next().captured(0));
        QVERIFY2(found.isEmpty(), qPrintable(u"%1 lists response violations:\n"_s.arg(log) + found.join(QLatin1Char('\n'))));
    }
}

QTEST_GUILESS_MAIN(ConformanceTest)

#include "tst_conformance.moc"
