#include "RecordDeletion.h"

#include "workspace/Session.h"

#include <QMessageBox>
#include <QPushButton>

namespace weav::ui {

QMessageBox *RecordDeletion::confirm(QWidget *parent, const QString &title, const QString &question,
                                     const QString &consequences, std::function<void()> onConfirmed)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, question, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setInformativeText(consequences);
    QPushButton *deleteButton = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(QStringLiteral("confirmDelete"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);

    QObject::connect(box, &QMessageBox::buttonClicked, box, [deleteButton, onConfirmed](QAbstractButton *button) {
        if (button == deleteButton && onConfirmed)
            onConfirmed();
    });
    box->open();
    return box;
}

void RecordDeletion::send(core::Session *session, const QString &path, QObject *context,
                          std::function<void(bool alreadyGone)> onDeleted,
                          std::function<void(const core::ApiError &)> onFailed)
{
    session->send(core::ApiRequest::remove(path), context, [onDeleted, onFailed](const core::ApiResponse &response) {
        if (response.ok()) {
            onDeleted(false);
            return;
        }
        if (response.error.isNotFound()) {
            onDeleted(true);
            return;
        }
        onFailed(response.error);
    });
}

} // namespace weav::ui
