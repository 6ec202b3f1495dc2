#include "ApiClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace weav::core {

Q_LOGGING_CATEGORY(lcApi, "weav.core.api")

namespace {

struct ParsedBody
{
    QJsonDocument document;
    bool valid = false;
};

ParsedBody parseBody(const QByteArray &body)
{
    QJsonParseError error;
    ParsedBody parsed;
    parsed.document = QJsonDocument::fromJson(body, &error);
    parsed.valid = error.error == QJsonParseError::NoError;
    return parsed;
}

int headerInt(const QNetworkReply *reply, const QByteArray &name)
{
    bool ok = false;
    const int value = reply->rawHeader(name).trimmed().toInt(&ok);
    return ok ? value : -1;
}

// Retry-After is either delta-seconds or an HTTP date.
int retryAfterSeconds(const QNetworkReply *reply)
{
    const QByteArray raw = reply->rawHeader("Retry-After").trimmed();
    if (raw.isEmpty())
        return -1;

    bool ok = false;
    const int seconds = raw.toInt(&ok);
    if (ok)
        return qMax(0, seconds);

    const QDateTime when = QDateTime::fromString(QString::fromLatin1(raw), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

bool isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyConnectionRefusedError:
        return true;
    default:
        return false;
    }
}

QString endpointOf(const ApiRequest &request)
{
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(request.method), request.path);
}

} // namespace

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest request;
    request.method = "GET";
    request.path = path;
    request.query = query;
    return request;
}

ApiRequest ApiRequest::post(const QString &path, const QJsonObject &body)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    return request;
}

ApiRequest ApiRequest::put(const QString &path, const QJsonObject &body)
{
    ApiRequest request = post(path, body);
    request.method = "PUT";
    return request;
}

ApiRequest ApiRequest::remove(const QString &path)
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = path;
    return request;
}

QString ApiRequest::target() const
{
    const QString encodedQuery = query.toString(QUrl::FullyEncoded);
    return encodedQuery.isEmpty() ? path : path + QLatin1Char('?') + encodedQuery;
}

// ApiCall

ApiCall::ApiCall(ApiClient *client, const ApiRequest &request, const RetryPolicy &policy)
    : QObject(client), m_client(client), m_request(request), m_policy(policy)
{
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;

    if (m_reply) {
        m_reply->abort();
        return;
    }

    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.endpoint = endpointOf(m_request);
    error.message = QCoreApplication::translate("weav::core::ApiClient", "The request was cancelled.");
    finishWithError(error);
}

void ApiCall::startAttempt()
{
    if (m_firstStartMs == 0)
        m_firstStartMs = QDateTime::currentMSecsSinceEpoch();
    m_attemptStartMs = QDateTime::currentMSecsSinceEpoch();
    ++m_response.attempts;

    m_sentRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_reply = m_client->transmit(m_request, m_sentRequestId);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::uploadProgress, this, &ApiCall::uploadProgress);
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString replyId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));

    ApiResponse &response = m_response;
    response.status = status;
    // An aborted reply is closed, and reading it only prints a QIODevice warning.
    response.body = reply->isOpen() ? reply->readAll() : QByteArray();
    response.requestId = replyId.isEmpty() ? m_sentRequestId : replyId;
    response.rateLimitLimit = headerInt(reply, "X-RateLimit-Limit");
    response.rateLimitRemaining = headerInt(reply, "X-RateLimit-Remaining");
    response.error = ApiError();
    response.json = QJsonDocument();

    if (status == 0) {
        ApiError error;
        const auto networkError = reply->error();
        error.networkError = networkError;
        error.endpoint = endpointOf(m_request);
        error.requestId = m_sentRequestId;
        if (m_cancelled) {
            error.kind = ApiError::Kind::Cancelled;
            error.message = QCoreApplication::translate("weav::core::ApiClient", "The request was cancelled.");
        } else if (networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError) {
            error.kind = ApiError::Kind::Timeout;
            error.retryable = true;
            error.message = QCoreApplication::translate("weav::core::ApiClient", "No reply within %1 seconds.")
                                .arg(m_client->transferTimeoutMs() / 1000.0);
        } else {
            error.kind = ApiError::Kind::Network;
            error.retryable = isRetryableNetworkError(networkError);
            error.message = reply->errorString();
        }
        response.error = error;
        completeAttempt();
        return;
    }

    if (status < 200 || status >= 300) {
        response.error = ApiError::fromHttpReply(status, response.body, endpointOf(m_request), response.requestId);
        response.error.retryAfterSeconds = retryAfterSeconds(reply);
        completeAttempt();
        return;
    }

    if (response.body.trimmed().isEmpty()) {
        completeAttempt();
        return;
    }

    if (!m_request.parseOnWorker && response.body.size() <= m_client->m_largeBodyThreshold) {
        const ParsedBody parsed = parseBody(response.body);
        onBodyParsed(parsed.document, parsed.valid);
        return;
    }

    // A large body, or a page, is parsed on a worker thread so that the caller's thread (the GUI)
    // does not stall.
    auto *watcher = new QFutureWatcher<ParsedBody>(this);
    connect(watcher, &QFutureWatcher<ParsedBody>::finished, this, [this, watcher] {
        const ParsedBody parsed = watcher->result();
        watcher->deleteLater();
        onBodyParsed(parsed.document, parsed.valid);
    });
    watcher->setFuture(QtConcurrent::run(parseBody, response.body));
}

void ApiCall::onBodyParsed(const QJsonDocument &document, bool valid)
{
    if (!valid) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidResponse;
        error.httpStatus = m_response.status;
        error.endpoint = endpointOf(m_request);
        error.requestId = m_response.requestId;
        error.bodyExcerpt = ApiError::excerpt(m_response.body);
        error.message = QCoreApplication::translate("weav::core::ApiClient", "The server returned HTTP %1 with a body that is not JSON.")
                            .arg(m_response.status);
        m_response.error = error;
    }
    m_response.json = document;
    completeAttempt();
}

void ApiCall::completeAttempt()
{
    m_response.elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_attemptStartMs;
    m_response.error.attempts = m_response.attempts;
    m_client->record(*this, m_response);

    const ApiError &error = m_response.error;
    if (error.isError() && !m_cancelled && m_policy.shouldRetry(m_request.method, error, m_response.attempts)) {
        QRandomGenerator *random = QRandomGenerator::global();
        const int delay = m_policy.delayMs(error, m_response.attempts, *random);
        qCInfo(lcApi).noquote() << "retrying" << m_request.method << m_request.path << "after" << error.summary()
                                << QStringLiteral("in %1ms (attempt %2 of %3)").arg(delay).arg(m_response.attempts + 1).arg(m_policy.maxAttempts);
        emit retrying(m_response.attempts + 1, delay, error);

        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, [this] {
            m_retryTimer->deleteLater();
            m_retryTimer = nullptr;
            startAttempt();
        });
        m_retryTimer->start(delay);
        return;
    }
    finish();
}

void ApiCall::finishWithError(const ApiError &error)
{
    if (m_retryTimer) {
        m_retryTimer->stop();
        m_retryTimer->deleteLater();
        m_retryTimer = nullptr;
    }
    m_response.error = error;
    m_response.error.attempts = m_response.attempts;
    finish();
}

void ApiCall::finish()
{
    m_finished = true;
    if (m_firstStartMs > 0)
        m_response.elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_firstStartMs;
    emit finished(m_response);
    deleteLater();
}

// ApiClient

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_ownsNetwork = true;
    }
}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
    QString path = m_baseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_baseUrl.setPath(path);
}

void ApiClient::setToken(const QString &token)
{
    m_token = token.trimmed();
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("weav-console/" WEAV_VERSION);
}

bool ApiClient::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<ApiError> ApiClient::checkConfiguration(const ApiRequest &request) const
{
    ApiError error;
    error.kind = ApiError::Kind::Configuration;
    error.endpoint = endpointOf(request);

    if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty()) {
        error.message = tr("No workspace address is set; add the base URL to the connection profile.");
        return error;
    }
    const QString scheme = m_baseUrl.scheme();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        error.message = tr("The workspace address %1 is not an http or https URL.").arg(m_baseUrl.toString());
        return error;
    }
    if (scheme == QLatin1String("http") && !m_allowPlainHttp && !isLoopback(m_baseUrl)) {
        error.message = tr("Refusing to send the token over plain http to %1. Use https, or allow plain http for "
                           "this profile if the network between you and the server is trusted.")
                            .arg(m_baseUrl.host());
        return error;
    }
    if (m_token.isEmpty()) {
        error.message = tr("No API token is set for this workspace; enter the token in the connection profile.");
        return error;
    }
    return std::nullopt;
}

ApiCall *ApiClient::send(const ApiRequest &request)
{
    auto *call = new ApiCall(this, request, request.retryPolicy.value_or(m_retryPolicy));

    if (const auto error = checkConfiguration(request)) {
        qCWarning(lcApi).noquote() << request.method << request.path << "not sent:" << error->message;
        // Deliver asynchronously so that callers can connect to finished() first.
        QMetaObject::invokeMethod(call, [call, error] { call->finishWithError(*error); }, Qt::QueuedConnection);
        return call;
    }

    call->startAttempt();
    return call;
}

ApiResponse ApiClient::sendAndWait(const ApiRequest &request)
{
    ApiCall *call = send(request);
    ApiResponse result;
    QEventLoop loop;
    connect(call, &ApiCall::finished, &loop, [&](const ApiResponse &response) {
        result = response;
        loop.quit();
    });
    loop.exec();
    return result;
}

QNetworkReply *ApiClient::transmit(const ApiRequest &request, const QString &requestId)
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);

    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setRawHeader("User-Agent", userAgent());
    networkRequest.setRawHeader("X-Request-Id", requestId.toLatin1());
    if (!request.contentType.isEmpty())
        networkRequest.setRawHeader("Content-Type", request.contentType);
    networkRequest.setTransferTimeout(m_transferTimeoutMs);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);

    // NOTE: Qt's HTTP layer (6.4) resends a request by itself, POST included, when a connection closes
    // before any reply byte arrives. A server that acted and then lost the connection could see a POST
    // twice; sending POST bodies from a non-resettable device would turn that resend into an error.
    if (request.body.isEmpty() && request.method != "POST" && request.method != "PUT")
        return m_network->sendCustomRequest(networkRequest, request.method);
    return m_network->sendCustomRequest(networkRequest, request.method, request.body);
}

void ApiClient::record(const ApiCall &call, const ApiResponse &response)
{
    const ApiRequest &request = call.request();
    const ApiError &error = response.error;

    ExchangeRecord record;
    record.startedAt = QDateTime::fromMSecsSinceEpoch(call.m_attemptStartMs);
    record.method = request.method;
    record.target = request.target();
    record.status = response.status;
    record.code = error.code;
    record.requestId = response.requestId.isEmpty() ? call.m_sentRequestId : response.requestId;
    record.elapsedMs = response.elapsedMs;
    record.attempt = response.attempts;
    if (error.isError())
        record.error = error.summary();
    if (request.contentType.startsWith("application/json") && request.body.size() <= ExchangeRecord::MaxRecordedBody) {
        record.body = request.body;
        record.contentType = request.contentType;
    }

    const QString outcome = response.status > 0 ? QString::number(response.status) : QStringLiteral("no-reply");
    const QString line = QStringLiteral("%1 %2 %3 %4 request_id=%5 %6ms attempt=%7")
                             .arg(QString::fromLatin1(request.method), request.path, outcome,
                                  error.code.isEmpty() ? QStringLiteral("-") : error.code, record.requestId)
                             .arg(response.elapsedMs)
                             .arg(response.attempts);
    if (error.isError() && error.kind != ApiError::Kind::Cancelled)
        qCWarning(lcApi).noquote() << line << error.message;
    else
        qCInfo(lcApi).noquote() << line;

    m_history.append(record);
    emit exchanged(record);

    if (response.rateLimitLimit >= 0)
        emit rateLimitChanged(response.rateLimitLimit, response.rateLimitRemaining);
    if (response.status == 401)
        emit unauthenticated(error);
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout)
        noteReachable(false);
    else if (response.status > 0)
        noteReachable(true);
}

void ApiClient::noteReachable(bool reachable)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    emit reachabilityChanged(reachable);
}

} // namespace weav::core
