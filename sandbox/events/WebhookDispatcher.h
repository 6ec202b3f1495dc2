#pragma once

#include "SandboxConfig.h"
#include "api/Services.h"

#include <QObject>
#include <QUrl>

namespace weav::sandbox {

// Signs and POSTs every published event to the configured webhook URL. The envelope is
// {event, id, organization_id, data}; X-Weav-Signature is the lowercase hex HMAC-SHA256 of the
// raw body keyed with the secret. Failed deliveries are retried up to webhookMaxRetries times
// after 1, 2, 4, ... minutes (times webhookBackoffScale) with the same delivery id; a 410 Gone
// turns delivery off at once. publish() may be called from any thread.
class WebhookDispatcher : public QObject, public EventSink
{
    Q_OBJECT

public:
    explicit WebhookDispatcher(const SandboxConfig &config, QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    void publish(const QString &workspaceId, const QString &event, const QJsonObject &data) override;

    bool isEnabled() const;
    // Deliveries that have not been acknowledged or abandoned yet.
    int pendingCount() const;

signals:
    // One signal per attempt; status is 0 when no HTTP reply arrived.
    void attempted(const QString &deliveryId, const QString &event, int attempt, int status);
    // Emitted once, when a 410 turns delivery off.
    void deactivated(const QUrl &url);

private:
    struct Private;
    Private *d;
};

} // namespace weav::sandbox
