#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace weav::core {
class AgentListModel;
}

namespace weav::ui {

class AgentChecklist;

// Asks which agents the selected training items are assigned to. The API adds the agents to each
// item's agents and removes none, so the list starts with nothing checked.
class AssignAgentsDialog : public QDialog
{
    Q_OBJECT

public:
    AssignAgentsDialog(core::AgentListModel *agents, int itemCount, QWidget *parent = nullptr);

    QStringList agentIds() const;
    AgentChecklist *checklist() const { return m_checklist; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    AgentChecklist *m_checklist;
    QDialogButtonBox *m_buttons;
};

} // namespace weav::ui
