#include "TrafficSimulator.h"

#include "SandboxConfig.h"
#include "api/Json.h"
#include "resources/Resources.h"
#include "store/Database.h"
#include "store/Tokens.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <cmath>
#include <limits>

namespace weav::sandbox {

Q_LOGGING_CATEGORY(lcTraffic, "weav.sandbox.traffic")

namespace {

const QString Open = QStringLiteral("open");
const QString Closed = QStringLiteral("closed");

const QStringList CustomerLines = {
    QStringLiteral("Hi, I still have not received my order. Can you check where it is?"),
    QStringLiteral("The invoice shows the wrong billing address."),
    QStringLiteral("I was charged twice this month."),
    QStringLiteral("How do I reset my password? The reset link has expired."),
    QStringLiteral("Can I change the delivery date of my subscription box?"),
    QStringLiteral("The app crashes when I open the settings page."),
    QStringLiteral("Thanks, that worked! One more question about the export."),
    QStringLiteral("Is there a discount for annual plans?"),
    QStringLiteral("I would like to cancel my account."),
    QStringLiteral("The package arrived damaged. What are my options?"),
};

const QStringList Subjects = {
    QStringLiteral("Where is my order?"),
    QStringLiteral("Wrong billing address on invoice"),
    QStringLiteral("Double charge"),
    QStringLiteral("Password reset link expired"),
    QStringLiteral("Change delivery date"),
    QStringLiteral("App crashes on settings"),
    QStringLiteral("Question about annual plans"),
    QStringLiteral("Cancel my account"),
    QStringLiteral("Damaged package"),
};

// Priorities with their severity rank (the priority_rank column) and their share in percent.
struct PriorityShare
{
    const char *name;
    int rank;
    int percent;
};

constexpr PriorityShare PriorityShares[] = {
    {"low", 1, 20},
    {"normal", 2, 50},
    {"high", 3, 20},
    {"urgent", 4, 10},
};

int priorityRank(const QString &priority)
{
    for (const PriorityShare &share : PriorityShares) {
        if (priority == QLatin1String(share.name))
            return share.rank;
    }
    return 0;
}

QRandomGenerator generatorFor(quint64 seed)
{
    const quint32 words[2] = {quint32(seed), quint32(seed >> 32)};
    return QRandomGenerator(words, 2);
}

QVariant nullString()
{
    return QVariant(QMetaType(QMetaType::QString));
}

} // namespace

TrafficSimulator::TrafficSimulator(Services &services, QObject *parent)
    : QObject(parent), m_services(services), m_random(generatorFor(services.config.faultSeed))
{
    connect(&m_timer, &QTimer::timeout, this, &TrafficSimulator::simulateOnce);
}

void TrafficSimulator::start(double eventsPerMinute)
{
    m_eventsPerMinute = eventsPerMinute;
    if (eventsPerMinute <= 0)
        return;

    adjustInterval(1);
    m_timer.start();
    qCInfo(lcTraffic) << "simulating" << eventsPerMinute << "customer events per minute per workspace";
}

void TrafficSimulator::stop()
{
    m_timer.stop();
}

void TrafficSimulator::simulateOnce()
{
    try {
        const QStringList workspaceIds = workspaces::allIds(m_services.database);
        if (workspaceIds.isEmpty())
            return;
        adjustInterval(int(workspaceIds.size()));

        m_nextWorkspace %= int(workspaceIds.size());
        const QString workspaceId = workspaceIds.at(m_nextWorkspace);
        m_nextWorkspace = (m_nextWorkspace + 1) % int(workspaceIds.size());

        simulateIn(workspaceId);
    } catch (const SqlError &error) {
        qCWarning(lcTraffic) << "simulated traffic step failed:" << error.what();
    }
}

// Each workspace gets its share of the ticks, so the tick interval shrinks as workspaces are added.
void TrafficSimulator::adjustInterval(int workspaceCount)
{
    if (m_eventsPerMinute <= 0)
        return;

    const double intervalMs = 60.0 * 1000.0 / (m_eventsPerMinute * qMax(1, workspaceCount));
    const int rounded = qMax(1, int(std::lround(qMin(intervalMs, double(std::numeric_limits<int>::max())))));
    if (m_timer.interval() != rounded)
        m_timer.setInterval(rounded);
}

void TrafficSimulator::simulateIn(const QString &workspaceId)
{
    const QSqlDatabase db = m_services.database.connection();
    if (sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE workspace_id = ?"), {workspaceId}) == 0) {
        if (!m_skippedWorkspaces.contains(workspaceId)) {
            m_skippedWorkspaces.insert(workspaceId);
            qCInfo(lcTraffic).noquote() << "skipping workspace" << workspaceId << "because it has no customers";
        }
        return;
    }
    m_skippedWorkspaces.remove(workspaceId);

    // Both draws happen on every step, so that the sequence of choices depends only on the seed.
    const bool writeMessage = m_random.bounded(100) < MessageSharePercent;
    const bool reopen = m_random.bounded(100) < ReopenSharePercent;

    if (writeMessage) {
        const auto conversation = randomConversation(db, workspaceId, reopen ? Closed : Open);
        if (conversation) {
            writeCustomerMessage(workspaceId, *conversation);
            return;
        }
    }

    // Also taken when the workspace has no conversation of the chosen status to write into.
    startConversation(workspaceId);
}

void TrafficSimulator::writeCustomerMessage(const QString &workspaceId, const ConversationRef &conversation)
{
    const QString messageId = json::newId();
    const qint64 now = json::nowMs();
    const bool reopening = conversation.status == Closed;

    {
        WriteTransaction transaction(m_services.database);
        insertCustomerMessage(transaction.db(), workspaceId, conversation, messageId, now);

        const QString reopenAssignments = reopening ? QStringLiteral(", status = 'open', closed_at = NULL") : QString();
        sql::exec(transaction.db(),
                  QStringLiteral("UPDATE conversations SET last_message_at = ?, updated_at = ?%1 WHERE id = ? AND workspace_id = ?")
                      .arg(reopenAssignments),
                  {now, now, conversation.id, workspaceId});
        transaction.commit();
    }
    qCInfo(lcTraffic).noquote() << "simulated customer message" << messageId << "in conversation" << conversation.id
                                << (reopening ? "(reopened)" : "");

    const QSqlDatabase db = m_services.database.connection();
    publish(workspaceId, QStringLiteral("conversation.customer.message.created"), loadMessage(db, workspaceId, messageId));
    if (reopening)
        publish(workspaceId, QStringLiteral("conversation.status.updated"), loadConversation(db, workspaceId, conversation.id));
}

void TrafficSimulator::startConversation(const QString &workspaceId)
{
    const QSqlDatabase db = m_services.database.connection();
    const std::optional<CustomerRef> customer = randomCustomer(db, workspaceId);
    if (!customer)
        return;

    ConversationRef conversation;
    conversation.id = json::newId();
    conversation.channel = m_random.bounded(2) == 0 ? QStringLiteral("chat") : QStringLiteral("email");
    conversation.status = Open;
    conversation.customer = *customer;

    const QString subject = Subjects.at(m_random.bounded(int(Subjects.size())));
    const QString priority = randomPriority();
    const double spamScore = std::round(m_random.bounded(0.2) * 100.0) / 100.0;
    const QVariant agentId = conversation.channel == QLatin1String("chat") ? randomChatAgent(db, workspaceId) : nullString();
    const QString messageId = json::newId();
    const qint64 now = json::nowMs();

    {
        WriteTransaction transaction(m_services.database);
        sql::exec(transaction.db(),
                  QStringLiteral("INSERT INTO conversations (id, workspace_id, channel, customer_id, agent_id, subject, status, "
                                 "priority, priority_rank, assignee_id, assignee_type, tags, closed_at, first_response_at, "
                                 "last_message_at, is_spam, spam_score, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, NULL, NULL, '[]', NULL, NULL, ?, 0, ?, ?, ?)"),
                  {conversation.id, workspaceId, conversation.channel, customer->id, agentId, subject, priority,
                   priorityRank(priority), now, spamScore, now, now});
        insertCustomerMessage(transaction.db(), workspaceId, conversation, messageId, now);
        transaction.commit();
    }
    qCInfo(lcTraffic).noquote() << "simulated new" << conversation.channel << "conversation" << conversation.id
                                << "with message" << messageId;

    std::optional<QJsonObject> created = loadConversation(db, workspaceId, conversation.id);
    if (created)
        created->insert(QStringLiteral("title"), subject);
    publish(workspaceId, QStringLiteral("conversation.created"), created);
    publish(workspaceId, QStringLiteral("conversation.customer.message.created"), loadMessage(db, workspaceId, messageId));
}

void TrafficSimulator::insertCustomerMessage(const QSqlDatabase &db, const QString &workspaceId,
                                             const ConversationRef &conversation, const QString &messageId, qint64 now)
{
    const QString content = CustomerLines.at(m_random.bounded(int(CustomerLines.size())));
    const QVariant from = conversation.channel == QLatin1String("email")
        ? QVariant(json::arrayText(QJsonArray{conversation.customer.email}))
        : nullString();

    sql::exec(db,
              QStringLiteral("INSERT INTO messages (id, workspace_id, conversation_id, sender_type, sender_id, customer_id, "
                             "content, is_internal, from_addresses, to_addresses, cc_addresses, bcc_addresses, email_status, "
                             "email_error_message, sent_at, created_at) "
                             "VALUES (?, ?, ?, 'customer', ?, ?, ?, 0, ?, NULL, NULL, NULL, NULL, NULL, ?, ?)"),
              {messageId, workspaceId, conversation.id, conversation.customer.id, conversation.customer.id, content, from,
               now, now});
}

void TrafficSimulator::publish(const QString &workspaceId, const QString &event, const std::optional<QJsonObject> &data)
{
    if (!m_services.events)
        return;
    if (!data) {
        qCWarning(lcTraffic).noquote() << "did not publish" << event << "because its record could not be loaded";
        return;
    }
    m_services.events->publish(workspaceId, event, *data);
}

std::optional<TrafficSimulator::ConversationRef> TrafficSimulator::randomConversation(const QSqlDatabase &db,
                                                                                      const QString &workspaceId,
                                                                                      const QString &status)
{
    const qint64 offset = randomOffset(
        db, QStringLiteral("SELECT COUNT(*) FROM conversations WHERE workspace_id = ? AND status = ?"), {workspaceId, status});
    if (offset < 0)
        return std::nullopt;

    QSqlQuery row = sql::exec(db,
                              QStringLiteral("SELECT c.id, c.channel, c.status, c.customer_id, cu.email FROM conversations c "
                                             "JOIN customers cu ON cu.id = c.customer_id "
                                             "WHERE c.workspace_id = ? AND c.status = ? ORDER BY c.id LIMIT 1 OFFSET ?"),
                              {workspaceId, status, offset});
    if (!row.next())
        return std::nullopt;

    ConversationRef conversation;
    conversation.id = row.value(0).toString();
    conversation.channel = row.value(1).toString();
    conversation.status = row.value(2).toString();
    conversation.customer = {row.value(3).toString(), row.value(4).toString()};
    return conversation;
}

std::optional<TrafficSimulator::CustomerRef> TrafficSimulator::randomCustomer(const QSqlDatabase &db,
                                                                              const QString &workspaceId)
{
    const qint64 offset = randomOffset(db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE workspace_id = ?"), {workspaceId});
    if (offset < 0)
        return std::nullopt;

    QSqlQuery row = sql::exec(db, QStringLiteral("SELECT id, email FROM customers WHERE workspace_id = ? ORDER BY id LIMIT 1 OFFSET ?"),
                              {workspaceId, offset});
    if (!row.next())
        return std::nullopt;
    return CustomerRef{row.value(0).toString(), row.value(1).toString()};
}

// Returns an active agent that is not the copilot as the chat agent of a new chat, or NULL when there is none.
QVariant TrafficSimulator::randomChatAgent(const QSqlDatabase &db, const QString &workspaceId)
{
    const QString where = QStringLiteral("FROM agents WHERE workspace_id = ? AND is_active = 1 AND is_copilot = 0");
    const qint64 offset = randomOffset(db, QStringLiteral("SELECT COUNT(*) ") + where, {workspaceId});
    if (offset < 0)
        return nullString();

    QSqlQuery row = sql::exec(db, QStringLiteral("SELECT id %1 ORDER BY id LIMIT 1 OFFSET ?").arg(where), {workspaceId, offset});
    return row.next() ? row.value(0) : nullString();
}

// A random row offset below the count that countStatement returns, or -1 when the count is 0.
qint64 TrafficSimulator::randomOffset(const QSqlDatabase &db, const QString &countStatement, const QVariantList &values)
{
    const qint64 count = sql::scalar(db, countStatement, values);
    if (count <= 0)
        return -1;
    return m_random.bounded(count);
}

QString TrafficSimulator::randomPriority()
{
    int draw = m_random.bounded(100);
    for (const PriorityShare &share : PriorityShares) {
        if (draw < share.percent)
            return QLatin1String(share.name);
        draw -= share.percent;
    }
    return QStringLiteral("normal");
}

} // namespace weav::sandbox
