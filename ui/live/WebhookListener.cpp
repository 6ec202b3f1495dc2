#include "WebhookListener.h"

#include "SandboxConfig.h"
#include "WebhookSecretAccess.h"
#include "workspace/Session.h"

#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>

namespace weav::ui {

Q_LOGGING_CATEGORY(lcLive, "weav.ui.live")

namespace {

// The session property that points at its listener.
constexpr char ListenerProperty[] = "weavWebhookListener";
constexpr int DemoSecretBytes = 32;

QByteArray randomSecret()
{
    QByteArray bytes(DemoSecretBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toHex();
}

} // namespace

WebhookListener::WebhookListener(QObject *parent)
    : QObject(parent)
{
}

WebhookListener::~WebhookListener() = default;

bool WebhookListener::start(quint16 port, const QByteArray &secret, const QString &eventLogPath)
{
    stop();
    ++m_generation;

    core::WebhookReceiverConfig config;
    config.port = port;
    config.secret = secret;
    config.eventLogPath = eventLogPath;
    m_receiver = std::make_unique<core::WebhookReceiver>(config);
    connect(m_receiver.get(), &core::WebhookReceiver::eventReceived, this, &WebhookListener::eventReceived);
    connect(m_receiver.get(), &core::WebhookReceiver::deliveryRecorded, this, &WebhookListener::deliveryRecorded);

    QString error;
    if (!m_receiver->start(&error)) {
        setState(State::Failed, error);
        return false;
    }
    qCInfo(lcLive).noquote() << "webhook listener on" << m_receiver->url().toString();
    setState(State::Listening);
    return true;
}

void WebhookListener::startForProfile(const core::Profile &profile, quint16 port)
{
    stop();
    const int generation = ++m_generation;
    setState(State::Starting);

    webhookSecrets::read(profile, this, [this, profile, port, generation](const core::CredentialResult &result) {
        if (generation != m_generation)
            return;
        if (!result.ok) {
            const QString reason = result.error.kind == core::CredentialResult::Error::Kind::NotFound
                ? tr("No webhook secret is stored for \"%1\". Enter it in Settings > Live Updates.").arg(profile.name)
                : result.error.message;
            setState(State::Failed, reason);
            return;
        }
        start(port, result.secret.toUtf8(), eventLogPathFor(profile.name));
    });
}

void WebhookListener::stop()
{
    ++m_generation;
    if (m_receiver) {
        m_receiver->stop();
        m_receiver.reset();
    }
    setState(State::Off);
}

WebhookListener *WebhookListener::startForDemo(sandbox::SandboxConfig *config, QObject *parent, QString *errorMessage)
{
    auto *listener = new WebhookListener(parent);
    const QByteArray secret = randomSecret();
    if (!listener->start(0, secret, QStringLiteral(":memory:"))) {
        if (errorMessage)
            *errorMessage = listener->failure();
        delete listener;
        return nullptr;
    }

    config->webhookUrl = listener->url();
    config->webhookSecret = secret;
    return listener;
}

void WebhookListener::attachTo(core::Session *session)
{
    session->setProperty(ListenerProperty, QVariant::fromValue(QPointer<QObject>(this)));
}

WebhookListener *WebhookListener::of(const core::Session *session)
{
    if (!session)
        return nullptr;
    return qobject_cast<WebhookListener *>(session->property(ListenerProperty).value<QPointer<QObject>>().data());
}

QString WebhookListener::stateText() const
{
    switch (m_state) {
    case State::Off:
        return tr("Webhooks off");
    case State::Starting:
        return tr("Webhooks starting…");
    case State::Listening:
        return tr("Webhooks: listening on port %1").arg(port());
    case State::Failed:
        return tr("Webhooks failed: %1").arg(m_failure);
    }
    return {};
}

quint16 WebhookListener::port() const
{
    return m_receiver ? m_receiver->port() : 0;
}

QUrl WebhookListener::url() const
{
    return m_receiver ? m_receiver->url() : QUrl();
}

QString WebhookListener::eventLogPathFor(const QString &profileName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(folder);
    QString name = profileName;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return folder + QStringLiteral("/webhooks-%1.sqlite").arg(name);
}

void WebhookListener::setState(State state, const QString &failure)
{
    if (state == m_state && failure == m_failure)
        return;
    m_state = state;
    m_failure = failure;
    if (state == State::Failed)
        qCWarning(lcLive).noquote() << "webhook listener failed:" << failure;
    emit stateChanged(state);
}

} // namespace weav::ui
