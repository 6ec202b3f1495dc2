#include "AgentListModel.h"

#include "ModelCells.h"
#include "api/Endpoints.h"

namespace weav::core {

AgentListModel::AgentListModel(ApiClient *client, NameDirectory *names, QObject *parent)
    : ResourceListModel<Agent>(client, parent), m_names(names)
{
}

void AgentListModel::setFilter(const AgentFilter &filter)
{
    m_filter = filter;
    restart();
}

int AgentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};

    switch (section) {
    case NameColumn: return tr("Name");
    case ActiveColumn: return tr("Active");
    case KindColumn: return tr("Kind");
    case ToneColumn: return tr("Tone");
    case ResponseLengthColumn: return tr("Response length");
    case MaxMessagesColumn: return tr("Max messages per session");
    case CreatedColumn: return tr("Created");
    default: return {};
    }
}

QHash<int, QByteArray> AgentListModel::roleNames() const
{
    QHash<int, QByteArray> names = ResourceListModel<Agent>::roleNames();
    names.insert(IsActiveRole, "isActive");
    names.insert(IsCopilotRole, "isCopilot");
    names.insert(IsEmailAgentRole, "isEmailAgent");
    return names;
}

ApiRequest AgentListModel::listRequest() const
{
    return ApiRequest::get(endpoints::agents(), m_filter.toQuery());
}

bool AgentListModel::accepts(const Agent &agent) const
{
    return m_filter.matches(agent);
}

bool AgentListModel::lessThan(const Agent &a, const Agent &b) const
{
    return cells::newestCreatedFirst(a, b);
}

void AgentListModel::adoptRow(Agent &agent)
{
    strings().intern(agent.tone);
    strings().intern(agent.responseLength);
    if (m_names)
        m_names->remember(agent);
}

QVariant AgentListModel::rowData(const Agent &agent, int column, int role) const
{
    switch (role) {
    case IsActiveRole:
        return agent.isActive;
    case IsCopilotRole:
        return agent.isCopilot;
    case IsEmailAgentRole:
        return agent.isEmailAgent;
    default:
        break;
    }

    switch (column) {
    case NameColumn:
        return cells::text(agent.name, role);
    case ActiveColumn:
        return activeCell(agent, role);
    case KindColumn:
        return kindCell(agent, role);
    case ToneColumn:
        return cells::text(agent.tone, role);
    case ResponseLengthColumn:
        return cells::text(agent.responseLength, role);
    case MaxMessagesColumn:
        return cells::number(agent.maxMessagesPerSession, role);
    case CreatedColumn:
        return cells::time(agent.createdAt, role);
    default:
        return {};
    }
}

QVariant AgentListModel::activeCell(const Agent &agent, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return agent.isActive ? tr("Active") : tr("Inactive");
    case Qt::CheckStateRole:
        return agent.isActive ? Qt::Checked : Qt::Unchecked;
    case SortRole:
        return agent.isActive ? 1 : 0;
    default:
        return {};
    }
}

QVariant AgentListModel::kindCell(const Agent &agent, int role) const
{
    QString label = tr("Chat agent");
    if (agent.isCopilot)
        label = tr("Copilot");
    else if (agent.isEmailAgent)
        label = tr("Email agent");
    return cells::text(label, role);
}

} // namespace weav::core
