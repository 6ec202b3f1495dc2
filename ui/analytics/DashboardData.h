#pragma once

#include "DashboardQuery.h"

#include "analytics/Metrics.h"
#include "types/Conversation.h"

#include <QHash>
#include <QList>

namespace weav::ui {

// A conversation reduced to what the metrics and their drill-downs read, with times in UTC
// milliseconds (-1 when not set).
struct MetricRow
{
    qint64 createdMs = -1;
    qint64 closedMs = -1;
    qint64 firstResponseMs = -1;
    // The conversation's index in DashboardData::conversations.
    int index = -1;
    bool chat = false;
    bool spam = false;
    // status is not "closed": what the workload counts.
    bool open = false;
    char assignee = 0; // 'u' teammate, 'a' AI agent, 0 unassigned
};

// The metrics of one query, with the conversations they were computed from.
struct DashboardData
{
    DashboardQuery query;
    // Every conversation of the cache, in no particular order.
    QList<core::Conversation> conversations;
    // The conversations in the query's channel that have a created_at.
    QList<MetricRow> rows;
    core::MetricsReport report;
    // Milliseconds the computation took, for the log.
    double computeMs = 0.0;
};

// Computes the report and the rows. Thread-safe: the dashboard runs it on a worker thread.
DashboardData computeDashboard(const QList<core::Conversation> &conversations, const DashboardQuery &query);

} // namespace weav::ui
