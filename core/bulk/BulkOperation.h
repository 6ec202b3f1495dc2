#pragma once

#include "api/ApiClient.h"

#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace weav::core {

Q_DECLARE_LOGGING_CATEGORY(lcBulk)

class Session;

// The fate of one item of a bulk action.
struct BulkItem
{
    enum class State { Pending, Running, Done, Failed, Cancelled };

    QString id;
    State state = State::Pending;
    // The failure of the last attempt; kind None unless state is Failed.
    ApiError error;
    int attempts = 0;
};

// Runs one request per item (assign, change status, priority or tags of many conversations) with a
// bounded number in flight. Every item keeps its outcome, so no failure is lost. Each failure is
// listed with its reason, and retryFailed() sends the failed items again.
//
// Items are sent once each: the client's automatic retries are turned off for them, because a
// failure the person can see and retry is better than a wait the person cannot explain.
class BulkOperation : public QObject
{
    Q_OBJECT

public:
    using RequestFactory = std::function<ApiRequest(const QString &id)>;
    // Builds an item's second request from the reply to its first, for read-modify-write changes
    // such as tags, whose PUT replaces the whole list. nullopt ends the item with the first reply.
    using FollowUpFactory = std::function<std::optional<ApiRequest>(const QString &id, const ApiResponse &firstReply)>;

    static constexpr int DefaultConcurrency = 4;

    BulkOperation(Session *session, const QStringList &ids, RequestFactory factory, QObject *parent = nullptr);
    ~BulkOperation() override;

    // Each item whose first request succeeds sends the follow-up request too, and its outcome is
    // that of the follow-up. Cancelling never interrupts an item between its two requests.
    void setFollowUp(FollowUpFactory followUp) { m_followUp = std::move(followUp); }

    void setConcurrency(int concurrency) { m_concurrency = qBound(1, concurrency, 16); }
    int concurrency() const { return m_concurrency; }

    void start();
    // Sends nothing more; requests in flight finish, pending items become Cancelled.
    void cancel();
    // Sends the failed and cancelled items again.
    void retryFailed();

    bool isRunning() const { return m_running; }
    const QList<BulkItem> &items() const { return m_items; }
    int count(BulkItem::State state) const;
    // Items whose request has finished, successful or not.
    int finishedCount() const;

signals:
    void itemChanged(int index);
    // The last reply of an item, before itemChanged(): the updated resource, or the failure.
    void itemReplied(int index, const weav::core::ApiResponse &response);
    void progressChanged(int finished, int total);
    // Every item has an outcome (or was cancelled).
    void finished();

private:
    void sendMore();
    void sendItem(int index);
    void sendRequest(int index, const ApiRequest &request, bool isFollowUp);
    void onItemReply(int index, const ApiResponse &response, bool isFollowUp);
    void finishIfIdle();

    QPointer<Session> m_session;
    RequestFactory m_factory;
    FollowUpFactory m_followUp;
    QList<BulkItem> m_items;
    int m_concurrency = DefaultConcurrency;
    int m_nextIndex = 0;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace weav::core
