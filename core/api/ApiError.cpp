#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace weav::core {

namespace {

constexpr qsizetype ExcerptBytes = 512;

QString reasonFor(int status)
{
    switch (status) {
    case 400: return QStringLiteral("Bad Request");
    case 401: return QStringLiteral("Unauthorized");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not Found");
    case 405: return QStringLiteral("Method Not Allowed");
    case 408: return QStringLiteral("Request Timeout");
    case 409: return QStringLiteral("Conflict");
    case 413: return QStringLiteral("Content Too Large");
    case 415: return QStringLiteral("Unsupported Media Type");
    case 422: return QStringLiteral("Unprocessable Content");
    case 429: return QStringLiteral("Too Many Requests");
    case 500: return QStringLiteral("Internal Server Error");
    case 502: return QStringLiteral("Bad Gateway");
    case 503: return QStringLiteral("Service Unavailable");
    case 504: return QStringLiteral("Gateway Timeout");
    default: return {};
    }
}

// Field errors are {"field": ["message", ...]}; a single string is accepted too.
QMap<QString, QStringList> fieldErrorsFrom(const QJsonValue &value)
{
    QMap<QString, QStringList> errors;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        QStringList messages;
        if (it.value().isArray()) {
            const QJsonArray array = it.value().toArray();
            for (const QJsonValue &message : array) {
                if (message.isString())
                    messages.append(message.toString());
            }
        } else if (it.value().isString()) {
            messages.append(it.value().toString());
        }
        if (!messages.isEmpty())
            errors.insert(it.key(), messages);
    }
    return errors;
}

} // namespace

bool ApiError::isFeatureUnavailable() const
{
    return (httpStatus == 404 && code != QLatin1String("RESOURCE_NOT_FOUND")) || httpStatus == 405;
}

QByteArray ApiError::excerpt(const QByteArray &body)
{
    QByteArray cut = body.left(ExcerptBytes);
    for (char &c : cut) {
        if ((c >= 0 && c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
            c = ' ';
    }
    return body.size() > ExcerptBytes ? cut + "…" : cut;
}

ApiError ApiError::fromHttpReply(int status, const QByteArray &body, const QString &endpoint, const QString &requestId)
{
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = status;
    error.endpoint = endpoint;
    error.requestId = requestId;
    error.bodyExcerpt = excerpt(body);
    error.retryable = status == 429 || status >= 500;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        error.code = object.value(QLatin1String("code")).toString();

        const QJsonValue errorValue = object.value(QLatin1String("error"));
        const QJsonValue messageValue = object.value(QLatin1String("message"));
        // A blank "error" is no message: the "message" field, or the status text, is used instead.
        if (errorValue.isString() && !errorValue.toString().trimmed().isEmpty())
            error.message = errorValue.toString();
        else if (messageValue.isString() && !messageValue.toString().trimmed().isEmpty())
            error.message = messageValue.toString();
        else if (errorValue.isObject())
            error.message = errorValue.toObject().value(QLatin1String("message")).toString();

        error.fieldErrors = fieldErrorsFrom(object.value(QLatin1String("errors")));
    }

    if (error.message.isEmpty()) {
        const QString reason = reasonFor(status);
        const QString statusText = reason.isEmpty() ? QString::number(status) : QStringLiteral("%1 %2").arg(status).arg(reason);
        if (body.trimmed().isEmpty())
            error.message = QCoreApplication::translate("weav::core::ApiError", "The server returned HTTP %1 with an empty body.").arg(statusText);
        else if (parseError.error != QJsonParseError::NoError)
            error.message = QCoreApplication::translate("weav::core::ApiError", "The server returned HTTP %1 with a body that is not JSON (a proxy or gateway page?).").arg(statusText);
        else
            error.message = QCoreApplication::translate("weav::core::ApiError", "The server returned HTTP %1.").arg(statusText);
    }
    return error;
}

QString ApiError::summary() const
{
    QStringList details;
    if (httpStatus > 0)
        details.append(QStringLiteral("HTTP %1").arg(httpStatus));
    if (!code.isEmpty())
        details.append(code);
    if (!requestId.isEmpty())
        details.append(QCoreApplication::translate("weav::core::ApiError", "request id %1").arg(requestId));

    QString sentence = message;
    if (!endpoint.isEmpty())
        sentence = QCoreApplication::translate("weav::core::ApiError", "%1 failed: %2").arg(endpoint, message);
    if (details.isEmpty())
        return sentence;
    return QStringLiteral("%1 (%2)").arg(sentence, details.join(QStringLiteral(", ")));
}

} // namespace weav::core
