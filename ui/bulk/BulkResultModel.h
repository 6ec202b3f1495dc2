#pragma once

#include "bulk/BulkOperation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSortFilterProxyModel>

namespace weav::ui {

// Every item of a bulk action on conversations as a table row. The columns are the conversation
// (subject, with its id in IdRole), the outcome (Done, Failed, Cancelled, Waiting, Sending), the
// reason of a failure in words, and the request id of the last reply. Rows follow the operation
// as it runs.
class BulkResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ConversationColumn, OutcomeColumn, ReasonColumn, RequestIdColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        // core::BulkItem::State as an int.
        StateRole,
    };

    // subjects maps a conversation id to its subject; ids without one show the id.
    BulkResultModel(core::BulkOperation *operation, const QHash<QString, QString> &subjects, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeText(core::BulkItem::State state);

private:
    void onItemReplied(int index, const core::ApiResponse &response);
    void onItemChanged(int index);

    QPointer<core::BulkOperation> m_operation;
    QHash<QString, QString> m_subjects;
    QHash<int, QString> m_requestIds;
};

// The rows of a BulkResultModel that failed, or all rows.
class BulkFailuresFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFailuresOnly(bool failuresOnly);
    bool failuresOnly() const { return m_failuresOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_failuresOnly = false;
};

} // namespace weav::ui
