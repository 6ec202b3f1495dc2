#pragma once

#include "WebhookEvent.h"
#include "WebhookEventLog.h"
#include "net/HttpMessage.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace weav::core {

struct WebhookReceiverConfig
{
    // Loopback only unless the caller chooses another address.
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    // 0 picks a free port; port() returns it after start().
    quint16 port = 0;
    // The webhook secret. The caller reads it from the credential store; it is never logged or stored.
    QByteArray secret;
    // The SQLite file of the event log; ":memory:" keeps it in a temporary folder.
    QString eventLogPath;
};

// A loopback HTTP endpoint for Weav's webhook deliveries. It accepts a POST to any path, so the
// URL configured on the sender may carry any path. Each request is handled on an HTTP worker
// thread and gets:
//   - a method other than POST: 405 with `Allow: POST`;
//   - a body over 1 MiB: 413;
//   - a missing or wrong X-Weav-Signature: 401, recorded in the event log as unverified;
//   - a body that is not a JSON object with string `id` and `event`: 400;
//   - a valid delivery: recorded, then 200; its event is emitted later on the receiver's thread;
//   - a delivery id recorded before: 200 as well, so that the sender stops retrying, but flagged
//     duplicate and not emitted again;
//   - a failure to write the event log: 500, so that the sender retries.
// The reply is sent before any slot connected to eventReceived() runs.
class WebhookReceiver : public QObject
{
    Q_OBJECT

public:
    // The largest body accepted.
    // NOTE: the HTTP transport reads a body of up to 12 MiB (net::HttpServer::MaxBodyBytes) before
    // this limit is checked. Rejecting by Content-Length before reading needs a per-server body
    // limit in net::HttpServer.
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;
    static constexpr int WorkerThreads = 2;

    explicit WebhookReceiver(const WebhookReceiverConfig &config, QObject *parent = nullptr);
    ~WebhookReceiver() override;

    // Opens the event log and starts listening. Returns false with a message when the secret is
    // empty, the event log cannot be opened, or the address and port cannot be bound.
    bool start(QString *errorMessage = nullptr);
    // Stops listening. The event log stays open, so recentDeliveries() still works.
    void stop();

    bool isListening() const;
    // The bound port, 0 when not listening.
    quint16 port() const;
    // The URL to configure on the sender, e.g. http://127.0.0.1:41234/
    QUrl url() const;

    // The n most recently received deliveries, newest first; empty before the first start().
    QList<WebhookDeliveryRecord> recentDeliveries(int n) const;
    // The event log, or nullptr before the first start().
    const WebhookEventLog *eventLog() const;

    // Handles one request and returns the reply. The HTTP server calls it on a worker thread. It is
    // public so that a request can be fed in without a socket.
    net::HttpResponse handle(const net::HttpRequest &request);

signals:
    // A verified delivery that was not seen before. Emitted on the receiver's thread.
    void eventReceived(const weav::core::WebhookEvent &event);
    // Every recorded delivery: verified, duplicate or rejected. Emitted on the receiver's thread.
    void deliveryRecorded(const weav::core::WebhookDeliveryRecord &record);

private:
    bool checkConfig(QString *error) const;
    bool openEventLog(QString *error);
    bool listen(QString *error);

    net::HttpResponse rejectMethod(const net::HttpRequest &request);
    net::HttpResponse rejectSize(const net::HttpRequest &request);
    net::HttpResponse rejectSignature(const net::HttpRequest &request, const QDateTime &receivedAt);
    net::HttpResponse rejectEnvelope(const net::HttpRequest &request, const QString &reason);
    net::HttpResponse accept(const QJsonObject &envelope, const QByteArray &body, const QDateTime &receivedAt);
    void emitLater(const WebhookDeliveryRecord &record, const std::optional<WebhookEvent> &event);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace weav::core
