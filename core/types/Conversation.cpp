#include "Conversation.h"

#include <QJsonArray>

namespace weav::core {

int Conversation::priorityRank(const QString &priority)
{
    if (priority == QLatin1String("low"))
        return 1;
    if (priority == QLatin1String("normal"))
        return 2;
    if (priority == QLatin1String("high"))
        return 3;
    if (priority == QLatin1String("urgent"))
        return 4;
    return 0;
}

int Conversation::priorityRank() const
{
    return priorityRank(priority);
}

std::optional<Conversation> Conversation::fromJson(const QJsonObject &object, ParseIssues *issues)
{
    JsonReader reader(object, "Conversation", issues);
    Conversation c;
    c.id = reader.string("id");
    if (c.id.isEmpty())
        return std::nullopt;

    c.channel = reader.string("channel");
    c.customerId = reader.string("customer_id");
    c.subject = reader.has("subject") ? reader.string("subject") : reader.string("title");
    c.status = reader.string("status");
    c.priority = reader.string("priority");
    c.assigneeId = reader.string("assignee_id");
    c.assigneeType = reader.string("assignee_type");
    c.closedAt = reader.time("closed_at");
    c.firstResponseAt = reader.time("first_response_at");
    c.lastMessageAt = reader.time("last_message_at");
    c.isSpam = reader.boolean("is_spam");
    c.spamScore = reader.number("spam_score").value_or(0.0);
    c.createdAt = reader.time("created_at");
    c.updatedAt = reader.time("updated_at");
    c.tags = reader.stringList("tags");
    c.agentId = reader.string("agent_id");
    return c;
}

QJsonObject Conversation::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("channel"), channel},
        {QStringLiteral("customer_id"), nullableString(customerId)},
        {QStringLiteral("subject"), nullableString(subject)},
        {QStringLiteral("status"), status},
        {QStringLiteral("priority"), nullableString(priority)},
        {QStringLiteral("assignee_id"), assigneeId.isEmpty() ? QJsonValue() : QJsonValue(assigneeId)},
        {QStringLiteral("assignee_type"), assigneeType.isEmpty() ? QJsonValue() : QJsonValue(assigneeType)},
        {QStringLiteral("closed_at"), nullableTime(closedAt)},
        {QStringLiteral("first_response_at"), nullableTime(firstResponseAt)},
        {QStringLiteral("last_message_at"), nullableTime(lastMessageAt)},
        {QStringLiteral("is_spam"), isSpam},
        {QStringLiteral("spam_score"), spamScore},
        {QStringLiteral("created_at"), nullableTime(createdAt)},
        {QStringLiteral("updated_at"), nullableTime(updatedAt)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("agent_id"), agentId.isEmpty() ? QJsonValue() : QJsonValue(agentId)},
    };
}

} // namespace weav::core
