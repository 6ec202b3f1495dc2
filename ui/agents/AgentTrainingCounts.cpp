#include "AgentTrainingCounts.h"

#include "AgentsLogging.h"

#include "api/Endpoints.h"
#include "common/ErrorText.h"
#include "workspace/Session.h"

#include <QJsonObject>
#include <QTimer>

namespace weav::ui {

AgentTrainingCounts::AgentTrainingCounts(core::Session *session, QObject *parent) : QObject(parent), m_session(session)
{
}

AgentTrainingCounts::Count AgentTrainingCounts::count(const QString &agentId)
{
    const auto found = m_counts.constFind(agentId);
    if (found != m_counts.constEnd())
        return *found;

    m_counts.insert(agentId, Count());
    m_queue.append(agentId);
    scheduleRequests();
    return Count();
}

void AgentTrainingCounts::refresh(const QString &agentId)
{
    if (m_inFlight.contains(agentId) || m_queue.contains(agentId))
        return;
    m_counts.insert(agentId, Count());
    m_queue.append(agentId);
    scheduleRequests();
    emit countChanged(agentId);
}

void AgentTrainingCounts::refreshAll()
{
    const QStringList known = m_counts.keys();
    for (const QString &agentId : known)
        refresh(agentId);
}

void AgentTrainingCounts::scheduleRequests()
{
    if (m_sendScheduled)
        return;
    m_sendScheduled = true;
    QTimer::singleShot(0, this, &AgentTrainingCounts::sendQueued);
}

void AgentTrainingCounts::sendQueued()
{
    m_sendScheduled = false;
    if (!m_session)
        return;

    while (!m_queue.isEmpty() && m_inFlight.size() < MaxRequestsInFlight) {
        const QString agentId = m_queue.takeFirst();
        m_inFlight.insert(agentId);

        const QUrlQuery query{{QStringLiteral("agent_id"), agentId}, {QStringLiteral("per_page"), QStringLiteral("1")}};
        m_session->send(core::ApiRequest::get(core::endpoints::trainingData(), query), this,
                        [this, agentId](const core::ApiResponse &response) { onReply(agentId, response); });
    }
}

void AgentTrainingCounts::onReply(const QString &agentId, const core::ApiResponse &response)
{
    m_inFlight.remove(agentId);

    Count count;
    const QJsonValue total = response.object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("total"));
    if (!response.ok()) {
        count.state = State::Unknown;
        count.reason = ErrorText::describe(response.error, tr("Counting the agent's training items failed"));
        qCWarning(lcAgents).noquote() << "training items of agent" << agentId << "not counted:" << response.error.summary();
    } else if (total.isDouble()) {
        count.state = State::Known;
        count.total = total.toInteger();
    } else {
        count.state = State::Unknown;
        count.reason = tr("The server's reply has no total (meta.total), so the count is unknown.");
    }

    m_counts.insert(agentId, count);
    emit countChanged(agentId);
    sendQueued();
}

} // namespace weav::ui
