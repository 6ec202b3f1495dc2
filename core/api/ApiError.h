#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace weav::core {

// Why a request failed, with everything a person or a log needs: what failed (endpoint), how
// (HTTP status, error code, message, field errors), which exchange (request id), and whether trying
// again may help. A non-error has kind None.
struct ApiError
{
    enum class Kind {
        None,
        Network,         // no HTTP reply: refused, reset, DNS, TLS, proxy
        Timeout,         // no progress within the transfer timeout
        Http,            // a non-2xx HTTP status
        InvalidResponse, // a 2xx whose body is not the JSON the endpoint returns
        Cancelled,       // cancelled by the caller
        Configuration,   // rejected before sending (plain http to a remote host, no token)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;
    QString message;
    QMap<QString, QStringList> fieldErrors;
    QString requestId;
    // "GET /v1/conversations/{id}" style: method and path without the query.
    QString endpoint;
    bool retryable = false;
    // At most 512 bytes of the body, for logs and bug reports.
    QByteArray bodyExcerpt;
    // QNetworkReply::NetworkError for Network and Timeout.
    int networkError = 0;
    // Seconds from a Retry-After header, or -1.
    int retryAfterSeconds = -1;
    int attempts = 0;

    bool isError() const { return kind != Kind::None; }
    bool isValidation() const { return httpStatus == 422 && !fieldErrors.isEmpty(); }
    bool isAuthentication() const { return httpStatus == 401; }
    bool isMissingAbility() const { return httpStatus == 403 && code == QLatin1String("INSUFFICIENT_TOKEN_ABILITY"); }
    bool isNotFound() const { return httpStatus == 404 && code == QLatin1String("RESOURCE_NOT_FOUND"); }
    // A 404 without RESOURCE_NOT_FOUND, or a 405: the server has no such endpoint, so the feature
    // behind it is unavailable for this workspace.
    bool isFeatureUnavailable() const;

    // One sentence for a person, with status, code and request id in brackets.
    QString summary() const;

    // Builds the error of a non-2xx reply from whatever body it has: the contract's envelope, a
    // Laravel validation body, any other JSON object, a non-JSON body or none.
    static ApiError fromHttpReply(int status, const QByteArray &body, const QString &endpoint, const QString &requestId);
    static QByteArray excerpt(const QByteArray &body);
};

} // namespace weav::core
