#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace weav::core {
class Session;
}

namespace weav::ui {

// Deleting one record: the confirmation that names it and what the server does with what belongs to
// it, then DELETE on its path.
class RecordDeletion
{
    Q_DECLARE_TR_FUNCTIONS(weav::ui::RecordDeletion)

public:
    // Opens a window-modal question with Delete and Cancel, Cancel being the default, and calls
    // onConfirmed after Delete. Returns the open box, which deletes itself when closed.
    static QMessageBox *confirm(QWidget *parent, const QString &title, const QString &question,
                                const QString &consequences, std::function<void()> onConfirmed);

    // Sends DELETE path. onDeleted runs after 204, and after 404 RESOURCE_NOT_FOUND with
    // alreadyGone set, because the record is gone either way. onFailed runs with any other error.
    static void send(core::Session *session, const QString &path, QObject *context,
                     std::function<void(bool alreadyGone)> onDeleted, std::function<void(const core::ApiError &)> onFailed);
};

} // namespace weav::ui
