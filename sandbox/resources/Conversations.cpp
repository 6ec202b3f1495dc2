#include "ConversationRules.h"
#include "Resources.h"

#include <QSet>

#include "api/Errors.h"
#include "api/Json.h"
#include "api/Listing.h"
#include "api/Validator.h"
#include "store/Database.h"

#include <utility>

namespace weav::sandbox {

namespace {

const QString Columns = QStringLiteral(
    "id, channel, customer_id, subject, status, priority, assignee_id, assignee_type, closed_at, first_response_at, "
    "last_message_at, is_spam, spam_score, created_at, updated_at, tags, agent_id");

const QStringList Channels{QStringLiteral("email"), QStringLiteral("chat")};
const QStringList Statuses{QStringLiteral("open"), QStringLiteral("closed")};
// In order of severity: priority_rank is the position in this list plus one.
const QStringList Priorities{QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"),
                             QStringLiteral("urgent")};
const QStringList AssigneeTypes{QStringLiteral("user"), QStringLiteral("agent")};
const QStringList SortKeys{QStringLiteral("created_at"),       QStringLiteral("-created_at"),
                           QStringLiteral("updated_at"),       QStringLiteral("-updated_at"),
                           QStringLiteral("last_message_at"),  QStringLiteral("-last_message_at"),
                           QStringLiteral("priority"),         QStringLiteral("-priority")};

QJsonObject conversationFromRow(const QSqlQuery &row)
{
    return QJsonObject{
        {QStringLiteral("id"), row.value(0).toString()},
        {QStringLiteral("channel"), json::string(row.value(1))},
        {QStringLiteral("customer_id"), json::string(row.value(2))},
        {QStringLiteral("subject"), json::string(row.value(3))},
        {QStringLiteral("status"), json::string(row.value(4))},
        {QStringLiteral("priority"), json::string(row.value(5))},
        {QStringLiteral("assignee_id"), json::string(row.value(6))},
        {QStringLiteral("assignee_type"), json::string(row.value(7))},
        {QStringLiteral("closed_at"), json::timestampOffset(row.value(8))},
        {QStringLiteral("first_response_at"), json::timestampOffset(row.value(9))},
        {QStringLiteral("last_message_at"), json::timestampOffset(row.value(10))},
        {QStringLiteral("is_spam"), json::boolean(row.value(11))},
        {QStringLiteral("spam_score"), json::number(row.value(12))},
        {QStringLiteral("created_at"), json::timestamp(row.value(13))},
        {QStringLiteral("updated_at"), json::timestamp(row.value(14))},
        {QStringLiteral("tags"), json::stringArray(row.value(15))},
        {QStringLiteral("agent_id"), json::string(row.value(16))},
    };
}

QVariant priorityRank(const QString &priority)
{
    const qsizetype index = Priorities.indexOf(priority);
    return index < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(qint64(index + 1));
}

// Trims a string as Laravel's TrimStrings middleware does. An empty result becomes null, as with
// ConvertEmptyStringsToNull.
QString trimmedOrNull(const QJsonValue &value)
{
    const QString text = value.toString().trimmed();
    return text.isEmpty() ? QString() : text;
}

// Tags as stored: trimmed, blank ones dropped, duplicates removed, first occurrence kept.
QStringList normalisedTags(const QJsonValue &tags)
{
    // A set beside the list keeps this linear: a 12 MiB body can carry hundreds of thousands of tags.
    QStringList result;
    QSet<QString> seen;
    for (const QJsonValue &tag : tags.toArray()) {
        const QString name = tag.toString().trimmed();
        if (name.isEmpty() || seen.contains(name))
            continue;
        seen.insert(name);
        result.append(name);
    }
    return result;
}

QString tagsText(const QStringList &tags)
{
    return json::arrayText(QJsonArray::fromStringList(tags));
}

// ---- Validation -------------------------------------------------------------------------------

void validateAssigneeFields(Validator &v)
{
    v.field(QStringLiteral("assignee_id")).nullable().requiredWith(QStringLiteral("assignee_type")).uuid();
    v.field(QStringLiteral("assignee_type")).nullable().requiredWith(QStringLiteral("assignee_id")).in(AssigneeTypes);
}

void validateTags(Validator &v, const QJsonObject &body)
{
    v.field(QStringLiteral("tags")).nullable().array();
    validateItems(v, body, QStringLiteral("tags"), [](Validator &item) { item.string().max(50); });
}

void validateCreate(Validator &v, const QJsonObject &body, const QSqlDatabase &db, const QString &workspaceId)
{
    v.field(QStringLiteral("channel")).required().in(Channels);
    v.field(QStringLiteral("customer_id")).required().uuid();
    validateExists(v, db, QStringLiteral("customers"), workspaceId, QStringLiteral("customer_id"));
    v.field(QStringLiteral("subject")).nullable().string().max(500);
    v.field(QStringLiteral("status")).nullable().in(Statuses);
    v.field(QStringLiteral("priority")).nullable().in(Priorities);
    validateAssigneeFields(v);
    validateTags(v, body);
    v.field(QStringLiteral("agent_id")).nullable().uuid();
    validateExists(v, db, QStringLiteral("agents"), workspaceId, QStringLiteral("agent_id"));
}

// channel and customer_id may be repeated unchanged, so that a client can send back the whole
// object it read. Any other value, null included, is an attempt to change them; Laravel's
// prohibited rule would let null through, so the error is added here directly.
void validateUpdate(Validator &v, const QJsonObject &body, const ConversationState &current)
{
    const std::pair<QString, QString> fixedFields[] = {{QStringLiteral("channel"), current.channel},
                                                       {QStringLiteral("customer_id"), current.customerId}};
    for (const auto &[name, storedValue] : fixedFields) {
        if (body.contains(name) && body.value(name) != QJsonValue(storedValue))
            v.addError(name, QStringLiteral("The %1 field is prohibited.").arg(Validator::attributeName(name)));
    }

    v.field(QStringLiteral("subject")).nullable().string().max(500);
    v.field(QStringLiteral("status")).nullable().in(Statuses);
    v.field(QStringLiteral("priority")).nullable().in(Priorities);
    validateAssigneeFields(v);
    validateTags(v, body);
}

// ---- Assignment rules -------------------------------------------------------------------------

HttpResponse invalidAssignee()
{
    return errorResponse(400, QStringLiteral("The assignee does not belong to this workspace."),
                         QStringLiteral("INVALID_ASSIGNEE"));
}

HttpResponse invalidAssigneeType(const QString &channel)
{
    const QString message = channel == QLatin1String("chat")
        ? QStringLiteral("Chat conversations can be assigned only to a teammate or to the AI agent that started the chat.")
        : QStringLiteral("Email conversations can be assigned only to a teammate or to the workspace's active email agent.");
    return errorResponse(400, message, QStringLiteral("INVALID_ASSIGNEE_TYPE"));
}

bool isActiveEmailAgent(const QSqlDatabase &db, const QString &workspaceId, const QString &agentId)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT COUNT(*) FROM agents WHERE id = ? AND workspace_id = ? "
                                      "AND is_email_agent = 1 AND is_active = 1"),
                       {agentId, workspaceId})
        > 0;
}

// Applies the channel's assignment rules to a validated assignee. A teammate may take any
// conversation; an AI agent only the chat it started, or email when it is the active email agent.
std::optional<HttpResponse> checkAssignee(const QSqlDatabase &db, const QString &workspaceId,
                                          const ConversationState &conversation)
{
    if (conversation.assigneeId.isEmpty())
        return std::nullopt;

    const bool user = conversation.assigneeType == QLatin1String("user");
    const QString table = user ? QStringLiteral("users") : QStringLiteral("agents");
    if (!existsInWorkspace(db, table, workspaceId, conversation.assigneeId))
        return invalidAssignee();
    if (user)
        return std::nullopt;

    const bool chat = conversation.channel == QLatin1String("chat");
    const bool allowed = chat ? conversation.assigneeId == conversation.agentId
                              : isActiveEmailAgent(db, workspaceId, conversation.assigneeId);
    if (!allowed)
        return invalidAssigneeType(conversation.channel);
    return std::nullopt;
}

// ---- Writes -----------------------------------------------------------------------------------

// Sets the assignee that a validated body requests. Validation guarantees that a non-null assignee_id comes
// with a non-null assignee_type and the reverse, so a null in either field means "unassigned".
void readAssignee(const QJsonObject &body, ConversationState &state)
{
    const QJsonValue id = body.value(QStringLiteral("assignee_id"));
    const QJsonValue type = body.value(QStringLiteral("assignee_type"));
    const bool assigned = id.isString() && type.isString();
    state.assigneeId = assigned ? id.toString() : QString();
    state.assigneeType = assigned ? type.toString() : QString();
}

ConversationState newConversation(const QJsonObject &body, qint64 now)
{
    ConversationState state;
    state.id = json::newId();
    state.channel = body.value(QStringLiteral("channel")).toString();
    state.customerId = body.value(QStringLiteral("customer_id")).toString();
    state.subject = trimmedOrNull(body.value(QStringLiteral("subject")));
    state.status = body.value(QStringLiteral("status")).toString(QStringLiteral("open"));
    state.priority = body.value(QStringLiteral("priority")).toString(QStringLiteral("normal"));
    state.tags = normalisedTags(body.value(QStringLiteral("tags")));
    readAssignee(body, state);

    // NOTE: agent_id names the AI agent that started a chat. Email conversations have none, so the
    // field is ignored there. Lift this if email conversations ever get a starting agent.
    if (state.channel == QLatin1String("chat"))
        state.agentId = body.value(QStringLiteral("agent_id")).toString();

    if (state.status == QLatin1String("closed"))
        state.closedAt = now;
    return state;
}

// The conversation after a validated partial update. For status and priority, null means unchanged.
ConversationState updatedConversation(ConversationState state, const QJsonObject &body, qint64 now)
{
    if (body.contains(QStringLiteral("subject")))
        state.subject = trimmedOrNull(body.value(QStringLiteral("subject")));

    const QString status = body.value(QStringLiteral("status")).toString();
    if (!status.isEmpty() && status != state.status) {
        state.status = status;
        state.closedAt = status == QLatin1String("closed") ? QVariant(now) : QVariant(QMetaType::fromType<qint64>());
    }

    const QString priority = body.value(QStringLiteral("priority")).toString();
    if (!priority.isEmpty())
        state.priority = priority;

    if (body.contains(QStringLiteral("assignee_id")) || body.contains(QStringLiteral("assignee_type")))
        readAssignee(body, state);

    if (body.contains(QStringLiteral("tags")))
        state.tags = normalisedTags(body.value(QStringLiteral("tags")));
    return state;
}

// The webhook events for what an update changed, one per aspect.
QStringList changeEvents(const ConversationState &before, const ConversationState &after)
{
    QStringList events;
    if (before.assigneeId != after.assigneeId || before.assigneeType != after.assigneeType)
        events.append(QStringLiteral("conversation.assigned.updated"));
    if (before.status != after.status)
        events.append(QStringLiteral("conversation.status.updated"));
    if (before.priority != after.priority)
        events.append(QStringLiteral("conversation.priority.updated"));
    if (before.tags != after.tags)
        events.append(QStringLiteral("conversation.tags.updated"));
    return events;
}

void insertConversation(const QSqlDatabase &db, const QString &workspaceId, const ConversationState &conversation,
                        qint64 now)
{
    sql::exec(db,
              QStringLiteral("INSERT INTO conversations (id, workspace_id, channel, customer_id, agent_id, subject, status, "
                             "priority, priority_rank, assignee_id, assignee_type, tags, closed_at, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {conversation.id, workspaceId, conversation.channel, conversation.customerId,
               sql::nullable(conversation.agentId), sql::nullable(conversation.subject), conversation.status,
               conversation.priority, priorityRank(conversation.priority), sql::nullable(conversation.assigneeId),
               sql::nullable(conversation.assigneeType), tagsText(conversation.tags), conversation.closedAt, now, now});
}

void storeConversation(const QSqlDatabase &db, const QString &workspaceId, const ConversationState &conversation,
                       qint64 now)
{
    sql::exec(db,
              QStringLiteral("UPDATE conversations SET subject = ?, status = ?, priority = ?, priority_rank = ?, "
                             "assignee_id = ?, assignee_type = ?, tags = ?, closed_at = ?, updated_at = ? "
                             "WHERE id = ? AND workspace_id = ?"),
              {sql::nullable(conversation.subject), conversation.status, sql::nullable(conversation.priority),
               priorityRank(conversation.priority), sql::nullable(conversation.assigneeId),
               sql::nullable(conversation.assigneeType), tagsText(conversation.tags), conversation.closedAt, now,
               conversation.id, workspaceId});
}

bool differs(const ConversationState &before, const ConversationState &after)
{
    return before.subject != after.subject || before.status != after.status || before.priority != after.priority
        || before.assigneeId != after.assigneeId || before.assigneeType != after.assigneeType
        || before.tags != after.tags;
}

// ---- Handlers ---------------------------------------------------------------------------------

HttpResponse createConversation(RequestContext &ctx)
{
    WriteTransaction transaction(ctx.services.database);
    const QSqlDatabase &db = transaction.db();

    Validator v(ctx.body);
    validateCreate(v, ctx.body, db, ctx.workspaceId);
    if (v.fails())
        return v.response();

    const qint64 now = json::nowMs();
    const ConversationState conversation = newConversation(ctx.body, now);
    if (auto rejected = checkAssignee(db, ctx.workspaceId, conversation))
        return *rejected;

    insertConversation(db, ctx.workspaceId, conversation, now);
    transaction.commit();

    const QJsonObject created = *loadConversation(ctx.db(), ctx.workspaceId, conversation.id);
    // The documented conversation.created sample names the subject `title`.
    QJsonObject event = created;
    event.insert(QStringLiteral("title"), created.value(QStringLiteral("subject")));
    ctx.publish(QStringLiteral("conversation.created"), event);
    return HttpResponse::json(201, created);
}

HttpResponse showConversation(RequestContext &ctx)
{
    const auto conversation = loadConversation(ctx.db(), ctx.workspaceId, ctx.param(QStringLiteral("id")));
    return conversation ? HttpResponse::json(200, *conversation) : notFoundResponse();
}

HttpResponse updateConversation(RequestContext &ctx)
{
    WriteTransaction transaction(ctx.services.database);
    const QSqlDatabase &db = transaction.db();
    const auto current = loadConversationState(db, ctx.workspaceId, ctx.param(QStringLiteral("id")));
    if (!current)
        return notFoundResponse();

    Validator v(ctx.body);
    validateUpdate(v, ctx.body, *current);
    if (v.fails())
        return v.response();

    const qint64 now = json::nowMs();
    const ConversationState updated = updatedConversation(*current, ctx.body, now);
    const bool assigning = ctx.body.contains(QStringLiteral("assignee_id")) || ctx.body.contains(QStringLiteral("assignee_type"));
    if (assigning) {
        if (auto rejected = checkAssignee(db, ctx.workspaceId, updated))
            return *rejected;
    }

    // As in Laravel, a request that changes nothing leaves updated_at alone.
    if (differs(*current, updated))
        storeConversation(db, ctx.workspaceId, updated, now);
    transaction.commit();

    const QJsonObject conversation = *loadConversation(ctx.db(), ctx.workspaceId, updated.id);
    for (const QString &event : changeEvents(*current, updated))
        ctx.publish(event, conversation);
    return HttpResponse::json(200, conversation);
}

HttpResponse deleteConversation(RequestContext &ctx)
{
    const QString id = ctx.param(QStringLiteral("id"));
    WriteTransaction transaction(ctx.services.database);
    const auto conversation = loadConversation(transaction.db(), ctx.workspaceId, id);
    if (!conversation)
        return notFoundResponse();

    // Its messages go with it through ON DELETE CASCADE.
    sql::exec(transaction.db(), QStringLiteral("DELETE FROM conversations WHERE id = ? AND workspace_id = ?"),
              {id, ctx.workspaceId});
    transaction.commit();

    ctx.publish(QStringLiteral("conversation.deleted"), *conversation);
    return HttpResponse::noContent();
}

// ---- Lists ------------------------------------------------------------------------------------

struct SortOrder
{
    QString column;
    bool descending = true;
    // Whether the column may hold NULL. Those rows come last in both directions.
    bool nullable = false;
};

SortOrder sortOrder(const QString &sort)
{
    const bool descending = sort.startsWith(QLatin1Char('-'));
    const QString key = descending ? sort.mid(1) : sort;
    if (key == QLatin1String("updated_at"))
        return {QStringLiteral("updated_at"), descending, false};
    if (key == QLatin1String("last_message_at"))
        return {QStringLiteral("last_message_at"), descending, true};
    if (key == QLatin1String("priority"))
        return {QStringLiteral("priority_rank"), descending, true};
    if (key == QLatin1String("created_at"))
        return {QStringLiteral("created_at"), descending, false};
    return {QStringLiteral("created_at"), true, false};
}

// The query string without empty values: Laravel's ConvertEmptyStringsToNull middleware turns
// "?status=" into null, and a null filter is no filter.
QJsonObject givenQueryValues(const RequestContext &ctx)
{
    QJsonObject query = ctx.queryObject();
    for (auto it = query.begin(); it != query.end();) {
        if (it.value().toString().trimmed().isEmpty())
            it = query.erase(it);
        else
            ++it;
    }
    return query;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

// Extension of the contract, which names single values: status, priority, channel and
// assignee_type also accept a comma-separated list ("priority=high,urgent") meaning any of them.
// Every item must be valid, or the whole filter fails with Laravel's `in` message.
QStringList readChoices(Validator &v, const QJsonObject &query, const QString &name, const QStringList &allowed)
{
    const QString text = query.value(name).toString();
    if (text.isEmpty())
        return {};

    QStringList choices;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString choice = part.trimmed();
        if (!allowed.contains(choice)) {
            v.addError(name, QStringLiteral("The selected %1 is invalid.").arg(Validator::attributeName(name)));
            return {};
        }
        choices.append(choice);
    }
    choices.removeDuplicates();
    return choices;
}

void addChoiceFilter(SqlFilter &filter, const QString &column, const QStringList &choices)
{
    if (choices.isEmpty())
        return;

    QVariantList values;
    for (const QString &choice : choices)
        values.append(choice);
    filter.add(QStringLiteral("%1 IN (%2)").arg(column, placeholders(choices.size())), values);
}

void readChoiceFilters(Validator &v, const QJsonObject &query, SqlFilter &filter)
{
    addChoiceFilter(filter, QStringLiteral("status"), readChoices(v, query, QStringLiteral("status"), Statuses));
    addChoiceFilter(filter, QStringLiteral("priority"), readChoices(v, query, QStringLiteral("priority"), Priorities));
    addChoiceFilter(filter, QStringLiteral("channel"), readChoices(v, query, QStringLiteral("channel"), Channels));

    // assignee_type=none selects unassigned conversations.
    QStringList types = readChoices(v, query, QStringLiteral("assignee_type"), AssigneeTypes + QStringList{QStringLiteral("none")});
    if (types.isEmpty())
        return;

    const bool unassigned = types.removeAll(QStringLiteral("none")) > 0;
    QStringList alternatives;
    QVariantList values;
    if (unassigned)
        alternatives.append(QStringLiteral("assignee_id IS NULL"));
    if (!types.isEmpty()) {
        alternatives.append(QStringLiteral("assignee_type IN (%1)").arg(placeholders(types.size())));
        for (const QString &type : std::as_const(types))
            values.append(type);
    }
    filter.add(QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'), values);
}

void readReferenceFilters(Validator &v, const QJsonObject &query, SqlFilter &filter)
{
    for (const QString &column : {QStringLiteral("assignee_id"), QStringLiteral("customer_id")}) {
        v.field(column).uuid();
        const QString id = query.value(column).toString();
        if (json::isUuid(id))
            filter.add(column + QStringLiteral(" = ?"), {id});
    }

    v.field(QStringLiteral("tag")).string().max(50);
    const QString tag = query.value(QStringLiteral("tag")).toString().trimmed();
    if (!tag.isEmpty())
        filter.add(QStringLiteral("EXISTS (SELECT 1 FROM json_each(conversations.tags) WHERE value = ?)"), {tag});

    // NOTE: SQLite's LIKE folds case for ASCII letters only, so "ü" does not match "Ü". Lift this
    // by loading the ICU extension or by storing a case-folded subject column.
    v.field(QStringLiteral("q")).string().max(255);
    const QString q = query.value(QStringLiteral("q")).toString().trimmed();
    if (!q.isEmpty())
        filter.add(QStringLiteral("subject LIKE ? ESCAPE '\\'"), {likeContains(q)});
}

void readTimeFilters(Validator &v, const QJsonObject &query, SqlFilter &filter)
{
    // created_from and updated_since are inclusive, created_to is exclusive.
    const std::pair<QString, QString> bounds[] = {{QStringLiteral("created_from"), QStringLiteral("created_at >= ?")},
                                                  {QStringLiteral("created_to"), QStringLiteral("created_at < ?")},
                                                  {QStringLiteral("updated_since"), QStringLiteral("updated_at >= ?")}};
    for (const auto &[name, clause] : bounds) {
        v.field(name).date();
        if (const auto time = json::parseTime(query.value(name).toString()))
            filter.add(clause, {*time});
    }

    v.field(QStringLiteral("is_spam")).boolean();
    const QString spam = query.value(QStringLiteral("is_spam")).toString();
    if (spam == QLatin1String("true") || spam == QLatin1String("1"))
        filter.add(QStringLiteral("is_spam = 1"));
    else if (spam == QLatin1String("false") || spam == QLatin1String("0"))
        filter.add(QStringLiteral("is_spam = 0"));
}

// A list request: its WHERE clause, and the table it reads, with an index hint when one helps.
struct ListQuery
{
    SqlFilter filter;
    QString source = QStringLiteral("conversations");
};

QJsonArray selectConversations(const QSqlDatabase &db, const QString &source, const SqlFilter &filter,
                               const QString &orderBy, qint64 limit, qint64 offset)
{
    QVariantList values = filter.values();
    values << limit << offset;
    QSqlQuery rows = sql::exec(db,
                               QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 LIMIT ? OFFSET ?")
                                   .arg(Columns, source, filter.where(), orderBy),
                               values);
    QJsonArray data;
    while (rows.next())
        data.append(conversationFromRow(rows));
    return data;
}

// Reads one page in the sort order, ties broken by id in the same direction. Without a customer,
// every query walks one of the (workspace_id, column, id) indexes and stops after the page.
QJsonArray selectPage(const QSqlDatabase &db, const ListQuery &query, const SortOrder &order, const PageRequest &page)
{
    const QString direction = order.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString orderBy = QStringLiteral("%1 %2, id %2").arg(order.column, direction);

    // SQLite already puts NULLs last when descending.
    if (order.descending || !order.nullable)
        return selectConversations(db, query.source, query.filter, orderBy, page.perPage, page.offset());

    // Ascending, SQLite would put NULLs first. Reading the rows with a value and the rows without
    // one as two ranges keeps NULLs last and still walks the index (NULLS LAST would sort instead).
    SqlFilter withValue = query.filter;
    withValue.add(order.column + QStringLiteral(" IS NOT NULL"));
    const qint64 valued = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(query.source, withValue.where()),
                                      withValue.values());

    QJsonArray data;
    if (page.offset() < valued)
        data = selectConversations(db, query.source, withValue, orderBy, page.perPage, page.offset());

    const qint64 missing = page.perPage - data.size();
    if (missing > 0) {
        SqlFilter withoutValue = query.filter;
        withoutValue.add(order.column + QStringLiteral(" IS NULL"));
        const qint64 offset = qMax<qint64>(0, page.offset() - valued);
        const QJsonArray nulls = selectConversations(db, query.source, withoutValue, QStringLiteral("id ASC"), missing, offset);
        for (const QJsonValue &row : nulls)
            data.append(row);
    }
    return data;
}

// The list of /conversations, or of one customer's conversations when `customerId` is set.
HttpResponse respondWithList(RequestContext &ctx, const QString &customerId)
{
    const QJsonObject params = givenQueryValues(ctx);
    Validator v(params);
    const PageRequest page = readPageRequest(ctx, v);

    ListQuery query;
    query.filter.add(QStringLiteral("workspace_id = ?"), {ctx.workspaceId});
    if (!customerId.isEmpty())
        query.filter.add(QStringLiteral("customer_id = ?"), {customerId});
    readChoiceFilters(v, params, query.filter);
    readReferenceFilters(v, params, query.filter);
    readTimeFilters(v, params, query.filter);
    v.field(QStringLiteral("sort")).in(SortKeys);
    if (v.fails())
        return v.response();

    // Without statistics SQLite prefers the index that gives the ORDER BY, so it would scan the
    // whole workspace for a customer's few conversations. Sorting those few is cheaper.
    // assignee_id keeps the sort index, because one assignee usually has many conversations.
    if (!customerId.isEmpty() || params.contains(QStringLiteral("customer_id")))
        query.source = QStringLiteral("conversations INDEXED BY conversations_customer");

    const QSqlDatabase db = ctx.db();
    const qint64 total = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(query.source, query.filter.where()),
                                     query.filter.values());
    const SortOrder order = sortOrder(params.value(QStringLiteral("sort")).toString());
    return paginatedResponse(ctx, selectPage(db, query, order, page), total, page);
}

HttpResponse listConversations(RequestContext &ctx)
{
    return respondWithList(ctx, {});
}

HttpResponse listCustomerConversations(RequestContext &ctx)
{
    const QString customerId = ctx.param(QStringLiteral("id"));
    if (!existsInWorkspace(ctx.db(), QStringLiteral("customers"), ctx.workspaceId, customerId))
        return notFoundResponse();
    return respondWithList(ctx, customerId);
}

} // namespace

std::optional<QJsonObject> loadConversation(const QSqlDatabase &db, const QString &workspaceId, const QString &id)
{
    QSqlQuery row = sql::exec(db, QStringLiteral("SELECT %1 FROM conversations WHERE id = ? AND workspace_id = ?").arg(Columns),
                              {id, workspaceId});
    if (!row.next())
        return std::nullopt;
    return conversationFromRow(row);
}

void registerConversationRoutes(Router &router)
{
    router.get(QStringLiteral("/v1/conversations"), listConversations);
    router.post(QStringLiteral("/v1/conversations"), createConversation);
    router.get(QStringLiteral("/v1/conversations/{id}"), showConversation);
    router.put(QStringLiteral("/v1/conversations/{id}"), updateConversation);
    router.remove(QStringLiteral("/v1/conversations/{id}"), deleteConversation);
    router.get(QStringLiteral("/v1/customers/{id}/conversations"), listCustomerConversations);
}

} // namespace weav::sandbox
