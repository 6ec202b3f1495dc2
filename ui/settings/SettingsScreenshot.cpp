#include "SettingsScreenshot.h"

#include "MainWindow.h"
#include "SettingsDialog.h"
#include "keyboard/CommandPalette.h"
#include "keyboard/ConsoleKeyboard.h"

namespace weav::ui {

void prepareSettingsScreenshot(MainWindow *window, QObject *, std::function<void()> ready,
                               std::function<void(const QString &reason)> fail)
{
    // The palette of the step before would cover the window behind the dialog.
    if (window->keyboard() && window->keyboard()->palette())
        window->keyboard()->palette()->dismiss();

    SettingsDialog *dialog = window->showSettings(SettingsDialog::Page::LiveUpdates);
    if (!dialog) {
        fail(SettingsDialog::tr("the settings dialog did not open"));
        return;
    }
    dialog->resize(SettingsDialog::PreferredSize);
    ready();
}

QWidget *settingsScreenshotTarget(MainWindow *window)
{
    return window->settingsDialog();
}

} // namespace weav::ui
