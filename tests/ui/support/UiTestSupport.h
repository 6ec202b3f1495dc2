#pragma once

#include <QString>

class QWidget;

namespace weav::core {
class PagedListModel;
}

namespace weav::ui::test {

// Waits until the model has started and no page is in flight. False on timeout or failure.
bool waitUntilLoaded(core::PagedListModel *model, int timeoutMs = 20000);

// Saves widget->grab() as NAME.png under $WEAV_TEST_SCREENSHOTS when that is set, so that a person
// can look at what a test showed. Returns the path, or an empty string when nothing was saved.
QString saveScreenshot(QWidget *widget, const QString &name);

} // namespace weav::ui::test
