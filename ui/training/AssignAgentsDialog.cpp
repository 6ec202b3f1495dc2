#include "AssignAgentsDialog.h"

#include "AgentChecklist.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace weav::ui {

AssignAgentsDialog::AssignAgentsDialog(core::AgentListModel *agents, int itemCount, QWidget *parent)
    : QDialog(parent)
    , m_checklist(new AgentChecklist(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("assignAgentsDialog"));
    setWindowTitle(tr("Assign to Agents"));

    auto *intro = new QLabel(tr("Training items selected: %1. They are assigned to the checked agents, and the "
                                "agents they have already stay assigned.")
                                 .arg(QLocale().toString(itemCount)),
                             this);
    intro->setWordWrap(true);

    QPushButton *assign = m_buttons->addButton(tr("Assign"), QDialogButtonBox::AcceptRole);
    assign->setEnabled(false);
    m_checklist->setAgentModel(agents);
    connect(m_checklist, &AgentChecklist::checkedChanged, this, [this, assign] {
        assign->setEnabled(!m_checklist->checkedIds().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_checklist, 1);
    layout->addWidget(m_buttons);
    resize(420, 360);
}

QStringList AssignAgentsDialog::agentIds() const
{
    return m_checklist->checkedIds();
}

} // namespace weav::ui
