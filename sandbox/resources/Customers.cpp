#include "Resources.h"

#include "api/Errors.h"
#include "api/Json.h"
#include "api/Listing.h"
#include "api/Validator.h"
#include "store/Database.h"

namespace weav::sandbox {

namespace {

const QString Columns = QStringLiteral("id, first_name, last_name, email, phone, locale, country, company_id, avatar_url, "
                                       "first_seen_at, last_seen_at, created_at, updated_at");

// The columns a request may write, all text. avatar_url and the seen times are not writable
// through the API.
const QStringList WritableColumns{QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                                  QStringLiteral("phone"),      QStringLiteral("locale"),    QStringLiteral("country"),
                                  QStringLiteral("company_id")};

QJsonObject customerFromRow(const QSqlQuery &row)
{
    return QJsonObject{
        {QStringLiteral("id"), row.value(0).toString()},
        {QStringLiteral("first_name"), json::string(row.value(1))},
        {QStringLiteral("last_name"), json::string(row.value(2))},
        {QStringLiteral("email"), json::string(row.value(3))},
        {QStringLiteral("phone"), json::string(row.value(4))},
        {QStringLiteral("locale"), json::string(row.value(5))},
        {QStringLiteral("country"), json::string(row.value(6))},
        {QStringLiteral("company_id"), json::string(row.value(7))},
        {QStringLiteral("avatar_url"), json::string(row.value(8))},
        {QStringLiteral("first_seen_at"), json::timestampOffset(row.value(9))},
        {QStringLiteral("last_seen_at"), json::timestampOffset(row.value(10))},
        {QStringLiteral("created_at"), json::timestamp(row.value(11))},
        {QStringLiteral("updated_at"), json::timestamp(row.value(12))},
    };
}

// A text column's value: NULL for null and for "", as Laravel's ConvertEmptyStringsToNull does.
QVariant textOrNull(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// NOTE: SQLite's lower() folds ASCII letters only, so addresses that differ in the case of a
// non-ASCII letter count as different.
bool emailTaken(const QSqlDatabase &db, const QString &workspaceId, const QString &email, const QString &exceptId)
{
    return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE workspace_id = ? AND lower(email) = lower(?) AND id != ?"),
                       {workspaceId, email, exceptId})
        > 0;
}

// The rules of POST and PUT, field by field in Laravel's order, including the two that read the
// store: no other customer of the workspace has the e-mail address in any letter case (unique),
// and the company belongs to the workspace (exists). On PUT a field may be left out, but an email
// that is sent must not be empty (Laravel's "sometimes|required").
void validateCustomer(Validator &v, const QSqlDatabase &db, const QString &workspaceId, const QString &customerId, bool creating)
{
    v.field(QStringLiteral("email"));
    if (creating || v.present())
        v.required();
    v.string().email().max(255);
    if (v.current().isString() && emailTaken(db, workspaceId, v.current().toString(), customerId))
        v.addError(QStringLiteral("email"), QStringLiteral("The email has already been taken."));

    v.field(QStringLiteral("first_name")).nullable().string().max(100);
    v.field(QStringLiteral("last_name")).nullable().string().max(100);
    v.field(QStringLiteral("phone")).nullable().string().max(50);
    v.field(QStringLiteral("locale")).nullable().string().max(10);
    v.field(QStringLiteral("country")).nullable().string().max(255);

    v.field(QStringLiteral("company_id")).nullable().uuid();
    const QString companyId = v.current().toString();
    if (json::isUuid(companyId) && !existsInWorkspace(db, QStringLiteral("companies"), workspaceId, companyId))
        v.addError(QStringLiteral("company_id"), QStringLiteral("The selected company id is invalid."));
}

// One page of the workspace's customers that pass `filter` and the query's own filters.
HttpResponse listCustomersWhere(RequestContext &ctx, SqlFilter filter)
{
    Validator v(ctx.queryObject());
    const PageRequest page = readPageRequest(ctx, v);
    v.field(QStringLiteral("q")).string().max(255);
    v.field(QStringLiteral("email")).string().max(255);
    v.field(QStringLiteral("company_id")).uuid();
    if (v.fails())
        return v.response();

    const QString q = ctx.request.queryValue(QStringLiteral("q")).trimmed();
    if (!q.isEmpty()) {
        const QString pattern = likeContains(q);
        filter.add(QStringLiteral("(first_name LIKE ? ESCAPE '\\' OR last_name LIKE ? ESCAPE '\\' "
                                  "OR first_name || ' ' || last_name LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\')"),
                   {pattern, pattern, pattern, pattern});
    }
    if (ctx.request.hasQueryItem(QStringLiteral("email")))
        filter.add(QStringLiteral("lower(email) = lower(?)"), {ctx.request.queryValue(QStringLiteral("email"))});
    if (ctx.request.hasQueryItem(QStringLiteral("company_id")))
        filter.add(QStringLiteral("company_id = ?"), {ctx.request.queryValue(QStringLiteral("company_id"))});

    const QSqlDatabase db = ctx.db();
    auto [total, rows] = queryNewestFirst(db, QStringLiteral("customers"), Columns, filter, page);
    QJsonArray data;
    while (rows.next())
        data.append(customerFromRow(rows));
    return paginatedResponse(ctx, data, total, page);
}

HttpResponse listCustomers(RequestContext &ctx)
{
    SqlFilter filter;
    filter.add(QStringLiteral("workspace_id = ?"), {ctx.workspaceId});
    return listCustomersWhere(ctx, filter);
}

HttpResponse listCompanyCustomers(RequestContext &ctx)
{
    const QString companyId = ctx.param(QStringLiteral("id"));
    if (!existsInWorkspace(ctx.db(), QStringLiteral("companies"), ctx.workspaceId, companyId))
        return notFoundResponse();

    SqlFilter filter;
    filter.add(QStringLiteral("workspace_id = ?"), {ctx.workspaceId});
    filter.add(QStringLiteral("company_id = ?"), {companyId});
    return listCustomersWhere(ctx, filter);
}

HttpResponse createCustomer(RequestContext &ctx)
{
    const QString id = json::newId();
    const qint64 now = json::nowMs();
    {
        // The unique e-mail check and the insert share the write lock, so two requests cannot
        // both pass the check.
        WriteTransaction transaction(ctx.services.database);
        Validator v(ctx.body);
        validateCustomer(v, transaction.db(), ctx.workspaceId, id, true);
        if (v.fails())
            return v.response();

        QVariantList values{id, ctx.workspaceId};
        for (const QString &column : WritableColumns)
            values.append(textOrNull(ctx.body.value(column)));
        values << now << now;

        QStringList marks;
        marks.fill(QStringLiteral("?"), values.size());
        sql::exec(transaction.db(),
                  QStringLiteral("INSERT INTO customers (id, workspace_id, %1, created_at, updated_at) VALUES (%2)")
                      .arg(WritableColumns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                  values);
        transaction.commit();
    }

    const QJsonObject customer = *loadCustomer(ctx.db(), ctx.workspaceId, id);
    ctx.publish(QStringLiteral("customer.created"), customer);
    return HttpResponse::json(201, customer);
}

HttpResponse showCustomer(RequestContext &ctx)
{
    const auto customer = loadCustomer(ctx.db(), ctx.workspaceId, ctx.param(QStringLiteral("id")));
    return customer ? HttpResponse::json(200, *customer) : notFoundResponse();
}

HttpResponse updateCustomer(RequestContext &ctx)
{
    const QString id = ctx.param(QStringLiteral("id"));
    {
        WriteTransaction transaction(ctx.services.database);
        if (!existsInWorkspace(transaction.db(), QStringLiteral("customers"), ctx.workspaceId, id))
            return notFoundResponse();

        Validator v(ctx.body);
        validateCustomer(v, transaction.db(), ctx.workspaceId, id, false);
        if (v.fails())
            return v.response();

        QStringList assignments;
        QVariantList values;
        for (const QString &column : WritableColumns) {
            if (!ctx.body.contains(column))
                continue;
            assignments.append(column + QStringLiteral(" = ?"));
            values.append(textOrNull(ctx.body.value(column)));
        }
        assignments.append(QStringLiteral("updated_at = ?"));
        values << json::nowMs() << id << ctx.workspaceId;

        sql::exec(transaction.db(),
                  QStringLiteral("UPDATE customers SET %1 WHERE id = ? AND workspace_id = ?").arg(assignments.join(QStringLiteral(", "))),
                  values);
        transaction.commit();
    }

    const QJsonObject customer = *loadCustomer(ctx.db(), ctx.workspaceId, id);
    ctx.publish(QStringLiteral("customer.updated"), customer);
    return HttpResponse::json(200, customer);
}

// Deletes the customer. Their conversations, and those conversations' messages, go by foreign key.
HttpResponse deleteCustomer(RequestContext &ctx)
{
    const QString id = ctx.param(QStringLiteral("id"));
    WriteTransaction transaction(ctx.services.database);

    const auto lastKnown = loadCustomer(transaction.db(), ctx.workspaceId, id);
    if (!lastKnown)
        return notFoundResponse();

    sql::exec(transaction.db(), QStringLiteral("DELETE FROM customers WHERE id = ? AND workspace_id = ?"), {id, ctx.workspaceId});
    transaction.commit();

    ctx.publish(QStringLiteral("customer.deleted"), *lastKnown);
    return HttpResponse::noContent();
}

} // namespace

std::optional<QJsonObject> loadCustomer(const QSqlDatabase &db, const QString &workspaceId, const QString &id)
{
    QSqlQuery row = sql::exec(db, QStringLiteral("SELECT %1 FROM customers WHERE id = ? AND workspace_id = ?").arg(Columns),
                              {id, workspaceId});
    if (!row.next())
        return std::nullopt;
    return customerFromRow(row);
}

void registerCustomerRoutes(Router &router)
{
    router.get(QStringLiteral("/v1/customers"), listCustomers);
    router.post(QStringLiteral("/v1/customers"), createCustomer);
    router.get(QStringLiteral("/v1/customers/{id}"), showCustomer);
    router.put(QStringLiteral("/v1/customers/{id}"), updateCustomer);
    router.remove(QStringLiteral("/v1/customers/{id}"), deleteCustomer);
    router.get(QStringLiteral("/v1/companies/{id}/customers"), listCompanyCustomers);
}

} // namespace weav::sandbox
