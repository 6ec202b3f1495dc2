// The resource types and ApiError, tested without a server. The file covers parseTimestamp and
// formatTimestamp, every field of every type from a sandbox-shaped object, and tolerant parsing of
// unknown, null, missing and wrongly typed fields. It also covers the toJson/fromJson round trip
// and the error of a non-2xx reply for each kind of body.
// Not covered here: whole list pages and webhook envelopes, and network errors and timeouts in
// ApiError (tst_api_client covers those against real servers).

#include "api/ApiError.h"
#include "types/Agent.h"
#include "types/Conversation.h"
#include "types/JsonReader.h"
#include "types/Message.h"
#include "types/People.h"
#include "types/TrainingItem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace weav::core;
using namespace Qt::StringLiterals;

namespace {

// Test JSON is written with single quotes, which become double quotes, so that it reads without
// escapes. No text below contains an apostrophe.
QByteArray jsonText(const char *text)
{
    QByteArray bytes(text);
    bytes.replace('\'', '"');
    return bytes;
}

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(jsonText(text), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("The test JSON is not an object (%s): %s", qPrintable(error.errorString()), text);
    return document.object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int millisecond = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, millisecond), Qt::UTC);
}

QJsonObject withField(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}

QJsonObject conversationObject()
{
    return json("{'id': '9b2f4c1e-3a6d-4f0b-8e21-5c7d9a0b1e42', 'channel': 'chat',"
                " 'customer_id': '0f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19', 'subject': 'Refund for order 1042',"
                " 'status': 'closed', 'priority': 'high', 'assignee_id': 'b0a9c8d7-e6f5-4a4b-9c3d-2e1f0a9b8c7d',"
                " 'assignee_type': 'agent', 'closed_at': '2025-11-07T09:12:45+00:00',"
                " 'first_response_at': '2025-11-06T17:40:02+00:00', 'last_message_at': '2025-11-07T09:12:40+00:00',"
                " 'is_spam': true, 'spam_score': 0.87, 'created_at': '2025-11-06T17:35:34.482000Z',"
                " 'updated_at': '2025-11-07T09:12:45.120000Z', 'tags': ['billing', 'refund'],"
                " 'agent_id': 'b0a9c8d7-e6f5-4a4b-9c3d-2e1f0a9b8c7d'}");
}

QJsonObject messageObject()
{
    return json("{'id': '6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a', 'conversation_id': '9b2f4c1e-3a6d-4f0b-8e21-5c7d9a0b1e42',"
                " 'sender_type': 'user', 'sender_id': '4c3b2a19-0f8e-4d6c-9b4a-7d6c5b4a3928',"
                " 'customer_id': '0f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19', 'content': 'Hi Ana, the refund is on its way.',"
                " 'sent_at': '2025-11-06T17:40:02+00:00', 'is_internal': true, 'from': ['support@example.com'],"
                " 'to': ['ana@example.org'], 'cc': ['billing@example.com', 'lead@example.com'], 'bcc': ['audit@example.com'],"
                " 'email_status': 'failed', 'email_error_message': 'Mailbox full',"
                " 'created_at': '2025-11-06T17:40:02.310000Z'}");
}

QJsonObject userObject()
{
    return json("{'id': '4c3b2a19-0f8e-4d6c-9b4a-7d6c5b4a3928', 'name': 'Priya Natarajan', 'email': 'priya@example.com',"
                " 'role': 'lead', 'created_at': '2024-02-01T09:00:00.000000Z', 'updated_at': '2024-03-15T14:20:05.250000Z'}");
}

QJsonObject customerObject()
{
    return json("{'id': '0f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19', 'first_name': 'Ana', 'last_name': 'Ribeiro',"
                " 'email': 'ana@example.org', 'phone': '+351 912 345 678', 'locale': 'pt-PT', 'country': 'Portugal',"
                " 'company_id': '3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d', 'avatar_url': 'https://cdn.example.com/ana.png',"
                " 'first_seen_at': '2024-05-12T08:15:00+00:00', 'last_seen_at': '2025-11-06T17:35:34+00:00',"
                " 'created_at': '2024-05-12T08:15:00.000000Z', 'updated_at': '2025-11-06T17:35:34.482000Z'}");
}

QJsonObject companyObject()
{
    return json("{'id': '3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d', 'name': 'Lisbon Bikes', 'domain': 'lisbonbikes.example',"
                " 'industry': 'Retail', 'employee_count': 42, 'created_at': '2024-05-12T08:10:00.000000Z',"
                " 'updated_at': '2024-06-01T10:00:00.000000Z'}");
}

QJsonObject agentObject()
{
    return json("{'id': 'b0a9c8d7-e6f5-4a4b-9c3d-2e1f0a9b8c7d', 'name': 'Nora', 'slug': 'nora',"
                " 'description': 'Answers chat questions about orders.', 'avatar_url': 'https://cdn.example.com/nora.png',"
                " 'max_messages_per_session': 50, 'tone': 'Warm', 'response_length': 'Short', 'is_active': false,"
                " 'is_copilot': true, 'is_email_agent': true,"
                " 'prohibited_phrases': [{'id': 'a1f0c2d3-0000-4000-8000-000000000001', 'phrase': 'guaranteed',"
                "   'created_at': '2024-06-01T10:00:00.000000Z', 'updated_at': '2024-06-02T11:00:00.000000Z'}],"
                " 'escalation_rules': [{'id': 'a1f0c2d3-0000-4000-8000-000000000002', 'channel': 'chat',"
                "   'rule': 'The customer asks for a human', 'escalate_to': '4c3b2a19-0f8e-4d6c-9b4a-7d6c5b4a3928',"
                "   'created_at': '2024-06-01T10:00:00.000000Z', 'updated_at': '2024-06-03T12:00:00.000000Z'}],"
                " 'created_at': '2024-06-01T10:00:00.000000Z', 'updated_at': '2024-06-03T12:00:00.000000Z'}");
}

// A training item with every field set, although the API fills only the fields of the item's type.
QJsonObject trainingItemObject()
{
    return json("{'id': '7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3921', 'type': 'url', 'title': 'Shipping FAQ', 'status': 'failed',"
                " 'error': 'The page answered HTTP 404.', 'content': 'Orders ship within 2 days.',"
                " 'question': 'Do you ship to Madeira?', 'answer': 'Yes, in 3 to 5 days.',"
                " 'source_url': 'https://shop.example.com/faq', 'file_name': 'faq.html', 'mime_type': 'text/html',"
                " 'size_bytes': 18320, 'agent_ids': ['b0a9c8d7-e6f5-4a4b-9c3d-2e1f0a9b8c7d', '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f'],"
                " 'created_at': '2025-01-10T12:03:00.000000Z', 'updated_at': '2025-01-10T12:03:40.000000Z'}");
}

// Parses the object as the named type. Returns the id of the parsed value, or nullopt when
// fromJson returned nullopt.
std::optional<QString> parsedId(const QString &type, const QJsonObject &object, ParseIssues *issues)
{
    auto idOf = [](const auto &parsed) -> std::optional<QString> {
        if (!parsed)
            return std::nullopt;
        return parsed->id;
    };

    if (type == u"Conversation")
        return idOf(Conversation::fromJson(object, issues));
    if (type == u"Message")
        return idOf(Message::fromJson(object, issues));
    if (type == u"User")
        return idOf(User::fromJson(object, issues));
    if (type == u"Customer")
        return idOf(Customer::fromJson(object, issues));
    if (type == u"Company")
        return idOf(Company::fromJson(object, issues));
    if (type == u"Agent")
        return idOf(Agent::fromJson(object, issues));
    if (type == u"TrainingItem")
        return idOf(TrainingItem::fromJson(object, issues));
    qFatal("No resource type is named %s", qPrintable(type));
}

// Unknown fields change nothing, whatever their JSON type.
template <typename T>
void checkUnknownFieldsIgnored(const QJsonObject &full)
{
    QJsonObject extended = full;
    extended.insert(u"workspace_id"_s, u"5f4e3d2c-1b0a-4987-a6b5-c4d3e2f1a0b9"_s);
    extended.insert(u"metadata"_s, json("{'source': 'import', 'rank': [1, 2, 3]}"));
    extended.insert(u"is_archived"_s, true);
    extended.insert(u"score_history"_s, QJsonArray{0.1, 0.4});

    ParseIssues issues;
    const std::optional<T> plain = T::fromJson(full);
    const std::optional<T> parsed = T::fromJson(extended, &issues);
    QVERIFY(plain.has_value());
    QVERIFY(parsed.has_value());
    QCOMPARE(compact(parsed->toJson()), compact(plain->toJson()));
    QVERIFY(*parsed == *plain);
    QCOMPARE(issues.summary(), QString());
}

// A null field and a missing field both leave the field at its default, without a parse issue.
template <typename T>
void checkNullAndMissingFields(const QJsonObject &full)
{
    const QString id = full.value(u"id"_s).toString();
    T expected;
    expected.id = id;

    QJsonObject nulls;
    const QStringList keys = full.keys();
    for (const QString &key : keys)
        nulls.insert(key, key == u"id" ? full.value(key) : QJsonValue(QJsonValue::Null));
    ParseIssues nullIssues;
    const std::optional<T> fromNulls = T::fromJson(nulls, &nullIssues);
    QVERIFY(fromNulls.has_value());
    QCOMPARE(compact(fromNulls->toJson()), compact(expected.toJson()));
    QVERIFY(*fromNulls == expected);
    QCOMPARE(nullIssues.summary(), QString());

    ParseIssues missingIssues;
    const std::optional<T> fromIdOnly = T::fromJson(QJsonObject{{u"id"_s, id}}, &missingIssues);
    QVERIFY(fromIdOnly.has_value());
    QCOMPARE(compact(fromIdOnly->toJson()), compact(expected.toJson()));
    QVERIFY(*fromIdOnly == expected);
    QCOMPARE(missingIssues.summary(), QString());
}

// fromJson(toJson()) returns the same value, as an object and through JSON text, and toJson()
// writes every field the object had.
template <typename T>
void checkRoundTrip(const QJsonObject &full)
{
    const std::optional<T> parsed = T::fromJson(full);
    QVERIFY(parsed.has_value());
    const QJsonObject written = parsed->toJson();

    ParseIssues objectIssues;
    const std::optional<T> fromObject = T::fromJson(written, &objectIssues);
    QVERIFY(fromObject.has_value());
    QCOMPARE(compact(fromObject->toJson()), compact(written));
    QVERIFY(*fromObject == *parsed);
    QCOMPARE(objectIssues.summary(), QString());

    const std::optional<T> fromText = T::fromJson(QJsonDocument::fromJson(compact(written)).object());
    QVERIFY(fromText.has_value());
    QVERIFY(*fromText == *parsed);

    QCOMPARE(written.keys(), full.keys());
}

ApiError replyError(int status, const char *body)
{
    return ApiError::fromHttpReply(status, jsonText(body), u"PUT /v1/conversations/{id}"_s, u"req-7f3a"_s);
}

} // namespace

class TypesTest : public QObject
{
    Q_OBJECT

private slots:
    void parseTimestamp_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");

        QTest::newRow("Z") << u"2023-11-07T05:31:56Z"_s << utc(2023, 11, 7, 5, 31, 56);
        QTest::newRow("+00:00") << u"2025-11-06T17:35:34+00:00"_s << utc(2025, 11, 6, 17, 35, 34);
        QTest::newRow("lowercase z") << u"2023-11-07T05:31:56z"_s << utc(2023, 11, 7, 5, 31, 56);
        QTest::newRow("no zone is UTC") << u"2023-11-07T05:31:56"_s << utc(2023, 11, 7, 5, 31, 56);
        QTest::newRow("no seconds") << u"2023-11-07T05:31Z"_s << utc(2023, 11, 7, 5, 31);
        QTest::newRow("space instead of T") << u"2023-11-07 05:31:56Z"_s << utc(2023, 11, 7, 5, 31, 56);
        QTest::newRow("surrounding whitespace") << u"  2023-11-07T05:31:56Z\n"_s << utc(2023, 11, 7, 5, 31, 56);

        QTest::newRow("fraction 1 digit") << u"2023-11-07T05:31:56.1Z"_s << utc(2023, 11, 7, 5, 31, 56, 100);
        QTest::newRow("fraction 2 digits") << u"2023-11-07T05:31:56.12Z"_s << utc(2023, 11, 7, 5, 31, 56, 120);
        QTest::newRow("fraction 3 digits") << u"2023-11-07T05:31:56.123Z"_s << utc(2023, 11, 7, 5, 31, 56, 123);
        QTest::newRow("fraction 4 digits") << u"2023-11-07T05:31:56.1239Z"_s << utc(2023, 11, 7, 5, 31, 56, 123);
        QTest::newRow("fraction 5 digits") << u"2023-11-07T05:31:56.12345Z"_s << utc(2023, 11, 7, 5, 31, 56, 123);
        QTest::newRow("fraction 6 digits") << u"2025-11-06T17:35:34.482000Z"_s << utc(2025, 11, 6, 17, 35, 34, 482);
        QTest::newRow("fraction 7 digits") << u"2023-11-07T05:31:56.0012345Z"_s << utc(2023, 11, 7, 5, 31, 56, 1);
        QTest::newRow("fraction 8 digits") << u"2023-11-07T05:31:56.99999999Z"_s << utc(2023, 11, 7, 5, 31, 56, 999);
        QTest::newRow("fraction 9 digits") << u"2023-11-07T05:31:56.123456789+00:00"_s << utc(2023, 11, 7, 5, 31, 56, 123);
        QTest::newRow("fraction after comma") << u"2023-11-07T05:31:56,25Z"_s << utc(2023, 11, 7, 5, 31, 56, 250);

        QTest::newRow("offset +02:00") << u"2024-03-10T12:00:00+02:00"_s << utc(2024, 3, 10, 10, 0);
        QTest::newRow("offset -05:30") << u"2024-03-10T12:00:00-05:30"_s << utc(2024, 3, 10, 17, 30);
        QTest::newRow("offset +0200") << u"2024-03-10T12:00:00+0200"_s << utc(2024, 3, 10, 10, 0);
        QTest::newRow("offset -0530") << u"2024-03-10T12:00:00-0530"_s << utc(2024, 3, 10, 17, 30);
        QTest::newRow("offset with fraction") << u"2024-03-10T12:00:00.5-0100"_s << utc(2024, 3, 10, 13, 0, 0, 500);
        QTest::newRow("offset back over midnight") << u"2024-01-01T01:00:00+02:00"_s << utc(2023, 12, 31, 23, 0);
        QTest::newRow("offset into a leap day") << u"2024-02-28T23:30:00-01:00"_s << utc(2024, 2, 29, 0, 30);

        // parseTimestamp requires a time, because a bare date is a list filter value and never a
        // resource field.
        QTest::newRow("date only") << u"2023-11-07"_s << QDateTime();
        QTest::newRow("date and T") << u"2023-11-07T"_s << QDateTime();
        QTest::newRow("hour only") << u"2023-11-07T05Z"_s << QDateTime();
        QTest::newRow("empty") << QString() << QDateTime();
        QTest::newRow("whitespace") << u"   "_s << QDateTime();
        QTest::newRow("month 13") << u"2023-13-07T05:31:56Z"_s << QDateTime();
        QTest::newRow("day 32") << u"2023-11-32T05:31:56Z"_s << QDateTime();
        QTest::newRow("february 29 of 2023") << u"2023-02-29T05:31:56Z"_s << QDateTime();
        QTest::newRow("hour 24") << u"2023-11-07T24:00:00Z"_s << QDateTime();
        QTest::newRow("minute 60") << u"2023-11-07T05:60:00Z"_s << QDateTime();
        QTest::newRow("second 60") << u"2023-11-07T05:31:60Z"_s << QDateTime();
        QTest::newRow("fraction 10 digits") << u"2023-11-07T05:31:56.1234567890Z"_s << QDateTime();
        QTest::newRow("fraction without digits") << u"2023-11-07T05:31:56.Z"_s << QDateTime();
        QTest::newRow("offset hours only") << u"2023-11-07T05:31:56+02"_s << QDateTime();
        QTest::newRow("offset one-digit hour") << u"2023-11-07T05:31:56+2:00"_s << QDateTime();
        QTest::newRow("offset minute 60") << u"2023-11-07T05:31:56+05:60"_s << QDateTime();
        QTest::newRow("slashes") << u"2023/11/07 05:31:56Z"_s << QDateTime();
        QTest::newRow("basic format") << u"20231107T053156Z"_s << QDateTime();
        QTest::newRow("two-digit year") << u"23-11-07T05:31:56Z"_s << QDateTime();
        QTest::newRow("trailing text") << u"2023-11-07T05:31:56Z tomorrow"_s << QDateTime();
        QTest::newRow("seconds since epoch") << u"1699335116"_s << QDateTime();
        QTest::newRow("non-ASCII digit in seconds") << u"2025-11-06T17:35:3\u0664Z"_s << QDateTime();
        QTest::newRow("non-ASCII digit in fraction") << u"2025-11-06T17:35:34.8\u066317Z"_s << QDateTime();
        QTest::newRow("word") << u"yesterday"_s << QDateTime();
    }

    void parseTimestamp()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);

        const QDateTime parsed = weav::core::parseTimestamp(text);

        QCOMPARE(parsed.isValid(), expected.isValid());
        if (!expected.isValid())
            return;
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        QCOMPARE(parsed.time().msec(), expected.time().msec());
    }

    // An offset can move a timestamp of the year 1 or 9999 out of the four-digit years. Either
    // parseTimestamp rejects it, or formatTimestamp writes text that parses back to it.
    void timestampAtYearLimits_data()
    {
        QTest::addColumn<QString>("text");

        QTest::newRow("year 1 minus an hour") << u"0001-01-01T00:30:00+01:00"_s;
        QTest::newRow("year 9999 plus an hour") << u"9999-12-31T23:30:00-01:00"_s;
    }

    void timestampAtYearLimits()
    {
        QFETCH(QString, text);

        const QDateTime parsed = weav::core::parseTimestamp(text);
        const QString formatted = formatTimestamp(parsed);

        QCOMPARE(weav::core::parseTimestamp(formatted), parsed);
    }

    void formatTimestampWritesUtcWithMilliseconds()
    {
        QCOMPARE(formatTimestamp(utc(2023, 11, 7, 5, 31, 56)), u"2023-11-07T05:31:56.000Z"_s);
        QCOMPARE(formatTimestamp(utc(2025, 11, 6, 17, 35, 34, 482)), u"2025-11-06T17:35:34.482Z"_s);

        const QDateTime lisbonSummer(QDate(2024, 7, 1), QTime(10, 0), Qt::OffsetFromUTC, 3600);
        QCOMPARE(formatTimestamp(lisbonSummer), u"2024-07-01T09:00:00.000Z"_s);

        QCOMPARE(formatTimestamp(QDateTime()), QString());
    }

    void conversationEveryField()
    {
        ParseIssues issues;
        const std::optional<Conversation> conversation = Conversation::fromJson(conversationObject(), &issues);

        QVERIFY(conversation.has_value());
        QCOMPARE(conversation->id, u"9b2f4c1e-3a6d-4f0b-8e21-5c7d9a0b1e42"_s);
        QCOMPARE(conversation->channel, u"chat"_s);
        QCOMPARE(conversation->customerId, u"0f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19"_s);
        QCOMPARE(conversation->subject, u"Refund for order 1042"_s);
        QCOMPARE(conversation->status, u"closed"_s);
        QCOMPARE(conversation->priority, u"high"_s);
        QCOMPARE(conversation->assigneeId, u"b0a9c8d7-e6f5-4a4b-9c3d-2e1f0a9b8c7d"_s);
        QCOMPARE(conversation->assigneeType, u"agent"_s);
        QCOMPARE(conversation->closedAt, utc(2025, 11, 7, 9, 12, 45));
        QCOMPARE(conversation->firstResponseAt, utc(2025, 11, 6, 17, 40, 2));
        QCOMPARE(conversation->lastMessageAt, utc(2025, 11, 7, 9, 12, 40));
        QCOMPARE(conversation->isSpam, true);
        QCOMPARE(conversation->spamScore, 0.87);
        QCOMPARE(conversation->createdAt, utc(2025, 11, 6, 17, 35, 34, 482));
        QCOMPARE(conversation->updatedAt, utc(2025, 11, 7, 9, 12, 45, 120));
        QCOMPARE(conversation->tags, (QStringList{u"billing"_s, u"refund"_s}));
        QCOMPARE(conversation->agentId, u"b0a9c8d7-e6f5-4a4b-9c3d-2e1f0a9b8c7d"_s);
        QCOMPARE(issues.summary(), QString());

        QVERIFY(conversation->isAssigned());
        QVERIFY(conversation->isClosed());
        QCOMPARE(conversation->priorityRank(), 3);
    }

    void messageEveryField()
    {
        ParseIssues issues;
        const std::optional<Message> message = Message::fromJson(messageObject(), &issues);

        QVERIFY(message.has_value());
        QCOMPARE(message->id, u"6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a"_s);
        QCOMPARE(message->conversationId, u"9b2f4c1e-3a6d-4f0b-8e21-5c7d9a0b1e42"_s);
        QCOMPARE(message->senderType, u"user"_s);
        QCOMPARE(message->senderId, u"4c3b2a19-0f8e-4d6c-9b4a-7d6c5b4a3928"_s);
        QCOMPARE(message->customerId, u"0f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19"_s);
        QCOMPARE(message->content, u"Hi Ana, the refund is on its way."_s);
        QCOMPARE(message->sentAt, utc(2025, 11, 6, 17, 40, 2));
        QCOMPARE(message->isInternal, true);
        QCOMPARE(message->from, QStringList{u"support@example.com"_s});
        QCOMPARE(message->to, QStringList{u"ana@example.org"_s});
        QCOMPARE(message->cc, (QStringList{u"billing@example.com"_s, u"lead@example.com"_s}));
        QCOMPARE(message->bcc, QStringList{u"audit@example.com"_s});
        QCOMPARE(message->emailStatus, u"failed"_s);
        QCOMPARE(message->emailErrorMessage, u"Mailbox full"_s);
        QCOMPARE(message->createdAt, utc(2025, 11, 6, 17, 40, 2, 310));
        QCOMPARE(issues.summary(), QString());
    }

    void messageWithoutSentAtUsesCreatedAt()
    {
        const QJsonObject object = withField(messageObject(), u"sent_at"_s, QJsonValue::Null);

        const std::optional<Message> message = Message::fromJson(object);

        QVERIFY(message.has_value());
        QCOMPARE(message->sentAt, utc(2025, 11, 6, 17, 40, 2, 310));
    }

    void userEveryField()
    {
        ParseIssues issues;
        const std::optional<User> user = User::fromJson(userObject(), &issues);

        QVERIFY(user.has_value());
        QCOMPARE(user->id, u"4c3b2a19-0f8e-4d6c-9b4a-7d6c5b4a3928"_s);
        QCOMPARE(user->name, u"Priya Natarajan"_s);
        QCOMPARE(user->email, u"priya@example.com"_s);
        QCOMPARE(user->role, u"lead"_s);
        QCOMPARE(user->createdAt, utc(2024, 2, 1, 9, 0));
        QCOMPARE(user->updatedAt, utc(2024, 3, 15, 14, 20, 5, 250));
        QCOMPARE(issues.summary(), QString());
    }

    void customerEveryField()
    {
        ParseIssues issues;
        const std::optional<Customer> customer = Customer::fromJson(customerObject(), &issues);

        QVERIFY(customer.has_value());
        QCOMPARE(customer->id, u"0f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19"_s);
        QCOMPARE(customer->firstName, u"Ana"_s);
        QCOMPARE(customer->lastName, u"Ribeiro"_s);
        QCOMPARE(customer->email, u"ana@example.org"_s);
        QCOMPARE(customer->phone, u"+351 912 345 678"_s);
        QCOMPARE(customer->locale, u"pt-PT"_s);
        QCOMPARE(customer->country, u"Portugal"_s);
        QCOMPARE(customer->companyId, u"3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d"_s);
        QCOMPARE(customer->avatarUrl, u"https://cdn.example.com/ana.png"_s);
        QCOMPARE(customer->firstSeenAt, utc(2024, 5, 12, 8, 15));
        QCOMPARE(customer->lastSeenAt, utc(2025, 11, 6, 17, 35, 34));
        QCOMPARE(customer->createdAt, utc(2024, 5, 12, 8, 15));
        QCOMPARE(customer->updatedAt, utc(2025, 11, 6, 17, 35, 34, 482));
        QCOMPARE(issues.summary(), QString());

        QCOMPARE(customer->displayName(), u"Ana Ribeiro"_s);
    }

    void customerDisplayNameFallsBackToEmail()
    {
        const QJsonObject object = json("{'id': 'c-1', 'first_name': null, 'last_name': '', 'email': 'ana@example.org'}");

        const std::optional<Customer> customer = Customer::fromJson(object);

        QVERIFY(customer.has_value());
        QCOMPARE(customer->displayName(), u"ana@example.org"_s);
    }

    void companyEveryField()
    {
        ParseIssues issues;
        const std::optional<Company> company = Company::fromJson(companyObject(), &issues);

        QVERIFY(company.has_value());
        QCOMPARE(company->id, u"3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d"_s);
        QCOMPARE(company->name, u"Lisbon Bikes"_s);
        QCOMPARE(company->domain, u"lisbonbikes.example"_s);
        QCOMPARE(company->industry, u"Retail"_s);
        QVERIFY(company->employeeCount.has_value());
        QCOMPARE(*company->employeeCount, qint64(42));
        QCOMPARE(company->createdAt, utc(2024, 5, 12, 8, 10));
        QCOMPARE(company->updatedAt, utc(2024, 6, 1, 10, 0));
        QCOMPARE(issues.summary(), QString());
    }

    void agentEveryField()
    {
        ParseIssues issues;
        const std::optional<Agent> agent = Agent::fromJson(agentObject(), &issues);

        QVERIFY(agent.has_value());
        QCOMPARE(agent->id, u"b0a9c8d7-e6f5-4a4b-9c3d-2e1f0a9b8c7d"_s);
        QCOMPARE(agent->name, u"Nora"_s);
        QCOMPARE(agent->slug, u"nora"_s);
        QCOMPARE(agent->description, u"Answers chat questions about orders."_s);
        QCOMPARE(agent->avatarUrl, u"https://cdn.example.com/nora.png"_s);
        QVERIFY(agent->maxMessagesPerSession.has_value());
        QCOMPARE(*agent->maxMessagesPerSession, qint64(50));
        QCOMPARE(agent->tone, u"Warm"_s);
        QCOMPARE(agent->responseLength, u"Short"_s);
        QCOMPARE(agent->isActive, false);
        QCOMPARE(agent->isCopilot, true);
        QCOMPARE(agent->isEmailAgent, true);
        QCOMPARE(agent->createdAt, utc(2024, 6, 1, 10, 0));
        QCOMPARE(agent->updatedAt, utc(2024, 6, 3, 12, 0));
        QCOMPARE(issues.summary(), QString());

        QCOMPARE(agent->prohibitedPhrases.size(), 1);
        const ProhibitedPhrase &phrase = agent->prohibitedPhrases.first();
        QCOMPARE(phrase.id, u"a1f0c2d3-0000-4000-8000-000000000001"_s);
        QCOMPARE(phrase.phrase, u"guaranteed"_s);
        QCOMPARE(phrase.createdAt, utc(2024, 6, 1, 10, 0));
        QCOMPARE(phrase.updatedAt, utc(2024, 6, 2, 11, 0));

        QCOMPARE(agent->escalationRules.size(), 1);
        const EscalationRule &rule = agent->escalationRules.first();
        QCOMPARE(rule.id, u"a1f0c2d3-0000-4000-8000-000000000002"_s);
        QCOMPARE(rule.channel, u"chat"_s);
        QCOMPARE(rule.rule, u"The customer asks for a human"_s);
        QCOMPARE(rule.escalateTo, u"4c3b2a19-0f8e-4d6c-9b4a-7d6c5b4a3928"_s);
        QCOMPARE(rule.createdAt, utc(2024, 6, 1, 10, 0));
        QCOMPARE(rule.updatedAt, utc(2024, 6, 3, 12, 0));
    }

    void trainingItemEveryField()
    {
        ParseIssues issues;
        const std::optional<TrainingItem> item = TrainingItem::fromJson(trainingItemObject(), &issues);

        QVERIFY(item.has_value());
        QCOMPARE(item->id, u"7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3921"_s);
        QCOMPARE(item->type, u"url"_s);
        QCOMPARE(item->title, u"Shipping FAQ"_s);
        QCOMPARE(item->status, u"failed"_s);
        QCOMPARE(item->error, u"The page answered HTTP 404."_s);
        QCOMPARE(item->content, u"Orders ship within 2 days."_s);
        QCOMPARE(item->question, u"Do you ship to Madeira?"_s);
        QCOMPARE(item->answer, u"Yes, in 3 to 5 days."_s);
        QCOMPARE(item->sourceUrl, u"https://shop.example.com/faq"_s);
        QCOMPARE(item->fileName, u"faq.html"_s);
        QCOMPARE(item->mimeType, u"text/html"_s);
        QVERIFY(item->sizeBytes.has_value());
        QCOMPARE(*item->sizeBytes, qint64(18320));
        QCOMPARE(item->agentIds, (QStringList{u"b0a9c8d7-e6f5-4a4b-9c3d-2e1f0a9b8c7d"_s, u"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"_s}));
        QCOMPARE(item->createdAt, utc(2025, 1, 10, 12, 3));
        QCOMPARE(item->updatedAt, utc(2025, 1, 10, 12, 3, 40));
        QCOMPARE(issues.summary(), QString());

        QVERIFY(item->isSettled());
    }

    void unknownFieldsIgnored()
    {
        checkUnknownFieldsIgnored<Conversation>(conversationObject());
        checkUnknownFieldsIgnored<Message>(messageObject());
        checkUnknownFieldsIgnored<User>(userObject());
        checkUnknownFieldsIgnored<Customer>(customerObject());
        checkUnknownFieldsIgnored<Company>(companyObject());
        checkUnknownFieldsIgnored<Agent>(agentObject());
        checkUnknownFieldsIgnored<TrainingItem>(trainingItemObject());
    }

    void nullAndMissingFieldsNotSet()
    {
        checkNullAndMissingFields<Conversation>(conversationObject());
        checkNullAndMissingFields<Message>(messageObject());
        checkNullAndMissingFields<User>(userObject());
        checkNullAndMissingFields<Customer>(customerObject());
        checkNullAndMissingFields<Company>(companyObject());
        checkNullAndMissingFields<Agent>(agentObject());
        checkNullAndMissingFields<TrainingItem>(trainingItemObject());
    }

    void nullAndMissingDefaults()
    {
        const QJsonObject idOnly = json("{'id': 'x-1'}");

        const std::optional<Conversation> conversation = Conversation::fromJson(idOnly);
        QVERIFY(conversation.has_value());
        QVERIFY(conversation->subject.isEmpty());
        QVERIFY(!conversation->closedAt.isValid());
        QCOMPARE(conversation->isSpam, false);
        QCOMPARE(conversation->spamScore, 0.0);
        QVERIFY(!conversation->isAssigned());

        const std::optional<Agent> agent = Agent::fromJson(idOnly);
        QVERIFY(agent.has_value());
        QCOMPARE(agent->isActive, true);
        QVERIFY(!agent->maxMessagesPerSession.has_value());
        QVERIFY(agent->prohibitedPhrases.isEmpty());

        const std::optional<Company> company = Company::fromJson(json("{'id': 'x-1', 'employee_count': null}"));
        QVERIFY(company.has_value());
        QVERIFY(!company->employeeCount.has_value());

        const std::optional<TrainingItem> item = TrainingItem::fromJson(idOnly);
        QVERIFY(item.has_value());
        QVERIFY(!item->sizeBytes.has_value());
        QVERIFY(item->agentIds.isEmpty());
    }

    void wrongTypeRecordedAsIssue_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("object");
        QTest::addColumn<QString>("issueType");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("actual");

        QTest::newRow("string got boolean") << u"Conversation"_s << json("{'id': 'x-1', 'status': true}")
                                            << u"Conversation"_s << u"status"_s << u"string"_s << u"boolean"_s;
        QTest::newRow("string got array") << u"Customer"_s << json("{'id': 'x-1', 'first_name': ['Ana']}")
                                          << u"Customer"_s << u"first_name"_s << u"string"_s << u"array"_s;
        QTest::newRow("string got object") << u"Message"_s << json("{'id': 'x-1', 'content': {'text': 'Hi'}}")
                                           << u"Message"_s << u"content"_s << u"string"_s << u"object"_s;
        QTest::newRow("string got number") << u"User"_s << json("{'id': 'x-1', 'role': 3}")
                                           << u"User"_s << u"role"_s << u"string"_s << u"number"_s;
        QTest::newRow("timestamp got number") << u"Conversation"_s << json("{'id': 'x-1', 'created_at': 1699335116}")
                                              << u"Conversation"_s << u"created_at"_s << u"timestamp"_s << u"number"_s;
        QTest::newRow("timestamp got boolean") << u"Customer"_s << json("{'id': 'x-1', 'last_seen_at': false}")
                                               << u"Customer"_s << u"last_seen_at"_s << u"timestamp"_s << u"boolean"_s;
        QTest::newRow("timestamp got other text") << u"User"_s << json("{'id': 'x-1', 'updated_at': 'yesterday'}")
                                                  << u"User"_s << u"updated_at"_s << u"timestamp"_s << u"\"yesterday\""_s;
        QTest::newRow("boolean got string") << u"Conversation"_s << json("{'id': 'x-1', 'is_spam': 'yes'}")
                                            << u"Conversation"_s << u"is_spam"_s << u"boolean"_s << u"string"_s;
        QTest::newRow("boolean got 2") << u"Message"_s << json("{'id': 'x-1', 'is_internal': 2}")
                                       << u"Message"_s << u"is_internal"_s << u"boolean"_s << u"number"_s;
        QTest::newRow("number got boolean") << u"Conversation"_s << json("{'id': 'x-1', 'spam_score': true}")
                                            << u"Conversation"_s << u"spam_score"_s << u"number"_s << u"boolean"_s;
        QTest::newRow("number got other text") << u"Conversation"_s << json("{'id': 'x-1', 'spam_score': 'high'}")
                                               << u"Conversation"_s << u"spam_score"_s << u"number"_s << u"string"_s;
        QTest::newRow("integer got object") << u"Company"_s << json("{'id': 'x-1', 'employee_count': {'min': 10}}")
                                            << u"Company"_s << u"employee_count"_s << u"integer"_s << u"object"_s;
        QTest::newRow("integer got other text") << u"TrainingItem"_s << json("{'id': 'x-1', 'size_bytes': 'big'}")
                                                << u"TrainingItem"_s << u"size_bytes"_s << u"integer"_s << u"string"_s;
        QTest::newRow("integer got boolean") << u"Agent"_s << json("{'id': 'x-1', 'max_messages_per_session': true}")
                                             << u"Agent"_s << u"max_messages_per_session"_s << u"integer"_s << u"boolean"_s;
        QTest::newRow("string list got string") << u"Conversation"_s << json("{'id': 'x-1', 'tags': 'billing'}")
                                                << u"Conversation"_s << u"tags"_s << u"array"_s << u"string"_s;
        QTest::newRow("string list got a number item") << u"Message"_s << json("{'id': 'x-1', 'to': ['ana@example.org', 7]}")
                                                       << u"Message"_s << u"to"_s << u"array of strings"_s << u"number"_s;
        QTest::newRow("object list got object") << u"Agent"_s << json("{'id': 'x-1', 'prohibited_phrases': {'id': 'p-1'}}")
                                                << u"Agent"_s << u"prohibited_phrases"_s << u"array"_s << u"object"_s;
        QTest::newRow("nested string got number") << u"Agent"_s << json("{'id': 'x-1', 'escalation_rules': [{'id': 'r-1', 'rule': 5}]}")
                                                  << u"EscalationRule"_s << u"rule"_s << u"string"_s << u"number"_s;
        QTest::newRow("nested timestamp got text") << u"Agent"_s << json("{'id': 'x-1', 'prohibited_phrases': [{'id': 'p-1', 'created_at': 'soon'}]}")
                                                   << u"ProhibitedPhrase"_s << u"created_at"_s << u"timestamp"_s << u"\"soon\""_s;
    }

    void wrongTypeRecordedAsIssue()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, object);
        QFETCH(QString, issueType);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QFETCH(QString, actual);

        ParseIssues issues;
        const std::optional<QString> id = parsedId(type, object, &issues);

        QVERIFY(id.has_value());
        QCOMPARE(*id, u"x-1"_s);
        QCOMPARE(issues.issues.size(), 1);
        const ParseIssue &issue = issues.issues.first();
        QCOMPARE(issue.type, issueType);
        QCOMPARE(issue.field, field);
        QCOMPARE(issue.expected, expected);
        QCOMPARE(issue.actual, actual);
    }

    void wrongTypesKeepTheOtherFields()
    {
        QJsonObject object = conversationObject();
        object.insert(u"status"_s, true);
        object.insert(u"closed_at"_s, 1762506765);
        object.insert(u"spam_score"_s, u"high"_s);
        object.insert(u"tags"_s, json("{'billing': true}"));

        ParseIssues issues;
        const std::optional<Conversation> conversation = Conversation::fromJson(object, &issues);

        QVERIFY(conversation.has_value());
        QCOMPARE(issues.issues.size(), 4);
        QVERIFY(conversation->status.isEmpty());
        QVERIFY(!conversation->closedAt.isValid());
        QCOMPARE(conversation->spamScore, 0.0);
        QVERIFY(conversation->tags.isEmpty());
        QCOMPARE(conversation->subject, u"Refund for order 1042"_s);
        QCOMPARE(conversation->priority, u"high"_s);
        QCOMPARE(conversation->createdAt, utc(2025, 11, 6, 17, 35, 34, 482));
        QCOMPARE(conversation->isSpam, true);
    }

    void nonObjectInObjectListRecorded()
    {
        const QJsonObject object = json("{'id': 'x-1', 'prohibited_phrases': ['guaranteed', {'id': 'p-1', 'phrase': 'free'}]}");

        ParseIssues issues;
        const std::optional<Agent> agent = Agent::fromJson(object, &issues);

        QVERIFY(agent.has_value());
        QCOMPARE(issues.issues.size(), 1);
        QCOMPARE(issues.issues.first().field, u"prohibited_phrases"_s);
        QCOMPARE(agent->prohibitedPhrases.size(), 1);
        QCOMPARE(agent->prohibitedPhrases.first().phrase, u"free"_s);
    }

    void objectWithoutIdIsNullopt_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("object");

        const QStringList types = {u"Conversation"_s, u"Message"_s, u"User"_s, u"Customer"_s,
                                   u"Company"_s, u"Agent"_s, u"TrainingItem"_s};
        const QList<std::pair<const char *, QJsonValue>> ids = {
            {"missing", QJsonValue(QJsonValue::Undefined)},
            {"null", QJsonValue(QJsonValue::Null)},
            {"empty", QJsonValue(u""_s)},
            {"boolean", QJsonValue(true)},
            {"object", QJsonValue(QJsonObject{{u"uuid"_s, u"x-1"_s}})},
        };
        for (const QString &type : types) {
            for (const auto &[name, id] : ids) {
                QJsonObject object = json("{'name': 'Nora', 'created_at': '2024-06-01T10:00:00Z'}");
                if (!id.isUndefined())
                    object.insert(u"id"_s, id);
                QTest::addRow("%s, id %s", qPrintable(type), name) << type << object;
            }
        }
    }

    void objectWithoutIdIsNullopt()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, object);

        QVERIFY(!parsedId(type, object, nullptr).has_value());
    }

    void idSentAsNumberReadAsText()
    {
        ParseIssues issues;
        const std::optional<Customer> whole = Customer::fromJson(json("{'id': 42, 'company_id': 7.5}"), &issues);

        QVERIFY(whole.has_value());
        QCOMPARE(whole->id, u"42"_s);
        QCOMPARE(whole->companyId, u"7.5"_s);
        QCOMPARE(issues.issues.size(), 2);
        QCOMPARE(issues.issues.first().actual, u"number"_s);
    }

    // Converting a double outside the range of qint64 to qint64 is undefined behaviour, and on
    // x86 it gives -9223372036854775808.
    void numberBeyondInt64Range()
    {
        const std::optional<Customer> customer = Customer::fromJson(json("{'id': 1e300}"));
        QVERIFY(customer.has_value());
        QCOMPARE(customer->id, u"1e+300"_s);

        ParseIssues issues;
        const std::optional<Company> company = Company::fromJson(json("{'id': 'x-1', 'employee_count': 1e300}"), &issues);
        QVERIFY(company.has_value());
        QVERIFY(!company->employeeCount.has_value());
        QCOMPARE(issues.issues.size(), 1);
    }

    void conversationSubjectFromTitle()
    {
        const std::optional<Conversation> titleOnly = Conversation::fromJson(json("{'id': 'x-1', 'title': 'Cannot log in'}"));
        QVERIFY(titleOnly.has_value());
        QCOMPARE(titleOnly->subject, u"Cannot log in"_s);

        const std::optional<Conversation> both =
            Conversation::fromJson(json("{'id': 'x-1', 'subject': 'Refund', 'title': 'Cannot log in'}"));
        QVERIFY(both.has_value());
        QCOMPARE(both->subject, u"Refund"_s);

        const std::optional<Conversation> nullSubject =
            Conversation::fromJson(json("{'id': 'x-1', 'subject': null, 'title': 'Cannot log in'}"));
        QVERIFY(nullSubject.has_value());
        QCOMPARE(nullSubject->subject, u"Cannot log in"_s);

        QCOMPARE(titleOnly->toJson().value(u"subject"_s).toString(), u"Cannot log in"_s);
        QVERIFY(!titleOnly->toJson().contains(u"title"_s));
    }

    void booleansSentAsZeroOrOne()
    {
        ParseIssues issues;

        const std::optional<Conversation> spam = Conversation::fromJson(json("{'id': 'x-1', 'is_spam': 1}"), &issues);
        const std::optional<Conversation> notSpam = Conversation::fromJson(json("{'id': 'x-1', 'is_spam': 0}"), &issues);
        const std::optional<Message> note = Message::fromJson(json("{'id': 'x-1', 'is_internal': 1}"), &issues);
        const std::optional<Agent> agent =
            Agent::fromJson(json("{'id': 'x-1', 'is_active': 0, 'is_copilot': 1, 'is_email_agent': 1}"), &issues);

        QVERIFY(spam.has_value());
        QCOMPARE(spam->isSpam, true);
        QVERIFY(notSpam.has_value());
        QCOMPARE(notSpam->isSpam, false);
        QVERIFY(note.has_value());
        QCOMPARE(note->isInternal, true);
        QVERIFY(agent.has_value());
        QCOMPARE(agent->isActive, false);
        QCOMPARE(agent->isCopilot, true);
        QCOMPARE(agent->isEmailAgent, true);
        QCOMPARE(issues.summary(), QString());
    }

    // A number sent as a string is read, and recorded as an issue so that the endpoint is reported.
    void numbersSentAsStrings()
    {
        ParseIssues issues;

        const std::optional<Conversation> conversation = Conversation::fromJson(json("{'id': 'x-1', 'spam_score': '0.85'}"), &issues);
        const std::optional<Company> company = Company::fromJson(json("{'id': 'x-1', 'employee_count': '250'}"), &issues);
        const std::optional<TrainingItem> item = TrainingItem::fromJson(json("{'id': 'x-1', 'size_bytes': '183204'}"), &issues);
        const std::optional<Agent> agent = Agent::fromJson(json("{'id': 'x-1', 'max_messages_per_session': '-5'}"), &issues);

        QVERIFY(conversation.has_value());
        QCOMPARE(conversation->spamScore, 0.85);
        QVERIFY(company.has_value());
        QVERIFY(company->employeeCount.has_value());
        QCOMPARE(*company->employeeCount, qint64(250));
        QVERIFY(item.has_value());
        QVERIFY(item->sizeBytes.has_value());
        QCOMPARE(*item->sizeBytes, qint64(183204));
        QVERIFY(agent.has_value());
        QVERIFY(agent->maxMessagesPerSession.has_value());
        QCOMPARE(*agent->maxMessagesPerSession, qint64(-5));

        QCOMPARE(issues.issues.size(), 4);
        for (const ParseIssue &issue : std::as_const(issues.issues))
            QCOMPARE(issue.actual, u"string"_s);
    }

    void numberTextNotFinite_data()
    {
        QTest::addColumn<QString>("text");

        QTest::newRow("nan") << u"nan"_s;
        QTest::newRow("inf") << u"inf"_s;
        QTest::newRow("-inf") << u"-inf"_s;
    }

    // JSON has no NaN or infinity, so such a string is not a number.
    void numberTextNotFinite()
    {
        QFETCH(QString, text);

        ParseIssues issues;
        const std::optional<Conversation> conversation =
            Conversation::fromJson(QJsonObject{{u"id"_s, u"x-1"_s}, {u"spam_score"_s, text}}, &issues);

        QVERIFY(conversation.has_value());
        QCOMPARE(conversation->spamScore, 0.0);
        QCOMPARE(issues.issues.size(), 1);
    }

    void roundTrip()
    {
        checkRoundTrip<Conversation>(conversationObject());
        checkRoundTrip<Message>(messageObject());
        checkRoundTrip<User>(userObject());
        checkRoundTrip<Customer>(customerObject());
        checkRoundTrip<Company>(companyObject());
        checkRoundTrip<Agent>(agentObject());
        checkRoundTrip<TrainingItem>(trainingItemObject());
    }

    void toJsonWritesNullForUnsetFields()
    {
        const std::optional<Conversation> conversation = Conversation::fromJson(json("{'id': 'x-1', 'channel': 'email', 'status': 'open'}"));
        QVERIFY(conversation.has_value());

        const QJsonObject written = conversation->toJson();

        QVERIFY(written.value(u"assignee_id"_s).isNull());
        QVERIFY(written.value(u"assignee_type"_s).isNull());
        QVERIFY(written.value(u"closed_at"_s).isNull());
        QVERIFY(written.value(u"subject"_s).isNull());
        QCOMPARE(written.value(u"tags"_s).toArray().size(), 0);
    }

    void integerBeyondDoublePrecisionRoundTrip()
    {
        TrainingItem item;
        item.id = u"x-1"_s;
        item.sizeBytes = Q_INT64_C(9007199254740993); // 2^53 + 1

        const std::optional<TrainingItem> reparsed = TrainingItem::fromJson(item.toJson());

        QVERIFY(reparsed.has_value());
        QVERIFY(reparsed->sizeBytes.has_value());
        QCOMPARE(*reparsed->sizeBytes, Q_INT64_C(9007199254740993));
    }

    void parseIssuesSummary()
    {
        ParseIssues issues;
        QCOMPARE(issues.summary(), QString());

        Conversation::fromJson(json("{'id': 'x-1', 'spam_score': 'high'}"), &issues);
        User::fromJson(json("{'id': 'x-1', 'created_at': 'yesterday'}"), &issues);
        QCOMPARE(issues.summary(),
                 u"Conversation.spam_score: expected number, got string; User.created_at: expected timestamp, got \"yesterday\""_s);

        Company::fromJson(json("{'id': 'x-1', 'name': 1, 'domain': 2, 'industry': 3, 'employee_count': 'many', 'created_at': 0}"),
                          &issues);
        QCOMPARE(issues.issues.size(), 7);
        QCOMPARE(issues.summary(3),
                 u"Conversation.spam_score: expected number, got string; User.created_at: expected timestamp, got \"yesterday\"; "
                 "Company.name: expected string, got number; and 4 more"_s);
    }

    void errorEnvelopeWithCodeAndErrors()
    {
        const ApiError error = replyError(400, "{'error': 'The assignee does not belong to this workspace.', 'code': 'INVALID_ASSIGNEE',"
                                               " 'errors': {'assignee_id': ['Unknown user 4c3b2a19.']}}");

        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.httpStatus, 400);
        QCOMPARE(error.code, u"INVALID_ASSIGNEE"_s);
        QCOMPARE(error.message, u"The assignee does not belong to this workspace."_s);
        QCOMPARE(error.fieldErrors.size(), 1);
        QCOMPARE(error.fieldErrors.value(u"assignee_id"_s), QStringList{u"Unknown user 4c3b2a19."_s});
        QCOMPARE(error.endpoint, u"PUT /v1/conversations/{id}"_s);
        QCOMPARE(error.requestId, u"req-7f3a"_s);
        QCOMPARE(error.retryable, false);
        QVERIFY(!error.isValidation());
    }

    void errorLaravelValidation()
    {
        const ApiError error = replyError(422, "{'message': 'The name field is required. (and 1 more error)',"
                                               " 'errors': {'name': ['The name field is required.'],"
                                               " 'max_messages_per_session': ['The max messages per session field must be between 1 and 1000.',"
                                               " 'The max messages per session field must be an integer.']}}");

        QCOMPARE(error.httpStatus, 422);
        QCOMPARE(error.code, QString());
        QCOMPARE(error.message, u"The name field is required. (and 1 more error)"_s);
        QCOMPARE(error.fieldErrors.size(), 2);
        QCOMPARE(error.fieldErrors.value(u"name"_s), QStringList{u"The name field is required."_s});
        QCOMPARE(error.fieldErrors.value(u"max_messages_per_session"_s).size(), 2);
        QVERIFY(error.isValidation());
        QCOMPARE(error.retryable, false);
    }

    void errorCustomValidationBody()
    {
        const ApiError error = replyError(422, "{'state': 'locked', 'detail': {'reason': 'The conversation is being merged.'}}");

        QCOMPARE(error.httpStatus, 422);
        QCOMPARE(error.message, u"The server returned HTTP 422 Unprocessable Content."_s);
        QVERIFY(error.fieldErrors.isEmpty());
        QVERIFY(!error.isValidation());
        QCOMPARE(error.bodyExcerpt, jsonText("{'state': 'locked', 'detail': {'reason': 'The conversation is being merged.'}}"));
    }

    void errorHtmlGatewayPage()
    {
        const QByteArray page = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                                "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body>\r\n</html>\r\n";

        const ApiError error = ApiError::fromHttpReply(502, page, u"GET /v1/agents"_s, QString());

        QCOMPARE(error.httpStatus, 502);
        QCOMPARE(error.message, u"The server returned HTTP 502 Bad Gateway with a body that is not JSON (a proxy or gateway page?)."_s);
        QCOMPARE(error.code, QString());
        QCOMPARE(error.retryable, true);
        QCOMPARE(error.bodyExcerpt.size(), page.size());
        QVERIFY(!error.bodyExcerpt.contains('\r'));
        QVERIFY(error.bodyExcerpt.contains("<title>502 Bad Gateway</title>"));
    }

    void errorEmptyBody_data()
    {
        QTest::addColumn<QByteArray>("body");

        QTest::newRow("empty") << QByteArray();
        QTest::newRow("whitespace") << QByteArray(" \r\n\t");
    }

    void errorEmptyBody()
    {
        QFETCH(QByteArray, body);

        const ApiError error = ApiError::fromHttpReply(500, body, u"POST /v1/messages"_s, QString());

        QCOMPARE(error.httpStatus, 500);
        QCOMPARE(error.message, u"The server returned HTTP 500 Internal Server Error with an empty body."_s);
        QCOMPARE(error.retryable, true);
        QCOMPARE(error.bodyExcerpt.size(), body.size());
    }

    void errorJsonArrayBody()
    {
        const ApiError error = replyError(400, "[{'error': 'first'}, {'error': 'second'}]");

        QCOMPARE(error.httpStatus, 400);
        QCOMPARE(error.message, u"The server returned HTTP 400 Bad Request."_s);
        QCOMPARE(error.code, QString());
        QVERIFY(error.fieldErrors.isEmpty());
    }

    void errorFieldErrorsAsString()
    {
        const ApiError error = replyError(422, "{'message': 'The email has already been taken.',"
                                               " 'errors': {'email': 'The email has already been taken.',"
                                               " 'phone': [42, 'The phone may not be longer than 50 characters.'],"
                                               " 'locale': [7], 'country': null}}");

        QCOMPARE(error.fieldErrors.size(), 2);
        QCOMPARE(error.fieldErrors.value(u"email"_s), QStringList{u"The email has already been taken."_s});
        QCOMPARE(error.fieldErrors.value(u"phone"_s), QStringList{u"The phone may not be longer than 50 characters."_s});
        QVERIFY(!error.fieldErrors.contains(u"locale"_s));
        QVERIFY(!error.fieldErrors.contains(u"country"_s));
        QVERIFY(error.isValidation());
    }

    void errorFieldErrorsNotAnObject()
    {
        const ApiError error = replyError(422, "{'message': 'Invalid.', 'errors': ['The name field is required.']}");

        QCOMPARE(error.message, u"Invalid."_s);
        QVERIFY(error.fieldErrors.isEmpty());
        QVERIFY(!error.isValidation());
    }

    void errorMessageSource_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");

        QTest::newRow("error") << jsonText("{'error': 'Agent not found'}") << u"Agent not found"_s;
        QTest::newRow("message") << jsonText("{'message': 'Agent not found'}") << u"Agent not found"_s;
        QTest::newRow("error before message") << jsonText("{'message': 'Second', 'error': 'First'}") << u"First"_s;
        QTest::newRow("error object with message") << jsonText("{'error': {'message': 'Nested', 'type': 'x'}}") << u"Nested"_s;
        QTest::newRow("error not a string") << jsonText("{'error': 404, 'message': 'Agent not found'}") << u"Agent not found"_s;
        QTest::newRow("empty error and a message") << jsonText("{'error': '', 'message': 'Agent not found'}") << u"Agent not found"_s;
        QTest::newRow("blank error") << jsonText("{'error': '   '}") << u"The server returned HTTP 404 Not Found."_s;
        QTest::newRow("null error") << jsonText("{'error': null}") << u"The server returned HTTP 404 Not Found."_s;
    }

    void errorMessageSource()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);

        const ApiError error = ApiError::fromHttpReply(404, body, u"GET /v1/agents/{id}"_s, QString());

        QCOMPARE(error.message, message);
    }

    void errorLongBodyExcerpt()
    {
        QByteArray body(2000, 'x');
        body[0] = '\x01';
        body[1] = '\n';
        body[2] = '\t';
        body[3] = '\x7f';
        body[511] = '\x1b';

        const ApiError error = ApiError::fromHttpReply(503, body, QString(), QString());
        const QByteArray ellipsis = "\xe2\x80\xa6";

        QCOMPARE(error.bodyExcerpt.size(), 512 + ellipsis.size());
        QVERIFY(error.bodyExcerpt.endsWith(ellipsis));
        QCOMPARE(error.bodyExcerpt.left(4), QByteArray(" \n\t "));
        QCOMPARE(error.bodyExcerpt.at(511), ' ');
        QCOMPARE(error.message, u"The server returned HTTP 503 Service Unavailable with a body that is not JSON (a proxy or gateway page?)."_s);
    }

    void errorUnknownStatus()
    {
        const ApiError jsonBody = replyError(599, "{'detail': 'x'}");
        const ApiError textBody = replyError(418, "short and stout");

        QCOMPARE(jsonBody.message, u"The server returned HTTP 599."_s);
        QCOMPARE(jsonBody.retryable, true);
        QCOMPARE(textBody.message, u"The server returned HTTP 418 with a body that is not JSON (a proxy or gateway page?)."_s);
        QCOMPARE(textBody.retryable, false);
    }

    void errorRetryable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retryable");

        for (const int status : {400, 401, 403, 404, 405, 409, 422})
            QTest::addRow("%d", status) << status << false;
        for (const int status : {429, 500, 502, 503, 504})
            QTest::addRow("%d", status) << status << true;
    }

    void errorRetryable()
    {
        QFETCH(int, status);
        QFETCH(bool, retryable);

        QCOMPARE(replyError(status, "{'error': 'x'}").retryable, retryable);
    }

    void errorClassification()
    {
        QVERIFY(replyError(401, "{'error': 'Unauthenticated.', 'code': 'UNAUTHENTICATED'}").isAuthentication());
        QVERIFY(replyError(403, "{'error': 'x', 'code': 'INSUFFICIENT_TOKEN_ABILITY'}").isMissingAbility());
        QVERIFY(!replyError(403, "{'error': 'x', 'code': 'FORBIDDEN'}").isMissingAbility());
        QVERIFY(replyError(404, "{'error': 'x', 'code': 'RESOURCE_NOT_FOUND'}").isNotFound());
        QVERIFY(!replyError(404, "{'error': 'x', 'code': 'RESOURCE_NOT_FOUND'}").isFeatureUnavailable());
        QVERIFY(replyError(404, "{'error': 'Not found.'}").isFeatureUnavailable());
        QVERIFY(replyError(405, "").isFeatureUnavailable());
        QVERIFY(!replyError(404, "{'error': 'Not found.'}").isNotFound());
        QCOMPARE(replyError(429, "{'error': 'Slow down.'}").retryAfterSeconds, -1);
    }

    void errorSummary_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("requestId");
        QTest::addColumn<QString>("summary");

        QTest::newRow("everything") << 404 << jsonText("{'error': 'Conversation not found', 'code': 'RESOURCE_NOT_FOUND'}")
                                    << u"GET /v1/conversations/{id}"_s << u"req-7f3a"_s
                                    << u"GET /v1/conversations/{id} failed: Conversation not found (HTTP 404, RESOURCE_NOT_FOUND, request id req-7f3a)"_s;
        QTest::newRow("no endpoint") << 404 << jsonText("{'error': 'Conversation not found', 'code': 'RESOURCE_NOT_FOUND'}")
                                     << QString() << u"req-7f3a"_s
                                     << u"Conversation not found (HTTP 404, RESOURCE_NOT_FOUND, request id req-7f3a)"_s;
        QTest::newRow("no code, no request id") << 500 << QByteArray() << u"POST /v1/messages"_s << QString()
                                                << u"POST /v1/messages failed: The server returned HTTP 500 Internal Server Error with an empty body. (HTTP 500)"_s;
    }

    void errorSummary()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, endpoint);
        QFETCH(QString, requestId);
        QFETCH(QString, summary);

        QCOMPARE(ApiError::fromHttpReply(status, body, endpoint, requestId).summary(), summary);
    }

    void errorSummaryWithoutStatus()
    {
        ApiError error;
        error.kind = ApiError::Kind::Timeout;
        error.message = u"No reply within 30 seconds."_s;

        QCOMPARE(error.summary(), u"No reply within 30 seconds."_s);

        error.endpoint = u"GET /v1/users"_s;
        QCOMPARE(error.summary(), u"GET /v1/users failed: No reply within 30 seconds."_s);
    }
};

QTEST_GUILESS_MAIN(TypesTest)
#include "tst_types.moc"
