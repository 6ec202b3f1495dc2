#include "AgentValidator.h"

#include "types/Agent.h"

#include <QUrl>

#include <cmath>

namespace weav::core {

namespace {

const QString NameField = QStringLiteral("name");
const QString DescriptionField = QStringLiteral("description");
const QString AvatarUrlField = QStringLiteral("avatar_url");
const QString MaxMessagesField = QStringLiteral("max_messages_per_session");
const QString ToneField = QStringLiteral("tone");
const QString ResponseLengthField = QStringLiteral("response_length");
const QString IsActiveField = QStringLiteral("is_active");

// The integer in a JSON number without a fraction or in text of digits, as Laravel's integer rule
// reads it.
std::optional<qint64> integerOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::trunc(number) == number && std::abs(number) < 1e15)
            return qint64(number);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

// Laravel's boolean rule: true, false, 1, 0, "1", "0", "true" and "false".
bool isBooleanLike(const QJsonValue &value)
{
    if (value.isBool())
        return true;
    if (value.isDouble())
        return value.toDouble() == 0 || value.toDouble() == 1;
    if (value.isString()) {
        static const QStringList accepted{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("1"),
                                          QStringLiteral("0")};
        return accepted.contains(value.toString());
    }
    return false;
}

} // namespace

QStringList AgentValidator::fieldNames()
{
    return {NameField, DescriptionField, AvatarUrlField, MaxMessagesField, ToneField, ResponseLengthField, IsActiveField};
}

QStringList AgentValidator::toneSuggestions()
{
    return Agent::toneChoices();
}

QStringList AgentValidator::responseLengthSuggestions()
{
    return Agent::responseLengthChoices();
}

FieldErrors AgentValidator::validate(const QJsonObject &body, Mode mode)
{
    FieldErrors errors;
    const QStringList fields = fieldNames();
    for (const QString &field : fields) {
        const QJsonValue value = body.value(field);
        if (value.isUndefined() && !(field == NameField && mode == Mode::Create))
            continue;

        const QStringList messages = validateField(field, value);
        if (!messages.isEmpty())
            errors.insert(field, messages);
    }
    return errors;
}

QStringList AgentValidator::validateField(const QString &name, const QJsonValue &value)
{
    if (name == NameField)
        return checkName(value);
    if (name == DescriptionField)
        return checkText(value, -1, tr("description"));
    if (name == AvatarUrlField)
        return checkAvatarUrl(value);
    if (name == MaxMessagesField)
        return checkMaxMessages(value);
    if (name == ToneField)
        return checkText(value, MaxToneLength, tr("tone"));
    if (name == ResponseLengthField)
        return checkText(value, MaxResponseLengthLength, tr("response length"));
    if (name == IsActiveField)
        return checkIsActive(value);
    return {};
}

QStringList AgentValidator::checkName(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull() || (value.isString() && FieldRules::isBlank(value.toString())))
        return {tr("The name is missing. Enter a name of up to %Ln characters.", nullptr, int(MaxNameLength))};
    return checkText(value, MaxNameLength, tr("name"));
}

// Text of at most maxCharacters (no limit when negative); null and absent are valid.
QStringList AgentValidator::checkText(const QJsonValue &value, qsizetype maxCharacters, const QString &label)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        return {tr("The %1 must be text.").arg(label)};
    if (maxCharacters < 0)
        return {};

    const QString tooLong = FieldRules::tooLongMessage(value.toString(), maxCharacters, label);
    return tooLong.isEmpty() ? QStringList() : QStringList{tooLong};
}

QStringList AgentValidator::checkAvatarUrl(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull() || (value.isString() && FieldRules::isBlank(value.toString())))
        return {};
    if (!value.isString())
        return {tr("The avatar URL must be text, such as https://example.com/avatar.png.")};

    QStringList messages;
    QUrl url;
    QString problem;
    if (!FieldRules::parseWebAddress(value.toString(), &url, &problem))
        messages.append(problem);

    const QString tooLong = FieldRules::tooLongMessage(value.toString(), MaxAvatarUrlLength, tr("avatar URL"));
    if (!tooLong.isEmpty())
        messages.append(tooLong);
    return messages;
}

QStringList AgentValidator::checkMaxMessages(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull() || (value.isString() && FieldRules::isBlank(value.toString())))
        return {};

    const std::optional<qint64> number = integerOf(value);
    if (!number) {
        return {tr("The maximum messages per session must be a whole number from %1 to %2.")
                    .arg(MinMessagesPerSession)
                    .arg(MaxMessagesPerSession)};
    }
    if (*number < MinMessagesPerSession || *number > MaxMessagesPerSession) {
        return {tr("The maximum messages per session is %1, but it must be from %2 to %3.")
                    .arg(*number)
                    .arg(MinMessagesPerSession)
                    .arg(MaxMessagesPerSession)};
    }
    return {};
}

QStringList AgentValidator::checkIsActive(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull() || isBooleanLike(value))
        return {};
    return {tr("Whether the agent is active must be true or false.")};
}

} // namespace weav::core
