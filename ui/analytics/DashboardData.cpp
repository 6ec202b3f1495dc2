#include "DashboardData.h"

#include <QElapsedTimer>

namespace weav::ui {

namespace {

qint64 msOrUnset(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : -1;
}

// The same reduction as MetricsCalculator's, so that a drill-down counts what the metric counts.
QList<MetricRow> metricRows(const QList<core::Conversation> &conversations, const QString &channel)
{
    QList<MetricRow> rows;
    rows.reserve(conversations.size());
    for (qsizetype index = 0; index < conversations.size(); ++index) {
        const core::Conversation &conversation = conversations.at(index);
        if (!channel.isEmpty() && conversation.channel != channel)
            continue;

        MetricRow row;
        row.createdMs = msOrUnset(conversation.createdAt);
        if (row.createdMs < 0)
            continue;
        row.closedMs = msOrUnset(conversation.closedAt);
        row.firstResponseMs = msOrUnset(conversation.firstResponseAt);
        row.index = int(index);
        row.chat = conversation.channel == QLatin1String("chat");
        row.spam = conversation.isSpam;
        row.open = !conversation.isClosed();
        if (conversation.isAssigned())
            row.assignee = conversation.assigneeType == QLatin1String("agent") ? 'a' : 'u';
        rows.append(row);
    }
    return rows;
}

} // namespace

DashboardData computeDashboard(const QList<core::Conversation> &conversations, const DashboardQuery &query)
{
    QElapsedTimer clock;
    clock.start();

    DashboardData data;
    data.query = query;
    data.conversations = conversations;

    const core::MetricsCalculator calculator(query.from, query.to, query.zone, query.channel);
    data.report = calculator.compute(conversations);
    data.rows = metricRows(conversations, query.channel);

    data.computeMs = double(clock.nsecsElapsed()) / 1e6;
    return data;
}

} // namespace weav::ui
