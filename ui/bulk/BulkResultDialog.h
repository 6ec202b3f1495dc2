#pragma once

#include "BulkAction.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace weav::core {
class BulkOperation;
}

namespace weav::ui {

class BulkFailuresFilter;
class BulkResultModel;

// Runs a bulk action and shows every item: a progress bar and Cancel while it runs, then a table
// of each conversation with its outcome, the reason of a failure and the request id. The table can
// be filtered to failures and exported to CSV, and Retry Failed sends the failed and cancelled
// items again. The summary counts done, failed and cancelled items against the scope.
class BulkResultDialog : public QDialog
{
    Q_OBJECT

public:
    // Takes over the operation. subjects maps conversation ids to subjects.
    BulkResultDialog(core::BulkOperation *operation, const BulkAction &action, const QHash<QString, QString> &subjects,
                     QWidget *parent = nullptr);

    // Starts the operation and shows its progress.
    void start();

    core::BulkOperation *operation() const { return m_operation; }
    BulkResultModel *resultModel() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *retryButton() const { return m_retryButton; }
    QPushButton *exportButton() const { return m_exportButton; }
    QCheckBox *failuresOnlyBox() const { return m_failuresOnly; }

signals:
    // After each run and each retry, when every item has its outcome.
    void runFinished();

private:
    QWidget *buildButtons();
    void updateState();
    void exportResults();

    QPointer<core::BulkOperation> m_operation;
    BulkAction m_action;
    BulkResultModel *m_model;
    BulkFailuresFilter *m_filter;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_failuresOnly = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace weav::ui
