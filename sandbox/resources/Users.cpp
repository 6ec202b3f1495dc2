#include "Resources.h"

#include "api/Errors.h"
#include "api/Json.h"
#include "api/Listing.h"
#include "api/Validator.h"
#include "store/Database.h"

// Users are the workspace's teammates, the human assignees. The API only reads them. Their rows
// come from the seed generator, or from tests that insert them into the store.
namespace weav::sandbox {

namespace {

const QString Columns = QStringLiteral("id, name, email, role, created_at, updated_at");

QJsonObject userFromRow(const QSqlQuery &row)
{
    return QJsonObject{
        {QStringLiteral("id"), row.value(0).toString()},
        {QStringLiteral("name"), json::string(row.value(1))},
        {QStringLiteral("email"), json::string(row.value(2))},
        {QStringLiteral("role"), json::string(row.value(3))},
        {QStringLiteral("created_at"), json::timestamp(row.value(4))},
        {QStringLiteral("updated_at"), json::timestamp(row.value(5))},
    };
}

HttpResponse listUsers(RequestContext &ctx)
{
    Validator v(ctx.queryObject());
    const PageRequest page = readPageRequest(ctx, v);
    v.field(QStringLiteral("q")).string().max(255);
    v.field(QStringLiteral("role")).in({QStringLiteral("admin"), QStringLiteral("lead"), QStringLiteral("agent")});
    if (v.fails())
        return v.response();

    SqlFilter filter;
    filter.add(QStringLiteral("workspace_id = ?"), {ctx.workspaceId});
    const QString q = ctx.request.queryValue(QStringLiteral("q")).trimmed();
    if (!q.isEmpty())
        filter.add(QStringLiteral("(name LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\')"), {likeContains(q), likeContains(q)});
    if (ctx.request.hasQueryItem(QStringLiteral("role")))
        filter.add(QStringLiteral("role = ?"), {ctx.request.queryValue(QStringLiteral("role"))});

    const QSqlDatabase db = ctx.db();
    auto [total, rows] = queryNewestFirst(db, QStringLiteral("users"), Columns, filter, page);
    QJsonArray data;
    while (rows.next())
        data.append(userFromRow(rows));
    return paginatedResponse(ctx, data, total, page);
}

HttpResponse showUser(RequestContext &ctx)
{
    const auto user = loadUser(ctx.db(), ctx.workspaceId, ctx.param(QStringLiteral("id")));
    return user ? HttpResponse::json(200, *user) : notFoundResponse();
}

} // namespace

std::optional<QJsonObject> loadUser(const QSqlDatabase &db, const QString &workspaceId, const QString &id)
{
    QSqlQuery row = sql::exec(db, QStringLiteral("SELECT %1 FROM users WHERE id = ? AND workspace_id = ?").arg(Columns),
                              {id, workspaceId});
    if (!row.next())
        return std::nullopt;
    return userFromRow(row);
}

void registerUserRoutes(Router &router)
{
    router.get(QStringLiteral("/v1/users"), listUsers);
    router.get(QStringLiteral("/v1/users/{id}"), showUser);
}

} // namespace weav::sandbox
