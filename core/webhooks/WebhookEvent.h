#pragma once

#include "types/Agent.h"
#include "types/Conversation.h"
#include "types/Message.h"
#include "types/People.h"
#include "types/TrainingItem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <variant>

namespace weav::core {

// The 18 webhook event types of the Weav External API v1, plus Unknown for a type this client
// does not know yet.
enum class WebhookEventKind {
    Unknown,
    ConversationCreated,
    ConversationDeleted,
    ConversationAssignedUpdated,
    ConversationStatusUpdated,
    ConversationPriorityUpdated,
    ConversationTagsUpdated,
    ConversationCustomerMessageCreated,
    ConversationUserMessageCreated,
    CustomerCreated,
    CustomerUpdated,
    CustomerDeleted,
    AgentCreated,
    AgentUpdated,
    AgentDeleted,
    TrainingCreated,
    TrainingUpdated,
    TrainingDeleted,
    TrainingAgentAssigned,
};

// One verified webhook delivery, parsed. The envelope is {event, id, organization_id, data}, and
// data is the changed resource shaped like its REST object.
struct WebhookEvent
{
    // The resource that `data` was parsed into: a Conversation for conversation.* events other
    // than the message ones, a Message for conversation.*.message.created, and so on. It stays
    // std::monostate for Unknown events and for data without a string id.
    using Resource = std::variant<std::monostate, Conversation, Message, Customer, Agent, TrainingItem>;

    WebhookEventKind kind = WebhookEventKind::Unknown;
    // The event type as sent, e.g. "conversation.status.updated"; kept for Unknown events.
    QString name;
    // The delivery id, which stays the same across the sender's retries of one event.
    QString deliveryId;
    QString organizationId;
    // When the receiver got the delivery, in UTC.
    QDateTime receivedAt;
    // The raw `data` object of the envelope.
    QJsonObject data;
    Resource resource;
    // Fields of `data` that did not have the type the contract gives them.
    ParseIssues parseIssues;

    // The id of the changed resource. For *.deleted events it is often all that matters, because
    // the resource no longer exists on the server.
    QString resourceId() const { return data.value(QLatin1String("id")).toString(); }
    bool isDeletion() const;

    const Conversation *conversation() const { return std::get_if<Conversation>(&resource); }
    const Message *message() const { return std::get_if<Message>(&resource); }
    const Customer *customer() const { return std::get_if<Customer>(&resource); }
    const Agent *agent() const { return std::get_if<Agent>(&resource); }
    const TrainingItem *trainingItem() const { return std::get_if<TrainingItem>(&resource); }

    // Unknown for a type that is not one of the 18.
    static WebhookEventKind kindFromName(const QString &name);
    // The event type for a kind; empty for Unknown.
    static QString nameOf(WebhookEventKind kind);
    // The 18 event types in the order of the enum.
    static QStringList knownNames();

    // Builds the event from an envelope whose `id` and `event` the caller has checked. A missing
    // or non-object `data` is read as {}.
    static WebhookEvent fromEnvelope(const QJsonObject &envelope, const QDateTime &receivedAt);
};

} // namespace weav::core

Q_DECLARE_METATYPE(weav::core::WebhookEvent)
