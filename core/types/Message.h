#pragma once

#include "JsonReader.h"

#include <optional>

namespace weav::core {

// One message of a conversation's thread.
struct Message
{
    QString id;
    QString conversationId;
    QString senderType; // customer | user | agent | system
    QString senderId;
    QString customerId;
    QString content;
    QDateTime sentAt;
    bool isInternal = false;
    QStringList from;
    QStringList to;
    QStringList cc;
    QStringList bcc;
    QString emailStatus;
    QString emailErrorMessage;
    QDateTime createdAt;

    static std::optional<Message> fromJson(const QJsonObject &object, ParseIssues *issues = nullptr);
    QJsonObject toJson() const;

    bool operator==(const Message &other) const = default;
};

} // namespace weav::core
