#pragma once

#include "Services.h"
#include "http/HttpMessage.h"
#include "http/Multipart.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace weav::sandbox {

struct PendingEvent
{
    QString event;
    QJsonObject data;
};

// Everything a handler sees of one request.
class RequestContext
{
public:
    RequestContext(const HttpRequest &request, Services &services);

    const HttpRequest &request;
    Services &services;

    QHash<QString, QString> params;
    QString workspaceId;
    QString tokenId;
    QString requestId;

    // The parsed JSON body of a POST/PUT/PATCH (an empty object when the body was empty).
    QJsonObject body;
    bool multipart = false;
    QList<MultipartPart> parts;

    QString param(const QString &name) const { return params.value(name); }

    // The calling thread's database connection.
    QSqlDatabase db() const;

    // The query string as a JSON object of strings (the last value of a repeated key wins).
    QJsonObject queryObject() const;

    // Queues a webhook event; the router publishes queued events only when the handler's
    // response is a success, so that a rolled-back write never emits one.
    void publish(const QString &event, const QJsonObject &data);
    QList<PendingEvent> pendingEvents;
};

using Handler = std::function<HttpResponse(RequestContext &)>;

struct RouteOptions
{
    // The route also accepts multipart/form-data bodies (file uploads).
    bool acceptsMultipart = false;
};

struct Route
{
    QByteArray method;
    QString pattern;
    QStringList segments;
    Handler handler;
    RouteOptions options;
};

// Method + path routing with {name} placeholders. Each resource registers its routes in one
// function (see resources/Resources.h).
class Router
{
public:
    void add(const QByteArray &method, const QString &pattern, Handler handler, RouteOptions options = {});
    void get(const QString &pattern, Handler handler) { add("GET", pattern, std::move(handler)); }
    void post(const QString &pattern, Handler handler, RouteOptions options = {}) { add("POST", pattern, std::move(handler), options); }
    void put(const QString &pattern, Handler handler) { add("PUT", pattern, std::move(handler)); }
    void remove(const QString &pattern, Handler handler) { add("DELETE", pattern, std::move(handler)); }

    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        // Methods that other routes accept on the same path, for 405 and Allow.
        QStringList allowedMethods;
    };

    // HEAD matches GET routes.
    Match match(const QByteArray &method, const QString &path) const;

    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

} // namespace weav::sandbox
