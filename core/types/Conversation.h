#pragma once

#include "JsonReader.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace weav::core {

// A conversation as the API returns it. Enumerated fields stay strings, because a server may
// send values this client does not know yet; helpers below interpret the known ones.
struct Conversation
{
    QString id;
    QString channel;      // email | chat
    QString customerId;
    QString subject;
    QString status;       // open | closed
    QString priority;     // low | normal | high | urgent
    QString assigneeId;
    QString assigneeType; // user | agent, empty when unassigned
    QDateTime closedAt;
    QDateTime firstResponseAt;
    QDateTime lastMessageAt;
    bool isSpam = false;
    double spamScore = 0.0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QStringList tags;
    QString agentId;      // the chat agent that started a chat

    bool isAssigned() const { return !assigneeId.isEmpty(); }
    bool isClosed() const { return status == QLatin1String("closed"); }
    // Severity: low 1, normal 2, high 3, urgent 4; 0 for an unknown or missing priority.
    int priorityRank() const;
    static int priorityRank(const QString &priority);

    // Nullopt when the object has no string id. The webhook sample names the subject "title";
    // it is read when "subject" is missing.
    static std::optional<Conversation> fromJson(const QJsonObject &object, ParseIssues *issues = nullptr);
    QJsonObject toJson() const;

    bool operator==(const Conversation &other) const = default;
};

} // namespace weav::core
