#pragma once

#include "ListFilters.h"
#include "NameDirectory.h"
#include "ResourceListModel.h"

namespace weav::core {

// The AI agents of GET /v1/agents, newest first. Every loaded agent's name is stored in the
// NameDirectory, when one is given.
class AgentListModel : public ResourceListModel<Agent>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ActiveColumn,         // "Active" or "Inactive"; CheckStateRole too
        KindColumn,           // "Copilot", "Email agent" or "Chat agent"
        ToneColumn,
        ResponseLengthColumn,
        MaxMessagesColumn,    // max_messages_per_session, or nothing when unlimited
        CreatedColumn,        // QDateTime; ToolTipRole ISO 8601
        ColumnCount
    };
    Q_ENUM(Column)

    enum AgentRole {
        IsActiveRole = FirstResourceRole,
        IsCopilotRole,
        IsEmailAgentRole,
    };
    Q_ENUM(AgentRole)

    explicit AgentListModel(ApiClient *client, NameDirectory *names = nullptr, QObject *parent = nullptr);

    // Clears the list and loads it again with these filters.
    void setFilter(const AgentFilter &filter);
    const AgentFilter &filter() const { return m_filter; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    ApiRequest listRequest() const override;
    bool accepts(const Agent &agent) const override;
    bool lessThan(const Agent &a, const Agent &b) const override;
    void adoptRow(Agent &agent) override;
    QVariant rowData(const Agent &agent, int column, int role) const override;

private:
    QVariant activeCell(const Agent &agent, int role) const;
    QVariant kindCell(const Agent &agent, int role) const;

    QPointer<NameDirectory> m_names;
    AgentFilter m_filter;
};

} // namespace weav::core
