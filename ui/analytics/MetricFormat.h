#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace weav::ui {

// Numbers of the dashboard as text: counts, durations in seconds and shares from 0 to 1.
class MetricFormat
{
    Q_DECLARE_TR_FUNCTIONS(weav::ui::MetricFormat)

public:
    enum class Kind { Count, Duration, Share };

    // The direction of an improvement, for the delta's colour.
    enum class Better { Higher, Lower, Neither };

    struct Delta
    {
        // "▲ +12 (+8.5 %)", "▼ −3 min", "= no change", or "no previous value".
        QString text;
        // +1 up, -1 down, 0 unchanged or not comparable.
        int direction = 0;
        // The change is an improvement (true), a worsening (false), or neither (nullopt).
        std::optional<bool> improved;
    };

    // The value, or "—" when it is empty.
    static QString value(std::optional<double> value, Kind kind);
    static QString count(qint64 value);
    // "45 s", "4 min 30 s", "12 min", "3 h 05 min", "2 d 4 h".
    static QString duration(double seconds);
    // "23.4 %".
    static QString share(double share);

    static Delta delta(std::optional<double> current, std::optional<double> previous, Kind kind, Better better);
};

} // namespace weav::ui
