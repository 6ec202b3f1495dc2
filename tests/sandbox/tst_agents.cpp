// The agents resource: create, get, update, delete, validation at each limit, slugs, the copilot's
// protected operations, phrases and escalation rules in the shape, filters, paging, workspace
// scoping, abilities and the webhook events that handlers queue.
// Not covered here: the number of queries a page of agents runs (the store has no query counter),
// and webhook delivery itself (tst_webhooks).

#include "SandboxFixture.h"
#include "api/Json.h"
#include "resources/Resources.h"
#include "store/Database.h"

#include <QRegularExpression>
#include <QTest>

using namespace weav::sandbox;
using namespace weav::sandbox::test;

namespace {

QString agentPath(const QString &id)
{
    return QStringLiteral("/v1/agents/") + id;
}
} // namespace

class AgentsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(fixture.start());
        copilotId = fixture.insertRow(QStringLiteral("agents"), {{QStringLiteral("name"), QStringLiteral("Copilot")},
                                                                 {QStringLiteral("slug"), QStringLiteral("copilot")},
                                                                 {QStringLiteral("is_copilot"), 1},
                                                                 {QStringLiteral("is_active"), 1}});
    }

    void createReturnsAgentShape()
    {
        const Reply reply = fixture.call("POST", QStringLiteral("/v1/agents"),
                                         {{QStringLiteral("name"), QStringLiteral("Shape Bot")},
                                          {QStringLiteral("description"), QStringLiteral("Answers billing questions.")},
                                          {QStringLiteral("avatar_url"), QStringLiteral("https://cdn.acme.test/bot.png")},
                                          {QStringLiteral("max_messages_per_session"), 25},
                                          {QStringLiteral("tone"), QStringLiteral("Warm")},
                                          {QStringLiteral("response_length"), QStringLiteral("Short")},
                                          {QStringLiteral("is_active"), true}});
        QCOMPARE(reply.status, 201);

        const QJsonObject agent = reply.object;
        QCOMPARE(agent.keys(), (QStringList{QStringLiteral("avatar_url"), QStringLiteral("created_at"), QStringLiteral("description"),
                                            QStringLiteral("escalation_rules"), QStringLiteral("id"), QStringLiteral("is_active"),
                                            QStringLiteral("is_copilot"), QStringLiteral("is_email_agent"),
                                            QStringLiteral("max_messages_per_session"), QStringLiteral("name"),
                                            QStringLiteral("prohibited_phrases"), QStringLiteral("response_length"),
                                            QStringLiteral("slug"), QStringLiteral("tone"), QStringLiteral("updated_at")}));
        QVERIFY(json::isUuid(idOf(agent)));
        QCOMPARE(agent.value(QStringLiteral("name")).toString(), QStringLiteral("Shape Bot"));
        QCOMPARE(agent.value(QStringLiteral("slug")).toString(), QStringLiteral("shape-bot"));
        QCOMPARE(agent.value(QStringLiteral("description")).toString(), QStringLiteral("Answers billing questions."));
        QCOMPARE(agent.value(QStringLiteral("avatar_url")).toString(), QStringLiteral("https://cdn.acme.test/bot.png"));
        QVERIFY(agent.value(QStringLiteral("max_messages_per_session")).isDouble());
        QCOMPARE(agent.value(QStringLiteral("max_messages_per_session")).toInt(), 25);
        QCOMPARE(agent.value(QStringLiteral("tone")).toString(), QStringLiteral("Warm"));
        QCOMPARE(agent.value(QStringLiteral("response_length")).toString(), QStringLiteral("Short"));
        QCOMPARE(agent.value(QStringLiteral("is_active")), QJsonValue(true));
        QCOMPARE(agent.value(QStringLiteral("is_copilot")), QJsonValue(false));
        QCOMPARE(agent.value(QStringLiteral("is_email_agent")), QJsonValue(false));
        QCOMPARE(agent.value(QStringLiteral("prohibited_phrases")), QJsonValue(QJsonArray()));
        QCOMPARE(agent.value(QStringLiteral("escalation_rules")), QJsonValue(QJsonArray()));
        QVERIFY(isRecordTimestamp(agent.value(QStringLiteral("created_at"))));
        QCOMPARE(agent.value(QStringLiteral("updated_at")), agent.value(QStringLiteral("created_at")));
    }

    void createWithNameOnlyUsesDefaults()
    {
        const Reply reply = fixture.call("POST", QStringLiteral("/v1/agents"), {{QStringLiteral("name"), QStringLiteral("Default Bot")}});
        QCOMPARE(reply.status, 201);
        QVERIFY(reply.object.value(QStringLiteral("description")).isNull());
        QVERIFY(reply.object.value(QStringLiteral("avatar_url")).isNull());
        QVERIFY(reply.object.value(QStringLiteral("max_messages_per_session")).isNull());
        QVERIFY(reply.object.value(QStringLiteral("tone")).isNull());
        QVERIFY(reply.object.value(QStringLiteral("response_length")).isNull());
        QCOMPARE(reply.object.value(QStringLiteral("is_active")), QJsonValue(true));
    }

    void createIsActiveNullMeansActive()
    {
        const Reply reply = fixture.call("POST", QStringLiteral("/v1/agents"),
                                         {{QStringLiteral("name"), QStringLiteral("Null Active Bot")}, {QStringLiteral("is_active"), QJsonValue::Null}});
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.object.value(QStringLiteral("is_active")), QJsonValue(true));
    }

    void createInactive()
    {
        const Reply reply = fixture.call("POST", QStringLiteral("/v1/agents"),
                                         {{QStringLiteral("name"), QStringLiteral("Sleeping Bot")}, {QStringLiteral("is_active"), false}});
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.object.value(QStringLiteral("is_active")), QJsonValue(false));

        const Reply zero = fixture.call("POST", QStringLiteral("/v1/agents"),
                                        {{QStringLiteral("name"), QStringLiteral("Zero Bot")}, {QStringLiteral("is_active"), 0}});
        QCOMPARE(zero.status, 201);
        QCOMPARE(zero.object.value(QStringLiteral("is_active")), QJsonValue(false));
    }

    void createIgnoresCopilotAndEmailFlags()
    {
        const Reply reply = fixture.call("POST", QStringLiteral("/v1/agents"),
                                         {{QStringLiteral("name"), QStringLiteral("Pretender Bot")},
                                          {QStringLiteral("is_copilot"), true},
                                          {QStringLiteral("is_email_agent"), true}});
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.object.value(QStringLiteral("is_copilot")), QJsonValue(false));
        QCOMPARE(reply.object.value(QStringLiteral("is_email_agent")), QJsonValue(false));
    }

    void createQueuesAgentCreatedEvent()
    {
        const HandlerRun run = runRoute(fixture, registerAgentRoutes, "POST", QStringLiteral("/v1/agents"), {{QStringLiteral("name"), QStringLiteral("Event Bot")}});
        QCOMPARE(run.response.status, 201);
        QCOMPARE(run.events.size(), 1);
        QCOMPARE(run.events.first().event, QStringLiteral("agent.created"));
        QCOMPARE(run.events.first().data, run.response.jsonObject());
    }

    void slugIsLowerCaseWithDashes()
    {
        QCOMPARE(createAgent(QStringLiteral("Billing  Helper v2")).value(QStringLiteral("slug")).toString(), QStringLiteral("billing-helper-v2"));
        QCOMPARE(createAgent(QStringLiteral("  --Réponse, Àccentuée!! ")).value(QStringLiteral("slug")).toString(),
                 QStringLiteral("reponse-accentuee"));
    }

    void slugWithoutLatinLettersFallsBack()
    {
        const QJsonObject agent = fixture.create(QStringLiteral("/v1/agents"), {{QStringLiteral("name"), QStringLiteral("日本語")}},
                                                 fixture.otherWorkspaceToken);
        QCOMPARE(agent.value(QStringLiteral("slug")).toString(), QStringLiteral("agent"));
    }

    void slugIsUniqueInWorkspace()
    {
        QCOMPARE(createAgent(QStringLiteral("Twin")).value(QStringLiteral("slug")).toString(), QStringLiteral("twin"));
        QCOMPARE(createAgent(QStringLiteral("Twin")).value(QStringLiteral("slug")).toString(), QStringLiteral("twin-2"));
        QCOMPARE(createAgent(QStringLiteral("TWIN!")).value(QStringLiteral("slug")).toString(), QStringLiteral("twin-3"));

        const QJsonObject elsewhere = fixture.create(QStringLiteral("/v1/agents"), {{QStringLiteral("name"), QStringLiteral("Twin")}},
                                                     fixture.otherWorkspaceToken);
        QCOMPARE(elsewhere.value(QStringLiteral("slug")).toString(), QStringLiteral("twin"));
    }

    void slugReusesFreedSuffix()
    {
        createAgent(QStringLiteral("Triplet"));
        const QJsonObject second = createAgent(QStringLiteral("Triplet"));
        createAgent(QStringLiteral("Triplet"));
        QCOMPARE(fixture.call("DELETE", agentPath(idOf(second))).status, 204);

        QCOMPARE(createAgent(QStringLiteral("Triplet")).value(QStringLiteral("slug")).toString(), QStringLiteral("triplet-2"));
    }

    void slugStaysOnRename()
    {
        const QJsonObject agent = createAgent(QStringLiteral("Before Rename"));
        const Reply reply = fixture.call("PUT", agentPath(idOf(agent)), {{QStringLiteral("name"), QStringLiteral("After Rename")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object.value(QStringLiteral("name")).toString(), QStringLiteral("After Rename"));
        QCOMPARE(reply.object.value(QStringLiteral("slug")).toString(), QStringLiteral("before-rename"));
    }

    void createNameIsRequired()
    {
        const QStringList required{QStringLiteral("The name field is required.")};
        QCOMPARE(fixture.call("POST", QStringLiteral("/v1/agents"), {{QStringLiteral("tone"), QStringLiteral("Warm")}})
                     .fieldErrors(QStringLiteral("name")),
                 required);
        QCOMPARE(fixture.call("POST", QStringLiteral("/v1/agents"), {{QStringLiteral("name"), QJsonValue::Null}}).fieldErrors(QStringLiteral("name")),
                 required);

        const Reply blank = fixture.call("POST", QStringLiteral("/v1/agents"), {{QStringLiteral("name"), QStringLiteral(" ")}});
        QCOMPARE(blank.status, 422);
        QCOMPARE(blank.object.value(QStringLiteral("message")).toString(), required.first());
        QCOMPARE(blank.fieldErrors(QStringLiteral("name")), required);
    }

    void createNameMustBeString()
    {
        const Reply reply = fixture.call("POST", QStringLiteral("/v1/agents"), {{QStringLiteral("name"), 7}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("name")), QStringList{QStringLiteral("The name field must be a string.")});
    }

    void createNameLimit()
    {
        const Reply longest = fixture.call("POST", QStringLiteral("/v1/agents"), {{QStringLiteral("name"), QString(255, QLatin1Char('n'))}});
        QCOMPARE(longest.status, 201);
        QCOMPARE(longest.object.value(QStringLiteral("name")).toString().size(), 255);

        const Reply reply = fixture.call("POST", QStringLiteral("/v1/agents"), {{QStringLiteral("name"), QString(256, QLatin1Char('n'))}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("name")),
                 QStringList{QStringLiteral("The name field must not be greater than 255 characters.")});
    }

    void createDescriptionMustBeString()
    {
        QCOMPARE(createWith(QStringLiteral("description"), QString(5000, QLatin1Char('d'))).status, 201);

        const Reply reply = createWith(QStringLiteral("description"), 5);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("description")), QStringList{QStringLiteral("The description field must be a string.")});
    }

    void createAvatarUrlMustBeUrl()
    {
        const QStringList message{QStringLiteral("The avatar url field must be a valid URL.")};
        QCOMPARE(createWith(QStringLiteral("avatar_url"), QStringLiteral("not a url")).fieldErrors(QStringLiteral("avatar_url")), message);
        QCOMPARE(createWith(QStringLiteral("avatar_url"), QStringLiteral("bot.png")).fieldErrors(QStringLiteral("avatar_url")), message);

        const Reply reply = createWith(QStringLiteral("avatar_url"), QStringLiteral("not a url"));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.object.value(QStringLiteral("message")).toString(), message.first());
    }

    void createAvatarUrlLimit()
    {
        const QString prefix = QStringLiteral("https://cdn.acme.test/");
        const QString longest = prefix + QString(500 - prefix.size(), QLatin1Char('a'));
        const Reply ok = createWith(QStringLiteral("avatar_url"), longest);
        QCOMPARE(ok.status, 201);
        QCOMPARE(ok.object.value(QStringLiteral("avatar_url")).toString(), longest);

        const Reply reply = createWith(QStringLiteral("avatar_url"), longest + QLatin1Char('a'));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("avatar_url")),
                 QStringList{QStringLiteral("The avatar url field must not be greater than 500 characters.")});
    }

    void createMaxMessagesLimits()
    {
        const Reply lowest = createWith(QStringLiteral("max_messages_per_session"), 1);
        QCOMPARE(lowest.status, 201);
        QCOMPARE(lowest.object.value(QStringLiteral("max_messages_per_session")).toInt(), 1);

        const Reply highest = createWith(QStringLiteral("max_messages_per_session"), 1000);
        QCOMPARE(highest.status, 201);
        QCOMPARE(highest.object.value(QStringLiteral("max_messages_per_session")).toInt(), 1000);

        const QStringList between{QStringLiteral("The max messages per session field must be between 1 and 1000.")};
        const Reply zero = createWith(QStringLiteral("max_messages_per_session"), 0);
        QCOMPARE(zero.status, 422);
        QCOMPARE(zero.fieldErrors(QStringLiteral("max_messages_per_session")), between);

        const Reply over = createWith(QStringLiteral("max_messages_per_session"), 1001);
        QCOMPARE(over.status, 422);
        QCOMPARE(over.fieldErrors(QStringLiteral("max_messages_per_session")), between);
    }

    void createMaxMessagesMustBeInteger()
    {
        const QStringList message{QStringLiteral("The max messages per session field must be an integer.")};
        QCOMPARE(createWith(QStringLiteral("max_messages_per_session"), 2.5).fieldErrors(QStringLiteral("max_messages_per_session")), message);
        QCOMPARE(createWith(QStringLiteral("max_messages_per_session"), QStringLiteral("ten")).fieldErrors(QStringLiteral("max_messages_per_session")),
                 message);
    }

    void createToneAndResponseLengthLimits()
    {
        QCOMPARE(createWith(QStringLiteral("tone"), QString(255, QLatin1Char('t'))).status, 201);
        QCOMPARE(createWith(QStringLiteral("response_length"), QString(255, QLatin1Char('r'))).status, 201);

        const Reply tone = createWith(QStringLiteral("tone"), QString(256, QLatin1Char('t')));
        QCOMPARE(tone.status, 422);
        QCOMPARE(tone.fieldErrors(QStringLiteral("tone")), QStringList{QStringLiteral("The tone field must not be greater than 255 characters.")});

        const Reply length = createWith(QStringLiteral("response_length"), QString(256, QLatin1Char('r')));
        QCOMPARE(length.status, 422);
        QCOMPARE(length.fieldErrors(QStringLiteral("response_length")),
                 QStringList{QStringLiteral("The response length field must not be greater than 255 characters.")});
    }

    void createIsActiveMustBeBoolean()
    {
        const Reply reply = createWith(QStringLiteral("is_active"), QStringLiteral("yes"));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("is_active")), QStringList{QStringLiteral("The is active field must be true or false.")});

        QCOMPARE(createWith(QStringLiteral("is_active"), 2).fieldErrors(QStringLiteral("is_active")),
                 QStringList{QStringLiteral("The is active field must be true or false.")});
    }

    void createCountsEveryFailedRule()
    {
        const Reply reply = fixture.call("POST", QStringLiteral("/v1/agents"),
                                         {{QStringLiteral("avatar_url"), QStringLiteral("nope")},
                                          {QStringLiteral("max_messages_per_session"), 0},
                                          {QStringLiteral("tone"), QString(256, QLatin1Char('t'))}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.object.value(QStringLiteral("message")).toString(), QStringLiteral("The name field is required. (and 3 more errors)"));
        QCOMPARE(reply.object.value(QStringLiteral("errors")).toObject().keys(),
                 (QStringList{QStringLiteral("avatar_url"), QStringLiteral("max_messages_per_session"), QStringLiteral("name"),
                              QStringLiteral("tone")}));
    }

    void failedCreateQueuesNoEvent()
    {
        const HandlerRun run = runRoute(fixture, registerAgentRoutes, "POST", QStringLiteral("/v1/agents"), {{QStringLiteral("tone"), QStringLiteral("Warm")}});
        QCOMPARE(run.response.status, 422);
        QCOMPARE(run.events.size(), 0);
    }

    void getReturnsAgent()
    {
        const QJsonObject created = createAgent(QStringLiteral("Get Bot"));
        const Reply reply = fixture.call("GET", agentPath(idOf(created)));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object, created);
    }

    void getUnknownIdIs404()
    {
        const Reply reply = fixture.call("GET", agentPath(unknownId()));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), QStringLiteral("RESOURCE_NOT_FOUND"));
    }

    void getShowsPhrasesAndRules()
    {
        const QJsonObject agent = createAgent(QStringLiteral("Guarded Bot"));
        const QString id = idOf(agent);
        const QString later = insertPhrase(id, QStringLiteral("guaranteed refund"), BaseTime + 1000);
        const QString earlier = insertPhrase(id, QStringLiteral("legal advice"), BaseTime);
        const QString rule = fixture.insertRow(QStringLiteral("agent_escalation_rules"), {{QStringLiteral("agent_id"), id},
                                                                                          {QStringLiteral("channel"), QStringLiteral("chat")},
                                                                                          {QStringLiteral("rule"), QStringLiteral("Customer asks for a human")},
                                                                                          {QStringLiteral("escalate_to"), QStringLiteral("support-leads")},
                                                                                          {QStringLiteral("created_at"), BaseTime},
                                                                                          {QStringLiteral("updated_at"), BaseTime + 500}});
        fixture.insertRow(QStringLiteral("agent_escalation_rules"), {{QStringLiteral("agent_id"), id},
                                                                     {QStringLiteral("rule"), QStringLiteral("Refund over 500 EUR")},
                                                                     {QStringLiteral("created_at"), BaseTime + 1000}});

        const Reply reply = fixture.call("GET", agentPath(id));
        QCOMPARE(reply.status, 200);

        const QJsonArray phrases = reply.object.value(QStringLiteral("prohibited_phrases")).toArray();
        QCOMPARE(idsOf(phrases), (QStringList{earlier, later}));
        const QJsonObject phrase = phrases.first().toObject();
        QCOMPARE(phrase.keys(), (QStringList{QStringLiteral("created_at"), QStringLiteral("id"), QStringLiteral("phrase"),
                                             QStringLiteral("updated_at")}));
        QCOMPARE(phrase.value(QStringLiteral("phrase")).toString(), QStringLiteral("legal advice"));
        QCOMPARE(phrase.value(QStringLiteral("created_at")).toString(), QStringLiteral("2025-11-06T17:35:34.000000Z"));

        const QJsonArray rules = reply.object.value(QStringLiteral("escalation_rules")).toArray();
        QCOMPARE(rules.size(), 2);
        const QJsonObject first = rules.first().toObject();
        QCOMPARE(first.keys(), (QStringList{QStringLiteral("channel"), QStringLiteral("created_at"), QStringLiteral("escalate_to"),
                                            QStringLiteral("id"), QStringLiteral("rule"), QStringLiteral("updated_at")}));
        QCOMPARE(first.value(QStringLiteral("id")).toString(), rule);
        QCOMPARE(first.value(QStringLiteral("channel")).toString(), QStringLiteral("chat"));
        QCOMPARE(first.value(QStringLiteral("rule")).toString(), QStringLiteral("Customer asks for a human"));
        QCOMPARE(first.value(QStringLiteral("escalate_to")).toString(), QStringLiteral("support-leads"));
        QCOMPARE(first.value(QStringLiteral("updated_at")).toString(), QStringLiteral("2025-11-06T17:35:34.500000Z"));

        const QJsonObject second = rules.at(1).toObject();
        QVERIFY(second.value(QStringLiteral("channel")).isNull());
        QVERIFY(second.value(QStringLiteral("escalate_to")).isNull());
    }

    void listShowsEachAgentsOwnPhrases()
    {
        const QString withPhrase = idOf(createAgent(QStringLiteral("Listed Guarded")));
        const QString without = idOf(createAgent(QStringLiteral("Listed Plain")));
        insertPhrase(withPhrase, QStringLiteral("never say this"), BaseTime);

        const Reply reply = fixture.call("GET", QStringLiteral("/v1/agents?q=listed"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data.size(), 2);
        for (const QJsonValue &item : reply.data) {
            const QJsonObject agent = item.toObject();
            const QJsonArray phrases = agent.value(QStringLiteral("prohibited_phrases")).toArray();
            QCOMPARE(phrases.size(), idOf(agent) == withPhrase ? 1 : 0);
            QVERIFY(agent.value(QStringLiteral("escalation_rules")).isArray());
        }
        QVERIFY(idsOf(reply.data).contains(without));
    }

    void updateChangesOnlyGivenFields()
    {
        const Reply created = fixture.call("POST", QStringLiteral("/v1/agents"),
                                           {{QStringLiteral("name"), QStringLiteral("Partial Bot")},
                                            {QStringLiteral("description"), QStringLiteral("Keeps this.")},
                                            {QStringLiteral("max_messages_per_session"), 40},
                                            {QStringLiteral("tone"), QStringLiteral("Neutral")}});
        QCOMPARE(created.status, 201);
        QTest::qWait(5);

        const Reply reply = fixture.call("PUT", agentPath(idOf(created.object)), {{QStringLiteral("tone"), QStringLiteral("Witty")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object.value(QStringLiteral("tone")).toString(), QStringLiteral("Witty"));
        QCOMPARE(reply.object.value(QStringLiteral("name")).toString(), QStringLiteral("Partial Bot"));
        QCOMPARE(reply.object.value(QStringLiteral("description")).toString(), QStringLiteral("Keeps this."));
        QCOMPARE(reply.object.value(QStringLiteral("max_messages_per_session")).toInt(), 40);
        QCOMPARE(reply.object.value(QStringLiteral("is_active")), QJsonValue(true));
        QCOMPARE(reply.object.value(QStringLiteral("created_at")), created.object.value(QStringLiteral("created_at")));
        QVERIFY(reply.object.value(QStringLiteral("updated_at")).toString() > created.object.value(QStringLiteral("updated_at")).toString());

        QCOMPARE(fixture.call("GET", agentPath(idOf(created.object))).object, reply.object);
    }

    void updateNullClearsNullableFields()
    {
        const Reply created = fixture.call("POST", QStringLiteral("/v1/agents"),
                                           {{QStringLiteral("name"), QStringLiteral("Clearing Bot")},
                                            {QStringLiteral("description"), QStringLiteral("Goes away.")},
                                            {QStringLiteral("avatar_url"), QStringLiteral("https://cdn.acme.test/a.png")},
                                            {QStringLiteral("max_messages_per_session"), 40},
                                            {QStringLiteral("tone"), QStringLiteral("Direct")},
                                            {QStringLiteral("response_length"), QStringLiteral("Long")}});
        QCOMPARE(created.status, 201);

        const Reply reply = fixture.call("PUT", agentPath(idOf(created.object)),
                                         {{QStringLiteral("description"), QJsonValue::Null},
                                          {QStringLiteral("avatar_url"), QJsonValue::Null},
                                          {QStringLiteral("max_messages_per_session"), QJsonValue::Null},
                                          {QStringLiteral("tone"), QJsonValue::Null},
                                          {QStringLiteral("response_length"), QJsonValue::Null}});
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.object.value(QStringLiteral("description")).isNull());
        QVERIFY(reply.object.value(QStringLiteral("avatar_url")).isNull());
        QVERIFY(reply.object.value(QStringLiteral("max_messages_per_session")).isNull());
        QVERIFY(reply.object.value(QStringLiteral("tone")).isNull());
        QVERIFY(reply.object.value(QStringLiteral("response_length")).isNull());
        QCOMPARE(reply.object.value(QStringLiteral("name")).toString(), QStringLiteral("Clearing Bot"));
    }

    void updateIsActive()
    {
        const QString id = idOf(createAgent(QStringLiteral("Toggle Bot")));

        const Reply off = fixture.call("PUT", agentPath(id), {{QStringLiteral("is_active"), false}});
        QCOMPARE(off.status, 200);
        QCOMPARE(off.object.value(QStringLiteral("is_active")), QJsonValue(false));

        const Reply unchanged = fixture.call("PUT", agentPath(id), {{QStringLiteral("is_active"), QJsonValue::Null}});
        QCOMPARE(unchanged.status, 200);
        QCOMPARE(unchanged.object.value(QStringLiteral("is_active")), QJsonValue(false));

        const Reply on = fixture.call("PUT", agentPath(id), {{QStringLiteral("is_active"), 1}});
        QCOMPARE(on.status, 200);
        QCOMPARE(on.object.value(QStringLiteral("is_active")), QJsonValue(true));
    }

    void updateIgnoresCopilotFlag()
    {
        const QString id = idOf(createAgent(QStringLiteral("Not A Copilot")));
        const Reply reply = fixture.call("PUT", agentPath(id), {{QStringLiteral("is_copilot"), true}, {QStringLiteral("is_email_agent"), true}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object.value(QStringLiteral("is_copilot")), QJsonValue(false));
        QCOMPARE(reply.object.value(QStringLiteral("is_email_agent")), QJsonValue(false));
    }

    void updateNameCannotBeEmptied()
    {
        const QString id = idOf(createAgent(QStringLiteral("Named Bot")));
        const QStringList required{QStringLiteral("The name field is required.")};
        QCOMPARE(fixture.call("PUT", agentPath(id), {{QStringLiteral("name"), QJsonValue::Null}}).fieldErrors(QStringLiteral("name")), required);
        QCOMPARE(fixture.call("PUT", agentPath(id), {{QStringLiteral("name"), QStringLiteral("")}}).fieldErrors(QStringLiteral("name")), required);
        QCOMPARE(fixture.call("GET", agentPath(id)).object.value(QStringLiteral("name")).toString(), QStringLiteral("Named Bot"));
    }

    void updateValidatesLimits()
    {
        const QString id = idOf(createAgent(QStringLiteral("Limit Bot")));
        QCOMPARE(fixture.call("PUT", agentPath(id), {{QStringLiteral("max_messages_per_session"), 1000}}).status, 200);

        const Reply over = fixture.call("PUT", agentPath(id), {{QStringLiteral("max_messages_per_session"), 1001}});
        QCOMPARE(over.status, 422);
        QCOMPARE(over.fieldErrors(QStringLiteral("max_messages_per_session")),
                 QStringList{QStringLiteral("The max messages per session field must be between 1 and 1000.")});

        const Reply name = fixture.call("PUT", agentPath(id), {{QStringLiteral("name"), QString(256, QLatin1Char('n'))}});
        QCOMPARE(name.status, 422);
        QCOMPARE(name.fieldErrors(QStringLiteral("name")), QStringList{QStringLiteral("The name field must not be greater than 255 characters.")});

        const Reply avatar = fixture.call("PUT", agentPath(id), {{QStringLiteral("avatar_url"), QStringLiteral("not a url")}});
        QCOMPARE(avatar.status, 422);
        QCOMPARE(avatar.fieldErrors(QStringLiteral("avatar_url")), QStringList{QStringLiteral("The avatar url field must be a valid URL.")});

        QCOMPARE(fixture.call("GET", agentPath(id)).object.value(QStringLiteral("max_messages_per_session")).toInt(), 1000);
    }

    void updateUnknownIdIs404()
    {
        const Reply reply = fixture.call("PUT", agentPath(unknownId()), {{QStringLiteral("name"), QStringLiteral("Nobody")}});
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), QStringLiteral("RESOURCE_NOT_FOUND"));
    }

    void updateQueuesAgentUpdatedEvent()
    {
        const QString id = idOf(createAgent(QStringLiteral("Updated Event Bot")));
        const HandlerRun run = runRoute(fixture, registerAgentRoutes, "PUT", agentPath(id), {{QStringLiteral("tone"), QStringLiteral("Professional")}});
        QCOMPARE(run.response.status, 200);
        QCOMPARE(run.events.size(), 1);
        QCOMPARE(run.events.first().event, QStringLiteral("agent.updated"));
        QCOMPARE(run.events.first().data.value(QStringLiteral("tone")).toString(), QStringLiteral("Professional"));
        QCOMPARE(run.events.first().data, run.response.jsonObject());
    }

    void copilotCannotBeDeactivated()
    {
        const Reply reply = fixture.call("PUT", agentPath(copilotId), {{QStringLiteral("is_active"), false}});
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.code(), QStringLiteral("FORBIDDEN"));
        QCOMPARE(reply.object.value(QStringLiteral("error")).toString(), QStringLiteral("The copilot agent cannot be deactivated."));

        const Reply zero = fixture.call("PUT", agentPath(copilotId), {{QStringLiteral("is_active"), 0}});
        QCOMPARE(zero.status, 403);
        QCOMPARE(zero.code(), QStringLiteral("FORBIDDEN"));

        const Reply withRename = fixture.call("PUT", agentPath(copilotId), {{QStringLiteral("name"), QStringLiteral("Renamed")},
                                                                            {QStringLiteral("is_active"), false}});
        QCOMPARE(withRename.status, 403);

        const QJsonObject copilot = fixture.call("GET", agentPath(copilotId)).object;
        QCOMPARE(copilot.value(QStringLiteral("is_active")), QJsonValue(true));
        QCOMPARE(copilot.value(QStringLiteral("is_copilot")), QJsonValue(true));
        QCOMPARE(copilot.value(QStringLiteral("name")).toString(), QStringLiteral("Copilot"));
    }

    void copilotDeactivationQueuesNoEvent()
    {
        const HandlerRun run = runRoute(fixture, registerAgentRoutes, "PUT", agentPath(copilotId), {{QStringLiteral("is_active"), false}});
        QCOMPARE(run.response.status, 403);
        QCOMPARE(run.events.size(), 0);
    }

    void copilotCanBeEditedOtherwise()
    {
        const Reply reply = fixture.call("PUT", agentPath(copilotId), {{QStringLiteral("tone"), QStringLiteral("Direct")},
                                                                       {QStringLiteral("is_active"), true}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object.value(QStringLiteral("tone")).toString(), QStringLiteral("Direct"));
        QCOMPARE(reply.object.value(QStringLiteral("is_active")), QJsonValue(true));

        const Reply nullActive = fixture.call("PUT", agentPath(copilotId), {{QStringLiteral("is_active"), QJsonValue::Null}});
        QCOMPARE(nullActive.status, 200);
        QCOMPARE(nullActive.object.value(QStringLiteral("is_active")), QJsonValue(true));
    }

    void copilotCannotBeDeleted()
    {
        const Reply reply = fixture.call("DELETE", agentPath(copilotId));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.code(), QStringLiteral("FORBIDDEN"));
        QCOMPARE(reply.object.value(QStringLiteral("error")).toString(), QStringLiteral("The copilot agent cannot be deleted."));
        QCOMPARE(fixture.call("GET", agentPath(copilotId)).status, 200);

        const HandlerRun run = runRoute(fixture, registerAgentRoutes, "DELETE", agentPath(copilotId));
        QCOMPARE(run.response.status, 403);
        QCOMPARE(run.events.size(), 0);
    }

    void emailAgentIsNotProtected()
    {
        const QString emailAgent = fixture.insertRow(QStringLiteral("agents"), {{QStringLiteral("name"), QStringLiteral("Mail Agent")},
                                                                                {QStringLiteral("slug"), QStringLiteral("mail-agent")},
                                                                                {QStringLiteral("is_email_agent"), 1}});
        const Reply get = fixture.call("GET", agentPath(emailAgent));
        QCOMPARE(get.object.value(QStringLiteral("is_email_agent")), QJsonValue(true));
        QCOMPARE(get.object.value(QStringLiteral("is_copilot")), QJsonValue(false));

        const Reply off = fixture.call("PUT", agentPath(emailAgent), {{QStringLiteral("is_active"), false}});
        QCOMPARE(off.status, 200);
        QCOMPARE(off.object.value(QStringLiteral("is_active")), QJsonValue(false));
        QCOMPARE(off.object.value(QStringLiteral("is_email_agent")), QJsonValue(true));
    }

    void deleteReturns204AndRemoves()
    {
        const QString id = idOf(createAgent(QStringLiteral("Doomed Bot")));
        const Reply reply = fixture.call("DELETE", agentPath(id));
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());

        QCOMPARE(fixture.call("GET", agentPath(id)).status, 404);

        const Reply again = fixture.call("DELETE", agentPath(id));
        QCOMPARE(again.status, 404);
        QCOMPARE(again.code(), QStringLiteral("RESOURCE_NOT_FOUND"));
    }

    void deleteUnassignsItsConversations()
    {
        const QString agent = idOf(createAgent(QStringLiteral("Assigned Bot")));
        const QString otherAgent = idOf(createAgent(QStringLiteral("Staying Bot")));
        const QString user = fixture.insertRow(QStringLiteral("users"), {{QStringLiteral("name"), QStringLiteral("Ann Lead")},
                                                                         {QStringLiteral("email"), QStringLiteral("ann@acme.test")},
                                                                         {QStringLiteral("role"), QStringLiteral("lead")}});
        const QString customer = fixture.insertRow(QStringLiteral("customers"), {{QStringLiteral("email"), QStringLiteral("chatter@acme.test")}});

        const QString assigned = insertConversation(customer, agent, QStringLiteral("agent"), agent);
        const QString toUser = insertConversation(customer, user, QStringLiteral("user"), agent);
        const QString toOther = insertConversation(customer, otherAgent, QStringLiteral("agent"), otherAgent);

        QCOMPARE(fixture.call("DELETE", agentPath(agent)).status, 204);

        QVERIFY(conversationColumn(assigned, QStringLiteral("assignee_id")).isNull());
        QVERIFY(conversationColumn(assigned, QStringLiteral("assignee_type")).isNull());
        QVERIFY(conversationColumn(assigned, QStringLiteral("agent_id")).isNull());
        QVERIFY(conversationColumn(assigned, QStringLiteral("updated_at")).toLongLong() > BaseTime);

        QCOMPARE(conversationColumn(toUser, QStringLiteral("assignee_id")).toString(), user);
        QCOMPARE(conversationColumn(toUser, QStringLiteral("assignee_type")).toString(), QStringLiteral("user"));
        QVERIFY(conversationColumn(toUser, QStringLiteral("agent_id")).isNull());
        QCOMPARE(conversationColumn(toUser, QStringLiteral("updated_at")).toLongLong(), BaseTime);

        QCOMPARE(conversationColumn(toOther, QStringLiteral("assignee_id")).toString(), otherAgent);
        QCOMPARE(conversationColumn(toOther, QStringLiteral("assignee_type")).toString(), QStringLiteral("agent"));
        QCOMPARE(conversationColumn(toOther, QStringLiteral("agent_id")).toString(), otherAgent);
    }

    void deleteRemovesPhrasesRulesAndTrainingLinks()
    {
        const QString agent = idOf(createAgent(QStringLiteral("Linked Bot")));
        insertPhrase(agent, QStringLiteral("forbidden"), BaseTime);
        fixture.insertRow(QStringLiteral("agent_escalation_rules"), {{QStringLiteral("agent_id"), agent}, {QStringLiteral("rule"), QStringLiteral("Angry customer")}});
        const QString item = fixture.insertRow(QStringLiteral("training_items"), {{QStringLiteral("type"), QStringLiteral("text")},
                                                                                  {QStringLiteral("title"), QStringLiteral("Returns policy")},
                                                                                  {QStringLiteral("status"), QStringLiteral("ready")},
                                                                                  {QStringLiteral("content"), QStringLiteral("30 days.")}});
        linkTrainingItem(item, agent);

        QCOMPARE(fixture.call("DELETE", agentPath(agent)).status, 204);

        QCOMPARE(countRows(QStringLiteral("SELECT COUNT(*) FROM agent_prohibited_phrases WHERE agent_id = ?"), agent), 0);
        QCOMPARE(countRows(QStringLiteral("SELECT COUNT(*) FROM agent_escalation_rules WHERE agent_id = ?"), agent), 0);
        QCOMPARE(countRows(QStringLiteral("SELECT COUNT(*) FROM training_item_agents WHERE agent_id = ?"), agent), 0);
        QCOMPARE(countRows(QStringLiteral("SELECT COUNT(*) FROM training_items WHERE id = ?"), item), 1);
    }

    void deleteQueuesLastKnownAgent()
    {
        const QJsonObject agent = createAgent(QStringLiteral("Farewell Bot"));
        const HandlerRun run = runRoute(fixture, registerAgentRoutes, "DELETE", agentPath(idOf(agent)));
        QCOMPARE(run.response.status, 204);
        QCOMPARE(run.events.size(), 1);
        QCOMPARE(run.events.first().event, QStringLiteral("agent.deleted"));
        QCOMPARE(run.events.first().data, agent);
    }

    void listNewestFirstWithIdTieBreak()
    {
        const QString oldest = insertAgent(QStringLiteral("Ordered 1"), QStringLiteral("5c0e1c57-7d0b-4c6e-9a57-1f0d3c1a0001"), BaseTime);
        const QString middle = insertAgent(QStringLiteral("Ordered 2"), QStringLiteral("5c0e1c57-7d0b-4c6e-9a57-1f0d3c1a0002"), BaseTime + 1000);
        const QString tiedLow = insertAgent(QStringLiteral("Ordered 3"), QStringLiteral("5c0e1c57-7d0b-4c6e-9a57-1f0d3c1a0003"), BaseTime + 2000);
        const QString tiedHigh = insertAgent(QStringLiteral("Ordered 4"), QStringLiteral("5c0e1c57-7d0b-4c6e-9a57-1f0d3c1a0004"), BaseTime + 2000);

        const Reply reply = fixture.call("GET", QStringLiteral("/v1/agents?q=ordered"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(idsOf(reply.data), (QStringList{tiedHigh, tiedLow, middle, oldest}));
    }

    void listPagesWithPerPage()
    {
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids.prepend(insertAgent(QStringLiteral("Paged %1").arg(i), unknownId(), BaseTime + i * 1000));

        const Reply second = fixture.call("GET", QStringLiteral("/v1/agents?q=paged&per_page=2&page=2"));
        QCOMPARE(second.status, 200);
        QCOMPARE(idsOf(second.data), ids.mid(2, 2));
        const QJsonObject meta = second.object.value(QStringLiteral("meta")).toObject();
        QCOMPARE(meta.value(QStringLiteral("total")).toInt(), 5);
        QCOMPARE(meta.value(QStringLiteral("last_page")).toInt(), 3);

        QCOMPARE(idsOf(fixture.call("GET", QStringLiteral("/v1/agents?q=paged&per_page=2&page=3")).data), ids.mid(4));
        QCOMPARE(fixture.call("GET", QStringLiteral("/v1/agents?q=paged&per_page=2&page=4")).data.size(), 0);

        const Reply tooMany = fixture.call("GET", QStringLiteral("/v1/agents?per_page=101"));
        QCOMPARE(tooMany.status, 422);
        QCOMPARE(tooMany.fieldErrors(QStringLiteral("per_page")), QStringList{QStringLiteral("The per page field must be between 1 and 100.")});
    }

    void listQMatchesNameCaseInsensitive()
    {
        const QString id = idOf(createAgent(QStringLiteral("Quokka Concierge")));
        createAgent(QStringLiteral("Wombat Concierge"));

        const Reply reply = fixture.call("GET", QStringLiteral("/v1/agents?q=QUOKKA"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(idsOf(reply.data), QStringList{id});
        QCOMPARE(fixture.call("GET", QStringLiteral("/v1/agents?q=concierge")).data.size(), 2);
    }

    void listIsActiveFilter()
    {
        const QString active = idOf(createAgent(QStringLiteral("Filter Awake")));
        const QString inactive = idOf(fixture.create(QStringLiteral("/v1/agents"), {{QStringLiteral("name"), QStringLiteral("Filter Asleep")},
                                                                                    {QStringLiteral("is_active"), false}}));

        QCOMPARE(idsOf(fixture.call("GET", QStringLiteral("/v1/agents?q=filter%20a&is_active=true")).data), QStringList{active});
        QCOMPARE(idsOf(fixture.call("GET", QStringLiteral("/v1/agents?q=filter%20a&is_active=1")).data), QStringList{active});
        QCOMPARE(idsOf(fixture.call("GET", QStringLiteral("/v1/agents?q=filter%20a&is_active=false")).data), QStringList{inactive});
        QCOMPARE(idsOf(fixture.call("GET", QStringLiteral("/v1/agents?q=filter%20a&is_active=0")).data), QStringList{inactive});
        QCOMPARE(fixture.call("GET", QStringLiteral("/v1/agents?q=filter%20a")).data.size(), 2);
    }

    void listInvalidIsActiveIs422()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/agents?is_active=maybe"));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.object.value(QStringLiteral("message")).toString(), QStringLiteral("The is active field must be true or false."));
        QCOMPARE(reply.fieldErrors(QStringLiteral("is_active")), QStringList{QStringLiteral("The is active field must be true or false.")});
    }

    void listIsScopedToWorkspace()
    {
        const QJsonObject theirs = fixture.create(QStringLiteral("/v1/agents"), {{QStringLiteral("name"), QStringLiteral("Globex Exclusive")}},
                                                  fixture.otherWorkspaceToken);
        QCOMPARE(fixture.call("GET", QStringLiteral("/v1/agents?q=exclusive")).data.size(), 0);
        QCOMPARE(idsOf(fixture.call("GET", QStringLiteral("/v1/agents?q=exclusive"), {}, fixture.otherWorkspaceToken).data),
                 QStringList{idOf(theirs)});
        QVERIFY(!idsOf(fixture.listAll(QStringLiteral("/v1/agents"), fixture.otherWorkspaceToken)).contains(copilotId));
    }

    void otherWorkspaceAgentIs404()
    {
        const QJsonObject created = createAgent(QStringLiteral("Private Bot"));
        const QString path = agentPath(idOf(created));

        const Reply get = fixture.call("GET", path, {}, fixture.otherWorkspaceToken);
        QCOMPARE(get.status, 404);
        QCOMPARE(get.code(), QStringLiteral("RESOURCE_NOT_FOUND"));

        const Reply put = fixture.call("PUT", path, {{QStringLiteral("name"), QStringLiteral("Hijacked")}}, fixture.otherWorkspaceToken);
        QCOMPARE(put.status, 404);
        QCOMPARE(put.code(), QStringLiteral("RESOURCE_NOT_FOUND"));

        const Reply remove = fixture.call("DELETE", path, {}, fixture.otherWorkspaceToken);
        QCOMPARE(remove.status, 404);
        QCOMPARE(remove.code(), QStringLiteral("RESOURCE_NOT_FOUND"));

        QCOMPARE(fixture.call("GET", path).object, created);
    }

    void otherWorkspaceCopilotIs404()
    {
        const Reply reply = fixture.call("DELETE", agentPath(copilotId), {}, fixture.otherWorkspaceToken);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), QStringLiteral("RESOURCE_NOT_FOUND"));
    }

    void readTokenCannotWrite()
    {
        const QJsonObject created = createAgent(QStringLiteral("Read Only Bot"));
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("Changed")}};

        const Reply post = fixture.call("POST", QStringLiteral("/v1/agents"), body, fixture.readToken);
        QCOMPARE(post.status, 403);
        QCOMPARE(post.code(), QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));

        const Reply put = fixture.call("PUT", agentPath(idOf(created)), body, fixture.readToken);
        QCOMPARE(put.status, 403);
        QCOMPARE(put.code(), QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));

        const Reply remove = fixture.call("DELETE", agentPath(idOf(created)), {}, fixture.readToken);
        QCOMPARE(remove.status, 403);
        QCOMPARE(remove.code(), QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));

        QCOMPARE(fixture.call("GET", agentPath(idOf(created)), {}, fixture.readToken).object, created);
    }

    void writeOnlyTokenCannotRead()
    {
        const QJsonObject created = createAgent(QStringLiteral("Write Only Bot"));

        const Reply list = fixture.call("GET", QStringLiteral("/v1/agents"), {}, fixture.writeOnlyToken);
        QCOMPARE(list.status, 403);
        QCOMPARE(list.code(), QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));

        const Reply one = fixture.call("GET", agentPath(idOf(created)), {}, fixture.writeOnlyToken);
        QCOMPARE(one.status, 403);
        QCOMPARE(one.code(), QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));
    }

private:
    QJsonObject createAgent(const QString &name) { return fixture.create(QStringLiteral("/v1/agents"), {{QStringLiteral("name"), name}}); }

    // A create request with a valid name and one more field.
    Reply createWith(const QString &field, const QJsonValue &value)
    {
        return fixture.call("POST", QStringLiteral("/v1/agents"), {{QStringLiteral("name"), QStringLiteral("Limit Bot")}, {field, value}});
    }

    QString insertAgent(const QString &name, const QString &id, qint64 createdAt)
    {
        return fixture.insertRow(QStringLiteral("agents"), {{QStringLiteral("id"), id},
                                                            {QStringLiteral("name"), name},
                                                            {QStringLiteral("slug"), name.toLower().replace(QLatin1Char(' '), QLatin1Char('-'))},
                                                            {QStringLiteral("created_at"), createdAt},
                                                            {QStringLiteral("updated_at"), createdAt}});
    }

    QString insertPhrase(const QString &agentId, const QString &phrase, qint64 createdAt)
    {
        return fixture.insertRow(QStringLiteral("agent_prohibited_phrases"), {{QStringLiteral("agent_id"), agentId},
                                                                              {QStringLiteral("phrase"), phrase},
                                                                              {QStringLiteral("created_at"), createdAt},
                                                                              {QStringLiteral("updated_at"), createdAt}});
    }

    QString insertConversation(const QString &customerId, const QString &assigneeId, const QString &assigneeType, const QString &chatAgentId)
    {
        return fixture.insertRow(QStringLiteral("conversations"), {{QStringLiteral("channel"), QStringLiteral("chat")},
                                                                   {QStringLiteral("customer_id"), customerId},
                                                                   {QStringLiteral("agent_id"), chatAgentId},
                                                                   {QStringLiteral("status"), QStringLiteral("open")},
                                                                   {QStringLiteral("priority"), QStringLiteral("normal")},
                                                                   {QStringLiteral("assignee_id"), assigneeId},
                                                                   {QStringLiteral("assignee_type"), assigneeType},
                                                                   {QStringLiteral("created_at"), BaseTime},
                                                                   {QStringLiteral("updated_at"), BaseTime}});
    }

    // NOTE: written here because SandboxFixture::insertRow adds an id column, which
    // training_item_agents does not have; use insertRow once it leaves the id out for that table.
    void linkTrainingItem(const QString &itemId, const QString &agentId)
    {
        WriteTransaction transaction(fixture.sandbox().database());
        sql::exec(transaction.db(), QStringLiteral("INSERT INTO training_item_agents (training_item_id, agent_id) VALUES (?, ?)"),
                  {itemId, agentId});
        transaction.commit();
    }

    // One column of a conversation row, read straight from the store.
    QVariant conversationColumn(const QString &conversationId, const QString &column)
    {
        QSqlQuery row = sql::exec(fixture.sandbox().database().connection(),
                                  QStringLiteral("SELECT %1 FROM conversations WHERE id = ?").arg(column), {conversationId});
        return row.next() ? row.value(0) : QVariant(QStringLiteral("missing row"));
    }

    qint64 countRows(const QString &statement, const QString &id)
    {
        return sql::scalar(fixture.sandbox().database().connection(), statement, {id});
    }

    SandboxFixture fixture;
    QString copilotId;
};

QTEST_GUILESS_MAIN(AgentsTest)
#include "tst_agents.moc"
