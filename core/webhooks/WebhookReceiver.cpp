#include "WebhookReceiver.h"

#include "WebhookSignature.h"
#include "net/HttpServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QMutex>

namespace weav::core {

namespace {

// Rejected requests are unauthenticated, so their log lines are limited to this many per minute.
constexpr int MaxRejectionLinesPerMinute = 20;
constexpr qint64 RejectionWindowMs = 60 * 1000;
// Unverified header values are cut to this length before they are logged or stored.
constexpr int MaxClaimedValueLength = 128;

// Counts rejection log lines per minute. take() returns false once the budget of the current
// minute is spent, and the first line written after that reports how many were held back.
class RejectionLogBudget
{
public:
    bool take(int *suppressedBefore)
    {
        QMutexLocker lock(&m_mutex);
        if (!m_window.isValid() || m_window.elapsed() >= RejectionWindowMs) {
            m_window.start();
            m_used = 0;
        }

        if (m_used >= MaxRejectionLinesPerMinute) {
            ++m_suppressed;
            return false;
        }

        ++m_used;
        *suppressedBefore = m_suppressed;
        m_suppressed = 0;
        return true;
    }

private:
    QMutex m_mutex;
    QElapsedTimer m_window;
    int m_used = 0;
    int m_suppressed = 0;
};

// Unverified request text, cut to a bounded length and with control characters replaced, so that
// it cannot forge or break log lines.
QString printable(const QByteArray &text)
{
    QString value = QString::fromUtf8(text).left(MaxClaimedValueLength);
    for (QChar &character : value) {
        if (!character.isPrint())
            character = u'?';
    }
    return value;
}

QString claimedValue(const net::HttpRequest &request, const QByteArray &header)
{
    return printable(request.header(header));
}

// "request from 127.0.0.1 for delivery 5d1e... (agent.created)", naming only the headers that were sent.
QString describeRequest(const net::HttpRequest &request)
{
    QString description = request.peerAddress.isEmpty() ? QStringLiteral("request")
                                                        : QStringLiteral("request from %1").arg(request.peerAddress);
    const QString deliveryId = claimedValue(request, "x-weav-delivery");
    const QString event = claimedValue(request, "x-weav-event");
    if (!deliveryId.isEmpty())
        description += QStringLiteral(" for delivery %1").arg(deliveryId);
    if (!event.isEmpty())
        description += QStringLiteral(" (%1)").arg(event);
    return description;
}

net::HttpResponse errorResponse(int status, const QString &code, const QString &message)
{
    return net::HttpResponse::json(status, QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
}

net::HttpResponse acknowledgement(const QString &deliveryId, bool duplicate)
{
    return net::HttpResponse::json(200, QJsonObject{{QStringLiteral("delivery_id"), deliveryId},
                                                    {QStringLiteral("duplicate"), duplicate}});
}

// Reads the body as an envelope whose `id` and `event` are non-empty strings. Returns nullopt
// and sets reason otherwise.
std::optional<QJsonObject> parseEnvelope(const QByteArray &body, QString *reason)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *reason = WebhookReceiver::tr("The body is not valid JSON: %1 at offset %2.")
                      .arg(parseError.errorString())
                      .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *reason = WebhookReceiver::tr("The body is not a JSON object.");
        return std::nullopt;
    }

    const QJsonObject envelope = document.object();
    if (envelope.value(QLatin1String("id")).toString().isEmpty()) {
        *reason = WebhookReceiver::tr("The envelope has no delivery id: `id` must be a non-empty string.");
        return std::nullopt;
    }
    if (envelope.value(QLatin1String("event")).toString().isEmpty()) {
        *reason = WebhookReceiver::tr("The envelope has no event type: `event` must be a non-empty string.");
        return std::nullopt;
    }
    return envelope;
}

void logParseProblems(const WebhookEvent &event)
{
    if (event.kind == WebhookEventKind::Unknown) {
        qCInfo(lcWebhooks).noquote() << "delivery" << event.deliveryId << event.name
                                     << "has an unknown event type; emitted without a parsed resource";
        return;
    }
    if (std::holds_alternative<std::monostate>(event.resource)) {
        qCWarning(lcWebhooks).noquote() << "delivery" << event.deliveryId << event.name
                                        << "has data without a string id; emitted without a parsed resource";
    }
    if (!event.parseIssues.isEmpty()) {
        qCWarning(lcWebhooks).noquote() << "delivery" << event.deliveryId << event.name
                                        << "has fields of unexpected types:" << event.parseIssues.summary();
    }
}

} // namespace

struct WebhookReceiver::Private
{
    // Writes one rejection line unless this minute's budget is spent.
    template<typename Write>
    void logRejection(Write write)
    {
        int suppressed = 0;
        if (!rejectionBudget.take(&suppressed))
            return;
        if (suppressed > 0)
            qCWarning(lcWebhooks) << suppressed << "rejected requests were not logged, over" << MaxRejectionLinesPerMinute
                                  << "per minute";
        write();
    }

    WebhookReceiverConfig config;
    RejectionLogBudget rejectionBudget;
    std::unique_ptr<WebhookEventLog> log;
    // Declared after the log, so it is destroyed first: its worker threads use the log.
    std::unique_ptr<net::HttpServer> server;
};

WebhookReceiver::WebhookReceiver(const WebhookReceiverConfig &config, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    qRegisterMetaType<WebhookEvent>();
    qRegisterMetaType<WebhookDeliveryRecord>();
    d->config = config;
}

WebhookReceiver::~WebhookReceiver()
{
    stop();
}

bool WebhookReceiver::start(QString *errorMessage)
{
    if (d->server)
        return true;

    QString error;
    if (checkConfig(&error) && openEventLog(&error))
        listen(&error);

    if (!error.isEmpty()) {
        qCWarning(lcWebhooks).noquote() << "webhook receiver did not start:" << error;
        if (errorMessage)
            *errorMessage = error;
        return false;
    }

    qCInfo(lcWebhooks).noquote() << "receiving webhook deliveries on" << url().toString() << "with the event log"
                                 << d->log->filePath();
    return true;
}

bool WebhookReceiver::checkConfig(QString *error) const
{
    if (d->config.secret.isEmpty()) {
        *error = tr("The webhook secret is empty. Enter the secret that the webhook sender signs deliveries with.");
        return false;
    }
    if (d->config.eventLogPath.isEmpty()) {
        *error = tr("The webhook event log path is empty. Choose a file for the event log.");
        return false;
    }
    return true;
}

// Opens the event log on the first start. A restart keeps the open log.
bool WebhookReceiver::openEventLog(QString *error)
{
    if (d->log)
        return true;

    auto log = std::make_unique<WebhookEventLog>(d->config.eventLogPath);
    if (!log->open(error))
        return false;
    d->log = std::move(log);
    return true;
}

bool WebhookReceiver::listen(QString *error)
{
    auto server = std::make_unique<net::HttpServer>([this](const net::HttpRequest &request) { return handle(request); },
                                                    WorkerThreads);

    QString listenError;
    if (!server->listen(d->config.address, d->config.port, &listenError)) {
        *error = tr("Could not listen for webhook deliveries on %1 port %2: %3. Choose another port, or close the "
                    "program that uses this one.")
                     .arg(d->config.address.toString())
                     .arg(d->config.port)
                     .arg(listenError);
        return false;
    }

    d->server = std::move(server);
    return true;
}

void WebhookReceiver::stop()
{
    if (!d->server)
        return;

    // Destroying the server waits for its worker threads, so no handler runs after this line.
    d->server.reset();
    d->log->closeOtherThreadConnections();
    qCInfo(lcWebhooks) << "stopped receiving webhook deliveries";
}

bool WebhookReceiver::isListening() const
{
    return d->server != nullptr;
}

quint16 WebhookReceiver::port() const
{
    return d->server ? d->server->serverPort() : 0;
}

QUrl WebhookReceiver::url() const
{
    if (!d->server)
        return {};

    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(d->server->serverAddress().toString());
    url.setPort(d->server->serverPort());
    url.setPath(QStringLiteral("/"));
    return url;
}

QList<WebhookDeliveryRecord> WebhookReceiver::recentDeliveries(int n) const
{
    return d->log ? d->log->recent(n) : QList<WebhookDeliveryRecord>();
}

const WebhookEventLog *WebhookReceiver::eventLog() const
{
    return d->log.get();
}

net::HttpResponse WebhookReceiver::handle(const net::HttpRequest &request)
{
    const QDateTime receivedAt = QDateTime::currentDateTimeUtc();

    if (!d->log)
        return errorResponse(503, QStringLiteral("receiver_not_started"), tr("The webhook receiver is not started."));

    if (request.method != "POST")
        return rejectMethod(request);

    if (request.body.size() > MaxBodyBytes)
        return rejectSize(request);

    if (!isValidWebhookSignature(request.body, d->config.secret, request.header("x-weav-signature")))
        return rejectSignature(request, receivedAt);

    QString reason;
    const std::optional<QJsonObject> envelope = parseEnvelope(request.body, &reason);
    if (!envelope)
        return rejectEnvelope(request, reason);

    return accept(*envelope, request.body, receivedAt);
}

net::HttpResponse WebhookReceiver::rejectMethod(const net::HttpRequest &request)
{
    d->logRejection([&] {
        qCInfo(lcWebhooks).noquote() << "rejected" << printable(request.method) << describeRequest(request)
                                     << "with 405: webhook deliveries use POST";
    });

    net::HttpResponse response = errorResponse(405, QStringLiteral("method_not_allowed"),
                                               tr("Webhook deliveries use POST, not %1.").arg(QString::fromLatin1(request.method)));
    response.setHeader("Allow", "POST");
    return response;
}

net::HttpResponse WebhookReceiver::rejectSize(const net::HttpRequest &request)
{
    d->logRejection([&] {
        qCWarning(lcWebhooks).noquote() << "rejected" << describeRequest(request) << "with 413: the body has"
                                        << request.body.size() << "bytes, over the limit of" << MaxBodyBytes;
    });

    return errorResponse(413, QStringLiteral("body_too_large"),
                         tr("The request body has %1 bytes, over the limit of %2 bytes (1 MiB).")
                             .arg(request.body.size())
                             .arg(MaxBodyBytes));
}

net::HttpResponse WebhookReceiver::rejectSignature(const net::HttpRequest &request, const QDateTime &receivedAt)
{
    const bool missing = request.header("x-weav-signature").isEmpty();
    const QString claimedId = claimedValue(request, "x-weav-delivery");
    const QString claimedEvent = claimedValue(request, "x-weav-event");

    d->logRejection([&] {
        qCWarning(lcWebhooks).noquote() << "rejected" << describeRequest(request) << "with 401:"
                                        << (missing ? "X-Weav-Signature is missing" : "X-Weav-Signature does not match the body");
    });

    // The record is kept apart from verified ones, so a forged id cannot mark a real delivery as seen.
    if (const auto record = d->log->recordRejected(claimedId, claimedEvent, receivedAt))
        emitLater(*record, std::nullopt);

    return missing ? errorResponse(401, QStringLiteral("signature_missing"),
                                   tr("The X-Weav-Signature header is missing. Sign the body with the webhook secret."))
                   : errorResponse(401, QStringLiteral("signature_invalid"),
                                   tr("The X-Weav-Signature header does not match the body. Check the webhook secret."));
}

net::HttpResponse WebhookReceiver::rejectEnvelope(const net::HttpRequest &request, const QString &reason)
{
    d->logRejection([&] {
        qCWarning(lcWebhooks).noquote() << "rejected" << describeRequest(request) << "with 400:" << reason;
    });

    return errorResponse(400, QStringLiteral("invalid_envelope"), reason);
}

net::HttpResponse WebhookReceiver::accept(const QJsonObject &envelope, const QByteArray &body, const QDateTime &receivedAt)
{
    const QString deliveryId = envelope.value(QLatin1String("id")).toString();
    const QString eventName = envelope.value(QLatin1String("event")).toString();
    const QString organizationId = envelope.value(QLatin1String("organization_id")).toString();

    const std::optional<WebhookDeliveryRecord> record =
        d->log->recordVerified(deliveryId, eventName, organizationId, receivedAt, body);
    if (!record) {
        qCWarning(lcWebhooks).noquote() << "delivery" << deliveryId << eventName
                                        << "answered 500: it could not be written to the event log"
                                        << d->log->filePath();
        return errorResponse(500, QStringLiteral("event_log_failed"),
                             tr("The delivery could not be recorded. Send it again later."));
    }

    if (record->duplicate) {
        qCInfo(lcWebhooks).noquote() << "delivery" << deliveryId << eventName
                                     << QStringLiteral("acknowledged as duplicate receipt %1, not emitted again")
                                            .arg(record->duplicateCount + 1);
        emitLater(*record, std::nullopt);
        return acknowledgement(deliveryId, true);
    }

    qCInfo(lcWebhooks).noquote() << "delivery" << deliveryId << eventName << "accepted";
    const WebhookEvent event = WebhookEvent::fromEnvelope(envelope, receivedAt);
    logParseProblems(event);
    emitLater(*record, event);
    return acknowledgement(deliveryId, false);
}

// Queues the signals to the receiver's thread, so the HTTP reply does not wait for their slots.
void WebhookReceiver::emitLater(const WebhookDeliveryRecord &record, const std::optional<WebhookEvent> &event)
{
    QMetaObject::invokeMethod(
        this,
        [this, record, event] {
            emit deliveryRecorded(record);
            if (event)
                emit eventReceived(*event);
        },
        Qt::QueuedConnection);
}

} // namespace weav::core
