#include "Metrics.h"

#include "types/JsonReader.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace weav::core {

namespace {

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 DayMs = 24 * HourMs;
// 1970-01-01 was a Thursday: weekday index 3 when Monday is 0.
constexpr qint64 EpochWeekday = 3;

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// The UTC offsets of a zone over a span, for fast local-time arithmetic on many timestamps.
class OffsetTable
{
public:
    OffsetTable(const QTimeZone &zone, qint64 fromMs, qint64 toMs)
    {
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC);
        m_starts.append(std::numeric_limits<qint64>::min());
        m_offsets.append(zone.offsetFromUtc(from));
        for (const QTimeZone::OffsetData &transition : zone.transitions(from, QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC))) {
            m_starts.append(transition.atUtc.toMSecsSinceEpoch());
            m_offsets.append(transition.offsetFromUtc);
        }
    }

    // Milliseconds since the epoch as a local wall clock reads them.
    qint64 localMs(qint64 utcMs) const
    {
        const auto next = std::upper_bound(m_starts.cbegin(), m_starts.cend(), utcMs);
        return utcMs + qint64(m_offsets.at(next - m_starts.cbegin() - 1)) * 1000;
    }

private:
    QList<qint64> m_starts;
    QList<int> m_offsets;
};

qint64 floorDiv(qint64 value, qint64 divisor)
{
    return value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor);
}

int backlogAgeBucket(qint64 ageMs)
{
    if (ageMs < DayMs)
        return PeriodMetrics::Under24Hours;
    if (ageMs < 3 * DayMs)
        return PeriodMetrics::OneToThreeDays;
    if (ageMs < 7 * DayMs)
        return PeriodMetrics::ThreeToSevenDays;
    return PeriodMetrics::OverSevenDays;
}

int responseBucket(qint64 seconds)
{
    if (seconds < 5 * 60)
        return PeriodMetrics::Under5Minutes;
    if (seconds < 15 * 60)
        return PeriodMetrics::Under15Minutes;
    if (seconds < 60 * 60)
        return PeriodMetrics::Under1Hour;
    if (seconds < 4 * 60 * 60)
        return PeriodMetrics::Under4Hours;
    if (seconds < 24 * 60 * 60)
        return PeriodMetrics::Under1Day;
    return PeriodMetrics::Over1Day;
}

std::optional<double> share(int part, int whole)
{
    if (whole == 0)
        return std::nullopt;
    return double(part) / double(whole);
}

qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : -1;
}

} // namespace

DurationStats DurationStats::of(QList<qint64> seconds)
{
    DurationStats stats;
    stats.count = int(seconds.size());
    if (seconds.isEmpty())
        return stats;

    std::sort(seconds.begin(), seconds.end());
    double sum = 0;
    for (qint64 value : seconds)
        sum += double(value);
    stats.mean = sum / double(seconds.size());

    const qsizetype middle = seconds.size() / 2;
    stats.median = seconds.size() % 2 == 1 ? double(seconds.at(middle)) : (double(seconds.at(middle - 1)) + double(seconds.at(middle))) / 2.0;

    const qsizetype rank = qsizetype(std::ceil(0.9 * double(seconds.size())));
    stats.p90 = double(seconds.at(qMax<qsizetype>(rank, 1) - 1));
    return stats;
}

QJsonObject DurationStats::toJson() const
{
    return {
        {QStringLiteral("count"), count},
        {QStringLiteral("mean"), optionalNumber(mean)},
        {QStringLiteral("median"), optionalNumber(median)},
        {QStringLiteral("p90"), optionalNumber(p90)},
    };
}

QJsonObject PeriodMetrics::toJson(const QTimeZone &zone) const
{
    QJsonArray perDay;
    for (const DayCount &day : createdPerDay) {
        perDay.append(QJsonObject{{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                                  {QStringLiteral("email"), day.email},
                                  {QStringLiteral("chat"), day.chat}});
    }

    return {
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                                               {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                               {QStringLiteral("time_zone"), QString::fromUtf8(zone.id())}}},
        {QStringLiteral("created"), created},
        {QStringLiteral("closed"), closed},
        {QStringLiteral("created_by_channel"), QJsonObject{{QStringLiteral("email"), createdEmail}, {QStringLiteral("chat"), createdChat}}},
        {QStringLiteral("first_response_seconds"), firstResponse.toJson()},
        {QStringLiteral("resolution_seconds"), resolution.toJson()},
        {QStringLiteral("backlog_at_end"), backlogAtEnd},
        {QStringLiteral("backlog_age"), QJsonObject{{QStringLiteral("lt_24h"), backlogAge[Under24Hours]},
                                                    {QStringLiteral("d1_3"), backlogAge[OneToThreeDays]},
                                                    {QStringLiteral("d3_7"), backlogAge[ThreeToSevenDays]},
                                                    {QStringLiteral("gt_7d"), backlogAge[OverSevenDays]}}},
        {QStringLiteral("ai_share"), optionalNumber(aiShare)},
        {QStringLiteral("spam_share"), optionalNumber(spamShare)},
        {QStringLiteral("created_per_day"), perDay},
    };
}

QJsonObject MetricsReport::toJson() const
{
    QJsonObject object = current.toJson(zone);
    if (!channel.isEmpty())
        object.insert(QStringLiteral("channel"), channel);
    object.insert(QStringLiteral("previous"), previous.toJson(zone));
    return object;
}

MetricsCalculator::MetricsCalculator(const QDate &from, const QDate &to, const QTimeZone &zone, const QString &channel)
    : m_from(from)
    , m_to(to)
    , m_zone(zone)
    , m_channel(channel)
{
}

qint64 MetricsCalculator::startOfDayMs(const QDate &day, const QTimeZone &zone)
{
    return day.startOfDay(zone).toMSecsSinceEpoch();
}

std::pair<QDate, QDate> MetricsCalculator::previousPeriod(const QDate &from, const QDate &to)
{
    const qint64 days = from.daysTo(to) + 1;
    return {from.addDays(-days), from.addDays(-1)};
}

bool MetricsCalculator::inChannel(const Conversation &conversation) const
{
    return m_channel.isEmpty() || conversation.channel == m_channel;
}

MetricsReport MetricsCalculator::compute(const QList<Conversation> &conversations) const
{
    MetricsReport report;
    report.zone = m_zone;
    report.channel = m_channel;

    QList<Row> rows;
    rows.reserve(conversations.size());
    QHash<QString, AssigneeLoad> loads;
    for (const Conversation &conversation : conversations) {
        if (!inChannel(conversation))
            continue;

        Row row;
        row.createdMs = toMs(conversation.createdAt);
        row.closedMs = toMs(conversation.closedAt);
        row.firstResponseMs = toMs(conversation.firstResponseAt);
        row.chat = conversation.channel == QLatin1String("chat");
        row.spam = conversation.isSpam;
        if (conversation.isAssigned())
            row.assignee = conversation.assigneeType == QLatin1String("agent") ? 'a' : 'u';
        if (row.createdMs >= 0)
            rows.append(row);

        if (conversation.isSpam || conversation.isClosed())
            continue;
        if (!conversation.isAssigned()) {
            ++report.unassignedOpen;
            continue;
        }
        AssigneeLoad &load = loads[conversation.assigneeId];
        load.assigneeId = conversation.assigneeId;
        load.assigneeType = conversation.assigneeType;
        ++load.open;
    }

    report.workload = loads.values();
    std::sort(report.workload.begin(), report.workload.end(), [](const AssigneeLoad &a, const AssigneeLoad &b) {
        return a.open != b.open ? a.open > b.open : a.assigneeId < b.assigneeId;
    });

    report.current = computePeriod(rows, m_from, m_to);
    const auto [previousFrom, previousTo] = previousPeriod(m_from, m_to);
    report.previous = computePeriod(rows, previousFrom, previousTo);
    return report;
}

PeriodMetrics MetricsCalculator::computePeriod(const QList<Row> &rows, const QDate &from, const QDate &to) const
{
    PeriodMetrics metrics;
    metrics.from = from;
    metrics.to = to;

    // The UTC start of every local day of the period, and of the day after it.
    QList<qint64> dayStarts;
    for (QDate day = from; day <= to.addDays(1); day = day.addDays(1))
        dayStarts.append(startOfDayMs(day, m_zone));
    metrics.startMs = dayStarts.constFirst();
    metrics.endMs = dayStarts.constLast();

    const qsizetype days = dayStarts.size() - 1;
    metrics.createdPerDay.resize(days);
    QList<QList<qint64>> responsesPerDay(days);
    for (qsizetype day = 0; day < days; ++day)
        metrics.createdPerDay[day].date = from.addDays(day);

    const OffsetTable offsets(m_zone, metrics.startMs, metrics.endMs);
    QList<qint64> responseSeconds;
    QList<qint64> resolutionSeconds;

    for (const Row &row : rows) {
        const bool createdInPeriod = row.createdMs >= metrics.startMs && row.createdMs < metrics.endMs;
        if (createdInPeriod) {
            ++metrics.createdWithSpam;
            if (row.spam)
                ++metrics.spamCount;
        }
        if (row.spam)
            continue;

        if (createdInPeriod) {
            ++metrics.created;
            const qsizetype day = std::upper_bound(dayStarts.cbegin(), dayStarts.cend(), row.createdMs) - dayStarts.cbegin() - 1;
            if (row.chat) {
                ++metrics.createdChat;
                ++metrics.createdPerDay[day].chat;
            } else {
                ++metrics.createdEmail;
                ++metrics.createdPerDay[day].email;
            }
            if (row.assignee == 'a')
                ++metrics.createdByAgent;
            else if (row.assignee == 'u')
                ++metrics.createdByUser;
            else
                ++metrics.createdUnassigned;

            const qint64 localMs = offsets.localMs(row.createdMs);
            const qint64 localDay = floorDiv(localMs, DayMs);
            const int weekday = int((localDay + EpochWeekday) % 7 + 7) % 7;
            const int hour = int((localMs - localDay * DayMs) / HourMs);
            ++metrics.busiestHours[weekday][hour];

            if (row.firstResponseMs >= 0) {
                const qint64 seconds = (row.firstResponseMs - row.createdMs) / 1000;
                responseSeconds.append(seconds);
                responsesPerDay[day].append(seconds);
                ++metrics.firstResponseHistogram[responseBucket(seconds)];
            }
        }

        if (row.closedMs >= metrics.startMs && row.closedMs < metrics.endMs) {
            ++metrics.closed;
            resolutionSeconds.append((row.closedMs - row.createdMs) / 1000);
        }

        const bool openAtEnd = row.closedMs < 0 || row.closedMs >= metrics.endMs;
        if (row.createdMs < metrics.endMs && openAtEnd) {
            ++metrics.backlogAtEnd;
            ++metrics.backlogAge[backlogAgeBucket(metrics.endMs - row.createdMs)];
        }
    }

    metrics.firstResponse = DurationStats::of(responseSeconds);
    metrics.resolution = DurationStats::of(resolutionSeconds);
    for (qsizetype day = 0; day < days; ++day)
        metrics.firstResponsePerDay.append({from.addDays(day), DurationStats::of(responsesPerDay.at(day))});
    metrics.aiShare = share(metrics.createdByAgent, metrics.created);
    metrics.spamShare = share(metrics.spamCount, metrics.createdWithSpam);
    return metrics;
}

} // namespace weav::core
