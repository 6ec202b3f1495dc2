#pragma once

#include "JsonReader.h"

#include <QList>

#include <optional>

namespace weav::core {

struct ProhibitedPhrase
{
    QString id;
    QString phrase;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool operator==(const ProhibitedPhrase &other) const = default;
};

struct EscalationRule
{
    QString id;
    QString channel;
    QString rule;
    QString escalateTo;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool operator==(const EscalationRule &other) const = default;
};

// An AI agent. Tone and response length are free strings; the product offers the values in
// toneChoices() and responseLengthChoices().
struct Agent
{
    QString id;
    QString name;
    QString slug;
    QString description;
    QString avatarUrl;
    std::optional<qint64> maxMessagesPerSession;
    QString tone;
    QString responseLength;
    bool isActive = true;
    bool isCopilot = false;
    bool isEmailAgent = false;
    QList<ProhibitedPhrase> prohibitedPhrases;
    QList<EscalationRule> escalationRules;
    QDateTime createdAt;
    QDateTime updatedAt;

    static QStringList toneChoices();
    static QStringList responseLengthChoices();

    static std::optional<Agent> fromJson(const QJsonObject &object, ParseIssues *issues = nullptr);
    QJsonObject toJson() const;
    bool operator==(const Agent &other) const = default;
};

} // namespace weav::core
