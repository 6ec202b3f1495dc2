#pragma once

#include <QCoreApplication>
#include <QString>

class QLabel;
class QWidget;

namespace weav::ui {

// The dashboard's metrics and charts.
enum class Metric {
    Created,
    Closed,
    FirstResponseMedian,
    FirstResponseP90,
    ResolutionMedian,
    BacklogAtEnd,
    AiShare,
    SpamShare,
    CreatedPerDay,
    FirstResponsePerDay,
    FirstResponseHistogram,
    BacklogAge,
    AssigneeSplit,
    Workload,
    BusiestHours,
};

// The definition of each metric, in the words of docs/metrics.md, and what a click on it lists.
// The dashboard shows both as help text.
class MetricHelp
{
    Q_DECLARE_TR_FUNCTIONS(weav::ui::MetricHelp)

public:
    static QString title(Metric metric);
    static QString definition(Metric metric);
    // Where a click leads: the inbox with a list filter, or a list from the analytics cache when
    // the API has no filter for what the metric counts.
    static QString drillDown(Metric metric);
    // Title, definition, the rules every metric shares, and drillDown(), as rich text for a tooltip.
    static QString tooltip(Metric metric);
    // An information icon whose tooltip is tooltip(metric), to put beside the metric's title.
    static QLabel *createMark(Metric metric, QWidget *parent);
};

} // namespace weav::ui
