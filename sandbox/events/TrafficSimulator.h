#pragma once

#include "api/Services.h"

#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>

#include <optional>

namespace weav::sandbox {

// Simulated customer traffic for demos and live-update tests: at the given rate per minute and
// per workspace, customers write into open conversations (reopening closed ones now and then) or
// start new ones, each with its webhook event. Workspaces take turns, one step per timer tick.
// The random choices come from a generator seeded with the fault seed.
//
// Lives on the thread that created it, which must run an event loop.
class TrafficSimulator : public QObject
{
    Q_OBJECT

public:
    // Shares of the steps, in percent.
    static constexpr int MessageSharePercent = 70;
    static constexpr int ReopenSharePercent = 10;

    explicit TrafficSimulator(Services &services, QObject *parent = nullptr);

    // Starts the timer. eventsPerMinute <= 0 leaves it stopped.
    void start(double eventsPerMinute);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    // Runs one step in the next workspace in turn. The timer calls it, and tests may call it directly.
    void simulateOnce();

private:
    struct CustomerRef
    {
        QString id;
        QString email;
    };

    struct ConversationRef
    {
        QString id;
        QString channel;
        QString status;
        CustomerRef customer;
    };

    void simulateIn(const QString &workspaceId);
    void writeCustomerMessage(const QString &workspaceId, const ConversationRef &conversation);
    void startConversation(const QString &workspaceId);
    void insertCustomerMessage(const QSqlDatabase &db, const QString &workspaceId, const ConversationRef &conversation,
                               const QString &messageId, qint64 now);
    void publish(const QString &workspaceId, const QString &event, const std::optional<QJsonObject> &data);
    void adjustInterval(int workspaceCount);

    std::optional<ConversationRef> randomConversation(const QSqlDatabase &db, const QString &workspaceId,
                                                      const QString &status);
    std::optional<CustomerRef> randomCustomer(const QSqlDatabase &db, const QString &workspaceId);
    QVariant randomChatAgent(const QSqlDatabase &db, const QString &workspaceId);
    qint64 randomOffset(const QSqlDatabase &db, const QString &countStatement, const QVariantList &values);
    QString randomPriority();

    Services &m_services;
    QTimer m_timer;
    QRandomGenerator m_random;
    double m_eventsPerMinute = 0.0;
    int m_nextWorkspace = 0;
    // Workspaces already reported as skipped, so that each is logged once.
    QSet<QString> m_skippedWorkspaces;
};

} // namespace weav::sandbox
