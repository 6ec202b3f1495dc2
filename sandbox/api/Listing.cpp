#include "Listing.h"

#include "SandboxConfig.h"
#include "Validator.h"
#include "store/Database.h"

#include <QUrl>

namespace weav::sandbox {

PageRequest readPageRequest(const RequestContext &ctx, Validator &validator)
{
    const QJsonObject query = ctx.queryObject();
    validator.field(QStringLiteral("page")).integer().min(1).max(MaxPage);
    validator.field(QStringLiteral("per_page")).integer().between(1, 100);

    PageRequest page;
    if (query.contains(QStringLiteral("page")))
        page.page = query.value(QStringLiteral("page")).toString().toLongLong();
    if (query.contains(QStringLiteral("per_page")))
        page.perPage = query.value(QStringLiteral("per_page")).toString().toInt();
    page.page = qBound<qint64>(1, page.page, MaxPage);
    page.perPage = qBound(1, page.perPage, 100);
    return page;
}

HttpResponse paginatedResponse(const RequestContext &ctx, const QJsonArray &data, qint64 total,
                               const PageRequest &page)
{
    QJsonObject body{{QStringLiteral("data"), data}};

    if (ctx.services.config.barePagination) {
        body.insert(QStringLiteral("links"), QJsonObject());
        body.insert(QStringLiteral("meta"), QJsonObject());
        return HttpResponse::json(200, body);
    }

    const qint64 lastPage = qMax<qint64>(1, (total + page.perPage - 1) / page.perPage);
    QString host = QString::fromLatin1(ctx.request.header("host"));
    if (host.isEmpty())
        host = QStringLiteral("%1:%2").arg(ctx.services.config.host).arg(ctx.services.config.port);
    const QString path = QStringLiteral("http://%1%2").arg(host, ctx.request.path);

    auto pageUrl = [&](qint64 number) { return QJsonValue(QStringLiteral("%1?page=%2").arg(path).arg(number)); };

    QJsonObject links{
        {QStringLiteral("first"), pageUrl(1)},
        {QStringLiteral("last"), pageUrl(lastPage)},
        {QStringLiteral("prev"), page.page > 1 ? pageUrl(page.page - 1) : QJsonValue::Null},
        {QStringLiteral("next"), page.page < lastPage ? pageUrl(page.page + 1) : QJsonValue::Null},
    };

    const bool empty = data.isEmpty();
    QJsonObject meta{
        {QStringLiteral("current_page"), page.page},
        {QStringLiteral("from"), empty ? QJsonValue::Null : QJsonValue(qint64(page.offset()) + 1)},
        {QStringLiteral("last_page"), lastPage},
        {QStringLiteral("path"), path},
        {QStringLiteral("per_page"), page.perPage},
        {QStringLiteral("to"), empty ? QJsonValue::Null : QJsonValue(qint64(page.offset()) + data.size())},
        {QStringLiteral("total"), total},
    };

    body.insert(QStringLiteral("links"), links);
    body.insert(QStringLiteral("meta"), meta);
    return HttpResponse::json(200, body);
}

void SqlFilter::add(const QString &clause, const QVariantList &values)
{
    m_clauses.append(clause);
    m_values.append(values);
}

QString SqlFilter::where() const
{
    if (m_clauses.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + m_clauses.join(QStringLiteral(" AND "));
}

PageRows queryNewestFirst(const QSqlDatabase &db, const QString &table, const QString &columns,
                          const SqlFilter &filter, const PageRequest &page)
{
    PageRows result;
    result.total = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(table, filter.where()), filter.values());

    QVariantList values = filter.values();
    values << page.perPage << page.offset();
    result.rows = sql::exec(db,
                            QStringLiteral("SELECT %1 FROM %2%3 ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
                                .arg(columns, table, filter.where()),
                            values);
    return result;
}

QString likeContains(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace weav::sandbox
