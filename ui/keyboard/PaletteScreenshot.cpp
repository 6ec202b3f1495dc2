#include "PaletteScreenshot.h"

#include "CommandPalette.h"
#include "ConsoleKeyboard.h"
#include "MainWindow.h"
#include "inbox/InboxView.h"
#include "models/ConversationListModel.h"

#include <QLineEdit>
#include <QTableView>

namespace weav::ui {

namespace {

// Matches an action, the Open views and conversation subjects of the demo workspace.
const QString ScreenshotQuery = QStringLiteral("open");

void openPaletteWithQuery(MainWindow *window, QObject *context, const std::function<void()> &ready)
{
    CommandPalette *palette = window->keyboard()->palette();
    QObject::connect(palette, &CommandPalette::serverSearchFinished, context, [ready] { ready(); });
    window->keyboard()->openPalette();
    palette->queryEdit()->setText(ScreenshotQuery);
}

} // namespace

void preparePaletteScreenshot(MainWindow *window, QObject *context, std::function<void()> ready,
                              std::function<void(const QString &reason)> fail)
{
    if (!window->keyboard() || !window->inbox()) {
        fail(CommandPalette::tr("the window has no command palette"));
        return;
    }

    window->showArea(MainWindow::Area::Inbox);
    InboxView *inbox = window->inbox();
    if (inbox->model()->rowCount() > 0) {
        openPaletteWithQuery(window, context, ready);
        return;
    }
    QObject::connect(inbox, &InboxView::firstPageShown, context,
                     [window, context, ready] { openPaletteWithQuery(window, context, ready); });
}

} // namespace weav::ui
