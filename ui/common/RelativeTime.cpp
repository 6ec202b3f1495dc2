#include "RelativeTime.h"

#include <QLocale>

namespace weav::ui {

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 Week = 7 * Day;

} // namespace

QString RelativeTime::format(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};

    const qint64 seconds = time.secsTo(now);
    if (seconds >= 0)
        return formatPast(seconds, time, now);
    return formatFuture(-seconds, time, now);
}

QString RelativeTime::exactText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toLocalTime().toString(Qt::ISODate);
}

QString RelativeTime::localText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString RelativeTime::formatPast(qint64 seconds, const QDateTime &time, const QDateTime &now)
{
    if (seconds < Minute)
        return tr("just now");
    if (seconds < Hour)
        return tr("%1 min ago").arg(seconds / Minute);
    if (seconds < Day)
        return tr("%1 h ago").arg(seconds / Hour);

    // From a day on, days count in calendar days of the local time zone: 30 hours before 08:00
    // is the day before yesterday.
    const qint64 days = time.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 1)
        return tr("yesterday");
    if (seconds < Week)
        return tr("%n days ago", nullptr, int(days));
    return formatDate(time, now);
}

QString RelativeTime::formatFuture(qint64 seconds, const QDateTime &time, const QDateTime &now)
{
    // Clocks of client and server differ by some seconds, so a time just ahead is "just now".
    if (seconds < Minute)
        return tr("just now");
    if (seconds < Hour)
        return tr("in %1 min").arg(seconds / Minute);
    if (seconds < Day)
        return tr("in %1 h").arg(seconds / Hour);
    return formatDate(time, now);
}

QString RelativeTime::formatDate(const QDateTime &time, const QDateTime &now)
{
    const QDate date = time.toLocalTime().date();
    const QLocale locale;
    if (date.year() == now.toLocalTime().date().year())
        return locale.toString(date, QStringLiteral("d MMM"));
    return locale.toString(date, QStringLiteral("d MMM yyyy"));
}

} // namespace weav::ui
