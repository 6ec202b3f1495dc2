#include "Json.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

namespace weav::sandbox::json {

namespace {

QDateTime utc(const QVariant &milliseconds)
{
    return QDateTime::fromMSecsSinceEpoch(milliseconds.toLongLong(), Qt::UTC);
}

} // namespace

QJsonValue timestamp(const QVariant &milliseconds)
{
    if (milliseconds.isNull())
        return QJsonValue::Null;

    const QDateTime time = utc(milliseconds);
    const QString micros = QStringLiteral("%1").arg(time.time().msec() * 1000, 6, 10, QLatin1Char('0'));
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.")) + micros + QLatin1Char('Z');
}

QJsonValue timestampOffset(const QVariant &milliseconds)
{
    if (milliseconds.isNull())
        return QJsonValue::Null;
    return utc(milliseconds).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+00:00"));
}

QJsonValue string(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

QJsonValue integer(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toLongLong());
}

QJsonValue number(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toDouble());
}

QJsonValue boolean(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toLongLong() != 0);
}

QJsonValue stringArray(const QVariant &jsonText)
{
    if (jsonText.isNull())
        return QJsonValue::Null;
    return QJsonDocument::fromJson(jsonText.toString().toUtf8()).array();
}

QString arrayText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<qint64> parseTime(const QString &text)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression dateTime(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?$"));

    const QString trimmed = text.trimmed();
    if (dateOnly.match(trimmed).hasMatch()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }

    if (!dateTime.match(trimmed).hasMatch())
        return std::nullopt;

    // Qt parses at most milliseconds; trim longer fractions so that microseconds are accepted.
    QString normalised = trimmed;
    normalised.replace(QLatin1Char(' '), QLatin1Char('T'));
    static const QRegularExpression longFraction(QStringLiteral("(\\.\\d{3})\\d+"));
    normalised.replace(longFraction, QStringLiteral("\\1"));

    QDateTime parsed = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC);
    return parsed.toMSecsSinceEpoch();
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isUuid(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch();
}

} // namespace weav::sandbox::json
