#pragma once

#include "FieldRules.h"

#include <QJsonObject>
#include <QJsonValue>

namespace weav::core {

// Checks the body of an agent create or update request against the API's limits before it is sent.
// The agent form checks each field as the person types, and weavctl checks the whole body.
class AgentValidator
{
    Q_DECLARE_TR_FUNCTIONS(weav::core::AgentValidator)

public:
    enum class Mode {
        Create, // POST /agents: name is required
        Update, // PUT /agents/{id}: absent fields are left unchanged
    };

    static constexpr qsizetype MaxNameLength = 255;
    static constexpr qsizetype MaxAvatarUrlLength = 500;
    static constexpr qint64 MinMessagesPerSession = 1;
    static constexpr qint64 MaxMessagesPerSession = 1000;
    static constexpr qsizetype MaxToneLength = 255;
    static constexpr qsizetype MaxResponseLengthLength = 255;

    // Checks every writable field of the body. Returns the messages per field, empty when the body
    // is valid. Fields that the API does not write (id, slug, is_copilot ...) are ignored.
    static FieldErrors validate(const QJsonObject &body, Mode mode);

    // Checks one field's value as the API would receive it; returns its messages, empty when valid.
    // Null clears a field and is valid for every field but name. Like the API, it accepts integers
    // and booleans as JSON values or as their text ("12", "true", "0").
    static QStringList validateField(const QString &name, const QJsonValue &value);

    // The writable fields, in the order a form shows them.
    static QStringList fieldNames();

    // The tone and response length values the product offers. The API stores any text up to 255
    // characters, so a form offers these and accepts free text.
    static QStringList toneSuggestions();
    static QStringList responseLengthSuggestions();

private:
    static QStringList checkName(const QJsonValue &value);
    static QStringList checkText(const QJsonValue &value, qsizetype maxCharacters, const QString &label);
    static QStringList checkAvatarUrl(const QJsonValue &value);
    static QStringList checkMaxMessages(const QJsonValue &value);
    static QStringList checkIsActive(const QJsonValue &value);
};

} // namespace weav::core
