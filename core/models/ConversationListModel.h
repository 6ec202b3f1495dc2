#pragma once

#include "ConversationFilter.h"
#include "NameDirectory.h"
#include "ResourceListModel.h"
#include "types/Conversation.h"

namespace weav::core {

// The conversations of GET /v1/conversations, filtered and sorted on the server by setFilter() and
// filtered again on the client. The customer and assignee columns show names from the
// NameDirectory, never a bare id unless the name could not be loaded.
class ConversationListModel : public ResourceListModel<Conversation>
{
    Q_OBJECT

public:
    enum Column {
        PriorityColumn,    // severity label; SortRole: rank 1–4, 0 when unset
        SubjectColumn,
        CustomerColumn,    // the customer's name
        ChannelColumn,     // email | chat label
        StatusColumn,      // open | closed label
        AssigneeColumn,    // teammate or AI agent name; see AssigneeKindRole
        TagsColumn,        // comma-joined; see TagsRole
        LastMessageColumn, // QDateTime; ToolTipRole ISO 8601
        CreatedColumn,     // QDateTime; ToolTipRole ISO 8601
        ColumnCount
    };
    Q_ENUM(Column)

    enum ConversationRole {
        // "user", "agent", or "" when unassigned, on every column.
        AssigneeKindRole = FirstResourceRole,
        // The tags as a QStringList, on every column.
        TagsRole,
        // The API's value of the column: "urgent", "email", the customer's or assignee's id.
        RawValueRole,
    };
    Q_ENUM(ConversationRole)

    // Without a directory, the customer and assignee columns show ids.
    explicit ConversationListModel(ApiClient *client, NameDirectory *names = nullptr, QObject *parent = nullptr);

    // Clears the list and loads it again with these filters and this sort.
    void setFilter(const ConversationFilter &filter);
    const ConversationFilter &filter() const { return m_filter; }
    NameDirectory *names() const { return m_names; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString priorityLabel(const QString &priority);
    static QString statusLabel(const QString &status);
    static QString channelLabel(const QString &channel);

protected:
    ApiRequest listRequest() const override;
    bool accepts(const Conversation &conversation) const override;
    bool lessThan(const Conversation &a, const Conversation &b) const override;
    void adoptRow(Conversation &conversation) override;
    QVariant rowData(const Conversation &conversation, int column, int role) const override;

private:
    QVariant cellData(const Conversation &conversation, int column, int role) const;
    QVariant rawValue(const Conversation &conversation, int column) const;
    QVariant choiceCell(const QString &value, const QString &label, int role) const;
    QVariant priorityCell(const Conversation &conversation, int role) const;
    QVariant assigneeCell(const Conversation &conversation, int role) const;
    QVariant tagsCell(const Conversation &conversation, int role) const;
    QString assigneeKind(const Conversation &conversation) const;
    void onNamesChanged(NameDirectory::Kind kind);

    QPointer<NameDirectory> m_names;
    ConversationFilter m_filter;
};

} // namespace weav::core
