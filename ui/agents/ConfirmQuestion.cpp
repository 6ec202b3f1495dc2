#include "ConfirmQuestion.h"

#include <QPushButton>

namespace weav::ui {

QMessageBox *askToConfirm(QWidget *parent, const ConfirmQuestion &question, std::function<void()> confirmed)
{
    auto *box = new QMessageBox(question.icon, question.title, question.text, QMessageBox::NoButton, parent);
    box->setObjectName(question.objectName);
    box->setInformativeText(question.informativeText);
    box->setAttribute(Qt::WA_DeleteOnClose);

    QPushButton *confirm = box->addButton(question.confirmText, question.destructive ? QMessageBox::DestructiveRole
                                                                                      : QMessageBox::AcceptRole);
    QPushButton *keep = question.keepText.isEmpty() ? box->addButton(QMessageBox::Cancel)
                                                    : box->addButton(question.keepText, QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);

    QObject::connect(box, &QMessageBox::buttonClicked, box, [confirm, confirmed](QAbstractButton *button) {
        if (button == confirm && confirmed)
            confirmed();
    });
    box->open();
    return box;
}

} // namespace weav::ui
