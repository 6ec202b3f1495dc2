#pragma once

#include <QIdentityProxyModel>
#include <QPointer>

namespace weav::core {
class AgentListModel;
}

namespace weav::ui {

class AgentTrainingCounts;

// The agent list as the Agents area shows it: the columns of core::AgentListModel, with "No limit"
// for an agent without a message limit, and one more column with the number of training items per
// agent from AgentTrainingCounts.
class AgentTableModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    AgentTableModel(core::AgentListModel *agents, AgentTrainingCounts *counts, QObject *parent = nullptr);

    // The column of the training item counts, after the source's columns.
    int trainingItemsColumn() const;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVariant trainingItemsCell(const QModelIndex &index, int role) const;
    void onCountChanged(const QString &agentId);

    core::AgentListModel *m_agents;
    QPointer<AgentTrainingCounts> m_counts;
};

} // namespace weav::ui
