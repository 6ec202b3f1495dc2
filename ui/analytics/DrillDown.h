#pragma once

#include "DashboardData.h"

#include "models/ConversationFilter.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <optional>

namespace weav::ui {

// The conversations behind one number of the dashboard. `filter` is set when a list filter of
// GET /v1/conversations selects exactly them, so the inbox can show them. Otherwise only `matches`
// (the metric's definition over the cached rows) selects them, and `note` explains why the list
// comes from the analytics cache.
struct DrillDown
{
    // The clicked number's description, e.g. "Created by email on Mon 3 Nov 2026".
    QString title;
    // The number clicked.
    int count = 0;
    std::optional<core::ConversationFilter> filter;
    std::function<bool(const MetricRow &row, const core::Conversation &conversation)> matches;
    QString note;
};

// Builds the drill-down of each clickable number from the data it was computed from.
class DrillDownBuilder
{
    Q_DECLARE_TR_FUNCTIONS(weav::ui::DrillDownBuilder)

public:
    // dataAsOf is when the cached conversations were last refreshed (invalid when unknown).
    DrillDownBuilder(const DashboardData &data, const QDateTime &dataAsOf);

    DrillDown created() const;
    // One bar of the per-day chart: a day of the period and "email" or "chat".
    DrillDown createdOnDay(int dayIndex, const QString &channel) const;
    // 'a' AI agent, 'u' teammate, 0 unassigned.
    DrillDown createdByAssignee(char assignee) const;
    DrillDown spam() const;
    // Closed in the period; also the conversations of the resolution times.
    DrillDown closed() const;
    // The conversations of the first response times, or of one histogram bucket (0 to 5).
    DrillDown firstResponses(int bucket = -1) const;
    DrillDown backlog() const;
    DrillDown backlogAge(int bucket) const;
    DrillDown workload(const QString &assigneeId, const QString &assigneeType, const QString &name, int open) const;
    DrillDown unassignedOpen() const;
    // A cell of the heatmap: weekday 0 = Monday.
    DrillDown busiestHour(int weekday, int hour) const;

    // The conversations `drillDown` selects, newest created first.
    QList<core::Conversation> conversations(const DrillDown &drillDown) const;
    // How many rows `drillDown` selects: equals drillDown.count when it counts what the metric counts.
    int countMatching(const DrillDown &drillDown) const;

    static int responseBucket(qint64 seconds);
    static int backlogAgeBucket(qint64 ageMs);

private:
    // The list filter of the period's created conversations: UTC bounds, channel, no spam.
    core::ConversationFilter createdFilter(qint64 fromMs, qint64 toMs) const;
    bool createdInPeriod(const MetricRow &row) const;
    // The UTC spans of local `hour` on every day of the period that falls on `weekday`.
    QList<std::pair<qint64, qint64>> hourSpans(int weekday, int hour) const;
    DrillDown cacheList(const QString &title, int count, const QString &note,
                        std::function<bool(const MetricRow &, const core::Conversation &)> matches) const;

    const DashboardData &m_data;
    const core::PeriodMetrics &m_period;
    QDateTime m_dataAsOf;
};

} // namespace weav::ui
