#include "TrainingItemPoller.h"

#include "TrainingLogging.h"
#include "api/Endpoints.h"
#include "workspace/Session.h"

namespace weav::ui {

TrainingItemPoller::TrainingItemPoller(core::Session *session, QObject *parent) : QObject(parent), m_session(session)
{
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &TrainingItemPoller::poll);
}

void TrainingItemPoller::setIntervalMs(int intervalMs)
{
    m_timer.setInterval(qMax(50, intervalMs));
}

void TrainingItemPoller::watch(const QString &itemId)
{
    if (itemId.isEmpty() || m_watched.contains(itemId))
        return;
    m_watched.insert(itemId);
    updateTimer();
}

void TrainingItemPoller::unwatch(const QString &itemId)
{
    if (m_watched.remove(itemId))
        stopIfIdle();
}

void TrainingItemPoller::setWatched(const QStringList &itemIds)
{
    const QSet<QString> wanted(itemIds.cbegin(), itemIds.cend());
    if (wanted == m_watched)
        return;
    m_watched = wanted;
    updateTimer();
}

void TrainingItemPoller::pause()
{
    m_paused = true;
    updateTimer();
}

void TrainingItemPoller::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    updateTimer();
    if (!m_watched.isEmpty())
        poll();
}

void TrainingItemPoller::updateTimer()
{
    const bool active = !m_paused && !m_watched.isEmpty();
    if (active && !m_timer.isActive())
        m_timer.start();
    else if (!active)
        m_timer.stop();
}

void TrainingItemPoller::poll()
{
    if (!m_session)
        return;

    for (const QString &itemId : std::as_const(m_watched)) {
        if (m_inFlight.size() >= MaxRequestsInFlight)
            break;
        if (m_inFlight.contains(itemId))
            continue;

        m_inFlight.insert(itemId);
        core::ApiRequest request = core::ApiRequest::get(core::endpoints::trainingItem(itemId));
        // The next poll is the retry.
        request.retryPolicy = core::RetryPolicy::none();
        m_session->send(request, this, [this, itemId](const core::ApiResponse &response) { onReply(itemId, response); });
    }
}

void TrainingItemPoller::onReply(const QString &itemId, const core::ApiResponse &response)
{
    m_inFlight.remove(itemId);
    if (!m_watched.contains(itemId))
        return;

    if (response.error.isNotFound()) {
        qCInfo(lcTraining).noquote() << "followed training item" << itemId << "no longer exists";
        m_watched.remove(itemId);
        emit itemGone(itemId);
        stopIfIdle();
        return;
    }
    if (!response.ok()) {
        qCDebug(lcTraining).noquote() << "polling training item" << itemId << "failed:" << response.error.summary();
        return;
    }

    const std::optional<core::TrainingItem> item = core::TrainingItem::fromJson(response.object());
    if (!item)
        return;
    emit itemUpdated(*item);
    if (item->isSettled()) {
        m_watched.remove(itemId);
        emit itemSettled(*item);
        stopIfIdle();
    }
}

void TrainingItemPoller::stopIfIdle()
{
    updateTimer();
    if (m_watched.isEmpty())
        emit idle();
}

} // namespace weav::ui
