#include "ActivityScreenshot.h"

#include "ActivityView.h"
#include "MainWindow.h"
#include "api/Endpoints.h"
#include "workspace/Session.h"

#include <QTableView>

namespace weav::ui {

void prepareActivityScreenshot(MainWindow *window, QObject *context, std::function<void()> ready,
                               std::function<void(const QString &reason)> fail)
{
    window->showArea(MainWindow::Area::Activity);
    ActivityView *activity = window->activity();
    if (!activity) {
        fail(ActivityView::tr("the Activity area is not built"));
        return;
    }

    // A request for a conversation id that cannot exist, so that a failed row is among the rows.
    const QString missingId = QStringLiteral("00000000-0000-4000-8000-000000000000");
    window->session()->send(core::ApiRequest::get(core::endpoints::conversation(missingId)), context,
                            [activity, ready](const core::ApiResponse &) {
                                activity->exchangeTable()->selectRow(0);
                                ready();
                            });
}

} // namespace weav::ui
