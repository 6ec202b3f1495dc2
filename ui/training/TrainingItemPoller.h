#pragma once

#include "types/TrainingItem.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace weav::core {
class Session;
struct ApiResponse;
}

namespace weav::ui {

// Follows training items that the server is still processing. URL items move pending → processing
// → ready or failed on the server's own time, so every interval the poller sends
// GET /v1/training-data/{id} for each followed item, at most MaxRequestsInFlight at a time. It
// stops following an item once it is ready, failed or gone.
class TrainingItemPoller : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 2000;
    static constexpr int MaxRequestsInFlight = 4;

    explicit TrainingItemPoller(core::Session *session, QObject *parent = nullptr);

    void setIntervalMs(int intervalMs);
    int intervalMs() const { return m_timer.interval(); }

    void watch(const QString &itemId);
    void unwatch(const QString &itemId);
    // Follows exactly these items from now on.
    void setWatched(const QStringList &itemIds);
    QStringList watched() const { return QStringList(m_watched.cbegin(), m_watched.cend()); }
    bool isWatching() const { return !m_watched.isEmpty(); }

    // No requests while paused (the view is hidden); resume() polls at once.
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }

signals:
    void itemUpdated(const weav::core::TrainingItem &item);
    // The item is ready or failed; sent after itemUpdated().
    void itemSettled(const weav::core::TrainingItem &item);
    // The item no longer exists in the workspace.
    void itemGone(const QString &itemId);
    // No item is followed any more.
    void idle();

private:
    void poll();
    void updateTimer();
    void onReply(const QString &itemId, const core::ApiResponse &response);
    void stopIfIdle();

    QPointer<core::Session> m_session;
    QSet<QString> m_watched;
    QSet<QString> m_inFlight;
    QTimer m_timer;
    bool m_paused = false;
};

} // namespace weav::ui
