#include "BulkScreenshot.h"

#include "BulkController.h"
#include "BulkResultDialog.h"
#include "MainWindow.h"
#include "inbox/InboxView.h"
#include "models/ConversationListModel.h"
#include "models/NameDirectory.h"

#include <QPushButton>

namespace weav::ui {

namespace {

constexpr int ScreenshotRows = 8;

void runBulkAssign(InboxView *inbox, QObject *context, const std::function<void()> &ready,
                   const std::function<void(const QString &)> &fail)
{
    core::ConversationListModel *model = inbox->model();
    QStringList ids;
    QString agentId;
    for (int row = 0; row < qMin(ScreenshotRows, model->rowCount()); ++row) {
        ids.append(model->rowAt(row).id);
        if (agentId.isEmpty() && model->rowAt(row).channel == QLatin1String("chat"))
            agentId = model->rowAt(row).agentId;
    }
    if (agentId.isEmpty()) {
        fail(BulkController::tr("the first conversations of the inbox include no chat"));
        return;
    }

    const QString agentName = model->names() ? model->names()->lookup(core::NameDirectory::Kind::Agent, agentId).name : QString();
    BulkController *controller = inbox->bulkController();
    QObject::connect(controller, &BulkController::confirmShown, context, [controller] {
        controller->confirmDialog()->defaultButton()->click();
    });
    QObject::connect(controller, &BulkController::resultShown, context, [context, ready](BulkResultDialog *dialog) {
        QObject::connect(dialog, &BulkResultDialog::runFinished, context, ready);
    });
    controller->start(BulkAction::assignTo({agentId, QStringLiteral("agent")}, agentName.isEmpty() ? agentId : agentName),
                      BulkScope::Selected, ids);
}

} // namespace

void prepareBulkResultScreenshot(MainWindow *window, QObject *context, std::function<void()> ready,
                                 std::function<void(const QString &reason)> fail)
{
    window->showArea(MainWindow::Area::Inbox);
    InboxView *inbox = window->inbox();
    if (inbox->model()->rowCount() > 0) {
        runBulkAssign(inbox, context, ready, fail);
        return;
    }
    QObject::connect(inbox, &InboxView::firstPageShown, context, [inbox, context, ready, fail] {
        runBulkAssign(inbox, context, ready, fail);
    });
}

QWidget *bulkResultScreenshotTarget(MainWindow *window)
{
    return window->inbox()->bulkController()->resultDialog();
}

} // namespace weav::ui
