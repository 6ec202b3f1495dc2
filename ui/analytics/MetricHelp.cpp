#include "MetricHelp.h"

#include "shell/ShellIcons.h"

#include <QLabel>

namespace weav::ui {

QString MetricHelp::title(Metric metric)
{
    switch (metric) {
    case Metric::Created:
        return tr("Created");
    case Metric::Closed:
        return tr("Closed");
    case Metric::FirstResponseMedian:
        return tr("First response, median");
    case Metric::FirstResponseP90:
        return tr("First response, 90th percentile");
    case Metric::ResolutionMedian:
        return tr("Resolution, median");
    case Metric::BacklogAtEnd:
        return tr("Backlog at end");
    case Metric::AiShare:
        return tr("AI share");
    case Metric::SpamShare:
        return tr("Spam share");
    case Metric::CreatedPerDay:
        return tr("Created per day by channel");
    case Metric::FirstResponsePerDay:
        return tr("First response per day");
    case Metric::FirstResponseHistogram:
        return tr("First response times");
    case Metric::BacklogAge:
        return tr("Backlog age at end");
    case Metric::AssigneeSplit:
        return tr("Created by assignee type");
    case Metric::Workload:
        return tr("Workload per assignee, now");
    case Metric::BusiestHours:
        return tr("Busiest hours");
    }
    return {};
}

QString MetricHelp::definition(Metric metric)
{
    const QString firstResponse = tr("First response time is first_response_at − created_at, over conversations "
                                     "created in the period that have a first response. Conversations without one "
                                     "are left out, not counted as zero.");
    const QString resolution = tr("Resolution time is closed_at − created_at, over conversations closed in the period.");
    const QString median = tr("The median of an even count is the mean of the two middle values.");
    const QString percentile = tr("The 90th percentile is the nearest rank: the ⌈0.9·n⌉-th smallest value.");
    const QString backlog = tr("Backlog at end: conversations created before the period's end that have no closed_at, "
                               "or a closed_at at or after the end.");

    switch (metric) {
    case Metric::Created:
        return tr("Conversations whose created_at is in the period. Also per channel and per local day.");
    case Metric::Closed:
        return tr("Conversations whose closed_at is in the period.");
    case Metric::FirstResponseMedian:
        return firstResponse + QLatin1Char(' ') + median;
    case Metric::FirstResponseP90:
        return firstResponse + QLatin1Char(' ') + percentile;
    case Metric::ResolutionMedian:
        return resolution + QLatin1Char(' ') + median;
    case Metric::BacklogAtEnd:
        return backlog;
    case Metric::AiShare:
        return tr("Of the conversations created in the period, the share whose assignee is an AI agent (assignee_type "
                  "agent).");
    case Metric::SpamShare:
        return tr("Of all conversations created in the period, spam included, the share marked spam.");
    case Metric::CreatedPerDay:
        return tr("Conversations whose created_at is in the period, per local day, stacked by channel.");
    case Metric::FirstResponsePerDay:
        return firstResponse + QLatin1Char(' ') + tr("Per local day of created_at: the median and the 90th percentile. ")
            + median + QLatin1Char(' ') + percentile;
    case Metric::FirstResponseHistogram:
        return firstResponse + QLatin1Char(' ')
            + tr("Buckets: under 5 minutes, 5 up to 15 minutes, 15 up to 60 minutes, 1 up to 4 hours, 4 up to 24 hours, "
                 "and 24 hours or more.");
    case Metric::BacklogAge:
        return backlog + QLatin1Char(' ')
            + tr("By age at the period's end (end − created_at): under 24 h, 24 h up to 3 days, 3 days up to 7 days, "
                 "7 days or more.");
    case Metric::AssigneeSplit:
        return tr("The conversations created in the period, by their assignee now: an AI agent, a teammate, or "
                  "unassigned.");
    case Metric::Workload:
        return tr("Open conversations per assignee (teammate or AI agent) now, whatever the period. Unassigned ones "
                  "are counted apart.");
    case Metric::BusiestHours:
        return tr("Conversations created in the period, by local weekday and hour.");
    }
    return {};
}

QString MetricHelp::drillDown(Metric metric)
{
    const QString noFirstResponseFilter = tr("The API has no filter for first_response_at, so a click lists these "
                                             "conversations from the analytics cache instead of the inbox.");
    const QString noClosedFilter = tr("The API has no filter for closed_at, so a click lists these conversations from "
                                      "the analytics cache instead of the inbox.");

    switch (metric) {
    case Metric::Created:
        return tr("A click opens these conversations in the inbox.");
    case Metric::Closed:
    case Metric::ResolutionMedian:
        return noClosedFilter;
    case Metric::FirstResponseMedian:
    case Metric::FirstResponseP90:
    case Metric::FirstResponseHistogram:
        return noFirstResponseFilter;
    case Metric::BacklogAge:
        return tr("The age buckets depend on closed_at, which the API cannot filter, so a click on a bar lists its "
                  "conversations from the analytics cache.");
    case Metric::BacklogAtEnd:
        return tr("When the period ends after the data's last refresh, a click opens the open conversations created "
                  "before its end in the inbox. For an earlier end the backlog depends on closed_at, which the API "
                  "cannot filter, so a click lists it from the analytics cache.");
    case Metric::AiShare:
        return tr("A click opens the conversations created in the period with an AI agent as assignee in the inbox.");
    case Metric::SpamShare:
        return tr("A click opens the spam created in the period in the inbox.");
    case Metric::CreatedPerDay:
        return tr("A click on a bar opens that day's conversations of that channel in the inbox.");
    case Metric::FirstResponsePerDay:
        return tr("The points are not clickable: the API has no filter for first_response_at.");
    case Metric::AssigneeSplit:
        return tr("A click on a slice opens its conversations in the inbox.");
    case Metric::Workload:
        return tr("A click on a bar opens that assignee's open conversations in the inbox.");
    case Metric::BusiestHours:
        return tr("In a period of up to 7 days a cell is one hour of one day, and a click opens its conversations in "
                  "the inbox. In a longer period a cell spans several days, which one list filter cannot express, so "
                  "a click lists its conversations from the analytics cache.");
    }
    return {};
}

QString MetricHelp::tooltip(Metric metric)
{
    const QString shared = tr("Spam conversations count only in the spam share. The period is whole local days in the "
                              "chosen time zone; the previous period has the same number of days and ends the day "
                              "before.");
    return QStringLiteral("<p><b>%1</b></p><p>%2</p><p>%3</p><p><i>%4</i></p>")
        .arg(title(metric).toHtmlEscaped(), definition(metric).toHtmlEscaped(), shared.toHtmlEscaped(),
             drillDown(metric).toHtmlEscaped());
}

QLabel *MetricHelp::createMark(Metric metric, QWidget *parent)
{
    auto *mark = new QLabel(parent);
    mark->setPixmap(shellIcon(QStringLiteral("info")).pixmap(14, 14));
    mark->setToolTip(tooltip(metric));
    mark->setAccessibleName(tr("Definition of %1").arg(title(metric)));
    mark->setCursor(Qt::WhatsThisCursor);
    return mark;
}

} // namespace weav::ui
