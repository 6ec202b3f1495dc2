#pragma once

#include "api/ApiClient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace weav::core {

Q_DECLARE_LOGGING_CATEGORY(lcSync)

class ConversationListModel;
class Pager;
class Session;
struct WebhookEvent;

// Keeps a visible conversation list current. Every interval it requests the conversations updated
// since the last poll, all of them and not only the view's, so that a row which stops matching the
// view leaves it. ConversationListModel::upsert() merges each one where the active sort puts it
// and leaves out what fails the filter. Webhook events are merged at once.
//
// A gap that polling cannot bridge (the machine slept, the network was away, a poll failed) is not
// trusted: the next sync reloads the whole list instead. Each poll requests changes from a cursor a little
// before the newest updated_at it has seen, because the server's clock and this one may differ.
class ConversationSync : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 15000;
    // Asked again before the cursor, for records written in the same second as the last poll.
    static constexpr int OverlapMs = 2000;

    ConversationSync(Session *session, ConversationListModel *model, QObject *parent = nullptr);
    ~ConversationSync() override;

    void setIntervalMs(int intervalMs);
    int intervalMs() const { return m_intervalMs; }
    // With webhooks arriving, polling only catches what they missed, so it runs less often.
    void setWebhooksActive(bool active);
    bool webhooksActive() const { return m_webhooksActive; }
    // The interval polling uses now.
    int effectiveIntervalMs() const;

    // Starts polling; the first poll comes after one interval. The cursor starts at now minus the
    // overlap, because the model's pages were read just now.
    void start();
    // Stops polling, e.g. while the window is hidden. The next start() re-syncs fully when the
    // pause was longer than a gap.
    void pause();
    bool isActive() const { return m_running; }
    bool isPolling() const { return m_pager != nullptr; }

    // Polls now (or reloads fully when a gap was noticed).
    void syncNow();
    // Reloads the whole list and sets the cursor to now.
    void resyncFully();
    // Marks that updates may have been missed (after sleep or a network gap).
    void noteGap();

    // Merges a webhook event about a conversation: an upsert for changes, a removal for deletions.
    // Message events fetch the conversation, because its last_message_at changed.
    void applyEvent(const WebhookEvent &event);

    QDateTime cursor() const { return m_cursor; }
    QDateTime lastSynced() const { return m_lastSynced; }

signals:
    void synced(const QDateTime &when, int updatedRows);
    void resynced();
    void syncFailed(const weav::core::ApiError &error);

private:
    void poll();
    void onPage(const QJsonArray &items);
    void onPollFinished();
    void onPollFailed(const ApiError &error);
    void fetchAndMerge(const QString &conversationId);
    void advanceCursor(const QDateTime &updatedAt);
    void restartTimer();
    bool gapSinceLastPoll() const;

    QPointer<Session> m_session;
    QPointer<ConversationListModel> m_model;
    QTimer m_timer;
    QElapsedTimer m_sinceLastPoll;
    Pager *m_pager = nullptr;
    int m_intervalMs = DefaultIntervalMs;
    bool m_running = false;
    bool m_webhooksActive = false;
    bool m_gap = false;
    QDateTime m_cursor;
    QDateTime m_newestSeen;
    QDateTime m_lastSynced;
    int m_updatedInPoll = 0;
};

} // namespace weav::core
