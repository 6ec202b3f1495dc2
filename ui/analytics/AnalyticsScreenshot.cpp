#include "AnalyticsScreenshot.h"

#include "AnalyticsView.h"
#include "MainWindow.h"
#include "analytics/ConversationCache.h"
#include "api/ApiError.h"

namespace weav::ui {

void prepareAnalyticsScreenshot(MainWindow *window, QObject *context, std::function<void()> ready,
                                std::function<void(const QString &reason)> fail)
{
    window->showArea(MainWindow::Area::Analytics);
    AnalyticsView *analytics = window->analytics();
    if (!analytics) {
        fail(AnalyticsView::tr("the Analytics area is not built"));
        return;
    }

    analytics->setPreset(PeriodPreset::Last30Days);
    const auto readyWhenCurrent = [analytics, ready] {
        if (analytics->data() && !analytics->cache()->isRefreshing())
            ready();
    };
    QObject::connect(analytics, &AnalyticsView::metricsShown, context, readyWhenCurrent);
    QObject::connect(analytics->cache(), &core::ConversationCache::failed, context, [fail](const core::ApiError &error) {
        fail(AnalyticsView::tr("the conversations did not load: %1").arg(error.summary()));
    });
    readyWhenCurrent();
}

} // namespace weav::ui
