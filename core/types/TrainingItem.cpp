#include "TrainingItem.h"

namespace weav::core {

std::optional<TrainingItem> TrainingItem::fromJson(const QJsonObject &object, ParseIssues *issues)
{
    JsonReader reader(object, "TrainingItem", issues);
    TrainingItem t;
    t.id = reader.string("id");
    if (t.id.isEmpty())
        return std::nullopt;

    t.type = reader.string("type");
    t.title = reader.string("title");
    t.status = reader.string("status");
    t.error = reader.string("error");
    t.content = reader.string("content");
    t.question = reader.string("question");
    t.answer = reader.string("answer");
    t.sourceUrl = reader.string("source_url");
    t.fileName = reader.string("file_name");
    t.mimeType = reader.string("mime_type");
    t.sizeBytes = reader.integer("size_bytes");
    t.agentIds = reader.stringList("agent_ids");
    t.createdAt = reader.time("created_at");
    t.updatedAt = reader.time("updated_at");
    return t;
}

QJsonObject TrainingItem::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), type},
        {QStringLiteral("title"), nullableString(title)},
        {QStringLiteral("status"), status},
        {QStringLiteral("error"), nullableString(error)},
        {QStringLiteral("content"), nullableString(content)},
        {QStringLiteral("question"), nullableString(question)},
        {QStringLiteral("answer"), nullableString(answer)},
        {QStringLiteral("source_url"), nullableString(sourceUrl)},
        {QStringLiteral("file_name"), nullableString(fileName)},
        {QStringLiteral("mime_type"), nullableString(mimeType)},
        {QStringLiteral("size_bytes"), sizeBytes ? QJsonValue(*sizeBytes) : QJsonValue()},
        {QStringLiteral("agent_ids"), QJsonArray::fromStringList(agentIds)},
        {QStringLiteral("created_at"), nullableTime(createdAt)},
        {QStringLiteral("updated_at"), nullableTime(updatedAt)},
    };
}

} // namespace weav::core
