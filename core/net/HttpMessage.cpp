#include "HttpMessage.h"

#include <QJsonDocument>
#include <QUrl>

namespace weav::net {

QString HttpRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

HttpRequest HttpRequest::make(const QByteArray &method, const QByteArray &target,
                              const QByteArray &body, const QHash<QByteArray, QByteArray> &headers)
{
    HttpRequest request;
    request.method = method.toUpper();
    request.body = body;

    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.headers.insert(it.key().toLower(), it.value());

    request.setTarget(target);
    return request;
}

void HttpRequest::setTarget(const QByteArray &rawTarget)
{
    target = rawTarget;

    const qsizetype mark = rawTarget.indexOf('?');
    const QByteArray rawPath = mark < 0 ? rawTarget : rawTarget.left(mark);
    QByteArray rawQuery = mark < 0 ? QByteArray() : rawTarget.mid(mark + 1);

    path = QUrl::fromPercentEncoding(rawPath);

    // PHP, and so Laravel, reads '+' in a query string as a space; QUrlQuery does not.
    rawQuery.replace('+', "%20");
    query = QUrlQuery(QString::fromLatin1(rawQuery));
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QJsonObject HttpResponse::jsonObject() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    response.setHeader("Content-Type", "application/json");
    response.code = object.value(QLatin1String("code")).toString();
    return response;
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse response;
    response.status = 204;
    return response;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 410: return "Gone";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace weav::net
