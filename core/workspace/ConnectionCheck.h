#pragma once

#include "api/ApiClient.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace weav::core {

// The findings of a connection check about a workspace and a token.
struct ConnectionReport
{
    enum class Ability { Unknown, Yes, No };

    bool reachable = false;
    bool authenticated = false;
    Ability canRead = Ability::Unknown;
    Ability canWrite = Ability::Unknown;
    // Round trip of the read request, or -1 when no reply came.
    qint64 latencyMs = -1;
    // The failure that stopped the check, if any.
    ApiError error;

    bool isUsable() const { return reachable && authenticated && canRead == Ability::Yes; }
    bool isReadOnly() const { return isUsable() && canWrite == Ability::No; }

    // One sentence per finding, for the connect dialog and `weavctl check`.
    QStringList findings() const;
};

// Checks a workspace without changing anything in it: a GET of one user tells whether the server
// is reachable, whether the token is valid and whether it may read; a POST of an empty customer
// tells whether it may write, because a token without external-api:write gets 403
// INSUFFICIENT_TOKEN_ABILITY before any validation and a writing token gets 422 (the e-mail is
// missing), so nothing is ever created. Neither request is retried.
class ConnectionCheck : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionCheck(ApiClient *client, QObject *parent = nullptr);

    void start();
    static ConnectionReport runAndWait(ApiClient *client);

signals:
    void finished(const weav::core::ConnectionReport &report);

private:
    void onRead(const ApiResponse &response);
    void onWrite(const ApiResponse &response);
    void finish();

    QPointer<ApiClient> m_client;
    ConnectionReport m_report;
};

} // namespace weav::core
