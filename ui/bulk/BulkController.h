#pragma once

#include "BulkAction.h"
#include "BulkResultDialog.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QStringList>

namespace weav::core {
class ConversationListModel;
class MatchingIds;
class Session;
struct ApiError;
}

namespace weav::ui {

Q_DECLARE_LOGGING_CATEGORY(lcBulkUi)


// The scope of a bulk action: the selected rows, or every conversation that matches the list's
// filter on the server, loaded or not.
enum class BulkScope { Selected, AllMatching };

// Runs the flow of a bulk action on conversations. For "all matching" it first collects every
// matching id, with progress and Cancel. A confirm dialog states the action, scope and true count,
// then a BulkResultDialog runs the action, and each updated conversation is merged into the list.
// Every dialog opens without blocking and is reachable here for tests and screenshots.
class BulkController : public QObject
{
    Q_OBJECT

public:
    BulkController(core::Session *session, core::ConversationListModel *model, QWidget *dialogParent);
    ~BulkController() override;

    // Sets the requests in flight while an action runs (BulkOperation::DefaultConcurrency by default).
    void setConcurrency(int concurrency) { m_concurrency = concurrency; }

    // Starts the flow. selectedIds is the selection, used when scope is Selected.
    void start(const BulkAction &action, BulkScope scope, const QStringList &selectedIds);

    QProgressDialog *collectDialog() const { return m_collectDialog; }
    QMessageBox *confirmDialog() const { return m_confirmDialog; }
    BulkResultDialog *resultDialog() const { return m_resultDialog; }
    // The ids the last confirm dialog asked about.
    const QStringList &scopeIds() const { return m_ids; }

signals:
    void confirmShown(int count);
    void resultShown(weav::ui::BulkResultDialog *dialog);
    // The flow ended before anything was sent: cancelled, or collecting the ids failed.
    void abandoned(const QString &reason);

private:
    void collectMatching();
    void endCollecting();
    void onCollectFailed(const core::ApiError &error);
    void confirm(const QStringList &ids);
    void run();
    void mergeReply(const core::ApiResponse &response);
    QHash<QString, QString> loadedSubjects() const;

    QPointer<core::Session> m_session;
    QPointer<core::ConversationListModel> m_model;
    QPointer<QWidget> m_dialogParent;
    BulkAction m_action;
    BulkScope m_scope = BulkScope::Selected;
    QStringList m_ids;
    int m_concurrency;
    QPointer<core::MatchingIds> m_matching;
    QPointer<QProgressDialog> m_collectDialog;
    QPointer<QMessageBox> m_confirmDialog;
    QPointer<BulkResultDialog> m_resultDialog;
};

} // namespace weav::ui
