#pragma once

#include <QString>

#include <functional>

class QObject;

namespace weav::ui {

class MainWindow;

// The analytics.png step of the screenshot runner: the Analytics area with the last 30 days, once
// the cache is refreshed and the numbers of the refreshed conversations are on screen.
void prepareAnalyticsScreenshot(MainWindow *window, QObject *context, std::function<void()> ready,
                                std::function<void(const QString &reason)> fail);

} // namespace weav::ui
