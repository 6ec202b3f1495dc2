#pragma once

#include <QString>

#include <functional>

class QObject;
class QWidget;

namespace weav::ui {

class MainWindow;

// The bulk-result.png step of the screenshot runner: on the first eight conversations of the
// inbox, assign the AI agent that started the first chat among them. Its own chats accept it and
// the other conversations reject it by the channel rule, so the result shows both outcomes.
void prepareBulkResultScreenshot(MainWindow *window, QObject *context, std::function<void()> ready,
                                 std::function<void(const QString &reason)> fail);
// The result dialog of that step, or null.
QWidget *bulkResultScreenshotTarget(MainWindow *window);

} // namespace weav::ui
