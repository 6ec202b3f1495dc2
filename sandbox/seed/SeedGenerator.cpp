#include "SeedGenerator.h"

#include "SeedSteps.h"
#include "SeedText.h"
#include "store/Database.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <cmath>

namespace weav::sandbox::seed {

namespace {

// The tables whose rows count as a workspace's data. Tokens do not count.
const QStringList DataTables = {QStringLiteral("users"),     QStringLiteral("agents"),
                                QStringLiteral("companies"), QStringLiteral("customers"),
                                QStringLiteral("conversations"), QStringLiteral("training_items")};

// Settings of one connection for the duration of the seed, put back afterwards.
//
// A larger page cache: the inserts land all over the indexes because the ids are random, and with
// the default cache SQLite spills dirty index pages to the write-ahead log again and again. Measured
// on the large seed (Release, 2 shared cores): 43 s and 1.7 GB written with the default cache, 18-24 s
// and 1.2 GB with 128 MiB.
//
// No fsync (synchronous = OFF). An application crash cannot harm the file, but an operating-system
// crash or power loss during the seed can corrupt it, as SQLite documents for this setting. That is
// acceptable for a demo file that the seed can write again.
class BulkWriteSettings
{
public:
    explicit BulkWriteSettings(const QSqlDatabase &db) : m_db(db)
    {
        m_cacheSize = pragmaValue(QStringLiteral("cache_size"), -2000);
        m_synchronous = pragmaValue(QStringLiteral("synchronous"), 1);
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -131072"));
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    }

    ~BulkWriteSettings()
    {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = %1").arg(m_synchronous));
    }

    BulkWriteSettings(const BulkWriteSettings &) = delete;
    BulkWriteSettings &operator=(const BulkWriteSettings &) = delete;

private:
    qint64 pragmaValue(const QString &name, qint64 fallback)
    {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("PRAGMA %1").arg(name));
        return query.next() ? query.value(0).toLongLong() : fallback;
    }

    QSqlDatabase m_db;
    qint64 m_cacheSize = -2000;
    qint64 m_synchronous = 1;
};

qint64 currentHourMs()
{
    return QDateTime::currentMSecsSinceEpoch() / HourMs * HourMs;
}

std::optional<QString> existingWorkspace(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query = sql::exec(db, QStringLiteral("SELECT id FROM workspaces WHERE name = ?"), {name});
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

bool hasData(const QSqlDatabase &db, const QString &workspaceId)
{
    for (const QString &table : DataTables) {
        if (sql::scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE workspace_id = ?)").arg(table), {workspaceId}))
            return true;
    }
    return false;
}

// Log-linear between the anchors 2,000 → 12, 20,000 → 25 and 200,000 → 60, and 12 below 2,000.
int usersFor(int conversations)
{
    if (conversations <= 2000)
        return 12;
    const double decades = std::log10(double(conversations) / 2000.0);
    if (decades <= 1.0)
        return int(std::lround(12.0 * std::pow(25.0 / 12.0, decades)));
    return int(std::lround(25.0 * std::pow(60.0 / 25.0, decades - 1.0)));
}

// 40 up to 2,000 conversations, 120 from 200,000, log-linear between.
int trainingItemsFor(int conversations)
{
    if (conversations <= 2000)
        return 40;
    const double decades = std::min(2.0, std::log10(double(conversations) / 2000.0));
    return int(std::lround(40.0 + 40.0 * decades));
}

QString workspaceDomain(const QString &workspace)
{
    const QString slug = text::asciiName(workspace);
    return (slug.isEmpty() ? QStringLiteral("workspace") : slug) + QStringLiteral(".example");
}

void insertWorkspace(SeedContext &context, const QString &name)
{
    sql::exec(context.db, QStringLiteral("INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)"),
              {context.workspaceId, name, context.workspaceCreatedAt});
}

void runSteps(SeedContext &context)
{
    seedTeam(context);
    seedAgents(context);
    seedCompanies(context);

    createCustomers(context);
    const std::vector<PlannedConversation> plan = planConversations(context);
    dateCustomers(context, plan);
    insertCustomers(context);

    seedConversations(context, plan);
    seedTraining(context);
}

// Moves the seed's pages from the write-ahead log into the database file and truncates the log.
// Readers on other connections can keep part of the log in use, and then the log stays large.
void checkpoint(Database &database)
{
    QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

// Throws SqlError when a statement fails, and the transaction is rolled back then.
std::optional<SeedSummary> seedInTransaction(Database &database, const SeedOptions &options, qint64 nowMs,
                                             QString *errorMessage)
{
    BulkWriteSettings bulkWrites(database.connection());
    WriteTransaction transaction(database);

    const std::optional<QString> existingId = existingWorkspace(transaction.db(), options.workspace);
    if (existingId && hasData(transaction.db(), *existingId)) {
        if (errorMessage) {
            *errorMessage = QStringLiteral("Workspace \"%1\" in %2 already has data; seed a new workspace name or a new file.")
                                .arg(options.workspace, database.filePath());
        }
        return std::nullopt;
    }

    SeedContext context(transaction.db(), SeedRandom(options.seed).derive(options.workspace));
    context.nowMs = nowMs;
    context.historyStartMs = nowMs - HistoryDays * DayMs;
    context.workspaceCreatedAt = nowMs - 3 * 365 * DayMs;
    context.conversationCount = options.conversations;
    context.scale = scaleFor(options.conversations);
    context.domain = workspaceDomain(options.workspace);
    context.workspaceId = existingId ? *existingId : context.random.derive(u"workspace").uuid();
    if (!existingId)
        insertWorkspace(context, options.workspace);

    runSteps(context);
    transaction.commit();

    context.summary.workspaceId = context.workspaceId;
    context.summary.nowMs = nowMs;
    return context.summary;
}

} // namespace

SeedScale scaleFor(int conversations)
{
    SeedScale scale;
    scale.users = usersFor(conversations);
    scale.companies = std::max(10, int(std::lround(conversations / 25.0)));
    scale.customers = std::max(30, int(std::lround(conversations / 3.0)));
    scale.trainingItems = trainingItemsFor(conversations);
    return scale;
}

std::optional<int> conversationsForSize(const QString &size)
{
    if (size == QLatin1String("small"))
        return 2000;
    if (size == QLatin1String("medium"))
        return 20000;
    if (size == QLatin1String("large"))
        return 200000;
    bool ok = false;
    const int count = size.toInt(&ok);
    if (!ok || count < 0)
        return std::nullopt;
    return count;
}

std::optional<SeedSummary> run(Database &database, const SeedOptions &options, QString *errorMessage)
{
    auto fail = [&](const QString &message) -> std::optional<SeedSummary> {
        if (errorMessage)
            *errorMessage = message;
        return std::nullopt;
    };

    if (options.workspace.trimmed().isEmpty())
        return fail(QStringLiteral("The workspace name is empty; give the workspace a name."));
    if (options.conversations < 0)
        return fail(QStringLiteral("Invalid number of conversations %1; give 0 or more.").arg(options.conversations));

    QElapsedTimer timer;
    timer.start();
    const qint64 nowMs = options.nowMs > 0 ? options.nowMs : currentHourMs();
    qCInfo(lcSeed).noquote() << "seeding workspace" << options.workspace << "in" << database.filePath() << "with"
                             << options.conversations << "conversations, seed" << options.seed;

    std::optional<SeedSummary> summary;
    try {
        summary = seedInTransaction(database, options, nowMs, errorMessage);
    } catch (const SqlError &error) {
        return fail(QStringLiteral("Could not seed workspace \"%1\" in %2: %3")
                        .arg(options.workspace, database.filePath(), QString::fromStdString(error.what())));
    }
    if (!summary)
        return std::nullopt;

    checkpoint(database);
    qCInfo(lcSeed).noquote() << "seeded workspace" << options.workspace << "in" << timer.elapsed() << "ms:"
                             << summary->users << "users," << summary->agents << "agents," << summary->companies
                             << "companies," << summary->customers << "customers," << summary->conversations
                             << "conversations," << summary->messages << "messages," << summary->trainingItems
                             << "training items";
    return summary;
}

} // namespace weav::sandbox::seed
