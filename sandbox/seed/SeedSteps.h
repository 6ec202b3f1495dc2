#pragma once

#include "SeedGenerator.h"
#include "SeedRandom.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>
#include <optional>
#include <vector>

// The steps of seed::run() and the records they hand to each other. Not part of the library's API.
namespace weav::sandbox::seed {

Q_DECLARE_LOGGING_CATEGORY(lcSeed)

constexpr qint64 SecondMs = 1000;
constexpr qint64 MinuteMs = 60 * SecondMs;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;

// Conversations fall in this many days before "now".
constexpr int HistoryDays = 90;

// An INSERT prepared once and executed once per row with new bind values.
class RowInserter
{
public:
    RowInserter(const QSqlDatabase &db, const QString &table, const QStringList &columns);

    // Throws SqlError when the statement fails.
    void insert(std::initializer_list<QVariant> values);

    int rowCount() const { return m_rowCount; }

private:
    QSqlQuery m_query;
    QString m_table;
    int m_rowCount = 0;
};

QVariant nullText();
QVariant nullInteger();
QVariant optionalText(const QString &value);
QVariant optionalInteger(std::optional<qint64> value);

// A JSON array of strings, written by hand because the seed writes hundreds of thousands of them.
// Escapes quotes and backslashes only, so the values must not contain control characters.
QString jsonStringArray(const QStringList &values);

// Record counts that scale with the number of conversations.
struct SeedScale
{
    int users = 0;
    int companies = 0;
    int customers = 0;
    int trainingItems = 0;
};

SeedScale scaleFor(int conversations);

struct Teammate
{
    QString id;
    QString name;
    QString firstName;
    QString role;
    qint64 createdAt = 0;
    // Relative share of the conversations assigned to this teammate.
    double workload = 1.0;
};

struct AiAgent
{
    QString id;
    QString name;
    bool isActive = true;
    bool isCopilot = false;
    bool isEmailAgent = false;
    double chatShare = 0.0;
    bool afterHours = false;
    QString focusTopic;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct Company
{
    QString id;
    QString name;
    QString domain;
    int locale = 0;
    std::optional<int> employeeCount;
    qint64 createdAt = 0;
};

struct Customer
{
    QString id;
    QString firstName;
    QString lastName;
    QString email;
    // Index into text::locales(), or -1 for spam senders, whose locale is unknown.
    int locale = -1;
    // Index into SeedContext::companies, or -1 without a company.
    int company = -1;
    bool isSpamSender = false;
    bool isVip = false;
    bool prefersChat = false;
    // Relative chance of being the customer of a conversation.
    double activity = 1.0;
    qint64 createdAt = 0;
    qint64 firstConversationAt = 0;
    qint64 lastSeenAt = 0;
};

// The state the steps share: the open transaction, the clock, and the records made so far.
struct SeedContext
{
    SeedContext(const QSqlDatabase &database, const SeedRandom &stream) : db(database), random(stream) {}

    QSqlDatabase db;
    SeedRandom random;

    QString workspaceId;
    // The workspace's e-mail domain, e.g. "demo.example".
    QString domain;
    qint64 nowMs = 0;
    qint64 historyStartMs = 0;
    qint64 workspaceCreatedAt = 0;
    int conversationCount = 0;
    SeedScale scale;
    // A three-hour outage during which volume triples and most conversations are about it.
    qint64 incidentStartMs = 0;
    qint64 incidentEndMs = 0;

    std::vector<Teammate> team;
    std::vector<AiAgent> agents;
    std::vector<Company> companies;
    std::vector<Customer> customers;

    SeedSummary summary;
};

// A conversation before it is written: when, and from whom.
struct PlannedConversation
{
    qint64 createdAt = 0;
    int customer = 0;
    bool isSpam = false;
};

void seedTeam(SeedContext &context);
void seedAgents(SeedContext &context);
void seedCompanies(SeedContext &context);

// Creates the customers in memory. insertCustomers() writes them once dateCustomers() has dated them.
void createCustomers(SeedContext &context);
std::vector<PlannedConversation> planConversations(SeedContext &context);
void dateCustomers(SeedContext &context, const std::vector<PlannedConversation> &plan);
void insertCustomers(SeedContext &context);

// Writes the conversations and their messages, then each customer's last_seen_at.
void seedConversations(SeedContext &context, const std::vector<PlannedConversation> &plan);

void seedTraining(SeedContext &context);

} // namespace weav::sandbox::seed
