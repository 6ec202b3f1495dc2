#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLoggingCategory>
#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>

namespace weav::core {

Q_DECLARE_LOGGING_CATEGORY(lcWebhooks)

// One webhook delivery as the Activity view shows it. Holds no body and no header, so no secret.
struct WebhookDeliveryRecord
{
    // The delivery id. For a rejected delivery it is the unverified X-Weav-Delivery header, and
    // empty when that header was missing.
    QString deliveryId;
    // The event type: from the verified envelope, or the unverified X-Weav-Event header of a
    // rejected delivery.
    QString event;
    QString organizationId;
    // The latest receipt of this delivery id, in UTC.
    QDateTime receivedAt;
    bool signatureVerified = false;
    // True when this delivery id had been recorded before, so its event is not emitted again.
    bool duplicate = false;
    // Receipts after the first one.
    int duplicateCount = 0;
};

// The persisted log of received webhook deliveries, in one SQLite file (WAL mode). It is the
// receiver's memory for de-duplication, so a delivery id recorded before a restart is still a
// duplicate after it, as long as its row is among the newest `capacity` rows.
// NOTE: a retry that arrives after more than `capacity` newer receipts counts as new and is
// emitted again. Pruning by age, past the sender's retry window of about 17 hours
// (1 + 2 + ... + 512 minutes), instead of by count would close that gap.
//
// Verified deliveries keep their raw body. Rejected deliveries (missing or wrong signature) are
// kept apart from them, under the claimed id and without a body, so that a forged request cannot
// mark a real delivery id as seen.
//
// Thread-safe: each thread gets its own connection, and one mutex serialises every statement of
// this process. Another process on the same file waits up to 10 s for SQLite's lock.
class WebhookEventLog
{
    Q_DECLARE_TR_FUNCTIONS(weav::core::WebhookEventLog)

public:
    static constexpr int DefaultCapacity = 5000;

    // ":memory:" keeps the log in a temporary folder that is removed with the object.
    explicit WebhookEventLog(const QString &path, int capacity = DefaultCapacity);
    ~WebhookEventLog();

    WebhookEventLog(const WebhookEventLog &) = delete;
    WebhookEventLog &operator=(const WebhookEventLog &) = delete;

    // Opens or creates the file, turns on WAL and creates the table. Returns false with a message
    // when the file cannot be opened, is not a SQLite database, or was written by a newer schema.
    bool open(QString *errorMessage = nullptr);

    QString filePath() const;
    int capacity() const;

    // Records a verified delivery with its raw body, or counts one more receipt of an id seen
    // before (the returned record is then flagged duplicate). Nullopt when the statement failed.
    std::optional<WebhookDeliveryRecord> recordVerified(const QString &deliveryId, const QString &event,
                                                        const QString &organizationId, const QDateTime &receivedAt,
                                                        const QByteArray &body);
    // Records a delivery whose signature was missing or wrong, without its body.
    std::optional<WebhookDeliveryRecord> recordRejected(const QString &claimedDeliveryId, const QString &claimedEvent,
                                                        const QDateTime &receivedAt);

    // The n most recently received deliveries, newest first.
    QList<WebhookDeliveryRecord> recent(int n) const;
    // The raw body of a verified delivery; nullopt when the id is not in the log.
    std::optional<QByteArray> body(const QString &deliveryId) const;
    int rowCount() const;

    // Closes the connections that threads other than the calling one opened. Call it only when
    // those threads no longer use the log, for example after the HTTP server was stopped.
    void closeOtherThreadConnections();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace weav::core

Q_DECLARE_METATYPE(weav::core::WebhookDeliveryRecord)
