#include "JsonReader.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace weav::core {

QString ParseIssues::summary(int maxItems) const
{
    QStringList parts;
    for (const ParseIssue &issue : issues) {
        if (parts.size() == maxItems) {
            parts.append(QStringLiteral("and %1 more").arg(issues.size() - maxItems));
            break;
        }
        parts.append(QStringLiteral("%1.%2: expected %3, got %4").arg(issue.type, issue.field, issue.expected, issue.actual));
    }
    return parts.join(QStringLiteral("; "));
}

namespace {

// 2^53: every integer below it is exact in a double. Beyond it, integers are read with
// QJsonValue::toInteger(), and beyond the qint64 range (2^63) they are rejected.
constexpr double MaxExactInteger = 9007199254740992.0;

// The years QDateTime formats in ISO 8601; an offset must not push an instant outside them.
bool isFormattableYear(const QDateTime &time)
{
    const int year = time.date().year();
    return year >= 1 && year <= 9999;
}

int digitsAt(const QString &text, qsizetype position, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text.at(position + i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

// Days from 1970-01-01 to a proleptic Gregorian date (the civil-from-days inverse).
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = int(year - era * 400);
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

// The two forms the API writes, 2025-11-06T17:35:34.000000Z and 2025-11-06T17:35:34+00:00, read
// without a regular expression: a list page holds hundreds of them. Anything else returns nullopt
// and goes through the general parser.
std::optional<QDateTime> parseCommonTimestamp(const QString &text)
{
    const qsizetype length = text.size();
    if (length < 20 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-') || text.at(10) != QLatin1Char('T')
        || text.at(13) != QLatin1Char(':') || text.at(16) != QLatin1Char(':'))
        return std::nullopt;

    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59
        || !QDate::isValid(year, month, day))
        return std::nullopt;

    qsizetype position = 19;
    int milliseconds = 0;
    if (text.at(position) == QLatin1Char('.')) {
        ++position;
        int digits = 0;
        // Only ASCII digits: QChar::isDigit would also take digits of other scripts.
        while (position < length && text.at(position) >= QLatin1Char('0') && text.at(position) <= QLatin1Char('9')) {
            if (digits < 3)
                milliseconds = milliseconds * 10 + (text.at(position).unicode() - '0');
            ++digits;
            ++position;
        }
        if (digits == 0 || digits > 9)
            return std::nullopt;
        for (int i = digits; i < 3; ++i)
            milliseconds *= 10;
    }

    int offsetSeconds = 0;
    const qsizetype rest = length - position;
    if (rest == 1 && (text.at(position) == QLatin1Char('Z') || text.at(position) == QLatin1Char('z'))) {
        offsetSeconds = 0;
    } else if (rest == 6 && (text.at(position) == QLatin1Char('+') || text.at(position) == QLatin1Char('-'))
               && text.at(position + 3) == QLatin1Char(':')) {
        const int offsetHours = digitsAt(text, position + 1, 2);
        const int offsetMinutes = digitsAt(text, position + 4, 2);
        if (offsetHours < 0 || offsetMinutes < 0 || offsetHours > 23 || offsetMinutes > 59)
            return QDateTime();
        offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (text.at(position) == QLatin1Char('-') ? -1 : 1);
    } else {
        return std::nullopt;
    }

    const qint64 seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    const QDateTime result = QDateTime::fromMSecsSinceEpoch(seconds * 1000 + milliseconds, Qt::UTC);
    return isFormattableYear(result) ? result : QDateTime();
}

} // namespace

QDateTime parseTimestamp(const QString &text)
{
    if (const auto common = parseCommonTimestamp(text))
        return *common;

    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*(Z|z|[+-]\\d{2}:?\\d{2})?$"));

    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};

    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QString fraction = match.captured(7);
    const int milliseconds = fraction.isEmpty() ? 0 : (fraction + QStringLiteral("00")).left(3).toInt();
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt(), milliseconds);
    if (!date.isValid() || !time.isValid())
        return {};

    int offsetSeconds = 0;
    const QString zone = match.captured(8);
    if (!zone.isEmpty() && zone.compare(QLatin1String("Z"), Qt::CaseInsensitive) != 0) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int offsetHours = digits.left(2).toInt();
        const int offsetMinutes = digits.mid(2, 2).toInt();
        if (offsetHours > 23 || offsetMinutes > 59)
            return {};
        offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }

    // A timestamp without a zone is read as UTC, as the API writes only UTC.
    const QDateTime utc = QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
    return isFormattableYear(utc) ? utc : QDateTime();
}

QString formatTimestamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: return QStringLiteral("nothing");
    }
    return QStringLiteral("unknown");
}

QJsonValue nullableString(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue nullableTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(formatTimestamp(time)) : QJsonValue(QJsonValue::Null);
}

JsonReader::JsonReader(const QJsonObject &object, const char *type, ParseIssues *issues)
    : m_object(object), m_type(type), m_issues(issues)
{
}

QJsonValue JsonReader::value(const char *key) const
{
    return m_object.value(QLatin1String(key));
}

bool JsonReader::has(const char *key) const
{
    const QJsonValue v = value(key);
    return !v.isUndefined() && !v.isNull();
}

void JsonReader::mismatch(const char *key, const char *expected, const QJsonValue &actual)
{
    if (m_issues)
        m_issues->issues.append({QLatin1String(m_type), QLatin1String(key), QLatin1String(expected), jsonTypeName(actual)});
}

QString JsonReader::string(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isString())
        return v.toString();
    // A number where a string is expected is read as its text (an id sent as a number, say).
    if (v.isDouble()) {
        mismatch(key, "string", v);
        const double number = v.toDouble();
        if (std::floor(number) == number && std::fabs(number) < MaxExactInteger)
            return QString::number(v.toInteger());
        return QString::number(number);
    }
    if (!v.isUndefined() && !v.isNull())
        mismatch(key, "string", v);
    return {};
}

QDateTime JsonReader::time(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        mismatch(key, "timestamp", v);
        return {};
    }
    const QDateTime parsed = parseTimestamp(v.toString());
    if (!parsed.isValid() && m_issues)
        m_issues->issues.append({QLatin1String(m_type), QLatin1String(key), QStringLiteral("timestamp"), QStringLiteral("\"%1\"").arg(v.toString().left(40))});
    return parsed;
}

bool JsonReader::boolean(const char *key, bool fallback)
{
    return optionalBoolean(key).value_or(fallback);
}

std::optional<bool> JsonReader::optionalBoolean(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isBool())
        return v.toBool();
    // 0 and 1 are what a PHP backend sends for a boolean column now and then.
    if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1))
        return v.toDouble() == 1;
    if (!v.isUndefined() && !v.isNull())
        mismatch(key, "boolean", v);
    return std::nullopt;
}

std::optional<qint64> JsonReader::integer(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isDouble()) {
        const double number = v.toDouble();
        if (!std::isfinite(number) || std::fabs(number) >= MaxExactInteger * 1024.0) {
            mismatch(key, "integer", v);
            return std::nullopt;
        }
        // toInteger() keeps integers beyond 2^53 exact; a fraction is cut, as before.
        return v.toInteger(qint64(number));
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 parsed = v.toString().toLongLong(&ok);
        mismatch(key, "integer", v);
        if (ok)
            return parsed;
        return std::nullopt;
    }
    if (!v.isUndefined() && !v.isNull())
        mismatch(key, "integer", v);
    return std::nullopt;
}

std::optional<double> JsonReader::number(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double parsed = v.toString().toDouble(&ok);
        mismatch(key, "number", v);
        if (ok && std::isfinite(parsed))
            return parsed;
        return std::nullopt;
    }
    if (!v.isUndefined() && !v.isNull())
        mismatch(key, "number", v);
    return std::nullopt;
}

QStringList JsonReader::stringList(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        mismatch(key, "array", v);
        return {};
    }

    QStringList list;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            list.append(item.toString());
        else
            mismatch(key, "array of strings", item);
    }
    return list;
}

QJsonArray JsonReader::array(const char *key)
{
    const QJsonValue v = value(key);
    if (!v.isUndefined() && !v.isNull() && !v.isArray())
        mismatch(key, "array", v);
    return v.toArray();
}

QJsonObject JsonReader::object(const char *key)
{
    const QJsonValue v = value(key);
    if (!v.isUndefined() && !v.isNull() && !v.isObject())
        mismatch(key, "object", v);
    return v.toObject();
}

} // namespace weav::core
