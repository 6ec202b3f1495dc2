#include "Database.h"

#include <QDir>
#include <atomic>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>

namespace weav::sandbox {

Q_LOGGING_CATEGORY(lcStore, "weav.sandbox.store")

namespace {

constexpr int SchemaVersion = 1;

QStringList schemaStatements()
{
    QFile file(QStringLiteral(":/weav-sandbox/schema.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return {};

    QStringList statements;
    QString current;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    return statements;
}

void configureConnection(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    query.exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
    query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    query.exec(QStringLiteral("PRAGMA cache_size = -32000"));
}

} // namespace

namespace {

// Connection names must be unique for the life of the process. Thread ids and object addresses are
// reused after a thread ends or an object is deleted, and a name reused that way would hand a new
// thread a connection that belongs to a finished one ("database does not belong to the calling
// thread"). Serial numbers never repeat.
std::atomic<quint64> nextDatabaseSerial{1};
std::atomic<quint64> nextThreadSerial{1};

// The connections a thread opened. They are closed and removed when the thread ends, so worker
// threads that come and go leave no open SQLite handles behind.
struct ThreadConnections
{
    quint64 serial = nextThreadSerial.fetch_add(1);
    QStringList names;

    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names)) {
            if (QSqlDatabase::contains(name))
                QSqlDatabase::removeDatabase(name);
        }
    }
};

ThreadConnections &threadConnections()
{
    thread_local ThreadConnections connections;
    return connections;
}

} // namespace

Database::Database(const QString &path)
    : m_serial(nextDatabaseSerial.fetch_add(1))
{
    if (path == QLatin1String(":memory:")) {
        m_temporaryDir = std::make_unique<QTemporaryDir>();
        m_filePath = m_temporaryDir->filePath(QStringLiteral("sandbox.sqlite"));
    } else {
        m_filePath = QDir(path).absolutePath();
    }
}

Database::~Database()
{
    QMutexLocker lock(&m_connectionsMutex);
    // Connections of other threads are removed without being fetched, because QSqlDatabase::database()
    // refuses a connection that belongs to another thread; removing one closes it.
    for (const QString &name : std::as_const(m_connectionNames)) {
        if (QSqlDatabase::contains(name))
            QSqlDatabase::removeDatabase(name);
    }
}

bool Database::open(QString *errorMessage)
{
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        if (errorMessage)
            *errorMessage = QStringLiteral("Could not open %1: %2").arg(m_filePath, db.lastError().text());
        return false;
    }

    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        if (errorMessage)
            *errorMessage = QStringLiteral("%1 is not a SQLite database: %2").arg(m_filePath, query.lastError().text());
        return false;
    }

    QMutexLocker lock(&m_writeMutex);
    const QStringList statements = schemaStatements();
    if (statements.isEmpty()) {
        if (errorMessage)
            *errorMessage = QStringLiteral("The schema resource is missing from the build.");
        return false;
    }
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            if (errorMessage)
                *errorMessage = QStringLiteral("Could not create the schema in %1: %2").arg(m_filePath, query.lastError().text());
            return false;
        }
    }

    query.exec(QStringLiteral("SELECT version FROM schema_info"));
    if (!query.next())
        query.exec(QStringLiteral("INSERT INTO schema_info (version) VALUES (%1)").arg(SchemaVersion));
    return true;
}

QSqlDatabase Database::connection()
{
    ThreadConnections &thread = threadConnections();
    const QString name = QStringLiteral("weav-sandbox-%1-%2").arg(m_serial).arg(thread.serial);

    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_filePath);
    if (db.open())
        configureConnection(db);
    else
        qCWarning(lcStore).noquote() << "could not open" << m_filePath << db.lastError().text();

    thread.names.append(name);
    QMutexLocker lock(&m_connectionsMutex);
    m_connectionNames.append(name);
    return db;
}

QByteArray Database::changeStamp()
{
    QSqlQuery query(connection());
    const qint64 external = query.exec(QStringLiteral("PRAGMA data_version")) && query.next() ? query.value(0).toLongLong() : -1;
    return QByteArray::number(m_commits.load()) + ':' + QByteArray::number(external);
}

WriteTransaction::WriteTransaction(Database &database)
    : m_database(database), m_lock(&database.writeMutex()), m_db(database.connection())
{
    sql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
}

WriteTransaction::~WriteTransaction()
{
    if (m_done)
        return;
    QSqlQuery rollback(m_db);
    rollback.exec(QStringLiteral("ROLLBACK"));
}

void WriteTransaction::commit()
{
    sql::exec(m_db, QStringLiteral("COMMIT"));
    m_done = true;
    m_database.noteCommit();
}

namespace sql {

QSqlQuery exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        throw SqlError(QStringLiteral("prepare failed: %1 in: %2").arg(query.lastError().text(), statement));

    for (const QVariant &value : values)
        query.addBindValue(value);

    if (!query.exec())
        throw SqlError(QStringLiteral("exec failed: %1 in: %2").arg(query.lastError().text(), statement));
    return query;
}

qint64 scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query = exec(db, statement, values);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QVariant nullable(const QString &value)
{
    return value.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

} // namespace sql

} // namespace weav::sandbox
