#include "SandboxFixture.h"

#include "store/Database.h"
#include "store/Tokens.h"

#include <QDateTime>
#include <QEventLoop>
#include <QRegularExpression>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace weav::sandbox::test {

QStringList Reply::fieldErrors(const QString &field) const
{
    QStringList messages;
    const QJsonArray array = object.value(QStringLiteral("errors")).toObject().value(field).toArray();
    for (const QJsonValue &value : array)
        messages.append(value.toString());
    return messages;
}

QString idOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("id")).toString();
}

QStringList idsOf(const QJsonArray &items)
{
    QStringList ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

bool isRecordTimestamp(const QJsonValue &value)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z$"));
    return value.isString() && pattern.match(value.toString()).hasMatch();
}

qint64 utcMs(const QString &isoTime)
{
    return QDateTime::fromString(isoTime, Qt::ISODate).toMSecsSinceEpoch();
}

HandlerRun runRoute(SandboxFixture &fixture, void (*registerRoutes)(Router &), const QByteArray &method,
                    const QString &path, const QJsonObject &body)
{
    Router router;
    registerRoutes(router);
    Services services{fixture.sandbox().database(), fixture.sandbox().config(), nullptr, {}};

    const HttpRequest request = HttpRequest::make(method, path.toUtf8());
    const Router::Match match = router.match(method, path);
    RequestContext ctx(request, services);
    ctx.params = match.params;
    ctx.workspaceId = fixture.workspaceId;
    ctx.body = body;
    return {match.route->handler(ctx), ctx.pendingEvents};
}

QString unknownId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

SandboxFixture::SandboxFixture(const SandboxConfig &config) : m_config(config)
{
    m_config.dataPath = config.dataPath.isEmpty() ? QStringLiteral(":memory:") : config.dataPath;
    m_config.port = 0;
    m_config.host = QStringLiteral("127.0.0.1");
}

SandboxFixture::~SandboxFixture()
{
    m_network.reset();
    m_sandbox.reset();
}

bool SandboxFixture::start(bool listen)
{
    m_sandbox = std::make_unique<Sandbox>(m_config);
    QString error;
    if (!m_sandbox->open(&error)) {
        qWarning("sandbox did not open: %s", qPrintable(error));
        return false;
    }

    Database &database = m_sandbox->database();
    workspaceId = workspaces::ensure(database, QStringLiteral("acme"));
    otherWorkspaceId = workspaces::ensure(database, QStringLiteral("globex"));

    auto token = [&](const QString &workspace, const QString &abilities, std::optional<qint64> expires = std::nullopt) {
        const auto created = tokens::create(database, workspace, QStringLiteral("test"), abilities, expires, &error);
        return created ? created->plainText : QString();
    };
    writeToken = token(QStringLiteral("acme"), QStringLiteral("read,write"));
    readToken = token(QStringLiteral("acme"), QStringLiteral("read"));
    writeOnlyToken = token(QStringLiteral("acme"), QStringLiteral("write"));
    expiredToken = token(QStringLiteral("acme"), QStringLiteral("read,write"), QDateTime::currentMSecsSinceEpoch() - 1000);
    otherWorkspaceToken = token(QStringLiteral("globex"), QStringLiteral("read,write"));

    if (listen) {
        if (!m_sandbox->listen(&error)) {
            qWarning("sandbox did not listen: %s", qPrintable(error));
            return false;
        }
        m_network = std::make_unique<QNetworkAccessManager>();
    }
    return !writeToken.isEmpty();
}

Reply SandboxFixture::call(const QByteArray &method, const QString &target, const QJsonObject &body, const QString &token)
{
    QHash<QByteArray, QByteArray> headers{{"authorization", "Bearer " + (token.isEmpty() ? writeToken : token).toLatin1()}};
    QByteArray payload;
    if (!body.isEmpty()) {
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        headers.insert("content-type", "application/json");
    }
    return callRaw(method, target, payload, headers);
}

Reply SandboxFixture::callRaw(const QByteArray &method, const QString &target, const QByteArray &body,
                              const QHash<QByteArray, QByteArray> &headers)
{
    const HttpResponse response = m_sandbox->handle(HttpRequest::make(method, target.toUtf8(), body, headers));

    Reply reply;
    reply.status = response.status;
    reply.body = response.body;
    for (const auto &header : response.headers)
        reply.headers.insert(header.first.toLower(), header.second);
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    reply.object = document.object();
    reply.data = reply.object.value(QStringLiteral("data")).toArray();
    if (response.dropConnection)
        reply.status = -1;
    return reply;
}

Reply SandboxFixture::http(const QByteArray &method, const QString &target, const QByteArray &body,
                           const QHash<QByteArray, QByteArray> &headers, int timeoutMs)
{
    QNetworkRequest request(QUrl(baseUrl().toString() + target));
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());

    QNetworkReply *networkReply = m_network->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(networkReply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!networkReply->isFinished())
        loop.exec();

    Reply reply;
    reply.status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply.networkError = networkReply->error();
    reply.body = networkReply->readAll();
    for (const auto &pair : networkReply->rawHeaderPairs())
        reply.headers.insert(pair.first.toLower(), pair.second);
    reply.object = QJsonDocument::fromJson(reply.body).object();
    reply.data = reply.object.value(QStringLiteral("data")).toArray();
    networkReply->deleteLater();
    return reply;
}

QJsonObject SandboxFixture::create(const QString &path, const QJsonObject &body, const QString &token)
{
    const Reply reply = call("POST", path, body, token);
    if (reply.status != 201) {
        qWarning("POST %s returned %d: %s", qPrintable(path), reply.status, reply.body.constData());
        return {};
    }
    return reply.object;
}

QString SandboxFixture::insertRow(const QString &table, QVariantMap columns)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!columns.contains(QStringLiteral("id")) && table != QLatin1String("training_item_agents"))
        columns.insert(QStringLiteral("id"), unknownId());
    if (!columns.contains(QStringLiteral("workspace_id")) && table != QLatin1String("agent_prohibited_phrases")
        && table != QLatin1String("agent_escalation_rules") && table != QLatin1String("training_item_agents"))
        columns.insert(QStringLiteral("workspace_id"), workspaceId);
    if (!columns.contains(QStringLiteral("created_at")) && table != QLatin1String("training_item_agents"))
        columns.insert(QStringLiteral("created_at"), now);
    if (!columns.contains(QStringLiteral("updated_at")) && table != QLatin1String("training_item_agents")
        && table != QLatin1String("messages"))
        columns.insert(QStringLiteral("updated_at"), now);

    QStringList names;
    QStringList marks;
    QVariantList values;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        names.append(it.key());
        marks.append(QStringLiteral("?"));
        values.append(it.value());
    }

    WriteTransaction transaction(m_sandbox->database());
    sql::exec(transaction.db(), QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
              values);
    transaction.commit();
    return columns.value(QStringLiteral("id")).toString();
}

QJsonArray SandboxFixture::listAll(const QString &pathWithQuery, const QString &token)
{
    QJsonArray all;
    const QString separator = pathWithQuery.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
    for (int page = 1; page < 100000; ++page) {
        // One arg() call, so that a %2B in the caller's query is not taken for a placeholder.
        const QString target = QStringLiteral("%1%2per_page=100&page=%3").arg(pathWithQuery, separator, QString::number(page));
        const Reply reply = call("GET", target, {}, token);
        if (reply.status != 200) {
            qWarning("GET %s returned %d: %s", qPrintable(pathWithQuery), reply.status, reply.body.constData());
            break;
        }
        for (const QJsonValue &value : reply.data)
            all.append(value);
        if (reply.data.size() < 100)
            break;
    }
    return all;
}

} // namespace weav::sandbox::test
