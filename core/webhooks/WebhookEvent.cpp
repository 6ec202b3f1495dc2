#include "WebhookEvent.h"

#include <array>

namespace weav::core {

namespace {

// The REST type that an event's data is shaped like.
enum class ResourceType { None, Conversation, Message, Customer, Agent, TrainingItem };

struct EventType
{
    WebhookEventKind kind;
    const char *name;
    ResourceType resource;
    bool deletion;
};

constexpr std::array<EventType, 18> EventTypes{{
    {WebhookEventKind::ConversationCreated, "conversation.created", ResourceType::Conversation, false},
    {WebhookEventKind::ConversationDeleted, "conversation.deleted", ResourceType::Conversation, true},
    {WebhookEventKind::ConversationAssignedUpdated, "conversation.assigned.updated", ResourceType::Conversation, false},
    {WebhookEventKind::ConversationStatusUpdated, "conversation.status.updated", ResourceType::Conversation, false},
    {WebhookEventKind::ConversationPriorityUpdated, "conversation.priority.updated", ResourceType::Conversation, false},
    {WebhookEventKind::ConversationTagsUpdated, "conversation.tags.updated", ResourceType::Conversation, false},
    {WebhookEventKind::ConversationCustomerMessageCreated, "conversation.customer.message.created", ResourceType::Message, false},
    {WebhookEventKind::ConversationUserMessageCreated, "conversation.user.message.created", ResourceType::Message, false},
    {WebhookEventKind::CustomerCreated, "customer.created", ResourceType::Customer, false},
    {WebhookEventKind::CustomerUpdated, "customer.updated", ResourceType::Customer, false},
    {WebhookEventKind::CustomerDeleted, "customer.deleted", ResourceType::Customer, true},
    {WebhookEventKind::AgentCreated, "agent.created", ResourceType::Agent, false},
    {WebhookEventKind::AgentUpdated, "agent.updated", ResourceType::Agent, false},
    {WebhookEventKind::AgentDeleted, "agent.deleted", ResourceType::Agent, true},
    {WebhookEventKind::TrainingCreated, "training.created", ResourceType::TrainingItem, false},
    {WebhookEventKind::TrainingUpdated, "training.updated", ResourceType::TrainingItem, false},
    {WebhookEventKind::TrainingDeleted, "training.deleted", ResourceType::TrainingItem, true},
    {WebhookEventKind::TrainingAgentAssigned, "training.agent.assigned", ResourceType::TrainingItem, false},
}};

const EventType *findType(WebhookEventKind kind)
{
    for (const EventType &type : EventTypes) {
        if (type.kind == kind)
            return &type;
    }
    return nullptr;
}

template<typename T>
WebhookEvent::Resource parseAs(const QJsonObject &data, ParseIssues *issues)
{
    const std::optional<T> parsed = T::fromJson(data, issues);
    if (!parsed)
        return std::monostate();
    return *parsed;
}

WebhookEvent::Resource parseResource(WebhookEventKind kind, const QJsonObject &data, ParseIssues *issues)
{
    const EventType *type = findType(kind);
    switch (type ? type->resource : ResourceType::None) {
    case ResourceType::None:
        return std::monostate();
    case ResourceType::Conversation:
        return parseAs<Conversation>(data, issues);
    case ResourceType::Message:
        return parseAs<Message>(data, issues);
    case ResourceType::Customer:
        return parseAs<Customer>(data, issues);
    case ResourceType::Agent:
        return parseAs<Agent>(data, issues);
    case ResourceType::TrainingItem:
        return parseAs<TrainingItem>(data, issues);
    }
    return std::monostate();
}

} // namespace

bool WebhookEvent::isDeletion() const
{
    const EventType *type = findType(kind);
    return type && type->deletion;
}

WebhookEventKind WebhookEvent::kindFromName(const QString &name)
{
    for (const EventType &type : EventTypes) {
        if (name == QLatin1String(type.name))
            return type.kind;
    }
    return WebhookEventKind::Unknown;
}

QString WebhookEvent::nameOf(WebhookEventKind kind)
{
    const EventType *type = findType(kind);
    return type ? QString::fromLatin1(type->name) : QString();
}

QStringList WebhookEvent::knownNames()
{
    QStringList names;
    for (const EventType &type : EventTypes)
        names.append(QString::fromLatin1(type.name));
    return names;
}

WebhookEvent WebhookEvent::fromEnvelope(const QJsonObject &envelope, const QDateTime &receivedAt)
{
    WebhookEvent event;
    event.name = envelope.value(QLatin1String("event")).toString();
    event.kind = kindFromName(event.name);
    event.deliveryId = envelope.value(QLatin1String("id")).toString();
    event.organizationId = envelope.value(QLatin1String("organization_id")).toString();
    event.receivedAt = receivedAt.toUTC();
    event.data = envelope.value(QLatin1String("data")).toObject();

    event.resource = parseResource(event.kind, event.data, &event.parseIssues);
    return event;
}

} // namespace weav::core
