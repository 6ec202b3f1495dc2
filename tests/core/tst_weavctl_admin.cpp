// weavctl's agent and training data commands, run in-process through runWeavctl against the sandbox
// over loopback: their output, what reaches the server, and the exit code of each error. A scripted
// server supplies the replies that the sandbox never gives to requests passing weavctl's own checks.
// Not covered yet: uploads that time out half-way, and a training list whose server ignores filters.

#include "SandboxFixture.h"
#include "cli/CommandLine.h"
#include "cli/WeavctlCommand.h"
#include "net/HttpServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <memory>

using weav::core::cli::CommandLine;
using weav::core::cli::OptionSpec;
using weav::core::cli::runWeavctl;
using weav::net::HttpRequest;
using weav::net::HttpResponse;
using weav::net::HttpServer;
using weav::sandbox::test::idOf;
using weav::sandbox::test::SandboxFixture;
using weav::sandbox::test::unknownId;

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

const QString CopilotMessage = QStringLiteral("The copilot agent cannot be deleted or deactivated.");

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonArray parseArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

// A validation reply of the Laravel shape for two agent fields.
HttpResponse agentValidationReply(const HttpRequest &)
{
    const QJsonObject errors{{QStringLiteral("name"), QJsonArray{QStringLiteral("The name has already been taken.")}},
                             {QStringLiteral("max_messages_per_session"),
                              QJsonArray{QStringLiteral("The max messages per session field must be at most 50 on this plan.")}}};
    return HttpResponse::json(422, {{QStringLiteral("message"), QStringLiteral("The name has already been taken. (and 1 more error)")},
                                    {QStringLiteral("errors"), errors}});
}

HttpResponse errorReply(int status, const QString &code)
{
    return HttpResponse::json(status, {{QStringLiteral("error"), QStringLiteral("Scripted failure.")}, {QStringLiteral("code"), code}});
}

} // namespace

class WeavctlAdminTest : public QObject
{
    Q_OBJECT

private:
    Result run(const QStringList &arguments, const QString &token = {}, const QString &baseUrl = {})
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("WEAV_BASE_URL"), baseUrl.isEmpty() ? m_fixture.baseUrl().toString() : baseUrl);
        env.insert(QStringLiteral("WEAV_API_TOKEN"), token.isEmpty() ? m_fixture.writeToken : token);
        env.insert(QStringLiteral("WEAV_RETRY_BASE_MS"), QStringLiteral("1"));

        QString outText;
        QString errText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        QSettings settings(m_dir.filePath(QStringLiteral("weavctl.ini")), QSettings::IniFormat);

        Result result;
        result.code = runWeavctl(arguments, out, err, env, &settings, nullptr);
        out.flush();
        err.flush();
        result.out = outText;
        result.err = errText;
        m_outputs.append(outText + errText);
        return result;
    }

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        return path;
    }

    QJsonObject serverAgent(const QString &id) { return m_fixture.call("GET", QStringLiteral("/v1/agents/") + id).object; }
    QJsonObject serverItem(const QString &id) { return m_fixture.call("GET", QStringLiteral("/v1/training-data/") + id).object; }
    qsizetype trainingCount() { return m_fixture.listAll(QStringLiteral("/v1/training-data")).size(); }
    qsizetype agentCount() { return m_fixture.listAll(QStringLiteral("/v1/agents")).size(); }

    QString createAgent(const QString &name)
    {
        return idOf(m_fixture.create(QStringLiteral("/v1/agents"), {{QStringLiteral("name"), name}}));
    }

    QString createTextItem(const QString &title)
    {
        return idOf(m_fixture.create(QStringLiteral("/v1/training-data"), {{QStringLiteral("type"), QStringLiteral("text")},
                                                                         {QStringLiteral("title"), title},
                                                                         {QStringLiteral("content"), QStringLiteral("Body")}}));
    }

    // Runs the command against a server on loopback that replies with `reply` to every request.
    Result runScripted(const QStringList &arguments, const std::function<HttpResponse(const HttpRequest &)> &reply)
    {
        HttpServer server(reply, 1);
        if (!server.listen(QHostAddress::LocalHost, 0))
            return {};
        return run(arguments, QStringLiteral("scripted-token"), QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_fixture.start(true));
        m_copilotId = m_fixture.insertRow(QStringLiteral("agents"), {{QStringLiteral("name"), QStringLiteral("Copilot")},
                                                                     {QStringLiteral("slug"), QStringLiteral("copilot")},
                                                                     {QStringLiteral("is_copilot"), 1}});
        m_helperId = createAgent(QStringLiteral("Helper"));
        QVERIFY(!m_helperId.isEmpty());
        m_otherWorkspaceAgentId = idOf(m_fixture.create(QStringLiteral("/v1/agents"), {{QStringLiteral("name"), QStringLiteral("Foreign")}},
                                                        m_fixture.otherWorkspaceToken));
        QVERIFY(!m_otherWorkspaceAgentId.isEmpty());
    }

    // No output of any test contains a token.
    void cleanup()
    {
        const QStringList secrets{m_fixture.writeToken, m_fixture.readToken, m_fixture.otherWorkspaceToken,
                                  QStringLiteral("scripted-token")};
        const QStringList outputs = m_outputs;
        m_outputs.clear();
        for (const QString &output : outputs) {
            for (const QString &secret : secrets)
                QVERIFY2(!output.contains(secret), qPrintable(output.left(300)));
        }
    }

    // ---- Command line -------------------------------------------------------------------

    void commandLineCollectsRepeatedOption()
    {
        const QList<OptionSpec> known{{QStringLiteral("agent"), true, true}, {QStringLiteral("title"), true}};
        CommandLine line;
        QString error;
        QVERIFY(line.parse({QStringLiteral("--agent"), QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("--agent=b")}, known, &error));
        QCOMPARE(line.values(QStringLiteral("agent")), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(line.value(QStringLiteral("agent")), QStringLiteral("a"));
        QCOMPARE(line.givenOptions(), QStringList{QStringLiteral("agent")});
        QCOMPARE(line.positionals(), QStringList{QStringLiteral("x")});
    }

    void commandLineRejectsRepeatedSingleOption()
    {
        const QList<OptionSpec> known{{QStringLiteral("agent"), true, true}, {QStringLiteral("title"), true}};
        CommandLine line;
        QString error;
        QVERIFY(!line.parse({QStringLiteral("--title"), QStringLiteral("a"), QStringLiteral("--title"), QStringLiteral("b")}, known, &error));
        QVERIFY(error.contains(QStringLiteral("more than once")));
    }

    void helpListsAdminCommands()
    {
        const Result result = run({QStringLiteral("--help")});
        QCOMPARE(result.code, 0);
        for (const QString &expected : {QStringLiteral("agents create --name NAME"), QStringLiteral("training add-qa --csv FILE"),
                                        QStringLiteral("training upload FILE..."), QStringLiteral("--max-messages N"),
                                        QStringLiteral("training assign ID --agent ID")})
            QVERIFY2(result.out.contains(expected), qPrintable(expected));
    }

    // ---- Agents -------------------------------------------------------------------------

    void agentsCreatePrintsJsonObject()
    {
        const Result result = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("agents"), QStringLiteral("create"),
                                   QStringLiteral("--name"), QStringLiteral("Billing Bot"), QStringLiteral("--tone"), QStringLiteral("Warm"),
                                   QStringLiteral("--response-length"), QStringLiteral("Short"), QStringLiteral("--max-messages"),
                                   QStringLiteral("20"), QStringLiteral("--avatar-url"), QStringLiteral("https://example.com/bot.png"),
                                   QStringLiteral("--active"), QStringLiteral("false")});
        QCOMPARE(result.code, 0);
        QCOMPARE(result.err, QString());

        const QJsonObject printed = parseObject(result.out);
        const QJsonObject stored = serverAgent(idOf(printed));
        QCOMPARE(stored.value(QStringLiteral("name")).toString(), QStringLiteral("Billing Bot"));
        QCOMPARE(stored.value(QStringLiteral("tone")).toString(), QStringLiteral("Warm"));
        QCOMPARE(stored.value(QStringLiteral("response_length")).toString(), QStringLiteral("Short"));
        QCOMPARE(stored.value(QStringLiteral("max_messages_per_session")).toInt(), 20);
        QCOMPARE(stored.value(QStringLiteral("avatar_url")).toString(), QStringLiteral("https://example.com/bot.png"));
        QCOMPARE(stored.value(QStringLiteral("is_active")).toBool(), false);
        QCOMPARE(printed.value(QStringLiteral("slug")), stored.value(QStringLiteral("slug")));
    }

    void agentsCreatePrintsFieldTable()
    {
        const Result result = run({QStringLiteral("agents"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Table Bot")});
        QCOMPARE(result.code, 0);
        const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(QStringLiteral("field")));
        const QRegularExpression nameLine(QStringLiteral("^name +Table Bot *$"));
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [&nameLine](const QString &line) { return nameLine.match(line).hasMatch(); }));
        QVERIFY(result.out.contains(QStringLiteral("max_messages_per_session")));
    }

    void agentsGetPrintsOneAgent()
    {
        const Result result = run({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("agents"), QStringLiteral("get"), m_helperId});
        QCOMPARE(result.code, 0);
        const QStringList lines = result.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("id,name,slug,description,avatar_url")));
        QVERIFY(lines.at(1).startsWith(m_helperId + QStringLiteral(",Helper,helper,")));
    }

    void agentsGetUnknownIdExitsFour()
    {
        const Result result = run({QStringLiteral("agents"), QStringLiteral("get"), unknownId()});
        QCOMPARE(result.code, 4);
        QCOMPARE(result.out, QString());
        QVERIFY(result.err.contains(QStringLiteral("RESOURCE_NOT_FOUND")));
    }

    void agentsListKeepsWorking()
    {
        const Result result = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("agents"), QStringLiteral("list"),
                                   QStringLiteral("--all")});
        QCOMPARE(result.code, 0);
        QCOMPARE(parseArray(result.out).size(), agentCount());
    }

    void agentsUpdateChangesGivenFields()
    {
        const QString id = createAgent(QStringLiteral("Before"));
        const Result result = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("agents"), QStringLiteral("update"), id,
                                   QStringLiteral("--description"), QStringLiteral("Answers billing questions"),
                                   QStringLiteral("--active"), QStringLiteral("false")});
        QCOMPARE(result.code, 0);

        const QJsonObject stored = serverAgent(id);
        QCOMPARE(stored.value(QStringLiteral("name")).toString(), QStringLiteral("Before"));
        QCOMPARE(stored.value(QStringLiteral("description")).toString(), QStringLiteral("Answers billing questions"));
        QCOMPARE(stored.value(QStringLiteral("is_active")).toBool(), false);
        QCOMPARE(parseObject(result.out), stored);
    }

    void agentsUpdateEmptyValueClearsField()
    {
        const QString id = idOf(m_fixture.create(QStringLiteral("/v1/agents"), {{QStringLiteral("name"), QStringLiteral("Clearable")},
                                                                               {QStringLiteral("max_messages_per_session"), 30},
                                                                               {QStringLiteral("tone"), QStringLiteral("Witty")}}));
        const Result result = run({QStringLiteral("agents"), QStringLiteral("update"), id, QStringLiteral("--max-messages="),
                                   QStringLiteral("--tone"), QString()});
        QCOMPARE(result.code, 0);
        const QJsonObject stored = serverAgent(id);
        QVERIFY(stored.value(QStringLiteral("max_messages_per_session")).isNull());
        QVERIFY(stored.value(QStringLiteral("tone")).isNull());
    }

    void agentsUsageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");

        QTest::newRow("create without name") << QStringList{QStringLiteral("agents"), QStringLiteral("create"), QStringLiteral("--tone"), QStringLiteral("Warm")}
                                             << QStringLiteral("needs --name");
        QTest::newRow("update without fields") << QStringList{QStringLiteral("agents"), QStringLiteral("update"), unknownId()}
                                               << QStringLiteral("at least one of --name");
        QTest::newRow("update without id") << QStringList{QStringLiteral("agents"), QStringLiteral("update")} << QStringLiteral("needs an agent ID");
        QTest::newRow("delete with two ids") << QStringList{QStringLiteral("agents"), QStringLiteral("delete"), QStringLiteral("a"), QStringLiteral("b")}
                                             << QStringLiteral("Unexpected argument");
        QTest::newRow("field option on get") << QStringList{QStringLiteral("agents"), QStringLiteral("get"), QStringLiteral("a"), QStringLiteral("--name"), QStringLiteral("x")}
                                             << QStringLiteral("does not apply to agents get");
    }

    void agentsUsageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);

        const Result result = run(arguments);
        QCOMPARE(result.code, 2);
        QCOMPARE(result.out, QString());
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
    }

    void agentsInvalidFieldExitsFiveBeforeSending_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expected");

        QTest::newRow("max messages 0") << QStringList{QStringLiteral("--max-messages"), QStringLiteral("0")}
                                        << QStringLiteral("--max-messages: The maximum messages per session is 0");
        QTest::newRow("max messages 1001") << QStringList{QStringLiteral("--max-messages"), QStringLiteral("1001")}
                                           << QStringLiteral("--max-messages:");
        QTest::newRow("max messages word") << QStringList{QStringLiteral("--max-messages"), QStringLiteral("ten")}
                                           << QStringLiteral("whole number from 1 to 1000");
        QTest::newRow("long name") << QStringList{QStringLiteral("--name"), QString(256, QLatin1Char('n'))}
                                   << QStringLiteral("--name: The name has 256 characters");
        QTest::newRow("blank name") << QStringList{QStringLiteral("--name"), QStringLiteral("  ")} << QStringLiteral("--name: The name is missing");
        QTest::newRow("ftp avatar") << QStringList{QStringLiteral("--avatar-url"), QStringLiteral("ftp://example.com/a.png")}
                                    << QStringLiteral("--avatar-url: The address starts with ftp://");
        QTest::newRow("active maybe") << QStringList{QStringLiteral("--active"), QStringLiteral("maybe")}
                                      << QStringLiteral("--active: Whether the agent is active must be true or false.");
        QTest::newRow("long tone") << QStringList{QStringLiteral("--tone"), QString(256, QLatin1Char('t'))} << QStringLiteral("--tone:");
    }

    void agentsInvalidFieldExitsFiveBeforeSending()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, expected);

        const qsizetype before = agentCount();
        QStringList arguments{QStringLiteral("agents"), QStringLiteral("create")};
        if (!options.contains(QStringLiteral("--name")))
            arguments << QStringLiteral("--name") << QStringLiteral("Valid name");
        const Result create = run(arguments + options);
        QCOMPARE(create.code, 5);
        QCOMPARE(create.out, QString());
        QVERIFY2(create.err.contains(expected), qPrintable(create.err));
        QVERIFY(create.err.contains(QStringLiteral("Nothing was sent")));
        QCOMPARE(agentCount(), before);

        const Result update = run(QStringList{QStringLiteral("agents"), QStringLiteral("update"), m_helperId} + options);
        QCOMPARE(update.code, 5);
        QCOMPARE(serverAgent(m_helperId).value(QStringLiteral("name")).toString(), QStringLiteral("Helper"));
    }

    void agentsServerFieldErrorsPrintedPerOption()
    {
        const Result result = runScripted({QStringLiteral("agents"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Taken"),
                                           QStringLiteral("--max-messages"), QStringLiteral("80")},
                                          agentValidationReply);
        QCOMPARE(result.code, 5);
        QCOMPARE(result.out, QString());
        QVERIFY(result.err.contains(QStringLiteral("POST /v1/agents failed")));
        QVERIFY(result.err.contains(QStringLiteral("HTTP 422")));
        QVERIFY(result.err.contains(QStringLiteral("weavctl: --name: The name has already been taken.\n")));
        QVERIFY(result.err.contains(QStringLiteral("weavctl: --max-messages: The max messages per session field must be at most 50")));
    }

    void agentsDeletePrintsNothing()
    {
        const QString id = createAgent(QStringLiteral("Short-lived"));
        const Result result = run({QStringLiteral("agents"), QStringLiteral("delete"), id});
        QCOMPARE(result.code, 0);
        QCOMPARE(result.out, QString());
        QCOMPARE(result.err, QString());
        QCOMPARE(m_fixture.call("GET", QStringLiteral("/v1/agents/") + id).status, 404);
    }

    void agentsDeleteUnknownIdExitsFour()
    {
        const Result result = run({QStringLiteral("agents"), QStringLiteral("delete"), unknownId()});
        QCOMPARE(result.code, 4);
    }

    void copilotDeleteExitsThreeWithWords()
    {
        const Result result = run({QStringLiteral("agents"), QStringLiteral("delete"), m_copilotId});
        QCOMPARE(result.code, 3);
        QCOMPARE(result.out, QString());
        QVERIFY2(result.err.contains(CopilotMessage), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("FORBIDDEN")));
        QCOMPARE(m_fixture.call("GET", QStringLiteral("/v1/agents/") + m_copilotId).status, 200);
    }

    void copilotDeactivateExitsThreeWithWords()
    {
        const Result result = run({QStringLiteral("agents"), QStringLiteral("update"), m_copilotId, QStringLiteral("--active"), QStringLiteral("false")});
        QCOMPARE(result.code, 3);
        QVERIFY(result.err.contains(CopilotMessage));
        QCOMPARE(serverAgent(m_copilotId).value(QStringLiteral("is_active")).toBool(), true);
    }

    void readOnlyTokenExitsThree_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("agents create") << QStringList{QStringLiteral("agents"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("X")};
        QTest::newRow("agents delete") << QStringList{QStringLiteral("agents"), QStringLiteral("delete"), m_helperId};
        QTest::newRow("training add-urls") << QStringList{QStringLiteral("training"), QStringLiteral("add-urls"), QStringLiteral("https://example.com/ro")};
    }

    void readOnlyTokenExitsThree()
    {
        QFETCH(QStringList, arguments);

        const Result result = run(arguments, m_fixture.readToken);
        QCOMPARE(result.code, 3);
        QVERIFY(result.err.contains(QStringLiteral("INSUFFICIENT_TOKEN_ABILITY")));
        QVERIFY(result.err.contains(QStringLiteral("external-api:write")));
        QCOMPARE(serverAgent(m_helperId).value(QStringLiteral("name")).toString(), QStringLiteral("Helper"));
    }

    void closedPortExitsSix()
    {
        quint16 port = 0;
        {
            HttpServer server([](const HttpRequest &) { return HttpResponse(); }, 1);
            QVERIFY(server.listen(QHostAddress::LocalHost, 0));
            port = server.serverPort();
        }
        const Result result = run({QStringLiteral("agents"), QStringLiteral("get"), m_helperId}, {},
                                  QStringLiteral("http://127.0.0.1:%1").arg(port));
        QCOMPARE(result.code, 6);
    }

    // ---- Training list --------------------------------------------------------------------

    void trainingListFilters()
    {
        const QString agentId = createAgent(QStringLiteral("Filter agent"));
        const QString qaId = idOf(m_fixture.create(QStringLiteral("/v1/training-data"), {{QStringLiteral("type"), QStringLiteral("qa")},
                                                                                       {QStringLiteral("question"), QStringLiteral("Q?")},
                                                                                       {QStringLiteral("answer"), QStringLiteral("A.")},
                                                                                       {QStringLiteral("agent_ids"), QJsonArray{agentId}}}));
        const QString failedId = m_fixture.insertRow(QStringLiteral("training_items"), {{QStringLiteral("type"), QStringLiteral("url")},
                                                                                       {QStringLiteral("title"), QStringLiteral("Broken page")},
                                                                                       {QStringLiteral("source_url"), QStringLiteral("https://example.com/x")},
                                                                                       {QStringLiteral("status"), QStringLiteral("failed")},
                                                                                       {QStringLiteral("error"), QStringLiteral("HTTP 500")}});
        createTextItem(QStringLiteral("Unrelated"));

        const auto listed = [this](const QStringList &filters) {
            const Result result = run(QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("training"),
                                                  QStringLiteral("list"), QStringLiteral("--all")} + filters);
            QStringList ids;
            for (const QJsonValue &item : parseArray(result.out))
                ids.append(item.toObject().value(QStringLiteral("id")).toString());
            return ids;
        };

        QCOMPARE(listed({QStringLiteral("--agent"), agentId}), QStringList{qaId});
        QCOMPARE(listed({QStringLiteral("--status"), QStringLiteral("failed")}), QStringList{failedId});
        const QStringList qaItems = listed({QStringLiteral("--type"), QStringLiteral("qa")});
        QVERIFY(qaItems.contains(qaId));
        for (const QString &id : qaItems)
            QCOMPARE(serverItem(id).value(QStringLiteral("type")).toString(), QStringLiteral("qa"));
        QCOMPARE(listed({QStringLiteral("--type"), QStringLiteral("qa"), QStringLiteral("--status"), QStringLiteral("failed")}), QStringList());
    }

    void trainingListTableShowsColumns()
    {
        createTextItem(QStringLiteral("Table item"));
        const Result result = run({QStringLiteral("training"), QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("text")});
        QCOMPARE(result.code, 0);
        QVERIFY(result.out.startsWith(QStringLiteral("id ")));
        QVERIFY(result.out.contains(QStringLiteral("Table item")));
    }

    void trainingListBadFiltersExitTwo_data()
    {
        QTest::addColumn<QStringList>("filters");
        QTest::addColumn<QString>("expected");
        QTest::newRow("type") << QStringList{QStringLiteral("--type"), QStringLiteral("video")} << QStringLiteral("text, qa, file, url");
        QTest::newRow("status") << QStringList{QStringLiteral("--status"), QStringLiteral("done")} << QStringLiteral("pending, processing");
        QTest::newRow("two agents") << QStringList{QStringLiteral("--agent"), QStringLiteral("a"), QStringLiteral("--agent"), QStringLiteral("b")}
                                    << QStringLiteral("one --agent");
    }

    void trainingListBadFiltersExitTwo()
    {
        QFETCH(QStringList, filters);
        QFETCH(QString, expected);

        const Result result = run(QStringList{QStringLiteral("training"), QStringLiteral("list")} + filters);
        QCOMPARE(result.code, 2);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
    }

    // ---- Text and Q&A ---------------------------------------------------------------------

    void addTextCreatesItemWithFileContent()
    {
        const QString content = QStringLiteral("Refunds take 5 days.\nÜbersetzung folgt.\n");
        const QString path = writeFile(QStringLiteral("refunds.md"), content.toUtf8());
        const Result result = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("training"), QStringLiteral("add-text"),
                                   QStringLiteral("--title"), QStringLiteral("Refund policy"), QStringLiteral("--file"), path});
        QCOMPARE(result.code, 0);

        const QJsonObject stored = serverItem(idOf(parseObject(result.out)));
        QCOMPARE(stored.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
        QCOMPARE(stored.value(QStringLiteral("title")).toString(), QStringLiteral("Refund policy"));
        QCOMPARE(stored.value(QStringLiteral("content")).toString(), content);
    }

    void addTextRejectedBeforeSending_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");

        QTest::newRow("long title") << QString(256, QLatin1Char('t')) << QByteArray("text") << QStringLiteral("--title: The title has 256");
        QTest::newRow("empty file") << QStringLiteral("Title") << QByteArray("  \n") << QStringLiteral("--file: The content is empty");
        QTest::newRow("long content") << QStringLiteral("Title") << QByteArray(100001, 'c') << QStringLiteral("--file: The content has 100001");
        QTest::newRow("not UTF-8") << QStringLiteral("Title") << QByteArray("caf\xE9") << QStringLiteral("is not UTF-8 text");
    }

    void addTextRejectedBeforeSending()
    {
        QFETCH(QString, title);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);

        const qsizetype before = trainingCount();
        const QString path = writeFile(QStringLiteral("text.txt"), content);
        const Result result = run({QStringLiteral("training"), QStringLiteral("add-text"), QStringLiteral("--title"), title,
                                   QStringLiteral("--file"), path});
        QCOMPARE(result.code, 5);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        QCOMPARE(trainingCount(), before);
    }

    void addTextMissingFileExitsOne()
    {
        const Result result = run({QStringLiteral("training"), QStringLiteral("add-text"), QStringLiteral("--title"), QStringLiteral("T"),
                                   QStringLiteral("--file"), m_dir.filePath(QStringLiteral("missing.txt"))});
        QCOMPARE(result.code, 1);
        QVERIFY(result.err.contains(QStringLiteral("Could not read")));
    }

    void addTextWithoutFileExitsTwo()
    {
        const Result result = run({QStringLiteral("training"), QStringLiteral("add-text"), QStringLiteral("--title"), QStringLiteral("T")});
        QCOMPARE(result.code, 2);
        QVERIFY(result.err.contains(QStringLiteral("--file FILE")));
    }

    void addQaCreatesOneItemPerRow()
    {
        const QByteArray csv = "\xEF\xBB\xBFquestion,answer\r\n"
                               "\"Do you ship abroad?\",\"Yes, to 30 countries.\"\r\n"
                               "\"What is \"\"Pro\"\"?\",\"Our paid plan.\nIt adds reports.\"\r\n"
                               "How do I cancel?,From the account page.\r\n";
        const QString path = writeFile(QStringLiteral("faq.csv"), csv);
        const qsizetype before = trainingCount();

        const Result result = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("training"), QStringLiteral("add-qa"),
                                   QStringLiteral("--csv"), path});
        QCOMPARE(result.code, 0);
        const QJsonArray printed = parseArray(result.out);
        QCOMPARE(printed.size(), 3);
        QCOMPARE(trainingCount(), before + 3);

        const QJsonObject second = serverItem(idOf(printed.at(1).toObject()));
        QCOMPARE(second.value(QStringLiteral("type")).toString(), QStringLiteral("qa"));
        QCOMPARE(second.value(QStringLiteral("question")).toString(), QStringLiteral("What is \"Pro\"?"));
        QCOMPARE(second.value(QStringLiteral("answer")).toString(), QStringLiteral("Our paid plan.\nIt adds reports."));
        QCOMPARE(serverItem(idOf(printed.at(2).toObject())).value(QStringLiteral("question")).toString(), QStringLiteral("How do I cancel?"));
    }

    void addQaBadRowsSendNothing()
    {
        const QString path = writeFile(QStringLiteral("bad.csv"), "Good?,Yes.\n,No question here\nAlso good?,Yes.\n");
        const qsizetype before = trainingCount();

        const Result result = run({QStringLiteral("training"), QStringLiteral("add-qa"), QStringLiteral("--csv"), path});
        QCOMPARE(result.code, 5);
        QCOMPARE(result.out, QString());
        QVERIFY2(result.err.contains(QStringLiteral("bad.csv, row 2 (line 2): The question is empty")), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("Nothing was sent")));
        QCOMPARE(trainingCount(), before);
    }

    void addQaHeaderOnlyExitsFive()
    {
        const QString path = writeFile(QStringLiteral("header.csv"), "question,answer\n");
        const Result result = run({QStringLiteral("training"), QStringLiteral("add-qa"), QStringLiteral("--csv"), path});
        QCOMPARE(result.code, 5);
        QVERIFY(result.err.contains(QStringLiteral("no Q&A rows")));
    }

    // ---- Upload ---------------------------------------------------------------------------

    void uploadTxtAndMdStoresSizes()
    {
        const QByteArray text("Opening hours: 9 to 5.\n");
        const QByteArray markdown = QByteArray("# Returns\n\n") + QByteArray(5000, 'r') + '\n';
        const QString txt = writeFile(QStringLiteral("hours.txt"), text);
        const QString md = writeFile(QStringLiteral("returns.md"), markdown);

        const Result result = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("training"), QStringLiteral("upload"), txt, md});
        QCOMPARE(result.code, 0);
        QVERIFY(result.err.contains(QStringLiteral("hours.txt was uploaded as training item")));
        QVERIFY(result.err.contains(QStringLiteral("returns.md was uploaded as training item")));

        const QJsonArray printed = parseArray(result.out);
        QCOMPARE(printed.size(), 2);
        const QJsonObject first = serverItem(idOf(printed.at(0).toObject()));
        QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("file"));
        QCOMPARE(first.value(QStringLiteral("file_name")).toString(), QStringLiteral("hours.txt"));
        QCOMPARE(first.value(QStringLiteral("size_bytes")).toInteger(), text.size());
        const QJsonObject second = serverItem(idOf(printed.at(1).toObject()));
        QCOMPARE(second.value(QStringLiteral("file_name")).toString(), QStringLiteral("returns.md"));
        QCOMPARE(second.value(QStringLiteral("mime_type")).toString(), QStringLiteral("text/markdown"));
        QCOMPARE(second.value(QStringLiteral("size_bytes")).toInteger(), markdown.size());
    }

    void uploadWithTitle()
    {
        const QString path = writeFile(QStringLiteral("price list.csv"), "item,price\nA,1\n");
        const Result result = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("training"), QStringLiteral("upload"), path,
                                   QStringLiteral("--title"), QStringLiteral("Prices 2025")});
        QCOMPARE(result.code, 0);
        const QJsonObject stored = serverItem(idOf(parseArray(result.out).at(0).toObject()));
        QCOMPARE(stored.value(QStringLiteral("title")).toString(), QStringLiteral("Prices 2025"));
        QCOMPARE(stored.value(QStringLiteral("file_name")).toString(), QStringLiteral("price list.csv"));
    }

    void uploadWrongTypeSendsNothing()
    {
        const QString good = writeFile(QStringLiteral("fine.txt"), "fine");
        const QString exe = writeFile(QStringLiteral("tool.exe"), "MZ");
        const qsizetype before = trainingCount();

        const Result result = run({QStringLiteral("training"), QStringLiteral("upload"), good, exe});
        QCOMPARE(result.code, 5);
        QCOMPARE(result.out, QString());
        QVERIFY2(result.err.contains(exe + QStringLiteral(": Files of type .exe cannot be used")), qPrintable(result.err));
        QVERIFY(!result.err.contains(good + QLatin1Char(':')));
        QCOMPARE(trainingCount(), before);
    }

    void uploadEmptyAndMissingFiles()
    {
        const QString empty = writeFile(QStringLiteral("empty.md"), QByteArray());
        const QString missing = m_dir.filePath(QStringLiteral("missing.pdf"));
        const qsizetype before = trainingCount();

        const Result result = run({QStringLiteral("training"), QStringLiteral("upload"), empty, missing});
        QCOMPARE(result.code, 1);
        QVERIFY(result.err.contains(empty + QStringLiteral(": The file is empty")));
        QVERIFY(result.err.contains(missing + QStringLiteral(": The file does not exist")));
        QCOMPARE(trainingCount(), before);
    }

    void uploadTitleWithSeveralFilesExitsTwo()
    {
        const QString a = writeFile(QStringLiteral("a.txt"), "a");
        const QString b = writeFile(QStringLiteral("b.txt"), "b");
        const Result result = run({QStringLiteral("training"), QStringLiteral("upload"), a, b, QStringLiteral("--title"), QStringLiteral("T")});
        QCOMPARE(result.code, 2);
        QVERIFY(result.err.contains(QStringLiteral("single file")));
    }

    void uploadWithoutFilesExitsTwo()
    {
        const Result result = run({QStringLiteral("training"), QStringLiteral("upload")});
        QCOMPARE(result.code, 2);
        QVERIFY(result.err.contains(QStringLiteral("at least one FILE")));
    }

    void uploadServerFailureReportedPerFile()
    {
        const QString a = writeFile(QStringLiteral("first.txt"), "a");
        const QString b = writeFile(QStringLiteral("second.txt"), "b");
        const Result result = runScripted({QStringLiteral("training"), QStringLiteral("upload"), a, b},
                                          [](const HttpRequest &) { return errorReply(413, QString()); });
        QCOMPARE(result.code, 5);
        QVERIFY(result.err.contains(a + QStringLiteral(" was not uploaded.")));
        QVERIFY(result.err.contains(b + QStringLiteral(" was not uploaded.")));
        QVERIFY(result.err.contains(QStringLiteral("too large")));
    }

    // ---- URLs -----------------------------------------------------------------------------

    void addUrlsCreatesPendingItemsForAgents()
    {
        const QString second = createAgent(QStringLiteral("URL agent"));
        const Result result = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("training"), QStringLiteral("add-urls"),
                                   QStringLiteral("https://example.com/help"), QStringLiteral("https://Example.com/help#faq"),
                                   QStringLiteral("https://example.com/pricing"), QStringLiteral("--agent"), m_helperId,
                                   QStringLiteral("--agent"), second});
        QCOMPARE(result.code, 0);
        QVERIFY(result.err.contains(QStringLiteral("https://Example.com/help#faq is given twice")));

        const QJsonArray printed = parseArray(result.out);
        QCOMPARE(printed.size(), 2);
        for (const QJsonValue &value : printed) {
            const QJsonObject item = value.toObject();
            QCOMPARE(item.value(QStringLiteral("type")).toString(), QStringLiteral("url"));
            QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
            QCOMPARE(item.value(QStringLiteral("agent_ids")).toArray(), (QJsonArray{m_helperId, second}));
        }
        QCOMPARE(printed.at(1).toObject().value(QStringLiteral("source_url")).toString(), QStringLiteral("https://example.com/pricing"));
    }

    void addUrlsWithoutValidUrlSendsNothing()
    {
        const qsizetype before = trainingCount();
        const Result result = run({QStringLiteral("training"), QStringLiteral("add-urls"), QStringLiteral("ftp://example.com/a"),
                                   QStringLiteral("example.com")});
        QCOMPARE(result.code, 5);
        QVERIFY(result.err.contains(QStringLiteral("ftp://example.com/a: The address starts with ftp://")));
        QVERIFY(result.err.contains(QStringLiteral("example.com: The address does not start with http:// or https://")));
        QVERIFY(result.err.contains(QStringLiteral("None of the given addresses")));
        QCOMPARE(trainingCount(), before);
    }

    void addUrlsWithOneInvalidSendsNothing()
    {
        const qsizetype before = trainingCount();
        const Result result = run({QStringLiteral("training"), QStringLiteral("add-urls"), QStringLiteral("https://example.com/ok"),
                                   QStringLiteral("http://")});
        QCOMPARE(result.code, 5);
        QVERIFY(result.err.contains(QStringLiteral("Correct or leave out the addresses")));
        QCOMPARE(trainingCount(), before);
    }

    void addUrlsAgentOfOtherWorkspaceExplained()
    {
        const qsizetype before = trainingCount();
        const Result result = run({QStringLiteral("training"), QStringLiteral("add-urls"), QStringLiteral("https://example.com/other"),
                                   QStringLiteral("--agent"), m_otherWorkspaceAgentId});
        QCOMPARE(result.code, 5);
        QVERIFY(result.err.contains(QStringLiteral("INVALID_AGENT")));
        QVERIFY(result.err.contains(QStringLiteral("not an agent of this workspace")));
        QCOMPARE(trainingCount(), before);
    }

    void addUrlsServerRejectionExplained()
    {
        const Result noUrls = runScripted({QStringLiteral("training"), QStringLiteral("add-urls"), QStringLiteral("https://example.com/a")},
                                          [](const HttpRequest &) { return errorReply(422, QStringLiteral("NO_URLS_PROVIDED")); });
        QCOMPARE(noUrls.code, 5);
        QVERIFY(noUrls.err.contains(QStringLiteral("found no valid web address")));

        const Result failed = runScripted({QStringLiteral("training"), QStringLiteral("add-urls"), QStringLiteral("https://example.com/a")},
                                          [](const HttpRequest &) { return errorReply(500, QStringLiteral("PROCESSING_FAILED")); });
        QCOMPARE(failed.code, 6);
        QVERIFY(failed.err.contains(QStringLiteral("could not process")));
    }

    // ---- Assign and delete ----------------------------------------------------------------

    void assignAddsAgents()
    {
        const QString itemId = createTextItem(QStringLiteral("Assignable"));
        const QString second = createAgent(QStringLiteral("Assign agent"));
        const Result result = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("training"), QStringLiteral("assign"), itemId,
                                   QStringLiteral("--agent"), m_helperId, QStringLiteral("--agent"), second});
        QCOMPARE(result.code, 0);
        QCOMPARE(serverItem(itemId).value(QStringLiteral("agent_ids")).toArray(), (QJsonArray{m_helperId, second}));
        QCOMPARE(parseObject(result.out).value(QStringLiteral("agent_ids")).toArray(), (QJsonArray{m_helperId, second}));
    }

    void assignAgentOfOtherWorkspaceExplained()
    {
        const QString itemId = createTextItem(QStringLiteral("Not for foreigners"));
        const Result result = run({QStringLiteral("training"), QStringLiteral("assign"), itemId, QStringLiteral("--agent"), m_otherWorkspaceAgentId});
        QCOMPARE(result.code, 5);
        QVERIFY(result.err.contains(QStringLiteral("INVALID_AGENT")));
        QVERIFY(result.err.contains(QStringLiteral("not an agent of this workspace")));
        QVERIFY(serverItem(itemId).value(QStringLiteral("agent_ids")).toArray().isEmpty());
    }

    void assignUnknownItemExitsFour()
    {
        const Result result = run({QStringLiteral("training"), QStringLiteral("assign"), unknownId(), QStringLiteral("--agent"), m_helperId});
        QCOMPARE(result.code, 4);
    }

    void assignWithoutAgentExitsTwo()
    {
        const Result result = run({QStringLiteral("training"), QStringLiteral("assign"), unknownId()});
        QCOMPARE(result.code, 2);
        QVERIFY(result.err.contains(QStringLiteral("--agent ID")));
    }

    void trainingDeleteRemovesItem()
    {
        const QString itemId = createTextItem(QStringLiteral("Disposable"));
        const Result result = run({QStringLiteral("training"), QStringLiteral("delete"), itemId});
        QCOMPARE(result.code, 0);
        QCOMPARE(result.out, QString());
        QCOMPARE(m_fixture.call("GET", QStringLiteral("/v1/training-data/") + itemId).status, 404);
    }

    void trainingDeleteUnknownExitsFour()
    {
        const Result result = run({QStringLiteral("training"), QStringLiteral("delete"), unknownId()});
        QCOMPARE(result.code, 4);
    }

    void trainingDeleteReadOnlyExitsThree()
    {
        const QString itemId = createTextItem(QStringLiteral("Kept"));
        const Result result = run({QStringLiteral("training"), QStringLiteral("delete"), itemId}, m_fixture.readToken);
        QCOMPARE(result.code, 3);
        QCOMPARE(m_fixture.call("GET", QStringLiteral("/v1/training-data/") + itemId).status, 200);
    }

private:
    QTemporaryDir m_dir;
    SandboxFixture m_fixture;
    QString m_copilotId;
    QString m_helperId;
    QString m_otherWorkspaceAgentId;
    QStringList m_outputs;
};

QTEST_GUILESS_MAIN(WeavctlAdminTest)
#include "tst_weavctl_admin.moc"
