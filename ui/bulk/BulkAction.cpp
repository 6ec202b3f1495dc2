#include "BulkAction.h"

#include "api/Endpoints.h"
#include "models/ConversationListModel.h"
#include "types/Conversation.h"

namespace weav::ui {

BulkAction BulkAction::assignTo(const core::Assignee &assignee, const QString &name)
{
    BulkAction action;
    action.kind = Kind::Assign;
    action.assignee = assignee;
    action.assigneeName = name;
    return action;
}

BulkAction BulkAction::setStatus(const QString &status)
{
    return BulkAction{Kind::SetStatus, {}, {}, status};
}

BulkAction BulkAction::setPriority(const QString &priority)
{
    return BulkAction{Kind::SetPriority, {}, {}, priority};
}

BulkAction BulkAction::addTag(const QString &tag)
{
    return BulkAction{Kind::AddTag, {}, {}, tag.trimmed()};
}

BulkAction BulkAction::removeTag(const QString &tag)
{
    return BulkAction{Kind::RemoveTag, {}, {}, tag.trimmed()};
}

QString BulkAction::title() const
{
    switch (kind) {
    case Kind::Assign:
        return assignee.isNone() ? tr("Unassign") : tr("Assign to %1").arg(assigneeName);
    case Kind::SetStatus:
        return value == QLatin1String("closed") ? tr("Close") : tr("Reopen");
    case Kind::SetPriority:
        return tr("Set the priority to %1").arg(core::ConversationListModel::priorityLabel(value));
    case Kind::AddTag:
        return tr("Add the tag “%1”").arg(value);
    case Kind::RemoveTag:
        return tr("Remove the tag “%1”").arg(value);
    }
    return {};
}

core::BulkOperation::RequestFactory BulkAction::requestFactory() const
{
    if (changesTags())
        return [](const QString &id) { return core::ApiRequest::get(core::endpoints::conversation(id)); };

    core::ConversationChanges changes;
    if (kind == Kind::Assign)
        changes.assignee = assignee;
    else if (kind == Kind::SetStatus)
        changes.status = value;
    else if (kind == Kind::SetPriority)
        changes.priority = value;

    const QJsonObject body = changes.toJson();
    return [body](const QString &id) { return core::ApiRequest::put(core::endpoints::conversation(id), body); };
}

// Tags are read with GET inside each item's work, right before its PUT, and never taken from the
// loaded rows: a row may be minutes old, and a PUT built from it would drop a tag added since.
// NOTE: a tag added by someone else between this GET and the PUT is still lost, because the API
// has no conditional update (no ETag or version) for a PUT to check.
core::BulkOperation::FollowUpFactory BulkAction::followUpFactory() const
{
    if (!changesTags())
        return {};

    const BulkAction action = *this;
    return [action](const QString &id, const core::ApiResponse &firstReply) -> std::optional<core::ApiRequest> {
        // NOTE: a reply that is no conversation ends the item as done without a PUT, because a PUT
        // built without the current tags would drop them.
        const std::optional<core::Conversation> current = core::Conversation::fromJson(firstReply.object());
        if (!current)
            return std::nullopt;

        const QStringList after = action.changedTags(current->tags);
        if (after == current->tags)
            return std::nullopt;

        core::ConversationChanges changes;
        changes.tags = after;
        return core::ApiRequest::put(core::endpoints::conversation(id), changes.toJson());
    };
}

QStringList BulkAction::changedTags(QStringList tags) const
{
    if (kind == Kind::AddTag && !tags.contains(value))
        tags.append(value);
    else if (kind == Kind::RemoveTag)
        tags.removeAll(value);
    return tags;
}

} // namespace weav::ui
