// Messages of the sandbox: create for customers and teammates, internal notes, validation, sender
// checks, the effects on the conversation, threads and workspace scope. Their webhook events are
// covered in tst_conversations. Not covered yet: concurrent replies to one conversation.

#include "SandboxFixture.h"

#include "api/Json.h"
#include "store/Database.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace weav::sandbox;
using namespace weav::sandbox::test;
using namespace Qt::StringLiterals;

namespace {

const QRegularExpression RecordTimestamp(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z$"_s);
const QRegularExpression EventTimestamp(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+00:00$"_s);

const QString CustomerEmail = u"ada@example.com"_s;
const QString UserEmail = u"lin@acme.test"_s;

} // namespace

class MessagesTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        fixture = std::make_unique<SandboxFixture>();
        QVERIFY(fixture->start());
        customerId = fixture->insertRow(u"customers"_s, {{u"email"_s, CustomerEmail}});
        userId = fixture->insertRow(u"users"_s, {{u"name"_s, u"Lin"_s}, {u"email"_s, UserEmail}, {u"role"_s, u"agent"_s}});
        emailConversation = insertConversation({{u"channel"_s, u"email"_s}});
        chatConversation = insertConversation({{u"channel"_s, u"chat"_s}});
    }

    void cleanup() { fixture.reset(); }

    // ---- Create ----------------------------------------------------------------------------

    void customerMessageOnEmail()
    {
        const Reply reply = post({{u"conversation_id"_s, emailConversation}, {u"sender_type"_s, u"customer"_s},
                                  {u"content"_s, u"My parcel never arrived."_s}});
        QCOMPARE(reply.status, 201);

        const QJsonObject message = reply.object;
        QVERIFY(json::isUuid(message.value(u"id"_s).toString()));
        QCOMPARE(message.value(u"conversation_id"_s).toString(), emailConversation);
        QCOMPARE(message.value(u"sender_type"_s).toString(), u"customer"_s);
        QCOMPARE(message.value(u"sender_id"_s).toString(), customerId);
        QCOMPARE(message.value(u"customer_id"_s).toString(), customerId);
        QCOMPARE(message.value(u"content"_s).toString(), u"My parcel never arrived."_s);
        QCOMPARE(message.value(u"is_internal"_s), QJsonValue(false));
        QCOMPARE(message.value(u"from"_s), QJsonValue(QJsonArray{CustomerEmail}));
        QVERIFY(message.value(u"to"_s).isNull());
        QVERIFY(message.value(u"cc"_s).isNull());
        QVERIFY(message.value(u"bcc"_s).isNull());
        QVERIFY(message.value(u"email_status"_s).isNull());
        QVERIFY(message.value(u"email_error_message"_s).isNull());
        QVERIFY(EventTimestamp.match(message.value(u"sent_at"_s).toString()).hasMatch());
        QVERIFY(RecordTimestamp.match(message.value(u"created_at"_s).toString()).hasMatch());

        const Reply read = fixture->call("GET", u"/v1/messages/"_s + message.value(u"id"_s).toString());
        QCOMPARE(read.status, 200);
        QCOMPARE(read.object, message);
    }

    void customerMessageWithOwnSenderId()
    {
        const Reply reply = post({{u"conversation_id"_s, chatConversation}, {u"sender_type"_s, u"customer"_s},
                                  {u"sender_id"_s, customerId}, {u"content"_s, u"Hi"_s}});
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.object.value(u"sender_id"_s).toString(), customerId);
        QVERIFY(reply.object.value(u"from"_s).isNull());
    }

    void userReplyOnEmail()
    {
        const Reply reply = post({{u"conversation_id"_s, emailConversation}, {u"sender_type"_s, u"user"_s},
                                  {u"sender_id"_s, userId}, {u"content"_s, u"We have sent a new parcel."_s},
                                  {u"to"_s, QJsonArray{u" ada@example.com "_s}}, {u"cc"_s, QJsonArray{u"ops@acme.test"_s}},
                                  {u"bcc"_s, QJsonArray()}});
        QCOMPARE(reply.status, 201);

        const QJsonObject message = reply.object;
        QCOMPARE(message.value(u"sender_type"_s).toString(), u"user"_s);
        QCOMPARE(message.value(u"sender_id"_s).toString(), userId);
        QCOMPARE(message.value(u"customer_id"_s).toString(), customerId);
        QCOMPARE(message.value(u"is_internal"_s), QJsonValue(false));
        QCOMPARE(message.value(u"from"_s), QJsonValue(QJsonArray{UserEmail}));
        QCOMPARE(message.value(u"to"_s), QJsonValue(QJsonArray{CustomerEmail}));
        QCOMPARE(message.value(u"cc"_s), QJsonValue(QJsonArray{u"ops@acme.test"_s}));
        QCOMPARE(message.value(u"bcc"_s), QJsonValue(QJsonArray()));
        QCOMPARE(message.value(u"email_status"_s).toString(), u"sent"_s);
        QVERIFY(message.value(u"email_error_message"_s).isNull());
    }

    void userReplyOnChat()
    {
        const Reply reply = post({{u"conversation_id"_s, chatConversation}, {u"sender_type"_s, u"user"_s},
                                  {u"sender_id"_s, userId}, {u"content"_s, u"Happy to help."_s}});
        QCOMPARE(reply.status, 201);
        QVERIFY(reply.object.value(u"from"_s).isNull());
        QVERIFY(reply.object.value(u"email_status"_s).isNull());
        QCOMPARE(reply.object.value(u"customer_id"_s).toString(), customerId);
    }

    void internalNote()
    {
        const Reply reply = post({{u"conversation_id"_s, emailConversation}, {u"sender_type"_s, u"user"_s},
                                  {u"sender_id"_s, userId}, {u"content"_s, u"Customer is a reseller."_s},
                                  {u"is_internal"_s, true}});
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.object.value(u"is_internal"_s), QJsonValue(true));
        QCOMPARE(reply.object.value(u"sender_type"_s).toString(), u"user"_s);
        QVERIFY(reply.object.value(u"email_status"_s).isNull());
    }

    void contentOfMaxLengthIsAccepted()
    {
        const Reply reply = post({{u"conversation_id"_s, chatConversation}, {u"sender_type"_s, u"customer"_s},
                                  {u"content"_s, QString(65535, u'c')}});
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.object.value(u"content"_s).toString().size(), 65535);
    }

    // ---- Validation ------------------------------------------------------------------------

    void createRejectsInvalidField_data()
    {
        QTest::addColumn<QJsonObject>("overrides");
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        const QJsonObject user{{u"sender_type"_s, u"user"_s}};
        QTest::newRow("conversation missing") << QJsonObject() << QStringList{u"conversation_id"_s} << u"conversation_id"_s
                                              << u"The conversation id field is required."_s;
        QTest::newRow("conversation not uuid") << QJsonObject{{u"conversation_id"_s, u"42"_s}} << QStringList()
                                               << u"conversation_id"_s << u"The conversation id field must be a valid UUID."_s;
        QTest::newRow("conversation unknown") << QJsonObject{{u"conversation_id"_s, unknownId()}} << QStringList()
                                              << u"conversation_id"_s << u"The selected conversation id is invalid."_s;
        QTest::newRow("sender type missing") << QJsonObject() << QStringList{u"sender_type"_s} << u"sender_type"_s
                                             << u"The sender type field is required."_s;
        QTest::newRow("sender type agent") << QJsonObject{{u"sender_type"_s, u"agent"_s}} << QStringList() << u"sender_type"_s
                                           << u"The selected sender type is invalid."_s;
        QTest::newRow("sender type system") << QJsonObject{{u"sender_type"_s, u"system"_s}} << QStringList() << u"sender_type"_s
                                            << u"The selected sender type is invalid."_s;
        QTest::newRow("user without sender id") << user << QStringList() << u"sender_id"_s
                                                << u"The sender id field is required when sender type is user."_s;
        QTest::newRow("user with null sender id") << QJsonObject{{u"sender_type"_s, u"user"_s}, {u"sender_id"_s, QJsonValue::Null}}
                                                  << QStringList() << u"sender_id"_s
                                                  << u"The sender id field is required when sender type is user."_s;
        QTest::newRow("sender id not uuid") << QJsonObject{{u"sender_id"_s, u"42"_s}} << QStringList() << u"sender_id"_s
                                            << u"The sender id field must be a valid UUID."_s;
        QTest::newRow("content missing") << QJsonObject() << QStringList{u"content"_s} << u"content"_s
                                         << u"The content field is required."_s;
        QTest::newRow("content blank") << QJsonObject{{u"content"_s, u"   "_s}} << QStringList() << u"content"_s
                                       << u"The content field is required."_s;
        QTest::newRow("content number") << QJsonObject{{u"content"_s, 7}} << QStringList() << u"content"_s
                                        << u"The content field must be a string."_s;
        QTest::newRow("content too long") << QJsonObject{{u"content"_s, QString(65536, u'c')}} << QStringList() << u"content"_s
                                          << u"The content field must not be greater than 65535 characters."_s;
        QTest::newRow("is internal yes") << QJsonObject{{u"is_internal"_s, u"yes"_s}} << QStringList() << u"is_internal"_s
                                         << u"The is internal field must be true or false."_s;
        QTest::newRow("customer internal note") << QJsonObject{{u"is_internal"_s, true}} << QStringList() << u"is_internal"_s
                                                << u"The is internal field must be declined when sender type is customer."_s;
        QTest::newRow("to not array") << QJsonObject{{u"to"_s, CustomerEmail}} << QStringList() << u"to"_s
                                      << u"The to field must be an array."_s;
        QTest::newRow("to bad address") << QJsonObject{{u"to"_s, QJsonArray{u"not-an-address"_s}}} << QStringList() << u"to.0"_s
                                        << u"The to.0 field must be a valid email address."_s;
        QTest::newRow("cc bad address") << QJsonObject{{u"cc"_s, QJsonArray{CustomerEmail, u"ada@"_s}}} << QStringList()
                                        << u"cc.1"_s << u"The cc.1 field must be a valid email address."_s;
        QTest::newRow("bcc number") << QJsonObject{{u"bcc"_s, QJsonArray{5}}} << QStringList() << u"bcc.0"_s
                                    << u"The bcc.0 field must be a valid email address."_s;
        QTest::newRow("metadata") << QJsonObject{{u"metadata"_s, QJsonObject{{u"source"_s, u"api"_s}}}} << QStringList()
                                  << u"metadata"_s << u"The metadata field is prohibited."_s;
        QTest::newRow("is ai assisted") << QJsonObject{{u"is_ai_assisted"_s, false}} << QStringList() << u"is_ai_assisted"_s
                                        << u"The is ai assisted field is prohibited."_s;
    }

    void createRejectsInvalidField()
    {
        QFETCH(QJsonObject, overrides);
        QFETCH(QStringList, removed);
        QFETCH(QString, field);
        QFETCH(QString, message);

        QJsonObject body{{u"conversation_id"_s, emailConversation}, {u"sender_type"_s, u"customer"_s}, {u"content"_s, u"Hello"_s}};
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            body.insert(it.key(), it.value());
        for (const QString &key : std::as_const(removed))
            body.remove(key);

        const Reply reply = post(body);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.object.value(u"message"_s).toString(), message);
        QCOMPARE(reply.object.value(u"errors"_s).toObject().keys(), QStringList{field});
        QCOMPARE(reply.fieldErrors(field), QStringList{message});
        QCOMPARE(countMessages(), 0);
    }

    void addressesOnChatAreProhibited_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("to") << u"to"_s;
        QTest::newRow("cc") << u"cc"_s;
        QTest::newRow("bcc") << u"bcc"_s;
    }

    void addressesOnChatAreProhibited()
    {
        QFETCH(QString, field);

        const Reply reply = post({{u"conversation_id"_s, chatConversation}, {u"sender_type"_s, u"user"_s},
                                  {u"sender_id"_s, userId}, {u"content"_s, u"Hi"_s}, {field, QJsonArray{CustomerEmail}}});
        QCOMPARE(reply.status, 422);
        const QString message = u"The %1 field is prohibited for chat conversations."_s.arg(field);
        QCOMPARE(reply.object.value(u"message"_s).toString(), message);
        QCOMPARE(reply.fieldErrors(field), QStringList{message});
    }

    void nullAddressesOnChatAreAccepted()
    {
        const Reply reply = post({{u"conversation_id"_s, chatConversation}, {u"sender_type"_s, u"customer"_s},
                                  {u"content"_s, u"Hi"_s}, {u"to"_s, QJsonValue::Null}});
        QCOMPARE(reply.status, 201);
        QVERIFY(reply.object.value(u"to"_s).isNull());
    }

    void otherWorkspaceConversationIsInvalid()
    {
        const QString foreignCustomer = fixture->insertRow(u"customers"_s, {{u"email"_s, CustomerEmail},
                                                                            {u"workspace_id"_s, fixture->otherWorkspaceId}});
        const QString foreign = insertConversation({{u"customer_id"_s, foreignCustomer},
                                                    {u"workspace_id"_s, fixture->otherWorkspaceId}});
        const Reply reply = post({{u"conversation_id"_s, foreign}, {u"sender_type"_s, u"customer"_s}, {u"content"_s, u"Hi"_s}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(u"conversation_id"_s), QStringList{u"The selected conversation id is invalid."_s});
    }

    void createCountsMoreErrors()
    {
        const Reply reply = post({{u"metadata"_s, QJsonObject{{u"source"_s, u"api"_s}}}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.object.value(u"message"_s).toString(), u"The conversation id field is required. (and 3 more errors)"_s);
        QCOMPARE(reply.fieldErrors(u"sender_type"_s), QStringList{u"The sender type field is required."_s});
        QCOMPARE(reply.fieldErrors(u"content"_s), QStringList{u"The content field is required."_s});
        QCOMPARE(reply.fieldErrors(u"metadata"_s), QStringList{u"The metadata field is prohibited."_s});
    }

    void readTokenCannotPost()
    {
        const Reply reply = fixture->call("POST", u"/v1/messages"_s,
                                          {{u"conversation_id"_s, chatConversation}, {u"sender_type"_s, u"customer"_s},
                                           {u"content"_s, u"Hi"_s}},
                                          fixture->readToken);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.code(), u"INSUFFICIENT_TOKEN_ABILITY"_s);
        QCOMPARE(countMessages(), 0);
    }

    // ---- Sender checks ---------------------------------------------------------------------

    void senderMustMatchType_data()
    {
        QTest::addColumn<QString>("senderType");
        QTest::addColumn<QString>("sender");

        QTest::newRow("unknown user") << u"user"_s << u"unknown"_s;
        QTest::newRow("other workspace user") << u"user"_s << u"foreign user"_s;
        QTest::newRow("customer id as user") << u"user"_s << u"customer"_s;
        QTest::newRow("other customer") << u"customer"_s << u"other customer"_s;
        QTest::newRow("user id as customer") << u"customer"_s << u"user"_s;
    }

    void senderMustMatchType()
    {
        QFETCH(QString, senderType);
        QFETCH(QString, sender);

        QString senderId = unknownId();
        if (sender == u"foreign user")
            senderId = fixture->insertRow(u"users"_s, {{u"name"_s, u"Kim"_s}, {u"email"_s, u"kim@globex.test"_s},
                                                        {u"role"_s, u"agent"_s}, {u"workspace_id"_s, fixture->otherWorkspaceId}});
        else if (sender == u"customer")
            senderId = customerId;
        else if (sender == u"other customer")
            senderId = fixture->insertRow(u"customers"_s, {{u"email"_s, u"grace@example.com"_s}});
        else if (sender == u"user")
            senderId = userId;

        const Reply reply = post({{u"conversation_id"_s, emailConversation}, {u"sender_type"_s, senderType},
                                  {u"sender_id"_s, senderId}, {u"content"_s, u"Hi"_s}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), u"INVALID_SENDER"_s);
        QCOMPARE(reply.object.value(u"error"_s).toString(), u"The sender does not match the sender type."_s);
        QCOMPARE(countMessages(), 0);
        QVERIFY(conversation(emailConversation).value(u"last_message_at"_s).isNull());
    }

    // ---- Effects on the conversation -------------------------------------------------------

    void firstResponseComesFromPublicReply()
    {
        postCustomerMessage(emailConversation);
        QVERIFY(conversation(emailConversation).value(u"first_response_at"_s).isNull());

        const QJsonObject note = createMessage({{u"conversation_id"_s, emailConversation}, {u"sender_type"_s, u"user"_s},
                                                {u"sender_id"_s, userId}, {u"content"_s, u"Looking"_s}, {u"is_internal"_s, true}});
        QVERIFY(!note.isEmpty());
        QVERIFY(conversation(emailConversation).value(u"first_response_at"_s).isNull());

        const QJsonObject reply = postUserReply(emailConversation);
        const QString firstResponse = conversation(emailConversation).value(u"first_response_at"_s).toString();
        QCOMPARE(firstResponse, reply.value(u"sent_at"_s).toString());
        QVERIFY(EventTimestamp.match(firstResponse).hasMatch());

        QTest::qWait(1100);
        const QJsonObject second = postUserReply(emailConversation);
        QVERIFY(second.value(u"sent_at"_s).toString() != firstResponse);
        QCOMPARE(conversation(emailConversation).value(u"first_response_at"_s).toString(), firstResponse);
    }

    void firstResponseIsKeptWhenSet()
    {
        const QString id = insertConversation({{u"first_response_at"_s, utcMs(u"2025-01-01T10:00:00Z"_s)}});
        postUserReply(id);
        QCOMPARE(conversation(id).value(u"first_response_at"_s).toString(), u"2025-01-01T10:00:00+00:00"_s);
    }

    void lastMessageAtFollowsLatestMessage()
    {
        const QString id = insertConversation({{u"updated_at"_s, utcMs(u"2025-01-01T00:00:00Z"_s)}});
        const QJsonObject first = postCustomerMessage(id);
        QJsonObject current = conversation(id);
        QCOMPARE(current.value(u"last_message_at"_s).toString(), first.value(u"sent_at"_s).toString());
        QVERIFY(current.value(u"updated_at"_s).toString() != u"2025-01-01T00:00:00.000000Z"_s);

        QTest::qWait(1100);
        const QJsonObject note = createMessage({{u"conversation_id"_s, id}, {u"sender_type"_s, u"user"_s},
                                                {u"sender_id"_s, userId}, {u"content"_s, u"Note"_s}, {u"is_internal"_s, true}});
        current = conversation(id);
        QCOMPARE(current.value(u"last_message_at"_s).toString(), note.value(u"sent_at"_s).toString());
        QVERIFY(current.value(u"last_message_at"_s).toString() != first.value(u"sent_at"_s).toString());
    }

    void customerMessageReopensClosedConversation()
    {
        const QString id = insertConversation({{u"status"_s, u"closed"_s}, {u"closed_at"_s, utcMs(u"2025-01-01T00:00:00Z"_s)}});
        postCustomerMessage(id);

        const QJsonObject current = conversation(id);
        QCOMPARE(current.value(u"status"_s).toString(), u"open"_s);
        QVERIFY(current.value(u"closed_at"_s).isNull());
    }

    void userMessageKeepsConversationClosed()
    {
        const QString id = insertConversation({{u"status"_s, u"closed"_s}, {u"closed_at"_s, utcMs(u"2025-01-01T00:00:00Z"_s)}});
        postUserReply(id);

        const QJsonObject current = conversation(id);
        QCOMPARE(current.value(u"status"_s).toString(), u"closed"_s);
        QCOMPARE(current.value(u"closed_at"_s).toString(), u"2025-01-01T00:00:00+00:00"_s);
    }

    void rejectedMessageChangesNothing()
    {
        const QString id = insertConversation({{u"status"_s, u"closed"_s}, {u"closed_at"_s, utcMs(u"2025-01-01T00:00:00Z"_s)}});
        const QJsonObject before = conversation(id);
        const Reply reply = post({{u"conversation_id"_s, id}, {u"sender_type"_s, u"customer"_s}, {u"content"_s, u"Hi"_s},
                                  {u"is_ai_assisted"_s, true}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(conversation(id), before);
    }

    // ---- Threads ---------------------------------------------------------------------------

    void threadListsOldestFirstWithPaging()
    {
        QStringList sent;
        for (int i = 0; i < 12; ++i)
            sent.append((i % 2 == 0 ? postCustomerMessage(emailConversation) : postUserReply(emailConversation)).value(u"id"_s).toString());

        QStringList listed;
        for (int page = 1; page <= 3; ++page) {
            const Reply reply = fixture->call("GET", u"/v1/conversations/%1/messages?per_page=5&page=%2"_s.arg(emailConversation).arg(page));
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.data.size(), page < 3 ? 5 : 2);
            const QJsonObject meta = reply.object.value(u"meta"_s).toObject();
            QCOMPARE(meta.value(u"total"_s).toInt(), 12);
            QCOMPARE(meta.value(u"last_page"_s).toInt(), 3);
            listed += idsOf(reply.data);
        }
        QCOMPARE(listed, sent);

        const Reply past = fixture->call("GET", u"/v1/conversations/%1/messages?per_page=5&page=4"_s.arg(emailConversation));
        QCOMPARE(past.status, 200);
        QCOMPARE(past.data.size(), 0);
    }

    void threadTimesAreIncreasing()
    {
        for (int i = 0; i < 5; ++i)
            postCustomerMessage(chatConversation);

        const QJsonArray thread = fixture->listAll(u"/v1/conversations/%1/messages"_s.arg(chatConversation));
        QCOMPARE(thread.size(), 5);
        for (qsizetype i = 1; i < thread.size(); ++i) {
            const QString earlier = thread.at(i - 1).toObject().value(u"created_at"_s).toString();
            const QString later = thread.at(i).toObject().value(u"created_at"_s).toString();
            QVERIFY2(earlier < later, qPrintable(earlier + u" / "_s + later));
        }
    }

    void threadListsOnlyItsConversation()
    {
        const QString emailMessage = postCustomerMessage(emailConversation).value(u"id"_s).toString();
        const QString chatMessage = postCustomerMessage(chatConversation).value(u"id"_s).toString();
        QCOMPARE(idsOf(fixture->listAll(u"/v1/conversations/%1/messages"_s.arg(emailConversation))), QStringList{emailMessage});
        QCOMPARE(idsOf(fixture->listAll(u"/v1/conversations/%1/messages"_s.arg(chatConversation))), QStringList{chatMessage});
    }

    void threadOfUnknownConversationIsNotFound()
    {
        Reply reply = fixture->call("GET", u"/v1/conversations/%1/messages"_s.arg(unknownId()));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), u"RESOURCE_NOT_FOUND"_s);

        reply = fixture->call("GET", u"/v1/conversations/%1/messages"_s.arg(emailConversation), {}, fixture->otherWorkspaceToken);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), u"RESOURCE_NOT_FOUND"_s);
    }

    void threadPageParametersAreValidated()
    {
        const Reply reply = fixture->call("GET", u"/v1/conversations/%1/messages?per_page=0"_s.arg(emailConversation));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(u"per_page"_s), QStringList{u"The per page field must be between 1 and 100."_s});
    }

    // ---- Workspace scope -------------------------------------------------------------------

    void otherWorkspaceMessageIsNotFound()
    {
        const QString id = postCustomerMessage(emailConversation).value(u"id"_s).toString();
        const Reply reply = fixture->call("GET", u"/v1/messages/"_s + id, {}, fixture->otherWorkspaceToken);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), u"RESOURCE_NOT_FOUND"_s);
    }

    void unknownMessageIsNotFound()
    {
        const Reply reply = fixture->call("GET", u"/v1/messages/"_s + unknownId());
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), u"RESOURCE_NOT_FOUND"_s);
    }

    void messageGoesWithItsConversation()
    {
        const QString id = postCustomerMessage(emailConversation).value(u"id"_s).toString();
        QCOMPARE(fixture->call("DELETE", u"/v1/conversations/"_s + emailConversation).status, 204);
        QCOMPARE(fixture->call("GET", u"/v1/messages/"_s + id).status, 404);
    }

private:
    // Inserts an open email conversation of the test customer unless `columns` sets other values.
    QString insertConversation(const QVariantMap &columns)
    {
        QVariantMap row{{u"channel"_s, u"email"_s}, {u"customer_id"_s, customerId}, {u"status"_s, u"open"_s},
                        {u"priority"_s, u"normal"_s}, {u"priority_rank"_s, 2}};
        row.insert(columns);
        return fixture->insertRow(u"conversations"_s, row);
    }

    Reply post(const QJsonObject &body) { return fixture->call("POST", u"/v1/messages"_s, body); }

    QJsonObject createMessage(const QJsonObject &body)
    {
        const QJsonObject created = fixture->create(u"/v1/messages"_s, body);
        if (created.isEmpty())
            QTest::qFail("POST /v1/messages did not return 201", __FILE__, __LINE__);
        return created;
    }

    QJsonObject postCustomerMessage(const QString &conversationId)
    {
        return createMessage({{u"conversation_id"_s, conversationId}, {u"sender_type"_s, u"customer"_s},
                              {u"content"_s, u"Any news?"_s}});
    }

    QJsonObject postUserReply(const QString &conversationId)
    {
        return createMessage({{u"conversation_id"_s, conversationId}, {u"sender_type"_s, u"user"_s},
                              {u"sender_id"_s, userId}, {u"content"_s, u"On its way."_s}});
    }

    QJsonObject conversation(const QString &id)
    {
        return fixture->call("GET", u"/v1/conversations/"_s + id).object;
    }

    qint64 countMessages()
    {
        return sql::scalar(fixture->sandbox().database().connection(), u"SELECT COUNT(*) FROM messages"_s);
    }

    std::unique_ptr<SandboxFixture> fixture;
    QString customerId;
    QString userId;
    QString emailConversation;
    QString chatConversation;
};

QTEST_GUILESS_MAIN(MessagesTest)
#include "tst_messages.moc"
