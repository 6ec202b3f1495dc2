#pragma once

// The conversation writer shared by SeedConversations.cpp (choices, text, rows) and SeedTimeline.cpp
// (who replies when, and the status). Not part of the library's API.

#include "SeedSteps.h"
#include "SeedText.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace weav::sandbox::seed::detail {

inline const QString EmailChannel = QStringLiteral("email");
inline const QString ChatChannel = QStringLiteral("chat");

// The replier of a conversation: an AI agent, a teammate, both in turn, or nobody.
enum class Handling {
    Spam,
    // An AI agent replies alone: a chat agent on chat, the e-mail agent on e-mail.
    Agent,
    // The chat agent replies first and hands over to a teammate.
    AgentThenTeammate,
    Teammate,
    // A teammate replies without taking the conversation.
    TeammateUnassigned,
    NoReply,
};

enum class EventKind { Opening, Reply, HandOff, Assigned, CustomerFollowUp, TeamFollowUp, Note, Closed };

// A message of the conversation's timeline, before its text is written.
struct Event
{
    qint64 at = 0;
    EventKind kind = EventKind::Opening;
    const Teammate *teammate = nullptr;
    const AiAgent *agent = nullptr;
};

// A conversation being built: what was chosen for it, and its timeline.
struct Draft
{
    QString id;
    const PlannedConversation *planned = nullptr;
    const Customer *customer = nullptr;
    const text::Locale *locale = nullptr;
    const text::Topic *topic = nullptr;
    const text::TopicCase *topicCase = nullptr;
    QString channel;
    const AiAgent *chatAgent = nullptr;
    Handling handling = Handling::NoReply;
    const Teammate *assignedTeammate = nullptr;
    const AiAgent *assignedAgent = nullptr;
    const Teammate *replyingTeammate = nullptr;
    const AiAgent *replyingAgent = nullptr;
    bool leftOpen = false;
    bool closed = false;
    qint64 closedAt = 0;
    // 0 low, 1 normal, 2 high, 3 urgent: priority_rank minus one.
    int priority = 1;
    QStringList tags;
    SlotValues slotValues;
    std::vector<Event> events;
};

inline bool isEmail(const Draft &draft)
{
    return draft.channel == EmailChannel;
}

// Writes one conversation at a time: picks its people and topic, builds its timeline of messages,
// and inserts the conversation and its messages.
class ConversationWriter
{
public:
    explicit ConversationWriter(SeedContext &context);

    void write(const PlannedConversation &planned);
    void updateCustomerActivity();

    int conversationCount() const { return m_conversations.rowCount(); }
    int messageCount() const { return m_messages.rowCount(); }

private:
    QString chooseChannel(const Customer &customer, bool isSpam);
    const text::Topic *chooseTopic(const Draft &draft);
    const AiAgent *chooseChatAgent(const Draft &draft);
    const Teammate *chooseTeammate(qint64 at);
    const Teammate *chooseNoteAuthor(const Draft &draft, qint64 at);
    void fillSlots(Draft &draft);
    int choosePriority(const Draft &draft);
    QStringList chooseTags(const Draft &draft);
    double spamScore(bool isSpam);

    void decideHandling(Draft &draft);
    qint64 agentDelay();
    qint64 teammateDelay();
    qint64 resolutionTail(const Draft &draft);
    void addFirstReplies(Draft &draft);
    void decideStatus(Draft &draft);
    void addFollowUps(Draft &draft);
    void addNoteAndClosing(Draft &draft);
    void settleTimeline(Draft &draft);

    QString subjectFor(const Draft &draft);
    QString contentFor(const Draft &draft, const Event &event, bool lastPublic);
    QString openingFor(const Draft &draft);
    QString replyFor(const Draft &draft, const Event &event, const QString &body);
    void insertConversation(const Draft &draft, const QString &subject);
    void insertMessages(const Draft &draft);

    SeedContext &m_context;
    SeedRandom m_random;
    RowInserter m_conversations;
    RowInserter m_messages;
    QString m_supportAddress;
    WeightedIndex m_teamByWorkload;
    std::vector<const Teammate *> m_noteAuthors;
    std::vector<const AiAgent *> m_chatAgents;
    std::vector<double> m_chatShares;
    const AiAgent *m_emailAgent = nullptr;
    std::vector<double> m_emailTopicWeights;
    std::vector<double> m_chatTopicWeights;
};

} // namespace weav::sandbox::seed::detail
