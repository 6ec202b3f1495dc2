#pragma once

#include "ListFilters.h"
#include "NameDirectory.h"
#include "ResourceListModel.h"

namespace weav::core {

// The training data of GET /v1/training-data, newest first. The agents column shows the names of
// the AI agents an item is assigned to, from the NameDirectory.
class TrainingListModel : public ResourceListModel<TrainingItem>
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,   // the title; the question of a Q&A item, the file name or URL without one
        TypeColumn,    // text | qa | file | url label
        StatusColumn,  // pending | processing | ready | failed label; ToolTipRole has the error
        AgentsColumn,  // the agents' names, comma-joined
        SizeColumn,    // size_bytes of a file item
        UpdatedColumn, // QDateTime; ToolTipRole ISO 8601
        ColumnCount
    };
    Q_ENUM(Column)

    enum TrainingRole {
        // The agent ids as a QStringList.
        AgentIdsRole = FirstResourceRole,
        // The error of a failed item.
        ErrorRole,
    };
    Q_ENUM(TrainingRole)

    explicit TrainingListModel(ApiClient *client, NameDirectory *names = nullptr, QObject *parent = nullptr);

    // Clears the list and loads it again with these filters.
    void setFilter(const TrainingFilter &filter);
    const TrainingFilter &filter() const { return m_filter; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString typeLabel(const QString &type);
    static QString statusLabel(const QString &status);

protected:
    ApiRequest listRequest() const override;
    bool accepts(const TrainingItem &item) const override;
    bool lessThan(const TrainingItem &a, const TrainingItem &b) const override;
    void adoptRow(TrainingItem &item) override;
    QVariant rowData(const TrainingItem &item, int column, int role) const override;

private:
    QVariant titleCell(const TrainingItem &item, int role) const;
    QVariant statusCell(const TrainingItem &item, int role) const;
    QVariant agentsCell(const TrainingItem &item, int role) const;
    void onNamesChanged(NameDirectory::Kind kind);

    QPointer<NameDirectory> m_names;
    TrainingFilter m_filter;
};

} // namespace weav::core
