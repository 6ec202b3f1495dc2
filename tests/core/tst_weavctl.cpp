// weavctl run in-process through runWeavctl with captured streams, against the sandbox over loopback
// and against scripted servers: every command and format, filters, paging, exports, profiles, exit
// codes, and that no token reaches the output.
// Not covered yet: the keychain credential store (the tests use the file store), --token-stdin from
// a terminal with its echo turned off, and a 429 whose Retry-After is longer than the retry cap.

#include "SandboxFixture.h"
#include "cli/CsvWriter.h"
#include "cli/WeavctlCommand.h"
#include "net/HttpServer.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <atomic>
#include <functional>
#include <memory>

using weav::core::cli::runWeavctl;
using weav::net::HttpRequest;
using weav::net::HttpResponse;
using weav::net::HttpServer;
using weav::sandbox::test::SandboxFixture;
using weav::sandbox::test::unknownId;

namespace {

constexpr int PlainConversationCount = 130;
// 2024-05-01T08:00:00Z; conversation i is created i hours later.
constexpr qint64 FirstCreatedMs = 1714550400000LL;
constexpr qint64 HourMs = 3600000LL;

const QString SpecialSubject = QStringLiteral("Refund, \"urgent\" please\nsecond line");
const QString PlusSubject = QStringLiteral("C++ build fails");
const QString ScriptedToken = QStringLiteral("scripted-token-5f0c2d9e8b7a4c31");
const QString ProfileToken = QStringLiteral("profile-token-9a8b7c6d5e4f3a2b1c0d");

const QStringList ListColumns{QStringLiteral("id"),      QStringLiteral("priority"),      QStringLiteral("status"),
                              QStringLiteral("channel"), QStringLiteral("subject"),       QStringLiteral("assignee_type"),
                              QStringLiteral("created_at"), QStringLiteral("last_message_at")};
const QStringList ExportColumns = ListColumns
                                  + QStringList{QStringLiteral("customer_id"), QStringLiteral("assignee_id"),
                                                QStringLiteral("tags"),        QStringLiteral("closed_at"),
                                                QStringLiteral("first_response_at"), QStringLiteral("updated_at")};

// One conversation that the fixture inserts, with the fields the filters look at.
struct ConversationSpec
{
    QString status;
    QString priority;
    QString channel;
    QString assigneeType; // empty: unassigned
    QString subject;
    QStringList tags;
    qint64 createdAt = 0;
};

QList<ConversationSpec> conversationSpecs()
{
    const QStringList priorities{QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"), QStringLiteral("urgent")};
    QList<ConversationSpec> specs;
    for (int i = 0; i < PlainConversationCount; ++i) {
        ConversationSpec spec;
        spec.status = i % 3 == 0 ? QStringLiteral("closed") : QStringLiteral("open");
        spec.priority = priorities.at(i % 4);
        spec.channel = i % 2 ? QStringLiteral("chat") : QStringLiteral("email");
        if (i % 5 == 0)
            spec.assigneeType = QStringLiteral("user");
        else if (i % 5 == 1)
            spec.assigneeType = QStringLiteral("agent");
        spec.subject = QStringLiteral("Conversation %1").arg(i);
        if (i % 7 == 0)
            spec.tags = QStringList{QStringLiteral("vip")};
        spec.createdAt = FirstCreatedMs + i * HourMs;
        specs.append(spec);
    }

    ConversationSpec special;
    special.status = QStringLiteral("open");
    special.priority = QStringLiteral("high");
    special.channel = QStringLiteral("email");
    special.subject = SpecialSubject;
    special.createdAt = FirstCreatedMs + PlainConversationCount * HourMs;
    specs.append(special);

    ConversationSpec plus = special;
    plus.status = QStringLiteral("closed");
    plus.subject = PlusSubject;
    plus.createdAt = special.createdAt + HourMs;
    specs.append(plus);
    return specs;
}

int countSpecs(const std::function<bool(const ConversationSpec &)> &predicate)
{
    const QList<ConversationSpec> specs = conversationSpecs();
    return int(std::count_if(specs.cbegin(), specs.cend(), predicate));
}

QString jsonText(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

// Reads RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; rows end with
// CRLF or LF.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += QLatin1Char('"');
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }

        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

QJsonArray firstItems(const QJsonArray &items, int count)
{
    QJsonArray first;
    for (int i = 0; i < count && i < items.size(); ++i)
        first.append(items.at(i));
    return first;
}

QStringList idsOf(const QJsonArray &items)
{
    QStringList ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

QJsonArray parseArray(const QString &text, bool *isArray)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    *isArray = error.error == QJsonParseError::NoError && document.isArray();
    return document.array();
}

QJsonObject conversationObject(const QString &id, const QString &status)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("channel"), QStringLiteral("email")},
            {QStringLiteral("customer_id"), QStringLiteral("c1")},
            {QStringLiteral("subject"), QStringLiteral("Scripted %1").arg(id)},
            {QStringLiteral("status"), status},
            {QStringLiteral("priority"), QStringLiteral("normal")},
            {QStringLiteral("created_at"), QStringLiteral("2024-05-01T08:00:00Z")},
            {QStringLiteral("updated_at"), QStringLiteral("2024-05-01T08:00:00Z")}};
}

// A list reply of one short page that ignores every filter: open and closed rows alike.
HttpResponse unfilteredPage(const HttpRequest &)
{
    QJsonArray data;
    for (int i = 0; i < 6; ++i)
        data.append(conversationObject(QStringLiteral("s%1").arg(i), i % 2 ? QStringLiteral("closed") : QStringLiteral("open")));
    return HttpResponse::json(200, {{QStringLiteral("data"), data}, {QStringLiteral("links"), QJsonObject()},
                                    {QStringLiteral("meta"), QJsonObject()}});
}

// A scripted server on 127.0.0.1 that counts the requests it receives.
class ScriptedServer
{
public:
    explicit ScriptedServer(std::function<HttpResponse(const HttpRequest &)> handler)
        : m_server([this, handler](const HttpRequest &request) {
              ++m_requests;
              return handler(request);
          }, 2)
    {
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    int requests() const { return m_requests; }

private:
    std::atomic<int> m_requests{0};
    HttpServer m_server;
};

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class WeavctlTest : public QObject
{
    Q_OBJECT

private:
    // Runs weavctl with the test's settings, and keeps the output for the token check in cleanup().
    Result run(const QStringList &arguments, const QProcessEnvironment &env, QIODevice *input = nullptr)
    {
        QString outText;
        QString errText;
        QTextStream out(&outText);
        QTextStream err(&errText);

        Result result;
        result.code = runWeavctl(arguments, out, err, env, m_settings.get(), input);
        out.flush();
        err.flush();
        result.out = outText;
        result.err = errText;
        m_outputs.append(outText + errText);
        return result;
    }

    // The environment of a run against the sandbox, with the given token (none when empty).
    QProcessEnvironment environment(const QString &baseUrl, const QString &token) const
    {
        QProcessEnvironment env;
        if (!baseUrl.isEmpty())
            env.insert(QStringLiteral("WEAV_BASE_URL"), baseUrl);
        if (!token.isEmpty())
            env.insert(QStringLiteral("WEAV_API_TOKEN"), token);
        env.insert(QStringLiteral("WEAV_RETRY_BASE_MS"), QStringLiteral("1"));
        env.insert(QStringLiteral("WEAV_CREDENTIALS_FILE"), credentialsPath());
        return env;
    }

    QProcessEnvironment sandboxEnvironment(const QString &token = {}) const
    {
        return environment(m_fixture.baseUrl().toString(), token.isEmpty() ? m_fixture.writeToken : token);
    }

    QString credentialsPath() const { return m_dir.filePath(QStringLiteral("credentials.json")); }

    Result listJson(const QStringList &extraArguments)
    {
        return run(QStringList{QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--format"),
                               QStringLiteral("json")} + extraArguments,
                   sandboxEnvironment());
    }

    void insertFixtureRows()
    {
        const QString userId = m_fixture.insertRow(QStringLiteral("users"), {{QStringLiteral("name"), QStringLiteral("Ada Lead")},
                                                                             {QStringLiteral("email"), QStringLiteral("ada@example.com")},
                                                                             {QStringLiteral("role"), QStringLiteral("lead")}});
        m_fixture.insertRow(QStringLiteral("users"), {{QStringLiteral("name"), QStringLiteral("Bo Agent")},
                                                      {QStringLiteral("email"), QStringLiteral("bo@example.com")},
                                                      {QStringLiteral("role"), QStringLiteral("agent")}});
        const QString agentId = m_fixture.insertRow(QStringLiteral("agents"), {{QStringLiteral("name"), QStringLiteral("Helper")},
                                                                               {QStringLiteral("slug"), QStringLiteral("helper")}});
        m_fixture.insertRow(QStringLiteral("agents"), {{QStringLiteral("name"), QStringLiteral("Copilot")},
                                                       {QStringLiteral("slug"), QStringLiteral("copilot")},
                                                       {QStringLiteral("is_copilot"), 1}});
        for (int i = 0; i < 4; ++i)
            m_fixture.insertRow(QStringLiteral("companies"), {{QStringLiteral("name"), QStringLiteral("Company %1").arg(i)},
                                                              {QStringLiteral("domain"), QStringLiteral("c%1.example").arg(i)}});
        for (int i = 0; i < 3; ++i)
            m_fixture.insertRow(QStringLiteral("training_items"), {{QStringLiteral("type"), QStringLiteral("text")},
                                                                   {QStringLiteral("title"), QStringLiteral("Article %1").arg(i)},
                                                                   {QStringLiteral("content"), QStringLiteral("Text %1").arg(i)},
                                                                   {QStringLiteral("status"), QStringLiteral("ready")}});

        const QString customerId = m_fixture.insertRow(QStringLiteral("customers"), {{QStringLiteral("email"), QStringLiteral("kim@example.com")},
                                                                                     {QStringLiteral("first_name"), QStringLiteral("Kim")}});
        m_fixture.insertRow(QStringLiteral("customers"), {{QStringLiteral("email"), QStringLiteral("lee@example.com")}});
        m_fixture.insertRow(QStringLiteral("customers"), {{QStringLiteral("email"), QStringLiteral("max@example.com")}});

        const QStringList priorities{QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"), QStringLiteral("urgent")};
        const QList<ConversationSpec> specs = conversationSpecs();
        for (qsizetype i = 0; i < specs.size(); ++i) {
            const ConversationSpec &spec = specs.at(i);
            QVariantMap row{{QStringLiteral("channel"), spec.channel},
                            {QStringLiteral("customer_id"), customerId},
                            {QStringLiteral("subject"), spec.subject},
                            {QStringLiteral("status"), spec.status},
                            {QStringLiteral("priority"), spec.priority},
                            {QStringLiteral("priority_rank"), priorities.indexOf(spec.priority) + 1},
                            {QStringLiteral("tags"), jsonText(spec.tags)},
                            {QStringLiteral("created_at"), spec.createdAt},
                            {QStringLiteral("updated_at"), spec.createdAt + 1000}};
            if (i % 2 == 0)
                row.insert(QStringLiteral("last_message_at"), spec.createdAt + 600000);
            if (spec.status == QLatin1String("closed"))
                row.insert(QStringLiteral("closed_at"), spec.createdAt + 7200000);
            if (spec.assigneeType == QLatin1String("user"))
                row.insert(QStringLiteral("assignee_id"), userId);
            if (spec.assigneeType == QLatin1String("agent"))
                row.insert(QStringLiteral("assignee_id"), agentId);
            if (!spec.assigneeType.isEmpty())
                row.insert(QStringLiteral("assignee_type"), spec.assigneeType);
            m_fixture.insertRow(QStringLiteral("conversations"), row);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_fixture.start(true));
        insertFixtureRows();
        m_allConversations = m_fixture.listAll(QStringLiteral("/v1/conversations"));
        QCOMPARE(m_allConversations.size(), PlainConversationCount + 2);
    }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("weavctl.ini")));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("weavctl.ini")), QSettings::IniFormat);
    }

    // Every output of every test is searched for every token.
    void cleanup()
    {
        const QStringList secrets{m_fixture.writeToken, m_fixture.readToken,    m_fixture.writeOnlyToken,
                                  m_fixture.expiredToken, ScriptedToken,       ProfileToken};
        const QStringList outputs = m_outputs;
        m_outputs.clear();
        for (const QString &output : outputs) {
            for (const QString &secret : secrets)
                QVERIFY2(!output.contains(secret), qPrintable(QStringLiteral("a token appeared in: ") + output.left(300)));
        }
        m_settings.reset();
    }

    // ---- Help, version and usage errors ----------------------------------------------------

    void versionPrintsNameAndVersion()
    {
        const Result result = run({QStringLiteral("--version")}, {});
        QCOMPARE(result.code, 0);
        QCOMPARE(result.out, QStringLiteral("weavctl %1\n").arg(QStringLiteral(WEAV_VERSION)));
        QCOMPARE(result.err, QString());
    }

    void helpListsCommandsAndVariables()
    {
        const Result result = run({QStringLiteral("--help")}, {});
        QCOMPARE(result.code, 0);
        QVERIFY(result.out.contains(QStringLiteral("export conversations --out FILE")));
        QVERIFY(result.out.contains(QStringLiteral("WEAV_CREDENTIALS_FILE")));
        QVERIFY(result.out.contains(QStringLiteral("WEAV_RETRY_BASE_MS")));
        QVERIFY(result.out.contains(QStringLiteral("Exit codes")));
        QCOMPARE(result.err, QString());
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");

        QTest::newRow("no command") << QStringList{} << QStringLiteral("No command");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("Unknown command \"frobnicate\"");
        QTest::newRow("missing sub-command") << QStringList{QStringLiteral("conversations")} << QStringLiteral("list, get");
        QTest::newRow("unknown sub-command") << QStringList{QStringLiteral("customers"), QStringLiteral("delete")}
                                             << QStringLiteral("Unknown sub-command");
        QTest::newRow("bad status") << QStringList{QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("pending")}
                                    << QStringLiteral("use one of: open, closed");
        QTest::newRow("bad priority") << QStringList{QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--priority=critical")}
                                      << QStringLiteral("low, normal, high, urgent");
        QTest::newRow("bad channel") << QStringList{QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--channel"), QStringLiteral("sms")}
                                     << QStringLiteral("email, chat");
        QTest::newRow("bad assignee type") << QStringList{QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--assignee-type"), QStringLiteral("bot")}
                                           << QStringLiteral("user, agent, none");
        QTest::newRow("bad sort") << QStringList{QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("subject")}
                                  << QStringLiteral("-last_message_at");
        QTest::newRow("bad created-from") << QStringList{QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--created-from"), QStringLiteral("garbage")}
                                          << QStringLiteral("is not a date");
        QTest::newRow("impossible date") << QStringList{QStringLiteral("export"), QStringLiteral("conversations"), QStringLiteral("--out"), QStringLiteral("x.csv"),
                                                        QStringLiteral("--created-to"), QStringLiteral("2024-02-30")}
                                         << QStringLiteral("is not a date");
        QTest::newRow("long tag") << QStringList{QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--tag"), QString(51, QLatin1Char('t'))}
                                  << QStringLiteral("at most 50");
        QTest::newRow("missing id") << QStringList{QStringLiteral("conversations"), QStringLiteral("get")} << QStringLiteral("needs a conversation ID");
        QTest::newRow("extra argument") << QStringList{QStringLiteral("conversations"), QStringLiteral("get"), QStringLiteral("a"), QStringLiteral("b")}
                                        << QStringLiteral("Unexpected argument \"b\"");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--colour")}
                                        << QStringLiteral("Unknown option --colour");
        QTest::newRow("option of another command") << QStringList{QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("open")}
                                                   << QStringLiteral("does not apply to users list");
        QTest::newRow("repeated option") << QStringList{QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--tag"), QStringLiteral("a"),
                                                        QStringLiteral("--tag"), QStringLiteral("b")}
                                         << QStringLiteral("more than once");
        QTest::newRow("option without value") << QStringList{QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--limit")}
                                              << QStringLiteral("needs a value");
        QTest::newRow("zero limit") << QStringList{QStringLiteral("agents"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")}
                                    << QStringLiteral("not a positive whole number");
        QTest::newRow("limit and all") << QStringList{QStringLiteral("agents"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--all")}
                                       << QStringLiteral("either --limit or --all");
        QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("users"), QStringLiteral("list")}
                                    << QStringLiteral("table, csv, json");
        QTest::newRow("export without out") << QStringList{QStringLiteral("export"), QStringLiteral("conversations")} << QStringLiteral("needs --out FILE");
        QTest::newRow("base url and profile") << QStringList{QStringLiteral("--base-url"), QStringLiteral("https://api.weav.com"), QStringLiteral("--profile"),
                                                             QStringLiteral("p"), QStringLiteral("check")}
                                              << QStringLiteral("not both");
        QTest::newRow("unknown profile") << QStringList{QStringLiteral("--profile"), QStringLiteral("nobody"), QStringLiteral("check")}
                                         << QStringLiteral("no profile named \"nobody\"");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);

        const Result result = run(arguments, sandboxEnvironment());
        QCOMPARE(result.code, 2);
        QCOMPARE(result.out, QString());
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        QVERIFY(result.err.startsWith(QStringLiteral("weavctl: ")));
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    }

    void noWorkspaceExitsTwo()
    {
        const Result result = run({QStringLiteral("users"), QStringLiteral("list")}, environment({}, m_fixture.writeToken));
        QCOMPARE(result.code, 2);
        QVERIFY(result.err.contains(QStringLiteral("No workspace is given")));
    }

    void plainHttpToRemoteHostExitsTwo()
    {
        const Result result = run({QStringLiteral("--base-url"), QStringLiteral("http://weav.example.invalid"), QStringLiteral("users"),
                                    QStringLiteral("list")},
                                   environment({}, m_fixture.writeToken));
        QCOMPARE(result.code, 2);
        QVERIFY(result.err.contains(QStringLiteral("plain http://")));
        QVERIFY(result.err.contains(QStringLiteral("--allow-plain-http")));
    }

    // ---- Lists and formats -------------------------------------------------------------------

    void conversationsTableShowsOnePage()
    {
        const Result result = run({QStringLiteral("conversations"), QStringLiteral("list")}, sandboxEnvironment());
        QCOMPARE(result.code, 0);
        QCOMPARE(result.err, QString());

        const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 16);
        const QStringList header = lines.first().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QCOMPARE(header, ListColumns);

        const QStringList expectedIds = idsOf(m_allConversations).mid(0, 15);
        const qsizetype statusColumn = lines.first().indexOf(QStringLiteral("status"));
        for (int i = 0; i < 15; ++i) {
            const QString &line = lines.at(i + 1);
            QVERIFY2(line.startsWith(expectedIds.at(i) + QLatin1Char(' ')), qPrintable(line));
            const QString status = line.mid(statusColumn).section(QLatin1Char(' '), 0, 0);
            QVERIFY2(status == QLatin1String("open") || status == QLatin1String("closed"), qPrintable(line));
        }
    }

    void tableCutsLongAndMultilineSubjects()
    {
        const Result result = run({QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--q"), QStringLiteral("refund")},
                                  sandboxEnvironment());
        QCOMPARE(result.code, 0);
        const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).contains(QStringLiteral("Refund, \"urgent\" please second line")));
    }

    void conversationsJsonIsRawArray()
    {
        const Result result = listJson({});
        QCOMPARE(result.code, 0);
        bool isArray = false;
        const QJsonArray items = parseArray(result.out, &isArray);
        QVERIFY(isArray);
        QCOMPARE(items.size(), 15);
        QCOMPARE(items, firstItems(m_allConversations, 15));
    }

    void limitTakesFirstRows()
    {
        const Result result = listJson({QStringLiteral("--limit"), QStringLiteral("37")});
        QCOMPARE(result.code, 0);
        bool isArray = false;
        const QJsonArray items = parseArray(result.out, &isArray);
        QVERIFY(isArray);
        QCOMPARE(items.size(), 37);
        QCOMPARE(idsOf(items), idsOf(m_allConversations).mid(0, 37));
    }

    void limitBeyondOnePageOfHundred()
    {
        const Result result = listJson({QStringLiteral("--limit=120")});
        QCOMPARE(result.code, 0);
        bool isArray = false;
        const QJsonArray items = parseArray(result.out, &isArray);
        QVERIFY(isArray);
        QCOMPARE(items.size(), 120);
        QCOMPARE(idsOf(items), idsOf(m_allConversations).mid(0, 120));
    }

    void limitLargerThanListReturnsAll()
    {
        const Result result = listJson({QStringLiteral("--limit"), QStringLiteral("1000")});
        QCOMPARE(result.code, 0);
        bool isArray = false;
        QCOMPARE(parseArray(result.out, &isArray).size(), m_allConversations.size());
    }

    void allFetchesEveryPageInOrder()
    {
        const Result result = listJson({QStringLiteral("--all")});
        QCOMPARE(result.code, 0);
        bool isArray = false;
        const QJsonArray items = parseArray(result.out, &isArray);
        QVERIFY(isArray);
        QCOMPARE(items.size(), PlainConversationCount + 2);
        const QStringList ids = idsOf(items);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), PlainConversationCount + 2);
        QCOMPARE(ids, idsOf(m_allConversations));
    }

    void filtersSelectMatchingRows_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("expected");

        const qint64 from = QDateTime(QDate(2024, 5, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2024, 5, 3), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

        QTest::newRow("status closed") << QStringList{QStringLiteral("--status"), QStringLiteral("closed")}
                                       << countSpecs([](const ConversationSpec &s) { return s.status == QLatin1String("closed"); });
        QTest::newRow("priority urgent") << QStringList{QStringLiteral("--priority"), QStringLiteral("urgent")}
                                         << countSpecs([](const ConversationSpec &s) { return s.priority == QLatin1String("urgent"); });
        QTest::newRow("channel chat") << QStringList{QStringLiteral("--channel"), QStringLiteral("chat")}
                                      << countSpecs([](const ConversationSpec &s) { return s.channel == QLatin1String("chat"); });
        QTest::newRow("assignee none") << QStringList{QStringLiteral("--assignee-type"), QStringLiteral("none")}
                                       << countSpecs([](const ConversationSpec &s) { return s.assigneeType.isEmpty(); });
        QTest::newRow("assignee agent") << QStringList{QStringLiteral("--assignee-type"), QStringLiteral("agent")}
                                        << countSpecs([](const ConversationSpec &s) { return s.assigneeType == QLatin1String("agent"); });
        QTest::newRow("tag vip") << QStringList{QStringLiteral("--tag"), QStringLiteral("vip")}
                                 << countSpecs([](const ConversationSpec &s) { return s.tags.contains(QStringLiteral("vip")); });
        QTest::newRow("q any case") << QStringList{QStringLiteral("--q"), QStringLiteral("CONVERSATION 1")}
                                    << countSpecs([](const ConversationSpec &s) { return s.subject.startsWith(QStringLiteral("Conversation 1")); });
        QTest::newRow("q with plus") << QStringList{QStringLiteral("--q"), QStringLiteral("C++")} << 1;
        QTest::newRow("created range") << QStringList{QStringLiteral("--created-from"), QStringLiteral("2024-05-02"), QStringLiteral("--created-to"),
                                                      QStringLiteral("2024-05-03T12:00:00Z")}
                                       << countSpecs([&](const ConversationSpec &s) { return s.createdAt >= from && s.createdAt < to; });
        QTest::newRow("combined") << QStringList{QStringLiteral("--status"), QStringLiteral("open"), QStringLiteral("--channel"), QStringLiteral("email"),
                                                 QStringLiteral("--assignee-type"), QStringLiteral("user")}
                                  << countSpecs([](const ConversationSpec &s) {
                                         return s.status == QLatin1String("open") && s.channel == QLatin1String("email")
                                                && s.assigneeType == QLatin1String("user");
                                     });
    }

    void filtersSelectMatchingRows()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, expected);
        QVERIFY(expected > 0);

        const Result result = listJson(arguments + QStringList{QStringLiteral("--all")});
        QCOMPARE(result.code, 0);
        QCOMPARE(result.err, QString());
        bool isArray = false;
        const QJsonArray items = parseArray(result.out, &isArray);
        QVERIFY(isArray);
        QCOMPARE(items.size(), expected);
    }

    void sortByPriorityOrdersBySeverity()
    {
        const Result result = listJson({QStringLiteral("--sort"), QStringLiteral("-priority"), QStringLiteral("--limit"), QStringLiteral("40")});
        QCOMPARE(result.code, 0);
        bool isArray = false;
        const QJsonArray items = parseArray(result.out, &isArray);
        QCOMPARE(items.size(), 40);

        const int urgent = countSpecs([](const ConversationSpec &s) { return s.priority == QLatin1String("urgent"); });
        QVERIFY(urgent < 40);
        for (int i = 0; i < 40; ++i) {
            const QString priority = items.at(i).toObject().value(QStringLiteral("priority")).toString();
            QCOMPARE(priority, i < urgent ? QStringLiteral("urgent") : QStringLiteral("high"));
        }
    }

    void csvQuotesCommasQuotesAndNewlines()
    {
        const Result result = run({QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv"),
                                   QStringLiteral("--all")},
                                  sandboxEnvironment());
        QCOMPARE(result.code, 0);
        QVERIFY(result.out.contains(QStringLiteral("\r\n")));
        QVERIFY(!result.out.startsWith(QChar(0xFEFF)));

        const QList<QStringList> rows = parseCsv(result.out);
        QCOMPARE(rows.size(), PlainConversationCount + 3);
        QCOMPARE(rows.first(), ListColumns);

        const QStringList ids = idsOf(m_allConversations);
        bool sawSpecial = false;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList &row = rows.at(i);
            QCOMPARE(row.size(), ListColumns.size());
            QCOMPARE(row.at(0), ids.at(i - 1));
            QVERIFY2(row.at(6).endsWith(QLatin1Char('Z')), qPrintable(row.at(6)));
            sawSpecial = sawSpecial || row.at(4) == SpecialSubject;
        }
        QVERIFY(sawSpecial);
    }

    void csvTimesAreIsoUtc()
    {
        const Result result = run({QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv"),
                                   QStringLiteral("--q"), QStringLiteral("Conversation 0")},
                                  sandboxEnvironment());
        QCOMPARE(result.code, 0);
        const QList<QStringList> rows = parseCsv(result.out);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).at(4), QStringLiteral("Conversation 0"));
        QCOMPARE(rows.at(1).at(6), QStringLiteral("2024-05-01T08:00:00.000Z"));
        QCOMPARE(rows.at(1).at(7), QStringLiteral("2024-05-01T08:10:00.000Z"));
    }

    void otherListsPrintEveryRow_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("firstColumns");

        QTest::newRow("customers") << QStringLiteral("customers") << 3 << QStringLiteral("id,first_name,last_name,email");
        QTest::newRow("companies") << QStringLiteral("companies") << 4 << QStringLiteral("id,name,domain,industry");
        QTest::newRow("agents") << QStringLiteral("agents") << 2 << QStringLiteral("id,name,slug,is_active");
        QTest::newRow("users") << QStringLiteral("users") << 2 << QStringLiteral("id,name,email,role");
        QTest::newRow("training") << QStringLiteral("training") << 3 << QStringLiteral("id,type,title,status");
    }

    void otherListsPrintEveryRow()
    {
        QFETCH(QString, resource);
        QFETCH(int, count);
        QFETCH(QString, firstColumns);

        const Result asJson = run({resource, QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--all")},
                                  sandboxEnvironment());
        QCOMPARE(asJson.code, 0);
        bool isArray = false;
        QCOMPARE(parseArray(asJson.out, &isArray).size(), count);
        QVERIFY(isArray);

        const Result asCsv = run({resource, QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")}, sandboxEnvironment());
        QCOMPARE(asCsv.code, 0);
        const QList<QStringList> rows = parseCsv(asCsv.out);
        QCOMPARE(rows.size(), count + 1);
        QVERIFY2(rows.first().join(QLatin1Char(',')).startsWith(firstColumns), qPrintable(rows.first().join(QLatin1Char(','))));

        const Result asTable = run({resource, QStringLiteral("list")}, sandboxEnvironment());
        QCOMPARE(asTable.code, 0);
        QCOMPARE(asTable.out.count(QLatin1Char('\n')), count + 1);
        QCOMPARE(asTable.err, QString());
    }

    void emptyListPrintsHeaderOnly()
    {
        const Result result = run({QStringLiteral("companies"), QStringLiteral("list")}, sandboxEnvironment(m_fixture.otherWorkspaceToken));
        QCOMPARE(result.code, 0);
        QCOMPARE(result.out, QStringLiteral("id  name  domain  industry  employee_count  created_at\n"));

        const Result asJson = run({QStringLiteral("companies"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")},
                                  sandboxEnvironment(m_fixture.otherWorkspaceToken));
        QCOMPARE(asJson.code, 0);
        bool isArray = false;
        QCOMPARE(parseArray(asJson.out, &isArray).size(), 0);
        QVERIFY(isArray);
    }

    // ---- conversations get -------------------------------------------------------------------

    void getPrintsOneConversation()
    {
        const QJsonObject expected = m_allConversations.at(0).toObject();
        const QString id = expected.value(QStringLiteral("id")).toString();

        const Result asJson = run({QStringLiteral("conversations"), QStringLiteral("get"), id, QStringLiteral("--format"), QStringLiteral("json")},
                                  sandboxEnvironment());
        QCOMPARE(asJson.code, 0);
        QCOMPARE(QJsonDocument::fromJson(asJson.out.toUtf8()).object(), expected);

        const Result asCsv = run({QStringLiteral("--format=csv"), QStringLiteral("conversations"), QStringLiteral("get"), id}, sandboxEnvironment());
        QCOMPARE(asCsv.code, 0);
        const QList<QStringList> rows = parseCsv(asCsv.out);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0), ExportColumns);
        QCOMPARE(rows.at(1).at(0), id);

        const Result asTable = run({QStringLiteral("conversations"), QStringLiteral("get"), id}, sandboxEnvironment());
        QCOMPARE(asTable.code, 0);
        QVERIFY(asTable.out.startsWith(QStringLiteral("field")));
        QVERIFY(asTable.out.contains(QStringLiteral("\nid ")));
        QVERIFY(asTable.out.contains(id));
        QCOMPARE(asTable.out.count(QLatin1Char('\n')), ExportColumns.size() + 1);
    }

    void getUnknownIdExitsFour()
    {
        const QString id = unknownId();
        const Result result = run({QStringLiteral("conversations"), QStringLiteral("get"), id}, sandboxEnvironment());
        QCOMPARE(result.code, 4);
        QCOMPARE(result.out, QString());
        QVERIFY(result.err.startsWith(QStringLiteral("weavctl: GET /v1/conversations/%1 failed: ").arg(id)));
        QVERIFY(result.err.contains(QStringLiteral("HTTP 404")));
        QVERIFY(result.err.contains(QStringLiteral("RESOURCE_NOT_FOUND")));
        QVERIFY(result.err.contains(QStringLiteral("request id ")));
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    }

    // ---- export conversations ----------------------------------------------------------------

    void exportWritesEveryConversation()
    {
        const QString path = m_dir.filePath(QStringLiteral("all.csv"));
        const Result result = run({QStringLiteral("export"), QStringLiteral("conversations"), QStringLiteral("--out"), path}, sandboxEnvironment());
        QCOMPARE(result.code, 0);
        QCOMPARE(result.out, QString());
        QVERIFY2(result.err.contains(QStringLiteral("Exported %1 conversations to %2.").arg(PlainConversationCount + 2).arg(path)),
                 qPrintable(result.err));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.startsWith(weav::core::cli::CsvWriter::byteOrderMark()));

        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
        QCOMPARE(rows.size(), PlainConversationCount + 3);
        QCOMPARE(rows.first(), ExportColumns);
        QCOMPARE(rows.at(1).at(0), m_allConversations.at(0).toObject().value(QStringLiteral("id")).toString());

        const QJsonObject first = m_allConversations.at(0).toObject();
        QCOMPARE(rows.at(1).at(8), first.value(QStringLiteral("customer_id")).toString());
    }

    void exportWithBomAndFilters()
    {
        const QString path = m_dir.filePath(QStringLiteral("vip.csv"));
        const Result result = run({QStringLiteral("export"), QStringLiteral("conversations"), QStringLiteral("--out"), path, QStringLiteral("--bom"),
                                   QStringLiteral("--tag"), QStringLiteral("vip"), QStringLiteral("--status"), QStringLiteral("closed")},
                                  sandboxEnvironment());
        QCOMPARE(result.code, 0);

        const int expected = countSpecs([](const ConversationSpec &s) {
            return s.tags.contains(QStringLiteral("vip")) && s.status == QLatin1String("closed");
        });
        QVERIFY(result.err.contains(QStringLiteral("Exported %1 conversations").arg(expected)));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith(weav::core::cli::CsvWriter::byteOrderMark()));

        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(rows.size(), expected + 1);
        QCOMPARE(rows.first(), ExportColumns);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).at(2), QStringLiteral("closed"));
            QCOMPARE(rows.at(i).at(10), QStringLiteral("vip"));
            QVERIFY(rows.at(i).at(11).endsWith(QLatin1Char('Z')));
        }
    }

    void exportFailureLeavesNoFile()
    {
        ScriptedServer server([](const HttpRequest &) {
            return HttpResponse::json(500, {{QStringLiteral("error"), QStringLiteral("Internal failure")}});
        });
        QVERIFY(server.listen());

        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("failed.csv"));
        const Result result = run({QStringLiteral("export"), QStringLiteral("conversations"), QStringLiteral("--out"), path},
                                  environment(server.baseUrl(), ScriptedToken));
        QCOMPARE(result.code, 6);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files), QStringList());
    }

    void exportToMissingFolderFails()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing/folder/out.csv"));
        const Result result = run({QStringLiteral("export"), QStringLiteral("conversations"), QStringLiteral("--out"), path}, sandboxEnvironment());
        QCOMPARE(result.code, 1);
        QVERIFY(result.err.contains(QStringLiteral("Could not write")));
    }

    // ---- Exit codes of failed requests -------------------------------------------------------

    void wrongTokenExitsThree()
    {
        const Result result = run({QStringLiteral("users"), QStringLiteral("list")}, sandboxEnvironment(QStringLiteral("weav_not_a_real_token")));
        QCOMPARE(result.code, 3);
        QVERIFY(result.err.contains(QStringLiteral("HTTP 401")));
        QVERIFY(result.err.contains(QStringLiteral("UNAUTHENTICATED")));
    }

    void expiredTokenExitsThree()
    {
        const Result result = run({QStringLiteral("conversations"), QStringLiteral("list")}, sandboxEnvironment(m_fixture.expiredToken));
        QCOMPARE(result.code, 3);
        QVERIFY(result.err.contains(QStringLiteral("HTTP 401")));
    }

    void tokenWithoutReadAbilityExitsThree()
    {
        const Result result = run({QStringLiteral("conversations"), QStringLiteral("list")}, sandboxEnvironment(m_fixture.writeOnlyToken));
        QCOMPARE(result.code, 3);
        QVERIFY(result.err.contains(QStringLiteral("HTTP 403")));
        QVERIFY(result.err.contains(QStringLiteral("INSUFFICIENT_TOKEN_ABILITY")));
    }

    void missingTokenExitsThree()
    {
        const Result result = run({QStringLiteral("--base-url"), m_fixture.baseUrl().toString(), QStringLiteral("users"), QStringLiteral("list")},
                                  environment({}, {}));
        QCOMPARE(result.code, 3);
        QVERIFY(result.err.contains(QStringLiteral("WEAV_API_TOKEN")));
        QVERIFY(result.err.contains(QStringLiteral("--token-stdin")));
    }

    void validationRepliesExitFive_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");

        QTest::newRow("422") << 422 << QStringLiteral("{\"message\":\"The selected status is invalid.\",\"errors\":{\"status\":[\"The selected status is invalid.\"]}}")
                             << QStringLiteral("The selected status is invalid. (HTTP 422");
        QTest::newRow("400") << 400 << QStringLiteral("{\"error\":\"Unsupported training type.\",\"code\":\"INVALID_TYPE\"}")
                             << QStringLiteral("(HTTP 400, INVALID_TYPE");
    }

    void validationRepliesExitFive()
    {
        QFETCH(int, status);
        QFETCH(QString, body);
        QFETCH(QString, expected);

        ScriptedServer server([status, body](const HttpRequest &) {
            return HttpResponse::json(status, QJsonDocument::fromJson(body.toUtf8()).object());
        });
        QVERIFY(server.listen());

        const Result result = run({QStringLiteral("conversations"), QStringLiteral("list")}, environment(server.baseUrl(), ScriptedToken));
        QCOMPARE(result.code, 5);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        QCOMPARE(server.requests(), 1);
    }

    void closedPortExitsSix()
    {
        auto server = std::make_unique<ScriptedServer>(unfilteredPage);
        QVERIFY(server->listen());
        const QString closedUrl = server->baseUrl();
        // Nothing listens on the port once its server is gone.
        server.reset();

        const Result result = run({QStringLiteral("users"), QStringLiteral("list")}, environment(closedUrl, ScriptedToken));
        QCOMPARE(result.code, 6);
        QVERIFY(result.err.contains(QStringLiteral("GET /v1/users failed")));
    }

    void serverErrorIsRetriedThenExitsSix()
    {
        ScriptedServer server([](const HttpRequest &) {
            return HttpResponse::json(500, {{QStringLiteral("error"), QStringLiteral("Creation failed.")}, {QStringLiteral("code"), QStringLiteral("CREATION_FAILED")}});
        });
        QVERIFY(server.listen());

        const Result result = run({QStringLiteral("conversations"), QStringLiteral("list")}, environment(server.baseUrl(), ScriptedToken));
        QCOMPARE(result.code, 6);
        QCOMPARE(server.requests(), 4);
        QVERIFY(result.err.contains(QStringLiteral("HTTP 500")));
        QVERIFY(result.err.contains(QStringLiteral("CREATION_FAILED")));
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    }

    void rateLimitAfterRetriesExitsSix()
    {
        ScriptedServer server([](const HttpRequest &) {
            return HttpResponse::json(429, {{QStringLiteral("error"), QStringLiteral("Too many requests.")}});
        });
        QVERIFY(server.listen());

        const Result result = run({QStringLiteral("agents"), QStringLiteral("list")}, environment(server.baseUrl(), ScriptedToken));
        QCOMPARE(result.code, 6);
        QCOMPARE(server.requests(), 4);
        QVERIFY(result.err.contains(QStringLiteral("HTTP 429")));
    }

    void nonJsonReplyExitsSix()
    {
        ScriptedServer server([](const HttpRequest &) {
            HttpResponse response;
            response.status = 200;
            response.body = "<html>proxy login</html>";
            response.setHeader("Content-Type", "text/html");
            return response;
        });
        QVERIFY(server.listen());

        const Result result = run({QStringLiteral("users"), QStringLiteral("list")}, environment(server.baseUrl(), ScriptedToken));
        QCOMPARE(result.code, 6);
        QVERIFY(result.err.contains(QStringLiteral("not JSON")));
    }

    // ---- Robustness: a server that ignores filters ------------------------------------------

    void ignoredStatusFilterIsAppliedLocally()
    {
        ScriptedServer server(unfilteredPage);
        QVERIFY(server.listen());

        const Result result = run({QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("open"),
                                   QStringLiteral("--format"), QStringLiteral("json")},
                                  environment(server.baseUrl(), ScriptedToken));
        QCOMPARE(result.code, 0);
        bool isArray = false;
        const QJsonArray items = parseArray(result.out, &isArray);
        QVERIFY(isArray);
        QCOMPARE(items.size(), 3);
        for (const QJsonValue &item : items)
            QCOMPARE(item.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QVERIFY2(result.err.contains(QStringLiteral("3 conversations that do not match the filters")), qPrintable(result.err));
    }

    void ignoredFilterIsAppliedToExport()
    {
        ScriptedServer server(unfilteredPage);
        QVERIFY(server.listen());

        const QString path = m_dir.filePath(QStringLiteral("closed.csv"));
        const Result result = run({QStringLiteral("export"), QStringLiteral("conversations"), QStringLiteral("--out"), path, QStringLiteral("--status"),
                                   QStringLiteral("closed")},
                                  environment(server.baseUrl(), ScriptedToken));
        QCOMPARE(result.code, 0);
        QVERIFY(result.err.contains(QStringLiteral("Exported 3 conversations")));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()));
        QCOMPARE(rows.size(), 4);
        for (qsizetype i = 1; i < rows.size(); ++i)
            QCOMPARE(rows.at(i).at(2), QStringLiteral("closed"));
    }

    void filtersReachTheServer()
    {
        QString target;
        QMutex mutex;
        ScriptedServer server([&](const HttpRequest &request) {
            const QMutexLocker lock(&mutex);
            target = QString::fromUtf8(request.target);
            return unfilteredPage(request);
        });
        QVERIFY(server.listen());

        const Result result = run({QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("open"),
                                   QStringLiteral("--assignee-type"), QStringLiteral("none"), QStringLiteral("--q"), QStringLiteral("a+b"),
                                   QStringLiteral("--created-from"), QStringLiteral("2024-05-01"), QStringLiteral("--sort"), QStringLiteral("-priority")},
                                  environment(server.baseUrl(), ScriptedToken));
        QCOMPARE(result.code, 0);
        const QMutexLocker lock(&mutex);
        QVERIFY2(target.contains(QStringLiteral("status=open")), qPrintable(target));
        QVERIFY2(target.contains(QStringLiteral("assignee_type=none")), qPrintable(target));
        QVERIFY2(target.contains(QStringLiteral("q=a%2Bb")), qPrintable(target));
        QVERIFY2(target.contains(QStringLiteral("created_from=2024-05-01T00:00:00.000Z")), qPrintable(target));
        QVERIFY2(target.contains(QStringLiteral("sort=-priority")), qPrintable(target));
        QVERIFY2(target.contains(QStringLiteral("per_page=15")), qPrintable(target));
    }

    // ---- check ---------------------------------------------------------------------------------

    void checkWithWritingToken()
    {
        const Result result = run({QStringLiteral("check")}, sandboxEnvironment());
        QCOMPARE(result.code, 0);
        QVERIFY(result.out.contains(QStringLiteral("The token is valid")));
        QVERIFY(result.out.contains(QStringLiteral("It can write")));
        QCOMPARE(result.err, QString());
    }

    void checkWithReadOnlyTokenAsJson()
    {
        const Result result = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")}, sandboxEnvironment(m_fixture.readToken));
        QCOMPARE(result.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("usable")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("can_read")).toString(), QStringLiteral("yes"));
        QCOMPARE(report.value(QStringLiteral("can_write")).toString(), QStringLiteral("no"));
        QVERIFY(!report.value(QStringLiteral("findings")).toArray().isEmpty());
    }

    void checkWithWrongTokenExitsThree()
    {
        const Result result = run({QStringLiteral("check")}, sandboxEnvironment(m_fixture.expiredToken));
        QCOMPARE(result.code, 3);
        QVERIFY(result.out.contains(QStringLiteral("The token was not accepted")));
        QVERIFY(result.err.contains(QStringLiteral("HTTP 401")));
    }

    void checkWithoutReadAbilityExitsThree()
    {
        const Result result = run({QStringLiteral("check")}, sandboxEnvironment(m_fixture.writeOnlyToken));
        QCOMPARE(result.code, 3);
        QVERIFY(result.err.contains(QStringLiteral("external-api:read")));
    }

    void checkUnreachableExitsSix()
    {
        const Result result = run({QStringLiteral("check")}, environment(QStringLiteral("http://127.0.0.1:1"), ScriptedToken));
        QCOMPARE(result.code, 6);
        QVERIFY(result.out.contains(QStringLiteral("could not be reached")));
    }

    // ---- Profiles ------------------------------------------------------------------------------

    void profileWithFileStoreRoundTrip()
    {
        QBuffer input;
        input.setData(ProfileToken.toUtf8() + "\n");
        QVERIFY(input.open(QIODevice::ReadOnly));

        const QProcessEnvironment noToken = environment({}, {});
        const Result added = run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("sandbox"), QStringLiteral("--base-url"),
                                  m_fixture.baseUrl().toString() + QStringLiteral("/v1/"), QStringLiteral("--token-stdin"), QStringLiteral("--file-store")},
                                 noToken, &input);
        QCOMPARE(added.code, 0);
        QVERIFY(added.out.contains(QStringLiteral("Saved the profile \"sandbox\"")));
        QVERIFY(added.out.contains(credentialsPath()));
        QVERIFY(added.out.contains(QStringLiteral("current profile")));

        QFile credentials(credentialsPath());
        QVERIFY(credentials.open(QIODevice::ReadOnly));
        QVERIFY(credentials.readAll().contains(ProfileToken.toUtf8()));
        m_settings->sync();
        QFile settingsFile(m_settings->fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(!settingsFile.readAll().contains(ProfileToken.toUtf8()));

        const Result listed = run({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}, noToken);
        QCOMPARE(listed.code, 0);
        const QJsonArray profiles = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(profiles.size(), 1);
        const QJsonObject profile = profiles.at(0).toObject();
        QCOMPARE(profile.value(QStringLiteral("name")).toString(), QStringLiteral("sandbox"));
        QCOMPARE(profile.value(QStringLiteral("base_url")).toString(), m_fixture.baseUrl().toString());
        QCOMPARE(profile.value(QStringLiteral("credential_store")).toString(), QStringLiteral("file"));
        QCOMPARE(profile.value(QStringLiteral("current")).toBool(), true);

        // The stored token is not one the sandbox issued, so the request reaches the server and fails there.
        const Result used = run({QStringLiteral("--profile"), QStringLiteral("sandbox"), QStringLiteral("users"), QStringLiteral("list")}, noToken);
        QCOMPARE(used.code, 3);
        QVERIFY(used.err.contains(QStringLiteral("HTTP 401")));

        // WEAV_API_TOKEN wins over the stored token, and the current profile gives the address.
        const Result current = run({QStringLiteral("users"), QStringLiteral("list")}, environment({}, m_fixture.readToken));
        QCOMPARE(current.code, 0);

        const Result removed = run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("sandbox")}, noToken);
        QCOMPARE(removed.code, 0);
        QFile reread(credentialsPath());
        QVERIFY(reread.open(QIODevice::ReadOnly));
        QVERIFY(!reread.readAll().contains(ProfileToken.toUtf8()));

        const Result afterRemoval = run({QStringLiteral("profiles"), QStringLiteral("list")}, noToken);
        QCOMPARE(afterRemoval.code, 0);
        QCOMPARE(afterRemoval.out, QStringLiteral("name  base_url  allow_plain_http  credential_store  current\n"));
    }

    void profileTokenFromStoreIsUsed()
    {
        QBuffer input;
        input.setData(m_fixture.readToken.toUtf8() + "\n");
        QVERIFY(input.open(QIODevice::ReadOnly));

        const QProcessEnvironment noToken = environment({}, {});
        const Result added = run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("reader"), QStringLiteral("--base-url"),
                                  m_fixture.baseUrl().toString(), QStringLiteral("--token-stdin"), QStringLiteral("--file-store")},
                                 noToken, &input);
        QCOMPARE(added.code, 0);

        const Result listed = run({QStringLiteral("--profile"), QStringLiteral("reader"), QStringLiteral("users"), QStringLiteral("list"),
                                   QStringLiteral("--format"), QStringLiteral("json")},
                                  noToken);
        QCOMPARE(listed.code, 0);
        bool isArray = false;
        QCOMPARE(parseArray(listed.out, &isArray).size(), 2);
    }

    void profileWithoutTokenExitsThree()
    {
        const QProcessEnvironment noToken = environment({}, {});
        const Result added = run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("empty"), QStringLiteral("--base-url"),
                                  m_fixture.baseUrl().toString(), QStringLiteral("--file-store")},
                                 noToken);
        QCOMPARE(added.code, 0);
        QVERIFY(added.out.contains(QStringLiteral("No token was given")));

        const Result used = run({QStringLiteral("--profile"), QStringLiteral("empty"), QStringLiteral("check")}, noToken);
        QCOMPARE(used.code, 3);
        QVERIFY(used.err.contains(QStringLiteral("No API token is stored for the profile \"empty\"")));
    }

    void profileAddRejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("no name") << QStringList{QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--base-url"), QStringLiteral("https://api.weav.com")}
                                 << QString() << QStringLiteral("needs a profile name");
        QTest::newRow("no base url") << QStringList{QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("p")} << QString()
                                     << QStringLiteral("needs --base-url");
        QTest::newRow("ftp url") << QStringList{QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("p"), QStringLiteral("--base-url"),
                                                QStringLiteral("ftp://api.weav.com")}
                                 << QString() << QStringLiteral("must start with https://");
        QTest::newRow("plain http remote") << QStringList{QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("p"), QStringLiteral("--base-url"),
                                                          QStringLiteral("http://api.weav.example")}
                                           << QString() << QStringLiteral("unencrypted");
        QTest::newRow("empty stdin") << QStringList{QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("p"), QStringLiteral("--base-url"),
                                                    QStringLiteral("https://api.weav.com"), QStringLiteral("--token-stdin"), QStringLiteral("--file-store")}
                                     << QStringLiteral("\n") << QStringLiteral("No token came on standard input");
        QTest::newRow("slash in name") << QStringList{QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("a/b"), QStringLiteral("--base-url"),
                                                      QStringLiteral("https://api.weav.com")}
                                       << QString() << QStringLiteral("cannot contain");
    }

    void profileAddRejectsBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, input);
        QFETCH(QString, expected);

        QBuffer buffer;
        buffer.setData(input.toUtf8());
        QVERIFY(buffer.open(QIODevice::ReadOnly));

        const Result result = run(arguments, environment({}, {}), &buffer);
        QCOMPARE(result.code, 2);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        QCOMPARE(profileCount(), 0);
    }

    void plainHttpProfileNeedsPermission()
    {
        const Result result = run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("lan"), QStringLiteral("--base-url"),
                                   QStringLiteral("http://weav.lan.example"), QStringLiteral("--allow-plain-http")},
                                  environment({}, {}));
        QCOMPARE(result.code, 0);

        const Result listed = run({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")}, environment({}, {}));
        QCOMPARE(listed.code, 0);
        const QList<QStringList> rows = parseCsv(listed.out);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1), (QStringList{QStringLiteral("lan"), QStringLiteral("http://weav.lan.example"), QStringLiteral("true"),
                                          QStringLiteral("keychain"), QStringLiteral("true")}));
    }

    void removeUnknownProfileExitsFour()
    {
        const Result result = run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("ghost")}, environment({}, {}));
        QCOMPARE(result.code, 4);
        QVERIFY(result.err.contains(QStringLiteral("no profile named \"ghost\"")));
    }

    // ---- Logging and secrets -------------------------------------------------------------------

    void verboseLogsExchangesWithoutToken()
    {
        const Result result = run({QStringLiteral("--verbose"), QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--all")},
                                  sandboxEnvironment());
        QCOMPARE(result.code, 0);
        QVERIFY2(result.err.contains(QStringLiteral("weav.core.api: GET /v1/conversations 200")), qPrintable(result.err));
        QVERIFY(!result.err.contains(m_fixture.writeToken));
        QVERIFY(!result.out.contains(m_fixture.writeToken));
        QVERIFY(!result.err.contains(QStringLiteral("Bearer")));
    }

    void verboseFailureLogsWithoutToken()
    {
        const Result result = run({QStringLiteral("--verbose"), QStringLiteral("check")}, sandboxEnvironment(m_fixture.expiredToken));
        QCOMPARE(result.code, 3);
        QVERIFY(result.err.contains(QStringLiteral("weav.core.api: GET /v1/users 401")));
        QVERIFY(!result.err.contains(m_fixture.expiredToken));
        QVERIFY(!result.out.contains(m_fixture.expiredToken));
    }

    void quietRunLogsNothing()
    {
        const Result result = run({QStringLiteral("conversations"), QStringLiteral("get"), unknownId()}, sandboxEnvironment());
        QCOMPARE(result.code, 4);
        QVERIFY(!result.err.contains(QStringLiteral("weav.core.api")));
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    }

private:
    int profileCount()
    {
        m_settings->beginGroup(QStringLiteral("profiles"));
        const int count = int(m_settings->childGroups().size());
        m_settings->endGroup();
        return count;
    }

    QTemporaryDir m_dir;
    SandboxFixture m_fixture;
    QJsonArray m_allConversations;
    std::unique_ptr<QSettings> m_settings;
    QStringList m_outputs;
};

QTEST_GUILESS_MAIN(WeavctlTest)
#include "tst_weavctl.moc"
