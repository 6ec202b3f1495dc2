// ConversationActions against the sandbox over loopback: partial updates, the conflict check,
// assignment rule errors, replies and notes, and a write that waits for a renewed token.
// Not covered yet: a server that replies to the PUT with a body that is not a conversation.

#include "SandboxFixture.h"
#include "api/Endpoints.h"
#include "workspace/ConversationActions.h"
#include "workspace/Session.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace weav::core;
using weav::sandbox::test::SandboxFixture;

class ConversationActionsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void changesBodyHoldsOnlySetFields();
    void changesBodyUnassignsWithTwoNulls();
    void changesAgainstVersionDropsNoOps();
    void changedFieldsNameEachDifference();

    void updateWithoutConflictSendsTheChange();
    void updateSendsOnlyChangedFields();
    void updateDetectsConflictFromUpdatedAt();
    void applyAfterConflictKeepsOtherChange();
    void invalidAssigneeTypeSurfacesWithCode();
    void unknownAssigneeSurfacesWithCode();

    void postReplyIsPublic();
    void postNoteIsInternal();
    void postWithoutTeammateFails();
    void postWaitsForRenewedToken();

private:
    std::unique_ptr<Session> newSession(const QString &token, const QString &teammateId);
    Conversation readConversation(const QString &id);
    QJsonObject serverConversation(const QString &id);
    // Changes the test's chat as another client would. Returns whether the server accepted it.
    bool changeOnServer(const QJsonObject &body);
    // Waits until the clock has passed the conversation's updated_at, so that the next write
    // stamps a different updated_at.
    void waitPastUpdatedAt(const Conversation &conversation);

    SandboxFixture fixture;
    QString teammateId;
    QString chatAgentId;
    QString otherAgentId;
    QString customerId;
    QString chatId;
    std::unique_ptr<Session> session;
};

void ConversationActionsTest::initTestCase()
{
    QVERIFY(fixture.start(true));

    teammateId = fixture.insertRow(QStringLiteral("users"), {{QStringLiteral("name"), QStringLiteral("Ann Lead")},
                                                             {QStringLiteral("email"), QStringLiteral("ann@acme.test")},
                                                             {QStringLiteral("role"), QStringLiteral("lead")}});
    chatAgentId = fixture.create(QStringLiteral("/v1/agents"), {{QStringLiteral("name"), QStringLiteral("Nova")}})
                      .value(QStringLiteral("id")).toString();
    otherAgentId = fixture.create(QStringLiteral("/v1/agents"), {{QStringLiteral("name"), QStringLiteral("Orbit")}})
                       .value(QStringLiteral("id")).toString();
    customerId = fixture.create(QStringLiteral("/v1/customers"), {{QStringLiteral("email"), QStringLiteral("cara@example.test")}})
                     .value(QStringLiteral("id")).toString();
    QVERIFY(!teammateId.isEmpty());
    QVERIFY(!chatAgentId.isEmpty());
    QVERIFY(!customerId.isEmpty());
}

void ConversationActionsTest::init()
{
    const QJsonObject chat = fixture.create(QStringLiteral("/v1/conversations"),
                                            {{QStringLiteral("channel"), QStringLiteral("chat")},
                                             {QStringLiteral("customer_id"), customerId},
                                             {QStringLiteral("subject"), QStringLiteral("Card declined")},
                                             {QStringLiteral("agent_id"), chatAgentId}});
    chatId = chat.value(QStringLiteral("id")).toString();
    QVERIFY(!chatId.isEmpty());
    session = newSession(fixture.writeToken, teammateId);
}

std::unique_ptr<Session> ConversationActionsTest::newSession(const QString &token, const QString &teammate)
{
    Profile profile;
    profile.name = QStringLiteral("acme");
    profile.baseUrl = fixture.baseUrl();
    profile.teammateId = teammate;
    return std::make_unique<Session>(profile, token);
}

Conversation ConversationActionsTest::readConversation(const QString &id)
{
    const std::optional<Conversation> conversation = Conversation::fromJson(serverConversation(id));
    return conversation.value_or(Conversation());
}

QJsonObject ConversationActionsTest::serverConversation(const QString &id)
{
    return fixture.call("GET", endpoints::conversation(id), {}, fixture.writeToken).object;
}

bool ConversationActionsTest::changeOnServer(const QJsonObject &body)
{
    return fixture.call("PUT", endpoints::conversation(chatId), body, fixture.writeToken).status == 200;
}

void ConversationActionsTest::waitPastUpdatedAt(const Conversation &conversation)
{
    const qint64 updatedMs = conversation.updatedAt.toMSecsSinceEpoch();
    QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() > updatedMs + 1);
}

void ConversationActionsTest::changesBodyHoldsOnlySetFields()
{
    ConversationChanges changes;
    changes.priority = QStringLiteral("urgent");

    const QJsonObject body = changes.toJson();
    QCOMPARE(body.keys(), QStringList{QStringLiteral("priority")});
    QCOMPARE(body.value(QStringLiteral("priority")).toString(), QStringLiteral("urgent"));
    QCOMPARE(changes.fieldNames(), QStringList{QStringLiteral("priority")});
}

void ConversationActionsTest::changesBodyUnassignsWithTwoNulls()
{
    ConversationChanges changes;
    changes.assignee = Assignee::none();

    const QJsonObject body = changes.toJson();
    QCOMPARE(body.size(), 2);
    QVERIFY(body.value(QStringLiteral("assignee_id")).isNull());
    QVERIFY(body.value(QStringLiteral("assignee_type")).isNull());
}

void ConversationActionsTest::changesAgainstVersionDropsNoOps()
{
    Conversation conversation;
    conversation.status = QStringLiteral("open");
    conversation.priority = QStringLiteral("normal");
    conversation.tags = {QStringLiteral("billing")};

    ConversationChanges changes;
    changes.status = QStringLiteral("open");
    changes.priority = QStringLiteral("high");
    changes.tags = QStringList{QStringLiteral("billing")};
    changes.assignee = Assignee::none();

    const ConversationChanges effective = changes.againstVersion(conversation);
    QCOMPARE(effective.fieldNames(), QStringList{QStringLiteral("priority")});
}

void ConversationActionsTest::changedFieldsNameEachDifference()
{
    Conversation before;
    before.status = QStringLiteral("open");
    before.priority = QStringLiteral("normal");

    Conversation after = before;
    after.status = QStringLiteral("closed");
    after.assigneeId = teammateId;
    after.assigneeType = QStringLiteral("user");
    after.tags = {QStringLiteral("vip")};

    const QStringList expected{QStringLiteral("status"), QStringLiteral("assignee"), QStringLiteral("tags")};
    QCOMPARE(changedConversationFields(before, after), expected);
    QVERIFY(changedConversationFields(before, before).isEmpty());
}

void ConversationActionsTest::updateWithoutConflictSendsTheChange()
{
    ConversationActions actions(session.get());
    QSignalSpy updated(&actions, &ConversationActions::updated);
    QSignalSpy conflict(&actions, &ConversationActions::conflict);
    QSignalSpy failed(&actions, &ConversationActions::failed);

    const Conversation shown = readConversation(chatId);
    ConversationChanges changes;
    changes.assignee = Assignee{teammateId, QStringLiteral("user")};
    actions.update(shown, changes);

    QTRY_COMPARE(updated.size(), 1);
    QCOMPARE(conflict.size(), 0);
    QCOMPARE(failed.size(), 0);
    const Conversation result = updated.first().first().value<Conversation>();
    QCOMPARE(result.assigneeId, teammateId);
    QCOMPARE(serverConversation(chatId).value(QStringLiteral("assignee_type")).toString(), QStringLiteral("user"));
    QCOMPARE(actions.pendingCount(), 0);
}

void ConversationActionsTest::updateSendsOnlyChangedFields()
{
    // Another client closes the conversation after this one read it. Applying a priority change
    // must leave the status alone, which it would not if the whole object were sent back.
    const Conversation shown = readConversation(chatId);
    QCOMPARE(shown.status, QStringLiteral("open"));
    QVERIFY(changeOnServer({{QStringLiteral("status"), QStringLiteral("closed")}}));

    ConversationActions actions(session.get());
    QSignalSpy updated(&actions, &ConversationActions::updated);
    ConversationChanges changes;
    changes.priority = QStringLiteral("urgent");
    actions.apply(shown.id, changes);

    QTRY_COMPARE(updated.size(), 1);
    const QJsonObject server = serverConversation(chatId);
    QCOMPARE(server.value(QStringLiteral("priority")).toString(), QStringLiteral("urgent"));
    QCOMPARE(server.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
}

void ConversationActionsTest::updateDetectsConflictFromUpdatedAt()
{
    const Conversation shown = readConversation(chatId);
    waitPastUpdatedAt(shown);
    QVERIFY(changeOnServer({{QStringLiteral("status"), QStringLiteral("closed")}}));

    ConversationActions actions(session.get());
    QSignalSpy updated(&actions, &ConversationActions::updated);
    QSignalSpy conflict(&actions, &ConversationActions::conflict);
    ConversationChanges changes;
    changes.priority = QStringLiteral("high");
    actions.update(shown, changes);

    QTRY_COMPARE(conflict.size(), 1);
    QCOMPARE(updated.size(), 0);
    const ConversationConflict found = conflict.first().first().value<ConversationConflict>();
    QCOMPARE(found.shown.status, QStringLiteral("open"));
    QCOMPARE(found.current.status, QStringLiteral("closed"));
    QVERIFY(found.changedFields().contains(QStringLiteral("status")));
    QCOMPARE(found.changes.priority.value_or(QString()), QStringLiteral("high"));
    // Nothing was sent: the priority is still the default.
    QCOMPARE(serverConversation(chatId).value(QStringLiteral("priority")).toString(), QStringLiteral("normal"));
}

void ConversationActionsTest::applyAfterConflictKeepsOtherChange()
{
    const Conversation shown = readConversation(chatId);
    waitPastUpdatedAt(shown);
    QVERIFY(changeOnServer({{QStringLiteral("tags"), QJsonArray{QStringLiteral("refund")}}}));

    ConversationActions actions(session.get());
    QSignalSpy conflict(&actions, &ConversationActions::conflict);
    QSignalSpy updated(&actions, &ConversationActions::updated);
    ConversationChanges changes;
    changes.status = QStringLiteral("closed");
    actions.update(shown, changes);
    QTRY_COMPARE(conflict.size(), 1);

    const ConversationConflict found = conflict.first().first().value<ConversationConflict>();
    actions.apply(found.current.id, found.changes);
    QTRY_COMPARE(updated.size(), 1);

    const QJsonObject server = serverConversation(chatId);
    QCOMPARE(server.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    QCOMPARE(server.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("refund")});
}

void ConversationActionsTest::invalidAssigneeTypeSurfacesWithCode()
{
    ConversationActions actions(session.get());
    QSignalSpy failed(&actions, &ConversationActions::failed);

    ConversationChanges changes;
    changes.assignee = Assignee{otherAgentId, QStringLiteral("agent")};
    actions.update(readConversation(chatId), changes);

    QTRY_COMPARE(failed.size(), 1);
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.code, QStringLiteral("INVALID_ASSIGNEE_TYPE"));
    const ConversationChanges notApplied = failed.first().at(1).value<ConversationChanges>();
    QCOMPARE(notApplied.fieldNames(), QStringList{QStringLiteral("assignee")});
    QVERIFY(serverConversation(chatId).value(QStringLiteral("assignee_id")).isNull());
}

void ConversationActionsTest::unknownAssigneeSurfacesWithCode()
{
    ConversationActions actions(session.get());
    QSignalSpy failed(&actions, &ConversationActions::failed);

    ConversationChanges changes;
    changes.assignee = Assignee{weav::sandbox::test::unknownId(), QStringLiteral("user")};
    actions.update(readConversation(chatId), changes);

    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().code, QStringLiteral("INVALID_ASSIGNEE"));
}

void ConversationActionsTest::postReplyIsPublic()
{
    ConversationActions actions(session.get());
    QSignalSpy posted(&actions, &ConversationActions::messagePosted);
    actions.postMessage(chatId, QStringLiteral("We refunded the charge."), false);

    QTRY_COMPARE(posted.size(), 1);
    const Message message = posted.first().first().value<Message>();
    QCOMPARE(message.senderType, QStringLiteral("user"));
    QCOMPARE(message.senderId, teammateId);

    const QJsonObject server = fixture.call("GET", endpoints::message(message.id), {}, fixture.writeToken).object;
    QCOMPARE(server.value(QStringLiteral("content")).toString(), QStringLiteral("We refunded the charge."));
    QCOMPARE(server.value(QStringLiteral("is_internal")).toBool(), false);
    QCOMPARE(server.value(QStringLiteral("conversation_id")).toString(), chatId);
}

void ConversationActionsTest::postNoteIsInternal()
{
    ConversationActions actions(session.get());
    QSignalSpy posted(&actions, &ConversationActions::messagePosted);
    actions.postMessage(chatId, QStringLiteral("Checked with billing."), true);

    QTRY_COMPARE(posted.size(), 1);
    const Message message = posted.first().first().value<Message>();
    QVERIFY(message.isInternal);
    const QJsonObject server = fixture.call("GET", endpoints::message(message.id), {}, fixture.writeToken).object;
    QCOMPARE(server.value(QStringLiteral("is_internal")).toBool(), true);
}

void ConversationActionsTest::postWithoutTeammateFails()
{
    std::unique_ptr<Session> anonymous = newSession(fixture.writeToken, QString());
    ConversationActions actions(anonymous.get());
    QSignalSpy failed(&actions, &ConversationActions::messageFailed);
    actions.postMessage(chatId, QStringLiteral("Hello"), false);

    QCOMPARE(failed.size(), 1);
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Configuration);
    QCOMPARE(error.code, QStringLiteral("NO_TEAMMATE"));
}

void ConversationActionsTest::postWaitsForRenewedToken()
{
    std::unique_ptr<Session> expired = newSession(fixture.expiredToken, teammateId);
    ConversationActions actions(expired.get());
    QSignalSpy posted(&actions, &ConversationActions::messagePosted);
    QSignalSpy failed(&actions, &ConversationActions::messageFailed);
    QSignalSpy tokenRequired(expired.get(), &Session::tokenRequired);

    actions.postMessage(chatId, QStringLiteral("Sent after sign-in"), false);
    QTRY_COMPARE(expired->parkedRequestCount(), 1);
    QCOMPARE(tokenRequired.size(), 1);
    QCOMPARE(actions.pendingCount(), 1);
    QCOMPARE(failed.size(), 0);

    expired->renewToken(fixture.writeToken);
    QTRY_COMPARE(posted.size(), 1);
    QCOMPARE(posted.first().first().value<Message>().content, QStringLiteral("Sent after sign-in"));
    QCOMPARE(actions.pendingCount(), 0);
}

QTEST_GUILESS_MAIN(ConversationActionsTest)
#include "tst_conversation_actions.moc"
