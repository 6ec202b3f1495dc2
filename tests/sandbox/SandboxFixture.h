#pragma once

#include "Sandbox.h"
#include "api/Router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>

namespace weav::sandbox::test {

// A reply as a test sees it, whether it came through Sandbox::handle() or over loopback.
struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject object;
    QJsonArray data;
    QHash<QByteArray, QByteArray> headers;
    // Over loopback: the QNetworkReply error (NoError for any HTTP status).
    int networkError = 0;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString code() const { return object.value(QStringLiteral("code")).toString(); }
    QStringList fieldErrors(const QString &field) const;
};

// An in-process sandbox with two empty workspaces ("acme" and "globex") and tokens for each case:
// read+write, read-only, write-only, expired, and a read+write token of the other workspace.
class SandboxFixture
{
public:
    explicit SandboxFixture(const SandboxConfig &config = {});
    ~SandboxFixture();

    // Opens the database, creates the workspaces and tokens, and with listen=true starts the HTTP
    // server on 127.0.0.1 and an ephemeral port.
    bool start(bool listen = false);

    Sandbox &sandbox() { return *m_sandbox; }
    QUrl baseUrl() const { return m_sandbox->baseUrl(); }

    QString workspaceId;
    QString otherWorkspaceId;
    QString writeToken;
    QString readToken;
    QString writeOnlyToken;
    QString expiredToken;
    QString otherWorkspaceToken;

    // Runs the request through the pipeline without a socket.
    Reply call(const QByteArray &method, const QString &target, const QJsonObject &body = {}, const QString &token = {});
    Reply callRaw(const QByteArray &method, const QString &target, const QByteArray &body,
                  const QHash<QByteArray, QByteArray> &headers);

    // Sends the request over loopback (listen=true) and waits for the reply.
    Reply http(const QByteArray &method, const QString &target, const QByteArray &body = {},
               const QHash<QByteArray, QByteArray> &headers = {}, int timeoutMs = 10000);

    // Shortcuts that create a record through the API and return it (QFAIL-friendly: empty on error).
    QJsonObject create(const QString &path, const QJsonObject &body, const QString &token = {});

    // Inserts a row straight into the store, for records the API cannot create (users, copilot and
    // email agents, seeded phrases). id, workspace_id, created_at and updated_at are filled in when
    // missing. Returns the id.
    QString insertRow(const QString &table, QVariantMap columns);

    // Fetches every page of a list (per_page 100) and returns all items.
    QJsonArray listAll(const QString &pathWithQuery, const QString &token = {});

private:
    SandboxConfig m_config;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

// A fixed record time for tests that insert rows: 2025-11-06T17:35:34Z in ms since the epoch.
constexpr qint64 BaseTime = 1762450534000;

// A v4-shaped UUID that exists nowhere.
QString unknownId();

QString idOf(const QJsonObject &object);
// The "id" of every object, in order.
QStringList idsOf(const QJsonArray &items);
// Laravel's record timestamp form, 2025-11-06T17:35:34.000000Z.
bool isRecordTimestamp(const QJsonValue &value);
// Milliseconds since the epoch of an ISO 8601 time.
qint64 utcMs(const QString &isoTime);

// A handler's response with the webhook events it queued.
struct HandlerRun
{
    HttpResponse response;
    QList<PendingEvent> events;
};

// Runs one request through a resource's routes without the pipeline (no auth, no faults), so that
// a test can check the events a handler queues whatever webhook delivery does with them.
HandlerRun runRoute(SandboxFixture &fixture, void (*registerRoutes)(Router &), const QByteArray &method,
                    const QString &path, const QJsonObject &body = {});

} // namespace weav::sandbox::test
