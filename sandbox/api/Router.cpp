#include "Router.h"

#include "store/Database.h"

namespace weav::sandbox {

RequestContext::RequestContext(const HttpRequest &request, Services &services)
    : request(request), services(services)
{
}

QSqlDatabase RequestContext::db() const
{
    return services.database.connection();
}

QJsonObject RequestContext::queryObject() const
{
    QJsonObject object;
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        object.insert(item.first, item.second);
    return object;
}

void RequestContext::publish(const QString &event, const QJsonObject &data)
{
    pendingEvents.append({event, data});
}

void Router::add(const QByteArray &method, const QString &pattern, Handler handler, RouteOptions options)
{
    Route route;
    route.method = method;
    route.pattern = pattern;
    route.segments = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    route.handler = std::move(handler);
    route.options = options;
    m_routes.append(std::move(route));
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    const QByteArray wanted = method == "HEAD" ? QByteArray("GET") : method;
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);

    Match result;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;

        QHash<QString, QString> params;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            const QString &expected = route.segments[i];
            if (expected.startsWith(QLatin1Char('{')) && expected.endsWith(QLatin1Char('}')))
                params.insert(expected.mid(1, expected.size() - 2), segments[i]);
            else
                matches = expected == segments[i];
        }
        if (!matches)
            continue;

        if (!result.allowedMethods.contains(QString::fromLatin1(route.method)))
            result.allowedMethods.append(QString::fromLatin1(route.method));
        if (route.method == wanted && !result.route) {
            result.route = &route;
            result.params = params;
        }
    }
    return result;
}

} // namespace weav::sandbox
