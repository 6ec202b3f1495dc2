#pragma once

#include "types/Conversation.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>

#include <array>
#include <optional>

namespace weav::core {

// Count, mean, median and p90 of durations in seconds. The median of an even count is the mean of
// the two middle values; p90 is the nearest rank, the ceil(0.9·n)-th smallest value. All three
// are empty when the count is 0.
struct DurationStats
{
    int count = 0;
    std::optional<double> mean;
    std::optional<double> median;
    std::optional<double> p90;

    static DurationStats of(QList<qint64> seconds);
    QJsonObject toJson() const;
};

struct DayCount
{
    QDate date;
    int email = 0;
    int chat = 0;
    int total() const { return email + chat; }
};

struct DayDurations
{
    QDate date;
    DurationStats stats;
};

// The metrics of one period: whole local days [from 00:00, the day after to 00:00) in a time zone.
// Spam conversations (is_spam) count only in spamShare and spamCount.
struct PeriodMetrics
{
    enum BacklogAge { Under24Hours, OneToThreeDays, ThreeToSevenDays, OverSevenDays, BacklogAgeCount };
    // < 5 min, 5–15 min, 15–60 min, 1–4 h, 4–24 h, > 24 h.
    enum ResponseBucket { Under5Minutes, Under15Minutes, Under1Hour, Under4Hours, Under1Day, Over1Day, ResponseBucketCount };

    QDate from;
    QDate to;
    // The period in UTC milliseconds: [startMs, endMs).
    qint64 startMs = 0;
    qint64 endMs = 0;

    int created = 0;
    int createdEmail = 0;
    int createdChat = 0;
    int closed = 0;
    DurationStats firstResponse;
    DurationStats resolution;
    int backlogAtEnd = 0;
    std::array<int, BacklogAgeCount> backlogAge{};
    // The conversations created in the period, split by assignee: an AI agent, a teammate, or
    // unassigned.
    int createdByAgent = 0;
    int createdByUser = 0;
    int createdUnassigned = 0;
    std::optional<double> aiShare;
    // Every conversation created in the period, spam included, and the spam among them.
    int createdWithSpam = 0;
    int spamCount = 0;
    std::optional<double> spamShare;
    QList<DayCount> createdPerDay;
    QList<DayDurations> firstResponsePerDay;
    std::array<int, ResponseBucketCount> firstResponseHistogram{};
    // Created per local weekday (0 = Monday) and hour.
    std::array<std::array<int, 24>, 7> busiestHours{};

    QJsonObject toJson(const QTimeZone &zone) const;
};

// Open conversations per assignee, now.
struct AssigneeLoad
{
    QString assigneeId;
    QString assigneeType; // user | agent
    int open = 0;
};

struct MetricsReport
{
    QTimeZone zone;
    // "email", "chat", or empty for both.
    QString channel;
    PeriodMetrics current;
    // The period of equal length (in local days) just before the current one.
    PeriodMetrics previous;
    // Sorted by open count, largest first.
    QList<AssigneeLoad> workload;
    int unassignedOpen = 0;

    QJsonObject toJson() const;
};

// Computes the dashboard's metrics from conversations by the definitions in docs/metrics.md. The
// conversations must include every one created before the period's end that may still have been
// open then (for the backlog), and every one created in both periods.
class MetricsCalculator
{
public:
    MetricsCalculator(const QDate &from, const QDate &to, const QTimeZone &zone, const QString &channel = {});

    MetricsReport compute(const QList<Conversation> &conversations) const;

    // The first instant of a local day, in UTC milliseconds. On a day that starts inside a
    // daylight-saving gap this is the first valid local time.
    static qint64 startOfDayMs(const QDate &day, const QTimeZone &zone);
    // The previous period: the same number of local days ending the day before from.
    static std::pair<QDate, QDate> previousPeriod(const QDate &from, const QDate &to);

    // A conversation reduced to what the metrics read, with times in UTC milliseconds.
    struct Row
    {
        qint64 createdMs = 0;
        qint64 closedMs = -1;
        qint64 firstResponseMs = -1;
        bool chat = false;
        bool spam = false;
        char assignee = 0; // 'u' user, 'a' agent, 0 none
    };

private:
    PeriodMetrics computePeriod(const QList<Row> &rows, const QDate &from, const QDate &to) const;
    bool inChannel(const Conversation &conversation) const;

    QDate m_from;
    QDate m_to;
    QTimeZone m_zone;
    QString m_channel;
};

} // namespace weav::core
