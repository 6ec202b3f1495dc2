#pragma once

#include "WebhookListener.h"
#include "settings/LiveUpdateSettings.h"

#include <QObject>
#include <QPointer>

class QSettings;
class QStatusBar;

namespace weav::core {
class Session;
}

namespace weav::ui {

class ActivityView;
class InboxLiveUpdates;
class LiveUpdateSettingsPage;
class StatusItem;
class WebhookListener;

// Live updates of one main window: applies the profile's preferences (polling interval, webhook
// receiver) to the inbox, shows the receiver's state in the status bar, feeds the Activity area,
// and creates the Live Updates page of the settings dialog. The webhook listener is the one
// attached to the session (the demo's), or one this object starts from the preferences.
class LiveUpdates : public QObject
{
    Q_OBJECT

public:
    LiveUpdates(core::Session *session, QSettings *settings, QObject *parent = nullptr);
    ~LiveUpdates() override;

    // Either may be null when the area is not built.
    void attach(InboxLiveUpdates *inbox, ActivityView *activity, QStatusBar *statusBar);

    const LiveUpdatePreferences &preferences() const { return m_preferences; }
    // Saves the preferences for the profile and applies them: interval, receiver on or off, port.
    void applyPreferences(const LiveUpdatePreferences &preferences);

    WebhookListener *listener() const { return m_listener; }
    StatusItem *receiverItem() const { return m_receiverItem; }
    // Creates the settings page for the session's profile. Its Save applies the preferences here,
    // and it shows the receiver's state while it exists.
    LiveUpdateSettingsPage *createSettingsPage(QWidget *parent);

private:
    QString profileKey() const;
    void startListener();
    void useListener(WebhookListener *listener);
    void showReceiverState();

    QPointer<core::Session> m_session;
    QSettings *m_settings;
    LiveUpdatePreferences m_preferences;
    QPointer<InboxLiveUpdates> m_inbox;
    QPointer<ActivityView> m_activity;
    QPointer<WebhookListener> m_listener;
    // The listener this object started (not the demo's), owned here.
    WebhookListener *m_ownListener = nullptr;
    StatusItem *m_receiverItem = nullptr;
    QPointer<LiveUpdateSettingsPage> m_page;
};

} // namespace weav::ui
