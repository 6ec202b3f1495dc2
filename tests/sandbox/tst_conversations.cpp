// Conversations of the sandbox: create, read, partial update, delete, assignment rules, list filters,
// sort orders and paging, one customer's conversations, and the conversation.* webhook events
// (message events included). Not covered yet: list latency on 200,000 rows, concurrent writers.

#include "SandboxFixture.h"

#include "api/Json.h"
#include "http/HttpServer.h"
#include "store/Database.h"

#include <QDateTime>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace weav::sandbox;
using namespace weav::sandbox::test;
using namespace Qt::StringLiterals;

namespace {

const QRegularExpression RecordTimestamp(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z$"_s);
const QRegularExpression EventTimestamp(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+00:00$"_s);

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Receives webhook deliveries on 127.0.0.1 and keeps every envelope.
class EventRecorder
{
public:
    EventRecorder()
        : m_server([this](const HttpRequest &request) { return record(request); }, 1)
    {
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }

    QUrl url() const
    {
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(u"127.0.0.1"_s);
        url.setPort(m_server.serverPort());
        url.setPath(u"/hooks"_s);
        return url;
    }

    QList<QJsonObject> envelopes() const
    {
        QMutexLocker lock(&m_mutex);
        return m_envelopes;
    }

    QStringList events() const
    {
        QStringList names;
        for (const QJsonObject &envelope : envelopes())
            names.append(envelope.value(u"event"_s).toString());
        return names;
    }

    std::optional<QJsonObject> dataOf(const QString &event) const
    {
        for (const QJsonObject &envelope : envelopes()) {
            if (envelope.value(u"event"_s).toString() == event)
                return envelope.value(u"data"_s).toObject();
        }
        return std::nullopt;
    }

private:
    HttpResponse record(const HttpRequest &request)
    {
        QMutexLocker lock(&m_mutex);
        m_envelopes.append(QJsonDocument::fromJson(request.body).object());
        return HttpResponse::noContent();
    }

    mutable QMutex m_mutex;
    QList<QJsonObject> m_envelopes;
    // Declared last so that it stops before the envelopes it writes go away.
    HttpServer m_server;
};

// One stored conversation of the paging test, with the keys it sorts on.
struct SortRow
{
    QString id;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> lastMessageAt;
    std::optional<qint64> priorityRank;
};

std::optional<qint64> sortKey(const SortRow &row, const QString &key)
{
    if (key == u"created_at")
        return row.createdAt;
    if (key == u"updated_at")
        return row.updatedAt;
    if (key == u"last_message_at")
        return row.lastMessageAt;
    return row.priorityRank;
}

// The order the contract defines: by key, NULLs last in both directions, ties by id in the key's direction.
QStringList expectedOrder(QList<SortRow> rows, const QString &sort)
{
    const bool descending = sort.startsWith(u'-');
    const QString key = descending ? sort.mid(1) : sort;
    std::sort(rows.begin(), rows.end(), [&](const SortRow &a, const SortRow &b) {
        const auto keyA = sortKey(a, key);
        const auto keyB = sortKey(b, key);
        if (keyA.has_value() != keyB.has_value())
            return keyA.has_value();
        if (keyA && *keyA != *keyB)
            return descending ? *keyA > *keyB : *keyA < *keyB;
        return descending ? a.id > b.id : a.id < b.id;
    });

    QStringList ids;
    for (const SortRow &row : std::as_const(rows))
        ids.append(row.id);
    return ids;
}

} // namespace

class ConversationsTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        fixture = std::make_unique<SandboxFixture>();
        QVERIFY(fixture->start());
        customerId = insertCustomer(u"ada@example.com"_s);
    }

    void cleanup() { fixture.reset(); }

    // ---- Create ----------------------------------------------------------------------------

    void createAppliesDefaults()
    {
        const Reply reply = fixture->call("POST", u"/v1/conversations"_s,
                                          {{u"channel"_s, u"email"_s}, {u"customer_id"_s, customerId},
                                           {u"subject"_s, u"Refund for order 42"_s}});
        QCOMPARE(reply.status, 201);

        const QJsonObject created = reply.object;
        QVERIFY(json::isUuid(created.value(u"id"_s).toString()));
        QCOMPARE(created.value(u"channel"_s).toString(), u"email"_s);
        QCOMPARE(created.value(u"customer_id"_s).toString(), customerId);
        QCOMPARE(created.value(u"subject"_s).toString(), u"Refund for order 42"_s);
        QCOMPARE(created.value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(created.value(u"priority"_s).toString(), u"normal"_s);
        QVERIFY(created.value(u"assignee_id"_s).isNull());
        QVERIFY(created.value(u"assignee_type"_s).isNull());
        QVERIFY(created.value(u"closed_at"_s).isNull());
        QVERIFY(created.value(u"first_response_at"_s).isNull());
        QVERIFY(created.value(u"last_message_at"_s).isNull());
        QCOMPARE(created.value(u"is_spam"_s), QJsonValue(false));
        QCOMPARE(created.value(u"spam_score"_s), QJsonValue(0.0));
        QCOMPARE(created.value(u"tags"_s), QJsonValue(QJsonArray()));
        QVERIFY(created.value(u"agent_id"_s).isNull());
        QVERIFY(RecordTimestamp.match(created.value(u"created_at"_s).toString()).hasMatch());
        QVERIFY(RecordTimestamp.match(created.value(u"updated_at"_s).toString()).hasMatch());
        QVERIFY(json::parseTime(created.value(u"created_at"_s).toString()).has_value());
        QCOMPARE(storedPriorityRank(created.value(u"id"_s).toString()), QVariant(qint64(2)));
        QCOMPARE(storedClosedAt(created.value(u"id"_s).toString()), QVariant());
    }

    void createIsReadBack()
    {
        const QJsonObject created = createConversation({{u"priority"_s, u"urgent"_s}});
        const Reply reply = fixture->call("GET", u"/v1/conversations/"_s + created.value(u"id"_s).toString());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object, created);
    }

    void createNormalisesTags()
    {
        const QJsonObject created = createConversation(
            {{u"tags"_s, QJsonArray{u" vip "_s, u"billing"_s, u"vip"_s, u"  "_s, u"Billing"_s}}});
        QCOMPARE(created.value(u"tags"_s), QJsonValue(QJsonArray{u"vip"_s, u"billing"_s, u"Billing"_s}));
    }

    void createClosedStampsClosedAt()
    {
        const qint64 before = QDateTime::currentSecsSinceEpoch() * 1000;
        const QJsonObject created = createConversation({{u"status"_s, u"closed"_s}});
        QCOMPARE(created.value(u"status"_s).toString(), u"closed"_s);

        const QString closedAt = created.value(u"closed_at"_s).toString();
        QVERIFY2(EventTimestamp.match(closedAt).hasMatch(), qPrintable(closedAt));
        const auto parsed = json::parseTime(closedAt);
        QVERIFY(parsed.has_value());
        QVERIFY(*parsed >= before);
        QVERIFY(*parsed <= QDateTime::currentMSecsSinceEpoch());
    }

    void createTreatsNullAsDefault()
    {
        const QJsonObject created = createConversation({{u"status"_s, QJsonValue::Null}, {u"priority"_s, QJsonValue::Null},
                                                        {u"subject"_s, QJsonValue::Null}, {u"tags"_s, QJsonValue::Null}});
        QCOMPARE(created.value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(created.value(u"priority"_s).toString(), u"normal"_s);
        QVERIFY(created.value(u"subject"_s).isNull());
        QCOMPARE(created.value(u"tags"_s), QJsonValue(QJsonArray()));
    }

    void createKeepsChatAgent()
    {
        const QString agent = insertAgent(true, false);
        const QJsonObject created = createConversation({{u"channel"_s, u"chat"_s}, {u"agent_id"_s, agent}});
        QCOMPARE(created.value(u"agent_id"_s).toString(), agent);
    }

    void createIgnoresAgentOnEmail()
    {
        const QString agent = insertAgent(true, false);
        const QJsonObject created = createConversation({{u"channel"_s, u"email"_s}, {u"agent_id"_s, agent}});
        QVERIFY(created.value(u"agent_id"_s).isNull());
    }

    void createAcceptsSubjectOfMaxLength()
    {
        const QJsonObject created = createConversation({{u"subject"_s, QString(500, u'x')}});
        QCOMPARE(created.value(u"subject"_s).toString().size(), 500);
    }

    void createRejectsInvalidField_data()
    {
        QTest::addColumn<QJsonObject>("overrides");
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        const QString assignee = unknownId();
        QTest::newRow("channel missing") << QJsonObject() << QStringList{u"channel"_s} << u"channel"_s
                                         << u"The channel field is required."_s;
        QTest::newRow("channel null") << QJsonObject{{u"channel"_s, QJsonValue::Null}} << QStringList() << u"channel"_s
                                      << u"The channel field is required."_s;
        QTest::newRow("channel sms") << QJsonObject{{u"channel"_s, u"sms"_s}} << QStringList() << u"channel"_s
                                     << u"The selected channel is invalid."_s;
        QTest::newRow("customer missing") << QJsonObject() << QStringList{u"customer_id"_s} << u"customer_id"_s
                                          << u"The customer id field is required."_s;
        QTest::newRow("customer not uuid") << QJsonObject{{u"customer_id"_s, u"42"_s}} << QStringList() << u"customer_id"_s
                                           << u"The customer id field must be a valid UUID."_s;
        QTest::newRow("customer unknown") << QJsonObject{{u"customer_id"_s, unknownId()}} << QStringList()
                                          << u"customer_id"_s << u"The selected customer id is invalid."_s;
        QTest::newRow("subject too long") << QJsonObject{{u"subject"_s, QString(501, u'x')}} << QStringList() << u"subject"_s
                                          << u"The subject field must not be greater than 500 characters."_s;
        QTest::newRow("subject number") << QJsonObject{{u"subject"_s, 5}} << QStringList() << u"subject"_s
                                        << u"The subject field must be a string."_s;
        QTest::newRow("status pending") << QJsonObject{{u"status"_s, u"pending"_s}} << QStringList() << u"status"_s
                                        << u"The selected status is invalid."_s;
        QTest::newRow("priority critical") << QJsonObject{{u"priority"_s, u"critical"_s}} << QStringList() << u"priority"_s
                                           << u"The selected priority is invalid."_s;
        QTest::newRow("assignee id without type") << QJsonObject{{u"assignee_id"_s, assignee}} << QStringList()
                                                  << u"assignee_type"_s
                                                  << u"The assignee type field is required when assignee id is present."_s;
        QTest::newRow("assignee id with null type")
            << QJsonObject{{u"assignee_id"_s, assignee}, {u"assignee_type"_s, QJsonValue::Null}} << QStringList()
            << u"assignee_type"_s << u"The assignee type field is required when assignee id is present."_s;
        QTest::newRow("assignee type without id") << QJsonObject{{u"assignee_type"_s, u"user"_s}} << QStringList()
                                                  << u"assignee_id"_s
                                                  << u"The assignee id field is required when assignee type is present."_s;
        QTest::newRow("assignee id not uuid") << QJsonObject{{u"assignee_id"_s, u"42"_s}, {u"assignee_type"_s, u"user"_s}}
                                              << QStringList() << u"assignee_id"_s
                                              << u"The assignee id field must be a valid UUID."_s;
        QTest::newRow("assignee type team") << QJsonObject{{u"assignee_id"_s, assignee}, {u"assignee_type"_s, u"team"_s}}
                                            << QStringList() << u"assignee_type"_s
                                            << u"The selected assignee type is invalid."_s;
        QTest::newRow("tags not array") << QJsonObject{{u"tags"_s, u"vip"_s}} << QStringList() << u"tags"_s
                                        << u"The tags field must be an array."_s;
        QTest::newRow("tag number") << QJsonObject{{u"tags"_s, QJsonArray{5}}} << QStringList() << u"tags.0"_s
                                    << u"The tags.0 field must be a string."_s;
        QTest::newRow("tag too long") << QJsonObject{{u"tags"_s, QJsonArray{u"ok"_s, QString(51, u't')}}} << QStringList()
                                      << u"tags.1"_s << u"The tags.1 field must not be greater than 50 characters."_s;
        QTest::newRow("agent not uuid") << QJsonObject{{u"agent_id"_s, u"42"_s}} << QStringList() << u"agent_id"_s
                                        << u"The agent id field must be a valid UUID."_s;
        QTest::newRow("agent unknown") << QJsonObject{{u"agent_id"_s, unknownId()}} << QStringList() << u"agent_id"_s
                                       << u"The selected agent id is invalid."_s;
    }

    void createRejectsInvalidField()
    {
        QFETCH(QJsonObject, overrides);
        QFETCH(QStringList, removed);
        QFETCH(QString, field);
        QFETCH(QString, message);

        QJsonObject body{{u"channel"_s, u"chat"_s}, {u"customer_id"_s, customerId}};
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            body.insert(it.key(), it.value());
        for (const QString &key : std::as_const(removed))
            body.remove(key);

        const Reply reply = fixture->call("POST", u"/v1/conversations"_s, body);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.object.value(u"message"_s).toString(), message);
        QCOMPARE(reply.object.value(u"errors"_s).toObject().keys(), QStringList{field});
        QCOMPARE(reply.fieldErrors(field), QStringList{message});
        QCOMPARE(countConversations(), 0);
    }

    void createRejectsOtherWorkspaceCustomer()
    {
        const QString foreign = insertCustomer(u"ada@globex.test"_s, fixture->otherWorkspaceId);
        const Reply reply = fixture->call("POST", u"/v1/conversations"_s,
                                          {{u"channel"_s, u"email"_s}, {u"customer_id"_s, foreign}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(u"customer_id"_s), QStringList{u"The selected customer id is invalid."_s});
    }

    void createRejectsOtherWorkspaceAgent()
    {
        const QString foreign = insertAgent(true, false, fixture->otherWorkspaceId);
        const Reply reply = fixture->call("POST", u"/v1/conversations"_s,
                                          {{u"channel"_s, u"chat"_s}, {u"customer_id"_s, customerId}, {u"agent_id"_s, foreign}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(u"agent_id"_s), QStringList{u"The selected agent id is invalid."_s});
    }

    void createCountsOneMoreError()
    {
        const Reply reply = fixture->call("POST", u"/v1/conversations"_s, {{u"subject"_s, u"Hello"_s}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.object.value(u"message"_s).toString(), u"The channel field is required. (and 1 more error)"_s);
        QCOMPARE(reply.fieldErrors(u"channel"_s), QStringList{u"The channel field is required."_s});
        QCOMPARE(reply.fieldErrors(u"customer_id"_s), QStringList{u"The customer id field is required."_s});
    }

    void createCountsMoreErrors()
    {
        const Reply reply = fixture->call("POST", u"/v1/conversations"_s,
                                          {{u"channel"_s, u"sms"_s}, {u"status"_s, u"pending"_s},
                                           {u"priority"_s, u"p1"_s}, {u"tags"_s, QJsonArray{1, 2}}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.object.value(u"message"_s).toString(), u"The selected channel is invalid. (and 5 more errors)"_s);
        QCOMPARE(reply.object.value(u"errors"_s).toObject().size(), 6);
    }

    // ---- Assignment rules ------------------------------------------------------------------

    void assignToUserOnCreate()
    {
        const QString user = insertUser();
        const QJsonObject created = createConversation({{u"assignee_id"_s, user}, {u"assignee_type"_s, u"user"_s}});
        QCOMPARE(created.value(u"assignee_id"_s).toString(), user);
        QCOMPARE(created.value(u"assignee_type"_s).toString(), u"user"_s);
    }

    void assignToUserOnUpdate()
    {
        const QString id = createConversation({}).value(u"id"_s).toString();
        const QString user = insertUser();
        const Reply reply = put(id, {{u"assignee_id"_s, user}, {u"assignee_type"_s, u"user"_s}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object.value(u"assignee_id"_s).toString(), user);
        QCOMPARE(reply.object.value(u"assignee_type"_s).toString(), u"user"_s);
    }

    void assignUnknownUserIsInvalidAssignee()
    {
        const Reply reply = fixture->call("POST", u"/v1/conversations"_s,
                                          {{u"channel"_s, u"email"_s}, {u"customer_id"_s, customerId},
                                           {u"assignee_id"_s, unknownId()}, {u"assignee_type"_s, u"user"_s}});
        expectInvalidAssignee(reply);
        QCOMPARE(countConversations(), 0);
    }

    void assignOtherWorkspaceUserIsInvalidAssignee()
    {
        const QString foreign = insertUser(fixture->otherWorkspaceId);
        const QString id = createConversation({}).value(u"id"_s).toString();
        expectInvalidAssignee(put(id, {{u"assignee_id"_s, foreign}, {u"assignee_type"_s, u"user"_s}}));
    }

    void assignUserIdAsAgentIsInvalidAssignee()
    {
        const QString user = insertUser();
        const QString id = createConversation({}).value(u"id"_s).toString();
        expectInvalidAssignee(put(id, {{u"assignee_id"_s, user}, {u"assignee_type"_s, u"agent"_s}}));
    }

    void assignOtherWorkspaceAgentIsInvalidAssignee()
    {
        const QString foreign = insertAgent(true, true, fixture->otherWorkspaceId);
        const QString id = createConversation({}).value(u"id"_s).toString();
        expectInvalidAssignee(put(id, {{u"assignee_id"_s, foreign}, {u"assignee_type"_s, u"agent"_s}}));
    }

    void assignChatToItsAgent()
    {
        const QString agent = insertAgent(true, false);
        const QJsonObject created = createConversation({{u"channel"_s, u"chat"_s}, {u"agent_id"_s, agent},
                                                        {u"assignee_id"_s, agent}, {u"assignee_type"_s, u"agent"_s}});
        QCOMPARE(created.value(u"assignee_id"_s).toString(), agent);
        QCOMPARE(created.value(u"assignee_type"_s).toString(), u"agent"_s);
    }

    void assignChatToOtherAgentIsInvalidType()
    {
        const QString starter = insertAgent(true, false);
        const QString other = insertAgent(true, false);
        const QString id = createConversation({{u"channel"_s, u"chat"_s}, {u"agent_id"_s, starter}}).value(u"id"_s).toString();

        const Reply reply = put(id, {{u"assignee_id"_s, other}, {u"assignee_type"_s, u"agent"_s}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), u"INVALID_ASSIGNEE_TYPE"_s);
        QCOMPARE(reply.object.value(u"error"_s).toString(),
                 u"Chat conversations can be assigned only to a teammate or to the AI agent that started the chat."_s);
    }

    void assignChatWithoutAgentToAgentIsInvalidType()
    {
        const QString agent = insertAgent(true, false);
        const Reply reply = fixture->call("POST", u"/v1/conversations"_s,
                                          {{u"channel"_s, u"chat"_s}, {u"customer_id"_s, customerId},
                                           {u"assignee_id"_s, agent}, {u"assignee_type"_s, u"agent"_s}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), u"INVALID_ASSIGNEE_TYPE"_s);
    }

    void assignEmailToActiveEmailAgent()
    {
        const QString emailAgent = insertAgent(true, true);
        const QString id = createConversation({{u"channel"_s, u"email"_s}}).value(u"id"_s).toString();
        const Reply reply = put(id, {{u"assignee_id"_s, emailAgent}, {u"assignee_type"_s, u"agent"_s}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object.value(u"assignee_id"_s).toString(), emailAgent);
        QCOMPARE(reply.object.value(u"assignee_type"_s).toString(), u"agent"_s);
    }

    void assignEmailToInactiveEmailAgentIsInvalidType()
    {
        const QString inactive = insertAgent(false, true);
        const QString id = createConversation({{u"channel"_s, u"email"_s}}).value(u"id"_s).toString();
        expectInvalidEmailAssigneeType(put(id, {{u"assignee_id"_s, inactive}, {u"assignee_type"_s, u"agent"_s}}));
    }

    void assignEmailToChatAgentIsInvalidType()
    {
        const QString agent = insertAgent(true, false);
        const QString id = createConversation({{u"channel"_s, u"email"_s}}).value(u"id"_s).toString();
        expectInvalidEmailAssigneeType(put(id, {{u"assignee_id"_s, agent}, {u"assignee_type"_s, u"agent"_s}}));
    }

    void assignIdWithoutTypeOnUpdateIs422()
    {
        const QString id = createConversation({}).value(u"id"_s).toString();
        const Reply reply = put(id, {{u"assignee_id"_s, insertUser()}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(u"assignee_type"_s),
                 QStringList{u"The assignee type field is required when assignee id is present."_s});
    }

    void rejectedAssignmentChangesNothing()
    {
        const QString user = insertUser();
        const QJsonObject created = createConversation({{u"assignee_id"_s, user}, {u"assignee_type"_s, u"user"_s}});
        const QString id = created.value(u"id"_s).toString();

        const Reply reply = put(id, {{u"assignee_id"_s, unknownId()}, {u"assignee_type"_s, u"user"_s},
                                     {u"priority"_s, u"urgent"_s}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(get(id).object, created);
    }

    void unassignWithBothNull()
    {
        const QString user = insertUser();
        const QString id = createConversation({{u"assignee_id"_s, user}, {u"assignee_type"_s, u"user"_s}})
                               .value(u"id"_s).toString();

        const Reply reply = put(id, {{u"assignee_id"_s, QJsonValue::Null}, {u"assignee_type"_s, QJsonValue::Null}});
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.object.value(u"assignee_id"_s).isNull());
        QVERIFY(reply.object.value(u"assignee_type"_s).isNull());
    }

    // ---- Update ----------------------------------------------------------------------------

    void updateIsPartial()
    {
        const QString id = insertConversation({{u"subject"_s, u"Invoice"_s}, {u"tags"_s, u"[\"vip\"]"_s},
                                               {u"updated_at"_s, utcMs(u"2025-01-01T00:00:00Z"_s)}});
        const Reply reply = put(id, {{u"priority"_s, u"high"_s}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object.value(u"priority"_s).toString(), u"high"_s);
        QCOMPARE(reply.object.value(u"subject"_s).toString(), u"Invoice"_s);
        QCOMPARE(reply.object.value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(reply.object.value(u"tags"_s), QJsonValue(QJsonArray{u"vip"_s}));
        QVERIFY(reply.object.value(u"updated_at"_s).toString() != u"2025-01-01T00:00:00.000000Z"_s);
        QCOMPARE(storedPriorityRank(id), QVariant(qint64(3)));
    }

    void updateWithoutChangeKeepsUpdatedAt()
    {
        const QString id = insertConversation({{u"subject"_s, u"Invoice"_s}, {u"updated_at"_s, utcMs(u"2025-01-01T00:00:00Z"_s)}});
        const Reply reply = put(id, {{u"subject"_s, u"Invoice"_s}, {u"status"_s, u"open"_s}, {u"channel"_s, u"email"_s}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object.value(u"updated_at"_s).toString(), u"2025-01-01T00:00:00.000000Z"_s);
    }

    void updateNullStatusAndPriorityKeepThem()
    {
        const QString id = insertConversation({{u"status"_s, u"closed"_s}, {u"priority"_s, u"urgent"_s}, {u"priority_rank"_s, 4},
                                               {u"closed_at"_s, utcMs(u"2025-01-01T00:00:00Z"_s)}});
        const Reply reply = put(id, {{u"status"_s, QJsonValue::Null}, {u"priority"_s, QJsonValue::Null}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object.value(u"status"_s).toString(), u"closed"_s);
        QCOMPARE(reply.object.value(u"priority"_s).toString(), u"urgent"_s);
        QCOMPARE(reply.object.value(u"closed_at"_s).toString(), u"2025-01-01T00:00:00+00:00"_s);
    }

    void updateNullSubjectClearsIt()
    {
        const QString id = insertConversation({{u"subject"_s, u"Invoice"_s}});
        const Reply reply = put(id, {{u"subject"_s, QJsonValue::Null}});
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.object.value(u"subject"_s).isNull());
    }

    void updateReplacesTags()
    {
        const QString id = insertConversation({{u"tags"_s, u"[\"vip\",\"billing\"]"_s}});
        Reply reply = put(id, {{u"tags"_s, QJsonArray{u"refund"_s, u" refund "_s}}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object.value(u"tags"_s), QJsonValue(QJsonArray{u"refund"_s}));

        reply = put(id, {{u"tags"_s, QJsonValue::Null}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object.value(u"tags"_s), QJsonValue(QJsonArray()));
    }

    void closeStampsClosedAtAndReopenClearsIt()
    {
        const QString id = createConversation({}).value(u"id"_s).toString();

        Reply reply = put(id, {{u"status"_s, u"closed"_s}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object.value(u"status"_s).toString(), u"closed"_s);
        QVERIFY(EventTimestamp.match(reply.object.value(u"closed_at"_s).toString()).hasMatch());

        reply = put(id, {{u"status"_s, u"open"_s}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object.value(u"status"_s).toString(), u"open"_s);
        QVERIFY(reply.object.value(u"closed_at"_s).isNull());
        QCOMPARE(storedClosedAt(id), QVariant());
    }

    void closeAgainKeepsClosedAt()
    {
        const QString id = insertConversation({{u"status"_s, u"closed"_s}, {u"closed_at"_s, utcMs(u"2025-02-03T04:05:06Z"_s)}});
        const Reply reply = put(id, {{u"status"_s, u"closed"_s}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object.value(u"closed_at"_s).toString(), u"2025-02-03T04:05:06+00:00"_s);
    }

    void updateRejectsInvalidField_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        QTest::newRow("channel change") << QJsonObject{{u"channel"_s, u"chat"_s}} << u"channel"_s
                                        << u"The channel field is prohibited."_s;
        QTest::newRow("channel null") << QJsonObject{{u"channel"_s, QJsonValue::Null}} << u"channel"_s
                                      << u"The channel field is prohibited."_s;
        QTest::newRow("customer change") << QJsonObject{{u"customer_id"_s, unknownId()}} << u"customer_id"_s
                                         << u"The customer id field is prohibited."_s;
        QTest::newRow("subject too long") << QJsonObject{{u"subject"_s, QString(501, u's')}} << u"subject"_s
                                          << u"The subject field must not be greater than 500 characters."_s;
        QTest::newRow("status archived") << QJsonObject{{u"status"_s, u"archived"_s}} << u"status"_s
                                         << u"The selected status is invalid."_s;
        QTest::newRow("priority p1") << QJsonObject{{u"priority"_s, u"p1"_s}} << u"priority"_s
                                     << u"The selected priority is invalid."_s;
        QTest::newRow("assignee type without id") << QJsonObject{{u"assignee_type"_s, u"agent"_s}} << u"assignee_id"_s
                                                  << u"The assignee id field is required when assignee type is present."_s;
        QTest::newRow("tags not array") << QJsonObject{{u"tags"_s, 3}} << u"tags"_s << u"The tags field must be an array."_s;
        QTest::newRow("tag too long") << QJsonObject{{u"tags"_s, QJsonArray{QString(51, u't')}}} << u"tags.0"_s
                                      << u"The tags.0 field must not be greater than 50 characters."_s;
    }

    void updateRejectsInvalidField()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        QFETCH(QString, message);

        const QJsonObject created = createConversation({{u"channel"_s, u"email"_s}});
        const Reply reply = put(created.value(u"id"_s).toString(), body);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.object.value(u"message"_s).toString(), message);
        QCOMPARE(reply.fieldErrors(field), QStringList{message});
        QCOMPARE(get(created.value(u"id"_s).toString()).object, created);
    }

    void updateAcceptsUnchangedChannelAndCustomer()
    {
        const QString id = createConversation({{u"channel"_s, u"email"_s}}).value(u"id"_s).toString();
        const Reply reply = put(id, {{u"channel"_s, u"email"_s}, {u"customer_id"_s, customerId}, {u"subject"_s, u"New"_s}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object.value(u"subject"_s).toString(), u"New"_s);
    }

    // ---- Workspace scope, abilities, delete ------------------------------------------------

    void otherWorkspaceConversationIsNotFound()
    {
        const QString id = createConversation({}).value(u"id"_s).toString();
        const QString path = u"/v1/conversations/"_s + id;

        for (const QByteArray &method : {QByteArray("GET"), QByteArray("PUT"), QByteArray("DELETE")}) {
            const Reply reply = fixture->call(method, path, {{u"priority"_s, u"low"_s}}, fixture->otherWorkspaceToken);
            QCOMPARE(reply.status, 404);
            QCOMPARE(reply.code(), u"RESOURCE_NOT_FOUND"_s);
        }
        QCOMPARE(get(id).object.value(u"priority"_s).toString(), u"normal"_s);
    }

    void unknownConversationIsNotFound()
    {
        const Reply reply = fixture->call("GET", u"/v1/conversations/"_s + unknownId());
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), u"RESOURCE_NOT_FOUND"_s);
    }

    void readTokenCannotUpdate()
    {
        const QString id = createConversation({}).value(u"id"_s).toString();
        const Reply reply = fixture->call("PUT", u"/v1/conversations/"_s + id, {{u"priority"_s, u"low"_s}}, fixture->readToken);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.code(), u"INSUFFICIENT_TOKEN_ABILITY"_s);
        QCOMPARE(get(id).object.value(u"priority"_s).toString(), u"normal"_s);
    }

    void deleteRemovesConversationAndMessages()
    {
        const QString id = createConversation({}).value(u"id"_s).toString();
        fixture->insertRow(u"messages"_s, {{u"conversation_id"_s, id}, {u"sender_type"_s, u"customer"_s},
                                           {u"content"_s, u"Hello"_s}, {u"sent_at"_s, json::nowMs()}});
        QCOMPARE(countMessages(), 1);

        const Reply reply = fixture->call("DELETE", u"/v1/conversations/"_s + id);
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());
        QCOMPARE(get(id).status, 404);
        QCOMPARE(countMessages(), 0);

        QCOMPARE(fixture->call("DELETE", u"/v1/conversations/"_s + id).status, 404);
    }

    // ---- List filters ----------------------------------------------------------------------

    void listDefaultsToNewestFirst()
    {
        const QString oldest = insertConversation({{u"created_at"_s, utcMs(u"2025-01-01T00:00:00Z"_s)}});
        const QString newest = insertConversation({{u"created_at"_s, utcMs(u"2025-01-03T00:00:00Z"_s)}});
        const QString middle = insertConversation({{u"created_at"_s, utcMs(u"2025-01-02T00:00:00Z"_s)}});
        QCOMPARE(listIds(u""_s), (QStringList{newest, middle, oldest}));
    }

    void filterByStatus()
    {
        const QString open = insertConversation({{u"status"_s, u"open"_s}});
        const QString closed = insertConversation({{u"status"_s, u"closed"_s}});
        QCOMPARE(listIds(u"status=open"_s), QStringList{open});
        QCOMPARE(listIds(u"status=closed"_s), QStringList{closed});
    }

    void filterByPriority()
    {
        const QString low = insertConversation({{u"priority"_s, u"low"_s}, {u"priority_rank"_s, 1}});
        const QString high = insertConversation({{u"priority"_s, u"high"_s}, {u"priority_rank"_s, 3}});
        QCOMPARE(listIds(u"priority=high"_s), QStringList{high});
        QCOMPARE(listIds(u"priority=low"_s), QStringList{low});
        QCOMPARE(listIds(u"priority=urgent"_s), QStringList());
    }

    void filterByChannel()
    {
        const QString email = insertConversation({{u"channel"_s, u"email"_s}});
        const QString chat = insertConversation({{u"channel"_s, u"chat"_s}});
        QCOMPARE(listIds(u"channel=email"_s), QStringList{email});
        QCOMPARE(listIds(u"channel=chat"_s), QStringList{chat});
    }

    void filterByAssigneeType()
    {
        const QString toUser = insertConversation({{u"assignee_id"_s, unknownId()}, {u"assignee_type"_s, u"user"_s}});
        const QString toAgent = insertConversation({{u"assignee_id"_s, unknownId()}, {u"assignee_type"_s, u"agent"_s}});
        const QString unassigned = insertConversation({});
        QCOMPARE(listIds(u"assignee_type=user"_s), QStringList{toUser});
        QCOMPARE(listIds(u"assignee_type=agent"_s), QStringList{toAgent});
        QCOMPARE(listIds(u"assignee_type=none"_s), QStringList{unassigned});
    }

    void filterByAssigneeId()
    {
        const QString assignee = unknownId();
        const QString mine = insertConversation({{u"assignee_id"_s, assignee}, {u"assignee_type"_s, u"user"_s}});
        insertConversation({{u"assignee_id"_s, unknownId()}, {u"assignee_type"_s, u"user"_s}});
        insertConversation({});
        QCOMPARE(listIds(u"assignee_id="_s + assignee), QStringList{mine});
    }

    void filterByCustomerId()
    {
        const QString other = insertCustomer(u"grace@example.com"_s);
        const QString adas = insertConversation({});
        const QString graces = insertConversation({{u"customer_id"_s, other}});
        QCOMPARE(listIds(u"customer_id="_s + customerId), QStringList{adas});
        QCOMPARE(listIds(u"customer_id="_s + other), QStringList{graces});
        QCOMPARE(listIds(u"customer_id="_s + unknownId()), QStringList());
    }

    void filterByTagIsExact()
    {
        const QString tagged = insertConversation({{u"tags"_s, u"[\"vip\",\"billing\"]"_s}});
        insertConversation({{u"tags"_s, u"[\"vip-gold\"]"_s}});
        insertConversation({});
        QCOMPARE(listIds(u"tag=vip"_s), QStringList{tagged});
        QCOMPARE(listIds(u"tag=billing"_s), QStringList{tagged});
        QCOMPARE(listIds(u"tag=VIP"_s), QStringList());
        QCOMPARE(listIds(u"tag=vi"_s), QStringList());
    }

    void filterBySubjectText()
    {
        const QString refund = insertConversation({{u"subject"_s, u"Refund for order 42"_s}});
        const QString shipping = insertConversation({{u"subject"_s, u"Shipping delay"_s}});
        const QString coupon = insertConversation({{u"subject"_s, u"100% off_coupon"_s}});
        insertConversation({});
        QCOMPARE(listIds(u"q=refund"_s), QStringList{refund});
        QCOMPARE(listIds(u"q=REFUND"_s), QStringList{refund});
        QCOMPARE(listIds(u"q=ship"_s), QStringList{shipping});
        QCOMPARE(listIds(u"q=%25"_s), QStringList{coupon});
        QCOMPARE(listIds(u"q=_"_s), QStringList{coupon});
        QCOMPARE(listIds(u"q=nothing"_s), QStringList());
    }

    void filterByCreatedRange()
    {
        const QString first = insertConversation({{u"created_at"_s, utcMs(u"2025-01-01T00:00:00Z"_s)}});
        const QString second = insertConversation({{u"created_at"_s, utcMs(u"2025-01-02T00:00:00Z"_s)}});
        const QString noon = insertConversation({{u"created_at"_s, utcMs(u"2025-01-02T12:00:00Z"_s)}});
        const QString third = insertConversation({{u"created_at"_s, utcMs(u"2025-01-03T00:00:00Z"_s)}});

        QCOMPARE(listIds(u"created_from=2025-01-02"_s), (QStringList{third, noon, second}));
        QCOMPARE(listIds(u"created_to=2025-01-02"_s), QStringList{first});
        QCOMPARE(listIds(u"created_from=2025-01-02T00:00:00Z&created_to=2025-01-03T00:00:00Z"_s), (QStringList{noon, second}));
        QCOMPARE(listIds(u"created_from=2025-01-02T12:00:00.000000Z"_s), (QStringList{third, noon}));
        // Read in one request: listAll() formats its target with QString::arg, which would take "%2B" for a placeholder.
        const Reply offset = fixture->call("GET", u"/v1/conversations?created_from=2025-01-02T13:00:00%2B01:00"_s);
        QCOMPARE(offset.status, 200);
        QCOMPARE(idsOf(offset.data), (QStringList{third, noon}));
    }

    void filterByUpdatedSince()
    {
        insertConversation({{u"updated_at"_s, utcMs(u"2025-03-01T00:00:00Z"_s)}});
        const QString exact = insertConversation({{u"updated_at"_s, utcMs(u"2025-03-02T00:00:00Z"_s)}});
        const QString later = insertConversation({{u"updated_at"_s, utcMs(u"2025-03-05T00:00:00Z"_s)}});
        QCOMPARE(sorted(listIds(u"updated_since=2025-03-02T00:00:00Z"_s)), sorted({exact, later}));
        QCOMPARE(listIds(u"updated_since=2025-03-06"_s), QStringList());
    }

    void filterBySpam()
    {
        const QString spam = insertConversation({{u"is_spam"_s, 1}, {u"spam_score"_s, 0.97}});
        const QString ham = insertConversation({});
        QCOMPARE(listIds(u"is_spam=true"_s), QStringList{spam});
        QCOMPARE(listIds(u"is_spam=1"_s), QStringList{spam});
        QCOMPARE(listIds(u"is_spam=false"_s), QStringList{ham});
        QCOMPARE(listIds(u"is_spam=0"_s), QStringList{ham});
        QCOMPARE(get(spam).object.value(u"spam_score"_s).toDouble(), 0.97);
        QCOMPARE(get(spam).object.value(u"is_spam"_s), QJsonValue(true));
    }

    void filterByCommaLists()
    {
        const QString low = insertConversation({{u"priority"_s, u"low"_s}, {u"priority_rank"_s, 1}, {u"status"_s, u"closed"_s}});
        const QString high = insertConversation({{u"priority"_s, u"high"_s}, {u"priority_rank"_s, 3},
                                                 {u"assignee_id"_s, unknownId()}, {u"assignee_type"_s, u"user"_s}});
        const QString urgent = insertConversation({{u"priority"_s, u"urgent"_s}, {u"priority_rank"_s, 4}, {u"channel"_s, u"chat"_s},
                                                   {u"assignee_id"_s, unknownId()}, {u"assignee_type"_s, u"agent"_s}});
        QCOMPARE(sorted(listIds(u"priority=high,urgent"_s)), sorted({high, urgent}));
        QCOMPARE(sorted(listIds(u"status=open,closed"_s)), sorted({low, high, urgent}));
        QCOMPARE(sorted(listIds(u"channel=email,chat"_s)), sorted({low, high, urgent}));
        QCOMPARE(sorted(listIds(u"assignee_type=user,none"_s)), sorted({low, high}));
        QCOMPARE(listIds(u"assignee_type=agent&priority=low,urgent"_s), QStringList{urgent});
    }

    void filterCombinesWithAnd()
    {
        const QString match = insertConversation({{u"status"_s, u"open"_s}, {u"channel"_s, u"chat"_s}});
        insertConversation({{u"status"_s, u"closed"_s}, {u"channel"_s, u"chat"_s}});
        insertConversation({{u"status"_s, u"open"_s}, {u"channel"_s, u"email"_s}});
        QCOMPARE(listIds(u"status=open&channel=chat"_s), QStringList{match});
    }

    void filterIgnoresUnknownAndEmptyParameters()
    {
        const QString id = insertConversation({});
        QCOMPARE(listIds(u"colour=blue&status=&priority="_s), QStringList{id});
    }

    void listRejectsInvalidQuery_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        QTest::newRow("status") << u"status=pending"_s << u"status"_s << u"The selected status is invalid."_s;
        QTest::newRow("status list") << u"status=open,pending"_s << u"status"_s << u"The selected status is invalid."_s;
        QTest::newRow("status trailing comma") << u"status=open,"_s << u"status"_s << u"The selected status is invalid."_s;
        QTest::newRow("priority") << u"priority=critical"_s << u"priority"_s << u"The selected priority is invalid."_s;
        QTest::newRow("priority list") << u"priority=high,bogus"_s << u"priority"_s << u"The selected priority is invalid."_s;
        QTest::newRow("channel") << u"channel=sms"_s << u"channel"_s << u"The selected channel is invalid."_s;
        QTest::newRow("assignee type") << u"assignee_type=team"_s << u"assignee_type"_s
                                       << u"The selected assignee type is invalid."_s;
        QTest::newRow("assignee id") << u"assignee_id=42"_s << u"assignee_id"_s << u"The assignee id field must be a valid UUID."_s;
        QTest::newRow("customer id") << u"customer_id=ada"_s << u"customer_id"_s << u"The customer id field must be a valid UUID."_s;
        QTest::newRow("created from") << u"created_from=yesterday"_s << u"created_from"_s
                                      << u"The created from field must be a valid date."_s;
        QTest::newRow("created to") << u"created_to=2025-13-01"_s << u"created_to"_s << u"The created to field must be a valid date."_s;
        QTest::newRow("updated since") << u"updated_since=01/02/2025"_s << u"updated_since"_s
                                       << u"The updated since field must be a valid date."_s;
        QTest::newRow("is spam") << u"is_spam=maybe"_s << u"is_spam"_s << u"The is spam field must be true or false."_s;
        QTest::newRow("sort") << u"sort=subject"_s << u"sort"_s << u"The selected sort is invalid."_s;
        QTest::newRow("sort double minus") << u"sort=--created_at"_s << u"sort"_s << u"The selected sort is invalid."_s;
        QTest::newRow("tag too long") << u"tag="_s + QString(51, u't') << u"tag"_s
                                      << u"The tag field must not be greater than 50 characters."_s;
        QTest::newRow("per_page 0") << u"per_page=0"_s << u"per_page"_s << u"The per page field must be between 1 and 100."_s;
        QTest::newRow("per_page 101") << u"per_page=101"_s << u"per_page"_s << u"The per page field must be between 1 and 100."_s;
        QTest::newRow("page 0") << u"page=0"_s << u"page"_s << u"The page field must be at least 1."_s;
    }

    void listRejectsInvalidQuery()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        QFETCH(QString, message);

        const Reply reply = fixture->call("GET", u"/v1/conversations?"_s + query);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.object.value(u"message"_s).toString(), message);
        QCOMPARE(reply.fieldErrors(field), QStringList{message});
    }

    // ---- Sort orders and paging ------------------------------------------------------------

    void pagingWalksSortOrder_data()
    {
        QTest::addColumn<QString>("sort");
        for (const char *sort : {"created_at", "-created_at", "updated_at", "-updated_at", "last_message_at",
                                 "-last_message_at", "priority", "-priority"})
            QTest::newRow(sort) << QString::fromLatin1(sort);
    }

    void pagingWalksSortOrder()
    {
        QFETCH(QString, sort);

        const QList<SortRow> rows = insertSortRows(252);
        QStringList ids;
        const int perPage = 7;
        for (int page = 1; page <= 40; ++page) {
            const Reply reply = fixture->call("GET", u"/v1/conversations?per_page=%1&page=%2&sort=%3"_s.arg(perPage).arg(page).arg(sort));
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.object.value(u"meta"_s).toObject().value(u"total"_s).toInt(), 252);
            if (reply.data.isEmpty())
                break;
            QVERIFY(reply.data.size() <= perPage);
            ids += idsOf(reply.data);
        }

        QCOMPARE(ids.size(), rows.size());
        const QSet<QString> unique(ids.cbegin(), ids.cend());
        QCOMPARE(unique.size(), rows.size());
        QCOMPARE(ids, expectedOrder(rows, sort));
    }

    void pagePastTheEndIsEmpty()
    {
        insertConversation({});
        insertConversation({});
        const Reply reply = fixture->call("GET", u"/v1/conversations?per_page=2&page=5"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data.size(), 0);
        QVERIFY(reply.object.value(u"data"_s).isArray());
        const QJsonObject meta = reply.object.value(u"meta"_s).toObject();
        QCOMPARE(meta.value(u"total"_s).toInt(), 2);
        QCOMPARE(meta.value(u"last_page"_s).toInt(), 1);
        QVERIFY(meta.value(u"from"_s).isNull());
        QVERIFY(meta.value(u"to"_s).isNull());
    }

    void pageMetaAndLinksAreFilled()
    {
        for (int i = 0; i < 20; ++i)
            insertConversation({});

        const Reply reply = fixture->call("GET", u"/v1/conversations?per_page=7&page=2&status=open"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data.size(), 7);

        const QJsonObject meta = reply.object.value(u"meta"_s).toObject();
        QCOMPARE(meta.value(u"current_page"_s).toInt(), 2);
        QCOMPARE(meta.value(u"per_page"_s).toInt(), 7);
        QCOMPARE(meta.value(u"total"_s).toInt(), 20);
        QCOMPARE(meta.value(u"last_page"_s).toInt(), 3);
        QCOMPARE(meta.value(u"from"_s).toInt(), 8);
        QCOMPARE(meta.value(u"to"_s).toInt(), 14);
        QVERIFY(meta.value(u"path"_s).toString().endsWith(u"/v1/conversations"_s));

        const QJsonObject links = reply.object.value(u"links"_s).toObject();
        QVERIFY(links.value(u"next"_s).toString().endsWith(u"/v1/conversations?page=3"_s));
        QVERIFY(links.value(u"prev"_s).toString().endsWith(u"/v1/conversations?page=1"_s));
        QVERIFY(links.value(u"first"_s).toString().endsWith(u"/v1/conversations?page=1"_s));
        QVERIFY(links.value(u"last"_s).toString().endsWith(u"/v1/conversations?page=3"_s));

        const Reply last = fixture->call("GET", u"/v1/conversations?per_page=7&page=3"_s);
        QCOMPARE(last.data.size(), 6);
        QCOMPARE(last.object.value(u"meta"_s).toObject().value(u"to"_s).toInt(), 20);
        QVERIFY(last.object.value(u"links"_s).toObject().value(u"next"_s).isNull());
    }

    // ---- One customer's conversations ------------------------------------------------------

    void customerConversationsListsOnlyTheirs()
    {
        const QString other = insertCustomer(u"grace@example.com"_s);
        const QString oldest = insertConversation({{u"created_at"_s, utcMs(u"2025-01-01T00:00:00Z"_s)}});
        const QString newest = insertConversation({{u"created_at"_s, utcMs(u"2025-01-03T00:00:00Z"_s)}, {u"status"_s, u"closed"_s}});
        const QString middle = insertConversation({{u"created_at"_s, utcMs(u"2025-01-02T00:00:00Z"_s)}});
        insertConversation({{u"customer_id"_s, other}});

        const Reply reply = fixture->call("GET", u"/v1/customers/%1/conversations"_s.arg(customerId));
        QCOMPARE(reply.status, 200);
        QCOMPARE(idsOf(reply.data), (QStringList{newest, middle, oldest}));
        QCOMPARE(reply.object.value(u"meta"_s).toObject().value(u"total"_s).toInt(), 3);

        const Reply paged = fixture->call("GET", u"/v1/customers/%1/conversations?per_page=2&page=2"_s.arg(customerId));
        QCOMPARE(idsOf(paged.data), QStringList{oldest});

        const Reply open = fixture->call("GET", u"/v1/customers/%1/conversations?status=open"_s.arg(customerId));
        QCOMPARE(idsOf(open.data), (QStringList{middle, oldest}));
    }

    void customerConversationsOfUnknownCustomerIsNotFound()
    {
        Reply reply = fixture->call("GET", u"/v1/customers/%1/conversations"_s.arg(unknownId()));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), u"RESOURCE_NOT_FOUND"_s);

        const QString foreign = insertCustomer(u"ada@globex.test"_s, fixture->otherWorkspaceId);
        reply = fixture->call("GET", u"/v1/customers/%1/conversations"_s.arg(foreign));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), u"RESOURCE_NOT_FOUND"_s);
    }

    void otherWorkspaceListIsSeparate()
    {
        insertConversation({});
        const Reply reply = fixture->call("GET", u"/v1/conversations"_s, {}, fixture->otherWorkspaceToken);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data.size(), 0);
        QCOMPARE(reply.object.value(u"meta"_s).toObject().value(u"total"_s).toInt(), 0);
    }

    // ---- Webhook events --------------------------------------------------------------------

    void createPublishesConversationCreated()
    {
        EventRecorder recorder;
        QVERIFY(startWithWebhooks(recorder));

        const QJsonObject created = createConversation({{u"subject"_s, u"Where is my parcel?"_s}});
        QTRY_COMPARE(recorder.events(), QStringList{u"conversation.created"_s});

        const QJsonObject data = *recorder.dataOf(u"conversation.created"_s);
        QCOMPARE(data.value(u"title"_s).toString(), u"Where is my parcel?"_s);
        QJsonObject withoutTitle = data;
        withoutTitle.remove(u"title"_s);
        QCOMPARE(withoutTitle, created);
        QCOMPARE(recorder.envelopes().first().value(u"organization_id"_s).toString(), fixture->workspaceId);
    }

    void updatePublishesOneEventPerAspect()
    {
        EventRecorder recorder;
        QVERIFY(startWithWebhooks(recorder));
        const QString id = insertConversation({});

        const Reply reply = put(id, {{u"assignee_id"_s, insertUser()}, {u"assignee_type"_s, u"user"_s}, {u"status"_s, u"closed"_s},
                                     {u"priority"_s, u"high"_s}, {u"tags"_s, QJsonArray{u"vip"_s}}, {u"subject"_s, u"New"_s}});
        QCOMPARE(reply.status, 200);
        const QStringList expected{u"conversation.assigned.updated"_s, u"conversation.priority.updated"_s,
                                   u"conversation.status.updated"_s, u"conversation.tags.updated"_s};
        QTRY_COMPARE(sorted(recorder.events()), expected);
        QCOMPARE(*recorder.dataOf(u"conversation.status.updated"_s), reply.object);
    }

    void updateWithoutEventAspectPublishesNothing()
    {
        EventRecorder recorder;
        QVERIFY(startWithWebhooks(recorder));
        const QString id = insertConversation({{u"priority"_s, u"high"_s}, {u"priority_rank"_s, 3}});

        QCOMPARE(put(id, {{u"subject"_s, u"Renamed"_s}, {u"priority"_s, u"high"_s}}).status, 200);
        QCOMPARE(put(id, {{u"status"_s, u"closed"_s}}).status, 200);
        QTRY_COMPARE(recorder.events(), QStringList{u"conversation.status.updated"_s});
    }

    void deletePublishesLastKnownObject()
    {
        EventRecorder recorder;
        QVERIFY(startWithWebhooks(recorder));
        const QString id = insertConversation({{u"subject"_s, u"Gone soon"_s}});
        const QJsonObject before = get(id).object;

        QCOMPARE(fixture->call("DELETE", u"/v1/conversations/"_s + id).status, 204);
        QTRY_COMPARE(recorder.events(), QStringList{u"conversation.deleted"_s});
        QCOMPARE(*recorder.dataOf(u"conversation.deleted"_s), before);
    }

    void rejectedWritePublishesNothing()
    {
        EventRecorder recorder;
        QVERIFY(startWithWebhooks(recorder));
        const QString id = insertConversation({});

        QCOMPARE(put(id, {{u"assignee_id"_s, unknownId()}, {u"assignee_type"_s, u"user"_s}, {u"status"_s, u"closed"_s}}).status, 400);
        QCOMPARE(put(id, {{u"status"_s, u"archived"_s}}).status, 422);
        QCOMPARE(put(id, {{u"priority"_s, u"low"_s}}).status, 200);
        // The successful update comes last, so once its event has arrived none of the rejected ones can follow.
        QTRY_COMPARE(recorder.events(), QStringList{u"conversation.priority.updated"_s});
    }

    void messagesPublishSenderEvents()
    {
        EventRecorder recorder;
        QVERIFY(startWithWebhooks(recorder));
        const QString id = insertConversation({{u"status"_s, u"closed"_s}, {u"closed_at"_s, json::nowMs()}});
        const QString user = insertUser();

        const QJsonObject note = fixture->create(u"/v1/messages"_s, {{u"conversation_id"_s, id}, {u"sender_type"_s, u"user"_s},
                                                                     {u"sender_id"_s, user}, {u"content"_s, u"Checking"_s},
                                                                     {u"is_internal"_s, true}});
        QVERIFY(!note.isEmpty());
        QTRY_COMPARE(recorder.events(), QStringList{u"conversation.user.message.created"_s});
        QCOMPARE(*recorder.dataOf(u"conversation.user.message.created"_s), note);

        const QJsonObject reply = fixture->create(u"/v1/messages"_s, {{u"conversation_id"_s, id}, {u"sender_type"_s, u"customer"_s},
                                                                      {u"content"_s, u"Still broken"_s}});
        QVERIFY(!reply.isEmpty());
        QTRY_COMPARE(recorder.events().size(), 3);
        QCOMPARE(sorted(recorder.events()), (QStringList{u"conversation.customer.message.created"_s,
                                                         u"conversation.status.updated"_s,
                                                         u"conversation.user.message.created"_s}));
        QCOMPARE(*recorder.dataOf(u"conversation.customer.message.created"_s), reply);
        QCOMPARE(recorder.dataOf(u"conversation.status.updated"_s)->value(u"status"_s).toString(), u"open"_s);
    }

private:
    bool startWithWebhooks(EventRecorder &recorder)
    {
        if (!recorder.listen())
            return false;

        SandboxConfig config;
        config.webhookUrl = recorder.url();
        config.webhookSecret = "conversations-test";
        fixture = std::make_unique<SandboxFixture>(config);
        if (!fixture->start())
            return false;
        customerId = insertCustomer(u"ada@example.com"_s);
        return true;
    }

    QString insertCustomer(const QString &email, const QString &workspaceId = {})
    {
        QVariantMap columns{{u"email"_s, email}};
        if (!workspaceId.isEmpty())
            columns.insert(u"workspace_id"_s, workspaceId);
        return fixture->insertRow(u"customers"_s, columns);
    }

    QString insertUser(const QString &workspaceId = {})
    {
        QVariantMap columns{{u"name"_s, u"Lin"_s}, {u"email"_s, u"lin@example.com"_s}, {u"role"_s, u"agent"_s}};
        if (!workspaceId.isEmpty())
            columns.insert(u"workspace_id"_s, workspaceId);
        return fixture->insertRow(u"users"_s, columns);
    }

    QString insertAgent(bool active, bool emailAgent, const QString &workspaceId = {})
    {
        QVariantMap columns{{u"name"_s, u"Ava"_s}, {u"slug"_s, u"ava"_s}, {u"is_active"_s, active ? 1 : 0},
                            {u"is_email_agent"_s, emailAgent ? 1 : 0}};
        if (!workspaceId.isEmpty())
            columns.insert(u"workspace_id"_s, workspaceId);
        return fixture->insertRow(u"agents"_s, columns);
    }

    // Creates a conversation through the API: an email conversation of the test customer unless
    // `fields` sets other values.
    QJsonObject createConversation(const QJsonObject &fields)
    {
        QJsonObject body{{u"channel"_s, u"email"_s}, {u"customer_id"_s, customerId}};
        for (auto it = fields.begin(); it != fields.end(); ++it)
            body.insert(it.key(), it.value());
        const QJsonObject created = fixture->create(u"/v1/conversations"_s, body);
        if (created.isEmpty())
            QTest::qFail("POST /v1/conversations did not return 201", __FILE__, __LINE__);
        return created;
    }

    // Inserts a stored conversation: an open, normal, unassigned email conversation of the test
    // customer unless `columns` sets other values.
    QString insertConversation(const QVariantMap &columns)
    {
        QVariantMap row{{u"channel"_s, u"email"_s}, {u"customer_id"_s, customerId}, {u"status"_s, u"open"_s},
                        {u"priority"_s, u"normal"_s}, {u"priority_rank"_s, 2}, {u"tags"_s, u"[]"_s}};
        row.insert(columns);
        return fixture->insertRow(u"conversations"_s, row);
    }

    // Inserts conversations whose sort keys tie often, with NULL last_message_at and priority on some.
    QList<SortRow> insertSortRows(int count)
    {
        const qint64 base = utcMs(u"2025-06-01T00:00:00Z"_s);
        const QStringList priorities{u"low"_s, u"normal"_s, u"high"_s, u"urgent"_s};
        QList<SortRow> rows;
        for (int i = 0; i < count; ++i) {
            SortRow row;
            row.createdAt = base + (i / 3) * 1000;
            row.updatedAt = base + (i % 7) * 60000;
            if (i % 5 != 0)
                row.lastMessageAt = base + (i % 11) * 1000;
            if (i % 6 != 4)
                row.priorityRank = (i % 4) + 1;

            QVariantMap columns{{u"created_at"_s, row.createdAt}, {u"updated_at"_s, row.updatedAt}};
            columns.insert(u"last_message_at"_s, row.lastMessageAt ? QVariant(*row.lastMessageAt) : QVariant(QMetaType::fromType<qint64>()));
            columns.insert(u"priority_rank"_s, row.priorityRank ? QVariant(*row.priorityRank) : QVariant(QMetaType::fromType<qint64>()));
            columns.insert(u"priority"_s, row.priorityRank ? QVariant(priorities.at(*row.priorityRank - 1)) : QVariant(QMetaType::fromType<QString>()));
            row.id = insertConversation(columns);
            rows.append(row);
        }
        return rows;
    }

    QStringList listIds(const QString &query)
    {
        return idsOf(fixture->listAll(u"/v1/conversations?"_s + query));
    }

    Reply get(const QString &id) { return fixture->call("GET", u"/v1/conversations/"_s + id); }

    Reply put(const QString &id, const QJsonObject &body)
    {
        return fixture->call("PUT", u"/v1/conversations/"_s + id, body);
    }

    qint64 countConversations()
    {
        return sql::scalar(fixture->sandbox().database().connection(), u"SELECT COUNT(*) FROM conversations"_s);
    }

    qint64 countMessages()
    {
        return sql::scalar(fixture->sandbox().database().connection(), u"SELECT COUNT(*) FROM messages"_s);
    }

    QVariant storedColumn(const QString &column, const QString &id)
    {
        QSqlQuery row = sql::exec(fixture->sandbox().database().connection(),
                                  u"SELECT %1 FROM conversations WHERE id = ?"_s.arg(column), {id});
        if (!row.next() || row.value(0).isNull())
            return {};
        return row.value(0);
    }

    QVariant storedPriorityRank(const QString &id) { return storedColumn(u"priority_rank"_s, id); }
    QVariant storedClosedAt(const QString &id) { return storedColumn(u"closed_at"_s, id); }

    static void expectInvalidAssignee(const Reply &reply)
    {
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), u"INVALID_ASSIGNEE"_s);
        QCOMPARE(reply.object.value(u"error"_s).toString(), u"The assignee does not belong to this workspace."_s);
    }

    static void expectInvalidEmailAssigneeType(const Reply &reply)
    {
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), u"INVALID_ASSIGNEE_TYPE"_s);
        QCOMPARE(reply.object.value(u"error"_s).toString(),
                 u"Email conversations can be assigned only to a teammate or to the workspace's active email agent."_s);
    }

    std::unique_ptr<SandboxFixture> fixture;
    QString customerId;
};

QTEST_GUILESS_MAIN(ConversationsTest)
#include "tst_conversations.moc"
