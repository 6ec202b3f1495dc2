#include "WebhookDispatcher.h"

#include "api/Json.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <map>

namespace weav::sandbox {

Q_LOGGING_CATEGORY(lcWebhooks, "weav.sandbox.webhooks")

namespace {

constexpr double FirstRetryDelayMs = 60.0 * 1000.0;

// One event on its way to the receiver. Every attempt sends the same id, body and signature.
struct Delivery
{
    // Publish order, kept across retries so that an older event goes out before newer ones.
    quint64 sequence = 0;
    QString id;
    QString event;
    QByteArray body;
    QByteArray signature;
    int attempts = 0;
};

QByteArray envelope(const QString &deliveryId, const QString &workspaceId, const QString &event,
                    const QJsonObject &data)
{
    const QJsonObject object{
        {QStringLiteral("event"), event},
        {QStringLiteral("id"), deliveryId},
        {QStringLiteral("organization_id"), workspaceId},
        {QStringLiteral("data"), data},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray sign(const QByteArray &body, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

// The wait before the attempt after `attemptsMade` failed ones: 1, 2, 4, ... minutes times scale.
int retryDelayMs(int attemptsMade, double scale)
{
    const double delay = FirstRetryDelayMs * std::ldexp(1.0, attemptsMade - 1) * scale;
    return int(std::clamp(delay, 0.0, double(std::numeric_limits<int>::max())));
}

// Returns the webhook URL for logs, without the user info, query and fragment that may contain secrets.
QString loggableUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

int httpStatus(const QNetworkReply *reply)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    return status.isValid() ? status.toInt() : 0;
}

} // namespace

struct WebhookDispatcher::Private
{
    Private(WebhookDispatcher *q, const SandboxConfig &config)
        : q(q), config(config), configured(!config.webhookUrl.isEmpty()), enabled(configured)
    {
    }

    // The result of one attempt for its delivery.
    enum class Outcome { Acknowledged, Gone, TurnedOff, NoRetriesLeft, Retry };

    void enqueue(Delivery delivery);
    void sendDue();
    void send(Delivery delivery);
    void onFinished(QNetworkReply *reply, const Delivery &delivery);
    void scheduleRetry(const Delivery &delivery);
    void deactivate(const Delivery &goneDelivery);
    Outcome outcomeOf(int status, int attempts) const;
    void logAbandoned(const Delivery &delivery, const char *reason);
    void stop();

    WebhookDispatcher *q;
    const SandboxConfig &config;
    const bool configured;
    std::atomic<bool> enabled;
    // Counted when publish() accepts an event, so that it includes events still crossing threads.
    std::atomic<int> pending{0};

    QNetworkAccessManager network;
    quint64 nextSequence = 0;
    // Deliveries ready to go, in publish order. A retry comes back here when its timer fires.
    std::map<quint64, Delivery> due;
    QList<QNetworkReply *> inFlight;
    QList<QTimer *> retryTimers;
};

WebhookDispatcher::WebhookDispatcher(const SandboxConfig &config, QObject *parent)
    : QObject(parent), d(new Private(this, config))
{
    if (d->configured)
        qCInfo(lcWebhooks).noquote() << "delivering webhook events to" << loggableUrl(config.webhookUrl);
}

WebhookDispatcher::~WebhookDispatcher()
{
    d->stop();
    delete d;
}

void WebhookDispatcher::publish(const QString &workspaceId, const QString &event, const QJsonObject &data)
{
    if (!d->configured)
        return;
    if (!d->enabled) {
        qCInfo(lcWebhooks).noquote() << "dropped event" << event << "because webhook delivery was turned off by 410 Gone";
        return;
    }

    Delivery delivery;
    delivery.id = json::newId();
    delivery.event = event;
    delivery.body = envelope(delivery.id, workspaceId, event, data);
    delivery.signature = sign(delivery.body, d->config.webhookSecret);

    ++d->pending;
    QMetaObject::invokeMethod(this, [this, delivery] { d->enqueue(delivery); }, Qt::QueuedConnection);
}

bool WebhookDispatcher::isEnabled() const
{
    return d->enabled;
}

int WebhookDispatcher::pendingCount() const
{
    return d->pending;
}

void WebhookDispatcher::Private::enqueue(Delivery delivery)
{
    if (!enabled) {
        --pending;
        logAbandoned(delivery, "webhook delivery was turned off by 410 Gone");
        return;
    }

    delivery.sequence = nextSequence++;
    due.emplace(delivery.sequence, std::move(delivery));
    sendDue();
}

void WebhookDispatcher::Private::sendDue()
{
    while (enabled && inFlight.size() < MaxInFlight && !due.empty()) {
        auto oldest = due.begin();
        Delivery delivery = std::move(oldest->second);
        due.erase(oldest);
        send(std::move(delivery));
    }
}

void WebhookDispatcher::Private::send(Delivery delivery)
{
    ++delivery.attempts;

    QNetworkRequest request(config.webhookUrl);
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("X-Weav-Event", delivery.event.toUtf8());
    request.setRawHeader("X-Weav-Signature", delivery.signature);
    request.setRawHeader("X-Weav-Delivery", delivery.id.toLatin1());
    request.setRawHeader("User-Agent", "weav-sandbox/" WEAV_VERSION);
    request.setTransferTimeout(TransferTimeoutMs);
    // A redirect is not an acknowledgement, so it is retried like any other non-2xx status.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    qCInfo(lcWebhooks).noquote() << "delivery" << delivery.id << delivery.event << "attempt" << delivery.attempts;
    QNetworkReply *reply = network.post(request, delivery.body);
    inFlight.append(reply);
    QObject::connect(reply, &QNetworkReply::finished, q, [this, reply, delivery] { onFinished(reply, delivery); });
}

void WebhookDispatcher::Private::onFinished(QNetworkReply *reply, const Delivery &delivery)
{
    inFlight.removeOne(reply);
    reply->deleteLater();

    const int status = httpStatus(reply);
    if (status == 0) {
        qCWarning(lcWebhooks).noquote() << "delivery" << delivery.id << delivery.event << "attempt" << delivery.attempts
                                        << "got no HTTP reply:" << reply->error();
    } else {
        qCInfo(lcWebhooks).noquote() << "delivery" << delivery.id << delivery.event << "attempt" << delivery.attempts
                                     << "got HTTP" << status;
    }

    const Outcome outcome = outcomeOf(status, delivery.attempts);
    if (outcome != Outcome::Retry)
        --pending;
    emit q->attempted(delivery.id, delivery.event, delivery.attempts, status);

    switch (outcome) {
    case Outcome::Acknowledged:
        break;
    case Outcome::Gone:
        deactivate(delivery);
        break;
    case Outcome::TurnedOff:
        logAbandoned(delivery, "webhook delivery was turned off by 410 Gone");
        break;
    case Outcome::NoRetriesLeft:
        logAbandoned(delivery, "no retries left");
        break;
    case Outcome::Retry:
        scheduleRetry(delivery);
        break;
    }

    sendDue();
}

void WebhookDispatcher::Private::scheduleRetry(const Delivery &delivery)
{
    const int delayMs = retryDelayMs(delivery.attempts, config.webhookBackoffScale);
    qCInfo(lcWebhooks).noquote() << "delivery" << delivery.id << delivery.event << "retry" << delivery.attempts << "of"
                                 << config.webhookMaxRetries << "in" << delayMs << "ms";

    auto *timer = new QTimer(q);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    retryTimers.append(timer);
    QObject::connect(timer, &QTimer::timeout, q, [this, timer, delivery] {
        retryTimers.removeOne(timer);
        timer->deleteLater();
        due.emplace(delivery.sequence, delivery);
        sendDue();
    });
    timer->start(delayMs);
}

void WebhookDispatcher::Private::deactivate(const Delivery &goneDelivery)
{
    enabled = false;

    const int dropped = int(due.size()) + int(retryTimers.size());
    pending -= dropped;
    due.clear();
    qDeleteAll(retryTimers);
    retryTimers.clear();

    qCWarning(lcWebhooks).noquote() << "delivery" << goneDelivery.id << goneDelivery.event << "got 410 Gone:"
                                    << "webhook delivery to" << loggableUrl(config.webhookUrl) << "is turned off,"
                                    << dropped << "queued deliveries dropped";
    emit q->deactivated(config.webhookUrl);
}

WebhookDispatcher::Private::Outcome WebhookDispatcher::Private::outcomeOf(int status, int attempts) const
{
    if (status >= 200 && status < 300)
        return Outcome::Acknowledged;
    if (!enabled)
        return Outcome::TurnedOff;
    if (status == 410)
        return Outcome::Gone;
    if (attempts > config.webhookMaxRetries)
        return Outcome::NoRetriesLeft;
    return Outcome::Retry;
}

void WebhookDispatcher::Private::logAbandoned(const Delivery &delivery, const char *reason)
{
    qCWarning(lcWebhooks).noquote() << "delivery" << delivery.id << delivery.event << "abandoned after"
                                    << delivery.attempts << "attempts:" << reason;
}

// NOTE: pending deliveries live only in memory, so stopping the sandbox drops them. Keeping them
// in the store would let a restarted sandbox resume their retries.
void WebhookDispatcher::Private::stop()
{
    if (pending > 0)
        qCInfo(lcWebhooks) << "stopping with" << int(pending) << "webhook deliveries pending, which are dropped";

    for (QNetworkReply *reply : std::as_const(inFlight)) {
        QObject::disconnect(reply, nullptr, q, nullptr);
        reply->abort();
        delete reply;
    }
    inFlight.clear();
    qDeleteAll(retryTimers);
    retryTimers.clear();
    due.clear();
}

} // namespace weav::sandbox
