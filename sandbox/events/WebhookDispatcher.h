#pragma once

#include "SandboxConfig.h"
#include "api/Services.h"

#include <QObject>
#include <QUrl>

namespace weav::sandbox {

// Signs and POSTs every published event to the configured webhook URL. The envelope is
// {event, id, organization_id, data}, and X-Weav-Signature is the lowercase hex HMAC-SHA256 of the
// raw body keyed with the secret. Failed deliveries are retried up to webhookMaxRetries times
// after 1, 2, 4, ... minutes (times webhookBackoffScale) with the same delivery id and body. A
// 410 Gone turns delivery off at once. Deliveries start in publish order, at most four at a time,
// so one that waits for its retry does not hold back later events. Because several are in flight,
// a receiver may see them arrive out of order.
//
// The dispatcher lives on the thread that created it, which must run an event loop. publish()
// may be called from any thread.
class WebhookDispatcher : public QObject, public EventSink
{
    Q_OBJECT

public:
    // Maximum number of requests on the wire at the same time.
    static constexpr int MaxInFlight = 4;
    // Time one attempt may take before it counts as a failure.
    static constexpr int TransferTimeoutMs = 10 * 1000;

    explicit WebhookDispatcher(const SandboxConfig &config, QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    void publish(const QString &workspaceId, const QString &event, const QJsonObject &data) override;

    // False when no webhook URL is configured, and after a 410 Gone.
    bool isEnabled() const;
    // Deliveries that have not been acknowledged or abandoned yet.
    int pendingCount() const;

signals:
    // One signal per attempt. status is 0 when no HTTP reply arrived.
    void attempted(const QString &deliveryId, const QString &event, int attempt, int status);
    // Emitted once, when a 410 turns delivery off.
    void deactivated(const QUrl &url);

private:
    struct Private;
    Private *d;
};

} // namespace weav::sandbox
