#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace weav::net {

// One parsed HTTP/1.1 request. Header names are stored in lower case.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QString peerAddress;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString queryValue(const QString &key) const;
    bool hasQueryItem(const QString &key) const { return query.hasQueryItem(key); }

    // Builds a request from a method and a target such as "/v1/users?page=2"; used by tests and
    // by the server after parsing.
    static HttpRequest make(const QByteArray &method, const QByteArray &target,
                            const QByteArray &body = {},
                            const QHash<QByteArray, QByteArray> &headers = {});
    void setTarget(const QByteArray &target);
};

// A handler's result. The transport writes it; handlers never see sockets.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Fault injection: close the connection without writing anything.
    bool dropConnection = false;
    // Fault injection: wait this long before writing the response.
    int delayMs = 0;
    // The error code written in the body, kept for the log line.
    QString code;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    QJsonObject jsonObject() const;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse noContent();
};

QByteArray reasonPhrase(int status);

} // namespace weav::net
