#include "Message.h"

namespace weav::core {

std::optional<Message> Message::fromJson(const QJsonObject &object, ParseIssues *issues)
{
    JsonReader reader(object, "Message", issues);
    Message m;
    m.id = reader.string("id");
    if (m.id.isEmpty())
        return std::nullopt;

    m.conversationId = reader.string("conversation_id");
    m.senderType = reader.string("sender_type");
    m.senderId = reader.string("sender_id");
    m.customerId = reader.string("customer_id");
    m.content = reader.string("content");
    m.sentAt = reader.time("sent_at");
    m.isInternal = reader.boolean("is_internal");
    m.from = reader.stringList("from");
    m.to = reader.stringList("to");
    m.cc = reader.stringList("cc");
    m.bcc = reader.stringList("bcc");
    m.emailStatus = reader.string("email_status");
    m.emailErrorMessage = reader.string("email_error_message");
    m.createdAt = reader.time("created_at");
    if (!m.sentAt.isValid())
        m.sentAt = m.createdAt;
    return m;
}

QJsonObject Message::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("conversation_id"), conversationId},
        {QStringLiteral("sender_type"), senderType},
        {QStringLiteral("sender_id"), nullableString(senderId)},
        {QStringLiteral("customer_id"), nullableString(customerId)},
        {QStringLiteral("content"), content},
        {QStringLiteral("sent_at"), nullableTime(sentAt)},
        {QStringLiteral("is_internal"), isInternal},
        {QStringLiteral("from"), QJsonArray::fromStringList(from)},
        {QStringLiteral("to"), QJsonArray::fromStringList(to)},
        {QStringLiteral("cc"), QJsonArray::fromStringList(cc)},
        {QStringLiteral("bcc"), QJsonArray::fromStringList(bcc)},
        {QStringLiteral("email_status"), nullableString(emailStatus)},
        {QStringLiteral("email_error_message"), nullableString(emailErrorMessage)},
        {QStringLiteral("created_at"), nullableTime(createdAt)},
    };
}

} // namespace weav::core
