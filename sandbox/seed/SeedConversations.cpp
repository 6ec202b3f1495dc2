// Conversations and their messages, written in the order they were created.

#include "SeedConversationWriter.h"
#include "store/Database.h"

#include <QDateTime>
#include <QSqlError>

#include <algorithm>
#include <cmath>

namespace weav::sandbox::seed {

namespace detail {

namespace {

const QString OpenStatus = QStringLiteral("open");
const QString ClosedStatus = QStringLiteral("closed");
const QString UserType = QStringLiteral("user");
const QString AgentType = QStringLiteral("agent");
const QString CustomerType = QStringLiteral("customer");
const QString SystemType = QStringLiteral("system");
const std::array<QString, 4> Priorities = {QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"),
                                           QStringLiteral("urgent")};

constexpr double BounceShare = 0.006;

const std::array<const char *, 12> MonthNames = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};

QString formatThousands(const QString &digits)
{
    QString grouped;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += QLatin1Char(',');
        grouped += digits[i];
    }
    return grouped;
}

QString formatAmount(double euros, const text::Locale &locale)
{
    const double value = euros * locale.currencyScale;
    if (locale.currencyScale >= 100) {
        const qint64 rounded = qint64(std::llround(value / 100.0) * 100);
        return locale.currency + formatThousands(QString::number(rounded));
    }
    const qint64 cents = std::llround(value * 100.0);
    return locale.currency + formatThousands(QString::number(cents / 100)) + QLatin1Char('.')
        + QStringLiteral("%1").arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QString formatDay(qint64 ms)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
    return QStringLiteral("%1 %2").arg(date.day()).arg(QLatin1String(MonthNames[size_t(date.month() - 1)]));
}

bool isOfficeHours(qint64 localMs)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(localMs, Qt::UTC);
    const int hour = local.time().hour();
    return local.date().dayOfWeek() <= 5 && hour >= 8 && hour < 19;
}

} // namespace

ConversationWriter::ConversationWriter(SeedContext &context)
    : m_context(context),
      m_random(context.random.derive(u"conversations")),
      m_conversations(context.db, QStringLiteral("conversations"),
                      {QStringLiteral("id"), QStringLiteral("workspace_id"), QStringLiteral("channel"),
                       QStringLiteral("customer_id"), QStringLiteral("agent_id"), QStringLiteral("subject"),
                       QStringLiteral("status"), QStringLiteral("priority"), QStringLiteral("priority_rank"),
                       QStringLiteral("assignee_id"), QStringLiteral("assignee_type"), QStringLiteral("tags"),
                       QStringLiteral("closed_at"), QStringLiteral("first_response_at"), QStringLiteral("last_message_at"),
                       QStringLiteral("is_spam"), QStringLiteral("spam_score"), QStringLiteral("created_at"),
                       QStringLiteral("updated_at")}),
      m_messages(context.db, QStringLiteral("messages"),
                 {QStringLiteral("id"), QStringLiteral("workspace_id"), QStringLiteral("conversation_id"),
                  QStringLiteral("sender_type"), QStringLiteral("sender_id"), QStringLiteral("customer_id"),
                  QStringLiteral("content"), QStringLiteral("is_internal"), QStringLiteral("from_addresses"),
                  QStringLiteral("to_addresses"), QStringLiteral("cc_addresses"), QStringLiteral("bcc_addresses"),
                  QStringLiteral("email_status"), QStringLiteral("email_error_message"), QStringLiteral("sent_at"),
                  QStringLiteral("created_at")}),
      m_supportAddress(QStringLiteral("support@") + context.domain)
{
    for (const Teammate &teammate : context.team) {
        m_teamByWorkload.add(teammate.workload);
        if (teammate.role != QLatin1String("agent"))
            m_noteAuthors.push_back(&teammate);
    }

    for (const AiAgent &agent : context.agents) {
        if (!agent.isActive)
            continue;
        if (agent.isEmailAgent)
            m_emailAgent = &agent;
        if (agent.chatShare > 0) {
            m_chatAgents.push_back(&agent);
            m_chatShares.push_back(agent.chatShare);
        }
    }

    for (const text::Topic &topic : text::topics()) {
        m_emailTopicWeights.push_back(topic.emailWeight);
        m_chatTopicWeights.push_back(topic.chatWeight);
    }
}

void ConversationWriter::write(const PlannedConversation &planned)
{
    Draft draft;
    draft.id = m_random.uuid();
    draft.planned = &planned;
    draft.customer = &m_context.customers[size_t(planned.customer)];
    draft.locale = &text::locales()[size_t(std::max(draft.customer->locale, 0))];
    draft.channel = chooseChannel(*draft.customer, planned.isSpam);
    draft.topic = planned.isSpam ? nullptr : chooseTopic(draft);
    draft.topicCase = draft.topic ? &m_random.pick(draft.topic->cases) : nullptr;
    draft.chatAgent = isEmail(draft) ? nullptr : chooseChatAgent(draft);
    fillSlots(draft);
    draft.priority = choosePriority(draft);
    draft.tags = chooseTags(draft);

    decideHandling(draft);
    addFirstReplies(draft);
    decideStatus(draft);
    addFollowUps(draft);
    addNoteAndClosing(draft);
    settleTimeline(draft);

    insertConversation(draft, subjectFor(draft));
    insertMessages(draft);
}

QString ConversationWriter::chooseChannel(const Customer &customer, bool isSpam)
{
    if (m_chatAgents.empty())
        return EmailChannel;
    if (isSpam)
        return m_random.chance(0.1) ? ChatChannel : EmailChannel;

    const bool keepsHabit = m_random.chance(0.8);
    return customer.prefersChat == keepsHabit ? ChatChannel : EmailChannel;
}

const text::Topic *ConversationWriter::chooseTopic(const Draft &draft)
{
    const qint64 at = draft.planned->createdAt;
    if (at >= m_context.incidentStartMs && at < m_context.incidentEndMs && m_random.chance(0.65))
        return &text::outageTopic();

    const std::vector<double> &weights = isEmail(draft) ? m_emailTopicWeights : m_chatTopicWeights;
    return &text::topics()[size_t(m_random.weighted(weights))];
}

const AiAgent *ConversationWriter::chooseChatAgent(const Draft &draft)
{
    const qint64 localTime = draft.planned->createdAt + draft.locale->utcOffsetMinutes * MinuteMs;
    const bool officeHours = isOfficeHours(localTime);

    for (const AiAgent *agent : m_chatAgents) {
        if (agent->afterHours && !officeHours && m_random.chance(0.7))
            return agent;
        if (draft.topic && !agent->focusTopic.isEmpty() && agent->focusTopic == draft.topic->tag && m_random.chance(0.7))
            return agent;
    }
    return m_chatAgents[size_t(m_random.weighted(m_chatShares))];
}

const Teammate *ConversationWriter::chooseTeammate(qint64 at)
{
    // Teammates hired during the history only take conversations from their first day on.
    for (int attempt = 0; attempt < 12; ++attempt) {
        const Teammate &teammate = m_context.team[size_t(m_teamByWorkload.draw(m_random))];
        if (teammate.createdAt <= at)
            return &teammate;
    }
    return &*std::min_element(m_context.team.begin(), m_context.team.end(),
                              [](const Teammate &a, const Teammate &b) { return a.createdAt < b.createdAt; });
}

const Teammate *ConversationWriter::chooseNoteAuthor(const Draft &draft, qint64 at)
{
    if (draft.assignedTeammate && m_random.chance(0.8))
        return draft.assignedTeammate;
    if (!m_noteAuthors.empty()) {
        const Teammate *lead = m_random.pick(m_noteAuthors);
        if (lead->createdAt <= at)
            return lead;
    }
    return chooseTeammate(at);
}

void ConversationWriter::fillSlots(Draft &draft)
{
    SlotValues &slotValues = draft.slotValues;
    const qint64 at = draft.planned->createdAt;
    const QString year = QString::number(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).date().year());

    slotValues[size_t(Slot::Order)] = QString::number(m_random.between(40000, 99999));
    slotValues[size_t(Slot::Invoice)] = year + QStringLiteral("-%1").arg(m_random.between(1, 9999), 4, 10, QLatin1Char('0'));
    slotValues[size_t(Slot::Amount)] = formatAmount(std::clamp(m_random.logNormal(140.0, 0.9), 9.0, 20000.0), *draft.locale);
    slotValues[size_t(Slot::Product)] = m_random.pick(text::products());
    slotValues[size_t(Slot::Plan)] = m_random.pick(text::plans());
    slotValues[size_t(Slot::Integration)] = m_random.pick(text::integrations());
    slotValues[size_t(Slot::Browser)] = m_random.pick(text::browsers());
    slotValues[size_t(Slot::Error)] = m_random.pick(text::errorTexts());
    slotValues[size_t(Slot::Date)] = formatDay(at - m_random.between(1, 20) * DayMs);
    slotValues[size_t(Slot::Later)] = formatDay(at + m_random.between(3, 30) * DayMs);
    slotValues[size_t(Slot::Carrier)] = m_random.pick(text::carriers());
    slotValues[size_t(Slot::Tracking)] = draft.locale->countryCode.toUpper() + QString::number(m_random.between(qint64(1000000000), qint64(9999999999)));
    slotValues[size_t(Slot::Seats)] = QString::number(std::clamp(int(std::lround(m_random.logNormal(25.0, 0.9))), 2, 1500));
    slotValues[size_t(Slot::Feature)] = m_random.pick(text::features());
    slotValues[size_t(Slot::Room)] = m_random.pick(text::rooms());
    slotValues[size_t(Slot::Card)] = QStringLiteral("%1").arg(m_random.between(0, 9999), 4, 10, QLatin1Char('0'));
    slotValues[size_t(Slot::Customer)] = draft.customer->firstName.isEmpty() ? QStringLiteral("there") : draft.customer->firstName;
}

int ConversationWriter::choosePriority(const Draft &draft)
{
    if (!draft.topic)
        return m_random.chance(0.6) ? 0 : 1;

    int priority = m_random.weighted(draft.topic->priorityWeights);
    if (draft.customer->isVip && m_random.chance(0.4))
        priority = std::min(priority + 1, 3);
    return priority;
}

QStringList ConversationWriter::chooseTags(const Draft &draft)
{
    QStringList tags;
    if (!draft.topic)
        return tags;

    if (!draft.topic->tag.isEmpty() && m_random.chance(0.88))
        tags.append(draft.topic->tag);
    if (m_random.chance(0.3)) {
        const QString &related = m_random.pick(draft.topic->relatedTags);
        if (!tags.contains(related))
            tags.append(related);
    }
    if (draft.customer->isVip && m_random.chance(0.75))
        tags.append(QStringLiteral("vip"));
    return tags;
}

double ConversationWriter::spamScore(bool isSpam)
{
    const double u = m_random.uniform();
    const double score = isSpam ? 0.8 + 0.19 * u : 0.3 * u * u;
    return std::round(score * 1000.0) / 1000.0;
}

QString ConversationWriter::subjectFor(const Draft &draft)
{
    if (!draft.topic)
        return m_random.pick(text::spamSubjects()).render(draft.slotValues);
    return m_random.pick(draft.topicCase->subjects).render(draft.slotValues);
}

QString ConversationWriter::openingFor(const Draft &draft)
{
    if (!draft.topic)
        return m_random.pick(text::spamBodies()).render(draft.slotValues);
    if (!isEmail(draft))
        return draft.topicCase->chatOpening.render(draft.slotValues);

    QString body = m_random.pick(text::emailGreetings()) + QStringLiteral("\n\n")
        + draft.topicCase->emailOpening.render(draft.slotValues);
    if (m_random.chance(0.3))
        body += QLatin1Char(' ') + m_random.pick(text::openingExtras()).render(draft.slotValues);
    body += QStringLiteral("\n\n") + m_random.pick(text::emailSignOffs());
    if (!draft.customer->firstName.isEmpty())
        body += QLatin1Char('\n') + draft.customer->firstName;
    return body;
}

QString ConversationWriter::replyFor(const Draft &draft, const Event &event, const QString &body)
{
    if (!isEmail(draft))
        return body;

    const QString signature = event.teammate
        ? event.teammate->name + QStringLiteral("\nKestrel Support")
        : event.agent->name + QStringLiteral("\nKestrel Support (AI assistant)");
    return QStringLiteral("Hi %1,\n\n%2\n\nBest regards,\n%3").arg(draft.slotValues[size_t(Slot::Customer)], body, signature);
}

QString ConversationWriter::contentFor(const Draft &draft, const Event &event, bool lastPublic)
{
    SlotValues slotValues = draft.slotValues;
    slotValues[size_t(Slot::Responder)] = draft.replyingTeammate ? draft.replyingTeammate->firstName
        : draft.replyingAgent                               ? draft.replyingAgent->name
                                                            : QStringLiteral("team");
    const bool closing = draft.closed && lastPublic;

    switch (event.kind) {
    case EventKind::Opening:
        return openingFor(draft);
    case EventKind::Reply:
        return replyFor(draft, event, draft.topicCase->reply.render(slotValues));
    case EventKind::HandOff:
        return m_random.pick(text::handOffReplies()).render(slotValues);
    case EventKind::Assigned:
        return QStringLiteral("Assigned to %1").arg(event.teammate->name);
    case EventKind::CustomerFollowUp:
        return m_random.pick(closing ? text::customerThanks() : text::customerFollowUps()).render(slotValues);
    case EventKind::TeamFollowUp:
        return m_random.pick(closing ? text::teamClosings() : text::teamFollowUps()).render(slotValues);
    case EventKind::Note:
        return m_random.chance(0.6) && draft.topic ? m_random.pick(draft.topic->notes).render(slotValues)
                                                   : m_random.pick(text::generalNotes()).render(slotValues);
    case EventKind::Closed:
        return QStringLiteral("Conversation closed");
    }
    return {};
}

void ConversationWriter::insertConversation(const Draft &draft, const QString &subject)
{
    const qint64 createdAt = draft.planned->createdAt;
    const qint64 lastMessageAt = draft.events.back().at;

    qint64 firstResponseAt = 0;
    for (const Event &event : draft.events) {
        if (event.kind == EventKind::Reply || event.kind == EventKind::HandOff) {
            firstResponseAt = event.at;
            break;
        }
    }

    // Later edits (a tag, a priority) move updated_at past the last message now and then.
    qint64 updatedAt = std::max(lastMessageAt, draft.closedAt);
    if (m_random.chance(0.25))
        updatedAt += qint64(m_random.logNormal(15.0 * MinuteMs, 1.0));
    updatedAt = std::min(updatedAt, m_context.nowMs);

    QVariant assigneeId = nullText();
    QVariant assigneeType = nullText();
    if (draft.assignedTeammate) {
        assigneeId = draft.assignedTeammate->id;
        assigneeType = UserType;
    } else if (draft.assignedAgent) {
        assigneeId = draft.assignedAgent->id;
        assigneeType = AgentType;
    }

    m_conversations.insert({draft.id, m_context.workspaceId, draft.channel, draft.customer->id,
                            draft.chatAgent ? QVariant(draft.chatAgent->id) : nullText(), subject,
                            draft.closed ? ClosedStatus : OpenStatus, Priorities[size_t(draft.priority)],
                            draft.priority + 1, assigneeId, assigneeType, jsonStringArray(draft.tags),
                            draft.closed ? QVariant(draft.closedAt) : nullInteger(),
                            firstResponseAt > 0 ? QVariant(firstResponseAt) : nullInteger(), lastMessageAt,
                            int(draft.planned->isSpam), spamScore(draft.planned->isSpam), createdAt, updatedAt});
}

void ConversationWriter::insertMessages(const Draft &draft)
{
    int lastPublicIndex = -1;
    for (int i = 0; i < int(draft.events.size()); ++i) {
        const EventKind kind = draft.events[size_t(i)].kind;
        if (kind == EventKind::CustomerFollowUp || kind == EventKind::TeamFollowUp)
            lastPublicIndex = i;
    }

    const QString customerAddress = jsonStringArray({draft.customer->email});
    const QString supportAddress = jsonStringArray({m_supportAddress});
    Customer &customer = m_context.customers[size_t(draft.planned->customer)];

    for (int i = 0; i < int(draft.events.size()); ++i) {
        const Event &event = draft.events[size_t(i)];
        const QString content = contentFor(draft, event, i == lastPublicIndex);

        QString senderType = SystemType;
        QVariant senderId = nullText();
        const bool fromCustomer = event.kind == EventKind::Opening || event.kind == EventKind::CustomerFollowUp;
        if (fromCustomer) {
            senderType = CustomerType;
            senderId = customer.id;
            customer.lastSeenAt = std::max(customer.lastSeenAt, event.at);
        } else if (event.kind != EventKind::Assigned && event.kind != EventKind::Closed) {
            senderType = event.teammate ? UserType : AgentType;
            senderId = event.teammate ? event.teammate->id : event.agent->id;
        }

        const bool isInternal = event.kind == EventKind::Note;
        const bool isMail = isEmail(draft) && senderType != SystemType && !isInternal;
        QVariant from = nullText();
        QVariant to = nullText();
        QVariant cc = nullText();
        QVariant status = nullText();
        QVariant error = nullText();
        if (isMail) {
            from = fromCustomer ? customerAddress : supportAddress;
            to = fromCustomer ? supportAddress : customerAddress;
            if (event.kind == EventKind::Opening && customer.company >= 0 && m_random.chance(0.06)) {
                const QString colleague = text::asciiName(m_random.pick(text::cultures()[size_t(draft.locale->culture)].firstNames));
                cc = jsonStringArray({colleague + QLatin1Char('@') + m_context.companies[size_t(customer.company)].domain});
            }
            if (!fromCustomer) {
                const bool bounced = m_random.chance(BounceShare);
                status = bounced ? QStringLiteral("bounced") : QStringLiteral("sent");
                if (bounced)
                    error = QStringLiteral("550 5.1.1 <%1>: Recipient address rejected: mailbox unavailable").arg(customer.email);
            }
        }

        m_messages.insert({m_random.uuid(), m_context.workspaceId, draft.id, senderType, senderId, customer.id, content,
                           int(isInternal), from, to, cc, nullText(), status, error, event.at, event.at});
    }
}

void ConversationWriter::updateCustomerActivity()
{
    QSqlQuery update(m_context.db);
    if (!update.prepare(QStringLiteral("UPDATE customers SET last_seen_at = ?, updated_at = ? WHERE id = ?")))
        throw SqlError(QStringLiteral("Could not prepare the customer update: %1").arg(update.lastError().text()));

    for (const Customer &customer : m_context.customers) {
        if (customer.firstConversationAt == 0)
            continue;
        update.bindValue(0, customer.lastSeenAt);
        update.bindValue(1, customer.lastSeenAt);
        update.bindValue(2, customer.id);
        if (!update.exec())
            throw SqlError(QStringLiteral("Could not update customer %1: %2").arg(customer.id, update.lastError().text()));
    }
}

} // namespace detail

void seedConversations(SeedContext &context, const std::vector<PlannedConversation> &plan)
{
    detail::ConversationWriter writer(context);
    for (const PlannedConversation &planned : plan)
        writer.write(planned);
    writer.updateCustomerActivity();

    context.summary.conversations = writer.conversationCount();
    context.summary.messages = writer.messageCount();
}

} // namespace weav::sandbox::seed
