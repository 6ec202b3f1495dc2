#pragma once

#include "JsonReader.h"

#include <optional>

namespace weav::core {

// One piece of training data: text, a Q&A pair, a file or a web page.
struct TrainingItem
{
    QString id;
    QString type;   // text | qa | file | url
    QString title;
    QString status; // pending | processing | ready | failed
    QString error;
    QString content;
    QString question;
    QString answer;
    QString sourceUrl;
    QString fileName;
    QString mimeType;
    std::optional<qint64> sizeBytes;
    QStringList agentIds;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isSettled() const { return status == QLatin1String("ready") || status == QLatin1String("failed"); }

    static std::optional<TrainingItem> fromJson(const QJsonObject &object, ParseIssues *issues = nullptr);
    QJsonObject toJson() const;
    bool operator==(const TrainingItem &other) const = default;
};

} // namespace weav::core
