#pragma once

#include "MetricHelp.h"

#include "analytics/Metrics.h"

#include <QMap>
#include <QObject>

class QBarSet;
class QChart;
class QString;

namespace weav::ui {

class BarListWidget;
class ChartPanel;
class HeatmapWidget;

// The dashboard's charts: each in a ChartPanel, filled from a report, with the numbers of each
// chart in the panel's data model for the CSV export. Clicks on bars, slices and cells are passed
// on as signals, because the series are replaced on every update.
class DashboardCharts : public QObject
{
    Q_OBJECT

public:
    // One bar of the workload chart.
    struct WorkloadBar
    {
        QString assigneeId;
        QString assigneeType;
        // The name as the chart shows it, e.g. "Ada Lovelace" or "Nova (AI agent)".
        QString name;
        int open = 0;
    };

    // The workload chart shows this many assignees at most; the CSV has all of them.
    static constexpr int MaxWorkloadBars = 12;

    // The panels are created as children of parentWidget.
    explicit DashboardCharts(QWidget *parentWidget);

    ChartPanel *panel(Metric metric) const { return m_panels.value(metric); }
    // In the order the dashboard lays them out.
    QList<ChartPanel *> panels() const;
    HeatmapWidget *heatmap() const { return m_heatmap; }
    BarListWidget *workloadBars() const { return m_workloadBars; }

    void showPeriod(const core::PeriodMetrics &period);
    void showWorkload(const QList<WorkloadBar> &bars, int unassignedOpen);
    void clear();

    // Day labels as the per-day charts show them, e.g. "Mon 3 Nov".
    static QString dayLabel(const QDate &day, const QDate &from, const QDate &to);

signals:
    void createdBarClicked(int dayIndex, const QString &channel);
    void responseBucketClicked(int bucket);
    void backlogAgeClicked(int bucket);
    // 'a' AI agent, 'u' teammate, 0 unassigned.
    void assigneeTypeClicked(char assignee);
    // An index into the bars of showWorkload(), or -1 for the unassigned bar.
    void workloadBarClicked(int index);
    void hourClicked(int weekday, int hour);

private:
    void addPanel(Metric metric, QWidget *content);
    void showCreatedPerDay(const core::PeriodMetrics &period);
    void showFirstResponsePerDay(const core::PeriodMetrics &period);
    // One bar per bucket with its count; returns the bar set, for its clicks.
    QBarSet *showBuckets(ChartPanel *target, const QStringList &labels, const QList<int> &counts, const QString &bucketHeader);
    void showResponseHistogram(const core::PeriodMetrics &period);
    void showBacklogAge(const core::PeriodMetrics &period);
    void showAssigneeSplit(const core::PeriodMetrics &period);
    void showBusiestHours(const core::PeriodMetrics &period);

    QWidget *m_parentWidget;
    QMap<Metric, ChartPanel *> m_panels;
    QList<Metric> m_order;
    HeatmapWidget *m_heatmap = nullptr;
    BarListWidget *m_workloadBars = nullptr;
};

} // namespace weav::ui
