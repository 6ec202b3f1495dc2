#pragma once

class QFrame;

namespace weav::ui {

// Gives a child frame the look of a panel floating over its window: a rounded border in the
// palette's colours and a drop shadow, so that it stands out without a colour of its own.
void styleAsFloatingPanel(QFrame *frame);

} // namespace weav::ui
