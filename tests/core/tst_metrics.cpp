// Not covered yet: the dashboard's per-profile cache and the fetching of the conversations; this
// file checks only the arithmetic against values computed by hand.
#include "analytics/Metrics.h"

#include <QJsonArray>
#include <QTest>

using namespace weav::core;

namespace {

const QTimeZone Berlin(QByteArrayLiteral("Europe/Berlin"));
const QTimeZone Tokyo(QByteArrayLiteral("Asia/Tokyo"));

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

Conversation conversation(const QString &id, const QString &channel, const char *created)
{
    Conversation c;
    c.id = id;
    c.channel = channel;
    c.status = QStringLiteral("open");
    c.createdAt = utc(created);
    return c;
}

Conversation &closeAt(Conversation &c, const char *closed)
{
    c.status = QStringLiteral("closed");
    c.closedAt = utc(closed);
    return c;
}

Conversation &assign(Conversation &c, const QString &type, const QString &id)
{
    c.assigneeType = type;
    c.assigneeId = id;
    return c;
}

// Eight conversations around the spring daylight-saving change in Berlin (2026-03-29, 02:00 → 03:00).
QList<Conversation> fixture()
{
    Conversation c1 = conversation(QStringLiteral("c1"), QStringLiteral("email"), "2026-03-28T08:00:00Z");
    c1.firstResponseAt = c1.createdAt.addSecs(600);
    closeAt(c1, "2026-03-28T10:00:00Z");
    assign(c1, QStringLiteral("user"), QStringLiteral("u1"));

    Conversation c2 = conversation(QStringLiteral("c2"), QStringLiteral("chat"), "2026-03-28T12:00:00Z");
    c2.firstResponseAt = c2.createdAt.addSecs(120);
    assign(c2, QStringLiteral("agent"), QStringLiteral("a1"));

    // 23:30 local time on the day the clocks go forward.
    Conversation c3 = conversation(QStringLiteral("c3"), QStringLiteral("email"), "2026-03-29T21:30:00Z");

    Conversation c4 = conversation(QStringLiteral("c4"), QStringLiteral("chat"), "2026-03-29T05:00:00Z");
    c4.firstResponseAt = c4.createdAt.addSecs(3000);
    closeAt(c4, "2026-03-29T06:00:00Z");
    assign(c4, QStringLiteral("agent"), QStringLiteral("a1"));

    Conversation c5 = conversation(QStringLiteral("c5"), QStringLiteral("email"), "2026-03-28T09:00:00Z");
    c5.isSpam = true;
    closeAt(c5, "2026-03-28T09:30:00Z");

    Conversation c6 = conversation(QStringLiteral("c6"), QStringLiteral("email"), "2026-03-20T10:00:00Z");
    assign(c6, QStringLiteral("user"), QStringLiteral("u1"));

    Conversation c7 = conversation(QStringLiteral("c7"), QStringLiteral("email"), "2026-03-26T10:00:00Z");
    c7.firstResponseAt = c7.createdAt.addSecs(60);
    closeAt(c7, "2026-03-28T10:00:00Z");

    Conversation c8 = conversation(QStringLiteral("c8"), QStringLiteral("chat"), "2026-03-27T22:30:00Z");
    c8.firstResponseAt = c8.createdAt.addSecs(900);
    assign(c8, QStringLiteral("user"), QStringLiteral("u2"));

    return {c1, c2, c3, c4, c5, c6, c7, c8};
}

MetricsReport berlinReport()
{
    return MetricsCalculator(QDate(2026, 3, 28), QDate(2026, 3, 29), Berlin).compute(fixture());
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statsOfOddCount();
    void statsOfEvenCount();
    void statsOfNothingAreEmpty();
    void periodIsWholeLocalDays();
    void createdAndClosed();
    void spamCountsOnlyInSpamShare();
    void firstResponseSkipsUnanswered();
    void resolutionOfClosedInPeriod();
    void backlogAndItsAge();
    void aiShareAndAssigneeSplit();
    void lateConversationOnDaylightSavingDay();
    void twoTimeZonesOverTheSameData();
    void busiestHoursUseLocalTime();
    void previousPeriodHasEqualLength();
    void emptyPeriodHasNullValues();
    void workloadCountsOpenPerAssignee();
    void channelFilterNarrowsEverything();
    void jsonHasTheDocumentedShape();
};

void TestMetrics::initTestCase()
{
    QVERIFY(Berlin.isValid());
    QVERIFY(Tokyo.isValid());
}

void TestMetrics::statsOfOddCount()
{
    const DurationStats stats = DurationStats::of({3000, 120, 600});
    QCOMPARE(stats.count, 3);
    QCOMPARE(*stats.mean, 1240.0);
    QCOMPARE(*stats.median, 600.0);
    QCOMPARE(*stats.p90, 3000.0);
}

void TestMetrics::statsOfEvenCount()
{
    const DurationStats stats = DurationStats::of({900, 60});
    QCOMPARE(*stats.median, 480.0);
    QCOMPARE(*stats.mean, 480.0);
    QCOMPARE(*stats.p90, 900.0);

    // Ten values: the nearest rank of p90 is the 9th smallest.
    const DurationStats ten = DurationStats::of({10, 20, 30, 40, 50, 60, 70, 80, 90, 100});
    QCOMPARE(*ten.median, 55.0);
    QCOMPARE(*ten.p90, 90.0);
}

void TestMetrics::statsOfNothingAreEmpty()
{
    const DurationStats stats = DurationStats::of({});
    QCOMPARE(stats.count, 0);
    QVERIFY(!stats.mean);
    QVERIFY(!stats.median);
    QVERIFY(!stats.p90);
}

void TestMetrics::periodIsWholeLocalDays()
{
    const PeriodMetrics day = MetricsCalculator(QDate(2026, 3, 29), QDate(2026, 3, 29), Berlin).compute({}).current;
    QCOMPARE(day.startMs, utc("2026-03-28T23:00:00Z").toMSecsSinceEpoch());
    QCOMPARE(day.endMs, utc("2026-03-29T22:00:00Z").toMSecsSinceEpoch());
    QCOMPARE(day.endMs - day.startMs, qint64(23) * 3600 * 1000);
}

void TestMetrics::createdAndClosed()
{
    const PeriodMetrics m = berlinReport().current;
    QCOMPARE(m.created, 4);
    QCOMPARE(m.createdEmail, 2);
    QCOMPARE(m.createdChat, 2);
    QCOMPARE(m.closed, 3);
    QCOMPARE(m.createdPerDay.size(), 2);
    QCOMPARE(m.createdPerDay.at(0).date, QDate(2026, 3, 28));
    QCOMPARE(m.createdPerDay.at(0).email, 1);
    QCOMPARE(m.createdPerDay.at(0).chat, 1);
    QCOMPARE(m.createdPerDay.at(1).email, 1);
    QCOMPARE(m.createdPerDay.at(1).chat, 1);
}

void TestMetrics::spamCountsOnlyInSpamShare()
{
    const PeriodMetrics m = berlinReport().current;
    QCOMPARE(m.createdWithSpam, 5);
    QCOMPARE(m.spamCount, 1);
    QCOMPARE(*m.spamShare, 0.2);
}

void TestMetrics::firstResponseSkipsUnanswered()
{
    const PeriodMetrics m = berlinReport().current;
    QCOMPARE(m.firstResponse.count, 3);
    QCOMPARE(*m.firstResponse.mean, 1240.0);
    QCOMPARE(*m.firstResponse.median, 600.0);
    QCOMPARE(*m.firstResponse.p90, 3000.0);
    QCOMPARE(m.firstResponseHistogram[PeriodMetrics::Under5Minutes], 1);
    QCOMPARE(m.firstResponseHistogram[PeriodMetrics::Under15Minutes], 1);
    QCOMPARE(m.firstResponseHistogram[PeriodMetrics::Under1Hour], 1);
    QCOMPARE(m.firstResponsePerDay.at(1).stats.count, 1);
    QCOMPARE(*m.firstResponsePerDay.at(1).stats.median, 3000.0);
}

void TestMetrics::resolutionOfClosedInPeriod()
{
    const PeriodMetrics m = berlinReport().current;
    QCOMPARE(m.resolution.count, 3);
    QCOMPARE(*m.resolution.mean, 61200.0);
    QCOMPARE(*m.resolution.median, 7200.0);
    QCOMPARE(*m.resolution.p90, 172800.0);
}

void TestMetrics::backlogAndItsAge()
{
    const PeriodMetrics m = berlinReport().current;
    QCOMPARE(m.backlogAtEnd, 4);
    QCOMPARE(m.backlogAge[PeriodMetrics::Under24Hours], 1);
    QCOMPARE(m.backlogAge[PeriodMetrics::OneToThreeDays], 2);
    QCOMPARE(m.backlogAge[PeriodMetrics::ThreeToSevenDays], 0);
    QCOMPARE(m.backlogAge[PeriodMetrics::OverSevenDays], 1);

    // c7 was closed after the previous period ended, so it was backlog then.
    QCOMPARE(berlinReport().previous.backlogAtEnd, 3);
}

void TestMetrics::aiShareAndAssigneeSplit()
{
    const PeriodMetrics m = berlinReport().current;
    QCOMPARE(m.createdByAgent, 2);
    QCOMPARE(m.createdByUser, 1);
    QCOMPARE(m.createdUnassigned, 1);
    QCOMPARE(*m.aiShare, 0.5);
}

void TestMetrics::lateConversationOnDaylightSavingDay()
{
    const PeriodMetrics day = MetricsCalculator(QDate(2026, 3, 29), QDate(2026, 3, 29), Berlin).compute(fixture()).current;
    QCOMPARE(day.created, 2);
    QCOMPARE(day.busiestHours[6][23], 1);
}

void TestMetrics::twoTimeZonesOverTheSameData()
{
    const PeriodMetrics berlin = MetricsCalculator(QDate(2026, 3, 29), QDate(2026, 3, 29), Berlin).compute(fixture()).current;
    const PeriodMetrics tokyo = MetricsCalculator(QDate(2026, 3, 29), QDate(2026, 3, 29), Tokyo).compute(fixture()).current;
    QCOMPARE(berlin.created, 2);
    QCOMPARE(tokyo.created, 1);
    QCOMPARE(tokyo.startMs, utc("2026-03-28T15:00:00Z").toMSecsSinceEpoch());
}

void TestMetrics::busiestHoursUseLocalTime()
{
    const PeriodMetrics m = berlinReport().current;
    QCOMPARE(m.busiestHours[5][9], 1);  // c1: Saturday 09:00 CET
    QCOMPARE(m.busiestHours[5][13], 1); // c2: Saturday 13:00 CET
    QCOMPARE(m.busiestHours[6][7], 1);  // c4: Sunday 07:00 CEST
    int total = 0;
    for (const auto &day : m.busiestHours)
        for (int count : day)
            total += count;
    QCOMPARE(total, m.created);
}

void TestMetrics::previousPeriodHasEqualLength()
{
    const MetricsReport report = berlinReport();
    QCOMPARE(report.previous.from, QDate(2026, 3, 26));
    QCOMPARE(report.previous.to, QDate(2026, 3, 27));
    QCOMPARE(report.previous.created, 2);
    QCOMPARE(report.previous.closed, 0);
    QCOMPARE(report.previous.firstResponse.count, 2);
    QCOMPARE(*report.previous.firstResponse.median, 480.0);
    QVERIFY(!report.previous.resolution.mean);
}

void TestMetrics::emptyPeriodHasNullValues()
{
    const PeriodMetrics m = MetricsCalculator(QDate(2025, 1, 1), QDate(2025, 1, 7), Berlin).compute(fixture()).current;
    QCOMPARE(m.created, 0);
    QCOMPARE(m.closed, 0);
    QCOMPARE(m.backlogAtEnd, 0);
    QVERIFY(!m.aiShare);
    QVERIFY(!m.spamShare);
    QVERIFY(!m.firstResponse.median);
    QCOMPARE(m.createdPerDay.size(), 7);
    QVERIFY(m.toJson(Berlin).value(QStringLiteral("ai_share")).isNull());
}

void TestMetrics::workloadCountsOpenPerAssignee()
{
    const MetricsReport report = berlinReport();
    QCOMPARE(report.unassignedOpen, 1); // c3
    QCOMPARE(report.workload.size(), 3);
    // u1: c6 (c1 is closed); a1: c2; u2: c8.
    for (const AssigneeLoad &load : report.workload)
        QCOMPARE(load.open, 1);
}

void TestMetrics::channelFilterNarrowsEverything()
{
    const MetricsReport chat = MetricsCalculator(QDate(2026, 3, 28), QDate(2026, 3, 29), Berlin, QStringLiteral("chat")).compute(fixture());
    QCOMPARE(chat.current.created, 2);
    QCOMPARE(chat.current.createdEmail, 0);
    QCOMPARE(chat.current.closed, 1);
    QCOMPARE(chat.current.backlogAtEnd, 2); // c2 and c8
    QCOMPARE(chat.unassignedOpen, 0);
}

void TestMetrics::jsonHasTheDocumentedShape()
{
    const QJsonObject json = berlinReport().toJson();
    const QJsonObject period = json.value(QStringLiteral("period")).toObject();
    QCOMPARE(period.value(QStringLiteral("from")).toString(), QStringLiteral("2026-03-28"));
    QCOMPARE(period.value(QStringLiteral("to")).toString(), QStringLiteral("2026-03-29"));
    QCOMPARE(period.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(json.value(QStringLiteral("created")).toInt(), 4);
    QCOMPARE(json.value(QStringLiteral("created_by_channel")).toObject().value(QStringLiteral("chat")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("first_response_seconds")).toObject().value(QStringLiteral("p90")).toDouble(), 3000.0);
    QCOMPARE(json.value(QStringLiteral("backlog_age")).toObject().value(QStringLiteral("gt_7d")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("created_per_day")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("previous")).toObject().value(QStringLiteral("created")).toInt(), 2);
    QVERIFY(json.value(QStringLiteral("previous")).toObject().value(QStringLiteral("resolution_seconds")).toObject().value(QStringLiteral("mean")).isNull());
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
