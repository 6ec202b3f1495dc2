#include "Resources.h"

#include "api/Errors.h"
#include "api/Json.h"
#include "api/Listing.h"
#include "api/Validator.h"
#include "store/Database.h"

namespace weav::sandbox {

namespace {

// A 32-bit bound keeps values far from the qint64 overflow of a JSON number such as 1e20.
constexpr qint64 MaxEmployeeCount = 2147483647;

const QString Columns = QStringLiteral("id, name, domain, industry, employee_count, created_at, updated_at");

QJsonObject companyFromRow(const QSqlQuery &row)
{
    return QJsonObject{
        {QStringLiteral("id"), row.value(0).toString()},
        {QStringLiteral("name"), json::string(row.value(1))},
        {QStringLiteral("domain"), json::string(row.value(2))},
        {QStringLiteral("industry"), json::string(row.value(3))},
        {QStringLiteral("employee_count"), json::integer(row.value(4))},
        {QStringLiteral("created_at"), json::timestamp(row.value(5))},
        {QStringLiteral("updated_at"), json::timestamp(row.value(6))},
    };
}

// The rules of POST and PUT; on PUT nothing is required.
void validateCompany(Validator &v, bool creating)
{
    // On PUT the name may be left out, but when it is sent it must not be empty.
    v.field(QStringLiteral("name"));
    if (creating || v.present())
        v.required();
    v.string().max(255);

    v.field(QStringLiteral("domain")).nullable().string().max(255);
    v.field(QStringLiteral("industry")).nullable().string().max(100);
    v.field(QStringLiteral("employee_count")).nullable().integer().min(0).max(MaxEmployeeCount);
}

QVariant bindValue(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant(QMetaType(QMetaType::QString));
    if (value.isDouble())
        return QVariant(qint64(value.toDouble()));
    // Laravel's ConvertEmptyStringsToNull middleware stores "" as NULL, and so does the sandbox.
    if (value.isString())
        return value.toString().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value.toString());
    return value.toVariant();
}

HttpResponse listCompanies(RequestContext &ctx)
{
    Validator v(ctx.queryObject());
    const PageRequest page = readPageRequest(ctx, v);
    v.field(QStringLiteral("q")).string().max(255);
    if (v.fails())
        return v.response();

    SqlFilter filter;
    filter.add(QStringLiteral("workspace_id = ?"), {ctx.workspaceId});
    const QString q = ctx.request.queryValue(QStringLiteral("q")).trimmed();
    if (!q.isEmpty())
        filter.add(QStringLiteral("(name LIKE ? ESCAPE '\\' OR domain LIKE ? ESCAPE '\\')"), {likeContains(q), likeContains(q)});

    const QSqlDatabase db = ctx.db();
    auto [total, rows] = queryNewestFirst(db, QStringLiteral("companies"), Columns, filter, page);
    QJsonArray data;
    while (rows.next())
        data.append(companyFromRow(rows));
    return paginatedResponse(ctx, data, total, page);
}

HttpResponse createCompany(RequestContext &ctx)
{
    Validator v(ctx.body);
    validateCompany(v, true);
    if (v.fails())
        return v.response();

    const QString id = json::newId();
    const qint64 now = json::nowMs();
    {
        WriteTransaction transaction(ctx.services.database);
        sql::exec(transaction.db(),
                  QStringLiteral("INSERT INTO companies (id, workspace_id, name, domain, industry, employee_count, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {id, ctx.workspaceId, ctx.body.value(QStringLiteral("name")).toString(),
                   bindValue(ctx.body.value(QStringLiteral("domain"))), bindValue(ctx.body.value(QStringLiteral("industry"))),
                   bindValue(ctx.body.value(QStringLiteral("employee_count"))), now, now});
        transaction.commit();
    }
    return HttpResponse::json(201, *loadCompany(ctx.db(), ctx.workspaceId, id));
}

HttpResponse showCompany(RequestContext &ctx)
{
    const auto company = loadCompany(ctx.db(), ctx.workspaceId, ctx.param(QStringLiteral("id")));
    return company ? HttpResponse::json(200, *company) : notFoundResponse();
}

HttpResponse updateCompany(RequestContext &ctx)
{
    const QString id = ctx.param(QStringLiteral("id"));
    if (!existsInWorkspace(ctx.db(), QStringLiteral("companies"), ctx.workspaceId, id))
        return notFoundResponse();

    Validator v(ctx.body);
    validateCompany(v, false);
    if (v.fails())
        return v.response();

    QStringList assignments;
    QVariantList values;
    for (const QString &column : {QStringLiteral("name"), QStringLiteral("domain"), QStringLiteral("industry"),
                                  QStringLiteral("employee_count")}) {
        if (!ctx.body.contains(column))
            continue;
        assignments.append(column + QStringLiteral(" = ?"));
        values.append(bindValue(ctx.body.value(column)));
    }
    assignments.append(QStringLiteral("updated_at = ?"));
    values << json::nowMs() << id << ctx.workspaceId;

    {
        WriteTransaction transaction(ctx.services.database);
        sql::exec(transaction.db(),
                  QStringLiteral("UPDATE companies SET %1 WHERE id = ? AND workspace_id = ?").arg(assignments.join(QStringLiteral(", "))),
                  values);
        transaction.commit();
    }
    return HttpResponse::json(200, *loadCompany(ctx.db(), ctx.workspaceId, id));
}

HttpResponse deleteCompany(RequestContext &ctx)
{
    const QString id = ctx.param(QStringLiteral("id"));
    WriteTransaction transaction(ctx.services.database);
    const QSqlQuery result = sql::exec(transaction.db(), QStringLiteral("DELETE FROM companies WHERE id = ? AND workspace_id = ?"),
                                       {id, ctx.workspaceId});
    if (result.numRowsAffected() == 0)
        return notFoundResponse();
    transaction.commit();
    return HttpResponse::noContent();
}

} // namespace

std::optional<QJsonObject> loadCompany(const QSqlDatabase &db, const QString &workspaceId, const QString &id)
{
    QSqlQuery row = sql::exec(db, QStringLiteral("SELECT %1 FROM companies WHERE id = ? AND workspace_id = ?").arg(Columns),
                              {id, workspaceId});
    if (!row.next())
        return std::nullopt;
    return companyFromRow(row);
}

void registerCompanyRoutes(Router &router)
{
    router.get(QStringLiteral("/v1/companies"), listCompanies);
    router.post(QStringLiteral("/v1/companies"), createCompany);
    router.get(QStringLiteral("/v1/companies/{id}"), showCompany);
    router.put(QStringLiteral("/v1/companies/{id}"), updateCompany);
    router.remove(QStringLiteral("/v1/companies/{id}"), deleteCompany);
}

} // namespace weav::sandbox
