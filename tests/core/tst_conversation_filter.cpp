// ConversationFilter and the simple list filters: the query each sends, the client-side match of
// every filter, and the row order of every sort key.
// Not covered here: the client's order against the sandbox's for updated_at and ascending
// created_at (tst_models compares -created_at, both priority directions and last_message_at).

#include "models/ConversationFilter.h"
#include "models/ListFilters.h"
#include "models/NameDirectory.h"
#include "types/People.h"

#include <QTest>

using namespace weav::core;

namespace {

QDateTime at(const char *iso)
{
    return parseTimestamp(QString::fromLatin1(iso));
}

Conversation conversation(const QString &id)
{
    Conversation c;
    c.id = id;
    c.channel = QStringLiteral("email");
    c.customerId = QStringLiteral("c-1");
    c.subject = QStringLiteral("Refund for order 1042");
    c.status = QStringLiteral("open");
    c.priority = QStringLiteral("normal");
    c.createdAt = at("2024-03-10T12:00:00Z");
    c.updatedAt = at("2024-03-11T08:00:00Z");
    c.lastMessageAt = at("2024-03-11T07:59:00Z");
    c.tags = {QStringLiteral("billing"), QStringLiteral("vip")};
    return c;
}

ConversationFilter sortedBy(ConversationFilter::SortKey key, bool descending)
{
    ConversationFilter filter;
    filter.setSort(key, descending);
    return filter;
}

// The ids of the rows in the filter's order.
QStringList orderedIds(QList<Conversation> rows, const ConversationFilter &filter)
{
    std::sort(rows.begin(), rows.end(), [&](const Conversation &a, const Conversation &b) { return filter.lessThan(a, b); });
    QStringList ids;
    for (const Conversation &row : rows)
        ids.append(row.id);
    return ids;
}

} // namespace

class ConversationFilterTest : public QObject
{
    Q_OBJECT

private slots:
    void emptyFilterSendsOnlySort()
    {
        const QUrlQuery query = ConversationFilter().toQuery();
        QCOMPARE(query.queryItems().size(), 1);
        QCOMPARE(query.queryItemValue(QStringLiteral("sort")), QStringLiteral("-created_at"));
    }

    void toQueryHasEveryFilter()
    {
        ConversationFilter filter;
        filter.status = QStringLiteral("open");
        filter.priority = QStringLiteral("urgent");
        filter.channel = QStringLiteral("chat");
        filter.assigneeType = QStringLiteral("none");
        filter.assigneeId = QStringLiteral("u-1");
        filter.customerId = QStringLiteral("c-1");
        filter.tag = QStringLiteral("billing");
        filter.text = QStringLiteral("  refund  ");
        filter.createdFrom = at("2024-03-01T00:00:00Z");
        filter.createdTo = at("2024-04-01T00:00:00Z");
        filter.updatedSince = at("2024-03-15T10:30:00Z");
        filter.isSpam = false;
        filter.setSort(ConversationFilter::SortKey::Priority, false);

        const QUrlQuery query = filter.toQuery();
        QCOMPARE(query.queryItemValue(QStringLiteral("status")), QStringLiteral("open"));
        QCOMPARE(query.queryItemValue(QStringLiteral("priority")), QStringLiteral("urgent"));
        QCOMPARE(query.queryItemValue(QStringLiteral("channel")), QStringLiteral("chat"));
        QCOMPARE(query.queryItemValue(QStringLiteral("assignee_type")), QStringLiteral("none"));
        QCOMPARE(query.queryItemValue(QStringLiteral("assignee_id")), QStringLiteral("u-1"));
        QCOMPARE(query.queryItemValue(QStringLiteral("customer_id")), QStringLiteral("c-1"));
        QCOMPARE(query.queryItemValue(QStringLiteral("tag")), QStringLiteral("billing"));
        QCOMPARE(query.queryItemValue(QStringLiteral("q")), QStringLiteral("refund"));
        QCOMPARE(query.queryItemValue(QStringLiteral("created_from")), QStringLiteral("2024-03-01T00:00:00.000Z"));
        QCOMPARE(query.queryItemValue(QStringLiteral("created_to")), QStringLiteral("2024-04-01T00:00:00.000Z"));
        QCOMPARE(query.queryItemValue(QStringLiteral("updated_since")), QStringLiteral("2024-03-15T10:30:00.000Z"));
        QCOMPARE(query.queryItemValue(QStringLiteral("is_spam")), QStringLiteral("false"));
        QCOMPARE(query.queryItemValue(QStringLiteral("sort")), QStringLiteral("priority"));
        QCOMPARE(query.queryItems().size(), 13);
    }

    void toQueryWritesSpamTrue()
    {
        ConversationFilter filter;
        filter.isSpam = true;
        QCOMPARE(filter.toQuery().queryItemValue(QStringLiteral("is_spam")), QStringLiteral("true"));
    }

    void toQueryEncodesPlusAndPercent()
    {
        ConversationFilter filter;
        filter.text = QStringLiteral("c++ 50% off");
        QUrl url(QStringLiteral("http://127.0.0.1/v1/conversations"));
        url.setQuery(filter.toQuery());

        const QByteArray encoded = url.toEncoded();
        QVERIFY2(encoded.contains("q=c%2B%2B%2050%25%20off"), encoded.constData());
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), QStringLiteral("c++ 50% off"));
    }

    void sortParameterRoundTrips_data()
    {
        QTest::addColumn<QString>("parameter");
        for (const char *parameter : {"created_at", "-created_at", "updated_at", "-updated_at", "last_message_at",
                                      "-last_message_at", "priority", "-priority"})
            QTest::newRow(parameter) << QString::fromLatin1(parameter);
    }

    void sortParameterRoundTrips()
    {
        QFETCH(QString, parameter);
        const auto parsed = ConversationFilter::parseSort(parameter);
        QVERIFY(parsed.has_value());

        ConversationFilter filter;
        filter.setSort(parsed->first, parsed->second);
        QCOMPARE(filter.sortParameter(), parameter);
        QCOMPARE(filter.toQuery().queryItemValue(QStringLiteral("sort")), parameter);
    }

    void unknownSortIsRejected()
    {
        QVERIFY(!ConversationFilter::parseSort(QStringLiteral("subject")).has_value());
        QVERIFY(!ConversationFilter::parseSort(QStringLiteral("-")).has_value());
    }

    void emptyFilterMatchesAll()
    {
        QVERIFY(ConversationFilter().matches(conversation(QStringLiteral("a"))));
        QVERIFY(!ConversationFilter().hasFilters());
    }

    void matchesStatus()
    {
        ConversationFilter filter;
        filter.status = QStringLiteral("closed");
        Conversation row = conversation(QStringLiteral("a"));
        QVERIFY(!filter.matches(row));
        row.status = QStringLiteral("closed");
        QVERIFY(filter.matches(row));
        QVERIFY(filter.hasFilters());
    }

    void matchesPriority()
    {
        ConversationFilter filter;
        filter.priority = QStringLiteral("urgent");
        Conversation row = conversation(QStringLiteral("a"));
        QVERIFY(!filter.matches(row));
        row.priority = QStringLiteral("urgent");
        QVERIFY(filter.matches(row));
        row.priority.clear();
        QVERIFY(!filter.matches(row));
    }

    void matchesChannel()
    {
        ConversationFilter filter;
        filter.channel = QStringLiteral("chat");
        Conversation row = conversation(QStringLiteral("a"));
        QVERIFY(!filter.matches(row));
        row.channel = QStringLiteral("chat");
        QVERIFY(filter.matches(row));
    }

    void matchesAssigneeTypeNone()
    {
        ConversationFilter filter;
        filter.assigneeType = QStringLiteral("none");
        Conversation row = conversation(QStringLiteral("a"));
        QVERIFY(filter.matches(row));

        row.assigneeId = QStringLiteral("u-1");
        row.assigneeType = QStringLiteral("user");
        QVERIFY(!filter.matches(row));
    }

    void matchesAssigneeTypeUserAndAgent()
    {
        Conversation toUser = conversation(QStringLiteral("a"));
        toUser.assigneeId = QStringLiteral("u-1");
        toUser.assigneeType = QStringLiteral("user");
        Conversation toAgent = conversation(QStringLiteral("b"));
        toAgent.assigneeId = QStringLiteral("g-1");
        toAgent.assigneeType = QStringLiteral("agent");
        const Conversation unassigned = conversation(QStringLiteral("c"));

        ConversationFilter users;
        users.assigneeType = QStringLiteral("user");
        QVERIFY(users.matches(toUser));
        QVERIFY(!users.matches(toAgent));
        QVERIFY(!users.matches(unassigned));

        ConversationFilter agents;
        agents.assigneeType = QStringLiteral("agent");
        QVERIFY(agents.matches(toAgent));
        QVERIFY(!agents.matches(toUser));
        QVERIFY(!agents.matches(unassigned));
    }

    void matchesCommaListOfPriorities()
    {
        ConversationFilter filter;
        filter.priority = QStringLiteral("urgent, high");
        Conversation row = conversation(QStringLiteral("a"));
        QVERIFY(!filter.matches(row));

        row.priority = QStringLiteral("high");
        QVERIFY(filter.matches(row));
        row.priority = QStringLiteral("urgent");
        QVERIFY(filter.matches(row));
        row.priority.clear();
        QVERIFY(!filter.matches(row));
    }

    void matchesCommaListOfStatusesAndChannels()
    {
        ConversationFilter filter;
        filter.status = QStringLiteral("open,closed");
        filter.channel = QStringLiteral("chat,email");
        Conversation row = conversation(QStringLiteral("a"));
        QVERIFY(filter.matches(row));

        row.status = QStringLiteral("snoozed");
        QVERIFY(!filter.matches(row));
    }

    void matchesCommaListOfAssigneeTypes()
    {
        ConversationFilter filter;
        filter.assigneeType = QStringLiteral("none,agent");
        Conversation toAgent = conversation(QStringLiteral("a"));
        toAgent.assigneeId = QStringLiteral("g-1");
        toAgent.assigneeType = QStringLiteral("agent");
        Conversation toUser = conversation(QStringLiteral("b"));
        toUser.assigneeId = QStringLiteral("u-1");
        toUser.assigneeType = QStringLiteral("user");
        Conversation ofUnknownKind = conversation(QStringLiteral("c"));
        ofUnknownKind.assigneeId = QStringLiteral("x-1");

        QVERIFY(filter.matches(conversation(QStringLiteral("d"))));
        QVERIFY(filter.matches(toAgent));
        QVERIFY(!filter.matches(toUser));
        QVERIFY(!filter.matches(ofUnknownKind));
    }

    void assigneeKindComesFromDirectoryWithoutType()
    {
        NameDirectory names(nullptr);
        User teammate;
        teammate.id = QStringLiteral("u-1");
        teammate.name = QStringLiteral("Ada Brook");
        names.remember(teammate);

        Conversation row = conversation(QStringLiteral("a"));
        row.assigneeId = QStringLiteral("u-1");

        ConversationFilter users;
        users.assigneeType = QStringLiteral("user");
        QVERIFY(users.matches(row, names));
        QVERIFY(!users.matches(row));

        ConversationFilter agents;
        agents.assigneeType = QStringLiteral("agent");
        QVERIFY(!agents.matches(row, names));
    }

    void matchesAssigneeId()
    {
        ConversationFilter filter;
        filter.assigneeId = QStringLiteral("u-2");
        Conversation row = conversation(QStringLiteral("a"));
        QVERIFY(!filter.matches(row));
        row.assigneeId = QStringLiteral("u-2");
        row.assigneeType = QStringLiteral("user");
        QVERIFY(filter.matches(row));
    }

    void matchesCustomerId()
    {
        ConversationFilter filter;
        filter.customerId = QStringLiteral("c-2");
        Conversation row = conversation(QStringLiteral("a"));
        QVERIFY(!filter.matches(row));
        row.customerId = QStringLiteral("c-2");
        QVERIFY(filter.matches(row));
    }

    void matchesTag()
    {
        ConversationFilter filter;
        filter.tag = QStringLiteral("vip");
        Conversation row = conversation(QStringLiteral("a"));
        QVERIFY(filter.matches(row));

        filter.tag = QStringLiteral("vi");
        QVERIFY(!filter.matches(row));
        filter.tag = QStringLiteral("VIP");
        QVERIFY(!filter.matches(row));
        filter.tag = QStringLiteral(" billing ");
        QVERIFY(filter.matches(row));
    }

    void matchesTextCaseInsensitiveContains()
    {
        ConversationFilter filter;
        Conversation row = conversation(QStringLiteral("a"));

        filter.text = QStringLiteral("REFUND");
        QVERIFY(filter.matches(row));
        filter.text = QStringLiteral("order 10");
        QVERIFY(filter.matches(row));
        filter.text = QStringLiteral("  refund ");
        QVERIFY(filter.matches(row));
        filter.text = QStringLiteral("invoice");
        QVERIFY(!filter.matches(row));

        row.subject = QStringLiteral("Überweisung fehlt");
        filter.text = QStringLiteral("überweisung");
        QVERIFY(filter.matches(row));
    }

    void createdFromIsInclusive()
    {
        ConversationFilter filter;
        filter.createdFrom = at("2024-03-10T12:00:00Z");
        Conversation row = conversation(QStringLiteral("a"));
        QVERIFY(filter.matches(row));

        row.createdAt = at("2024-03-10T11:59:59.999Z");
        QVERIFY(!filter.matches(row));
        row.createdAt = QDateTime();
        QVERIFY(!filter.matches(row));
    }

    void createdToIsExclusive()
    {
        ConversationFilter filter;
        filter.createdTo = at("2024-03-10T12:00:00Z");
        Conversation row = conversation(QStringLiteral("a"));
        QVERIFY(!filter.matches(row));

        row.createdAt = at("2024-03-10T11:59:59.999Z");
        QVERIFY(filter.matches(row));
    }

    void updatedSinceIsInclusive()
    {
        ConversationFilter filter;
        filter.updatedSince = at("2024-03-11T08:00:00Z");
        Conversation row = conversation(QStringLiteral("a"));
        QVERIFY(filter.matches(row));

        row.updatedAt = at("2024-03-11T07:59:59Z");
        QVERIFY(!filter.matches(row));
    }

    void matchesSpam()
    {
        Conversation row = conversation(QStringLiteral("a"));
        ConversationFilter spam;
        spam.isSpam = true;
        ConversationFilter notSpam;
        notSpam.isSpam = false;

        QVERIFY(!spam.matches(row));
        QVERIFY(notSpam.matches(row));
        row.isSpam = true;
        QVERIFY(spam.matches(row));
        QVERIFY(!notSpam.matches(row));
    }

    void filtersCombine()
    {
        ConversationFilter filter;
        filter.status = QStringLiteral("open");
        filter.tag = QStringLiteral("billing");
        Conversation row = conversation(QStringLiteral("a"));
        QVERIFY(filter.matches(row));
        row.tags.clear();
        QVERIFY(!filter.matches(row));
    }

    void compareTimeKeys_data()
    {
        QTest::addColumn<ConversationFilter::SortKey>("key");
        QTest::newRow("created_at") << ConversationFilter::SortKey::CreatedAt;
        QTest::newRow("updated_at") << ConversationFilter::SortKey::UpdatedAt;
        QTest::newRow("last_message_at") << ConversationFilter::SortKey::LastMessageAt;
    }

    void compareTimeKeys()
    {
        // One test for every time key: values in order, a tie broken by id, and a missing value.
        QFETCH(ConversationFilter::SortKey, key);
        auto withTime = [key](const QString &id, const char *iso) {
            Conversation row = conversation(id);
            const QDateTime time = iso ? at(iso) : QDateTime();
            if (key == ConversationFilter::SortKey::CreatedAt)
                row.createdAt = time;
            else if (key == ConversationFilter::SortKey::UpdatedAt)
                row.updatedAt = time;
            else
                row.lastMessageAt = time;
            return row;
        };
        const QList<Conversation> rows{withTime(QStringLiteral("b"), "2024-01-02T00:00:00Z"),
                                       withTime(QStringLiteral("n1"), nullptr),
                                       withTime(QStringLiteral("a"), "2024-01-02T00:00:00Z"),
                                       withTime(QStringLiteral("c"), "2024-01-01T00:00:00Z"),
                                       withTime(QStringLiteral("n2"), nullptr),
                                       withTime(QStringLiteral("d"), "2024-01-03T00:00:00Z")};

        QCOMPARE(orderedIds(rows, sortedBy(key, false)),
                 (QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d"),
                              QStringLiteral("n1"), QStringLiteral("n2")}));
        QCOMPARE(orderedIds(rows, sortedBy(key, true)),
                 (QStringList{QStringLiteral("d"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c"),
                              QStringLiteral("n2"), QStringLiteral("n1")}));
    }

    void comparePriorityByRank()
    {
        auto withPriority = [](const QString &id, const QString &priority) {
            Conversation row = conversation(id);
            row.priority = priority;
            return row;
        };
        const QList<Conversation> rows{withPriority(QStringLiteral("p1"), QStringLiteral("normal")),
                                       withPriority(QStringLiteral("p2"), QStringLiteral("urgent")),
                                       withPriority(QStringLiteral("p3"), QString()),
                                       withPriority(QStringLiteral("p4"), QStringLiteral("low")),
                                       withPriority(QStringLiteral("p5"), QStringLiteral("high")),
                                       withPriority(QStringLiteral("p6"), QStringLiteral("urgent")),
                                       withPriority(QStringLiteral("p0"), QString())};

        QCOMPARE(orderedIds(rows, sortedBy(ConversationFilter::SortKey::Priority, true)),
                 (QStringList{QStringLiteral("p6"), QStringLiteral("p2"), QStringLiteral("p5"), QStringLiteral("p1"),
                              QStringLiteral("p4"), QStringLiteral("p3"), QStringLiteral("p0")}));
        QCOMPARE(orderedIds(rows, sortedBy(ConversationFilter::SortKey::Priority, false)),
                 (QStringList{QStringLiteral("p4"), QStringLiteral("p1"), QStringLiteral("p5"), QStringLiteral("p2"),
                              QStringLiteral("p6"), QStringLiteral("p0"), QStringLiteral("p3")}));
    }

    void unknownPrioritySortsAsMissing()
    {
        Conversation known = conversation(QStringLiteral("a"));
        known.priority = QStringLiteral("low");
        Conversation unknown = conversation(QStringLiteral("b"));
        unknown.priority = QStringLiteral("critical");

        QVERIFY(sortedBy(ConversationFilter::SortKey::Priority, true).lessThan(known, unknown));
        QVERIFY(sortedBy(ConversationFilter::SortKey::Priority, false).lessThan(known, unknown));
    }

    void compareIsZeroOnlyForSameId()
    {
        const ConversationFilter filter;
        const Conversation a = conversation(QStringLiteral("a"));
        const Conversation b = conversation(QStringLiteral("b"));
        QCOMPARE(filter.compare(a, a), 0);
        QVERIFY(filter.compare(a, b) != 0);
        QCOMPARE(filter.compare(a, b), -filter.compare(b, a));
    }

    void userFilterQueryAndMatch()
    {
        UserFilter filter;
        filter.text = QStringLiteral("ada");
        filter.role = QStringLiteral("lead");
        const QUrlQuery query = filter.toQuery();
        QCOMPARE(query.queryItemValue(QStringLiteral("q")), QStringLiteral("ada"));
        QCOMPARE(query.queryItemValue(QStringLiteral("role")), QStringLiteral("lead"));

        User user;
        user.id = QStringLiteral("u-1");
        user.name = QStringLiteral("Grace");
        user.email = QStringLiteral("ADA@example.com");
        user.role = QStringLiteral("lead");
        QVERIFY(filter.matches(user));
        user.role = QStringLiteral("admin");
        QVERIFY(!filter.matches(user));
    }

    void customerFilterQueryAndMatch()
    {
        CustomerFilter filter;
        filter.text = QStringLiteral("mia k");
        filter.email = QStringLiteral("MIA@example.com");
        filter.companyId = QStringLiteral("co-1");
        const QUrlQuery query = filter.toQuery();
        QCOMPARE(query.queryItemValue(QStringLiteral("q")), QStringLiteral("mia k"));
        QCOMPARE(query.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded), QStringLiteral("MIA@example.com"));
        QCOMPARE(query.queryItemValue(QStringLiteral("company_id")), QStringLiteral("co-1"));

        Customer customer;
        customer.id = QStringLiteral("c-1");
        customer.firstName = QStringLiteral("Mia");
        customer.lastName = QStringLiteral("Klein");
        customer.email = QStringLiteral("mia@example.com");
        customer.companyId = QStringLiteral("co-1");
        QVERIFY(filter.matches(customer));
        customer.companyId = QStringLiteral("co-2");
        QVERIFY(!filter.matches(customer));
    }

    void companyFilterMatchesNameOrDomain()
    {
        CompanyFilter filter;
        filter.text = QStringLiteral("NORTH");
        Company company;
        company.id = QStringLiteral("co-1");
        company.name = QStringLiteral("Acme");
        company.domain = QStringLiteral("northwind.example");
        QVERIFY(filter.matches(company));
        company.domain.clear();
        QVERIFY(!filter.matches(company));
        QCOMPARE(filter.toQuery().queryItemValue(QStringLiteral("q")), QStringLiteral("NORTH"));
    }

    void agentFilterMatchesActive()
    {
        AgentFilter filter;
        filter.isActive = false;
        QCOMPARE(filter.toQuery().queryItemValue(QStringLiteral("is_active")), QStringLiteral("false"));

        Agent agent;
        agent.id = QStringLiteral("g-1");
        agent.name = QStringLiteral("Aria");
        QVERIFY(!filter.matches(agent));
        agent.isActive = false;
        QVERIFY(filter.matches(agent));
    }

    void trainingFilterQueryAndMatch()
    {
        TrainingFilter filter;
        filter.type = QStringLiteral("qa");
        filter.status = QStringLiteral("ready");
        filter.agentId = QStringLiteral("g-1");
        filter.text = QStringLiteral("returns");
        const QUrlQuery query = filter.toQuery();
        QCOMPARE(query.queryItemValue(QStringLiteral("type")), QStringLiteral("qa"));
        QCOMPARE(query.queryItemValue(QStringLiteral("status")), QStringLiteral("ready"));
        QCOMPARE(query.queryItemValue(QStringLiteral("agent_id")), QStringLiteral("g-1"));
        QCOMPARE(query.queryItemValue(QStringLiteral("q")), QStringLiteral("returns"));

        TrainingItem item;
        item.id = QStringLiteral("t-1");
        item.type = QStringLiteral("qa");
        item.status = QStringLiteral("ready");
        item.title = QStringLiteral("Returns policy");
        item.agentIds = {QStringLiteral("g-1")};
        QVERIFY(filter.matches(item));
        item.agentIds = {QStringLiteral("g-2")};
        QVERIFY(!filter.matches(item));
    }
};

QTEST_GUILESS_MAIN(ConversationFilterTest)
#include "tst_conversation_filter.moc"
