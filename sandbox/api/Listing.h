#pragma once

#include "Router.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace weav::sandbox {

// page and per_page of a list request.
// The largest page number accepted. Past the last page a list is empty; beyond this bound the
// number is refused with 422 rather than overflowing the row offset.
constexpr qint64 MaxPage = 2147483647;

struct PageRequest
{
    qint64 page = 1;
    int perPage = 15;

    qint64 offset() const { return (page - 1) * perPage; }
};

// Reads page and per_page from the query, validating them into `validator` (page 1 to
// MaxPage, per_page 1–100; Laravel messages).
PageRequest readPageRequest(const RequestContext &ctx, class Validator &validator);

// The paginated body {data, links, meta} with Laravel's filled links/meta, or {} for both when
// the sandbox runs with --bare-pagination. links carry only ?page=N, as Laravel's do.
HttpResponse paginatedResponse(const RequestContext &ctx, const QJsonArray &data, qint64 total,
                               const PageRequest &page);

// A WHERE clause under construction, with positional bind values in order.
class SqlFilter
{
public:
    void add(const QString &clause, const QVariantList &values = {});
    QString where() const;
    QVariantList values() const { return m_values; }

private:
    QStringList m_clauses;
    QVariantList m_values;
};

// One page of a list in the default order (newest created_at first, ties by id), with the total
// for meta. The table and columns come from code, never from a request.
struct PageRows
{
    qint64 total = 0;
    QSqlQuery rows;
};
PageRows queryNewestFirst(const QSqlDatabase &db, const QString &table, const QString &columns,
                          const SqlFilter &filter, const PageRequest &page);

// Escapes % and _ for a LIKE pattern that uses ESCAPE '\'.
QString likeContains(const QString &text);

} // namespace weav::sandbox
