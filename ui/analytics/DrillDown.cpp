#include "DrillDown.h"

#include "models/ConversationListModel.h"

#include <QLocale>

#include <algorithm>

namespace weav::ui {

namespace {

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 DayMs = 24 * HourMs;

QDateTime utcTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString responseBucketLabel(int bucket)
{
    static const char *const labels[] = {
        QT_TRANSLATE_NOOP("weav::ui::DrillDownBuilder", "under 5 minutes"),
        QT_TRANSLATE_NOOP("weav::ui::DrillDownBuilder", "5 to 15 minutes"),
        QT_TRANSLATE_NOOP("weav::ui::DrillDownBuilder", "15 to 60 minutes"),
        QT_TRANSLATE_NOOP("weav::ui::DrillDownBuilder", "1 to 4 hours"),
        QT_TRANSLATE_NOOP("weav::ui::DrillDownBuilder", "4 to 24 hours"),
        QT_TRANSLATE_NOOP("weav::ui::DrillDownBuilder", "24 hours or more"),
    };
    return DrillDownBuilder::tr(labels[qBound(0, bucket, 5)]);
}

QString backlogAgeLabel(int bucket)
{
    static const char *const labels[] = {
        QT_TRANSLATE_NOOP("weav::ui::DrillDownBuilder", "under 24 hours old"),
        QT_TRANSLATE_NOOP("weav::ui::DrillDownBuilder", "1 to 3 days old"),
        QT_TRANSLATE_NOOP("weav::ui::DrillDownBuilder", "3 to 7 days old"),
        QT_TRANSLATE_NOOP("weav::ui::DrillDownBuilder", "7 days old or more"),
    };
    return DrillDownBuilder::tr(labels[qBound(0, bucket, 3)]);
}

} // namespace

DrillDownBuilder::DrillDownBuilder(const DashboardData &data, const QDateTime &dataAsOf)
    : m_data(data)
    , m_period(data.report.current)
    , m_dataAsOf(dataAsOf)
{
}

int DrillDownBuilder::responseBucket(qint64 seconds)
{
    // The buckets of docs/metrics.md, upper bounds exclusive.
    static constexpr qint64 upperBounds[] = {5 * 60, 15 * 60, 60 * 60, 4 * 3600, 24 * 3600};
    int bucket = 0;
    while (bucket < 5 && seconds >= upperBounds[bucket])
        ++bucket;
    return bucket;
}

int DrillDownBuilder::backlogAgeBucket(qint64 ageMs)
{
    static constexpr qint64 upperBounds[] = {DayMs, 3 * DayMs, 7 * DayMs};
    int bucket = 0;
    while (bucket < 3 && ageMs >= upperBounds[bucket])
        ++bucket;
    return bucket;
}

core::ConversationFilter DrillDownBuilder::createdFilter(qint64 fromMs, qint64 toMs) const
{
    core::ConversationFilter filter;
    filter.createdFrom = utcTime(fromMs);
    filter.createdTo = utcTime(toMs);
    filter.channel = m_data.query.channel;
    filter.isSpam = false;
    return filter;
}

bool DrillDownBuilder::createdInPeriod(const MetricRow &row) const
{
    return row.createdMs >= m_period.startMs && row.createdMs < m_period.endMs;
}

DrillDown DrillDownBuilder::cacheList(const QString &title, int count, const QString &note,
                                      std::function<bool(const MetricRow &, const core::Conversation &)> matches) const
{
    DrillDown drillDown;
    drillDown.title = title;
    drillDown.count = count;
    drillDown.matches = std::move(matches);
    drillDown.note = note;
    return drillDown;
}

DrillDown DrillDownBuilder::created() const
{
    const qint64 start = m_period.startMs;
    const qint64 end = m_period.endMs;

    DrillDown drillDown;
    drillDown.title = tr("Created, %1").arg(DashboardPeriod::rangeText(m_period.from, m_period.to));
    drillDown.count = m_period.created;
    drillDown.filter = createdFilter(start, end);
    drillDown.matches = [start, end](const MetricRow &row, const core::Conversation &) {
        return !row.spam && row.createdMs >= start && row.createdMs < end;
    };
    return drillDown;
}

DrillDown DrillDownBuilder::createdOnDay(int dayIndex, const QString &channel) const
{
    const core::DayCount &day = m_period.createdPerDay.at(dayIndex);
    const qint64 start = core::MetricsCalculator::startOfDayMs(day.date, m_data.query.zone);
    const qint64 end = core::MetricsCalculator::startOfDayMs(day.date.addDays(1), m_data.query.zone);
    const bool chat = channel == QLatin1String("chat");

    DrillDown drillDown;
    drillDown.title = tr("Created by %1 on %2")
                          .arg(core::ConversationListModel::channelLabel(channel).toLower(),
                               DashboardPeriod::rangeText(day.date, day.date));
    drillDown.count = chat ? day.chat : day.email;
    drillDown.filter = createdFilter(start, end);
    drillDown.filter->channel = channel;
    drillDown.matches = [start, end, chat](const MetricRow &row, const core::Conversation &) {
        return !row.spam && row.chat == chat && row.createdMs >= start && row.createdMs < end;
    };
    return drillDown;
}

DrillDown DrillDownBuilder::createdByAssignee(char assignee) const
{
    DrillDown drillDown = created();
    if (assignee == 'a') {
        drillDown.title = tr("Created with an AI agent as assignee, %1").arg(DashboardPeriod::rangeText(m_period.from, m_period.to));
        drillDown.count = m_period.createdByAgent;
        drillDown.filter->assigneeType = QStringLiteral("agent");
    } else if (assignee == 'u') {
        drillDown.title = tr("Created with a teammate as assignee, %1").arg(DashboardPeriod::rangeText(m_period.from, m_period.to));
        drillDown.count = m_period.createdByUser;
        drillDown.filter->assigneeType = QStringLiteral("user");
    } else {
        drillDown.title = tr("Created and unassigned, %1").arg(DashboardPeriod::rangeText(m_period.from, m_period.to));
        drillDown.count = m_period.createdUnassigned;
        drillDown.filter->assigneeType = QStringLiteral("none");
    }

    auto createdMatches = drillDown.matches;
    drillDown.matches = [createdMatches, assignee](const MetricRow &row, const core::Conversation &conversation) {
        return createdMatches(row, conversation) && row.assignee == assignee;
    };
    return drillDown;
}

DrillDown DrillDownBuilder::spam() const
{
    const qint64 start = m_period.startMs;
    const qint64 end = m_period.endMs;

    DrillDown drillDown = created();
    drillDown.title = tr("Spam created, %1").arg(DashboardPeriod::rangeText(m_period.from, m_period.to));
    drillDown.count = m_period.spamCount;
    drillDown.filter->isSpam = true;
    drillDown.matches = [start, end](const MetricRow &row, const core::Conversation &) {
        return row.spam && row.createdMs >= start && row.createdMs < end;
    };
    return drillDown;
}

DrillDown DrillDownBuilder::closed() const
{
    const qint64 start = m_period.startMs;
    const qint64 end = m_period.endMs;
    return cacheList(tr("Closed, %1").arg(DashboardPeriod::rangeText(m_period.from, m_period.to)), m_period.closed,
                     tr("The API has no filter for closed_at, so the inbox cannot list exactly these conversations."),
                     [start, end](const MetricRow &row, const core::Conversation &) {
                         return !row.spam && row.closedMs >= start && row.closedMs < end;
                     });
}

DrillDown DrillDownBuilder::firstResponses(int bucket) const
{
    const qint64 start = m_period.startMs;
    const qint64 end = m_period.endMs;
    const QString period = DashboardPeriod::rangeText(m_period.from, m_period.to);
    const QString title = bucket < 0
        ? tr("First responses to conversations created %1").arg(period)
        : tr("First responses in %1 to conversations created %2").arg(responseBucketLabel(bucket), period);
    const int count = bucket < 0 ? m_period.firstResponse.count : m_period.firstResponseHistogram.at(bucket);

    return cacheList(title, count,
                     tr("The API has no filter for first_response_at, so the inbox cannot list exactly these "
                        "conversations."),
                     [start, end, bucket](const MetricRow &row, const core::Conversation &) {
                         if (row.spam || row.firstResponseMs < 0 || row.createdMs < start || row.createdMs >= end)
                             return false;
                         return bucket < 0 || responseBucket((row.firstResponseMs - row.createdMs) / 1000) == bucket;
                     });
}

DrillDown DrillDownBuilder::backlog() const
{
    const qint64 end = m_period.endMs;
    const auto matches = [end](const MetricRow &row, const core::Conversation &) {
        return !row.spam && row.createdMs < end && (row.closedMs < 0 || row.closedMs >= end);
    };
    DrillDown drillDown = cacheList(tr("Backlog at the end of %1").arg(DashboardPeriod::rangeText(m_period.from, m_period.to)),
                                    m_period.backlogAtEnd,
                                    tr("The period ends before the data's last refresh. Its backlog depends on "
                                       "closed_at, which the API cannot filter, so the inbox cannot list exactly these "
                                       "conversations."),
                                    matches);

    // While the period's end is still ahead, the backlog at end is what is open now, which the
    // status filter lists. The open flags must agree with closed_at for that to hold.
    if (!m_dataAsOf.isValid() || m_dataAsOf.toMSecsSinceEpoch() >= end)
        return drillDown;
    int openBeforeEnd = 0;
    for (const MetricRow &row : m_data.rows) {
        if (!row.spam && row.open && row.createdMs < end)
            ++openBeforeEnd;
    }
    if (openBeforeEnd != m_period.backlogAtEnd)
        return drillDown;

    core::ConversationFilter filter;
    filter.createdTo = utcTime(end);
    filter.channel = m_data.query.channel;
    filter.status = QStringLiteral("open");
    filter.isSpam = false;
    drillDown.filter = filter;
    drillDown.note.clear();
    return drillDown;
}

DrillDown DrillDownBuilder::backlogAge(int bucket) const
{
    const qint64 end = m_period.endMs;
    return cacheList(tr("Backlog %1 at the end of %2").arg(backlogAgeLabel(bucket), DashboardPeriod::rangeText(m_period.from, m_period.to)),
                     m_period.backlogAge.at(bucket),
                     tr("The age buckets depend on closed_at and on millisecond bounds of created_at, which the API "
                        "cannot filter exactly, so the inbox cannot list exactly these conversations."),
                     [end, bucket](const MetricRow &row, const core::Conversation &) {
                         return !row.spam && row.createdMs < end && (row.closedMs < 0 || row.closedMs >= end)
                             && backlogAgeBucket(end - row.createdMs) == bucket;
                     });
}

DrillDown DrillDownBuilder::workload(const QString &assigneeId, const QString &assigneeType, const QString &name, int open) const
{
    DrillDown drillDown;
    drillDown.title = tr("Open conversations of %1, now").arg(name);
    drillDown.count = open;

    core::ConversationFilter filter;
    filter.status = QStringLiteral("open");
    filter.assigneeId = assigneeId;
    filter.assigneeType = assigneeType;
    filter.channel = m_data.query.channel;
    filter.isSpam = false;
    drillDown.filter = filter;
    drillDown.matches = [assigneeId](const MetricRow &row, const core::Conversation &conversation) {
        return row.open && !row.spam && conversation.assigneeId == assigneeId;
    };
    return drillDown;
}

DrillDown DrillDownBuilder::unassignedOpen() const
{
    DrillDown drillDown;
    drillDown.title = tr("Open and unassigned conversations, now");
    drillDown.count = m_data.report.unassignedOpen;

    core::ConversationFilter filter;
    filter.status = QStringLiteral("open");
    filter.assigneeType = QStringLiteral("none");
    filter.channel = m_data.query.channel;
    filter.isSpam = false;
    drillDown.filter = filter;
    drillDown.matches = [](const MetricRow &row, const core::Conversation &) {
        return row.open && !row.spam && row.assignee == 0;
    };
    return drillDown;
}

QList<std::pair<qint64, qint64>> DrillDownBuilder::hourSpans(int weekday, int hour) const
{
    const QTimeZone &zone = m_data.query.zone;
    QList<std::pair<qint64, qint64>> spans;
    for (QDate day = m_period.from; day <= m_period.to; day = day.addDays(1)) {
        if (day.dayOfWeek() - 1 != weekday)
            continue;

        const qint64 start = QDateTime(day, QTime(hour, 0), zone).toMSecsSinceEpoch();
        const qint64 end = hour == 23 ? core::MetricsCalculator::startOfDayMs(day.addDays(1), zone)
                                      : QDateTime(day, QTime(hour + 1, 0), zone).toMSecsSinceEpoch();
        if (end > start)
            spans.append({start, end});
    }
    return spans;
}

DrillDown DrillDownBuilder::busiestHour(int weekday, int hour) const
{
    const QString when = tr("%1, %2:00–%3:00")
                             .arg(QLocale().dayName(weekday + 1))
                             .arg(hour, 2, 10, QLatin1Char('0'))
                             .arg(hour + 1, 2, 10, QLatin1Char('0'));
    const QString title = tr("Created %1, %2").arg(when, DashboardPeriod::rangeText(m_period.from, m_period.to));
    const int count = m_period.busiestHours.at(weekday).at(hour);
    const QList<std::pair<qint64, qint64>> spans = hourSpans(weekday, hour);

    DrillDown drillDown = cacheList(title, count,
                                    tr("This cell spans %n days of the period, which one list filter cannot express, so "
                                       "the inbox cannot list exactly these conversations.",
                                       nullptr, int(spans.size())),
                                    [spans](const MetricRow &row, const core::Conversation &) {
                                        if (row.spam)
                                            return false;
                                        return std::any_of(spans.cbegin(), spans.cend(), [&row](const auto &span) {
                                            return row.createdMs >= span.first && row.createdMs < span.second;
                                        });
                                    });

    // The spans come from local wall-clock times, which a daylight-saving change can make ambiguous.
    // When they do not reproduce the cell's count, the list falls back to each row's local time.
    if (countMatching(drillDown) != count) {
        const qint64 start = m_period.startMs;
        const qint64 end = m_period.endMs;
        const QTimeZone zone = m_data.query.zone;
        drillDown.note = tr("A daylight-saving change makes this hour ambiguous, so the inbox cannot list exactly these "
                            "conversations.");
        drillDown.matches = [start, end, zone, weekday, hour](const MetricRow &row, const core::Conversation &) {
            if (row.spam || row.createdMs < start || row.createdMs >= end)
                return false;
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(row.createdMs, zone);
            return local.date().dayOfWeek() - 1 == weekday && local.time().hour() == hour;
        };
        return drillDown;
    }

    if (spans.size() == 1) {
        drillDown.filter = createdFilter(spans.first().first, spans.first().second);
        drillDown.note.clear();
    }
    return drillDown;
}

QList<core::Conversation> DrillDownBuilder::conversations(const DrillDown &drillDown) const
{
    QList<core::Conversation> selected;
    for (const MetricRow &row : m_data.rows) {
        const core::Conversation &conversation = m_data.conversations.at(row.index);
        if (drillDown.matches(row, conversation))
            selected.append(conversation);
    }
    std::sort(selected.begin(), selected.end(), [](const core::Conversation &a, const core::Conversation &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });
    return selected;
}

int DrillDownBuilder::countMatching(const DrillDown &drillDown) const
{
    int count = 0;
    for (const MetricRow &row : m_data.rows) {
        if (drillDown.matches(row, m_data.conversations.at(row.index)))
            ++count;
    }
    return count;
}

} // namespace weav::ui
