#pragma once

#include "api/ApiClient.h"
#include "models/NameDirectory.h"
#include "workspace/ConnectionCheck.h"
#include "workspace/Profile.h"

#include <QDateTime>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QTimer>

#include <functional>

namespace weav::core {

Q_DECLARE_LOGGING_CATEGORY(lcSession)

// The connected workspace: the profile, its API client and name directory, what the token may do,
// and the state the status bar shows (reachability, last sync, rate-limit headroom).
//
// Writes go through send(): a request that gets 401 is parked, tokenRequired() is emitted once, and
// the parked requests are sent again with the new token after renewToken(), or finish with their
// 401 after abandonParkedRequests(). While the server is unreachable, a probe request is repeated
// with growing delays until a reply comes; reachabilityChanged(true) then tells views to reload.
class Session : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResponse &response)>;

    Session(const Profile &profile, const QString &token, QObject *parent = nullptr);
    ~Session() override;

    const Profile &profile() const { return m_profile; }
    ApiClient *client() const { return m_client; }
    NameDirectory *names() const { return m_names; }

    // The built-in demo workspace, served by the in-process sandbox.
    bool isDemo() const { return m_demo; }
    void setDemo(bool demo) { m_demo = demo; }

    // The teammate that replies and notes are sent as; empty when the profile names none.
    QString teammateId() const { return m_profile.teammateId; }
    void setTeammateId(const QString &userId);

    // Abilities, from the connection check. Until a check has run, writing counts as allowed.
    void applyReport(const ConnectionReport &report);
    const ConnectionReport &report() const { return m_report; }
    bool canWrite() const { return m_canWrite; }
    // Why write controls are disabled, for their tooltips; empty when writing is allowed.
    QString readOnlyReason() const;

    bool isReachable() const { return m_reachable; }
    QDateTime lastSync() const { return m_lastSync; }
    // A list or record was read from the server now.
    void noteSynced();
    int rateLimitLimit() const { return m_rateLimitLimit; }
    int rateLimitRemaining() const { return m_rateLimitRemaining; }

    // Sends a request; callback runs with the final reply, with context's lifetime. A 401 parks the
    // request until the token is renewed or the parked requests are abandoned.
    void send(const ApiRequest &request, QObject *context, Callback callback);
    int parkedRequestCount() const { return int(m_parked.size()); }

    // Sets a new token on the client and sends the parked requests again. The caller stores the
    // token in the credential store.
    void renewToken(const QString &token);
    // Finishes every parked request with the 401 it received.
    void abandonParkedRequests();

    // Delay of the first reachability probe; doubled after each failed probe, up to 30 s.
    void setProbeIntervalMs(int intervalMs) { m_probeBaseMs = qMax(50, intervalMs); }

signals:
    void abilitiesChanged();
    // setTeammateId() changed the teammate that replies are sent as.
    void teammateIdChanged(const QString &userId);
    void reachabilityChanged(bool reachable);
    void lastSyncChanged(const QDateTime &when);
    void rateLimitChanged(int limit, int remaining);
    // The server refused the token; emitted once until renewToken() or abandonParkedRequests().
    void tokenRequired(const weav::core::ApiError &error);
    // After renewToken(): views reload what failed with the old token.
    void tokenRenewed();

private:
    struct Parked
    {
        ApiRequest request;
        QPointer<QObject> context;
        Callback callback;
        ApiResponse response;
    };

    void dispatch(const ApiRequest &request, QObject *context, Callback callback);
    void onUnauthenticated(const ApiError &error);
    void onReachabilityChanged(bool reachable);
    void probe();

    Profile m_profile;
    ApiClient *m_client;
    NameDirectory *m_names;
    bool m_demo = false;
    ConnectionReport m_report;
    bool m_canWrite = true;
    bool m_reachable = true;
    QDateTime m_lastSync;
    int m_rateLimitLimit = -1;
    int m_rateLimitRemaining = -1;
    QList<Parked> m_parked;
    bool m_tokenRequested = false;
    QTimer m_probeTimer;
    int m_probeBaseMs = 2000;
    int m_probeDelayMs = 2000;
};

} // namespace weav::core
