#pragma once

#include <QFrame>
#include <QHash>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace weav::core {
class BulkOperation;
}

namespace weav::ui {

// The outcome of a bulk action on training items (delete, assign), one line per item with its
// title and what happened to it, and the reason of each failure. Retry Failed sends the failed
// items again, and Stop sends nothing more while the action runs. The panel owns the operation.
class BulkResultPanel : public QFrame
{
    Q_OBJECT

public:
    explicit BulkResultPanel(QWidget *parent = nullptr);

    // Shows and follows the operation, which the panel takes over. actionTitle names the action
    // ("Deleting training data"), and doneText is the outcome of a successful item ("Deleted").
    // titles maps each item id to what the person calls the item.
    void follow(core::BulkOperation *operation, const QString &actionTitle, const QString &doneText,
                const QHash<QString, QString> &titles);

    core::BulkOperation *operation() const;
    QTreeWidget *results() const { return m_results; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *retryButton() const { return m_retryButton; }
    QPushButton *stopButton() const { return m_stopButton; }

    // The outcome text of the item, for tests.
    QString outcomeOf(const QString &itemId) const;

private:
    void showItem(int index);
    void updateSummary();

    QPointer<core::BulkOperation> m_operation;
    QString m_actionTitle;
    QString m_doneText;
    QLabel *m_summary;
    QTreeWidget *m_results;
    QPushButton *m_retryButton;
    QPushButton *m_stopButton;
    QPushButton *m_closeButton;
};

} // namespace weav::ui
