#pragma once

#include "DashboardCharts.h"
#include "DashboardData.h"
#include "DrillDown.h"
#include "MetricHelp.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QMap>
#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;

namespace weav::core {
class ConversationCache;
class Session;
struct ApiError;
}

namespace weav::ui {

Q_DECLARE_LOGGING_CATEGORY(lcAnalytics)

class ChartPanel;
class DrillDownDialog;
class HeatmapWidget;
class KpiTile;

// The analytics dashboard for managers. The person chooses a period (a preset or custom dates), a
// time zone and a channel. Key figures are compared with the previous period, and charts show
// volume, first response, backlog, assignees and busiest hours. The numbers come from a per-profile
// cache of every conversation, opened from disk and then refreshed, and are computed on a worker
// thread. A click on a number lists the conversations behind it. Where a list filter selects
// exactly them, the inbox shows them (inboxRequested()). Otherwise a dialog lists them from the
// cache and explains why.
class AnalyticsView : public QWidget
{
    Q_OBJECT

public:
    // cacheDirectory empty means ConversationCache::defaultDirectory().
    explicit AnalyticsView(core::Session *session, QWidget *parent = nullptr, const QString &cacheDirectory = {});
    ~AnalyticsView() override;

    void setPreset(PeriodPreset preset);
    // Selects custom dates.
    void setPeriod(const QDate &from, const QDate &to);
    // False, with the error at the field, when the id is not a known IANA time zone.
    bool setTimeZone(const QByteArray &ianaId);
    // "email", "chat", or empty for both.
    void setChannel(const QString &channel);
    DashboardQuery query() const;

    // Opens the cache and refreshes it; the first showing of the page calls it.
    void start();
    void refresh();
    void cancelRefresh();

    // The data on screen, or nullptr before the first numbers.
    const DashboardData *data() const { return m_data.get(); }
    core::ConversationCache *cache() const { return m_cache; }
    // When the data on screen was last refreshed from the server.
    QDateTime dataAsOf() const { return m_dataAsOf; }

    KpiTile *tile(Metric metric) const { return m_tiles.value(metric); }
    QList<KpiTile *> tiles() const { return m_tiles.values(); }
    ChartPanel *chartPanel(Metric metric) const { return m_charts->panel(metric); }
    HeatmapWidget *heatmap() const { return m_charts->heatmap(); }
    // The open drill-down dialog, or nullptr.
    DrillDownDialog *drillDownDialog() const;

    QComboBox *presetBox() const { return m_preset; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *zoneBox() const { return m_zone; }
    QComboBox *channelBox() const { return m_channel; }
    QLabel *periodError() const { return m_periodError; }
    QLabel *zoneError() const { return m_zoneError; }
    QLabel *statusLabel() const { return m_status; }
    QWidget *progressLine() const { return m_progressLine; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *refreshButton() const { return m_refresh; }
    QWidget *errorLine() const { return m_errorLine; }
    QLabel *errorText() const { return m_errorText; }

    // Shows the conversations behind a number: the inbox when drillDown has a filter, the dialog
    // otherwise.
    void openDrillDown(const DrillDown &drillDown);

signals:
    // New numbers are on screen.
    void metricsShown();
    void inboxRequested(const weav::core::ConversationFilter &filter);
    void conversationRequested(const QString &conversationId);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildControls();
    QWidget *buildProgressLine();
    QWidget *buildErrorLine();
    QWidget *buildContent();
    void buildTiles();
    void connectCache();
    void connectTiles();
    void connectCharts();
    void arrangeGrids();

    void onPresetChosen();
    void onDatesEdited();
    void onZoneEntered();
    void scheduleCompute();
    void compute();
    void onComputed();

    void onCacheLoaded();
    void onProgress(qint64 received, qint64 total);
    void onRefreshed();
    void onRefreshFailed(const core::ApiError &error);
    void onRefreshCancelled();
    void takeSnapshot();
    void setRefreshing(bool refreshing);

    void showData();
    void showTiles();
    void showWorkload();
    void updateStatus();
    void showError(const QString &message);
    void hideError();

    void openWorkload(int index);
    void openHour(int weekday, int hour);
    DrillDownBuilder drillDowns() const;

    QPointer<core::Session> m_session;
    core::ConversationCache *m_cache;
    bool m_started = false;
    bool m_refreshFailed = false;

    // The conversations of the last complete load or refresh, and when it was refreshed. A
    // cancelled or failed refresh leaves both as they were.
    QList<core::Conversation> m_snapshot;
    bool m_hasSnapshot = false;
    QDateTime m_dataAsOf;

    std::unique_ptr<DashboardData> m_data;
    QFutureWatcher<DashboardData> m_watcher;
    // A computation is scheduled, or waits for the running one to finish.
    bool m_computePending = false;
    QList<DashboardCharts::WorkloadBar> m_workload;

    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_zone = nullptr;
    QComboBox *m_channel = nullptr;
    QLabel *m_periodError = nullptr;
    QLabel *m_zoneError = nullptr;
    QPushButton *m_refresh = nullptr;
    QTimeZone m_zoneValue;

    QLabel *m_status = nullptr;
    // The outcome of a refresh that did not finish ("Refresh cancelled."), shown before the status.
    QString m_notice;
    QWidget *m_progressLine = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QPushButton *m_cancel = nullptr;
    QWidget *m_errorLine = nullptr;
    QLabel *m_errorText = nullptr;
    QPushButton *m_retry = nullptr;

    QGridLayout *m_controlsGrid = nullptr;
    QWidget *m_periodGroup = nullptr;
    QWidget *m_filterGroup = nullptr;
    QScrollArea *m_scroll = nullptr;
    QGridLayout *m_tileGrid = nullptr;
    QGridLayout *m_chartGrid = nullptr;
    QMap<Metric, KpiTile *> m_tiles;
    DashboardCharts *m_charts = nullptr;
    QPointer<DrillDownDialog> m_dialog;
    int m_tileColumns = 0;
    int m_chartColumns = 0;
};

} // namespace weav::ui
