#pragma once

#include "api/ApiClient.h"
#include "types/Conversation.h"
#include "types/Message.h"

#include <QLoggingCategory>
#include <QObject>

#include <functional>
#include <optional>

namespace weav::core {

Q_DECLARE_LOGGING_CATEGORY(lcConversationActions)

class Session;

// An assignee as the API names it: assignee_id and assignee_type together. Both empty means
// unassigned.
struct Assignee
{
    QString id;
    QString type; // user | agent

    bool isNone() const { return id.isEmpty(); }
    static Assignee none() { return {}; }
    static Assignee of(const Conversation &conversation) { return {conversation.assigneeId, conversation.assigneeType}; }

    bool operator==(const Assignee &other) const = default;
};

// The fields a person changed on a conversation. Fields left unset are not sent, so that an edit
// never overwrites what someone else changed in another field.
struct ConversationChanges
{
    std::optional<QString> subject;
    std::optional<QString> status;
    std::optional<QString> priority;
    std::optional<Assignee> assignee;
    // Replaces the whole list.
    std::optional<QStringList> tags;

    bool isEmpty() const;
    // The PUT body: only the set fields; an assignee as assignee_id and assignee_type, both null to
    // unassign.
    QJsonObject toJson() const;
    // The conversation with these changes applied (closed_at is left as it is).
    Conversation appliedTo(Conversation conversation) const;
    // The API field names of the set fields, e.g. {"status", "assignee"}.
    QStringList fieldNames() const;
    // The changes that would alter this conversation; the others are dropped.
    ConversationChanges againstVersion(const Conversation &conversation) const;
};

// The fields, by API name, whose values differ between two versions of a conversation: subject,
// status, priority, assignee, tags, first_response_at, last_message_at, closed_at, is_spam.
// "assignee" stands for assignee_id and assignee_type together.
QStringList changedConversationFields(const Conversation &before, const Conversation &after);

// Another change reached the server between reading a conversation and editing it.
struct ConversationConflict
{
    // The version the person saw and edited.
    Conversation shown;
    // The version on the server now.
    Conversation current;
    // The edit that was not sent.
    ConversationChanges changes;

    // The fields someone else changed, as changedConversationFields(shown, current).
    QStringList changedFields() const { return changedConversationFields(shown, current); }
};

// The writes of the conversation pane: edits of a conversation with a conflict check, and replies
// and internal notes. Every request goes through Session::send(), so a request that gets 401 waits
// for a renewed token and is then sent again.
class ConversationActions : public QObject
{
    Q_OBJECT

public:
    explicit ConversationActions(Session *session, QObject *parent = nullptr);

    // Reads the conversation (GET /v1/conversations/{id}) and compares its updated_at with the shown
    // version. When they match, sends the changes (PUT) and emits updated() or failed(); otherwise
    // emits conflict() and sends nothing.
    void update(const Conversation &shown, const ConversationChanges &changes);
    // Sends the changes without the check: the person chose to apply them over another change.
    void apply(const QString &conversationId, const ConversationChanges &changes);
    // Reads the conversation again and emits refreshed() or failed().
    void refresh(const QString &conversationId);

    // Sends a reply (isInternal false) or an internal note as the session's teammate
    // (POST /v1/messages with sender_type "user"). Emits messagePosted() or messageFailed().
    void postMessage(const QString &conversationId, const QString &content, bool isInternal);

    // Requests sent and not finished yet, parked ones included.
    int pendingCount() const { return m_pending; }

    // The longest content the API accepts, in characters.
    static constexpr int MaxContentLength = 65535;

signals:
    void updated(const weav::core::Conversation &conversation);
    // The edit, or the read before it, failed; changes is what was not applied.
    void failed(const weav::core::ApiError &error, const weav::core::ConversationChanges &changes,
                const QString &conversationId);
    void conflict(const weav::core::ConversationConflict &conflict);
    void refreshed(const weav::core::Conversation &conversation);
    void refreshFailed(const weav::core::ApiError &error);
    void messagePosted(const weav::core::Message &message);
    void messageFailed(const weav::core::ApiError &error, const QString &conversationId, bool isInternal);
    void pendingCountChanged(int count);

private:
    using ReplyHandler = std::function<void(const ApiResponse &response)>;

    void send(const ApiRequest &request, ReplyHandler handler);
    void compareAndApply(const Conversation &shown, const ConversationChanges &changes, const ApiResponse &response);
    std::optional<Conversation> conversationFrom(const ApiResponse &response, const QString &endpoint, ApiError *error) const;
    static ApiError invalidReply(const ApiResponse &response, const QString &endpoint, const QString &what);
    static ApiError noTeammateError();

    Session *m_session;
    int m_pending = 0;
};

} // namespace weav::core

Q_DECLARE_METATYPE(weav::core::ConversationChanges)
Q_DECLARE_METATYPE(weav::core::ConversationConflict)
