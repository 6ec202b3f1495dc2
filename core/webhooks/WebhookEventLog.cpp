#include "WebhookEventLog.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <atomic>

namespace weav::core {

Q_LOGGING_CATEGORY(lcWebhooks, "weav.core.webhooks")

namespace {

constexpr int SchemaVersion = 1;
constexpr int BusyTimeoutMs = 10000;

// The primary key is (delivery_id, signature_verified), so that a rejected request that claims a
// delivery id never makes the verified delivery with that id look like a duplicate. `sequence`
// grows with every receipt and orders the rows for recent() and for pruning.
const char *const SchemaStatements[] = {
    "CREATE TABLE IF NOT EXISTS webhook_deliveries ("
    " delivery_id TEXT NOT NULL,"
    " signature_verified INTEGER NOT NULL,"
    " event TEXT NOT NULL,"
    " organization_id TEXT NOT NULL DEFAULT '',"
    " first_received_at INTEGER NOT NULL,"
    " received_at INTEGER NOT NULL,"
    " duplicate_count INTEGER NOT NULL DEFAULT 0,"
    " body BLOB,"
    " sequence INTEGER NOT NULL,"
    " PRIMARY KEY (delivery_id, signature_verified))",
    "CREATE INDEX IF NOT EXISTS webhook_deliveries_sequence ON webhook_deliveries (sequence)",
};

// A number that no other thread of this process ever gets, unlike a thread id, which the system
// may give to a new thread once the old one has ended.
quint64 currentThreadSerial()
{
    static std::atomic<quint64> next{1};
    thread_local const quint64 serial = next++;
    return serial;
}

quint64 nextLogSerial()
{
    static std::atomic<quint64> next{1};
    return next++;
}

QString sqlErrorText(const QSqlQuery &query)
{
    return query.lastError().text();
}

// Prepares and runs one statement with positional values. Logs the failure and returns false.
bool run(QSqlQuery &query, const QString &statement, const QVariantList &values = {})
{
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        qCWarning(lcWebhooks).noquote() << "event log: failed to prepare" << statement << ":" << sqlErrorText(query);
        return false;
    }

    for (const QVariant &value : values)
        query.addBindValue(value);

    if (!query.exec()) {
        qCWarning(lcWebhooks).noquote() << "event log: statement failed:" << statement << ":" << sqlErrorText(query);
        return false;
    }
    return true;
}

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db) : m_query(db) { m_begun = run(m_query, QStringLiteral("BEGIN IMMEDIATE")); }

    ~Transaction()
    {
        if (m_begun && !m_committed)
            m_query.exec(QStringLiteral("ROLLBACK"));
    }

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begun() const { return m_begun; }

    bool commit()
    {
        m_committed = run(m_query, QStringLiteral("COMMIT"));
        return m_committed;
    }

private:
    QSqlQuery m_query;
    bool m_begun = false;
    bool m_committed = false;
};

// An empty string for a null one, because the text columns are NOT NULL and Qt binds a null
// QString as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QDateTime timeFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

WebhookDeliveryRecord recordFrom(const QSqlQuery &query)
{
    WebhookDeliveryRecord record;
    record.deliveryId = query.value(0).toString();
    record.signatureVerified = query.value(1).toBool();
    record.event = query.value(2).toString();
    record.organizationId = query.value(3).toString();
    record.receivedAt = timeFromMs(query.value(4).toLongLong());
    record.duplicateCount = query.value(5).toInt();
    record.duplicate = record.duplicateCount > 0;
    return record;
}

} // namespace

struct WebhookEventLog::Private
{
    // The fields of one receipt to record.
    struct Receipt
    {
        QString deliveryId;
        bool verified = false;
        QString event;
        QString organizationId;
        QDateTime receivedAt;
        std::optional<QByteArray> body;
    };

    QSqlDatabase connection();
    bool createSchema(const QSqlDatabase &db, QString *errorMessage);
    std::optional<WebhookDeliveryRecord> record(const Receipt &receipt);
    std::optional<WebhookDeliveryRecord> findRow(const QSqlDatabase &db, const QString &deliveryId, bool verified);
    bool insertRow(const QSqlDatabase &db, const Receipt &receipt, qint64 sequence);
    bool updateRow(const QSqlDatabase &db, const Receipt &receipt, qint64 sequence);
    bool prune(const QSqlDatabase &db);

    QString filePath;
    std::unique_ptr<QTemporaryDir> temporaryDir;
    int capacity = DefaultCapacity;
    quint64 serial = nextLogSerial();

    // Serialises every statement and guards `connectionNames`.
    QMutex mutex;
    // Connection names by thread serial.
    QHash<quint64, QString> connectionNames;
};

// The calling thread's connection, opened on first use. The caller holds the mutex.
QSqlDatabase WebhookEventLog::Private::connection()
{
    const quint64 thread = currentThreadSerial();
    const auto known = connectionNames.constFind(thread);
    if (known != connectionNames.constEnd())
        return QSqlDatabase::database(*known);

    const QString name = QStringLiteral("weav-webhook-log-%1-%2").arg(serial).arg(thread);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    connectionNames.insert(thread, name);

    if (!db.open()) {
        qCWarning(lcWebhooks).noquote() << "event log: failed to open" << filePath << ":" << db.lastError().text();
        return db;
    }

    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    return db;
}

bool WebhookEventLog::Private::createSchema(const QSqlDatabase &db, QString *errorMessage)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        *errorMessage = tr("%1 is not a SQLite database: %2. Choose another file for the webhook event log.")
                            .arg(filePath, sqlErrorText(query));
        return false;
    }

    query.exec(QStringLiteral("PRAGMA user_version"));
    const int version = query.next() ? query.value(0).toInt() : 0;
    if (version > SchemaVersion) {
        *errorMessage = tr("The webhook event log %1 was written by a newer version (schema %2, this version reads %3). "
                           "Update the console or choose another file.")
                            .arg(filePath)
                            .arg(version)
                            .arg(SchemaVersion);
        return false;
    }

    for (const char *statement : SchemaStatements) {
        if (!query.exec(QString::fromLatin1(statement))) {
            *errorMessage = tr("Could not create the webhook event log table in %1: %2").arg(filePath, sqlErrorText(query));
            return false;
        }
    }
    query.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
    return true;
}

std::optional<WebhookDeliveryRecord> WebhookEventLog::Private::findRow(const QSqlDatabase &db, const QString &deliveryId,
                                                                       bool verified)
{
    QSqlQuery query(db);
    const bool ran = run(query,
                         QStringLiteral("SELECT delivery_id, signature_verified, event, organization_id, received_at, "
                                        "duplicate_count FROM webhook_deliveries "
                                        "WHERE delivery_id = ? AND signature_verified = ?"),
                         {notNull(deliveryId), int(verified)});
    if (!ran || !query.next())
        return std::nullopt;
    return recordFrom(query);
}

bool WebhookEventLog::Private::insertRow(const QSqlDatabase &db, const Receipt &receipt, qint64 sequence)
{
    const qint64 receivedMs = receipt.receivedAt.toMSecsSinceEpoch();
    const QVariant body = receipt.body ? QVariant(*receipt.body) : QVariant(QMetaType(QMetaType::QByteArray));

    QSqlQuery query(db);
    return run(query,
               QStringLiteral("INSERT INTO webhook_deliveries (delivery_id, signature_verified, event, organization_id, "
                              "first_received_at, received_at, duplicate_count, body, sequence) "
                              "VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)"),
               {notNull(receipt.deliveryId), int(receipt.verified), notNull(receipt.event), notNull(receipt.organizationId),
                receivedMs, receivedMs, body, sequence});
}

bool WebhookEventLog::Private::updateRow(const QSqlDatabase &db, const Receipt &receipt, qint64 sequence)
{
    QSqlQuery query(db);
    return run(query,
               QStringLiteral("UPDATE webhook_deliveries SET duplicate_count = duplicate_count + 1, received_at = ?, "
                              "sequence = ? WHERE delivery_id = ? AND signature_verified = ?"),
               {receipt.receivedAt.toMSecsSinceEpoch(), sequence, notNull(receipt.deliveryId), int(receipt.verified)});
}

// Deletes every row older than the newest `capacity` ones.
bool WebhookEventLog::Private::prune(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return run(query,
               QStringLiteral("DELETE FROM webhook_deliveries WHERE sequence <= "
                              "(SELECT sequence FROM webhook_deliveries ORDER BY sequence DESC LIMIT 1 OFFSET ?)"),
               {capacity});
}

std::optional<WebhookDeliveryRecord> WebhookEventLog::Private::record(const Receipt &receipt)
{
    QMutexLocker lock(&mutex);
    const QSqlDatabase db = connection();
    Transaction transaction(db);
    if (!transaction.begun())
        return std::nullopt;

    QSqlQuery sequenceQuery(db);
    if (!run(sequenceQuery, QStringLiteral("SELECT IFNULL(MAX(sequence), 0) + 1 FROM webhook_deliveries"))
        || !sequenceQuery.next())
        return std::nullopt;
    const qint64 sequence = sequenceQuery.value(0).toLongLong();

    std::optional<WebhookDeliveryRecord> existing = findRow(db, receipt.deliveryId, receipt.verified);
    const bool written = existing ? updateRow(db, receipt, sequence) : insertRow(db, receipt, sequence);
    if (!written || !prune(db) || !transaction.commit())
        return std::nullopt;

    if (existing) {
        existing->receivedAt = receipt.receivedAt.toUTC();
        existing->duplicateCount += 1;
        existing->duplicate = true;
        return existing;
    }

    WebhookDeliveryRecord created;
    created.deliveryId = receipt.deliveryId;
    created.event = receipt.event;
    created.organizationId = receipt.organizationId;
    created.receivedAt = receipt.receivedAt.toUTC();
    created.signatureVerified = receipt.verified;
    return created;
}

WebhookEventLog::WebhookEventLog(const QString &path, int capacity) : d(std::make_unique<Private>())
{
    d->capacity = qMax(1, capacity);
    if (path == QLatin1String(":memory:")) {
        // Every thread has its own connection, and a real in-memory database would be private to
        // one connection, so ":memory:" is a file in a folder that is removed with the log.
        d->temporaryDir = std::make_unique<QTemporaryDir>();
        d->filePath = d->temporaryDir->filePath(QStringLiteral("webhook-events.sqlite"));
    } else {
        d->filePath = QFileInfo(path).absoluteFilePath();
    }
}

WebhookEventLog::~WebhookEventLog()
{
    QMutexLocker lock(&d->mutex);
    // Connections of other threads are removed without being fetched, because
    // QSqlDatabase::database() rejects a connection that another thread opened.
    for (const QString &name : std::as_const(d->connectionNames))
        QSqlDatabase::removeDatabase(name);
}

bool WebhookEventLog::open(QString *errorMessage)
{
    QString error;
    if (d->temporaryDir && !d->temporaryDir->isValid())
        error = tr("Could not create a temporary folder for the webhook event log: %1").arg(d->temporaryDir->errorString());
    else if (!QDir().mkpath(QFileInfo(d->filePath).absolutePath()))
        error = tr("Could not create the folder of the webhook event log %1.").arg(d->filePath);

    if (error.isEmpty()) {
        QMutexLocker lock(&d->mutex);
        const QSqlDatabase db = d->connection();
        if (!db.isOpen())
            error = tr("Could not open the webhook event log %1: %2").arg(d->filePath, db.lastError().text());
        else
            d->createSchema(db, &error);
    }

    if (!error.isEmpty()) {
        qCWarning(lcWebhooks).noquote() << "event log:" << error;
        if (errorMessage)
            *errorMessage = error;
        return false;
    }
    return true;
}

QString WebhookEventLog::filePath() const
{
    return d->filePath;
}

int WebhookEventLog::capacity() const
{
    return d->capacity;
}

std::optional<WebhookDeliveryRecord> WebhookEventLog::recordVerified(const QString &deliveryId, const QString &event,
                                                                     const QString &organizationId,
                                                                     const QDateTime &receivedAt, const QByteArray &body)
{
    return d->record({deliveryId, true, event, organizationId, receivedAt, body});
}

std::optional<WebhookDeliveryRecord> WebhookEventLog::recordRejected(const QString &claimedDeliveryId,
                                                                     const QString &claimedEvent,
                                                                     const QDateTime &receivedAt)
{
    return d->record({claimedDeliveryId, false, claimedEvent, QString(), receivedAt, std::nullopt});
}

QList<WebhookDeliveryRecord> WebhookEventLog::recent(int n) const
{
    if (n <= 0)
        return {};

    QMutexLocker lock(&d->mutex);
    QSqlQuery query(d->connection());
    const bool ran = run(query,
                         QStringLiteral("SELECT delivery_id, signature_verified, event, organization_id, received_at, "
                                        "duplicate_count FROM webhook_deliveries ORDER BY sequence DESC LIMIT ?"),
                         {n});

    QList<WebhookDeliveryRecord> records;
    while (ran && query.next())
        records.append(recordFrom(query));
    return records;
}

std::optional<QByteArray> WebhookEventLog::body(const QString &deliveryId) const
{
    QMutexLocker lock(&d->mutex);
    QSqlQuery query(d->connection());
    const bool ran = run(query,
                         QStringLiteral("SELECT body FROM webhook_deliveries WHERE delivery_id = ? AND signature_verified = 1"),
                         {deliveryId});
    if (!ran || !query.next())
        return std::nullopt;
    return query.value(0).toByteArray();
}

int WebhookEventLog::rowCount() const
{
    QMutexLocker lock(&d->mutex);
    QSqlQuery query(d->connection());
    if (!run(query, QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

void WebhookEventLog::closeOtherThreadConnections()
{
    QMutexLocker lock(&d->mutex);
    const quint64 current = currentThreadSerial();
    for (auto it = d->connectionNames.begin(); it != d->connectionNames.end();) {
        if (it.key() == current) {
            ++it;
            continue;
        }
        QSqlDatabase::removeDatabase(it.value());
        it = d->connectionNames.erase(it);
    }
}

} // namespace weav::core
