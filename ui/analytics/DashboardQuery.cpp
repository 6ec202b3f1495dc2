#include "DashboardQuery.h"

#include <QDateTime>
#include <QLocale>

namespace weav::ui {

std::pair<QDate, QDate> DashboardPeriod::presetRange(PeriodPreset preset, const QDate &today)
{
    switch (preset) {
    case PeriodPreset::Today:
        return {today, today};
    case PeriodPreset::Last7Days:
        return {today.addDays(-6), today};
    case PeriodPreset::Last30Days:
        return {today.addDays(-29), today};
    case PeriodPreset::Last90Days:
        return {today.addDays(-89), today};
    case PeriodPreset::Custom:
        break;
    }
    return {};
}

QDate DashboardPeriod::today(const QTimeZone &zone)
{
    return QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
}

QString DashboardPeriod::presetLabel(PeriodPreset preset)
{
    switch (preset) {
    case PeriodPreset::Today:
        return tr("Today");
    case PeriodPreset::Last7Days:
        return tr("Last 7 days");
    case PeriodPreset::Last30Days:
        return tr("Last 30 days");
    case PeriodPreset::Last90Days:
        return tr("Last 90 days");
    case PeriodPreset::Custom:
        return tr("Custom dates");
    }
    return {};
}

QString DashboardPeriod::rangeText(const QDate &from, const QDate &to)
{
    const QLocale locale;
    const QString longFormat = QStringLiteral("d MMM yyyy");
    if (from == to)
        return locale.toString(from, QStringLiteral("ddd d MMM yyyy"));

    const QString fromFormat = from.year() == to.year() ? QStringLiteral("d MMM") : longFormat;
    return tr("%1 – %2").arg(locale.toString(from, fromFormat), locale.toString(to, longFormat));
}

QString DashboardPeriod::zoneText(const QTimeZone &zone, const QDateTime &when)
{
    const int offsetSeconds = zone.offsetFromUtc(when);
    const QChar sign = offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int minutes = qAbs(offsetSeconds) / 60;
    const QString offset = QStringLiteral("UTC%1%2:%3")
                               .arg(sign)
                               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 (%2)").arg(QString::fromUtf8(zone.id()), offset);
}

QString DashboardPeriod::validate(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return tr("Enter both dates of the period.");
    if (from > to)
        return tr("The period ends before it starts: choose a \"to\" date on or after %1.")
            .arg(QLocale().toString(from, QLocale::ShortFormat));
    if (from.daysTo(to) + 1 > MaxDays)
        return tr("The period is %Ln days long; choose at most %1 days.", nullptr, int(from.daysTo(to) + 1))
            .arg(QLocale().toString(MaxDays));
    return {};
}

} // namespace weav::ui
