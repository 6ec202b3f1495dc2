#pragma once

class QWidget;

namespace weav::ui {

// Creates the small "Loading…" line of a list: a busy bar and the word, hidden until a list shows it.
QWidget *createLoadingIndicator(QWidget *parent);

} // namespace weav::ui
