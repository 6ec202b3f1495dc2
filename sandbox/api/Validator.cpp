#include "Validator.h"

#include "Json.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace weav::sandbox {

Validator::Validator(const QJsonObject &input) : m_input(input) {}

Validator &Validator::field(const QString &name)
{
    return value(name, m_input.value(name));
}

Validator &Validator::value(const QString &name, const QJsonValue &value)
{
    m_field = name;
    m_value = value;
    m_present = !value.isUndefined();
    m_skip = false;
    m_typeFailed = false;
    m_numeric = false;
    return *this;
}

QString Validator::attributeName(const QString &field)
{
    QString name = field;
    return name.replace(QLatin1Char('_'), QLatin1Char(' '));
}

void Validator::addError(const QString &field, const QString &message)
{
    for (auto &entry : m_errors) {
        if (entry.first == field) {
            entry.second.append(message);
            return;
        }
    }
    m_errors.append({field, QStringList{message}});
}

void Validator::fail(const QString &message)
{
    addError(m_field, message);
}

QString Validator::attribute() const
{
    return attributeName(m_field);
}

Validator &Validator::required()
{
    const bool empty = !m_present || m_value.isNull()
        || (m_value.isString() && m_value.toString().trimmed().isEmpty())
        || (m_value.isArray() && m_value.toArray().isEmpty());
    if (empty) {
        fail(QStringLiteral("The %1 field is required.").arg(attribute()));
        m_skip = true;
    }
    return *this;
}

Validator &Validator::nullable()
{
    if (m_present && m_value.isNull())
        m_skip = true;
    return *this;
}

Validator &Validator::prohibited()
{
    const bool empty = m_value.isNull() || (m_value.isString() && m_value.toString().isEmpty())
        || (m_value.isArray() && m_value.toArray().isEmpty());
    if (m_present && !empty) {
        fail(QStringLiteral("The %1 field is prohibited.").arg(attribute()));
        m_skip = true;
    }
    return *this;
}

Validator &Validator::requiredWith(const QString &other)
{
    const QJsonValue otherValue = m_input.value(other);
    const bool otherGiven = !otherValue.isUndefined() && !otherValue.isNull();
    if (otherGiven && (!m_present || m_value.isNull())) {
        addError(m_field, QStringLiteral("The %1 field is required when %2 is present.")
                              .arg(attributeName(m_field), attributeName(other)));
        m_skip = true;
    }
    return *this;
}

bool Validator::isStringLike() const
{
    return m_value.isString();
}

bool Validator::isIntegerLike() const
{
    if (m_value.isDouble()) {
        const double number = m_value.toDouble();
        return std::floor(number) == number && std::isfinite(number);
    }
    if (m_value.isString()) {
        static const QRegularExpression pattern(QStringLiteral("^[+-]?\\d+$"));
        return pattern.match(m_value.toString().trimmed()).hasMatch();
    }
    return false;
}

bool Validator::isNumericLike() const
{
    if (m_value.isDouble())
        return true;
    if (m_value.isString()) {
        bool ok = false;
        m_value.toString().trimmed().toDouble(&ok);
        return ok;
    }
    return false;
}

double Validator::numericValue() const
{
    return m_value.isString() ? m_value.toString().trimmed().toDouble() : m_value.toDouble();
}

Validator &Validator::string()
{
    if (active() && !isStringLike()) {
        fail(QStringLiteral("The %1 field must be a string.").arg(attribute()));
        m_typeFailed = true;
    }
    return *this;
}

Validator &Validator::integer()
{
    m_numeric = true;
    if (active() && !isIntegerLike()) {
        fail(QStringLiteral("The %1 field must be an integer.").arg(attribute()));
        m_typeFailed = true;
    }
    return *this;
}

Validator &Validator::numeric()
{
    m_numeric = true;
    if (active() && !isNumericLike()) {
        fail(QStringLiteral("The %1 field must be a number.").arg(attribute()));
        m_typeFailed = true;
    }
    return *this;
}

Validator &Validator::boolean()
{
    if (!active())
        return *this;

    bool ok = m_value.isBool();
    if (m_value.isDouble())
        ok = m_value.toDouble() == 0 || m_value.toDouble() == 1;
    if (m_value.isString()) {
        static const QStringList accepted{QStringLiteral("true"), QStringLiteral("false"),
                                          QStringLiteral("1"), QStringLiteral("0")};
        ok = accepted.contains(m_value.toString());
    }
    if (!ok) {
        fail(QStringLiteral("The %1 field must be true or false.").arg(attribute()));
        m_typeFailed = true;
    }
    return *this;
}

Validator &Validator::array()
{
    if (active() && !m_value.isArray()) {
        fail(QStringLiteral("The %1 field must be an array.").arg(attribute()));
        m_typeFailed = true;
    }
    return *this;
}

Validator &Validator::email()
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (active() && (!m_value.isString() || !pattern.match(m_value.toString()).hasMatch()))
        fail(QStringLiteral("The %1 field must be a valid email address.").arg(attribute()));
    return *this;
}

Validator &Validator::uuid()
{
    if (active() && (!m_value.isString() || !json::isUuid(m_value.toString())))
        fail(QStringLiteral("The %1 field must be a valid UUID.").arg(attribute()));
    return *this;
}

Validator &Validator::url()
{
    if (!active())
        return *this;

    const QUrl parsed(m_value.toString(), QUrl::StrictMode);
    const bool ok = m_value.isString() && parsed.isValid() && !parsed.host().isEmpty()
        && (parsed.scheme() == QLatin1String("http") || parsed.scheme() == QLatin1String("https"));
    if (!ok)
        fail(QStringLiteral("The %1 field must be a valid URL.").arg(attribute()));
    return *this;
}

Validator &Validator::date()
{
    if (active() && (!m_value.isString() || !json::parseTime(m_value.toString())))
        fail(QStringLiteral("The %1 field must be a valid date.").arg(attribute()));
    return *this;
}

Validator &Validator::max(qint64 limit)
{
    if (!active())
        return *this;

    if (m_value.isString() && !m_numeric) {
        if (m_value.toString().toUcs4().size() > limit)
            fail(QStringLiteral("The %1 field must not be greater than %2 characters.").arg(attribute()).arg(limit));
    } else if (m_value.isArray()) {
        if (m_value.toArray().size() > limit)
            fail(QStringLiteral("The %1 field must not have more than %2 items.").arg(attribute()).arg(limit));
    } else if (isNumericLike()) {
        if (numericValue() > double(limit))
            fail(QStringLiteral("The %1 field must not be greater than %2.").arg(attribute()).arg(limit));
    }
    return *this;
}

Validator &Validator::min(qint64 limit)
{
    if (!active())
        return *this;

    if (m_value.isString() && !m_numeric) {
        if (m_value.toString().toUcs4().size() < limit)
            fail(QStringLiteral("The %1 field must be at least %2 characters.").arg(attribute()).arg(limit));
    } else if (m_value.isArray()) {
        if (m_value.toArray().size() < limit)
            fail(QStringLiteral("The %1 field must have at least %2 items.").arg(attribute()).arg(limit));
    } else if (isNumericLike()) {
        if (numericValue() < double(limit))
            fail(QStringLiteral("The %1 field must be at least %2.").arg(attribute()).arg(limit));
    }
    return *this;
}

Validator &Validator::between(qint64 low, qint64 high)
{
    if (!active())
        return *this;

    if (m_value.isDouble() || (m_numeric && isNumericLike())) {
        const double number = numericValue();
        if (number < double(low) || number > double(high))
            fail(QStringLiteral("The %1 field must be between %2 and %3.").arg(attribute()).arg(low).arg(high));
    } else if (m_value.isString()) {
        const qsizetype length = m_value.toString().toUcs4().size();
        if (length < low || length > high)
            fail(QStringLiteral("The %1 field must be between %2 and %3 characters.").arg(attribute()).arg(low).arg(high));
    }
    return *this;
}

Validator &Validator::in(const QStringList &allowed)
{
    if (active() && (!m_value.isString() || !allowed.contains(m_value.toString())))
        addError(m_field, QStringLiteral("The selected %1 is invalid.").arg(attributeName(m_field)));
    return *this;
}

HttpResponse Validator::response() const
{
    QJsonObject errors;
    QString first;
    int count = 0;
    for (const auto &entry : m_errors) {
        errors.insert(entry.first, QJsonArray::fromStringList(entry.second));
        if (first.isEmpty() && !entry.second.isEmpty())
            first = entry.second.first();
        count += int(entry.second.size());
    }

    QString message = first;
    const int more = count - 1;
    if (more == 1)
        message += QStringLiteral(" (and 1 more error)");
    else if (more > 1)
        message += QStringLiteral(" (and %1 more errors)").arg(more);

    return HttpResponse::json(422, QJsonObject{{QStringLiteral("message"), message},
                                               {QStringLiteral("errors"), errors}});
}

} // namespace weav::sandbox
