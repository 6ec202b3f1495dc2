#pragma once

#include "http/HttpMessage.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QStringList>

namespace weav::sandbox {

// Laravel-style validation with Laravel's English messages, one message per failed rule.
// Rules run in the order they are chained, on the field selected last:
//
//     Validator v(ctx.body);
//     v.field("name").required().string().max(255);
//     v.field("max_messages_per_session").nullable().integer().between(1, 1000);
//     if (v.fails())
//         return v.response();
//
// As in Laravel, rules other than required() are skipped for an absent field, and nullable()
// skips the rest for a null value. A failed type rule (string, integer, ...) skips the size rules
// after it. Query parameters are validated as strings: integer() and boolean() accept "5", "true".
class Validator
{
public:
    explicit Validator(const QJsonObject &input);

    // Selects a field of the input.
    Validator &field(const QString &name);
    // Selects an explicit value under a display name, for array items ("tags.0").
    Validator &value(const QString &name, const QJsonValue &value);

    Validator &required();
    Validator &nullable();
    // Rejects the field when it is present with a value; null, "" and [] pass, as in Laravel
    // ("The metadata field is prohibited.").
    Validator &prohibited();
    // The field is required when `other` is present and not null.
    Validator &requiredWith(const QString &other);

    Validator &string();
    Validator &integer();
    Validator &numeric();
    Validator &boolean();
    Validator &array();
    Validator &email();
    Validator &uuid();
    Validator &url();
    Validator &date();

    // Characters for strings, value for numbers, items for arrays.
    Validator &max(qint64 limit);
    Validator &min(qint64 limit);
    Validator &between(qint64 low, qint64 high);
    Validator &in(const QStringList &allowed);

    // A message of the caller's own at a field.
    void addError(const QString &field, const QString &message);

    bool fails() const { return !m_errors.isEmpty(); }
    bool passes() const { return m_errors.isEmpty(); }
    QList<QPair<QString, QStringList>> errors() const { return m_errors; }

    // 422 with {"message": first message + " (and N more errors)", "errors": {field: [messages]}}.
    HttpResponse response() const;

    // Whether the selected field is present in the input (null counts as present).
    bool present() const { return m_present; }
    QJsonValue current() const { return m_value; }

    // Human name of a field as Laravel writes it: underscores become spaces.
    static QString attributeName(const QString &field);

private:
    bool active() const { return m_present && !m_skip && !m_typeFailed; }
    void fail(const QString &message);
    QString attribute() const;
    bool isStringLike() const;
    bool isIntegerLike() const;
    bool isNumericLike() const;
    double numericValue() const;

    QJsonObject m_input;
    QString m_field;
    QJsonValue m_value;
    bool m_present = false;
    bool m_skip = false;
    bool m_typeFailed = false;
    bool m_numeric = false;
    QList<QPair<QString, QStringList>> m_errors;
};

} // namespace weav::sandbox
