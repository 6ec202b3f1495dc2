#pragma once

#include "connect/FieldMessage.h"
#include "workspace/Profile.h"

#include <QCoreApplication>
#include <QWidget>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;

namespace weav::ui {

// The live-update settings of one profile, stored under liveUpdates/<profile>/. The webhook secret
// is not among them, because it lives in the credential store under core::webhookSecretKey(profile name).
struct LiveUpdatePreferences
{
    Q_DECLARE_TR_FUNCTIONS(weav::ui::LiveUpdatePreferences)

public:
    static constexpr int DefaultPollSeconds = 15;
    static constexpr int MinPollSeconds = 5;
    static constexpr int MaxPollSeconds = 600;
    static constexpr int DefaultWebhookPort = 8790;
    // Ports below 1024 need privileges on Linux.
    static constexpr int MinWebhookPort = 1024;

    // Seconds between two updated_since requests of the visible inbox list.
    int pollSeconds = DefaultPollSeconds;
    // Runs the webhook receiver on 127.0.0.1:webhookPort while the profile is connected.
    bool webhooksEnabled = false;
    int webhookPort = DefaultWebhookPort;

    // Reads the profile's values. A missing or out-of-range value reads as its default.
    static LiveUpdatePreferences load(const QSettings &settings, const QString &profileName);
    void save(QSettings &settings, const QString &profileName) const;

    friend bool operator==(const LiveUpdatePreferences &, const LiveUpdatePreferences &) = default;
};

// The Live updates page of the settings dialog, for the connected profile: the polling interval,
// and the webhook receiver (on or off, port, secret). The secret field is write-only: it starts
// empty, shows whether a secret is stored, and a typed secret replaces the stored one when Save is
// pressed. The page keeps the message at the field when the credential store rejects the secret,
// so nothing typed is lost. For the demo workspace the webhook part is fixed, because the demo
// delivers to this console on its own.
class LiveUpdateSettingsPage : public QWidget
{
    Q_OBJECT

public:
    LiveUpdateSettingsPage(const core::Profile &profile, bool demo, const LiveUpdatePreferences &preferences,
                           QWidget *parent = nullptr);

    LiveUpdatePreferences preferences() const;
    // Shows the state of the running receiver, e.g. "Webhooks: listening on port 8790".
    void setReceiverState(const QString &text);

    QSpinBox *pollSecondsBox() const { return m_pollSeconds; }
    QCheckBox *webhooksBox() const { return m_webhooks; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *secretField() const { return m_secret; }
    QPushButton *saveButton() const { return m_save; }
    QString secretMessage() const;
    // The message after the last save, e.g. "Saved. The inbox uses the new settings now.", or empty.
    QString statusText() const;

signals:
    // Save was pressed and the secret, if one was typed, is stored.
    void preferencesSaved(const weav::ui::LiveUpdatePreferences &preferences);

private:
    QHBoxLayout *buildSaveRow();
    QWidget *buildPollingGroup();
    QWidget *buildWebhookGroup();
    void readSecretState();
    void updateWebhookFields();
    void showSecretMessage(const QString &text, FieldMessage::Kind kind);
    void save();
    void storeSecretAndFinish(const LiveUpdatePreferences &preferences);
    void finish(const LiveUpdatePreferences &preferences);

    core::Profile m_profile;
    bool m_demo;
    bool m_secretStored = false;
    QSpinBox *m_pollSeconds = nullptr;
    QCheckBox *m_webhooks = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_secret = nullptr;
    FieldMessage *m_secretMessage = nullptr;
    QLabel *m_receiverState = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace weav::ui
