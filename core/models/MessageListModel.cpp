#include "MessageListModel.h"

#include "ModelCells.h"
#include "api/Endpoints.h"

namespace weav::core {

namespace {

// Maximum length of the content column's text. ContentRole has the whole content.
constexpr qsizetype MaxContentCellLength = 300;

} // namespace

MessageListModel::MessageListModel(ApiClient *client, NameDirectory *names, QObject *parent)
    : ResourceListModel<Message>(client, parent), m_names(names)
{
    setPageOrder(PageOrder::FromNewest);
    if (m_names)
        connect(m_names, &NameDirectory::namesChanged, this, &MessageListModel::onNamesChanged);
}

void MessageListModel::setConversation(const QString &conversationId)
{
    m_conversationId = conversationId;
    restart();
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};

    switch (section) {
    case SentColumn: return tr("Sent");
    case SenderColumn: return tr("From");
    case ContentColumn: return tr("Message");
    case EmailStatusColumn: return tr("Email status");
    default: return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    QHash<int, QByteArray> names = ResourceListModel<Message>::roleNames();
    names.insert(SenderKindRole, "senderKind");
    names.insert(InternalRole, "internal");
    names.insert(ContentRole, "content");
    return names;
}

ApiRequest MessageListModel::listRequest() const
{
    return ApiRequest::get(endpoints::conversationMessages(m_conversationId));
}

bool MessageListModel::accepts(const Message &message) const
{
    // A message of another conversation never joins this thread; one without conversation_id is
    // taken as the thread's own.
    return message.conversationId.isEmpty() || message.conversationId == m_conversationId;
}

bool MessageListModel::lessThan(const Message &a, const Message &b) const
{
    // The server's order: created_at, then id, ascending; a missing time sorts last.
    const bool hasA = a.createdAt.isValid();
    const bool hasB = b.createdAt.isValid();
    if (hasA != hasB)
        return hasA;
    if (hasA && a.createdAt != b.createdAt)
        return a.createdAt < b.createdAt;
    return a.id < b.id;
}

void MessageListModel::adoptRow(Message &message)
{
    StringPool &pool = strings();
    pool.intern(message.conversationId);
    pool.intern(message.senderType);
    pool.intern(message.senderId);
    pool.intern(message.customerId);
    pool.intern(message.emailStatus);
}

QVariant MessageListModel::rowData(const Message &message, int column, int role) const
{
    switch (role) {
    case SenderKindRole:
        return message.senderType;
    case InternalRole:
        return message.isInternal;
    case ContentRole:
        return message.content;
    default:
        break;
    }

    switch (column) {
    case SentColumn:
        return cells::time(message.sentAt.isValid() ? message.sentAt : message.createdAt, role);
    case SenderColumn:
        return senderCell(message, role);
    case ContentColumn:
        return contentCell(message, role);
    case EmailStatusColumn:
        return cells::text(message.emailStatus, role);
    default:
        return {};
    }
}

QVariant MessageListModel::senderCell(const Message &message, int role) const
{
    const QString &type = message.senderType;
    if (type == QLatin1String("customer")) {
        const QString customerId = message.senderId.isEmpty() ? message.customerId : message.senderId;
        return cells::name(m_names, NameDirectory::Kind::Customer, customerId, role);
    }
    if (type == QLatin1String("user"))
        return cells::name(m_names, NameDirectory::Kind::User, message.senderId, role);
    if (type == QLatin1String("agent"))
        return cells::name(m_names, NameDirectory::Kind::Agent, message.senderId, role);
    if (type == QLatin1String("system"))
        return cells::text(tr("System"), role);
    return cells::text(type, role);
}

QVariant MessageListModel::contentCell(const Message &message, int role) const
{
    if (role == Qt::ToolTipRole)
        return message.content.left(MaxContentCellLength * 4);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};

    QString line = message.content.left(MaxContentCellLength).simplified();
    if (message.content.size() > MaxContentCellLength)
        line += QStringLiteral("…");
    return role == SortRole ? line.toLower() : line;
}

void MessageListModel::onNamesChanged(NameDirectory::Kind kind)
{
    if (kind != NameDirectory::Kind::Company)
        columnChanged(SenderColumn, {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

} // namespace weav::core
