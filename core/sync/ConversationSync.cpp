#include "ConversationSync.h"

#include "api/Endpoints.h"
#include "api/Pager.h"
#include "models/ConversationListModel.h"
#include "types/JsonReader.h"
#include "webhooks/WebhookEvent.h"
#include "workspace/Session.h"

#include <QJsonArray>

namespace weav::core {

Q_LOGGING_CATEGORY(lcSync, "weav.core.sync")

namespace {

// With webhooks, polling runs this many times less often.
constexpr int WebhookSlowdown = 4;
// A poll that comes this many intervals late means the process did not run (sleep, a stopped
// debugger) or the network was away: the updates between may be more than one poll can trust.
constexpr int GapIntervals = 3;

} // namespace

ConversationSync::ConversationSync(Session *session, ConversationListModel *model, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_model(model)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConversationSync::syncNow);
    connect(session, &Session::reachabilityChanged, this, [this](bool reachable) {
        if (!reachable)
            noteGap();
        else if (m_running)
            syncNow();
    });
}

ConversationSync::~ConversationSync() = default;

void ConversationSync::setIntervalMs(int intervalMs)
{
    m_intervalMs = qMax(1000, intervalMs);
    if (isActive())
        restartTimer();
}

void ConversationSync::setWebhooksActive(bool active)
{
    m_webhooksActive = active;
    if (isActive())
        restartTimer();
}

int ConversationSync::effectiveIntervalMs() const
{
    return m_webhooksActive ? m_intervalMs * WebhookSlowdown : m_intervalMs;
}

void ConversationSync::start()
{
    m_running = true;
    if (!m_cursor.isValid())
        m_cursor = QDateTime::currentDateTimeUtc().addMSecs(-OverlapMs);
    if (m_sinceLastPoll.isValid() && gapSinceLastPoll())
        m_gap = true;
    if (!m_sinceLastPoll.isValid())
        m_sinceLastPoll.start();

    if (m_gap)
        syncNow();
    else
        restartTimer();
}

void ConversationSync::pause()
{
    m_running = false;
    m_timer.stop();
}

void ConversationSync::noteGap()
{
    m_gap = true;
}

bool ConversationSync::gapSinceLastPoll() const
{
    return m_sinceLastPoll.elapsed() > qint64(effectiveIntervalMs()) * GapIntervals;
}

void ConversationSync::restartTimer()
{
    if (m_running)
        m_timer.start(effectiveIntervalMs());
}

void ConversationSync::syncNow()
{
    if (!m_session || !m_model || m_pager)
        return;

    if (m_gap || (m_sinceLastPoll.isValid() && gapSinceLastPoll())) {
        resyncFully();
        return;
    }
    poll();
}

void ConversationSync::resyncFully()
{
    if (!m_model)
        return;

    qCInfo(lcSync) << "re-syncing the whole list after a gap";
    m_gap = false;
    m_cursor = QDateTime::currentDateTimeUtc().addMSecs(-OverlapMs);
    m_newestSeen = {};
    m_sinceLastPoll.restart();
    m_model->reload();
    m_lastSynced = QDateTime::currentDateTimeUtc();
    emit resynced();
    restartTimer();
}

void ConversationSync::poll()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("updated_since"), formatTimestamp(m_cursor));
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("updated_at"));

    m_updatedInPoll = 0;
    m_pager = new Pager(m_session->client(), ApiRequest::get(endpoints::conversations(), query), this);
    m_pager->setPerPage(100);
    connect(m_pager, &Pager::pageReady, this, [this](int, const QJsonArray &items, qint64) { onPage(items); });
    connect(m_pager, &Pager::finished, this, &ConversationSync::onPollFinished);
    connect(m_pager, &Pager::failed, this, &ConversationSync::onPollFailed);
    m_pager->start();
}

void ConversationSync::onPage(const QJsonArray &items)
{
    for (const QJsonValue &value : items) {
        std::optional<Conversation> conversation = Conversation::fromJson(value.toObject());
        if (!conversation)
            continue;
        advanceCursor(conversation->updatedAt);
        if (m_model)
            m_model->upsert(std::move(*conversation));
        ++m_updatedInPoll;
    }
}

void ConversationSync::advanceCursor(const QDateTime &updatedAt)
{
    if (updatedAt.isValid() && (!m_newestSeen.isValid() || updatedAt > m_newestSeen))
        m_newestSeen = updatedAt;
}

void ConversationSync::onPollFinished()
{
    m_pager->deleteLater();
    m_pager = nullptr;

    if (m_newestSeen.isValid())
        m_cursor = qMax(m_cursor, m_newestSeen.addMSecs(-OverlapMs));
    m_sinceLastPoll.restart();
    m_lastSynced = QDateTime::currentDateTimeUtc();
    if (m_session)
        m_session->noteSynced();
    qCDebug(lcSync) << "poll merged" << m_updatedInPoll << "conversations";
    emit synced(m_lastSynced, m_updatedInPoll);
    restartTimer();
}

void ConversationSync::onPollFailed(const ApiError &error)
{
    m_pager->deleteLater();
    m_pager = nullptr;

    // Some pages may have been merged and others not, so the next sync starts from scratch.
    m_gap = true;
    qCInfo(lcSync) << "poll failed, the next sync reloads the list:" << error.summary();
    emit syncFailed(error);
    restartTimer();
}

void ConversationSync::applyEvent(const WebhookEvent &event)
{
    if (!m_model || !event.name.startsWith(QLatin1String("conversation.")))
        return;

    if (event.kind == WebhookEventKind::ConversationDeleted) {
        m_model->remove(event.resourceId());
        return;
    }
    // The event's data may be partial (the webhook sample names the subject "title"), so the
    // conversation is read again rather than merged from the event.
    if (const Conversation *conversation = event.conversation())
        fetchAndMerge(conversation->id);
    else if (const Message *message = event.message())
        fetchAndMerge(message->conversationId);
}

void ConversationSync::fetchAndMerge(const QString &conversationId)
{
    if (!m_session || conversationId.isEmpty())
        return;

    ApiCall *call = m_session->client()->send(ApiRequest::get(endpoints::conversation(conversationId)));
    connect(call, &ApiCall::finished, this, [this](const ApiResponse &response) {
        if (!response.ok() || !m_model)
            return;
        if (std::optional<Conversation> conversation = Conversation::fromJson(response.object()))
            m_model->upsert(std::move(*conversation));
    });
}

} // namespace weav::core
