#include "AgentChecklist.h"

#include "models/AgentListModel.h"
#include "shell/ShellIcons.h"

namespace weav::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString labelOf(const core::Agent &agent)
{
    QStringList notes;
    if (agent.isCopilot)
        notes.append(AgentChecklist::tr("copilot"));
    else if (agent.isEmailAgent)
        notes.append(AgentChecklist::tr("email agent"));
    if (!agent.isActive)
        notes.append(AgentChecklist::tr("inactive"));
    if (notes.isEmpty())
        return agent.name;
    return AgentChecklist::tr("%1 (%2)").arg(agent.name, notes.join(QStringLiteral(", ")));
}

} // namespace

AgentChecklist::AgentChecklist(QWidget *parent) : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::NoSelection);
    setAccessibleName(tr("AI agents"));
    connect(this, &QListWidget::itemChanged, this, &AgentChecklist::onItemChanged);
}

void AgentChecklist::setAgentModel(core::AgentListModel *agents)
{
    if (m_agents)
        m_agents->disconnect(this);
    m_agents = agents;
    if (agents) {
        connect(agents, &QAbstractItemModel::rowsInserted, this, &AgentChecklist::rebuild);
        connect(agents, &QAbstractItemModel::rowsRemoved, this, &AgentChecklist::rebuild);
        connect(agents, &QAbstractItemModel::rowsMoved, this, &AgentChecklist::rebuild);
        connect(agents, &QAbstractItemModel::modelReset, this, &AgentChecklist::rebuild);
        connect(agents, &QAbstractItemModel::dataChanged, this, &AgentChecklist::rebuild);
    }
    rebuild();
}

void AgentChecklist::rebuild()
{
    m_rebuilding = true;
    clear();
    if (m_agents) {
        for (const core::Agent &agent : m_agents->rows()) {
            auto *item = new QListWidgetItem(shellIcon(QStringLiteral("ai-agent")), labelOf(agent), this);
            item->setData(IdRole, agent.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(m_checked.contains(agent.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_rebuilding = false;
}

void AgentChecklist::onItemChanged(QListWidgetItem *item)
{
    if (m_rebuilding)
        return;
    const QString agentId = item->data(IdRole).toString();
    const bool checked = item->checkState() == Qt::Checked;
    if (checked == m_checked.contains(agentId))
        return;
    if (checked)
        m_checked.insert(agentId);
    else
        m_checked.remove(agentId);
    emit checkedChanged();
}

QStringList AgentChecklist::checkedIds() const
{
    QStringList ids;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->checkState() == Qt::Checked)
            ids.append(item(row)->data(IdRole).toString());
    }
    return ids;
}

QStringList AgentChecklist::checkedNames() const
{
    QStringList names;
    if (!m_agents)
        return names;
    const QStringList ids = checkedIds();
    for (const QString &agentId : ids) {
        if (const std::optional<core::Agent> agent = m_agents->find(agentId))
            names.append(agent->name);
    }
    return names;
}

void AgentChecklist::setChecked(const QString &agentId, bool checked)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(IdRole).toString() == agentId)
            item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void AgentChecklist::setCheckedIds(const QStringList &agentIds)
{
    m_checked = QSet<QString>(agentIds.cbegin(), agentIds.cend());
    rebuild();
    emit checkedChanged();
}

} // namespace weav::ui
