#include "LiveUpdates.h"

#include "InboxLiveUpdates.h"
#include "WebhookListener.h"
#include "activity/ActivityView.h"
#include "shell/SessionStatusBar.h"
#include "workspace/Session.h"

#include <QSettings>
#include <QStatusBar>

namespace weav::ui {

namespace {

// Pixels of the status bar that the receiver's state may take.
constexpr int MaxReceiverTextWidth = 420;

} // namespace

LiveUpdates::LiveUpdates(core::Session *session, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
{
    m_preferences = LiveUpdatePreferences::load(*settings, profileKey());
}

LiveUpdates::~LiveUpdates() = default;

// The demo's profile name is translated, so its preferences are kept under a fixed key.
QString LiveUpdates::profileKey() const
{
    return m_session->isDemo() ? QStringLiteral("demo") : m_session->profile().name;
}

void LiveUpdates::attach(InboxLiveUpdates *inbox, ActivityView *activity, QStatusBar *statusBar)
{
    m_inbox = inbox;
    m_activity = activity;

    if (statusBar) {
        m_receiverItem = new StatusItem(QStringLiteral("webhookReceiverItem"), statusBar);
        statusBar->addPermanentWidget(m_receiverItem);
    }
    if (m_inbox)
        m_inbox->setPollSeconds(m_preferences.pollSeconds);

    if (WebhookListener *demoListener = WebhookListener::of(m_session))
        useListener(demoListener);
    else if (m_preferences.webhooksEnabled)
        startListener();
    else
        useListener(nullptr);
}

void LiveUpdates::applyPreferences(const LiveUpdatePreferences &preferences)
{
    m_preferences = preferences;
    m_preferences.save(*m_settings, profileKey());
    qCInfo(lcLive) << "live updates: polling every" << preferences.pollSeconds << "s, webhooks"
                   << (preferences.webhooksEnabled ? "on" : "off") << "port" << preferences.webhookPort;

    if (m_inbox)
        m_inbox->setPollSeconds(preferences.pollSeconds);
    if (m_session->isDemo() && WebhookListener::of(m_session))
        return;

    if (preferences.webhooksEnabled) {
        // The secret may have changed too, so the receiver starts again with what is stored now.
        startListener();
        return;
    }
    if (m_ownListener)
        m_ownListener->stop();
    useListener(nullptr);
}

void LiveUpdates::startListener()
{
    if (!m_ownListener)
        m_ownListener = new WebhookListener(this);
    useListener(m_ownListener);
    m_ownListener->startForProfile(m_session->profile(), quint16(m_preferences.webhookPort));
}

void LiveUpdates::useListener(WebhookListener *listener)
{
    if (m_listener)
        disconnect(m_listener, nullptr, this, nullptr);
    m_listener = listener;
    if (listener)
        connect(listener, &WebhookListener::stateChanged, this, &LiveUpdates::showReceiverState);

    if (m_inbox)
        m_inbox->attachWebhooks(listener);
    if (m_activity)
        m_activity->setWebhookListener(listener);
    showReceiverState();
}

void LiveUpdates::showReceiverState()
{
    const QString text = m_listener ? m_listener->stateText() : tr("Webhooks off");
    if (m_page)
        m_page->setReceiverState(text);
    if (!m_receiverItem)
        return;

    const WebhookListener::State state = m_listener ? m_listener->state() : WebhookListener::State::Off;
    m_receiverItem->setVisible(state != WebhookListener::State::Off);
    switch (state) {
    case WebhookListener::State::Listening:
        m_receiverItem->setIconName(QStringLiteral("online"));
        m_receiverItem->setToolTip(tr("Webhook deliveries are received at %1").arg(m_listener->url().toString()));
        break;
    case WebhookListener::State::Failed:
        m_receiverItem->setIconName(QStringLiteral("error"));
        m_receiverItem->setToolTip(m_listener->failure());
        break;
    default:
        m_receiverItem->setIconName(QStringLiteral("sync"));
        m_receiverItem->setToolTip(QString());
        break;
    }
    // A long failure reason is cut in the bar, and the tooltip has all of it.
    m_receiverItem->setText(m_receiverItem->fontMetrics().elidedText(text, Qt::ElideRight, MaxReceiverTextWidth));
}

LiveUpdateSettingsPage *LiveUpdates::createSettingsPage(QWidget *parent)
{
    m_page = new LiveUpdateSettingsPage(m_session->profile(), m_session->isDemo(), m_preferences, parent);
    connect(m_page, &LiveUpdateSettingsPage::preferencesSaved, this, &LiveUpdates::applyPreferences);
    showReceiverState();
    return m_page;
}

} // namespace weav::ui
