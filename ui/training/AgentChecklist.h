#pragma once

#include <QListWidget>
#include <QPointer>
#include <QSet>

namespace weav::core {
class AgentListModel;
}

namespace weav::ui {

// A checkable list of the workspace's AI agents, following an AgentListModel as it loads and
// changes. Checks survive reloads of the model. Inactive agents and the copilot are marked in text.
class AgentChecklist : public QListWidget
{
    Q_OBJECT

public:
    explicit AgentChecklist(QWidget *parent = nullptr);

    void setAgentModel(core::AgentListModel *agents);

    QStringList checkedIds() const;
    QStringList checkedNames() const;
    void setChecked(const QString &agentId, bool checked);
    void setCheckedIds(const QStringList &agentIds);

signals:
    void checkedChanged();

private:
    void rebuild();
    void onItemChanged(QListWidgetItem *item);

    QPointer<core::AgentListModel> m_agents;
    QSet<QString> m_checked;
    bool m_rebuilding = false;
};

} // namespace weav::ui
