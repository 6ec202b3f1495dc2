#include "InboxLiveUpdates.h"

#include "WebhookListener.h"
#include "api/Endpoints.h"
#include "inbox/ConversationPane.h"
#include "models/ConversationListModel.h"
#include "models/MessageListModel.h"
#include "shell/SessionStatusBar.h"
#include "workspace/Session.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QWidget>

namespace weav::ui {

namespace {

// The relative text counts seconds, so the label's text is set again every second.
constexpr int LabelRefreshMs = 1000;

} // namespace

InboxLiveUpdates::InboxLiveUpdates(core::Session *session, core::ConversationListModel *model, ConversationPane *pane,
                                   QWidget *host)
    : QObject(host)
    , m_session(session)
    , m_model(model)
    , m_pane(pane)
    , m_host(host)
    , m_sync(new core::ConversationSync(session, model, this))
{
    m_label = new QLabel(host);
    m_label->setObjectName(QStringLiteral("lastSyncedLabel"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(SessionStatusBar::tr("Synced %1 min ago").arg(59)) + 8);

    connect(&m_labelTimer, &QTimer::timeout, this, &InboxLiveUpdates::showLastSynced);
    m_labelTimer.setInterval(LabelRefreshMs);

    connect(m_sync, &core::ConversationSync::synced, this, &InboxLiveUpdates::noteSynced);
    connect(m_sync, &core::ConversationSync::synced, this, &InboxLiveUpdates::resyncIfPending);
    connect(m_sync, &core::ConversationSync::syncFailed, this, [this](const core::ApiError &error) {
        qCInfo(lcLive).noquote() << "inbox poll failed:" << error.summary();
        resyncIfPending();
    });
    connect(m_sync, &core::ConversationSync::resynced, this, [this] { m_resyncPending = false; });
    connect(session, &core::Session::reachabilityChanged, this, [this](bool reachable) {
        if (!reachable)
            m_resyncPending = true;
    });
    connect(model, &core::PagedListModel::pageLoaded, this, &InboxLiveUpdates::noteSynced);
    connect(model, &QAbstractItemModel::dataChanged, this, &InboxLiveUpdates::onRowChanged);

    host->installEventFilter(this);
    showLastSynced();
}

InboxLiveUpdates::~InboxLiveUpdates() = default;

void InboxLiveUpdates::setPollSeconds(int seconds)
{
    m_sync->setIntervalMs(seconds * 1000);
}

void InboxLiveUpdates::setEnabled(bool enabled)
{
    m_enabled = enabled;
    updatePolling();
}

void InboxLiveUpdates::attachWebhooks(WebhookListener *listener)
{
    if (m_listener)
        disconnect(m_listener, nullptr, this, nullptr);
    m_listener = listener;

    if (listener) {
        connect(listener, &WebhookListener::eventReceived, m_sync, &core::ConversationSync::applyEvent);
        connect(listener, &WebhookListener::eventReceived, this, &InboxLiveUpdates::noteSynced);
        connect(listener, &WebhookListener::stateChanged, this, &InboxLiveUpdates::onListenerState);
    }
    onListenerState();
}

void InboxLiveUpdates::onListenerState()
{
    const bool listening = m_listener && m_listener->state() == WebhookListener::State::Listening;
    m_sync->setWebhooksActive(listening);
}

bool InboxLiveUpdates::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::WindowStateChange:
        // Visibility flags settle after the event is delivered, so they are read on the next pass.
        QMetaObject::invokeMethod(this, &InboxLiveUpdates::updatePolling, Qt::QueuedConnection);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

bool InboxLiveUpdates::hostOnScreen() const
{
    const QWidget *window = m_host->window();
    return m_host->isVisible() && !window->isHidden() && !(window->windowState() & Qt::WindowMinimized);
}

void InboxLiveUpdates::updatePolling()
{
    // The inbox may have moved into another window since the last check.
    QWidget *window = m_host->window();
    if (window != m_host && window != m_watchedWindow) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = window;
        window->installEventFilter(this);
    }

    const bool onScreen = m_enabled && hostOnScreen();
    if (onScreen == m_sync->isActive())
        return;

    if (onScreen) {
        qCDebug(lcLive) << "inbox on screen: polling every" << m_sync->effectiveIntervalMs() << "ms";
        m_sync->start();
        m_labelTimer.start();
        showLastSynced();
    } else {
        qCDebug(lcLive) << "inbox off screen: polling paused";
        m_sync->pause();
        m_labelTimer.stop();
    }
}

// ConversationSync skips a sync requested while a poll is in flight. When the network came back
// during such a poll, the full re-sync runs once that poll has ended.
void InboxLiveUpdates::resyncIfPending()
{
    if (!m_resyncPending || !m_session || !m_session->isReachable() || !m_sync->isActive())
        return;
    QMetaObject::invokeMethod(m_sync, &core::ConversationSync::resyncFully, Qt::QueuedConnection);
}

void InboxLiveUpdates::noteSynced()
{
    m_lastSynced = QDateTime::currentDateTimeUtc();
    showLastSynced();
}

void InboxLiveUpdates::showLastSynced()
{
    m_label->setText(SessionStatusBar::relativeSyncText(m_lastSynced, QDateTime::currentDateTimeUtc()));
    m_label->setToolTip(m_lastSynced.isValid()
                            ? tr("The list was last read from the workspace at %1 (local time).")
                                  .arg(QLocale().toString(m_lastSynced.toLocalTime(), QLocale::LongFormat))
                            : tr("The list has not been read from the workspace yet."));
}

void InboxLiveUpdates::onRowChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const std::optional<core::Conversation> shown = m_pane->conversation();
    if (!shown)
        return;

    const int row = m_model->rowOf(shown->id);
    if (row >= topLeft.row() && row <= bottomRight.row())
        refreshPane(m_model->rowAt(row));
}

// Shows newer values of the pane's conversation, and reloads the thread when a message arrived
// since it was read. The composer's draft is not touched.
// NOTE: a shown conversation whose row leaves the list (it stopped matching) keeps its old values in
// the pane until it is opened again, because the model drops the row without its new values.
void InboxLiveUpdates::refreshPane(const core::Conversation &conversation)
{
    const std::optional<core::Conversation> shown = m_pane->conversation();
    if (!shown || shown->id != conversation.id || conversation.updatedAt < shown->updatedAt)
        return;

    const bool newMessage = conversation.lastMessageAt.isValid() && conversation.lastMessageAt != shown->lastMessageAt;
    m_pane->showConversation(conversation);
    if (newMessage) {
        qCDebug(lcLive) << "reloading the thread of" << conversation.id << "after a new message";
        m_pane->threadModel()->reload();
    }
}

} // namespace weav::ui
