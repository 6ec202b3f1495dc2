#pragma once

#include "ApiError.h"
#include "ExchangeLog.h"
#include "RetryPolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

class QNetworkAccessManager;
class QTimer;
class QNetworkReply;

namespace weav::core {

// A request to send: method, a path from endpoints::, the query, and a body.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    // Replaces the client's policy for this request (RetryPolicy::none() to send once).
    std::optional<RetryPolicy> retryPolicy;
    // Parses the reply on a worker thread whatever its size. Pager sets it for list pages, which
    // arrive several at a time and would add up on the GUI thread even below the size threshold.
    bool parseOnWorker = false;

    static ApiRequest get(const QString &path, const QUrlQuery &query = {});
    static ApiRequest post(const QString &path, const QJsonObject &body);
    static ApiRequest put(const QString &path, const QJsonObject &body);
    static ApiRequest remove(const QString &path);

    // Path and query as sent, e.g. /v1/conversations?status=open
    QString target() const;
};

// The reply to a request. error.kind is None on success (any 2xx with the expected JSON).
struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QString requestId;
    // From X-RateLimit-Limit / X-RateLimit-Remaining, or -1 when the server sent none.
    int rateLimitLimit = -1;
    int rateLimitRemaining = -1;
    qint64 elapsedMs = 0;
    int attempts = 0;
    ApiError error;

    bool ok() const { return !error.isError(); }
    QJsonObject object() const { return json.object(); }
};

class ApiClient;

// One request in flight, through all its attempts. It deletes itself after emitting finished().
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ~ApiCall() override;

    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    const ApiResponse &response() const { return m_response; }

    // Aborts the transfer or the wait before a retry; finished() follows with kind Cancelled.
    void cancel();

signals:
    void finished(const weav::core::ApiResponse &response);
    void retrying(int nextAttempt, int delayMs, const weav::core::ApiError &error);
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);

private:
    friend class ApiClient;
    ApiCall(ApiClient *client, const ApiRequest &request, const RetryPolicy &policy);

    void startAttempt();
    void onReplyFinished();
    void onBodyParsed(const QJsonDocument &document, bool valid);
    void completeAttempt();
    void finish();
    void finishWithError(const ApiError &error);

    ApiClient *m_client;
    ApiRequest m_request;
    RetryPolicy m_policy;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    QString m_sentRequestId;
    qint64 m_attemptStartMs = 0;
    qint64 m_firstStartMs = 0;
    ApiResponse m_response;
    bool m_cancelled = false;
    bool m_finished = false;
};

// The connection to one workspace: base URL, bearer token, one QNetworkAccessManager. Every request
// carries User-Agent weav-console/<version>, Accept: application/json and a fresh X-Request-Id; every
// exchange is logged as one line in weav.core.api and kept in history(). The token is never logged.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token);
    bool hasToken() const { return !m_token.isEmpty(); }
    // Plain http:// is refused for any host but loopback unless this is set.
    void setAllowPlainHttp(bool allow) { m_allowPlainHttp = allow; }
    void setTransferTimeoutMs(int timeoutMs) { m_transferTimeoutMs = timeoutMs; }
    int transferTimeoutMs() const { return m_transferTimeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    // Replies larger than this are parsed on a worker thread.
    void setLargeBodyThreshold(qsizetype bytes) { m_largeBodyThreshold = bytes; }

    ApiCall *send(const ApiRequest &request);
    // Sends and spins a local event loop until the call finishes; for weavctl and tests.
    ApiResponse sendAndWait(const ApiRequest &request);

    ExchangeLog *history() { return &m_history; }
    QNetworkAccessManager *network() const { return m_network; }

    static QByteArray userAgent();
    // Whether plain http to this URL's host is acceptable without the profile's permission.
    static bool isLoopback(const QUrl &url);

signals:
    void exchanged(const weav::core::ExchangeRecord &record);
    // Any 401: the token is missing, wrong or expired.
    void unauthenticated(const weav::core::ApiError &error);
    void rateLimitChanged(int limit, int remaining);
    // False after a network error or timeout, true again after any HTTP reply.
    void reachabilityChanged(bool reachable);

private:
    friend class ApiCall;

    QNetworkReply *transmit(const ApiRequest &request, const QString &requestId);
    std::optional<ApiError> checkConfiguration(const ApiRequest &request) const;
    void record(const ApiCall &call, const ApiResponse &response);
    void noteReachable(bool reachable);

    QNetworkAccessManager *m_network;
    bool m_ownsNetwork = false;
    QUrl m_baseUrl;
    QString m_token;
    bool m_allowPlainHttp = false;
    int m_transferTimeoutMs = 30000;
    qsizetype m_largeBodyThreshold = 64 * 1024;
    RetryPolicy m_retryPolicy;
    ExchangeLog m_history;
    bool m_reachable = true;
};

} // namespace weav::core
