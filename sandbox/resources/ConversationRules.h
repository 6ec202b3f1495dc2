#pragma once

#include "api/Validator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

// Rules shared by the conversation and message endpoints: the stored state that updates and
// replies compare against, and the validation steps both bodies use.
namespace weav::sandbox {

// The stored fields of a conversation that updates, assignment rules and message effects read.
// A NULL text column becomes a null QString, and a NULL time a null QVariant.
struct ConversationState
{
    QString id;
    QString channel;
    QString customerId;
    QString agentId;
    QString subject;
    QString status;
    QString priority;
    QString assigneeId;
    QString assigneeType;
    QStringList tags;
    QVariant closedAt;
    QVariant firstResponseAt;
};

std::optional<ConversationState> loadConversationState(const QSqlDatabase &db, const QString &workspaceId,
                                                       const QString &id);

// Adds Laravel's `exists` message ("The selected customer id is invalid.") at `field` when its
// value is a UUID that names no row of `table` in the workspace. Values that are not UUIDs are
// left to the uuid() rule, so a malformed id gets one message, not two.
void validateExists(Validator &validator, const QSqlDatabase &db, const QString &table, const QString &workspaceId,
                    const QString &field);

// Validates each item of the array field `field` under the names "field.0", "field.1", ...
// with `rules`. String items are trimmed first, as Laravel's TrimStrings middleware does.
// Returns the items as validated, or an empty array when the field is not an array.
QJsonArray validateItems(Validator &validator, const QJsonObject &input, const QString &field,
                         const std::function<void(Validator &)> &rules);

} // namespace weav::sandbox
