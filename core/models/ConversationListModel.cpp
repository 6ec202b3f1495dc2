#include "ConversationListModel.h"

#include "ModelCells.h"
#include "api/Endpoints.h"

namespace weav::core {

ConversationListModel::ConversationListModel(ApiClient *client, NameDirectory *names, QObject *parent)
    : ResourceListModel<Conversation>(client, parent), m_names(names)
{
    if (m_names)
        connect(m_names, &NameDirectory::namesChanged, this, &ConversationListModel::onNamesChanged);
}

void ConversationListModel::setFilter(const ConversationFilter &filter)
{
    m_filter = filter;
    restart();
}

int ConversationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConversationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};

    switch (section) {
    case PriorityColumn: return tr("Priority");
    case SubjectColumn: return tr("Subject");
    case CustomerColumn: return tr("Customer");
    case ChannelColumn: return tr("Channel");
    case StatusColumn: return tr("Status");
    case AssigneeColumn: return tr("Assignee");
    case TagsColumn: return tr("Tags");
    case LastMessageColumn: return tr("Last message");
    case CreatedColumn: return tr("Created");
    default: return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = ResourceListModel<Conversation>::roleNames();
    names.insert(AssigneeKindRole, "assigneeKind");
    names.insert(TagsRole, "tags");
    names.insert(RawValueRole, "rawValue");
    return names;
}

QString ConversationListModel::priorityLabel(const QString &priority)
{
    if (priority == QLatin1String("low"))
        return tr("Low");
    if (priority == QLatin1String("normal"))
        return tr("Normal");
    if (priority == QLatin1String("high"))
        return tr("High");
    if (priority == QLatin1String("urgent"))
        return tr("Urgent");
    return priority;
}

QString ConversationListModel::statusLabel(const QString &status)
{
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("closed"))
        return tr("Closed");
    return status;
}

QString ConversationListModel::channelLabel(const QString &channel)
{
    if (channel == QLatin1String("email"))
        return tr("Email");
    if (channel == QLatin1String("chat"))
        return tr("Chat");
    return channel;
}

ApiRequest ConversationListModel::listRequest() const
{
    return ApiRequest::get(endpoints::conversations(), m_filter.toQuery());
}

bool ConversationListModel::accepts(const Conversation &conversation) const
{
    return m_names ? m_filter.matches(conversation, *m_names) : m_filter.matches(conversation);
}

bool ConversationListModel::lessThan(const Conversation &a, const Conversation &b) const
{
    return m_filter.lessThan(a, b);
}

void ConversationListModel::adoptRow(Conversation &conversation)
{
    StringPool &pool = strings();
    pool.intern(conversation.channel);
    pool.intern(conversation.status);
    pool.intern(conversation.priority);
    pool.intern(conversation.assigneeType);
    pool.intern(conversation.assigneeId);
    pool.intern(conversation.customerId);
    pool.intern(conversation.agentId);
    pool.intern(conversation.tags);
}

QVariant ConversationListModel::rowData(const Conversation &conversation, int column, int role) const
{
    switch (role) {
    case AssigneeKindRole:
        return assigneeKind(conversation);
    case TagsRole:
        return conversation.tags;
    case RawValueRole:
        return rawValue(conversation, column);
    default:
        return cellData(conversation, column, role);
    }
}

QVariant ConversationListModel::cellData(const Conversation &conversation, int column, int role) const
{
    switch (column) {
    case PriorityColumn:
        return priorityCell(conversation, role);
    case SubjectColumn:
        return cells::text(conversation.subject, role);
    case CustomerColumn:
        return cells::name(m_names, NameDirectory::Kind::Customer, conversation.customerId, role);
    case ChannelColumn:
        return choiceCell(conversation.channel, channelLabel(conversation.channel), role);
    case StatusColumn:
        if (role == Qt::AccessibleTextRole)
            return conversation.status.isEmpty() ? tr("No status") : statusLabel(conversation.status);
        return choiceCell(conversation.status, statusLabel(conversation.status), role);
    case AssigneeColumn:
        return assigneeCell(conversation, role);
    case TagsColumn:
        return tagsCell(conversation, role);
    case LastMessageColumn:
        return cells::time(conversation.lastMessageAt, role);
    case CreatedColumn:
        return cells::time(conversation.createdAt, role);
    default:
        return {};
    }
}

QVariant ConversationListModel::rawValue(const Conversation &conversation, int column) const
{
    switch (column) {
    case PriorityColumn: return conversation.priority;
    case SubjectColumn: return conversation.subject;
    case CustomerColumn: return conversation.customerId;
    case ChannelColumn: return conversation.channel;
    case StatusColumn: return conversation.status;
    case AssigneeColumn: return conversation.assigneeId;
    case TagsColumn: return conversation.tags;
    case LastMessageColumn: return conversation.lastMessageAt;
    case CreatedColumn: return conversation.createdAt;
    default: return {};
    }
}

QVariant ConversationListModel::choiceCell(const QString &value, const QString &label, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return label;
    case SortRole:
        return value.toLower();
    default:
        return {};
    }
}

QVariant ConversationListModel::priorityCell(const Conversation &conversation, int role) const
{
    if (role == SortRole)
        return conversation.priorityRank();
    // A null priority shows an empty cell, which a screen reader would skip without a word.
    if (role == Qt::AccessibleTextRole)
        return conversation.priority.isEmpty() ? tr("No priority") : priorityLabel(conversation.priority);
    return choiceCell(conversation.priority, priorityLabel(conversation.priority), role);
}

QVariant ConversationListModel::assigneeCell(const Conversation &conversation, int role) const
{
    if (!conversation.isAssigned())
        return role == Qt::DisplayRole || role == SortRole ? QVariant(QString()) : QVariant();

    const QString kind = assigneeKind(conversation);
    if (kind == QLatin1String("user"))
        return cells::name(m_names, NameDirectory::Kind::User, conversation.assigneeId, role);
    if (kind == QLatin1String("agent"))
        return cells::name(m_names, NameDirectory::Kind::Agent, conversation.assigneeId, role);

    // No assignee_type from the server, and the id is in neither loaded list (yet).
    if (m_names && !m_names->arePeopleSettled()) {
        m_names->loadPeople();
        return role == Qt::DisplayRole ? QVariant(cells::loadingText()) : QVariant();
    }
    return cells::name(nullptr, NameDirectory::Kind::User, conversation.assigneeId, role);
}

QVariant ConversationListModel::tagsCell(const Conversation &conversation, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return conversation.tags.join(QStringLiteral(", "));
    case SortRole:
        return conversation.tags.join(QLatin1Char(',')).toLower();
    default:
        return {};
    }
}

QString ConversationListModel::assigneeKind(const Conversation &conversation) const
{
    if (!conversation.isAssigned())
        return {};
    if (!conversation.assigneeType.isEmpty() || !m_names)
        return conversation.assigneeType;
    return m_names->assigneeKindOf(conversation.assigneeId);
}

void ConversationListModel::onNamesChanged(NameDirectory::Kind kind)
{
    const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, SortRole};
    if (kind == NameDirectory::Kind::Customer)
        columnChanged(CustomerColumn, roles);
    else if (kind == NameDirectory::Kind::User || kind == NameDirectory::Kind::Agent)
        columnChanged(AssigneeColumn, roles + QList<int>{AssigneeKindRole});
}

} // namespace weav::core
