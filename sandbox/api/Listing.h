#pragma once

#include "Router.h"

#include <QJsonArray>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace weav::sandbox {

// page and per_page of a list request.
struct PageRequest
{
    int page = 1;
    int perPage = 15;

    int offset() const { return (page - 1) * perPage; }
};

// Reads page and per_page from the query, validating them into `validator` (page ≥ 1,
// per_page 1–100; Laravel messages).
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

// Escapes % and _ for a LIKE pattern that uses ESCAPE '\'.
QString likeContains(const QString &text);

} // namespace weav::sandbox
