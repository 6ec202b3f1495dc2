#include "AnalyticsView.h"

#include "settings/Appearance.h"
#include "ChartPanel.h"
#include "DrillDownDialog.h"
#include "HeatmapWidget.h"
#include "KpiTile.h"
#include "common/ErrorText.h"
#include "shell/ShellIcons.h"

#include "analytics/ConversationCache.h"
#include "workspace/Session.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace weav::ui {

Q_LOGGING_CATEGORY(lcAnalytics, "weav.ui.analytics")

namespace {

// Widths of the page's scroll area from which the tiles and charts take more columns.
constexpr int FourTileColumnsWidth = 1100;
constexpr int TwoTileColumnsWidth = 560;
constexpr int TwoChartColumnsWidth = 1000;
// From this width of the page the time zone and channel share the row of the period.
constexpr int OneControlRowWidth = 1250;

const QList<Metric> TileOrder = {Metric::Created,          Metric::Closed,       Metric::FirstResponseMedian,
                                 Metric::FirstResponseP90, Metric::ResolutionMedian, Metric::BacklogAtEnd,
                                 Metric::AiShare,          Metric::SpamShare};

QLabel *fieldError(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, appearance::errorTextColor(palette));
    label->setPalette(palette);
    label->setVisible(false);
    return label;
}

void showFieldError(QLabel *label, const QString &message)
{
    label->setText(message.isEmpty() ? QString() : QStringLiteral("⚠ ") + message);
    label->setVisible(!message.isEmpty());
}

QTimeZone defaultZone()
{
    const QTimeZone system = QTimeZone::systemTimeZone();
    return system.isValid() && !system.id().isEmpty() ? system : QTimeZone(QByteArrayLiteral("UTC"));
}

} // namespace

AnalyticsView::AnalyticsView(core::Session *session, QWidget *parent, const QString &cacheDirectory)
    : QWidget(parent)
    , m_session(session)
    , m_cache(new core::ConversationCache(session->profile().name, cacheDirectory, this))
    , m_zoneValue(defaultZone())
{
    setObjectName(QStringLiteral("analyticsView"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(buildControls());
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addWidget(buildProgressLine());
    layout->addWidget(buildErrorLine());
    layout->addWidget(buildContent(), 1);

    connectCache();
    connectTiles();
    connectCharts();
    connect(&m_watcher, &QFutureWatcher<DashboardData>::finished, this, &AnalyticsView::onComputed);
    connect(session, &core::Session::tokenRenewed, this, [this] {
        if (m_refreshFailed)
            refresh();
    });
    connect(session, &core::Session::reachabilityChanged, this, [this](bool reachable) {
        if (reachable && m_refreshFailed)
            refresh();
    });
    connect(session->names(), &core::NameDirectory::namesChanged, this, [this] {
        if (m_data)
            showWorkload();
    });

    onPresetChosen();
    updateStatus();
}

AnalyticsView::~AnalyticsView()
{
    m_watcher.waitForFinished();
}

QWidget *AnalyticsView::buildControls()
{
    auto *bar = new QWidget(this);
    m_controlsGrid = new QGridLayout(bar);
    m_controlsGrid->setContentsMargins(0, 0, 0, 0);

    m_periodGroup = new QWidget(bar);
    auto *period = new QGridLayout(m_periodGroup);
    period->setContentsMargins(0, 0, 0, 0);
    m_preset = new QComboBox(m_periodGroup);
    for (PeriodPreset preset : {PeriodPreset::Today, PeriodPreset::Last7Days, PeriodPreset::Last30Days,
                                PeriodPreset::Last90Days, PeriodPreset::Custom})
        m_preset->addItem(DashboardPeriod::presetLabel(preset), int(preset));
    m_preset->setCurrentIndex(m_preset->findData(int(PeriodPreset::Last30Days)));
    m_from = new QDateEdit(m_periodGroup);
    m_to = new QDateEdit(m_periodGroup);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    }
    m_preset->setAccessibleName(tr("Period"));
    m_from->setAccessibleName(tr("First day of the period"));
    m_to->setAccessibleName(tr("Last day of the period"));
    m_periodError = fieldError(m_periodGroup);
    period->addWidget(new QLabel(tr("Period:"), m_periodGroup), 0, 0);
    period->addWidget(m_preset, 0, 1);
    period->addWidget(m_from, 0, 2);
    period->addWidget(new QLabel(tr("to"), m_periodGroup), 0, 3);
    period->addWidget(m_to, 0, 4);
    period->addWidget(m_periodError, 1, 1, 1, 4);

    m_filterGroup = new QWidget(bar);
    auto *filters = new QGridLayout(m_filterGroup);
    filters->setContentsMargins(0, 0, 0, 0);
    m_zone = new QComboBox(m_filterGroup);
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->setMinimumContentsLength(18);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->setCurrentText(QString::fromUtf8(m_zoneValue.id()));
    m_zone->setToolTip(tr("The IANA time zone whose local days make up the period, e.g. Europe/Berlin"));
    m_zone->setAccessibleName(tr("Time zone"));
    m_zoneError = fieldError(m_filterGroup);
    m_channel = new QComboBox(m_filterGroup);
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->addItem(tr("All channels"), QString());
    m_channel->addItem(tr("Email"), QStringLiteral("email"));
    m_channel->addItem(tr("Chat"), QStringLiteral("chat"));
    m_refresh = new QPushButton(shellIcon(QStringLiteral("sync")), tr("Refresh"), m_filterGroup);
    m_refresh->setToolTip(tr("Fetch the conversations that changed since the last refresh"));
    filters->addWidget(new QLabel(tr("Time zone:"), m_filterGroup), 0, 0);
    filters->addWidget(m_zone, 0, 1);
    filters->addWidget(new QLabel(tr("Channel:"), m_filterGroup), 0, 2);
    filters->addWidget(m_channel, 0, 3);
    filters->addWidget(m_refresh, 0, 4);
    filters->addWidget(m_zoneError, 1, 1, 1, 4);

    connect(m_preset, &QComboBox::activated, this, &AnalyticsView::onPresetChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &AnalyticsView::onDatesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &AnalyticsView::onDatesEdited);
    connect(m_zone, &QComboBox::activated, this, &AnalyticsView::onZoneEntered);
    connect(m_zone->lineEdit(), &QLineEdit::editingFinished, this, &AnalyticsView::onZoneEntered);
    connect(m_channel, &QComboBox::activated, this, &AnalyticsView::scheduleCompute);
    connect(m_refresh, &QPushButton::clicked, this, &AnalyticsView::refresh);
    return bar;
}

QWidget *AnalyticsView::buildProgressLine()
{
    m_progressLine = new QWidget(this);
    auto *layout = new QHBoxLayout(m_progressLine);
    layout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(m_progressLine);
    m_progress->setMaximumWidth(320);
    m_progress->setTextVisible(false);
    m_progressText = new QLabel(m_progressLine);
    m_cancel = new QPushButton(tr("Cancel"), m_progressLine);
    m_cancel->setToolTip(tr("Stop loading; the numbers shown stay as they were"));
    connect(m_cancel, &QPushButton::clicked, this, &AnalyticsView::cancelRefresh);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addWidget(m_cancel);
    layout->addStretch(1);
    m_progressLine->setVisible(false);
    return m_progressLine;
}

QWidget *AnalyticsView::buildErrorLine()
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("analyticsErrorLine"));
    frame->setStyleSheet(QStringLiteral("QFrame#analyticsErrorLine { background: #fdecea; border: 1px solid #e0a39d; "
                                        "border-radius: 3px; } QFrame#analyticsErrorLine QLabel { color: #5f2120; }"));
    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *icon = new QLabel(frame);
    icon->setPixmap(shellIcon(QStringLiteral("warning")).pixmap(18, 18));
    icon->setAccessibleName(tr("Error"));
    m_errorText = new QLabel(frame);
    m_errorText->setWordWrap(true);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(tr("Retry"), frame);
    connect(m_retry, &QPushButton::clicked, this, &AnalyticsView::refresh);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_errorText, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    frame->setVisible(false);
    m_errorLine = frame;
    return frame;
}

QWidget *AnalyticsView::buildContent()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    buildTiles();
    m_tileGrid = new QGridLayout;
    m_tileGrid->setSpacing(8);
    layout->addLayout(m_tileGrid);

    m_charts = new DashboardCharts(content);
    m_chartGrid = new QGridLayout;
    m_chartGrid->setSpacing(8);
    layout->addLayout(m_chartGrid);
    layout->addStretch(1);
    for (KpiTile *tile : std::as_const(m_tiles))
        tile->setParent(content);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);
    m_scroll->setAccessibleName(tr("Dashboard"));
    return m_scroll;
}

void AnalyticsView::buildTiles()
{
    using Kind = MetricFormat::Kind;
    using Better = MetricFormat::Better;
    const auto add = [this](Metric metric, Kind kind, Better better) {
        auto *tile = new KpiTile(metric, kind, better);
        tile->setClickable(true);
        m_tiles.insert(metric, tile);
    };

    add(Metric::Created, Kind::Count, Better::Neither);
    add(Metric::Closed, Kind::Count, Better::Higher);
    add(Metric::FirstResponseMedian, Kind::Duration, Better::Lower);
    add(Metric::FirstResponseP90, Kind::Duration, Better::Lower);
    add(Metric::ResolutionMedian, Kind::Duration, Better::Lower);
    add(Metric::BacklogAtEnd, Kind::Count, Better::Lower);
    add(Metric::AiShare, Kind::Share, Better::Neither);
    add(Metric::SpamShare, Kind::Share, Better::Neither);
}

void AnalyticsView::connectCache()
{
    connect(m_cache, &core::ConversationCache::loaded, this, &AnalyticsView::onCacheLoaded);
    connect(m_cache, &core::ConversationCache::progress, this, &AnalyticsView::onProgress);
    connect(m_cache, &core::ConversationCache::refreshed, this, &AnalyticsView::onRefreshed);
    connect(m_cache, &core::ConversationCache::failed, this, &AnalyticsView::onRefreshFailed);
    connect(m_cache, &core::ConversationCache::cancelled, this, &AnalyticsView::onRefreshCancelled);
}

void AnalyticsView::connectTiles()
{
    const QMap<Metric, std::function<DrillDown(const DrillDownBuilder &)>> drillDownOf = {
        {Metric::Created, [](const DrillDownBuilder &builder) { return builder.created(); }},
        {Metric::Closed, [](const DrillDownBuilder &builder) { return builder.closed(); }},
        {Metric::FirstResponseMedian, [](const DrillDownBuilder &builder) { return builder.firstResponses(); }},
        {Metric::FirstResponseP90, [](const DrillDownBuilder &builder) { return builder.firstResponses(); }},
        {Metric::ResolutionMedian, [](const DrillDownBuilder &builder) { return builder.closed(); }},
        {Metric::BacklogAtEnd, [](const DrillDownBuilder &builder) { return builder.backlog(); }},
        {Metric::AiShare, [](const DrillDownBuilder &builder) { return builder.createdByAssignee('a'); }},
        {Metric::SpamShare, [](const DrillDownBuilder &builder) { return builder.spam(); }},
    };

    for (auto it = drillDownOf.cbegin(); it != drillDownOf.cend(); ++it) {
        connect(m_tiles.value(it.key()), &KpiTile::clicked, this, [this, build = it.value()] {
            if (m_data)
                openDrillDown(build(drillDowns()));
        });
    }
}

void AnalyticsView::connectCharts()
{
    connect(m_charts, &DashboardCharts::createdBarClicked, this, [this](int day, const QString &channel) {
        if (m_data)
            openDrillDown(drillDowns().createdOnDay(day, channel));
    });
    connect(m_charts, &DashboardCharts::responseBucketClicked, this, [this](int bucket) {
        if (m_data)
            openDrillDown(drillDowns().firstResponses(bucket));
    });
    connect(m_charts, &DashboardCharts::backlogAgeClicked, this, [this](int bucket) {
        if (m_data)
            openDrillDown(drillDowns().backlogAge(bucket));
    });
    connect(m_charts, &DashboardCharts::assigneeTypeClicked, this, [this](char assignee) {
        if (m_data)
            openDrillDown(drillDowns().createdByAssignee(assignee));
    });
    connect(m_charts, &DashboardCharts::workloadBarClicked, this, &AnalyticsView::openWorkload);
    connect(m_charts, &DashboardCharts::hourClicked, this, &AnalyticsView::openHour);
}

void AnalyticsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    arrangeGrids();
    if (!m_started)
        start();
}

void AnalyticsView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeGrids();
}

void AnalyticsView::arrangeGrids()
{
    const int width = m_scroll->viewport()->width();
    int tileColumns = 1;
    if (width >= FourTileColumnsWidth)
        tileColumns = 4;
    else if (width >= TwoTileColumnsWidth)
        tileColumns = 2;
    const int chartColumns = width >= TwoChartColumnsWidth ? 2 : 1;

    m_controlsGrid->removeWidget(m_periodGroup);
    m_controlsGrid->removeWidget(m_filterGroup);
    const bool oneRow = this->width() >= OneControlRowWidth;
    m_controlsGrid->addWidget(m_periodGroup, 0, 0, Qt::AlignLeft);
    m_controlsGrid->addWidget(m_filterGroup, oneRow ? 0 : 1, oneRow ? 1 : 0, Qt::AlignLeft);
    m_controlsGrid->setColumnStretch(oneRow ? 1 : 0, 1);
    m_controlsGrid->setColumnStretch(oneRow ? 0 : 1, 0);

    if (tileColumns == m_tileColumns && chartColumns == m_chartColumns)
        return;
    m_tileColumns = tileColumns;
    m_chartColumns = chartColumns;

    for (int index = 0; index < TileOrder.size(); ++index) {
        KpiTile *tile = m_tiles.value(TileOrder.at(index));
        m_tileGrid->removeWidget(tile);
        m_tileGrid->addWidget(tile, index / tileColumns, index % tileColumns);
    }
    for (int column = 0; column < 4; ++column)
        m_tileGrid->setColumnStretch(column, column < tileColumns ? 1 : 0);

    // The charts per day and the heatmap need the width of a whole row, and the others share rows.
    int row = 0;
    int column = 0;
    for (ChartPanel *panel : m_charts->panels()) {
        m_chartGrid->removeWidget(panel);
        const Metric metric = panel->metric();
        const bool wholeRow = metric == Metric::CreatedPerDay || metric == Metric::FirstResponsePerDay || metric == Metric::BusiestHours;
        if (wholeRow && column > 0) {
            ++row;
            column = 0;
        }
        m_chartGrid->addWidget(panel, row, column, 1, wholeRow ? chartColumns : 1);
        column += wholeRow ? chartColumns : 1;
        if (column >= chartColumns) {
            ++row;
            column = 0;
        }
    }
    for (int column = 0; column < 2; ++column)
        m_chartGrid->setColumnStretch(column, column < chartColumns ? 1 : 0);
}

void AnalyticsView::setPreset(PeriodPreset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    onPresetChosen();
}

void AnalyticsView::setPeriod(const QDate &from, const QDate &to)
{
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    onDatesEdited();
}

bool AnalyticsView::setTimeZone(const QByteArray &ianaId)
{
    m_zone->setCurrentText(QString::fromUtf8(ianaId));
    onZoneEntered();
    return m_zoneValue.id() == ianaId;
}

void AnalyticsView::setChannel(const QString &channel)
{
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(channel)));
    scheduleCompute();
}

DashboardQuery AnalyticsView::query() const
{
    return {m_from->date(), m_to->date(), m_zoneValue, m_channel->currentData().toString()};
}

void AnalyticsView::onPresetChosen()
{
    const auto preset = PeriodPreset(m_preset->currentData().toInt());
    if (preset != PeriodPreset::Custom) {
        const auto [from, to] = DashboardPeriod::presetRange(preset, DashboardPeriod::today(m_zoneValue));
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    showFieldError(m_periodError, DashboardPeriod::validate(m_from->date(), m_to->date()));
    scheduleCompute();
}

void AnalyticsView::onDatesEdited()
{
    m_preset->setCurrentIndex(m_preset->findData(int(PeriodPreset::Custom)));
    const QString problem = DashboardPeriod::validate(m_from->date(), m_to->date());
    showFieldError(m_periodError, problem);
    if (problem.isEmpty())
        scheduleCompute();
}

void AnalyticsView::onZoneEntered()
{
    const QString id = m_zone->currentText().trimmed();
    const QTimeZone zone(id.toUtf8());
    if (!zone.isValid()) {
        showFieldError(m_zoneError, tr("Unknown time zone “%1”: choose an IANA name from the list, such as "
                                       "Europe/Berlin. The numbers stay in %2.")
                                        .arg(id, QString::fromUtf8(m_zoneValue.id())));
        return;
    }

    showFieldError(m_zoneError, {});
    if (zone.id() == m_zoneValue.id())
        return;
    m_zoneValue = zone;
    qCInfo(lcAnalytics).noquote() << "time zone" << QString::fromUtf8(zone.id());
    // "Today" and the presets that end today depend on the zone.
    onPresetChosen();
}

void AnalyticsView::scheduleCompute()
{
    // One computation per event-loop pass, however many controls changed in it.
    if (m_computePending)
        return;
    m_computePending = true;
    QTimer::singleShot(0, this, &AnalyticsView::compute);
}

void AnalyticsView::compute()
{
    const DashboardQuery current = query();
    if (!m_hasSnapshot || !DashboardPeriod::validate(current.from, current.to).isEmpty()) {
        m_computePending = false;
        updateStatus();
        return;
    }

    // A running computation finishes first; onComputed() then starts this one.
    if (m_watcher.isRunning())
        return;
    m_computePending = false;

    m_watcher.setFuture(QtConcurrent::run([list = m_snapshot, current] { return computeDashboard(list, current); }));
}

void AnalyticsView::onComputed()
{
    // The query or the conversations changed while this ran: its numbers are out of date.
    if (m_computePending) {
        compute();
        return;
    }

    m_data = std::make_unique<DashboardData>(m_watcher.result());
    qCInfo(lcAnalytics).noquote() << "metrics of" << m_data->conversations.size() << "conversations computed in"
                                  << QString::number(m_data->computeMs, 'f', 1) << "ms";
    showData();
}

void AnalyticsView::start()
{
    if (m_started)
        return;
    m_started = true;
    setRefreshing(true);
    m_progressText->setText(tr("Opening the cached conversations…"));
    m_cache->load();
}

void AnalyticsView::onCacheLoaded()
{
    if (m_cache->size() > 0 && m_cache->refreshedAt().isValid()) {
        takeSnapshot();
        scheduleCompute();
    }
    setRefreshing(false);
    refresh();
}

void AnalyticsView::refresh()
{
    if (!m_session || m_cache->isRefreshing())
        return;
    if (!m_cache->isLoaded()) {
        start();
        return;
    }

    hideError();
    m_refreshFailed = false;
    m_notice.clear();
    setRefreshing(true);
    m_cache->refresh(m_session->client());
}

void AnalyticsView::cancelRefresh()
{
    m_cache->cancel();
}

void AnalyticsView::onProgress(qint64 received, qint64 total)
{
    const QLocale locale;
    if (total > 0) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(std::min(received, total)));
        m_progressText->setText(tr("Loading conversations: %1 of %2").arg(locale.toString(received), locale.toString(total)));
        return;
    }
    m_progress->setRange(0, 0);
    m_progressText->setText(tr("Loading conversations: %1").arg(locale.toString(received)));
}

void AnalyticsView::onRefreshed()
{
    qCInfo(lcAnalytics) << "refreshed:" << m_cache->size() << "conversations";
    setRefreshing(false);
    if (m_session)
        m_session->noteSynced();
    takeSnapshot();
    scheduleCompute();
}

void AnalyticsView::onRefreshFailed(const core::ApiError &error)
{
    setRefreshing(false);
    m_refreshFailed = true;
    QString message = ErrorText::describe(error, tr("Could not refresh the analytics data"));
    if (m_hasSnapshot)
        message += QLatin1Char(' ') + tr("The numbers shown are those of %1.").arg(QLocale().toString(m_dataAsOf.toLocalTime(), QLocale::ShortFormat));
    showError(message);
    updateStatus();
}

void AnalyticsView::onRefreshCancelled()
{
    qCInfo(lcAnalytics) << "refresh cancelled";
    m_notice = m_hasSnapshot ? tr("Refresh cancelled.") : tr("Loading cancelled.");
    setRefreshing(false);
}

void AnalyticsView::takeSnapshot()
{
    m_snapshot = m_cache->conversations();
    m_dataAsOf = m_cache->refreshedAt();
    m_hasSnapshot = true;
}

void AnalyticsView::setRefreshing(bool refreshing)
{
    m_progressLine->setVisible(refreshing);
    m_refresh->setEnabled(!refreshing);
    if (refreshing) {
        m_progress->setRange(0, 0);
        m_progressText->setText(tr("Loading conversations…"));
    }
    updateStatus();
}

void AnalyticsView::showData()
{
    showTiles();
    m_charts->showPeriod(m_data->report.current);
    showWorkload();
    updateStatus();
    emit metricsShown();
}

void AnalyticsView::showTiles()
{
    const core::PeriodMetrics &current = m_data->report.current;
    const core::PeriodMetrics &previous = m_data->report.previous;
    const auto number = [](int value) { return std::optional<double>(value); };
    const QString firstResponses = tr("%n first response(s)", nullptr, current.firstResponse.count);

    tile(Metric::Created)->showValues(number(current.created), number(previous.created),
                                      tr("Email %1 · Chat %2").arg(MetricFormat::count(current.createdEmail), MetricFormat::count(current.createdChat)));
    tile(Metric::Closed)->showValues(number(current.closed), number(previous.closed));
    tile(Metric::FirstResponseMedian)->showValues(current.firstResponse.median, previous.firstResponse.median, firstResponses);
    tile(Metric::FirstResponseP90)->showValues(current.firstResponse.p90, previous.firstResponse.p90, firstResponses);
    tile(Metric::ResolutionMedian)->showValues(current.resolution.median, previous.resolution.median,
                                               tr("%n resolved", nullptr, current.resolution.count));
    tile(Metric::BacklogAtEnd)->showValues(number(current.backlogAtEnd), number(previous.backlogAtEnd),
                                           tr("%n aged 7 days or more", nullptr, current.backlogAge[core::PeriodMetrics::OverSevenDays]));
    tile(Metric::AiShare)->showValues(current.aiShare, previous.aiShare,
                                      tr("%1 of %2 created").arg(MetricFormat::count(current.createdByAgent), MetricFormat::count(current.created)));
    tile(Metric::SpamShare)->showValues(current.spamShare, previous.spamShare,
                                        tr("%1 of %2 created, spam included").arg(MetricFormat::count(current.spamCount), MetricFormat::count(current.createdWithSpam)));
}

void AnalyticsView::showWorkload()
{
    core::NameDirectory *names = m_session ? m_session->names() : nullptr;
    m_workload.clear();
    for (const core::AssigneeLoad &load : m_data->report.workload) {
        const bool agent = load.assigneeType == QLatin1String("agent");
        QString name = load.assigneeId;
        if (names) {
            const core::NameDirectory::Entry entry = names->lookup(agent ? core::NameDirectory::Kind::Agent : core::NameDirectory::Kind::User, load.assigneeId);
            if (entry.state == core::NameDirectory::State::Known)
                name = entry.name;
        }
        if (agent)
            name = tr("%1 (AI agent)").arg(name);
        m_workload.append({load.assigneeId, load.assigneeType, name, load.open});
    }
    m_charts->showWorkload(m_workload, m_data->report.unassignedOpen);
}

void AnalyticsView::updateStatus()
{
    const QString notice = m_notice.isEmpty() ? QString() : m_notice + QLatin1Char(' ');
    if (!m_hasSnapshot) {
        m_status->setText(notice + (m_progressLine->isVisible()
                                        ? tr("Loading every conversation of the workspace for the first time; the numbers follow.")
                                        : tr("No numbers yet. Press Refresh to load the conversations.")));
        return;
    }

    // The numbers on screen are those of the data's query, which differs from the controls while an
    // edit is invalid or the new numbers are being computed.
    const DashboardQuery current = m_data ? m_data->query : query();
    const auto [previousFrom, previousTo] = core::MetricsCalculator::previousPeriod(current.from, current.to);
    const QString channel = m_channel->itemText(std::max(0, m_channel->findData(current.channel)));
    const QString asOf = m_dataAsOf.isValid() ? QLocale().toString(m_dataAsOf.toLocalTime(), QLocale::ShortFormat) : tr("an unknown time");
    m_status->setText(notice
                      + tr("Times in %1 · %2, compared with %3 · %4 · %Ln conversations as of %5", nullptr,
                           int(m_snapshot.size()))
                            .arg(DashboardPeriod::zoneText(current.zone, QDateTime::currentDateTimeUtc()),
                                 DashboardPeriod::rangeText(current.from, current.to),
                                 DashboardPeriod::rangeText(previousFrom, previousTo), channel, asOf));
}

void AnalyticsView::showError(const QString &message)
{
    qCWarning(lcAnalytics).noquote() << message;
    m_errorText->setText(message);
    m_errorLine->setVisible(true);
}

void AnalyticsView::hideError()
{
    m_errorLine->setVisible(false);
    m_errorText->clear();
}

DrillDownDialog *AnalyticsView::drillDownDialog() const
{
    return m_dialog;
}

DrillDownBuilder AnalyticsView::drillDowns() const
{
    return DrillDownBuilder(*m_data, m_dataAsOf);
}

void AnalyticsView::openWorkload(int index)
{
    if (!m_data)
        return;
    if (index < 0) {
        openDrillDown(drillDowns().unassignedOpen());
        return;
    }
    const DashboardCharts::WorkloadBar &bar = m_workload.at(index);
    openDrillDown(drillDowns().workload(bar.assigneeId, bar.assigneeType, bar.name, bar.open));
}

void AnalyticsView::openHour(int weekday, int hour)
{
    if (m_data)
        openDrillDown(drillDowns().busiestHour(weekday, hour));
}

void AnalyticsView::openDrillDown(const DrillDown &drillDown)
{
    if (drillDown.filter) {
        qCInfo(lcAnalytics).noquote() << "listing in the inbox:" << drillDown.title << "-" << drillDown.count << "conversations";
        emit inboxRequested(*drillDown.filter);
        return;
    }

    const QList<core::Conversation> conversations = drillDowns().conversations(drillDown);
    qCInfo(lcAnalytics).noquote() << "listing from the cache:" << drillDown.title << "-" << conversations.size() << "conversations";
    if (m_dialog)
        m_dialog->close();
    m_dialog = new DrillDownDialog(drillDown.title, drillDown.note, m_dataAsOf, conversations,
                                   m_session ? m_session->names() : nullptr, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &DrillDownDialog::conversationRequested, this, &AnalyticsView::conversationRequested);
    m_dialog->show();
}

} // namespace weav::ui
