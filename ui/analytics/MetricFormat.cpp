#include "MetricFormat.h"

#include <QLocale>

#include <cmath>

namespace weav::ui {

namespace {

const QChar MinusSign(0x2212);

QString signedText(const QString &magnitude, double change)
{
    if (change > 0)
        return QLatin1Char('+') + magnitude;
    if (change < 0)
        return MinusSign + magnitude;
    return magnitude;
}

} // namespace

QString MetricFormat::value(std::optional<double> value, Kind kind)
{
    if (!value)
        return tr("—");

    switch (kind) {
    case Kind::Count:
        return count(qint64(std::llround(*value)));
    case Kind::Duration:
        return duration(*value);
    case Kind::Share:
        return share(*value);
    }
    return {};
}

QString MetricFormat::count(qint64 value)
{
    return QLocale().toString(value);
}

QString MetricFormat::duration(double seconds)
{
    const qint64 total = qint64(std::llround(std::abs(seconds)));
    const qint64 days = total / 86400;
    const qint64 hours = total % 86400 / 3600;
    const qint64 minutes = total % 3600 / 60;
    const qint64 rest = total % 60;

    if (total < 60)
        return tr("%1 s").arg(rest);
    if (total < 600)
        return tr("%1 min %2 s").arg(minutes).arg(rest);
    if (total < 3600)
        return tr("%1 min").arg(minutes);
    if (total < 86400)
        return tr("%1 h %2 min").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(days).arg(hours);
}

QString MetricFormat::share(double share)
{
    return tr("%1 %").arg(QLocale().toString(share * 100.0, 'f', 1));
}

MetricFormat::Delta MetricFormat::delta(std::optional<double> current, std::optional<double> previous, Kind kind, Better better)
{
    Delta delta;
    if (!current || !previous) {
        delta.text = tr("no previous value to compare");
        return delta;
    }

    const double change = *current - *previous;
    // Counts and durations compare as they are shown: whole numbers, whole seconds.
    const bool unchanged = kind == Kind::Share ? std::abs(change) < 0.0005 : std::llround(change) == 0;
    if (unchanged) {
        delta.text = tr("= no change");
        return delta;
    }

    delta.direction = change > 0 ? 1 : -1;
    if (better != Better::Neither)
        delta.improved = (better == Better::Higher) == (change > 0);

    const QLocale locale;
    QString magnitude;
    switch (kind) {
    case Kind::Count:
        magnitude = count(std::llround(std::abs(change)));
        break;
    case Kind::Duration:
        magnitude = duration(change);
        break;
    case Kind::Share:
        magnitude = tr("%1 pts").arg(locale.toString(std::abs(change) * 100.0, 'f', 1));
        break;
    }

    QString text = signedText(magnitude, change);
    if (kind != Kind::Share && *previous != 0.0) {
        const double percent = change / std::abs(*previous) * 100.0;
        text += tr(" (%1 %)").arg(signedText(locale.toString(std::abs(percent), 'f', 1), percent));
    }
    delta.text = (change > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) + text;
    return delta;
}

} // namespace weav::ui
