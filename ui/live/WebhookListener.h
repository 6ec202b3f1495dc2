#pragma once

#include "webhooks/WebhookReceiver.h"
#include "workspace/Profile.h"

#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

#include <memory>

namespace weav::core {
class Session;
}

namespace weav::sandbox {
struct SandboxConfig;
}

namespace weav::ui {

Q_DECLARE_LOGGING_CATEGORY(lcLive)

// The console's webhook receiver for one workspace, with the state the status bar and the
// Activity area show. It wraps core::WebhookReceiver on 127.0.0.1. Its signals are emitted on the
// GUI thread, because the receiver queues them to the thread it lives on.
class WebhookListener : public QObject
{
    Q_OBJECT

public:
    enum class State { Off, Starting, Listening, Failed };
    Q_ENUM(State)

    explicit WebhookListener(QObject *parent = nullptr);
    ~WebhookListener() override;

    // Starts the receiver with this secret on port (0 picks a free one). The event log is an
    // SQLite file at eventLogPath, or ":memory:". Returns false and enters Failed with the reason.
    bool start(quint16 port, const QByteArray &secret, const QString &eventLogPath);
    // Reads the profile's webhook secret from its credential store, then starts on port with the
    // profile's event log file. The state is Starting until the secret is read.
    void startForProfile(const core::Profile &profile, quint16 port);
    void stop();

    // Starts a listener on a free loopback port with a random secret kept in memory, and points the
    // demo sandbox's deliveries at it (config.webhookUrl and webhookSecret). Call it before the
    // sandbox starts. Returns nullptr, with the reason, when no port could be bound.
    static WebhookListener *startForDemo(sandbox::SandboxConfig *config, QObject *parent, QString *errorMessage);

    // Makes the listener the one that views of the session use, without taking ownership.
    void attachTo(core::Session *session);
    // The listener attached to the session, or nullptr.
    static WebhookListener *of(const core::Session *session);

    State state() const { return m_state; }
    // The reason of the last failure; empty unless the state is Failed.
    QString failure() const { return m_failure; }
    // One line for the status bar: "Webhooks: listening on port 8790", "Webhooks failed: …".
    QString stateText() const;
    quint16 port() const;
    QUrl url() const;
    core::WebhookReceiver *receiver() const { return m_receiver.get(); }

    // The event log file of a profile, in the application's data folder.
    static QString eventLogPathFor(const QString &profileName);

signals:
    void stateChanged(weav::ui::WebhookListener::State state);
    void eventReceived(const weav::core::WebhookEvent &event);
    void deliveryRecorded(const weav::core::WebhookDeliveryRecord &record);

private:
    void setState(State state, const QString &failure = {});

    std::unique_ptr<core::WebhookReceiver> m_receiver;
    State m_state = State::Off;
    QString m_failure;
    // Bumped by every start() and stop(), so that a secret read for an earlier start is dropped.
    int m_generation = 0;
};

} // namespace weav::ui
