#include "ConversationRules.h"
#include "Resources.h"

#include "api/Errors.h"
#include "api/Json.h"
#include "api/Listing.h"
#include "api/Validator.h"
#include "store/Database.h"

namespace weav::sandbox {

namespace {

const QString Columns = QStringLiteral(
    "id, conversation_id, sender_type, sender_id, customer_id, content, sent_at, is_internal, from_addresses, "
    "to_addresses, cc_addresses, bcc_addresses, email_status, email_error_message, created_at");

const QString Customer = QStringLiteral("customer");
const QString User = QStringLiteral("user");
const QStringList AddressFields{QStringLiteral("to"), QStringLiteral("cc"), QStringLiteral("bcc")};

QJsonObject messageFromRow(const QSqlQuery &row)
{
    return QJsonObject{
        {QStringLiteral("id"), row.value(0).toString()},
        {QStringLiteral("conversation_id"), json::string(row.value(1))},
        {QStringLiteral("sender_type"), json::string(row.value(2))},
        {QStringLiteral("sender_id"), json::string(row.value(3))},
        {QStringLiteral("customer_id"), json::string(row.value(4))},
        {QStringLiteral("content"), json::string(row.value(5))},
        {QStringLiteral("sent_at"), json::timestampOffset(row.value(6))},
        {QStringLiteral("is_internal"), json::boolean(row.value(7))},
        {QStringLiteral("from"), json::stringArray(row.value(8))},
        {QStringLiteral("to"), json::stringArray(row.value(9))},
        {QStringLiteral("cc"), json::stringArray(row.value(10))},
        {QStringLiteral("bcc"), json::stringArray(row.value(11))},
        {QStringLiteral("email_status"), json::string(row.value(12))},
        {QStringLiteral("email_error_message"), json::string(row.value(13))},
        {QStringLiteral("created_at"), json::timestamp(row.value(14))},
    };
}

// A boolean as Laravel's `boolean` rule accepts it: true, 1, "1" or "true".
bool isTrue(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() == 1;
    return value.toString() == QLatin1String("1") || value.toString() == QLatin1String("true");
}

// ---- Validation -------------------------------------------------------------------------------

// sender_id is required for a teammate's message (Laravel's required_if) and optional for the
// customer's, whose id the conversation already names.
void validateSender(Validator &v, const QJsonObject &body)
{
    v.field(QStringLiteral("sender_type")).required().in({Customer, User});

    const QJsonValue senderId = body.value(QStringLiteral("sender_id"));
    const bool missing = senderId.isUndefined() || senderId.isNull()
        || (senderId.isString() && senderId.toString().trimmed().isEmpty());
    if (body.value(QStringLiteral("sender_type")) == QJsonValue(User) && missing) {
        v.addError(QStringLiteral("sender_id"), QStringLiteral("The sender id field is required when sender type is user."));
        return;
    }
    v.field(QStringLiteral("sender_id")).nullable().uuid();
}

void validateInternal(Validator &v, const QJsonObject &body)
{
    v.field(QStringLiteral("is_internal")).nullable().boolean();

    // Only a teammate writes internal notes. The message is the wording of Laravel's declined_if.
    const bool customer = body.value(QStringLiteral("sender_type")) == QJsonValue(Customer);
    if (customer && isTrue(body.value(QStringLiteral("is_internal"))))
        v.addError(QStringLiteral("is_internal"), QStringLiteral("The is internal field must be declined when sender type is customer."));
}

// to, cc and bcc are e-mail recipients, so a chat conversation rejects them.
void validateAddresses(Validator &v, const QJsonObject &body, const std::optional<ConversationState> &conversation)
{
    const bool chat = conversation && conversation->channel == QLatin1String("chat");
    for (const QString &field : AddressFields) {
        const QJsonValue value = body.value(field);
        if (chat && !value.isUndefined() && !value.isNull()) {
            v.addError(field, QStringLiteral("The %1 field is prohibited for chat conversations.").arg(field));
            continue;
        }
        v.field(field).nullable().array();
        validateItems(v, body, field, [](Validator &item) { item.email(); });
    }
}

void validateMessage(Validator &v, const QJsonObject &body, const QSqlDatabase &db, const QString &workspaceId,
                     const std::optional<ConversationState> &conversation)
{
    v.field(QStringLiteral("conversation_id")).required().uuid();
    validateExists(v, db, QStringLiteral("conversations"), workspaceId, QStringLiteral("conversation_id"));
    validateSender(v, body);
    v.field(QStringLiteral("content")).required().string().max(65535);
    validateInternal(v, body);
    validateAddresses(v, body, conversation);
    v.field(QStringLiteral("metadata")).prohibited();
    v.field(QStringLiteral("is_ai_assisted")).prohibited();
}

// ---- Writes -----------------------------------------------------------------------------------

// A validated message body with the facts the conversation adds to it.
struct NewMessage
{
    QString id;
    QString senderType;
    QString senderId;
    QString content;
    bool internal = false;
    QVariant from;
    QVariant to;
    QVariant cc;
    QVariant bcc;
    QVariant emailStatus;
    qint64 sentAt = 0;

    bool isPublicReply() const { return senderType == User && !internal; }
};

// The JSON text of an address list, or NULL when the body has none.
QVariant addressesText(const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(field);
    if (!value.isArray())
        return QVariant(QMetaType(QMetaType::QString));

    QJsonArray trimmed;
    for (const QJsonValue &address : value.toArray())
        trimmed.append(address.toString().trimmed());
    return json::arrayText(trimmed);
}

// The sender's e-mail address, for the `from` of a message on an email conversation.
QString senderEmail(const QSqlDatabase &db, const QString &workspaceId, const NewMessage &message)
{
    const QString table = message.senderType == User ? QStringLiteral("users") : QStringLiteral("customers");
    QSqlQuery row = sql::exec(db, QStringLiteral("SELECT email FROM %1 WHERE id = ? AND workspace_id = ?").arg(table),
                              {message.senderId, workspaceId});
    return row.next() ? row.value(0).toString() : QString();
}

// Every message in a thread sorts after the ones before it: two requests in the same millisecond
// would otherwise be ordered by their random ids.
qint64 nextSentAt(const QSqlDatabase &db, const QString &conversationId)
{
    const qint64 latest = sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(created_at), 0) FROM messages WHERE conversation_id = ?"),
                                      {conversationId});
    return qMax(json::nowMs(), latest + 1);
}

NewMessage newMessage(const QJsonObject &body, const ConversationState &conversation)
{
    NewMessage message;
    message.id = json::newId();
    message.senderType = body.value(QStringLiteral("sender_type")).toString();
    message.senderId = body.value(QStringLiteral("sender_id")).toString();
    if (message.senderType == Customer && message.senderId.isEmpty())
        message.senderId = conversation.customerId;
    message.content = body.value(QStringLiteral("content")).toString();
    message.internal = isTrue(body.value(QStringLiteral("is_internal")));
    message.to = addressesText(body, QStringLiteral("to"));
    message.cc = addressesText(body, QStringLiteral("cc"));
    message.bcc = addressesText(body, QStringLiteral("bcc"));
    message.from = QVariant(QMetaType(QMetaType::QString));
    message.emailStatus = QVariant(QMetaType(QMetaType::QString));
    return message;
}

// Adds what an email conversation records: the sender's address, and "sent" for a reply that
// leaves the workspace.
void addEmailFields(const QSqlDatabase &db, const QString &workspaceId, NewMessage &message)
{
    const QString from = senderEmail(db, workspaceId, message);
    if (!from.isEmpty())
        message.from = json::arrayText(QJsonArray{from});
    if (message.isPublicReply())
        message.emailStatus = QStringLiteral("sent");
}

std::optional<HttpResponse> checkSender(const QSqlDatabase &db, const QString &workspaceId, const NewMessage &message,
                                        const ConversationState &conversation)
{
    const bool matches = message.senderType == User
        ? existsInWorkspace(db, QStringLiteral("users"), workspaceId, message.senderId)
        : message.senderId == conversation.customerId;
    if (matches)
        return std::nullopt;
    return errorResponse(400, QStringLiteral("The sender does not match the sender type."), QStringLiteral("INVALID_SENDER"));
}

void insertMessage(const QSqlDatabase &db, const QString &workspaceId, const NewMessage &message,
                   const ConversationState &conversation)
{
    sql::exec(db,
              QStringLiteral("INSERT INTO messages (id, workspace_id, conversation_id, sender_type, sender_id, customer_id, "
                             "content, is_internal, from_addresses, to_addresses, cc_addresses, bcc_addresses, email_status, "
                             "sent_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {message.id, workspaceId, conversation.id, message.senderType, message.senderId, conversation.customerId,
               message.content, message.internal ? 1 : 0, message.from, message.to, message.cc, message.bcc,
               message.emailStatus, message.sentAt, message.sentAt});
}

// Records the message on its conversation: last_message_at, the first response of a public
// reply, and the reopening of a closed conversation by its customer. Returns whether it reopened.
bool applyToConversation(const QSqlDatabase &db, const QString &workspaceId, const NewMessage &message,
                         const ConversationState &conversation)
{
    const bool reopens = message.senderType == Customer && conversation.status == QLatin1String("closed");
    const QVariant firstResponse = message.isPublicReply() ? QVariant(message.sentAt) : QVariant(QMetaType::fromType<qint64>());

    QString statement = QStringLiteral("UPDATE conversations SET last_message_at = ?, updated_at = ?, "
                                       "first_response_at = COALESCE(first_response_at, ?)");
    if (reopens)
        statement += QStringLiteral(", status = 'open', closed_at = NULL");
    statement += QStringLiteral(" WHERE id = ? AND workspace_id = ?");

    sql::exec(db, statement, {message.sentAt, message.sentAt, firstResponse, conversation.id, workspaceId});
    return reopens;
}

// ---- Handlers ---------------------------------------------------------------------------------

HttpResponse createMessage(RequestContext &ctx)
{
    WriteTransaction transaction(ctx.services.database);
    const QSqlDatabase &db = transaction.db();
    const QJsonValue conversationId = ctx.body.value(QStringLiteral("conversation_id"));
    const auto conversation = json::isUuid(conversationId.toString())
        ? loadConversationState(db, ctx.workspaceId, conversationId.toString())
        : std::nullopt;

    Validator v(ctx.body);
    validateMessage(v, ctx.body, db, ctx.workspaceId, conversation);
    if (v.fails())
        return v.response();

    NewMessage message = newMessage(ctx.body, *conversation);
    if (auto rejected = checkSender(db, ctx.workspaceId, message, *conversation))
        return *rejected;
    if (conversation->channel == QLatin1String("email"))
        addEmailFields(db, ctx.workspaceId, message);
    message.sentAt = nextSentAt(db, conversation->id);

    insertMessage(db, ctx.workspaceId, message, *conversation);
    const bool reopened = applyToConversation(db, ctx.workspaceId, message, *conversation);
    transaction.commit();

    // An internal note is a teammate's message too.
    const QJsonObject created = *loadMessage(ctx.db(), ctx.workspaceId, message.id);
    ctx.publish(message.senderType == User ? QStringLiteral("conversation.user.message.created")
                                           : QStringLiteral("conversation.customer.message.created"),
                created);
    if (reopened)
        ctx.publish(QStringLiteral("conversation.status.updated"), *loadConversation(ctx.db(), ctx.workspaceId, conversation->id));
    return HttpResponse::json(201, created);
}

HttpResponse showMessage(RequestContext &ctx)
{
    const auto message = loadMessage(ctx.db(), ctx.workspaceId, ctx.param(QStringLiteral("id")));
    return message ? HttpResponse::json(200, *message) : notFoundResponse();
}

// The thread of a conversation, oldest first.
HttpResponse listConversationMessages(RequestContext &ctx)
{
    const QString conversationId = ctx.param(QStringLiteral("id"));
    const QSqlDatabase db = ctx.db();
    if (!existsInWorkspace(db, QStringLiteral("conversations"), ctx.workspaceId, conversationId))
        return notFoundResponse();

    Validator v(ctx.queryObject());
    const PageRequest page = readPageRequest(ctx, v);
    if (v.fails())
        return v.response();

    const QVariantList scope{conversationId, ctx.workspaceId};
    const qint64 total = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id = ? AND workspace_id = ?"), scope);

    QSqlQuery rows = sql::exec(db,
                               QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? AND workspace_id = ? "
                                              "ORDER BY created_at ASC, id ASC LIMIT ? OFFSET ?")
                                   .arg(Columns),
                               scope + QVariantList{page.perPage, page.offset()});
    QJsonArray data;
    while (rows.next())
        data.append(messageFromRow(rows));
    return paginatedResponse(ctx, data, total, page);
}

} // namespace

std::optional<QJsonObject> loadMessage(const QSqlDatabase &db, const QString &workspaceId, const QString &id)
{
    QSqlQuery row = sql::exec(db, QStringLiteral("SELECT %1 FROM messages WHERE id = ? AND workspace_id = ?").arg(Columns),
                              {id, workspaceId});
    if (!row.next())
        return std::nullopt;
    return messageFromRow(row);
}

void registerMessageRoutes(Router &router)
{
    router.post(QStringLiteral("/v1/messages"), createMessage);
    router.get(QStringLiteral("/v1/messages/{id}"), showMessage);
    router.get(QStringLiteral("/v1/conversations/{id}/messages"), listConversationMessages);
}

} // namespace weav::sandbox
