#pragma once

#include <QString>

class QWidget;

namespace weav::ui::test {

// Waits for a visible QMessageBox among parent's children and clicks its button with this text.
// Returns false when no such box or button appears within timeoutMs.
bool clickQuestionButton(QWidget *parent, const QString &buttonText, int timeoutMs = 5000);

} // namespace weav::ui::test
