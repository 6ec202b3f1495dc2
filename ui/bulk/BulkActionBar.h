#pragma once

#include "BulkAction.h"
#include "BulkController.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace weav::core {
class Session;
}

namespace weav::ui {

// The bar above the conversation table while rows are selected: the selection count, the scope
// ("the N selected" or "all M matching this view"), and the actions Assign…, Status, Priority,
// Add tag… and Remove tag…. With a read-only token the actions are disabled, and the bar shows
// the reason.
class BulkActionBar : public QWidget
{
    Q_OBJECT

public:
    explicit BulkActionBar(core::Session *session, QWidget *parent = nullptr);

    // Shows the bar for this many selected rows out of matchingCount (-1 when unknown); hides it
    // for none.
    void setSelection(int selectedCount, qint64 matchingCount);
    BulkScope scope() const;
    void setScope(BulkScope scope);

    QComboBox *scopeBox() const { return m_scope; }
    QPushButton *assignButton() const { return m_assign; }
    QToolButton *statusButton() const { return m_status; }
    QToolButton *priorityButton() const { return m_priority; }
    QPushButton *addTagButton() const { return m_addTag; }
    QPushButton *removeTagButton() const { return m_removeTag; }
    QLabel *readOnlyLabel() const { return m_readOnly; }

signals:
    void actionRequested(const weav::ui::BulkAction &action, weav::ui::BulkScope scope);

private:
    QToolButton *buildChoiceButton(const QString &text, const QList<QPair<QString, BulkAction>> &choices);
    void chooseAssignee();
    void askForTag(bool adding);
    void updateAbilities();

    QPointer<core::Session> m_session;
    QLabel *m_count = nullptr;
    QComboBox *m_scope = nullptr;
    QPushButton *m_assign = nullptr;
    QToolButton *m_status = nullptr;
    QToolButton *m_priority = nullptr;
    QPushButton *m_addTag = nullptr;
    QPushButton *m_removeTag = nullptr;
    QLabel *m_readOnly = nullptr;
};

} // namespace weav::ui
