#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace weav::core {
class Session;
struct ApiResponse;
}

namespace weav::ui {

// The number of training items of each AI agent, read from the server with one request per agent:
// GET /v1/training-data?agent_id=ID&per_page=1, whose meta.total is the count. The loaded training
// list cannot give it, because it contains only the pages read so far.
class AgentTrainingCounts : public QObject
{
    Q_OBJECT

public:
    enum class State { Loading, Known, Unknown };

    struct Count
    {
        State state = State::Loading;
        qint64 total = -1;
        // The reason the count is unknown (a failed request, no meta.total in the reply).
        QString reason;
    };

    static constexpr int MaxRequestsInFlight = 4;

    explicit AgentTrainingCounts(core::Session *session, QObject *parent = nullptr);

    // Returns what is known about the agent's count, and requests it when nothing is. Safe to call
    // from QAbstractItemModel::data(): it never emits a signal synchronously.
    Count count(const QString &agentId);
    // Forgets the agent's count and requests it again.
    void refresh(const QString &agentId);
    // Requests every known count again.
    void refreshAll();

signals:
    void countChanged(const QString &agentId);

private:
    void scheduleRequests();
    void sendQueued();
    void onReply(const QString &agentId, const core::ApiResponse &response);

    QPointer<core::Session> m_session;
    QHash<QString, Count> m_counts;
    QStringList m_queue;
    QSet<QString> m_inFlight;
    bool m_sendScheduled = false;
};

} // namespace weav::ui
