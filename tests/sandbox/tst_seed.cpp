// The demo seed: determinism, record counts and mix, the contract's rules on the seeded rows, and
// refusing a workspace that already has data.
// Not covered here yet: the medium and large sizes (only timed by hand) and how the API serves the
// seeded rows (the resource tests).

#include "seed/SeedGenerator.h"
#include "store/Database.h"
#include "store/Tokens.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace weav::sandbox;

namespace {

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 DayMs = 24 * HourMs;

// Friday 5 June 2026, 10:00 UTC.
constexpr qint64 FixedNowMs = 1780653600000;

const QStringList TagNames = {QStringLiteral("billing"),      QStringLiteral("refund"),    QStringLiteral("bug"),
                              QStringLiteral("feature-request"), QStringLiteral("onboarding"), QStringLiteral("vip"),
                              QStringLiteral("shipping"),     QStringLiteral("login"),     QStringLiteral("cancellation"),
                              QStringLiteral("integration"),  QStringLiteral("account"),   QStringLiteral("invoice")};

// Every table the seed writes, with the order that makes its dump stable.
const QList<QPair<QString, QString>> SeededTables = {
    {QStringLiteral("workspaces"), QStringLiteral("id")},
    {QStringLiteral("users"), QStringLiteral("id")},
    {QStringLiteral("agents"), QStringLiteral("id")},
    {QStringLiteral("agent_prohibited_phrases"), QStringLiteral("id")},
    {QStringLiteral("agent_escalation_rules"), QStringLiteral("id")},
    {QStringLiteral("companies"), QStringLiteral("id")},
    {QStringLiteral("customers"), QStringLiteral("id")},
    {QStringLiteral("conversations"), QStringLiteral("id")},
    {QStringLiteral("messages"), QStringLiteral("id")},
    {QStringLiteral("training_items"), QStringLiteral("id")},
    {QStringLiteral("training_item_agents"), QStringLiteral("training_item_id, agent_id")},
};

// The time columns of every seeded table.
const QList<QPair<QString, QStringList>> TimeColumns = {
    {QStringLiteral("workspaces"), {QStringLiteral("created_at")}},
    {QStringLiteral("users"), {QStringLiteral("created_at"), QStringLiteral("updated_at")}},
    {QStringLiteral("agents"), {QStringLiteral("created_at"), QStringLiteral("updated_at")}},
    {QStringLiteral("agent_prohibited_phrases"), {QStringLiteral("created_at"), QStringLiteral("updated_at")}},
    {QStringLiteral("agent_escalation_rules"), {QStringLiteral("created_at"), QStringLiteral("updated_at")}},
    {QStringLiteral("companies"), {QStringLiteral("created_at"), QStringLiteral("updated_at")}},
    {QStringLiteral("customers"),
     {QStringLiteral("first_seen_at"), QStringLiteral("last_seen_at"), QStringLiteral("created_at"),
      QStringLiteral("updated_at")}},
    {QStringLiteral("conversations"),
     {QStringLiteral("closed_at"), QStringLiteral("first_response_at"), QStringLiteral("last_message_at"),
      QStringLiteral("created_at"), QStringLiteral("updated_at")}},
    {QStringLiteral("messages"), {QStringLiteral("sent_at"), QStringLiteral("created_at")}},
    {QStringLiteral("training_items"), {QStringLiteral("created_at"), QStringLiteral("updated_at")}},
};

// A database file in its own temporary folder.
struct SeedFile
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;

    bool open()
    {
        database = std::make_unique<Database>(dir.filePath(QStringLiteral("seed.sqlite")));
        QString error;
        const bool opened = database->open(&error);
        if (!opened)
            qWarning("could not open the seed database: %s", qPrintable(error));
        return opened;
    }
};

SeedOptions optionsFor(const QString &workspace, int conversations, quint64 seed = 7)
{
    SeedOptions options;
    options.workspace = workspace;
    options.conversations = conversations;
    options.seed = seed;
    options.nowMs = FixedNowMs;
    return options;
}

QByteArray digestOf(Database &database)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &[table, order] : SeededTables) {
        hash.addData(table.toUtf8());
        QSqlQuery query(database.connection());
        query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order));
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i) {
                const QVariant value = query.value(i);
                hash.addData(value.isNull() ? QByteArrayLiteral("\x01null") : value.toString().toUtf8());
                hash.addData(QByteArrayLiteral("\x00"));
            }
        }
    }
    return hash.result().toHex();
}

// Seeds a fresh file and returns the digest of its rows, or an empty digest when the seed fails.
QByteArray seededDigest(const SeedOptions &options)
{
    SeedFile file;
    QString error;
    if (!file.open() || !seed::run(*file.database, options, &error)) {
        qWarning("seed failed: %s", qPrintable(error));
        return {};
    }
    return digestOf(*file.database);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

class SeedTest : public QObject
{
    Q_OBJECT

private:
    static constexpr int SmallSize = 2000;

    SeedFile m_file;
    SeedSummary m_summary;

    qint64 count(const QString &statement) { return sql::scalar(m_file.database->connection(), statement); }

    double share(const QString &condition, const QString &table = QStringLiteral("conversations"))
    {
        const qint64 total = count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        const qint64 matching = count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, condition));
        return total > 0 ? double(matching) / double(total) : 0.0;
    }

    QList<double> doubles(const QString &statement)
    {
        QList<double> values;
        QSqlQuery query(m_file.database->connection());
        query.exec(statement);
        while (query.next())
            values.append(query.value(0).toDouble());
        return values;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_file.open());

        QElapsedTimer timer;
        timer.start();
        QString error;
        const auto summary = seed::run(*m_file.database, optionsFor(QStringLiteral("demo"), SmallSize), &error);
        QVERIFY2(summary, qPrintable(error));
        m_summary = *summary;
        qInfo("small seed (%d conversations, %d messages) took %lld ms in this build", m_summary.conversations,
              m_summary.messages, timer.elapsed());
    }

    void sizesMapToCounts()
    {
        QCOMPARE(seed::conversationsForSize(QStringLiteral("small")), 2000);
        QCOMPARE(seed::conversationsForSize(QStringLiteral("medium")), 20000);
        QCOMPARE(seed::conversationsForSize(QStringLiteral("large")), 200000);
        QCOMPARE(seed::conversationsForSize(QStringLiteral("350")), 350);
        QVERIFY(!seed::conversationsForSize(QStringLiteral("huge")));
        QVERIFY(!seed::conversationsForSize(QStringLiteral("-5")));
    }

    void sameOptionsGiveSameRows()
    {
        const QByteArray first = seededDigest(optionsFor(QStringLiteral("demo"), 400));
        const QByteArray second = seededDigest(optionsFor(QStringLiteral("demo"), 400));
        QVERIFY(!first.isEmpty());
        QCOMPARE(second, first);
    }

    void otherSeedGivesOtherRows()
    {
        const QByteArray first = seededDigest(optionsFor(QStringLiteral("demo"), 400, 7));
        const QByteArray other = seededDigest(optionsFor(QStringLiteral("demo"), 400, 8));
        QVERIFY(!first.isEmpty());
        QVERIFY(!other.isEmpty());
        QVERIFY(other != first);
    }

    void nowDefaultsToCurrentHour()
    {
        SeedFile file;
        QVERIFY(file.open());
        SeedOptions options = optionsFor(QStringLiteral("demo"), 50);
        options.nowMs = 0;

        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const auto summary = seed::run(*file.database, options, nullptr);
        QVERIFY(summary);
        QCOMPARE(summary->nowMs % HourMs, 0);
        QVERIFY(summary->nowMs <= before);
        QVERIFY(summary->nowMs > before - 2 * HourMs);
    }

    void idsAreVersionFourUuids()
    {
        const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QSqlQuery query(m_file.database->connection());
        query.exec(QStringLiteral("SELECT id FROM conversations UNION ALL SELECT id FROM customers UNION ALL "
                                  "SELECT id FROM workspaces"));
        int invalid = 0;
        while (query.next())
            invalid += uuid.match(query.value(0).toString()).hasMatch() ? 0 : 1;
        QCOMPARE(invalid, 0);
    }

    void summaryMatchesRows()
    {
        QCOMPARE(m_summary.nowMs, FixedNowMs);
        QCOMPARE(m_summary.conversations, SmallSize);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations")), SmallSize);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM users")), m_summary.users);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM agents")), m_summary.agents);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM companies")), m_summary.companies);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customers")), m_summary.customers);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages")), m_summary.messages);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM training_items")), m_summary.trainingItems);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM workspaces WHERE id = '%1'").arg(m_summary.workspaceId)), 1);
    }

    void conversationsAscendInRowOrder()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations a JOIN conversations b ON b.rowid = a.rowid + 1 "
                                      "WHERE b.created_at < a.created_at")),
                 0);
    }

    void teamHasItsRoles()
    {
        QCOMPARE(m_summary.users, 12);
        const qint64 admins = count(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'admin'"));
        const qint64 leads = count(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'lead'"));
        QVERIFY2(admins >= 1 && admins <= 2, qPrintable(QString::number(admins)));
        QVERIFY2(leads >= 2 && leads <= 3, qPrintable(QString::number(leads)));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT name) FROM users")), 12);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM users WHERE email NOT LIKE '%_@demo.example'")), 0);
    }

    void agentsHaveOneOfEachKind()
    {
        QCOMPARE(m_summary.agents, 5);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM agents WHERE is_copilot = 1")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM agents WHERE is_copilot = 1 AND is_active = 1")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM agents WHERE is_email_agent = 1 AND is_active = 1")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM agents WHERE is_active = 0")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM agents WHERE tone NOT IN "
                                      "('Warm', 'Neutral', 'Professional', 'Direct', 'Witty')")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM agents WHERE response_length NOT IN ('Short', 'Standard', 'Long')")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM agents a WHERE NOT EXISTS "
                                      "(SELECT 1 FROM agent_prohibited_phrases p WHERE p.agent_id = a.id)")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM agents a WHERE NOT EXISTS "
                                      "(SELECT 1 FROM agent_escalation_rules r WHERE r.agent_id = a.id)")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM agent_escalation_rules WHERE channel NOT IN ('email', 'chat')")), 0);
    }

    void companiesAndCustomersScale()
    {
        QCOMPARE(m_summary.companies, SmallSize / 25);
        QVERIFY2(m_summary.customers >= SmallSize / 3 - 1 && m_summary.customers <= SmallSize / 3 + 1,
                 qPrintable(QString::number(m_summary.customers)));

        const double inCompany = share(QStringLiteral("company_id IS NOT NULL"), QStringLiteral("customers"));
        QVERIFY2(inCompany >= 0.6 && inCompany <= 0.8, qPrintable(QString::number(inCompany)));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM companies c WHERE NOT EXISTS "
                                      "(SELECT 1 FROM customers u WHERE u.company_id = c.id)")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM companies WHERE domain NOT LIKE '%.example'")), 0);
    }

    void customerEmailsAreUnique()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT email) FROM customers")), m_summary.customers);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE email NOT LIKE '%_@%_.example'")), 0);
    }

    void everyMessageHasItsConversation()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages m LEFT JOIN conversations c ON c.id = m.conversation_id "
                                      "WHERE c.id IS NULL")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations c WHERE NOT EXISTS "
                                      "(SELECT 1 FROM messages m WHERE m.conversation_id = c.id)")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM (SELECT COUNT(*) n FROM messages GROUP BY conversation_id) "
                                      "WHERE n > 12")),
                 0);
    }

    void chatsHaveActiveChatAgent()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE channel = 'chat' AND agent_id IS NULL")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations c JOIN agents a ON a.id = c.agent_id "
                                      "WHERE a.is_active = 0 OR a.is_email_agent = 1")),
                 0);
    }

    void assignmentsFollowChannelRules()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE (assignee_id IS NULL) != (assignee_type IS NULL)")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE channel = 'chat' AND assignee_type = 'agent' "
                                      "AND assignee_id != agent_id")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE channel = 'email' AND assignee_type = 'agent' "
                                      "AND assignee_id NOT IN (SELECT id FROM agents WHERE is_email_agent = 1 AND is_active = 1)")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE assignee_type = 'user' "
                                      "AND assignee_id NOT IN (SELECT id FROM users)")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations c JOIN users u ON u.id = c.assignee_id "
                                      "WHERE u.created_at > c.created_at")),
                 0);
    }

    void closedAtMatchesStatus()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE status = 'closed' "
                                      "AND (closed_at IS NULL OR closed_at < created_at)")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE status = 'open' AND closed_at IS NOT NULL")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE closed_at < last_message_at")), 0);
    }

    void firstResponseFollowsCreation()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE first_response_at < created_at")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE is_spam = 1 AND first_response_at IS NOT NULL")), 0);

        const double answered = share(QStringLiteral("first_response_at IS NOT NULL"));
        QVERIFY2(answered >= 0.85 && answered <= 0.96, qPrintable(QString::number(answered)));
    }

    void noTimeAfterNow()
    {
        for (const auto &[table, columns] : TimeColumns) {
            for (const QString &column : columns) {
                const qint64 late = count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 > %3").arg(table, column).arg(FixedNowMs));
                QVERIFY2(late == 0, qPrintable(table + QLatin1Char('.') + column));
            }
        }
    }

    void conversationsFallInHistory()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE created_at < %1").arg(FixedNowMs - 90 * DayMs)), 0);
    }

    void priorityRankMatchesPriority()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE priority_rank IS NOT "
                                      "CASE priority WHEN 'low' THEN 1 WHEN 'normal' THEN 2 WHEN 'high' THEN 3 "
                                      "WHEN 'urgent' THEN 4 END")),
                 0);
    }

    void tagsAreKnownJsonArrays()
    {
        QSqlQuery query(m_file.database->connection());
        query.exec(QStringLiteral("SELECT tags FROM conversations"));
        int notArrays = 0;
        int unknownTags = 0;
        int tooMany = 0;
        int duplicates = 0;
        while (query.next()) {
            const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toByteArray());
            if (!document.isArray()) {
                ++notArrays;
                continue;
            }
            QStringList tags;
            for (const QJsonValue &tag : document.array()) {
                unknownTags += TagNames.contains(tag.toString()) ? 0 : 1;
                tags.append(tag.toString());
            }
            tooMany += tags.size() > 3 ? 1 : 0;
            duplicates += tags.removeDuplicates() > 0 ? 1 : 0;
        }
        QCOMPARE(notArrays, 0);
        QCOMPARE(unknownTags, 0);
        QCOMPARE(tooMany, 0);
        QCOMPARE(duplicates, 0);
    }

    void mixIsRealistic()
    {
        const double email = share(QStringLiteral("channel = 'email'"));
        const double low = share(QStringLiteral("priority = 'low'"));
        const double urgent = share(QStringLiteral("priority = 'urgent'"));
        const double spam = share(QStringLiteral("is_spam = 1"));
        const double untagged = share(QStringLiteral("tags = '[]'"));
        QVERIFY2(email >= 0.5 && email <= 0.7, qPrintable(QString::number(email)));
        QVERIFY2(low >= 0.12 && low <= 0.28, qPrintable(QString::number(low)));
        QVERIFY2(urgent >= 0.03 && urgent <= 0.12, qPrintable(QString::number(urgent)));
        QVERIFY2(spam >= 0.01 && spam <= 0.06, qPrintable(QString::number(spam)));
        QVERIFY2(untagged >= 0.05 && untagged <= 0.3, qPrintable(QString::number(untagged)));
    }

    void spamScoresSeparateSpam()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE is_spam = 1 AND (spam_score < 0.8 OR spam_score > 0.99)")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE is_spam = 0 AND (spam_score < 0 OR spam_score > 0.3)")), 0);
    }

    void aiShareIsRealistic()
    {
        const double chatsWithAgent = double(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE channel = 'chat' AND assignee_type = 'agent'")))
            / double(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE channel = 'chat'")));
        const double mailWithAgent = double(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE channel = 'email' AND assignee_type = 'agent'")))
            / double(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE channel = 'email'")));
        QVERIFY2(chatsWithAgent >= 0.35 && chatsWithAgent <= 0.55, qPrintable(QString::number(chatsWithAgent)));
        QVERIFY2(mailWithAgent >= 0.08 && mailWithAgent <= 0.22, qPrintable(QString::number(mailWithAgent)));
    }

    void messagesMatchTheirConversation()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations c WHERE NOT EXISTS (SELECT 1 FROM messages m "
                                      "WHERE m.conversation_id = c.id AND m.created_at = c.created_at AND m.sender_type = 'customer')")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                                      "WHERE m.created_at < c.created_at OR m.customer_id != c.customer_id")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE sent_at != created_at")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations c WHERE c.first_response_at IS NOT "
                                      "(SELECT MIN(m.created_at) FROM messages m WHERE m.conversation_id = c.id "
                                      "AND m.sender_type IN ('user', 'agent') AND m.is_internal = 0)")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations c WHERE c.last_message_at IS NOT "
                                      "(SELECT MAX(m.created_at) FROM messages m WHERE m.conversation_id = c.id)")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE updated_at < "
                                      "MAX(created_at, last_message_at, COALESCE(closed_at, 0), COALESCE(first_response_at, 0))")),
                 0);

        const double average = double(m_summary.messages) / double(m_summary.conversations);
        QVERIFY2(average >= 3.0 && average <= 4.0, qPrintable(QString::number(average)));
    }

    void messageSendersAreValid()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE sender_type = 'system' AND sender_id IS NOT NULL")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                                      "WHERE m.sender_type = 'customer' AND m.sender_id != c.customer_id")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE sender_type = 'user' "
                                      "AND sender_id NOT IN (SELECT id FROM users)")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                                      "WHERE m.sender_type = 'agent' AND m.sender_id IS NOT c.agent_id "
                                      "AND m.sender_id NOT IN (SELECT id FROM agents WHERE is_email_agent = 1)")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE is_internal = 1 AND sender_type != 'user'")), 0);

        const double withNotes = share(QStringLiteral("EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = conversations.id "
                                                      "AND m.is_internal = 1)"));
        QVERIFY2(withNotes >= 0.08 && withNotes <= 0.16, qPrintable(QString::number(withNotes)));
    }

    void emailFieldsOnlyOnEmail()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                                      "WHERE c.channel = 'chat' AND (m.from_addresses IS NOT NULL OR m.to_addresses IS NOT NULL "
                                      "OR m.email_status IS NOT NULL)")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                                      "WHERE c.channel = 'email' AND m.sender_type IN ('user', 'agent') AND m.is_internal = 0 "
                                      "AND (m.email_status IS NULL OR m.email_status NOT IN ('sent', 'bounced'))")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE email_status = 'bounced' AND email_error_message IS NULL")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                                      "JOIN customers u ON u.id = c.customer_id WHERE c.channel = 'email' "
                                      "AND m.sender_type = 'customer' AND m.from_addresses != '[\"' || u.email || '\"]'")),
                 0);
    }

    void customersSeenAroundTheirConversations()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customers u WHERE u.first_seen_at > "
                                      "(SELECT MIN(c.created_at) FROM conversations c WHERE c.customer_id = u.id)")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customers u WHERE u.last_seen_at < "
                                      "(SELECT MAX(m.created_at) FROM messages m WHERE m.customer_id = u.id AND m.sender_type = 'customer')")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE last_seen_at < first_seen_at OR created_at > first_seen_at")), 0);
    }

    void volumeFollowsTheWorkWeek()
    {
        // strftime('%w') counts from Sunday = 0.
        const qint64 weekdays = count(QStringLiteral("SELECT COUNT(*) FROM conversations "
                                                     "WHERE strftime('%w', created_at / 1000, 'unixepoch') BETWEEN '1' AND '5'"));
        const qint64 weekend = m_summary.conversations - weekdays;
        const double weekdayPerDay = double(weekdays) / 5.0;
        const double weekendPerDay = double(weekend) / 2.0;
        QVERIFY2(weekdayPerDay > 2.0 * weekendPerDay, qPrintable(QStringLiteral("%1 vs %2").arg(weekdayPerDay).arg(weekendPerDay)));

        const qint64 firstMonth = count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE created_at < %1").arg(FixedNowMs - 60 * DayMs));
        const qint64 lastMonth = count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE created_at >= %1").arg(FixedNowMs - 30 * DayMs));
        QVERIFY2(lastMonth > firstMonth, qPrintable(QStringLiteral("%1 vs %2").arg(lastMonth).arg(firstMonth)));
    }

    void oldConversationsMostlyClosed()
    {
        const QString older = QStringLiteral("created_at < %1").arg(FixedNowMs - 7 * DayMs);
        const double closedOlder = double(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE status = 'closed' AND ") + older))
            / double(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE ") + older));
        QVERIFY2(closedOlder >= 0.9 && closedOlder <= 0.99, qPrintable(QString::number(closedOlder)));

        const QString recent = QStringLiteral("created_at >= %1").arg(FixedNowMs - 2 * DayMs);
        const double openRecent = double(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE status = 'open' AND ") + recent))
            / double(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE ") + recent));
        QVERIFY2(openRecent > 0.5, qPrintable(QString::number(openRecent)));
    }

    void responseTimesAreRealistic()
    {
        const double teammateMinutes = median(doubles(
            QStringLiteral("SELECT (first_response_at - created_at) / 60000.0 FROM conversations c WHERE assignee_type = 'user' "
                           "AND first_response_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM messages m "
                           "WHERE m.conversation_id = c.id AND m.sender_type = 'agent')")));
        const double agentSeconds = median(doubles(
            QStringLiteral("SELECT (first_response_at - created_at) / 1000.0 FROM conversations WHERE assignee_type = 'agent' "
                           "AND first_response_at IS NOT NULL")));
        const double resolutionHours = median(doubles(
            QStringLiteral("SELECT (closed_at - created_at) / 3600000.0 FROM conversations WHERE status = 'closed' AND is_spam = 0")));
        QVERIFY2(teammateMinutes >= 10 && teammateMinutes <= 60, qPrintable(QString::number(teammateMinutes)));
        QVERIFY2(agentSeconds >= 20 && agentSeconds <= 90, qPrintable(QString::number(agentSeconds)));
        QVERIFY2(resolutionHours >= 5 && resolutionHours <= 14, qPrintable(QString::number(resolutionHours)));
    }

    void trainingCoversTypesAndStatuses()
    {
        QCOMPARE(m_summary.trainingItems, 40);
        for (const QString &type : {QStringLiteral("text"), QStringLiteral("qa"), QStringLiteral("file"), QStringLiteral("url")})
            QVERIFY2(count(QStringLiteral("SELECT COUNT(*) FROM training_items WHERE type = '%1'").arg(type)) > 0, qPrintable(type));
        for (const QString &status : {QStringLiteral("pending"), QStringLiteral("processing"), QStringLiteral("ready"), QStringLiteral("failed")})
            QVERIFY2(count(QStringLiteral("SELECT COUNT(*) FROM training_items WHERE status = '%1'").arg(status)) > 0, qPrintable(status));

        const double ready = share(QStringLiteral("status = 'ready'"), QStringLiteral("training_items"));
        QVERIFY2(ready >= 0.6, qPrintable(QString::number(ready)));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM training_items WHERE (status = 'failed') != (error IS NOT NULL)")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM training_items WHERE type = 'file' "
                                      "AND (file_name IS NULL OR mime_type IS NULL OR size_bytes IS NULL)")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM training_items WHERE type = 'url' AND source_url NOT LIKE 'https://%'")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM training_items WHERE type = 'qa' AND (question IS NULL OR answer IS NULL)")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM training_items WHERE type = 'url' AND status = 'failed' "
                                      "AND source_url NOT LIKE '%.invalid/%'")),
                 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM training_item_agents")) > 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM training_item_agents WHERE agent_id NOT IN (SELECT id FROM agents)")), 0);
    }

    void workspaceWithDataIsRejected()
    {
        SeedFile file;
        QVERIFY(file.open());
        QVERIFY(seed::run(*file.database, optionsFor(QStringLiteral("demo"), 100), nullptr));

        QString error;
        const auto again = seed::run(*file.database, optionsFor(QStringLiteral("demo"), 100, 99), &error);
        QVERIFY(!again);
        QCOMPARE(error, QStringLiteral("Workspace \"demo\" in %1 already has data; seed a new workspace name or a new file.")
                            .arg(file.database->filePath()));
        QCOMPARE(sql::scalar(file.database->connection(), QStringLiteral("SELECT COUNT(*) FROM conversations")), 100);
    }

    void secondWorkspaceInSameFile()
    {
        SeedFile file;
        QVERIFY(file.open());
        const auto first = seed::run(*file.database, optionsFor(QStringLiteral("demo"), 100), nullptr);
        QVERIFY(first);

        QString error;
        const auto second = seed::run(*file.database, optionsFor(QStringLiteral("second"), 150), &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(second->workspaceId != first->workspaceId);
        QCOMPARE(sql::scalar(file.database->connection(), QStringLiteral("SELECT COUNT(*) FROM conversations WHERE workspace_id = ?"),
                             {second->workspaceId}),
                 150);
    }

    void emptyWorkspaceIsFilled()
    {
        SeedFile file;
        QVERIFY(file.open());
        const QString existingId = workspaces::ensure(*file.database, QStringLiteral("demo"));

        const auto summary = seed::run(*file.database, optionsFor(QStringLiteral("demo"), 60), nullptr);
        QVERIFY(summary);
        QCOMPARE(summary->workspaceId, existingId);
        QCOMPARE(sql::scalar(file.database->connection(), QStringLiteral("SELECT COUNT(*) FROM conversations WHERE workspace_id = ?"),
                             {existingId}),
                 60);
    }

    void invalidOptionsAreRejected()
    {
        SeedFile file;
        QVERIFY(file.open());
        QString error;
        QVERIFY(!seed::run(*file.database, optionsFor(QStringLiteral("  "), 10), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!seed::run(*file.database, optionsFor(QStringLiteral("demo"), -1), &error));
        QVERIFY(error.contains(QStringLiteral("-1")));
    }
};

QTEST_GUILESS_MAIN(SeedTest)
#include "tst_seed.moc"
