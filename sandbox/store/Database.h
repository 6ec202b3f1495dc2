#pragma once

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <atomic>
#include <memory>
#include <stdexcept>

namespace weav::sandbox {

// A failed SQL statement. Thrown by the helpers below and turned into a 500 by the router.
class SqlError : public std::runtime_error
{
public:
    explicit SqlError(const QString &message) : std::runtime_error(message.toStdString()) {}
};

// The sandbox's SQLite file. Each thread gets its own connection (Qt SQL connections are bound to
// the thread that opened them); writers are serialised by one lock so that concurrent requests
// never meet SQLITE_BUSY inside the process. ":memory:" is served from a file in a temporary folder
// that is removed on exit, so that every thread sees the same data.
class Database
{
public:
    explicit Database(const QString &path);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the file, turns on WAL and foreign keys, and creates the schema. Returns false with a
    // message when the file cannot be opened or is not a sandbox database.
    bool open(QString *errorMessage);

    QString filePath() const { return m_filePath; }

    // The calling thread's connection, opened on first use.
    QSqlDatabase connection();

    // Serialises writers inside the process.
    QMutex &writeMutex() { return m_writeMutex; }

    // Changes whenever data may have changed: after every commit in this process, and (through
    // SQLite's PRAGMA data_version) after a commit by another process on the same file. Equal
    // stamps mean the data read under both is the same.
    QByteArray changeStamp();
    void noteCommit() { m_commits.fetch_add(1); }

private:
    quint64 m_serial = 0;
    QString m_filePath;
    std::unique_ptr<QTemporaryDir> m_temporaryDir;
    QMutex m_connectionsMutex;
    QStringList m_connectionNames;
    QMutex m_writeMutex;
    std::atomic<quint64> m_commits{0};
};

// One write transaction: takes the write lock, BEGIN IMMEDIATE, and rolls back unless commit()
// was called.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &database);
    ~WriteTransaction();

    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    QSqlDatabase &db() { return m_db; }
    void commit();

private:
    Database &m_database;
    QMutexLocker<QMutex> m_lock;
    QSqlDatabase m_db;
    bool m_done = false;
};

namespace sql {

// Prepares and runs a statement with positional bind values; throws SqlError on failure.
QSqlQuery exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

// Runs a statement that returns one integer (a COUNT, say).
qint64 scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

// A NULL for bind values when the string is null, the string otherwise.
QVariant nullable(const QString &value);

} // namespace sql

} // namespace weav::sandbox
