#include "ConversationRules.h"

#include "Resources.h"

#include "api/Json.h"
#include "store/Database.h"

namespace weav::sandbox {

std::optional<ConversationState> loadConversationState(const QSqlDatabase &db, const QString &workspaceId,
                                                       const QString &id)
{
    QSqlQuery row = sql::exec(db,
                              QStringLiteral("SELECT id, channel, customer_id, agent_id, subject, status, priority, "
                                             "assignee_id, assignee_type, tags, closed_at, first_response_at "
                                             "FROM conversations WHERE id = ? AND workspace_id = ?"),
                              {id, workspaceId});
    if (!row.next())
        return std::nullopt;

    ConversationState state;
    state.id = row.value(0).toString();
    state.channel = row.value(1).toString();
    state.customerId = row.value(2).toString();
    state.agentId = row.value(3).toString();
    state.subject = row.value(4).toString();
    state.status = row.value(5).toString();
    state.priority = row.value(6).toString();
    state.assigneeId = row.value(7).toString();
    state.assigneeType = row.value(8).toString();
    for (const QJsonValue &tag : json::stringArray(row.value(9)).toArray())
        state.tags.append(tag.toString());
    state.closedAt = row.value(10);
    state.firstResponseAt = row.value(11);
    return state;
}

void validateExists(Validator &validator, const QSqlDatabase &db, const QString &table, const QString &workspaceId,
                    const QString &field)
{
    validator.field(field);
    const QJsonValue value = validator.current();
    if (!value.isString() || !json::isUuid(value.toString()))
        return;

    if (!existsInWorkspace(db, table, workspaceId, value.toString()))
        validator.addError(field, QStringLiteral("The selected %1 is invalid.").arg(Validator::attributeName(field)));
}

QJsonArray validateItems(Validator &validator, const QJsonObject &input, const QString &field,
                         const std::function<void(Validator &)> &rules)
{
    const QJsonValue value = input.value(field);
    if (!value.isArray())
        return {};

    QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).isString())
            items.replace(i, items.at(i).toString().trimmed());
        validator.value(QStringLiteral("%1.%2").arg(field).arg(i), items.at(i));
        rules(validator);
    }
    return items;
}

} // namespace weav::sandbox
