#pragma once

#include <QString>

#include <functional>

class QObject;

namespace weav::ui {

class MainWindow;

// The activity.png step of the screenshot runner: the Activity area with the session's requests so
// far (one of them a failed one, so that its marker shows) and the webhook deliveries received.
void prepareActivityScreenshot(MainWindow *window, QObject *context, std::function<void()> ready,
                               std::function<void(const QString &reason)> fail);

} // namespace weav::ui
