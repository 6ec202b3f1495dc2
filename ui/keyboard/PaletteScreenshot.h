#pragma once

#include <QString>

#include <functional>

class QObject;

namespace weav::ui {

class MainWindow;

// The palette.png step of the screenshot runner: the inbox with its first page, and the command
// palette open over it with a query typed, once the server search for the query has replied, so
// that actions, views and conversations are listed.
void preparePaletteScreenshot(MainWindow *window, QObject *context, std::function<void()> ready,
                              std::function<void(const QString &reason)> fail);

} // namespace weav::ui
