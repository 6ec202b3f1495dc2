#include "AgentTableModel.h"

#include "AgentTrainingCounts.h"
#include "models/AgentListModel.h"

#include <QLocale>

namespace weav::ui {

using core::AgentListModel;

AgentTableModel::AgentTableModel(AgentListModel *agents, AgentTrainingCounts *counts, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_agents(agents)
    , m_counts(counts)
{
    setSourceModel(agents);
    connect(counts, &AgentTrainingCounts::countChanged, this, &AgentTableModel::onCountChanged);
}

int AgentTableModel::trainingItemsColumn() const
{
    return AgentListModel::ColumnCount;
}

int AgentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : AgentListModel::ColumnCount + 1;
}

QModelIndex AgentTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column == trainingItemsColumn()) {
        if (parent.isValid() || row < 0 || row >= rowCount())
            return {};
        return createIndex(row, column);
    }
    return QIdentityProxyModel::index(row, column, parent);
}

QModelIndex AgentTableModel::parent(const QModelIndex &child) const
{
    if (child.isValid() && child.column() == trainingItemsColumn())
        return {};
    return QIdentityProxyModel::parent(child);
}

QModelIndex AgentTableModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return index(row, column, idx.parent());
}

QModelIndex AgentTableModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (proxyIndex.isValid() && proxyIndex.column() == trainingItemsColumn())
        return {};
    return QIdentityProxyModel::mapToSource(proxyIndex);
}

QVariant AgentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.column() == trainingItemsColumn())
        return trainingItemsCell(index, role);

    const QVariant value = QIdentityProxyModel::data(index, role);
    if (index.column() == AgentListModel::MaxMessagesColumn && role == Qt::DisplayRole && !value.isValid())
        return tr("No limit");
    return value;
}

QVariant AgentTableModel::trainingItemsCell(const QModelIndex &index, int role) const
{
    if (role == AgentListModel::IdRole || role == AgentListModel::ObjectRole)
        return QIdentityProxyModel::data(this->index(index.row(), 0), role);
    if (!m_counts || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != AgentListModel::SortRole
                      && role != Qt::TextAlignmentRole))
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);

    const QString agentId = m_agents->rowAt(index.row()).id;
    const AgentTrainingCounts::Count count = m_counts->count(agentId);
    switch (count.state) {
    case AgentTrainingCounts::State::Loading:
        if (role == Qt::ToolTipRole)
            return tr("Counting the training items of this agent…");
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("…")) : QVariant();
    case AgentTrainingCounts::State::Known:
        if (role == Qt::ToolTipRole)
            return tr("Training items assigned to this agent, as counted by the server: %1").arg(QLocale().toString(count.total));
        return role == Qt::DisplayRole ? QVariant(QLocale().toString(count.total)) : QVariant(count.total);
    case AgentTrainingCounts::State::Unknown:
        if (role == Qt::ToolTipRole)
            return count.reason;
        return role == Qt::DisplayRole ? QVariant(tr("Unknown")) : QVariant();
    }
    return {};
}

QVariant AgentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == trainingItemsColumn()) {
        if (role == Qt::DisplayRole)
            return tr("Training items");
        if (role == Qt::ToolTipRole)
            return tr("Training items assigned to the agent, counted by the server");
        return {};
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

Qt::ItemFlags AgentTableModel::flags(const QModelIndex &index) const
{
    if (index.isValid() && index.column() == trainingItemsColumn())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return QIdentityProxyModel::flags(index);
}

void AgentTableModel::onCountChanged(const QString &agentId)
{
    const int row = m_agents->rowOf(agentId);
    if (row < 0)
        return;
    const QModelIndex cell = index(row, trainingItemsColumn());
    emit dataChanged(cell, cell, {Qt::DisplayRole, Qt::ToolTipRole, core::AgentListModel::SortRole});
}

} // namespace weav::ui
