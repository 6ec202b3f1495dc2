#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace weav::ui {

// Times as the lists show them: a short relative text ("5 min ago") in the cell and the exact time
// in the tooltip. Relative texts need a fresh `now` to stay true, so views that show them repaint
// every minute.
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(weav::ui::RelativeTime)

public:
    // Formats `time` relative to `now`: "just now" under a minute, then "5 min ago", "3 h ago",
    // "yesterday" and "4 days ago". From a week on it is the local date ("12 Mar", or "12 Mar 2023"
    // in another year). Times ahead of `now` by more than a minute read "in 5 min", "in 3 h", then
    // the date. Empty for an invalid time.
    static QString format(const QDateTime &time, const QDateTime &now = QDateTime::currentDateTime());

    // The exact local time in ISO 8601 with its UTC offset, e.g. "2024-03-11T08:59:00+01:00".
    static QString exactText(const QDateTime &time);

    // The local time in the default locale's short date and time format, e.g. "14.03.24 15:30" in
    // German. Empty for an invalid time.
    static QString localText(const QDateTime &time);

private:
    static QString formatPast(qint64 seconds, const QDateTime &time, const QDateTime &now);
    static QString formatFuture(qint64 seconds, const QDateTime &time, const QDateTime &now);
    static QString formatDate(const QDateTime &time, const QDateTime &now);
};

} // namespace weav::ui
