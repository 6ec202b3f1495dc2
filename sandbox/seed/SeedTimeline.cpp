// The timeline of a conversation: who replies and when, and whether it is closed by now.

#include "SeedConversationWriter.h"

#include <algorithm>

namespace weav::sandbox::seed::detail {

namespace {

// Conversations older than this are closed unless they are part of the stale backlog.
constexpr qint64 RecentMs = 7 * DayMs;
constexpr double StaleBacklogShare = 0.05;
constexpr double InternalNoteShare = 0.12;
constexpr double ClosedMessageShare = 0.2;
constexpr int MaxMessages = 12;

// Extra messages after the first reply (customer and team taking turns): none, 1, 2, ...
constexpr std::array<double, 8> FollowUpCountWeights = {50, 25, 12, 6, 3.5, 2, 1, 0.5};

qint64 clampDelay(double milliseconds, qint64 minimum, qint64 maximum)
{
    return std::clamp(qint64(milliseconds), minimum, maximum);
}

} // namespace

// Assignment follows the channel rules. A chat goes to a teammate or its own chat agent, an e-mail to a
// teammate or the active e-mail agent, and either may stay unassigned.
void ConversationWriter::decideHandling(Draft &draft)
{
    const qint64 age = m_context.nowMs - draft.planned->createdAt;
    const double openChance = age >= RecentMs ? StaleBacklogShare : 0.05 + 0.85 * (1.0 - double(age) / double(RecentMs));
    draft.leftOpen = m_random.chance(draft.planned->isSpam ? openChance * 0.3 : openChance);

    if (draft.planned->isSpam) {
        draft.handling = Handling::Spam;
        return;
    }

    if (!isEmail(draft)) {
        if (m_random.chance(0.45)) {
            draft.handling = Handling::Agent;
            draft.assignedAgent = draft.chatAgent;
        } else if (m_random.chance(draft.leftOpen ? 0.6 : 0.85)) {
            draft.handling = m_random.chance(0.65) ? Handling::AgentThenTeammate : Handling::Teammate;
            draft.assignedTeammate = chooseTeammate(draft.planned->createdAt);
        } else {
            draft.handling = Handling::Agent;
        }
        draft.replyingAgent = draft.handling == Handling::Teammate ? nullptr : draft.chatAgent;
        draft.replyingTeammate = draft.assignedTeammate;
        return;
    }

    if (m_emailAgent && m_random.chance(0.15)) {
        draft.handling = Handling::Agent;
        draft.assignedAgent = m_emailAgent;
        draft.replyingAgent = m_emailAgent;
    } else if (m_random.chance(draft.leftOpen ? 0.65 : 0.85)) {
        draft.handling = Handling::Teammate;
        draft.assignedTeammate = chooseTeammate(draft.planned->createdAt);
        draft.replyingTeammate = draft.assignedTeammate;
    } else if (!draft.leftOpen && m_random.chance(0.7)) {
        draft.handling = Handling::TeammateUnassigned;
        draft.replyingTeammate = chooseTeammate(draft.planned->createdAt);
    } else {
        draft.handling = Handling::NoReply;
    }
}

qint64 ConversationWriter::agentDelay()
{
    return clampDelay(m_random.logNormal(40.0 * SecondMs, 0.55), 4 * SecondMs, 15 * MinuteMs);
}

qint64 ConversationWriter::teammateDelay()
{
    return clampDelay(m_random.logNormal(25.0 * MinuteMs, 1.35), 30 * SecondMs, 6 * DayMs);
}

void ConversationWriter::addFirstReplies(Draft &draft)
{
    const qint64 start = draft.planned->createdAt;
    draft.events.push_back({start, EventKind::Opening});

    switch (draft.handling) {
    case Handling::Spam:
    case Handling::NoReply:
        break;
    case Handling::Agent:
        draft.events.push_back({start + agentDelay(), EventKind::Reply, nullptr, draft.replyingAgent});
        break;
    case Handling::AgentThenTeammate: {
        const qint64 handOff = start + agentDelay();
        const qint64 assigned = handOff + clampDelay(m_random.logNormal(2.0 * MinuteMs, 0.8), 5 * SecondMs, HourMs);
        const qint64 reply = assigned + clampDelay(m_random.logNormal(6.0 * MinuteMs, 1.0), 20 * SecondMs, 8 * HourMs);
        draft.events.push_back({handOff, EventKind::HandOff, nullptr, draft.replyingAgent});
        draft.events.push_back({assigned, EventKind::Assigned, draft.assignedTeammate});
        draft.events.push_back({reply, EventKind::Reply, draft.replyingTeammate});
        break;
    }
    case Handling::Teammate: {
        const qint64 delay = teammateDelay();
        if (m_random.chance(isEmail(draft) ? 0.4 : 0.5)) {
            const qint64 assigned = start + qint64(double(delay) * (0.1 + 0.6 * m_random.uniform()));
            draft.events.push_back({assigned, EventKind::Assigned, draft.assignedTeammate});
        }
        draft.events.push_back({start + delay, EventKind::Reply, draft.replyingTeammate});
        break;
    }
    case Handling::TeammateUnassigned:
        draft.events.push_back({start + teammateDelay(), EventKind::Reply, draft.replyingTeammate});
        break;
    }
}

// Time from the first exchange to closing. Chats close sooner than e-mail, and AI agents sooner than people.
qint64 ConversationWriter::resolutionTail(const Draft &draft)
{
    switch (draft.handling) {
    case Handling::Spam:
        return qint64(m_random.logNormal(2.0 * HourMs, 1.0));
    case Handling::NoReply:
        return qint64(m_random.logNormal(40.0 * MinuteMs, 1.0));
    case Handling::Agent:
        return qint64(isEmail(draft) ? m_random.logNormal(8.0 * HourMs, 1.2) : m_random.logNormal(1.5 * HourMs, 0.9));
    case Handling::AgentThenTeammate:
    case Handling::Teammate:
    case Handling::TeammateUnassigned:
        return qint64(isEmail(draft) ? m_random.logNormal(24.0 * HourMs, 1.2) : m_random.logNormal(4.0 * HourMs, 1.1));
    }
    return 0;
}

void ConversationWriter::decideStatus(Draft &draft)
{
    const qint64 firstExchangeEnd = draft.events.back().at;
    draft.closedAt = firstExchangeEnd + std::max(resolutionTail(draft), MinuteMs);
    draft.closed = !draft.leftOpen && draft.closedAt <= m_context.nowMs - MinuteMs;
    if (!draft.closed)
        draft.closedAt = 0;

    // Some open conversations still wait for their first reply from a person.
    const bool waitsForTeammate = draft.handling == Handling::Teammate || draft.handling == Handling::TeammateUnassigned;
    if (!draft.closed && waitsForTeammate && m_random.chance(0.2)) {
        std::erase_if(draft.events, [](const Event &event) { return event.kind == EventKind::Reply; });
        draft.replyingTeammate = nullptr;
    }
}

void ConversationWriter::addFollowUps(Draft &draft)
{
    const bool answered = std::any_of(draft.events.begin(), draft.events.end(),
                                      [](const Event &event) { return event.kind == EventKind::Reply; });
    if (!answered)
        return;

    const int room = MaxMessages - int(draft.events.size()) - 2;
    const int count = std::min(m_random.weighted(FollowUpCountWeights), room);
    const qint64 from = draft.events.back().at;

    std::vector<qint64> times;
    if (draft.closed) {
        for (int i = 0; i < count; ++i)
            times.push_back(m_random.between(from + SecondMs, std::max(from + SecondMs, draft.closedAt - SecondMs)));
        std::sort(times.begin(), times.end());
    } else {
        const double gapMedian = isEmail(draft) ? 5.0 * HourMs : 4.0 * MinuteMs;
        qint64 at = from;
        for (int i = 0; i < count; ++i) {
            at += clampDelay(m_random.logNormal(gapMedian, 1.1), 10 * SecondMs, 5 * DayMs);
            times.push_back(at);
        }
    }

    for (size_t i = 0; i < times.size(); ++i) {
        if (i % 2 == 0)
            draft.events.push_back({times[i], EventKind::CustomerFollowUp});
        else
            draft.events.push_back({times[i], EventKind::TeamFollowUp, draft.replyingTeammate,
                                    draft.replyingTeammate ? nullptr : draft.replyingAgent});
    }
}

void ConversationWriter::addNoteAndClosing(Draft &draft)
{
    const qint64 start = draft.planned->createdAt;
    if (draft.handling != Handling::Spam && m_random.chance(InternalNoteShare)) {
        const qint64 end = draft.closed ? draft.closedAt : std::min(m_context.nowMs, draft.events.back().at + 2 * HourMs);
        const qint64 at = m_random.between(start + SecondMs, std::max(start + SecondMs, end));
        draft.events.push_back({at, EventKind::Note, chooseNoteAuthor(draft, at)});
    }

    if (draft.closed && m_random.chance(ClosedMessageShare))
        draft.events.push_back({draft.closedAt, EventKind::Closed});
}

// Orders the events, makes their times strictly increasing, and drops what would lie after now.
void ConversationWriter::settleTimeline(Draft &draft)
{
    std::stable_sort(draft.events.begin(), draft.events.end(),
                     [](const Event &a, const Event &b) { return a.at < b.at; });

    std::vector<Event> settled;
    for (Event event : draft.events) {
        if (!settled.empty())
            event.at = std::max(event.at, settled.back().at + 1);
        if (event.at > m_context.nowMs)
            break;
        settled.push_back(event);
    }
    draft.events = std::move(settled);

    // A hand-over that has not happened yet leaves the conversation unassigned.
    const bool assignmentHappened = std::any_of(draft.events.begin(), draft.events.end(),
                                                [](const Event &event) { return event.kind == EventKind::Assigned; });
    if (draft.handling == Handling::AgentThenTeammate && !assignmentHappened)
        draft.assignedTeammate = nullptr;

    if (draft.closed)
        draft.closedAt = std::max(draft.closedAt, draft.events.back().at);
}

} // namespace weav::sandbox::seed::detail
