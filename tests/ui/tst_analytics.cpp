// Not covered yet: the system's time zone as the default, workload names while the name lists
// load, and the layouts at narrow widths, which were only looked at in screenshots. The export
// menu's file dialogs are not driven either: the tests call the exports directly.
//
// The analytics dashboard on an in-process demo workspace of 1,000 conversations, with a fixed
// period and time zone: every tile and chart against MetricsCalculator over the same conversations
// fetched from the server, drill-downs from a bar, a tile and a heatmap cell into the inbox (whose
// total must equal the number clicked), lists from the cache where no filter exists, the PNG, SVG
// and CSV exports, and loading with its progress bar and cancel.

#include "UiTestSupport.h"

#include "MainWindow.h"
#include "analytics/AnalyticsView.h"
#include "analytics/BarListWidget.h"
#include "analytics/ChartPanel.h"
#include "analytics/DrillDownDialog.h"
#include "analytics/HeatmapWidget.h"
#include "analytics/KpiTile.h"
#include "analytics/MetricFormat.h"
#include "api/Endpoints.h"
#include "api/Pager.h"
#include "analytics/ConversationCache.h"
#include "demo/DemoWorkspace.h"
#include "inbox/InboxView.h"
#include "models/ConversationListModel.h"
#include "workspace/Session.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace weav;
using namespace weav::ui;

namespace {

constexpr int Conversations = 1000;
constexpr int LoadTimeoutMs = 30000;
const QByteArray ZoneId = QByteArrayLiteral("America/New_York");

// Series values are whole counts stored as doubles.
int valueAt(const QBarSet *set, int index)
{
    return qRound(set->at(index));
}

// Saves a screenshot once the charts have laid out their axes, which happens in a later
// event-loop pass than the series update.
void saveSettledScreenshot(QWidget *widget, const QString &name)
{
    QTest::qWait(200);
    test::saveScreenshot(widget, name);
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};

    QList<QStringList> rows;
    const QString text = QString::fromUtf8(file.readAll());
    for (const QString &line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
        rows.append(line.split(QLatin1Char(',')));
    return rows;
}

} // namespace

class AnalyticsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void tiles_matchMetricsCalculator();
    void charts_matchMetricsCalculator();
    void channelFilter_narrowsEveryNumber();
    void validation_showsErrorsAtTheFields();

    void drillDown_dayBarOpensInboxWithSameTotal();
    void drillDown_tileOpensInboxWithSameTotal();
    void drillDown_heatmapCellOpensInboxWithSameTotal();
    void drillDown_closedListsFromCache();
    void drillDown_longPeriodHeatmapListsFromCache();

    void export_writesPngSvgAndCsv();
    void loading_showsProgressAndCancels();

    void format_deltaHasArrowAndSign();

private:
    // A dashboard of its own cache folder, with the fixed zone and period, after its first numbers.
    std::unique_ptr<AnalyticsView> openDashboard(const QString &cacheName, int days = 30);
    std::unique_ptr<MainWindow> openWindow();
    bool waitForNumbers(AnalyticsView *view);
    QList<core::Conversation> fetchAll();
    core::MetricsReport expectedReport(const DashboardQuery &query);
    void clickBar(QChartView *view, QAbstractSeries *series, int index, double value);

    QTemporaryDir m_dir;
    DemoWorkspace m_demo;
    core::Session *m_session = nullptr;
    QList<core::Conversation> m_conversations;
    QDate m_today;
    std::unique_ptr<QSettings> m_settings;
};

void AnalyticsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The main window's dashboard keeps its cache under XDG_CACHE_HOME.
    qputenv("XDG_CACHE_HOME", m_dir.filePath(QStringLiteral("xdg-cache")).toUtf8());

    DemoOptions options;
    options.conversations = Conversations;
    options.dataPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
    options.config.rateLimitPerMinute = 10000;
    // Pages take a little while, so that a refresh can be cancelled before its last page.
    options.config.latencyMinMs = 30;
    options.config.latencyMaxMs = 30;
    QString error;
    QVERIFY2(m_demo.startAndWait(options, &error), qPrintable(error));

    m_session = m_demo.createSession(this);
    m_conversations = fetchAll();
    QCOMPARE(m_conversations.size(), Conversations);
    m_today = DashboardPeriod::today(QTimeZone(ZoneId));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat);
}

QList<core::Conversation> AnalyticsTest::fetchAll()
{
    QList<core::Conversation> conversations;
    core::Pager pager(m_session->client(), core::ApiRequest::get(core::endpoints::conversations()));
    pager.setPerPage(100);
    bool done = false;
    connect(&pager, &core::Pager::pageReady, this, [&conversations](int, const QJsonArray &items, qint64) {
        for (const QJsonValue &item : items) {
            if (auto conversation = core::Conversation::fromJson(item.toObject()))
                conversations.append(*conversation);
        }
    });
    connect(&pager, &core::Pager::finished, this, [&done] { done = true; });
    connect(&pager, &core::Pager::failed, this, [&done] { done = true; });
    pager.start();
    if (!QTest::qWaitFor([&done] { return done; }, LoadTimeoutMs))
        return {};
    return conversations;
}

core::MetricsReport AnalyticsTest::expectedReport(const DashboardQuery &query)
{
    return core::MetricsCalculator(query.from, query.to, query.zone, query.channel).compute(m_conversations);
}

bool AnalyticsTest::waitForNumbers(AnalyticsView *view)
{
    return QTest::qWaitFor([view] { return view->data() && !view->cache()->isRefreshing() && view->dataAsOf().isValid(); },
                           LoadTimeoutMs);
}

std::unique_ptr<AnalyticsView> AnalyticsTest::openDashboard(const QString &cacheName, int days)
{
    auto view = std::make_unique<AnalyticsView>(m_session, nullptr, m_dir.filePath(cacheName));
    view->setTimeZone(ZoneId);
    view->setPeriod(m_today.addDays(1 - days), m_today);
    view->resize(1400, 1000);
    view->show();
    return view;
}

std::unique_ptr<MainWindow> AnalyticsTest::openWindow()
{
    auto window = std::make_unique<MainWindow>(m_session, m_settings.get());
    window->resize(1400, 900);
    window->show();
    return window;
}

void AnalyticsTest::clickBar(QChartView *view, QAbstractSeries *series, int index, double value)
{
    // The middle of the bar's part, from chart coordinates to the view's viewport.
    QChart *chart = view->chart();
    const QPointF inChart = chart->mapToPosition(QPointF(index, value / 2.0), series);
    const QPoint inView = view->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
}

void AnalyticsTest::tiles_matchMetricsCalculator()
{
    const auto view = openDashboard(QStringLiteral("tiles"));
    QVERIFY(waitForNumbers(view.get()));
    QCOMPARE(view->data()->conversations.size(), Conversations);

    const DashboardQuery query = view->query();
    QCOMPARE(query.zone.id(), ZoneId);
    QCOMPARE(query.from, m_today.addDays(-29));
    const core::MetricsReport expected = expectedReport(query);
    const core::PeriodMetrics &current = expected.current;
    const core::PeriodMetrics &previous = expected.previous;
    QVERIFY2(current.created > 50, "the period holds enough conversations to mean something");

    using Kind = MetricFormat::Kind;
    QCOMPARE(view->tile(Metric::Created)->valueText(), MetricFormat::count(current.created));
    QCOMPARE(view->tile(Metric::Created)->previousText(), QStringLiteral("Previous period: %1").arg(MetricFormat::count(previous.created)));
    QCOMPARE(view->tile(Metric::Closed)->valueText(), MetricFormat::count(current.closed));
    QCOMPARE(view->tile(Metric::FirstResponseMedian)->valueText(), MetricFormat::value(current.firstResponse.median, Kind::Duration));
    QCOMPARE(view->tile(Metric::FirstResponseP90)->valueText(), MetricFormat::value(current.firstResponse.p90, Kind::Duration));
    QCOMPARE(view->tile(Metric::ResolutionMedian)->valueText(), MetricFormat::value(current.resolution.median, Kind::Duration));
    QCOMPARE(view->tile(Metric::BacklogAtEnd)->valueText(), MetricFormat::count(current.backlogAtEnd));
    QCOMPARE(view->tile(Metric::AiShare)->valueText(), MetricFormat::value(current.aiShare, Kind::Share));
    QCOMPARE(view->tile(Metric::SpamShare)->valueText(), MetricFormat::value(current.spamShare, Kind::Share));
    QCOMPARE(view->tile(Metric::AiShare)->detailText(),
             QStringLiteral("%1 of %2 created").arg(MetricFormat::count(current.createdByAgent), MetricFormat::count(current.created)));

    const QString createdDelta = view->tile(Metric::Created)->deltaText();
    if (current.created > previous.created)
        QVERIFY2(createdDelta.startsWith(QStringLiteral("▲ +")), qPrintable(createdDelta));
    else if (current.created < previous.created)
        QVERIFY2(createdDelta.startsWith(QStringLiteral("▼ ")), qPrintable(createdDelta));

    QVERIFY2(view->statusLabel()->text().contains(QString::fromUtf8(ZoneId)), qPrintable(view->statusLabel()->text()));
    QVERIFY(view->tile(Metric::Closed)->toolTip().contains(QStringLiteral("closed_at")));
    saveSettledScreenshot(view.get(), QStringLiteral("analytics-tiles"));
    saveSettledScreenshot(view->tile(Metric::BacklogAtEnd), QStringLiteral("analytics-tile-backlog"));
}

void AnalyticsTest::charts_matchMetricsCalculator()
{
    const auto view = openDashboard(QStringLiteral("charts"));
    QVERIFY(waitForNumbers(view.get()));
    const core::MetricsReport expected = expectedReport(view->query());
    const core::PeriodMetrics &current = expected.current;

    // Created per day, stacked by channel.
    const auto *created = qobject_cast<QStackedBarSeries *>(view->chartPanel(Metric::CreatedPerDay)->chart()->series().value(0));
    QVERIFY(created);
    QCOMPARE(created->barSets().size(), 2);
    QCOMPARE(created->barSets().at(0)->count(), current.createdPerDay.size());
    for (int day = 0; day < current.createdPerDay.size(); ++day) {
        QCOMPARE(valueAt(created->barSets().at(0), day), current.createdPerDay.at(day).email);
        QCOMPARE(valueAt(created->barSets().at(1), day), current.createdPerDay.at(day).chat);
    }

    // First response per day: one point per day with a median, in the axis unit.
    const QList<QAbstractSeries *> lines = view->chartPanel(Metric::FirstResponsePerDay)->chart()->series();
    QCOMPARE(lines.size(), 2);
    const auto *median = qobject_cast<QLineSeries *>(lines.at(0));
    const auto *p90 = qobject_cast<QLineSeries *>(lines.at(1));
    QVERIFY(median && p90);
    const QStandardItemModel *responseData = view->chartPanel(Metric::FirstResponsePerDay)->dataModel();
    QCOMPARE(responseData->rowCount(), current.firstResponsePerDay.size());
    int point = 0;
    for (int day = 0; day < current.firstResponsePerDay.size(); ++day) {
        const core::DurationStats &stats = current.firstResponsePerDay.at(day).stats;
        QCOMPARE(responseData->item(day, 1)->data(Qt::DisplayRole).toInt(), stats.count);
        if (!stats.median) {
            QVERIFY(!responseData->item(day, 2)->data(Qt::DisplayRole).isValid());
            continue;
        }
        QCOMPARE(responseData->item(day, 2)->data(Qt::DisplayRole).toDouble(), *stats.median);
        QCOMPARE(responseData->item(day, 3)->data(Qt::DisplayRole).toDouble(), *stats.p90);
        QCOMPARE(median->at(point).x(), double(day));
        // Both lines share one unit, so their ratio is that of the seconds.
        QVERIFY(qFuzzyCompare(p90->at(point).y() * *stats.median + 1.0, median->at(point).y() * *stats.p90 + 1.0));
        ++point;
    }
    QCOMPARE(median->count(), point);

    // The first-response histogram and the backlog ages.
    const auto *histogram = qobject_cast<QAbstractBarSeries *>(view->chartPanel(Metric::FirstResponseHistogram)->chart()->series().value(0));
    QVERIFY(histogram);
    for (int bucket = 0; bucket < core::PeriodMetrics::ResponseBucketCount; ++bucket)
        QCOMPARE(valueAt(histogram->barSets().at(0), bucket), current.firstResponseHistogram.at(bucket));
    const auto *backlog = qobject_cast<QAbstractBarSeries *>(view->chartPanel(Metric::BacklogAge)->chart()->series().value(0));
    QVERIFY(backlog);
    for (int bucket = 0; bucket < core::PeriodMetrics::BacklogAgeCount; ++bucket)
        QCOMPARE(valueAt(backlog->barSets().at(0), bucket), current.backlogAge.at(bucket));

    // The assignee types of the created conversations: slices in the order agent, teammate, unassigned.
    const auto *pie = qobject_cast<QPieSeries *>(view->chartPanel(Metric::AssigneeSplit)->chart()->series().value(0));
    QVERIFY(pie);
    QList<int> sliceValues;
    for (const QPieSlice *slice : pie->slices())
        sliceValues.append(qRound(slice->value()));
    QList<int> expectedSlices;
    for (int count : {current.createdByAgent, current.createdByUser, current.createdUnassigned}) {
        if (count > 0)
            expectedSlices.append(count);
    }
    QCOMPARE(sliceValues, expectedSlices);

    // Workload: the largest loads first, the unassigned in the last row.
    const QList<BarListWidget::Bar> &bars = view->chartPanel(Metric::Workload)->findChild<BarListWidget *>()->bars();
    const int shown = int(qMin<qsizetype>(expected.workload.size(), DashboardCharts::MaxWorkloadBars));
    QCOMPARE(bars.size(), shown + 1);
    for (int index = 0; index < shown; ++index)
        QCOMPARE(bars.at(index).value, expected.workload.at(index).open);
    QCOMPARE(bars.last().value, expected.unassignedOpen);
    QVERIFY(bars.last().apart);
    QCOMPARE(view->chartPanel(Metric::Workload)->dataModel()->rowCount(), expected.workload.size() + 1);

    // Busiest hours.
    for (int weekday = 0; weekday < 7; ++weekday) {
        for (int hour = 0; hour < 24; ++hour)
            QCOMPARE(view->heatmap()->count(weekday, hour), current.busiestHours.at(weekday).at(hour));
    }
    saveSettledScreenshot(view.get(), QStringLiteral("analytics-charts"));
    saveSettledScreenshot(view->findChild<QScrollArea *>()->widget(), QStringLiteral("analytics-whole-page"));
    view->resize(700, 900);
    saveSettledScreenshot(view.get(), QStringLiteral("analytics-narrow"));
}

void AnalyticsTest::channelFilter_narrowsEveryNumber()
{
    const auto view = openDashboard(QStringLiteral("channel"));
    QVERIFY(waitForNumbers(view.get()));

    QSignalSpy shown(view.get(), &AnalyticsView::metricsShown);
    view->setChannel(QStringLiteral("chat"));
    QVERIFY(shown.wait(LoadTimeoutMs));
    QCOMPARE(view->query().channel, QStringLiteral("chat"));

    const core::MetricsReport expected = expectedReport(view->query());
    QCOMPARE(expected.current.createdEmail, 0);
    QCOMPARE(view->tile(Metric::Created)->valueText(), MetricFormat::count(expected.current.created));
    QCOMPARE(view->tile(Metric::BacklogAtEnd)->valueText(), MetricFormat::count(expected.current.backlogAtEnd));
    QCOMPARE(view->data()->report.unassignedOpen, expected.unassignedOpen);
    QVERIFY(view->statusLabel()->text().contains(QStringLiteral("Chat")));
}

void AnalyticsTest::validation_showsErrorsAtTheFields()
{
    const auto view = openDashboard(QStringLiteral("validation"));
    QVERIFY(waitForNumbers(view.get()));

    view->setPeriod(m_today, m_today.addDays(-3));
    QVERIFY(view->periodError()->isVisible());
    QVERIFY2(view->periodError()->text().contains(QStringLiteral("ends before it starts")), qPrintable(view->periodError()->text()));

    view->setPeriod(m_today.addDays(-3), m_today);
    QVERIFY(!view->periodError()->isVisible());

    QVERIFY(!view->setTimeZone(QByteArrayLiteral("Mars/Olympus_Mons")));
    QVERIFY(view->zoneError()->isVisible());
    QVERIFY2(view->zoneError()->text().contains(QStringLiteral("Mars/Olympus_Mons")), qPrintable(view->zoneError()->text()));
    QCOMPARE(view->query().zone.id(), ZoneId);
}

void AnalyticsTest::drillDown_dayBarOpensInboxWithSameTotal()
{
    const auto window = openWindow();
    window->showArea(MainWindow::Area::Analytics);
    AnalyticsView *view = window->analytics();
    QVERIFY(view);
    view->setTimeZone(ZoneId);
    view->setPeriod(m_today.addDays(-13), m_today);
    QVERIFY(waitForNumbers(view));
    QTRY_COMPARE_WITH_TIMEOUT(view->data()->query.from, m_today.addDays(-13), LoadTimeoutMs);

    // The busiest day's email bar.
    const core::PeriodMetrics &current = view->data()->report.current;
    int busiest = 0;
    for (int day = 0; day < current.createdPerDay.size(); ++day) {
        if (current.createdPerDay.at(day).email > current.createdPerDay.at(busiest).email)
            busiest = day;
    }
    const int clicked = current.createdPerDay.at(busiest).email;
    QVERIFY(clicked > 0);

    ChartPanel *panel = view->chartPanel(Metric::CreatedPerDay);
    QTRY_VERIFY(panel->isVisible());
    clickBar(panel->chartView(), panel->chart()->series().value(0), busiest, clicked);

    QTRY_COMPARE(window->currentArea(), MainWindow::Area::Inbox);
    InboxView *inbox = window->inbox();
    QCOMPARE(inbox->model()->filter().channel, QStringLiteral("email"));
    QVERIFY(test::waitUntilLoaded(inbox->model(), LoadTimeoutMs));
    QCOMPARE(inbox->model()->totalCount(), qint64(clicked));
    QVERIFY2(inbox->countLabel()->text().endsWith(QStringLiteral(" of %1 conversations").arg(QLocale().toString(clicked))),
             qPrintable(inbox->countLabel()->text()));
    test::saveScreenshot(window.get(), QStringLiteral("analytics-drilldown-bar"));
}

void AnalyticsTest::drillDown_tileOpensInboxWithSameTotal()
{
    const auto window = openWindow();
    window->showArea(MainWindow::Area::Analytics);
    AnalyticsView *view = window->analytics();
    view->setTimeZone(ZoneId);
    view->setPeriod(m_today.addDays(-29), m_today);
    QVERIFY(waitForNumbers(view));
    QTRY_COMPARE_WITH_TIMEOUT(view->data()->query.from, m_today.addDays(-29), LoadTimeoutMs);

    struct Case
    {
        Metric metric;
        int expected;
    };
    const core::PeriodMetrics &current = view->data()->report.current;
    const QList<Case> cases = {
        {Metric::Created, current.created},
        {Metric::AiShare, current.createdByAgent},
        {Metric::SpamShare, current.spamCount},
        {Metric::BacklogAtEnd, current.backlogAtEnd},
    };
    for (const Case &tileCase : cases) {
        window->showArea(MainWindow::Area::Analytics);
        KpiTile *tile = view->tile(tileCase.metric);
        QTRY_VERIFY(tile->isVisible());
        QTest::mouseClick(tile, Qt::LeftButton);

        QTRY_COMPARE(window->currentArea(), MainWindow::Area::Inbox);
        QVERIFY(test::waitUntilLoaded(window->inbox()->model(), LoadTimeoutMs));
        QVERIFY2(window->inbox()->model()->totalCount() == tileCase.expected,
                 qPrintable(QStringLiteral("%1: inbox %2, tile %3")
                                .arg(MetricHelp::title(tileCase.metric))
                                .arg(window->inbox()->model()->totalCount())
                                .arg(tileCase.expected)));
    }
}

void AnalyticsTest::drillDown_heatmapCellOpensInboxWithSameTotal()
{
    const auto window = openWindow();
    window->showArea(MainWindow::Area::Analytics);
    AnalyticsView *view = window->analytics();
    view->setTimeZone(ZoneId);
    // In 7 days each weekday occurs once, so a cell is one hour of one day.
    view->setPeriod(m_today.addDays(-6), m_today);
    QVERIFY(waitForNumbers(view));
    QTRY_COMPARE_WITH_TIMEOUT(view->data()->query.from, m_today.addDays(-6), LoadTimeoutMs);

    HeatmapWidget *heatmap = view->heatmap();
    int bestWeekday = 0;
    int bestHour = 0;
    for (int weekday = 0; weekday < 7; ++weekday) {
        for (int hour = 0; hour < 24; ++hour) {
            if (heatmap->count(weekday, hour) > heatmap->count(bestWeekday, bestHour)) {
                bestWeekday = weekday;
                bestHour = hour;
            }
        }
    }
    const int clicked = heatmap->count(bestWeekday, bestHour);
    QVERIFY(clicked > 0);

    view->chartPanel(Metric::BusiestHours)->ensurePolished();
    QTRY_VERIFY(heatmap->isVisible());
    QTest::mouseClick(heatmap, Qt::LeftButton, {}, heatmap->cellRect(bestWeekday, bestHour).center());

    QTRY_COMPARE(window->currentArea(), MainWindow::Area::Inbox);
    QVERIFY(test::waitUntilLoaded(window->inbox()->model(), LoadTimeoutMs));
    QCOMPARE(window->inbox()->model()->totalCount(), qint64(clicked));
}

void AnalyticsTest::drillDown_closedListsFromCache()
{
    const auto view = openDashboard(QStringLiteral("closed"));
    QVERIFY(waitForNumbers(view.get()));
    QSignalSpy inbox(view.get(), &AnalyticsView::inboxRequested);

    const int closed = view->data()->report.current.closed;
    QVERIFY(closed > 0);
    QTest::mouseClick(view->tile(Metric::Closed), Qt::LeftButton);

    QCOMPARE(inbox.count(), 0);
    QTRY_VERIFY(view->drillDownDialog() && view->drillDownDialog()->isVisible());
    DrillDownDialog *dialog = view->drillDownDialog();
    QCOMPARE(dialog->model()->rowCount(), closed);
    QVERIFY2(dialog->noteLabel()->text().contains(QStringLiteral("closed_at")), qPrintable(dialog->noteLabel()->text()));
    for (int row = 0; row < dialog->model()->rowCount(); ++row)
        QVERIFY(dialog->model()->conversationAt(row).closedAt.isValid());

    // A row opens its conversation.
    QSignalSpy opened(view.get(), &AnalyticsView::conversationRequested);
    dialog->table()->selectRow(0);
    QTest::mouseClick(dialog->openButton(), Qt::LeftButton);
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toString(), dialog->model()->conversationAt(0).id);
    saveSettledScreenshot(dialog, QStringLiteral("analytics-drilldown-list"));
    dialog->close();
}

void AnalyticsTest::drillDown_longPeriodHeatmapListsFromCache()
{
    const auto view = openDashboard(QStringLiteral("heatmap"));
    QVERIFY(waitForNumbers(view.get()));
    QSignalSpy inbox(view.get(), &AnalyticsView::inboxRequested);

    HeatmapWidget *heatmap = view->heatmap();
    int weekday = 0;
    int hour = 0;
    while (heatmap->count(weekday, hour) == 0 && weekday < 7) {
        hour = (hour + 1) % 24;
        weekday += hour == 0 ? 1 : 0;
    }
    QVERIFY(weekday < 7);
    QTest::mouseClick(heatmap, Qt::LeftButton, {}, heatmap->cellRect(weekday, hour).center());

    QCOMPARE(inbox.count(), 0);
    QTRY_VERIFY(view->drillDownDialog() && view->drillDownDialog()->isVisible());
    QCOMPARE(view->drillDownDialog()->model()->rowCount(), heatmap->count(weekday, hour));
    QVERIFY(view->drillDownDialog()->noteLabel()->text().contains(QStringLiteral("days of the period")));
    view->drillDownDialog()->close();
}

void AnalyticsTest::export_writesPngSvgAndCsv()
{
    const auto view = openDashboard(QStringLiteral("export"));
    QVERIFY(waitForNumbers(view.get()));
    const core::PeriodMetrics &current = view->data()->report.current;

    for (Metric metric : {Metric::CreatedPerDay, Metric::FirstResponsePerDay, Metric::FirstResponseHistogram,
                          Metric::BacklogAge, Metric::AssigneeSplit, Metric::Workload, Metric::BusiestHours}) {
        ChartPanel *panel = view->chartPanel(metric);
        const QString base = m_dir.filePath(panel->baseFileName());
        QString error;

        QVERIFY2(panel->exportImage(base + QStringLiteral(".png"), &error), qPrintable(error));
        const QImage image(base + QStringLiteral(".png"));
        QVERIFY2(!image.isNull() && image.width() > 100, qPrintable(panel->baseFileName()));

        QVERIFY2(panel->exportImage(base + QStringLiteral(".svg"), &error), qPrintable(error));
        QFile svg(base + QStringLiteral(".svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY2(svg.readAll().contains("<svg"), qPrintable(panel->baseFileName()));

        QVERIFY2(panel->exportCsv(base + QStringLiteral(".csv"), &error), qPrintable(error));
        const QList<QStringList> rows = readCsv(base + QStringLiteral(".csv"));
        QCOMPARE(rows.size(), panel->dataModel()->rowCount() + 1);
    }

    // The per-day CSV reads back to the chart's numbers.
    const QList<QStringList> perDay = readCsv(m_dir.filePath(QStringLiteral("created-per-day.csv")));
    QCOMPARE(perDay.first(), (QStringList{QStringLiteral("Date"), QStringLiteral("Email"), QStringLiteral("Chat"), QStringLiteral("Total")}));
    QCOMPARE(perDay.size(), current.createdPerDay.size() + 1);
    int total = 0;
    for (int day = 0; day < current.createdPerDay.size(); ++day) {
        const QStringList &row = perDay.at(day + 1);
        QCOMPARE(row.at(0), current.createdPerDay.at(day).date.toString(Qt::ISODate));
        QCOMPARE(row.at(1).toInt(), current.createdPerDay.at(day).email);
        QCOMPARE(row.at(2).toInt(), current.createdPerDay.at(day).chat);
        total += row.at(3).toInt();
    }
    QCOMPARE(total, current.created);

    // An unwritable folder is reported, not ignored.
    QString error;
    QVERIFY(!view->chartPanel(Metric::BacklogAge)->exportCsv(QStringLiteral("/nonexistent-folder/backlog.csv"), &error));
    QVERIFY(!error.isEmpty());
}

void AnalyticsTest::loading_showsProgressAndCancels()
{
    auto view = std::make_unique<AnalyticsView>(m_session, nullptr, m_dir.filePath(QStringLiteral("cancel")));
    QSignalSpy progress(view->cache(), &core::ConversationCache::progress);
    QSignalSpy saved(view->cache(), &core::ConversationCache::saved);
    view->show();

    QTRY_VERIFY(view->progressLine()->isVisible());
    QVERIFY(view->cancelButton()->isVisible());
    QVERIFY(!view->refreshButton()->isEnabled());
    QVERIFY(progress.wait(LoadTimeoutMs));
    QCOMPARE(progress.first().at(1).toLongLong(), qint64(Conversations));
    QCOMPARE(view->progressBar()->maximum(), Conversations);
    QVERIFY(view->cache()->isRefreshing());

    QTest::mouseClick(view->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(!view->progressLine()->isVisible());
    QVERIFY(!view->cache()->isRefreshing());
    QVERIFY(!view->data());
    QVERIFY2(view->statusLabel()->text().contains(QStringLiteral("Loading cancelled")), qPrintable(view->statusLabel()->text()));
    QVERIFY(view->refreshButton()->isEnabled());

    QTest::mouseClick(view->refreshButton(), Qt::LeftButton);
    QVERIFY(waitForNumbers(view.get()));
    QCOMPARE(view->data()->conversations.size(), Conversations);

    // A second dashboard on the same folder opens from the saved cache and refreshes only what changed.
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() > 0, LoadTimeoutMs);
    QCOMPARE(saved.first().first().toBool(), true);
    view.reset();
    auto reopened = std::make_unique<AnalyticsView>(m_session, nullptr, m_dir.filePath(QStringLiteral("cancel")));
    QSignalSpy loaded(reopened->cache(), &core::ConversationCache::loaded);
    reopened->show();
    QVERIFY(loaded.wait(LoadTimeoutMs));
    QCOMPARE(loaded.first().first().toInt(), Conversations);
    QVERIFY(waitForNumbers(reopened.get()));
}

void AnalyticsTest::format_deltaHasArrowAndSign()
{
    using Kind = MetricFormat::Kind;
    using Better = MetricFormat::Better;

    const MetricFormat::Delta more = MetricFormat::delta(12.0, 10.0, Kind::Count, Better::Lower);
    QCOMPARE(more.text, QStringLiteral("▲ +2 (+20.0 %)"));
    QCOMPARE(more.direction, 1);
    QCOMPARE(more.improved, std::optional<bool>(false));

    const MetricFormat::Delta faster = MetricFormat::delta(300.0, 420.0, Kind::Duration, Better::Lower);
    QCOMPARE(faster.text, QStringLiteral("▼ −2 min 0 s (−28.6 %)"));
    QCOMPARE(faster.improved, std::optional<bool>(true));

    QCOMPARE(MetricFormat::delta(0.25, 0.2, Kind::Share, Better::Neither).text, QStringLiteral("▲ +5.0 pts"));
    QCOMPARE(MetricFormat::delta(5.0, 5.0, Kind::Count, Better::Higher).text, QStringLiteral("= no change"));
    QCOMPARE(MetricFormat::delta(5.0, std::nullopt, Kind::Count, Better::Higher).text, QStringLiteral("no previous value to compare"));
}

QTEST_MAIN(AnalyticsTest)
#include "tst_analytics.moc"
