#include "BulkActionBar.h"

#include "inbox/AssigneePicker.h"
#include "workspace/Session.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace weav::ui {

BulkActionBar::BulkActionBar(core::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_count = new QLabel(tr("Apply to:"), this);
    m_scope = new QComboBox(this);
    // Room for "All 123,456 matching this view", so that the scope is never clipped.
    m_scope->setMinimumContentsLength(30);
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scope->setToolTip(tr("Which conversations the action changes"));
    m_scope->setAccessibleName(tr("Apply to"));

    m_assign = new QPushButton(tr("Assign…"), this);
    m_status = buildChoiceButton(tr("Status"), {{tr("Reopen"), BulkAction::setStatus(QStringLiteral("open"))},
                                                {tr("Close"), BulkAction::setStatus(QStringLiteral("closed"))}});
    m_priority = buildChoiceButton(tr("Priority"), {{tr("Urgent"), BulkAction::setPriority(QStringLiteral("urgent"))},
                                                    {tr("High"), BulkAction::setPriority(QStringLiteral("high"))},
                                                    {tr("Normal"), BulkAction::setPriority(QStringLiteral("normal"))},
                                                    {tr("Low"), BulkAction::setPriority(QStringLiteral("low"))}});
    m_addTag = new QPushButton(tr("Add tag…"), this);
    m_removeTag = new QPushButton(tr("Remove tag…"), this);
    m_readOnly = new QLabel(this);
    m_readOnly->setWordWrap(true);

    connect(m_assign, &QPushButton::clicked, this, &BulkActionBar::chooseAssignee);
    connect(m_addTag, &QPushButton::clicked, this, [this] { askForTag(true); });
    connect(m_removeTag, &QPushButton::clicked, this, [this] { askForTag(false); });

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_count);
    controls->addWidget(m_scope);
    controls->addWidget(m_assign);
    controls->addWidget(m_status);
    controls->addWidget(m_priority);
    controls->addWidget(m_addTag);
    controls->addWidget(m_removeTag);
    controls->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(controls);
    layout->addWidget(m_readOnly);

    if (session)
        connect(session, &core::Session::abilitiesChanged, this, &BulkActionBar::updateAbilities);
    updateAbilities();
    setVisible(false);
}

QToolButton *BulkActionBar::buildChoiceButton(const QString &text, const QList<QPair<QString, BulkAction>> &choices)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *menu = new QMenu(button);
    for (const auto &[label, action] : choices) {
        const BulkAction chosen = action;
        menu->addAction(label, this, [this, chosen] { emit actionRequested(chosen, scope()); });
    }
    button->setMenu(menu);
    return button;
}

void BulkActionBar::setSelection(int selectedCount, qint64 matchingCount)
{
    setVisible(selectedCount > 0);
    if (selectedCount <= 0)
        return;

    const BulkScope previous = scope();
    m_scope->clear();
    m_scope->addItem(tr("The %Ln selected", nullptr, selectedCount), int(BulkScope::Selected));
    m_scope->addItem(matchingCount >= 0 ? tr("All %Ln matching this view", nullptr, int(matchingCount)) : tr("All matching this view"),
                     int(BulkScope::AllMatching));
    setScope(previous);
}

BulkScope BulkActionBar::scope() const
{
    return m_scope->currentIndex() == 1 ? BulkScope::AllMatching : BulkScope::Selected;
}

void BulkActionBar::setScope(BulkScope scope)
{
    m_scope->setCurrentIndex(scope == BulkScope::AllMatching ? 1 : 0);
}

void BulkActionBar::chooseAssignee()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("bulkAssignDialog"));
    dialog->setWindowTitle(tr("Assign conversations"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);

    auto *picker = new AssigneePicker(m_session, dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("Assignee (teammate or AI agent; type to filter):"), dialog));
    layout->addWidget(picker);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, picker] {
        const core::Assignee assignee = picker->currentAssignee();
        const QString name = picker->currentText().section(QStringLiteral(" — "), 0, 0);
        dialog->accept();
        emit actionRequested(BulkAction::assignTo(assignee, name), scope());
    });
    dialog->open();
}

void BulkActionBar::askForTag(bool adding)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("bulkTagDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(adding ? tr("Add a tag") : tr("Remove a tag"));
    dialog->setLabelText(adding ? tr("Tag to add to each conversation (other tags stay):") : tr("Tag to remove from each conversation:"));
    dialog->setOkButtonText(adding ? tr("Add tag") : tr("Remove tag"));

    connect(dialog, &QInputDialog::textValueSelected, this, [this, adding](const QString &text) {
        const QString tag = text.trimmed();
        if (tag.isEmpty())
            return;
        emit actionRequested(adding ? BulkAction::addTag(tag) : BulkAction::removeTag(tag), scope());
    });
    dialog->open();
}

void BulkActionBar::updateAbilities()
{
    const bool canWrite = m_session && m_session->canWrite();
    const QString reason = m_session ? m_session->readOnlyReason() : tr("Not connected.");
    for (QWidget *action : {static_cast<QWidget *>(m_assign), static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_priority),
                            static_cast<QWidget *>(m_addTag), static_cast<QWidget *>(m_removeTag)}) {
        action->setEnabled(canWrite);
        action->setToolTip(canWrite ? QString() : reason);
    }

    m_readOnly->setVisible(!canWrite);
    if (!canWrite)
        m_readOnly->setText(tr("Bulk actions are off: %1").arg(reason));
}

} // namespace weav::ui
