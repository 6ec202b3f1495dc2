#include "Agent.h"

namespace weav::core {

QStringList Agent::toneChoices()
{
    return {QStringLiteral("Warm"), QStringLiteral("Neutral"), QStringLiteral("Professional"), QStringLiteral("Direct"),
            QStringLiteral("Witty")};
}

QStringList Agent::responseLengthChoices()
{
    return {QStringLiteral("Short"), QStringLiteral("Standard"), QStringLiteral("Long")};
}

std::optional<Agent> Agent::fromJson(const QJsonObject &object, ParseIssues *issues)
{
    JsonReader reader(object, "Agent", issues);
    Agent a;
    a.id = reader.string("id");
    if (a.id.isEmpty())
        return std::nullopt;

    a.name = reader.string("name");
    a.slug = reader.string("slug");
    a.description = reader.string("description");
    a.avatarUrl = reader.string("avatar_url");
    a.maxMessagesPerSession = reader.integer("max_messages_per_session");
    a.tone = reader.string("tone");
    a.responseLength = reader.string("response_length");
    a.isActive = reader.boolean("is_active", true);
    a.isCopilot = reader.boolean("is_copilot");
    a.isEmailAgent = reader.boolean("is_email_agent");
    a.createdAt = reader.time("created_at");
    a.updatedAt = reader.time("updated_at");

    const QJsonArray phrases = reader.array("prohibited_phrases");
    for (const QJsonValue &value : phrases) {
        if (!value.isObject()) {
            if (issues)
                issues->issues.append({QStringLiteral("Agent"), QStringLiteral("prohibited_phrases"), QStringLiteral("array of objects"), jsonTypeName(value)});
            continue;
        }
        const QJsonObject item = value.toObject();
        JsonReader phraseReader(item, "ProhibitedPhrase", issues);
        a.prohibitedPhrases.append({phraseReader.string("id"), phraseReader.string("phrase"),
                                    phraseReader.time("created_at"), phraseReader.time("updated_at")});
    }

    const QJsonArray rules = reader.array("escalation_rules");
    for (const QJsonValue &value : rules) {
        if (!value.isObject()) {
            if (issues)
                issues->issues.append({QStringLiteral("Agent"), QStringLiteral("escalation_rules"), QStringLiteral("array of objects"), jsonTypeName(value)});
            continue;
        }
        const QJsonObject item = value.toObject();
        JsonReader ruleReader(item, "EscalationRule", issues);
        a.escalationRules.append({ruleReader.string("id"), ruleReader.string("channel"), ruleReader.string("rule"),
                                  ruleReader.string("escalate_to"), ruleReader.time("created_at"), ruleReader.time("updated_at")});
    }
    return a;
}

QJsonObject Agent::toJson() const
{
    QJsonArray phrases;
    for (const ProhibitedPhrase &phrase : prohibitedPhrases) {
        phrases.append(QJsonObject{{QStringLiteral("id"), phrase.id}, {QStringLiteral("phrase"), phrase.phrase},
                                   {QStringLiteral("created_at"), nullableTime(phrase.createdAt)},
                                   {QStringLiteral("updated_at"), nullableTime(phrase.updatedAt)}});
    }
    QJsonArray rules;
    for (const EscalationRule &rule : escalationRules) {
        rules.append(QJsonObject{{QStringLiteral("id"), rule.id}, {QStringLiteral("channel"), nullableString(rule.channel)},
                                 {QStringLiteral("rule"), rule.rule}, {QStringLiteral("escalate_to"), nullableString(rule.escalateTo)},
                                 {QStringLiteral("created_at"), nullableTime(rule.createdAt)},
                                 {QStringLiteral("updated_at"), nullableTime(rule.updatedAt)}});
    }

    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("slug"), slug},
        {QStringLiteral("description"), nullableString(description)},
        {QStringLiteral("avatar_url"), nullableString(avatarUrl)},
        {QStringLiteral("max_messages_per_session"), maxMessagesPerSession ? QJsonValue(*maxMessagesPerSession) : QJsonValue()},
        {QStringLiteral("tone"), nullableString(tone)},
        {QStringLiteral("response_length"), nullableString(responseLength)},
        {QStringLiteral("is_active"), isActive},
        {QStringLiteral("is_copilot"), isCopilot},
        {QStringLiteral("is_email_agent"), isEmailAgent},
        {QStringLiteral("prohibited_phrases"), phrases},
        {QStringLiteral("escalation_rules"), rules},
        {QStringLiteral("created_at"), nullableTime(createdAt)},
        {QStringLiteral("updated_at"), nullableTime(updatedAt)},
    };
}

} // namespace weav::core
