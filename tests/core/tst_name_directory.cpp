// NameDirectory against the sandbox and scripted servers: people loaded once, lookups by id that
// share requests and never run more than four at a time, failures, and change signals.
// Not covered here: a lookup that times out or is retried (the client's retry policy covers that).

#include "ModelTestSupport.h"
#include "SandboxFixture.h"
#include "api/Endpoints.h"
#include "models/NameDirectory.h"
#include "types/People.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace weav::core;
using namespace weav::core::test;
using weav::sandbox::HttpRequest;
using weav::sandbox::HttpResponse;
using weav::sandbox::test::SandboxFixture;

namespace {

using Kind = NameDirectory::Kind;
using State = NameDirectory::State;

QJsonObject person(const QString &id, const QString &name)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}

QJsonObject customer(const QString &id)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("first_name"), QStringLiteral("Customer")},
            {QStringLiteral("last_name"), id},
            {QStringLiteral("email"), id + QStringLiteral("@example.com")}};
}

// Serves two teammates, one AI agent, any customer id starting with "cust-" (after delayMs), and
// 404 RESOURCE_NOT_FOUND for everything else.
ScriptedServer::Respond directoryServer(int customerDelayMs = 0)
{
    return [customerDelayMs](const HttpRequest &request) {
        const QString path = request.path;
        if (path == QLatin1String("/v1/users"))
            return pageOf(QJsonArray{person(QStringLiteral("user-1"), QStringLiteral("Ada Brook")),
                                     person(QStringLiteral("user-2"), QStringLiteral("Ben Ode"))},
                          request);
        if (path == QLatin1String("/v1/agents"))
            return pageOf(QJsonArray{person(QStringLiteral("agent-1"), QStringLiteral("Aria"))}, request);
        if (path == QLatin1String("/v1/users/user-9"))
            return HttpResponse::json(200, person(QStringLiteral("user-9"), QStringLiteral("Newcomer")));
        if (path.startsWith(QLatin1String("/v1/customers/cust-"))) {
            HttpResponse response = HttpResponse::json(200, customer(path.section(QLatin1Char('/'), -1)));
            response.delayMs = customerDelayMs;
            return response;
        }
        return HttpResponse::json(404, {{QStringLiteral("error"), QStringLiteral("Not found.")},
                                        {QStringLiteral("code"), QStringLiteral("RESOURCE_NOT_FOUND")}});
    };
}

ApiClient *clientFor(const ScriptedServer &server, QObject *parent)
{
    auto *client = new ApiClient(nullptr, parent);
    client->setBaseUrl(server.baseUrl());
    client->setToken(QStringLiteral("t"));
    client->setRetryPolicy(RetryPolicy::none());
    return client;
}

} // namespace

class NameDirectoryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("weav.sandbox.*.info=false\nweav.core.api.info=false"));
    }

    void peopleLoadOnceOnFirstLookup()
    {
        ScriptedServer server(directoryServer());
        QVERIFY(server.listen());
        QObject owner;
        NameDirectory names(clientFor(server, &owner));
        QSignalSpy loaded(&names, &NameDirectory::peopleLoaded);

        QCOMPARE(names.lookup(Kind::User, QStringLiteral("user-1")).state, State::Loading);
        QCOMPARE(names.lookup(Kind::Agent, QStringLiteral("agent-1")).state, State::Loading);
        QCOMPARE(names.lookup(Kind::User, QStringLiteral("user-2")).state, State::Loading);
        QTRY_COMPARE(loaded.size(), 1);

        QCOMPARE(names.lookup(Kind::User, QStringLiteral("user-1")).state, State::Known);
        QCOMPARE(names.lookup(Kind::User, QStringLiteral("user-1")).name, QStringLiteral("Ada Brook"));
        QCOMPARE(names.lookup(Kind::User, QStringLiteral("user-2")).name, QStringLiteral("Ben Ode"));
        QCOMPARE(names.lookup(Kind::Agent, QStringLiteral("agent-1")).name, QStringLiteral("Aria"));
        QVERIFY(names.arePeopleLoaded());
        QCOMPARE(names.assigneeKindOf(QStringLiteral("user-2")), QStringLiteral("user"));
        QCOMPARE(names.assigneeKindOf(QStringLiteral("agent-1")), QStringLiteral("agent"));
        QCOMPARE(names.assigneeKindOf(QStringLiteral("cust-1")), QString());

        names.loadPeople();
        QTest::qWait(20);
        QCOMPARE(server.requestsTo(QStringLiteral("/v1/users")), 1);
        QCOMPARE(server.requestsTo(QStringLiteral("/v1/agents")), 1);
    }

    void personMissingFromListFetchedById()
    {
        ScriptedServer server(directoryServer());
        QVERIFY(server.listen());
        QObject owner;
        NameDirectory names(clientFor(server, &owner));
        names.loadPeople();
        QTRY_VERIFY(names.arePeopleLoaded());

        QCOMPARE(names.lookup(Kind::User, QStringLiteral("user-9")).state, State::Loading);
        QTRY_COMPARE(names.lookup(Kind::User, QStringLiteral("user-9")).name, QStringLiteral("Newcomer"));
        QCOMPARE(server.requestsTo(QStringLiteral("/v1/users/user-9")), 1);

        QTRY_COMPARE(names.lookup(Kind::Agent, QStringLiteral("agent-9")).state, State::Failed);
        QCOMPARE(server.requestsTo(QStringLiteral("/v1/agents/agent-9")), 1);
    }

    void duplicateLookupsShareOneRequest()
    {
        ScriptedServer server(directoryServer(100));
        QVERIFY(server.listen());
        QObject owner;
        NameDirectory names(clientFor(server, &owner));

        for (int i = 0; i < 50; ++i)
            QCOMPARE(names.lookup(Kind::Customer, QStringLiteral("cust-1")).state, State::Loading);
        QCOMPARE(names.lookupsQueued(), 1);

        QTRY_COMPARE(names.lookup(Kind::Customer, QStringLiteral("cust-1")).state, State::Known);
        QCOMPARE(names.lookup(Kind::Customer, QStringLiteral("cust-1")).name, QStringLiteral("Customer cust-1"));
        QCOMPARE(names.lookup(Kind::Customer, QStringLiteral("cust-1")).name, QStringLiteral("Customer cust-1"));
        QCOMPARE(server.requestsUnder(QStringLiteral("/v1/customers/")), 1);
    }

    void atMostFourLookupsInFlight()
    {
        ScriptedServer server(directoryServer(150));
        QVERIFY(server.listen());
        QObject owner;
        NameDirectory names(clientFor(server, &owner));

        for (int i = 0; i < 10; ++i)
            names.lookup(Kind::Customer, QStringLiteral("cust-%1").arg(i));
        QCOMPARE(names.lookupsQueued(), 10);
        QCOMPARE(names.lookupsInFlight(), 0);

        int maxInFlight = 0;
        const bool allKnown = QTest::qWaitFor(
            [&] {
                maxInFlight = qMax(maxInFlight, names.lookupsInFlight());
                for (int i = 0; i < 10; ++i) {
                    if (names.peek(Kind::Customer, QStringLiteral("cust-%1").arg(i)).state != State::Known)
                        return false;
                }
                return true;
            },
            10000);
        QVERIFY(allKnown);
        QCOMPARE(maxInFlight, NameDirectory::MaxLookupsInFlight);
        QCOMPARE(names.lookupsInFlight(), 0);
        QCOMPARE(names.lookupsQueued(), 0);
        QCOMPARE(server.requestsUnder(QStringLiteral("/v1/customers/")), 10);
    }

    void failedLookupIsCachedUntilRetry()
    {
        ScriptedServer server(directoryServer());
        QVERIFY(server.listen());
        QObject owner;
        NameDirectory names(clientFor(server, &owner));

        names.lookup(Kind::Company, QStringLiteral("gone-1"));
        QTRY_COMPARE(names.peek(Kind::Company, QStringLiteral("gone-1")).state, State::Failed);
        QCOMPARE(names.lookup(Kind::Company, QStringLiteral("gone-1")).state, State::Failed);
        QTest::qWait(20);
        QCOMPARE(server.requestsTo(endpoints::company(QStringLiteral("gone-1"))), 1);

        names.retryFailed();
        QCOMPARE(names.lookup(Kind::Company, QStringLiteral("gone-1")).state, State::Loading);
        QTRY_COMPARE(names.peek(Kind::Company, QStringLiteral("gone-1")).state, State::Failed);
        QCOMPARE(server.requestsTo(endpoints::company(QStringLiteral("gone-1"))), 2);
    }

    void missingPeopleListFailsWithoutStorm()
    {
        ScriptedServer server([](const HttpRequest &) { return HttpResponse::json(404, {{QStringLiteral("error"), QStringLiteral("Not Found")}}); });
        QVERIFY(server.listen());
        QObject owner;
        NameDirectory names(clientFor(server, &owner));

        names.lookup(Kind::User, QStringLiteral("user-1"));
        QTRY_VERIFY(names.arePeopleSettled());
        QVERIFY(!names.arePeopleLoaded());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(names.lookup(Kind::User, QStringLiteral("user-%1").arg(i)).state, State::Failed);
        QTest::qWait(20);
        QCOMPARE(server.requestsUnder(QStringLiteral("/v1/users")), 1);
    }

    void namesChangedOncePerPass()
    {
        NameDirectory names(nullptr);
        QSignalSpy changed(&names, &NameDirectory::namesChanged);

        for (int i = 0; i < 5; ++i) {
            Customer record;
            record.id = QStringLiteral("cust-%1").arg(i);
            record.email = QStringLiteral("c%1@example.com").arg(i);
            names.remember(record);
        }
        Company company;
        company.id = QStringLiteral("co-1");
        company.name = QStringLiteral("Northwind");
        names.remember(company);
        QCOMPARE(changed.size(), 0);

        QTRY_COMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).first().value<Kind>(), Kind::Customer);
        QCOMPARE(changed.at(1).first().value<Kind>(), Kind::Company);
        QCOMPARE(names.peek(Kind::Customer, QStringLiteral("cust-3")).name, QStringLiteral("c3@example.com"));

        // The same name again changes nothing.
        names.remember(company);
        QTest::qWait(20);
        QCOMPARE(changed.size(), 2);
    }

    void withoutClientEveryLookupFails()
    {
        NameDirectory names(nullptr);
        QCOMPARE(names.lookup(Kind::Customer, QStringLiteral("cust-1")).state, State::Failed);
        QCOMPARE(names.lookup(Kind::User, QStringLiteral("user-1")).state, State::Failed);
        QCOMPARE(names.lookup(Kind::Customer, QString()).state, State::Known);
    }

    void namesFromSandbox()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(true));
        const QString userId = sandbox.insertRow(QStringLiteral("users"), {{QStringLiteral("name"), QStringLiteral("Ada Brook")},
                                                                           {QStringLiteral("email"), QStringLiteral("ada@acme.example")},
                                                                           {QStringLiteral("role"), QStringLiteral("admin")}});
        const QString agentId = sandbox.insertRow(QStringLiteral("agents"), {{QStringLiteral("name"), QStringLiteral("Aria")},
                                                                             {QStringLiteral("slug"), QStringLiteral("aria")}});
        const QString companyId = sandbox.insertRow(QStringLiteral("companies"), {{QStringLiteral("name"), QStringLiteral("Northwind")}});
        const QString customerId = sandbox.insertRow(QStringLiteral("customers"), {{QStringLiteral("first_name"), QStringLiteral("Mia")},
                                                                                   {QStringLiteral("last_name"), QStringLiteral("Klein")},
                                                                                   {QStringLiteral("email"), QStringLiteral("mia@example.com")},
                                                                                   {QStringLiteral("company_id"), companyId}});

        ApiClient client;
        client.setBaseUrl(sandbox.baseUrl());
        client.setToken(sandbox.readToken);
        NameDirectory names(&client);

        names.lookup(Kind::User, userId);
        names.lookup(Kind::Customer, customerId);
        names.lookup(Kind::Company, companyId);
        QTRY_COMPARE(names.lookup(Kind::User, userId).name, QStringLiteral("Ada Brook"));
        QTRY_COMPARE(names.lookup(Kind::Agent, agentId).name, QStringLiteral("Aria"));
        QTRY_COMPARE(names.lookup(Kind::Customer, customerId).name, QStringLiteral("Mia Klein"));
        QTRY_COMPARE(names.lookup(Kind::Company, companyId).name, QStringLiteral("Northwind"));

        const QString unknown = weav::sandbox::test::unknownId();
        names.lookup(Kind::Customer, unknown);
        QTRY_COMPARE(names.peek(Kind::Customer, unknown).state, State::Failed);
    }
};

QTEST_GUILESS_MAIN(NameDirectoryTest)
#include "tst_name_directory.moc"
