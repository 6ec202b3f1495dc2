#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>

#include <utility>

namespace weav::ui {

// The dashboard's selection: a period of whole local days in a time zone, and a channel.
struct DashboardQuery
{
    QDate from;
    QDate to;
    QTimeZone zone;
    // "email", "chat", or empty for both.
    QString channel;

    bool operator==(const DashboardQuery &other) const = default;
};

enum class PeriodPreset { Today, Last7Days, Last30Days, Last90Days, Custom };

// Periods and their labels as the dashboard shows them.
class DashboardPeriod
{
    Q_DECLARE_TR_FUNCTIONS(weav::ui::DashboardPeriod)

public:
    // The maximum length of a custom period, in days. Longer periods make per-day bars unreadable.
    static constexpr int MaxDays = 366;

    // The first and last day of a preset that ends on `today`. Custom returns an invalid pair.
    static std::pair<QDate, QDate> presetRange(PeriodPreset preset, const QDate &today);
    // The current date in the zone.
    static QDate today(const QTimeZone &zone);

    static QString presetLabel(PeriodPreset preset);
    // "3 Nov – 9 Nov 2026", or one date for a period of one day.
    static QString rangeText(const QDate &from, const QDate &to);
    // "Europe/Berlin (UTC+01:00)", with the offset at `when`.
    static QString zoneText(const QTimeZone &zone, const QDateTime &when);

    // Why a custom period is not valid, or an empty string when it is.
    static QString validate(const QDate &from, const QDate &to);
};

} // namespace weav::ui
