#include "DashboardCharts.h"

#include "BarListWidget.h"
#include "ChartPanel.h"
#include "HeatmapWidget.h"
#include "MetricFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QApplication>
#include <QGuiApplication>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace weav::ui {

namespace {

constexpr int ChartMinimumHeight = 260;
const QColor EmailColor(0x3b, 0x6f, 0xb6);
const QColor ChatColor(0xd9, 0x84, 0x1f);
const QColor NeutralColor(0x4f, 0x7c, 0x8a);
const QColor UnassignedColor(0x9a, 0x9a, 0x9a);

// Diagonal stripes over the colour, so that the chat bars differ from the email bars in shape too.
// The tile has the screen's device pixel ratio, so that the stripes stay sharp when scaled.
QBrush stripedBrush(const QColor &color)
{
    const qreal ratio = qGuiApp->devicePixelRatio();
    QPixmap tile(QSize(8, 8) * ratio);
    tile.setDevicePixelRatio(ratio);
    tile.fill(color);
    QPainter painter(&tile);
    painter.setPen(QPen(color.lighter(145), 2));
    painter.drawLine(0, 8, 8, 0);
    painter.drawLine(-4, 4, 4, -4);
    painter.drawLine(4, 12, 12, 4);
    return QBrush(tile);
}

// Colours the chart's background, legend and axes from the palette. QChart::setTheme() is not used,
// because it also replaces the colours of the series, which carry the channels' colours.
void applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.18);

    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *one : series) {
        auto *pie = qobject_cast<QPieSeries *>(one);
        if (!pie)
            continue;
        const QList<QPieSlice *> slices = pie->slices();
        for (QPieSlice *slice : slices) {
            slice->setLabelColor(text);
            slice->setBorderColor(palette.color(QPalette::Base));
        }
    }
}

// Colours a chart view's chart again when the application's palette changes (the theme).
class ChartPaletteFollower : public QObject
{
public:
    explicit ChartPaletteFollower(QChartView *view)
        : QObject(view)
        , m_view(view)
    {
        view->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view && event->type() == QEvent::PaletteChange && m_view->chart())
            applyPalette(m_view->chart(), m_view->palette());
        return false;
    }

private:
    QChartView *m_view;
};

QChartView *createChartView(QWidget *parent)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);

    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(ChartMinimumHeight);
    applyPalette(chart, view->palette());
    new ChartPaletteFollower(view);
    return view;
}

void resetChart(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QValueAxis *countAxis(double max)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(4.0, max * 1.1));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

QBarCategoryAxis *categoryAxis(const QStringList &categories, bool rotated)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    if (rotated) {
        axis->setLabelsAngle(-90);
        QFont font = axis->labelsFont();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        axis->setLabelsFont(font);
    }
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *horizontal, QAbstractAxis *vertical)
{
    chart->addSeries(series);
    chart->addAxis(horizontal, Qt::AlignBottom);
    chart->addAxis(vertical, Qt::AlignLeft);
    series->attachAxis(horizontal);
    series->attachAxis(vertical);
    applyPalette(chart, QApplication::palette());
}

void fillModel(QStandardItemModel *model, const QStringList &headers, const QList<QVariantList> &rows)
{
    model->clear();
    model->setHorizontalHeaderLabels(headers);
    for (const QVariantList &values : rows) {
        QList<QStandardItem *> items;
        for (const QVariant &value : values) {
            auto *item = new QStandardItem;
            item->setData(value, Qt::DisplayRole);
            item->setEditable(false);
            items.append(item);
        }
        model->appendRow(items);
    }
}

void showHoverText(QBarSet *set, std::function<QString(int index)> text)
{
    QObject::connect(set, &QBarSet::hovered, set, [text = std::move(text)](bool status, int index) {
        if (status)
            QToolTip::showText(QCursor::pos(), text(index));
        else
            QToolTip::hideText();
    });
}

QVariant optionalSeconds(const std::optional<double> &seconds)
{
    return seconds ? QVariant(*seconds) : QVariant();
}

QStringList responseBucketLabels()
{
    // Axis labels are rich text, in which "<" would start a tag.
    return {DashboardCharts::tr("0–5 min"), DashboardCharts::tr("5–15 min"), DashboardCharts::tr("15–60 min"),
            DashboardCharts::tr("1–4 h"),   DashboardCharts::tr("4–24 h"),   DashboardCharts::tr("≥ 24 h")};
}

QStringList backlogAgeLabels()
{
    return {DashboardCharts::tr("0–24 h"), DashboardCharts::tr("1–3 days"), DashboardCharts::tr("3–7 days"),
            DashboardCharts::tr("≥ 7 days")};
}

} // namespace

DashboardCharts::DashboardCharts(QWidget *parentWidget)
    : QObject(parentWidget)
    , m_parentWidget(parentWidget)
{
    for (Metric metric : {Metric::CreatedPerDay, Metric::FirstResponsePerDay, Metric::FirstResponseHistogram,
                          Metric::BacklogAge, Metric::AssigneeSplit})
        addPanel(metric, createChartView(parentWidget));

    m_workloadBars = new BarListWidget(parentWidget);
    addPanel(Metric::Workload, m_workloadBars);
    connect(m_workloadBars, &BarListWidget::barClicked, this, [this](int row) {
        // The last row is the unassigned conversations.
        emit workloadBarClicked(row == m_workloadBars->bars().size() - 1 ? -1 : row);
    });

    m_heatmap = new HeatmapWidget(parentWidget);
    addPanel(Metric::BusiestHours, m_heatmap);
    connect(m_heatmap, &HeatmapWidget::cellClicked, this, &DashboardCharts::hourClicked);
}

void DashboardCharts::addPanel(Metric metric, QWidget *content)
{
    m_panels.insert(metric, new ChartPanel(metric, content, m_parentWidget));
    m_order.append(metric);
}

QList<ChartPanel *> DashboardCharts::panels() const
{
    QList<ChartPanel *> ordered;
    for (Metric metric : m_order)
        ordered.append(m_panels.value(metric));
    return ordered;
}

QString DashboardCharts::dayLabel(const QDate &day, const QDate &from, const QDate &to)
{
    // Labels must be unique on a category axis: a period of a year or more repeats day and month.
    const QString format = from.daysTo(to) >= 365 ? QStringLiteral("d MMM yy") : QStringLiteral("ddd d MMM");
    return QLocale().toString(day, format);
}

void DashboardCharts::clear()
{
    for (ChartPanel *panel : std::as_const(m_panels)) {
        if (panel->chart())
            resetChart(panel->chart());
        panel->dataModel()->clear();
        panel->setNote({});
    }
    m_heatmap->setCounts({});
    m_workloadBars->setBars({});
}

void DashboardCharts::showPeriod(const core::PeriodMetrics &period)
{
    showCreatedPerDay(period);
    showFirstResponsePerDay(period);
    showResponseHistogram(period);
    showBacklogAge(period);
    showAssigneeSplit(period);
    showBusiestHours(period);
}

void DashboardCharts::showCreatedPerDay(const core::PeriodMetrics &period)
{
    ChartPanel *target = panel(Metric::CreatedPerDay);
    QChart *chart = target->chart();
    resetChart(chart);

    auto *email = new QBarSet(tr("Email"));
    auto *chat = new QBarSet(tr("Chat"));
    email->setColor(EmailColor);
    email->setBorderColor(EmailColor);
    chat->setBrush(stripedBrush(ChatColor));
    chat->setBorderColor(ChatColor);

    QStringList categories;
    QList<QVariantList> rows;
    int max = 0;
    for (const core::DayCount &day : period.createdPerDay) {
        email->append(day.email);
        chat->append(day.chat);
        categories.append(dayLabel(day.date, period.from, period.to));
        rows.append({day.date, day.email, day.chat, day.total()});
        max = std::max(max, day.total());
    }

    auto *series = new QStackedBarSeries;
    series->append(email);
    series->append(chat);
    attach(chart, series, categoryAxis(categories, categories.size() > 14), countAxis(max));
    fillModel(target->dataModel(), {tr("Date"), tr("Email"), tr("Chat"), tr("Total")}, rows);

    for (QBarSet *set : {email, chat}) {
        const QString channel = set == email ? QStringLiteral("email") : QStringLiteral("chat");
        connect(set, &QBarSet::clicked, this, [this, channel](int index) { emit createdBarClicked(index, channel); });
        showHoverText(set, [set, categories](int index) {
            return tr("%1, %2: %n conversation(s) created. Click to list them in the inbox.", nullptr, int(set->at(index)))
                .arg(set->label(), categories.value(index));
        });
    }
}

void DashboardCharts::showFirstResponsePerDay(const core::PeriodMetrics &period)
{
    ChartPanel *target = panel(Metric::FirstResponsePerDay);
    QChart *chart = target->chart();
    resetChart(chart);

    double maxSeconds = 0;
    for (const core::DayDurations &day : period.firstResponsePerDay)
        maxSeconds = std::max(maxSeconds, day.stats.p90.value_or(0.0));
    // Minutes read better up to three hours; beyond that, hours.
    const bool hours = maxSeconds > 3 * 3600;
    const double unitSeconds = hours ? 3600.0 : 60.0;

    auto *median = new QLineSeries;
    median->setName(tr("Median"));
    median->setPen(QPen(EmailColor, 2));
    auto *p90 = new QLineSeries;
    p90->setName(tr("90th percentile"));
    p90->setPen(QPen(ChatColor, 2, Qt::DashLine));

    QStringList categories;
    QList<QVariantList> rows;
    int daysWithout = 0;
    for (qsizetype index = 0; index < period.firstResponsePerDay.size(); ++index) {
        const core::DayDurations &day = period.firstResponsePerDay.at(index);
        categories.append(dayLabel(day.date, period.from, period.to));
        rows.append({day.date, day.stats.count, optionalSeconds(day.stats.median), optionalSeconds(day.stats.p90),
                     optionalSeconds(day.stats.mean)});
        if (!day.stats.median) {
            ++daysWithout;
            continue;
        }
        median->append(double(index), *day.stats.median / unitSeconds);
        p90->append(double(index), *day.stats.p90 / unitSeconds);
    }
    for (QLineSeries *line : {median, p90})
        line->setPointsVisible(true);

    auto *axisX = categoryAxis(categories, categories.size() > 14);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, std::max(1.0, maxSeconds / unitSeconds * 1.1));
    axisY->applyNiceNumbers();
    axisY->setTitleText(hours ? tr("hours") : tr("minutes"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QLineSeries *line : {median, p90}) {
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
    applyPalette(chart, QApplication::palette());

    fillModel(target->dataModel(),
              {tr("Date"), tr("First responses"), tr("Median (s)"), tr("90th percentile (s)"), tr("Mean (s)")}, rows);
    target->setNote(daysWithout > 0 ? tr("No point on %n day(s) without a first response.", nullptr, daysWithout) : QString());
}

QBarSet *DashboardCharts::showBuckets(ChartPanel *target, const QStringList &labels, const QList<int> &counts,
                                      const QString &bucketHeader)
{
    QChart *chart = target->chart();
    resetChart(chart);

    auto *set = new QBarSet(tr("Conversations"));
    set->setColor(NeutralColor);
    QList<QVariantList> rows;
    int max = 0;
    for (qsizetype bucket = 0; bucket < counts.size(); ++bucket) {
        set->append(counts.at(bucket));
        rows.append({labels.at(bucket), counts.at(bucket)});
        max = std::max(max, counts.at(bucket));
    }

    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    attach(chart, series, categoryAxis(labels, false), countAxis(max));
    chart->legend()->setVisible(false);
    fillModel(target->dataModel(), {bucketHeader, tr("Conversations")}, rows);
    showHoverText(set, [set, labels](int index) {
        return tr("%1: %n conversation(s). Click to list them.", nullptr, int(set->at(index))).arg(labels.value(index));
    });
    return set;
}

void DashboardCharts::showResponseHistogram(const core::PeriodMetrics &period)
{
    const QList<int> counts(period.firstResponseHistogram.cbegin(), period.firstResponseHistogram.cend());
    QBarSet *set = showBuckets(panel(Metric::FirstResponseHistogram), responseBucketLabels(), counts, tr("First response"));
    connect(set, &QBarSet::clicked, this, &DashboardCharts::responseBucketClicked);
}

void DashboardCharts::showBacklogAge(const core::PeriodMetrics &period)
{
    ChartPanel *target = panel(Metric::BacklogAge);
    const QList<int> counts(period.backlogAge.cbegin(), period.backlogAge.cend());
    QBarSet *set = showBuckets(target, backlogAgeLabels(), counts, tr("Age at the period's end"));
    target->setNote(tr("%n conversation(s) in the backlog at the end of the period.", nullptr, period.backlogAtEnd));
    connect(set, &QBarSet::clicked, this, &DashboardCharts::backlogAgeClicked);
}

void DashboardCharts::showAssigneeSplit(const core::PeriodMetrics &period)
{
    ChartPanel *target = panel(Metric::AssigneeSplit);
    QChart *chart = target->chart();
    resetChart(chart);

    struct Slice
    {
        QString label;
        int count;
        char assignee;
        QColor color;
    };
    const QList<Slice> slices = {
        {tr("AI agent"), period.createdByAgent, 'a', EmailColor},
        {tr("Teammate"), period.createdByUser, 'u', ChatColor},
        {tr("Unassigned"), period.createdUnassigned, 0, UnassignedColor},
    };

    auto *series = new QPieSeries;
    series->setPieSize(0.6);
    QList<QVariantList> rows;
    for (const Slice &slice : slices) {
        const double share = period.created > 0 ? double(slice.count) / double(period.created) : 0.0;
        rows.append({slice.label, slice.count, period.created > 0 ? QVariant(share) : QVariant()});
        if (slice.count == 0)
            continue;

        QPieSlice *pieSlice = series->append(
            tr("%1: %2 (%3)").arg(slice.label, MetricFormat::count(slice.count), MetricFormat::share(share)), slice.count);
        pieSlice->setColor(slice.color);
        pieSlice->setLabelVisible(true);
        const char assignee = slice.assignee;
        connect(pieSlice, &QPieSlice::clicked, this, [this, assignee] { emit assigneeTypeClicked(assignee); });
    }
    chart->addSeries(series);
    chart->legend()->setVisible(false);
    applyPalette(chart, QApplication::palette());
    fillModel(target->dataModel(), {tr("Assignee type"), tr("Conversations"), tr("Share")}, rows);
}

void DashboardCharts::showWorkload(const QList<WorkloadBar> &bars, int unassignedOpen)
{
    ChartPanel *target = panel(Metric::Workload);
    const int shown = int(std::min<qsizetype>(bars.size(), MaxWorkloadBars));

    QList<BarListWidget::Bar> rowsShown;
    QList<QVariantList> rows;
    for (int index = 0; index < bars.size(); ++index) {
        const WorkloadBar &bar = bars.at(index);
        if (index < shown)
            rowsShown.append({bar.name, bar.open, false});
        rows.append({bar.name, bar.assigneeType, bar.open});
    }
    rowsShown.append({tr("Unassigned"), unassignedOpen, true});
    rows.append({tr("Unassigned"), QString(), unassignedOpen});

    m_workloadBars->setBars(rowsShown);
    fillModel(target->dataModel(), {tr("Assignee"), tr("Assignee type"), tr("Open conversations")}, rows);
    target->setNote(bars.size() > shown ? tr("The %Ln assignees with the most open conversations of %1; the CSV export has "
                                             "all of them.", nullptr, shown)
                                              .arg(QLocale().toString(bars.size()))
                                        : QString());
}

void DashboardCharts::showBusiestHours(const core::PeriodMetrics &period)
{
    ChartPanel *target = panel(Metric::BusiestHours);
    m_heatmap->setCounts(period.busiestHours);

    QStringList headers{tr("Weekday")};
    for (int hour = 0; hour < 24; ++hour)
        headers.append(QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
    QList<QVariantList> rows;
    for (int weekday = 0; weekday < 7; ++weekday) {
        QVariantList row{QLocale().dayName(weekday + 1)};
        for (int hour = 0; hour < 24; ++hour)
            row.append(period.busiestHours.at(weekday).at(hour));
        rows.append(row);
    }
    fillModel(target->dataModel(), headers, rows);
}

} // namespace weav::ui
