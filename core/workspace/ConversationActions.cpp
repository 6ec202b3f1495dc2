#include "ConversationActions.h"

#include "Session.h"
#include "api/Endpoints.h"

#include <QJsonArray>

namespace weav::core {

Q_LOGGING_CATEGORY(lcConversationActions, "weav.core.actions")

// ---- ConversationChanges ----------------------------------------------------------------------

bool ConversationChanges::isEmpty() const
{
    return !subject && !status && !priority && !assignee && !tags;
}

QJsonObject ConversationChanges::toJson() const
{
    QJsonObject body;
    if (subject)
        body.insert(QStringLiteral("subject"), nullableString(*subject));
    if (status)
        body.insert(QStringLiteral("status"), *status);
    if (priority)
        body.insert(QStringLiteral("priority"), *priority);
    if (assignee) {
        body.insert(QStringLiteral("assignee_id"), nullableString(assignee->id));
        body.insert(QStringLiteral("assignee_type"), assignee->isNone() ? QJsonValue(QJsonValue::Null) : QJsonValue(assignee->type));
    }
    if (tags)
        body.insert(QStringLiteral("tags"), QJsonArray::fromStringList(*tags));
    return body;
}

Conversation ConversationChanges::appliedTo(Conversation conversation) const
{
    if (subject)
        conversation.subject = *subject;
    if (status)
        conversation.status = *status;
    if (priority)
        conversation.priority = *priority;
    if (assignee) {
        conversation.assigneeId = assignee->id;
        conversation.assigneeType = assignee->isNone() ? QString() : assignee->type;
    }
    if (tags)
        conversation.tags = *tags;
    return conversation;
}

QStringList ConversationChanges::fieldNames() const
{
    QStringList names;
    if (subject)
        names.append(QStringLiteral("subject"));
    if (status)
        names.append(QStringLiteral("status"));
    if (priority)
        names.append(QStringLiteral("priority"));
    if (assignee)
        names.append(QStringLiteral("assignee"));
    if (tags)
        names.append(QStringLiteral("tags"));
    return names;
}

ConversationChanges ConversationChanges::againstVersion(const Conversation &conversation) const
{
    ConversationChanges effective;
    if (subject && *subject != conversation.subject)
        effective.subject = subject;
    if (status && *status != conversation.status)
        effective.status = status;
    if (priority && *priority != conversation.priority)
        effective.priority = priority;
    if (assignee && !(*assignee == Assignee::of(conversation)))
        effective.assignee = assignee;
    if (tags && *tags != conversation.tags)
        effective.tags = tags;
    return effective;
}

QStringList changedConversationFields(const Conversation &before, const Conversation &after)
{
    QStringList fields;
    const auto note = [&fields](bool differs, const char *name) {
        if (differs)
            fields.append(QLatin1String(name));
    };

    note(before.subject != after.subject, "subject");
    note(before.status != after.status, "status");
    note(before.priority != after.priority, "priority");
    note(!(Assignee::of(before) == Assignee::of(after)), "assignee");
    note(before.tags != after.tags, "tags");
    note(before.firstResponseAt != after.firstResponseAt, "first_response_at");
    note(before.lastMessageAt != after.lastMessageAt, "last_message_at");
    note(before.closedAt != after.closedAt && before.status == after.status, "closed_at");
    note(before.isSpam != after.isSpam, "is_spam");
    return fields;
}

// ---- ConversationActions ----------------------------------------------------------------------

ConversationActions::ConversationActions(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

void ConversationActions::send(const ApiRequest &request, ReplyHandler handler)
{
    ++m_pending;
    emit pendingCountChanged(m_pending);

    m_session->send(request, this, [this, handler = std::move(handler)](const ApiResponse &response) {
        --m_pending;
        emit pendingCountChanged(m_pending);
        handler(response);
    });
}

void ConversationActions::update(const Conversation &shown, const ConversationChanges &changes)
{
    if (changes.isEmpty())
        return;

    send(ApiRequest::get(endpoints::conversation(shown.id)), [this, shown, changes](const ApiResponse &response) {
        compareAndApply(shown, changes, response);
    });
}

void ConversationActions::compareAndApply(const Conversation &shown, const ConversationChanges &changes,
                                          const ApiResponse &response)
{
    ApiError error;
    const std::optional<Conversation> current = conversationFrom(response, QStringLiteral("GET ") + endpoints::conversation(shown.id), &error);
    if (!current) {
        qCWarning(lcConversationActions).noquote() << "conversation" << shown.id << "not read before the edit:" << error.summary();
        emit failed(error, changes, shown.id);
        return;
    }

    // NOTE: updated_at also moves when a message is added, so a new message counts as a conflict
    // too, and the dialog then lists the changed message times. With a server that kept updated_at
    // on new messages, only edits of the fields would be conflicts.
    if (current->updatedAt != shown.updatedAt) {
        qCInfo(lcConversationActions).noquote() << "conversation" << shown.id << "changed since it was shown:"
                                                << changedConversationFields(shown, *current).join(QLatin1Char(','));
        emit conflict(ConversationConflict{shown, *current, changes});
        return;
    }
    apply(shown.id, changes);
}

void ConversationActions::apply(const QString &conversationId, const ConversationChanges &changes)
{
    if (changes.isEmpty())
        return;

    const ApiRequest request = ApiRequest::put(endpoints::conversation(conversationId), changes.toJson());
    send(request, [this, request, conversationId, changes](const ApiResponse &response) {
        ApiError error;
        const std::optional<Conversation> conversation = conversationFrom(response, QStringLiteral("PUT ") + request.path, &error);
        if (!conversation) {
            qCWarning(lcConversationActions).noquote() << "conversation" << conversationId << "not updated ("
                                                       << changes.fieldNames().join(QLatin1Char(',')) << "):" << error.summary();
            emit failed(error, changes, conversationId);
            return;
        }
        qCInfo(lcConversationActions).noquote() << "conversation" << conversationId << "updated:"
                                                << changes.fieldNames().join(QLatin1Char(','));
        emit updated(*conversation);
    });
}

void ConversationActions::refresh(const QString &conversationId)
{
    const ApiRequest request = ApiRequest::get(endpoints::conversation(conversationId));
    send(request, [this, request, conversationId](const ApiResponse &response) {
        ApiError error;
        const std::optional<Conversation> conversation = conversationFrom(response, QStringLiteral("GET ") + request.path, &error);
        if (!conversation) {
            qCWarning(lcConversationActions).noquote() << "conversation" << conversationId << "not read again:" << error.summary();
            emit refreshFailed(error);
            return;
        }
        emit refreshed(*conversation);
    });
}

void ConversationActions::postMessage(const QString &conversationId, const QString &content, bool isInternal)
{
    const QString teammateId = m_session->teammateId();
    if (teammateId.isEmpty()) {
        emit messageFailed(noTeammateError(), conversationId, isInternal);
        return;
    }

    const QJsonObject body{
        {QStringLiteral("conversation_id"), conversationId},
        {QStringLiteral("sender_type"), QStringLiteral("user")},
        {QStringLiteral("sender_id"), teammateId},
        {QStringLiteral("content"), content},
        {QStringLiteral("is_internal"), isInternal},
    };
    send(ApiRequest::post(endpoints::messages(), body), [this, conversationId, isInternal](const ApiResponse &response) {
        std::optional<Message> message;
        if (response.ok())
            message = Message::fromJson(response.object());
        if (!message) {
            const ApiError error = response.ok()
                ? invalidReply(response, QStringLiteral("POST ") + endpoints::messages(), QStringLiteral("message"))
                : response.error;
            qCWarning(lcConversationActions).noquote() << (isInternal ? "note" : "reply") << "to conversation"
                                                       << conversationId << "not posted:" << error.summary();
            emit messageFailed(error, conversationId, isInternal);
            return;
        }
        qCInfo(lcConversationActions).noquote() << (isInternal ? "note" : "reply") << message->id << "posted to conversation"
                                                << conversationId;
        emit messagePosted(*message);
    });
}

std::optional<Conversation> ConversationActions::conversationFrom(const ApiResponse &response, const QString &endpoint,
                                                                  ApiError *error) const
{
    if (!response.ok()) {
        *error = response.error;
        return std::nullopt;
    }
    std::optional<Conversation> conversation = Conversation::fromJson(response.object());
    if (!conversation)
        *error = invalidReply(response, endpoint, QStringLiteral("conversation"));
    return conversation;
}

ApiError ConversationActions::invalidReply(const ApiResponse &response, const QString &endpoint, const QString &what)
{
    ApiError error;
    error.kind = ApiError::Kind::InvalidResponse;
    error.endpoint = endpoint;
    error.httpStatus = response.status;
    error.requestId = response.requestId;
    error.bodyExcerpt = ApiError::excerpt(response.body);
    error.message = tr("The reply is not a %1 object with an id.").arg(what);
    return error;
}

ApiError ConversationActions::noTeammateError()
{
    ApiError error;
    error.kind = ApiError::Kind::Configuration;
    error.code = QStringLiteral("NO_TEAMMATE");
    error.message = tr("The connection profile names no teammate to send messages as.");
    error.endpoint = QStringLiteral("POST ") + endpoints::messages();
    return error;
}

} // namespace weav::core
