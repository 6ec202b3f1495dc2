#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

namespace weav::ui {

// A confirmation before an action that cannot be undone or that stops work in progress.
struct ConfirmQuestion
{
    QString objectName;
    QString title;
    QString text;
    QString informativeText;
    QString confirmText;
    // The button that keeps things as they are; empty for the standard Cancel button.
    QString keepText;
    QMessageBox::Icon icon = QMessageBox::Question;
    // The confirm button deletes something, so it gets the destructive role.
    bool destructive = false;
};

// Opens the question window-modal over parent, with the keep button as the default, and runs
// confirmed when the person clicks the confirm button. The box is deleted when it closes.
QMessageBox *askToConfirm(QWidget *parent, const ConfirmQuestion &question, std::function<void()> confirmed);

} // namespace weav::ui
