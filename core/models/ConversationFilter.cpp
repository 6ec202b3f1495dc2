#include "ConversationFilter.h"

#include "ListFilters.h"
#include "NameDirectory.h"
#include "types/JsonReader.h"

namespace weav::core {

namespace {

struct SortName
{
    ConversationFilter::SortKey key;
    QLatin1String name;
};

constexpr SortName SortNames[] = {
    {ConversationFilter::SortKey::CreatedAt, QLatin1String("created_at")},
    {ConversationFilter::SortKey::UpdatedAt, QLatin1String("updated_at")},
    {ConversationFilter::SortKey::LastMessageAt, QLatin1String("last_message_at")},
    {ConversationFilter::SortKey::Priority, QLatin1String("priority")},
};

void addTimeIfSet(QUrlQuery &query, const QString &key, const QDateTime &time)
{
    if (time.isValid())
        query.addQueryItem(key, formatTimestamp(time));
}

// The sort value of a row, or nullopt when the row has none (it then sorts last).
std::optional<qint64> sortValue(const Conversation &conversation, ConversationFilter::SortKey key)
{
    auto timeValue = [](const QDateTime &time) -> std::optional<qint64> {
        if (!time.isValid())
            return std::nullopt;
        return time.toMSecsSinceEpoch();
    };

    switch (key) {
    case ConversationFilter::SortKey::CreatedAt: return timeValue(conversation.createdAt);
    case ConversationFilter::SortKey::UpdatedAt: return timeValue(conversation.updatedAt);
    case ConversationFilter::SortKey::LastMessageAt: return timeValue(conversation.lastMessageAt);
    case ConversationFilter::SortKey::Priority: {
        const int rank = conversation.priorityRank();
        if (rank == 0)
            return std::nullopt;
        return rank;
    }
    }
    return std::nullopt;
}

// Whether value is one of the comma-separated choices. An empty list accepts every value.
bool isOneOf(const QString &value, const QString &choices)
{
    if (choices.isEmpty())
        return true;
    for (QStringView choice : QStringView(choices).split(QLatin1Char(','))) {
        if (choice.trimmed() == value)
            return true;
    }
    return false;
}

int sign(qint64 value)
{
    return value < 0 ? -1 : (value > 0 ? 1 : 0);
}

// "user" or "agent" for an assigned conversation, "" for an unassigned one.
QString assigneeKind(const Conversation &conversation, const NameDirectory *names)
{
    if (!conversation.isAssigned())
        return {};
    if (!conversation.assigneeType.isEmpty() || !names)
        return conversation.assigneeType;
    return names->assigneeKindOf(conversation.assigneeId);
}

} // namespace

QUrlQuery ConversationFilter::toQuery() const
{
    QUrlQuery query;
    addQueryItemIfSet(query, QStringLiteral("status"), status);
    addQueryItemIfSet(query, QStringLiteral("priority"), priority);
    addQueryItemIfSet(query, QStringLiteral("channel"), channel);
    addQueryItemIfSet(query, QStringLiteral("assignee_type"), assigneeType);
    addQueryItemIfSet(query, QStringLiteral("assignee_id"), assigneeId);
    addQueryItemIfSet(query, QStringLiteral("customer_id"), customerId);
    addQueryItemIfSet(query, QStringLiteral("tag"), tag);
    addQueryItemIfSet(query, QStringLiteral("q"), text);
    addTimeIfSet(query, QStringLiteral("created_from"), createdFrom);
    addTimeIfSet(query, QStringLiteral("created_to"), createdTo);
    addTimeIfSet(query, QStringLiteral("updated_since"), updatedSince);
    if (isSpam)
        query.addQueryItem(QStringLiteral("is_spam"), *isSpam ? QStringLiteral("true") : QStringLiteral("false"));
    query.addQueryItem(QStringLiteral("sort"), sortParameter());
    return query;
}

bool ConversationFilter::matches(const Conversation &conversation, const NameDirectory &names) const
{
    return matchesAll(conversation, &names);
}

bool ConversationFilter::matches(const Conversation &conversation) const
{
    return matchesAll(conversation, nullptr);
}

bool ConversationFilter::matchesAll(const Conversation &conversation, const NameDirectory *names) const
{
    return matchesChoices(conversation, names) && matchesReferences(conversation) && matchesTimes(conversation);
}

bool ConversationFilter::matchesChoices(const Conversation &conversation, const NameDirectory *names) const
{
    if (!isOneOf(conversation.status, status))
        return false;
    if (!isOneOf(conversation.priority, priority))
        return false;
    if (!isOneOf(conversation.channel, channel))
        return false;
    if (isSpam && conversation.isSpam != *isSpam)
        return false;

    if (assigneeType.isEmpty())
        return true;
    // An assigned row whose kind is unknown matches no assignee type.
    const QString kind = conversation.isAssigned() ? assigneeKind(conversation, names) : QStringLiteral("none");
    return !kind.isEmpty() && isOneOf(kind, assigneeType);
}

bool ConversationFilter::matchesReferences(const Conversation &conversation) const
{
    if (!assigneeId.isEmpty() && conversation.assigneeId != assigneeId.trimmed())
        return false;
    if (!customerId.isEmpty() && conversation.customerId != customerId.trimmed())
        return false;

    const QString wantedTag = tag.trimmed();
    if (!wantedTag.isEmpty() && !conversation.tags.contains(wantedTag))
        return false;
    return containsText(conversation.subject, text);
}

bool ConversationFilter::matchesTimes(const Conversation &conversation) const
{
    // A row without the time cannot be shown to fall inside the bound, so it does not match.
    if (createdFrom.isValid() && !(conversation.createdAt.isValid() && conversation.createdAt >= createdFrom))
        return false;
    if (createdTo.isValid() && !(conversation.createdAt.isValid() && conversation.createdAt < createdTo))
        return false;
    if (updatedSince.isValid() && !(conversation.updatedAt.isValid() && conversation.updatedAt >= updatedSince))
        return false;
    return true;
}

int ConversationFilter::compare(const Conversation &a, const Conversation &b) const
{
    const std::optional<qint64> valueA = sortValue(a, sortKey);
    const std::optional<qint64> valueB = sortValue(b, sortKey);
    const int direction = descending ? -1 : 1;

    if (valueA && !valueB)
        return -1;
    if (!valueA && valueB)
        return 1;
    if (valueA && valueB && *valueA != *valueB)
        return direction * sign(*valueA - *valueB);

    return direction * sign(a.id.compare(b.id));
}

QString ConversationFilter::sortParameter() const
{
    for (const SortName &entry : SortNames) {
        if (entry.key == sortKey)
            return descending ? QLatin1Char('-') + entry.name : QString(entry.name);
    }
    return QStringLiteral("-created_at");
}

std::optional<std::pair<ConversationFilter::SortKey, bool>> ConversationFilter::parseSort(const QString &parameter)
{
    const bool descendingOrder = parameter.startsWith(QLatin1Char('-'));
    const QStringView name = descendingOrder ? QStringView(parameter).mid(1) : QStringView(parameter);
    for (const SortName &entry : SortNames) {
        if (name == entry.name)
            return std::make_pair(entry.key, descendingOrder);
    }
    return std::nullopt;
}

void ConversationFilter::setSort(SortKey key, bool descendingOrder)
{
    sortKey = key;
    descending = descendingOrder;
}

bool ConversationFilter::hasFilters() const
{
    ConversationFilter unfiltered;
    unfiltered.setSort(sortKey, descending);
    return !(*this == unfiltered);
}

} // namespace weav::core
