#pragma once

#include "types/Conversation.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace weav::core {
class NameDirectory;
}

namespace weav::ui {

// A fixed list of conversations for the drill-down dialog: subject, channel, status, assignee
// (by name), created, first response and closed. Qt::UserRole of every column is the
// conversation's id.
class DrillDownModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SubjectColumn, ChannelColumn, StatusColumn, AssigneeColumn, CreatedColumn, FirstResponseColumn, ClosedColumn, ColumnCount };

    DrillDownModel(QList<core::Conversation> conversations, core::NameDirectory *names, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const core::Conversation &conversationAt(int row) const { return m_conversations.at(row); }

private:
    QVariant displayData(const core::Conversation &conversation, int column) const;
    QString assigneeName(const core::Conversation &conversation) const;

    QList<core::Conversation> m_conversations;
    QPointer<core::NameDirectory> m_names;
};

// The conversations behind a number the inbox cannot list with a filter, taken from the analytics
// cache. It explains why the list comes from the cache and as of when. Double-click or "Open in inbox"
// emits conversationRequested().
class DrillDownDialog : public QDialog
{
    Q_OBJECT

public:
    DrillDownDialog(const QString &title, const QString &note, const QDateTime &dataAsOf,
                    QList<core::Conversation> conversations, core::NameDirectory *names, QWidget *parent = nullptr);

    DrillDownModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *countLabel() const { return m_count; }
    QLabel *noteLabel() const { return m_note; }
    QPushButton *openButton() const { return m_open; }

signals:
    void conversationRequested(const QString &conversationId);

private:
    void openSelected();
    void exportCsv();

    DrillDownModel *m_model;
    QTableView *m_table;
    QLabel *m_count;
    QLabel *m_note;
    QPushButton *m_open;
};

} // namespace weav::ui
