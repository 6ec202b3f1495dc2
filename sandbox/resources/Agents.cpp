#include "Resources.h"

#include "api/Errors.h"
#include "api/Json.h"
#include "api/Listing.h"
#include "api/Validator.h"
#include "store/Database.h"

#include <QHash>
#include <QSet>

#include <functional>

// AI agents. The API creates chat agents only: the copilot and the email agent come from the seed
// (is_copilot and is_email_agent are not writable), and prohibited phrases and escalation rules
// are shown but cannot be edited through the API.
namespace weav::sandbox {

namespace {

const QString Columns = QStringLiteral("id, name, slug, description, avatar_url, max_messages_per_session, tone, "
                                       "response_length, is_active, is_copilot, is_email_agent, created_at, updated_at");

// The writable text columns. is_active and max_messages_per_session are not text and are bound
// separately.
const QStringList TextColumns{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("avatar_url"),
                              QStringLiteral("tone"), QStringLiteral("response_length")};

QJsonObject agentFromRow(const QSqlQuery &row)
{
    return QJsonObject{
        {QStringLiteral("id"), row.value(0).toString()},
        {QStringLiteral("name"), json::string(row.value(1))},
        {QStringLiteral("slug"), json::string(row.value(2))},
        {QStringLiteral("description"), json::string(row.value(3))},
        {QStringLiteral("avatar_url"), json::string(row.value(4))},
        {QStringLiteral("max_messages_per_session"), json::integer(row.value(5))},
        {QStringLiteral("tone"), json::string(row.value(6))},
        {QStringLiteral("response_length"), json::string(row.value(7))},
        {QStringLiteral("is_active"), json::boolean(row.value(8))},
        {QStringLiteral("is_copilot"), json::boolean(row.value(9))},
        {QStringLiteral("is_email_agent"), json::boolean(row.value(10))},
        {QStringLiteral("prohibited_phrases"), QJsonArray()},
        {QStringLiteral("escalation_rules"), QJsonArray()},
        {QStringLiteral("created_at"), json::timestamp(row.value(11))},
        {QStringLiteral("updated_at"), json::timestamp(row.value(12))},
    };
}

// "?, ?, ?" for an IN list of `count` bind values.
QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

// Loads the child rows of all `agentIds` with one query, grouped by agent id. The first selected
// column must be agent_id; `toJson` reads the rest.
QHash<QString, QJsonArray> loadChildren(const QSqlDatabase &db, const QString &table, const QString &columns,
                                        const QVariantList &agentIds,
                                        const std::function<QJsonObject(const QSqlQuery &)> &toJson)
{
    QHash<QString, QJsonArray> children;
    QSqlQuery rows = sql::exec(db,
                               QStringLiteral("SELECT agent_id, %1 FROM %2 WHERE agent_id IN (%3) ORDER BY created_at, id")
                                   .arg(columns, table, placeholders(agentIds.size())),
                               agentIds);
    while (rows.next())
        children[rows.value(0).toString()].append(toJson(rows));
    return children;
}

QJsonObject phraseFromRow(const QSqlQuery &row)
{
    return QJsonObject{
        {QStringLiteral("id"), row.value(1).toString()},
        {QStringLiteral("phrase"), json::string(row.value(2))},
        {QStringLiteral("created_at"), json::timestamp(row.value(3))},
        {QStringLiteral("updated_at"), json::timestamp(row.value(4))},
    };
}

QJsonObject escalationRuleFromRow(const QSqlQuery &row)
{
    return QJsonObject{
        {QStringLiteral("id"), row.value(1).toString()},
        {QStringLiteral("channel"), json::string(row.value(2))},
        {QStringLiteral("rule"), json::string(row.value(3))},
        {QStringLiteral("escalate_to"), json::string(row.value(4))},
        {QStringLiteral("created_at"), json::timestamp(row.value(5))},
        {QStringLiteral("updated_at"), json::timestamp(row.value(6))},
    };
}

// Fills prohibited_phrases and escalation_rules of every agent with two queries in all, however
// many agents there are. A page holds at most 100, below the 999 bind values that SQLite before
// 3.32 allows by default.
void attachChildren(const QSqlDatabase &db, QList<QJsonObject> &agents)
{
    if (agents.isEmpty())
        return;

    QVariantList ids;
    for (const QJsonObject &agent : std::as_const(agents))
        ids.append(agent.value(QStringLiteral("id")).toString());

    const auto phrases = loadChildren(db, QStringLiteral("agent_prohibited_phrases"),
                                      QStringLiteral("id, phrase, created_at, updated_at"), ids, phraseFromRow);
    const auto rules = loadChildren(db, QStringLiteral("agent_escalation_rules"),
                                    QStringLiteral("id, channel, rule, escalate_to, created_at, updated_at"), ids,
                                    escalationRuleFromRow);

    for (QJsonObject &agent : agents) {
        const QString id = agent.value(QStringLiteral("id")).toString();
        agent.insert(QStringLiteral("prohibited_phrases"), phrases.value(id));
        agent.insert(QStringLiteral("escalation_rules"), rules.value(id));
    }
}

// The rules of POST and PUT. On PUT a field may be left out, but a name that is sent must not be
// empty (Laravel's "sometimes|required").
void validateAgent(Validator &v, bool creating)
{
    v.field(QStringLiteral("name"));
    if (creating || v.present())
        v.required();
    v.string().max(255);

    v.field(QStringLiteral("description")).nullable().string();
    v.field(QStringLiteral("avatar_url")).nullable().url().max(500);
    v.field(QStringLiteral("max_messages_per_session")).nullable().integer().between(1, 1000);
    v.field(QStringLiteral("tone")).nullable().string().max(255);
    v.field(QStringLiteral("response_length")).nullable().string().max(255);
    v.field(QStringLiteral("is_active")).nullable().boolean();
}

// A validated boolean: true, false, 1, 0, "1", "0", "true" or "false".
bool toBool(const QJsonValue &value)
{
    if (value.isString())
        return value.toString() == QLatin1String("1") || value.toString() == QLatin1String("true");
    if (value.isDouble())
        return value.toDouble() != 0;
    return value.toBool();
}

// A text column's value: NULL for null and for "", as Laravel's ConvertEmptyStringsToNull does.
QVariant textOrNull(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// A validated integer (a JSON number or a numeric string), or NULL.
QVariant integerOrNull(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed().toLongLong();
    if (value.isDouble())
        return qint64(value.toDouble());
    return QVariant(QMetaType(QMetaType::LongLong));
}

// Returns the slug base of a name. Accents are dropped, letters lower-cased, each run of other
// characters becomes one "-", and no "-" is left at either end. Falls back to "agent" when nothing
// is left, as with a name in a non-Latin script.
QString slugBase(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString slug;
    bool pendingDash = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;

        const QChar lower = c.toLower();
        const bool alphanumeric = (lower >= QLatin1Char('a') && lower <= QLatin1Char('z'))
            || (lower >= QLatin1Char('0') && lower <= QLatin1Char('9'));
        if (!alphanumeric) {
            pendingDash = !slug.isEmpty();
            continue;
        }

        if (pendingDash)
            slug.append(QLatin1Char('-'));
        pendingDash = false;
        slug.append(lower);
    }
    return slug.isEmpty() ? QStringLiteral("agent") : slug;
}

// The first of base, base-2, base-3, ... that no agent of the workspace uses. Runs inside the
// write transaction, so that two creates cannot pick the same slug.
QString uniqueSlug(const QSqlDatabase &db, const QString &workspaceId, const QString &name)
{
    // A base holds only a-z, 0-9 and "-", so it needs no LIKE escaping.
    const QString base = slugBase(name);
    QSqlQuery rows = sql::exec(db, QStringLiteral("SELECT slug FROM agents WHERE workspace_id = ? AND (slug = ? OR slug LIKE ?)"),
                               {workspaceId, base, base + QStringLiteral("-%")});
    QSet<QString> taken;
    while (rows.next())
        taken.insert(rows.value(0).toString());

    QString slug = base;
    for (int suffix = 2; taken.contains(slug); ++suffix)
        slug = QStringLiteral("%1-%2").arg(base).arg(suffix);
    return slug;
}

// Whether the agent is the workspace's copilot, or nullopt when the agent is not in the workspace.
std::optional<bool> isCopilot(const QSqlDatabase &db, const QString &workspaceId, const QString &id)
{
    QSqlQuery row = sql::exec(db, QStringLiteral("SELECT is_copilot FROM agents WHERE id = ? AND workspace_id = ?"),
                              {id, workspaceId});
    if (!row.next())
        return std::nullopt;
    return row.value(0).toLongLong() != 0;
}

// Whether the body sets is_active. A null is_active leaves the column unchanged, because the column
// cannot be NULL.
bool setsIsActive(const QJsonObject &body)
{
    const QJsonValue isActive = body.value(QStringLiteral("is_active"));
    return !isActive.isUndefined() && !isActive.isNull();
}

HttpResponse listAgents(RequestContext &ctx)
{
    Validator v(ctx.queryObject());
    const PageRequest page = readPageRequest(ctx, v);
    v.field(QStringLiteral("q")).string().max(255);
    v.field(QStringLiteral("is_active")).boolean();
    if (v.fails())
        return v.response();

    SqlFilter filter;
    filter.add(QStringLiteral("workspace_id = ?"), {ctx.workspaceId});
    const QString q = ctx.request.queryValue(QStringLiteral("q")).trimmed();
    if (!q.isEmpty())
        filter.add(QStringLiteral("name LIKE ? ESCAPE '\\'"), {likeContains(q)});
    if (ctx.request.hasQueryItem(QStringLiteral("is_active")))
        filter.add(QStringLiteral("is_active = ?"), {toBool(ctx.request.queryValue(QStringLiteral("is_active"))) ? 1 : 0});

    const QSqlDatabase db = ctx.db();
    auto [total, rows] = queryNewestFirst(db, QStringLiteral("agents"), Columns, filter, page);
    QList<QJsonObject> agents;
    while (rows.next())
        agents.append(agentFromRow(rows));
    attachChildren(db, agents);

    QJsonArray data;
    for (const QJsonObject &agent : std::as_const(agents))
        data.append(agent);
    return paginatedResponse(ctx, data, total, page);
}

HttpResponse createAgent(RequestContext &ctx)
{
    Validator v(ctx.body);
    validateAgent(v, true);
    if (v.fails())
        return v.response();

    const bool active = !setsIsActive(ctx.body) || toBool(ctx.body.value(QStringLiteral("is_active")));

    const QString id = json::newId();
    const qint64 now = json::nowMs();
    {
        WriteTransaction transaction(ctx.services.database);
        const QString slug = uniqueSlug(transaction.db(), ctx.workspaceId, ctx.body.value(QStringLiteral("name")).toString());
        sql::exec(transaction.db(),
                  QStringLiteral("INSERT INTO agents (id, workspace_id, name, slug, description, avatar_url, max_messages_per_session, "
                                 "tone, response_length, is_active, is_copilot, is_email_agent, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)"),
                  {id, ctx.workspaceId, ctx.body.value(QStringLiteral("name")).toString(), slug,
                   textOrNull(ctx.body.value(QStringLiteral("description"))),
                   textOrNull(ctx.body.value(QStringLiteral("avatar_url"))),
                   integerOrNull(ctx.body.value(QStringLiteral("max_messages_per_session"))),
                   textOrNull(ctx.body.value(QStringLiteral("tone"))),
                   textOrNull(ctx.body.value(QStringLiteral("response_length"))), active ? 1 : 0, now, now});
        transaction.commit();
    }

    const QJsonObject agent = *loadAgent(ctx.db(), ctx.workspaceId, id);
    ctx.publish(QStringLiteral("agent.created"), agent);
    return HttpResponse::json(201, agent);
}

HttpResponse showAgent(RequestContext &ctx)
{
    const auto agent = loadAgent(ctx.db(), ctx.workspaceId, ctx.param(QStringLiteral("id")));
    return agent ? HttpResponse::json(200, *agent) : notFoundResponse();
}

// The SET clauses of a partial update, one for each writable field present in the body, with
// their bind values in the same order.
struct Assignments
{
    QStringList clauses;
    QVariantList values;
};

Assignments assignmentsFor(const QJsonObject &body)
{
    Assignments assignments;
    for (const QString &column : TextColumns) {
        if (!body.contains(column))
            continue;
        assignments.clauses.append(column + QStringLiteral(" = ?"));
        assignments.values.append(textOrNull(body.value(column)));
    }

    if (body.contains(QStringLiteral("max_messages_per_session"))) {
        assignments.clauses.append(QStringLiteral("max_messages_per_session = ?"));
        assignments.values.append(integerOrNull(body.value(QStringLiteral("max_messages_per_session"))));
    }

    if (setsIsActive(body)) {
        assignments.clauses.append(QStringLiteral("is_active = ?"));
        assignments.values.append(toBool(body.value(QStringLiteral("is_active"))) ? 1 : 0);
    }
    return assignments;
}

// Applies a partial update. The slug stays as generated on create, even when the name changes.
HttpResponse updateAgent(RequestContext &ctx)
{
    const QString id = ctx.param(QStringLiteral("id"));
    if (!existsInWorkspace(ctx.db(), QStringLiteral("agents"), ctx.workspaceId, id))
        return notFoundResponse();

    Validator v(ctx.body);
    validateAgent(v, false);
    if (v.fails())
        return v.response();

    const bool deactivating = setsIsActive(ctx.body) && !toBool(ctx.body.value(QStringLiteral("is_active")));
    Assignments assignments = assignmentsFor(ctx.body);
    assignments.clauses.append(QStringLiteral("updated_at = ?"));
    assignments.values << json::nowMs() << id << ctx.workspaceId;

    {
        WriteTransaction transaction(ctx.services.database);
        const std::optional<bool> copilot = isCopilot(transaction.db(), ctx.workspaceId, id);
        if (!copilot)
            return notFoundResponse();
        if (*copilot && deactivating)
            return errorResponse(403, QStringLiteral("The copilot agent cannot be deactivated."), QStringLiteral("FORBIDDEN"));

        sql::exec(transaction.db(),
                  QStringLiteral("UPDATE agents SET %1 WHERE id = ? AND workspace_id = ?").arg(assignments.clauses.join(QStringLiteral(", "))),
                  assignments.values);
        transaction.commit();
    }

    const QJsonObject agent = *loadAgent(ctx.db(), ctx.workspaceId, id);
    ctx.publish(QStringLiteral("agent.updated"), agent);
    return HttpResponse::json(200, agent);
}

// Deletes the agent and, in the same transaction, unassigns the conversations assigned to it.
// conversations.agent_id and the training links are cleared by their foreign keys.
HttpResponse deleteAgent(RequestContext &ctx)
{
    const QString id = ctx.param(QStringLiteral("id"));
    WriteTransaction transaction(ctx.services.database);

    const std::optional<bool> copilot = isCopilot(transaction.db(), ctx.workspaceId, id);
    if (!copilot)
        return notFoundResponse();
    if (*copilot)
        return errorResponse(403, QStringLiteral("The copilot agent cannot be deleted."), QStringLiteral("FORBIDDEN"));

    const QJsonObject lastKnown = *loadAgent(transaction.db(), ctx.workspaceId, id);

    // NOTE: the unassigned conversations emit no conversation.assigned.updated event, as a bulk
    // update in Laravel fires no model events; whether Weav sends them is unknown.
    sql::exec(transaction.db(),
              QStringLiteral("UPDATE conversations SET assignee_id = NULL, assignee_type = NULL, updated_at = ? "
                             "WHERE workspace_id = ? AND assignee_type = 'agent' AND assignee_id = ?"),
              {json::nowMs(), ctx.workspaceId, id});
    sql::exec(transaction.db(), QStringLiteral("DELETE FROM agents WHERE id = ? AND workspace_id = ?"), {id, ctx.workspaceId});
    transaction.commit();

    ctx.publish(QStringLiteral("agent.deleted"), lastKnown);
    return HttpResponse::noContent();
}

} // namespace

std::optional<QJsonObject> loadAgent(const QSqlDatabase &db, const QString &workspaceId, const QString &id)
{
    QSqlQuery row = sql::exec(db, QStringLiteral("SELECT %1 FROM agents WHERE id = ? AND workspace_id = ?").arg(Columns),
                              {id, workspaceId});
    if (!row.next())
        return std::nullopt;

    QList<QJsonObject> agents{agentFromRow(row)};
    attachChildren(db, agents);
    return agents.first();
}

void registerAgentRoutes(Router &router)
{
    router.get(QStringLiteral("/v1/agents"), listAgents);
    router.post(QStringLiteral("/v1/agents"), createAgent);
    router.get(QStringLiteral("/v1/agents/{id}"), showAgent);
    router.put(QStringLiteral("/v1/agents/{id}"), updateAgent);
    router.remove(QStringLiteral("/v1/agents/{id}"), deleteAgent);
}

} // namespace weav::sandbox
