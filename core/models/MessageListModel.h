#pragma once

#include "NameDirectory.h"
#include "ResourceListModel.h"
#include "types/Message.h"

namespace weav::core {

// The thread of one conversation (GET /v1/conversations/{id}/messages), in chronological order.
// The server lists a thread oldest first, but this model shows its newest messages first. It reads
// meta.total from page 1 and fetches the last page. Each fetchMore() then inserts the next
// perPage() older messages at row 0. Without meta.total it pages forward from page 1.
class MessageListModel : public ResourceListModel<Message>
{
    Q_OBJECT

public:
    enum Column {
        SentColumn,        // QDateTime; ToolTipRole ISO 8601
        SenderColumn,      // the customer's, teammate's or AI agent's name; "System" for system messages
        ContentColumn,     // the content on one line; ContentRole has it as sent
        EmailStatusColumn, // email_status as sent by the server
        ColumnCount
    };
    Q_ENUM(Column)

    enum MessageRole {
        // customer | user | agent | system, on every column.
        SenderKindRole = FirstResourceRole,
        // bool: an internal note, never sent to the customer.
        InternalRole,
        // The whole content.
        ContentRole,
    };
    Q_ENUM(MessageRole)

    explicit MessageListModel(ApiClient *client, NameDirectory *names = nullptr, QObject *parent = nullptr);

    // Clears the thread and loads the thread of this conversation.
    void setConversation(const QString &conversationId);
    QString conversationId() const { return m_conversationId; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    ApiRequest listRequest() const override;
    bool accepts(const Message &message) const override;
    bool lessThan(const Message &a, const Message &b) const override;
    void adoptRow(Message &message) override;
    QVariant rowData(const Message &message, int column, int role) const override;

private:
    QVariant senderCell(const Message &message, int role) const;
    QVariant contentCell(const Message &message, int role) const;
    void onNamesChanged(NameDirectory::Kind kind);

    QPointer<NameDirectory> m_names;
    QString m_conversationId;
};

} // namespace weav::core
