#pragma once

#include <QString>

#include <functional>

class QObject;
class QWidget;

namespace weav::ui {

class MainWindow;

// The settings.png step of the screenshot runner: the settings dialog on its Live Updates page,
// with the receiver's state shown, grabbed on its own.
void prepareSettingsScreenshot(MainWindow *window, QObject *context, std::function<void()> ready,
                               std::function<void(const QString &reason)> fail);
QWidget *settingsScreenshotTarget(MainWindow *window);

} // namespace weav::ui
