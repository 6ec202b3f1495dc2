// The users resource: list (q, role, paging, order), get, workspace scoping, abilities.
// Not covered here: users as conversation assignees and message senders (tst_conversations, tst_messages).

#include "SandboxFixture.h"

#include <QTest>

using namespace weav::sandbox;
using namespace weav::sandbox::test;

namespace {

// Two users share a created_at; their ids fix the tie-break order (id descending).
const QString AdaId = QStringLiteral("5a0e1c57-7d0b-4c6e-9a57-1f0d3c1a0001");
const QString LinId = QStringLiteral("5a0e1c57-7d0b-4c6e-9a57-1f0d3c1a0002");
const QString SamId = QStringLiteral("5a0e1c57-7d0b-4c6e-9a57-1f0d3c1a0003");
const QString BoId = QStringLiteral("5a0e1c57-7d0b-4c6e-9a57-1f0d3c1a0004");

} // namespace

class UsersTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(fixture.start());

        insertUser(AdaId, QStringLiteral("Ada Lovelace"), QStringLiteral("ada@acme.test"), QStringLiteral("admin"), BaseTime + 3000);
        insertUser(LinId, QStringLiteral("Lin Chen"), QStringLiteral("lin@acme.test"), QStringLiteral("lead"), BaseTime + 2000);
        insertUser(SamId, QStringLiteral("Sam Ortiz"), QStringLiteral("sam@support.acme.test"), QStringLiteral("agent"), BaseTime + 1000);
        insertUser(BoId, QStringLiteral("Bo Park"), QStringLiteral("bo@acme.test"), QStringLiteral("agent"), BaseTime + 1000);

        otherUserId = fixture.insertRow(QStringLiteral("users"), {{QStringLiteral("workspace_id"), fixture.otherWorkspaceId},
                                                                   {QStringLiteral("name"), QStringLiteral("Ada Globex")},
                                                                   {QStringLiteral("email"), QStringLiteral("ada@globex.test")},
                                                                   {QStringLiteral("role"), QStringLiteral("admin")}});
    }

    void listNewestFirstWithIdTieBreak()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/users"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(idsOf(reply.data), (QStringList{AdaId, LinId, BoId, SamId}));
        QCOMPARE(reply.object.value(QStringLiteral("meta")).toObject().value(QStringLiteral("total")).toInt(), 4);
    }

    void listItemHasUserShape()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/users?per_page=1"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data.size(), 1);
        verifyAda(reply.data.first().toObject());
    }

    void listQMatchesNameCaseInsensitive()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/users?q=LOVELACE"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(idsOf(reply.data), QStringList{AdaId});
    }

    void listQMatchesEmail()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/users?q=Support.Acme"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(idsOf(reply.data), QStringList{SamId});
    }

    void listQMatchesPartOfWord()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/users?q=in"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(idsOf(reply.data), QStringList{LinId});
    }

    void listQTreatsWildcardsLiterally()
    {
        QCOMPARE(fixture.call("GET", QStringLiteral("/v1/users?q=%25")).data.size(), 0);
        QCOMPARE(fixture.call("GET", QStringLiteral("/v1/users?q=_")).data.size(), 0);
    }

    void listBlankQIsIgnored()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/users?q=%20%20"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data.size(), 4);
    }

    void listQOver255CharactersIs422()
    {
        QCOMPARE(fixture.call("GET", QStringLiteral("/v1/users?q=") + QString(255, QLatin1Char('a'))).status, 200);

        const Reply reply = fixture.call("GET", QStringLiteral("/v1/users?q=") + QString(256, QLatin1Char('a')));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("q")),
                 QStringList{QStringLiteral("The q field must not be greater than 255 characters.")});
    }

    void listRoleFilter()
    {
        QCOMPARE(idsOf(fixture.call("GET", QStringLiteral("/v1/users?role=agent")).data), (QStringList{BoId, SamId}));
        QCOMPARE(idsOf(fixture.call("GET", QStringLiteral("/v1/users?role=lead")).data), QStringList{LinId});
        QCOMPARE(idsOf(fixture.call("GET", QStringLiteral("/v1/users?role=admin")).data), QStringList{AdaId});
    }

    void listRoleAndQCombine()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/users?role=agent&q=park"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(idsOf(reply.data), QStringList{BoId});
    }

    void listUnknownRoleIs422()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/users?role=owner"));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.object.value(QStringLiteral("message")).toString(), QStringLiteral("The selected role is invalid."));
        QCOMPARE(reply.fieldErrors(QStringLiteral("role")), QStringList{QStringLiteral("The selected role is invalid.")});
    }

    void listUnknownParameterIsIgnored()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/users?colour=blue"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data.size(), 4);
    }

    void listSecondPage()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/users?per_page=3&page=2"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(idsOf(reply.data), QStringList{SamId});

        const QJsonObject meta = reply.object.value(QStringLiteral("meta")).toObject();
        QCOMPARE(meta.value(QStringLiteral("current_page")).toInt(), 2);
        QCOMPARE(meta.value(QStringLiteral("last_page")).toInt(), 2);
        QCOMPARE(meta.value(QStringLiteral("per_page")).toInt(), 3);
        QCOMPARE(meta.value(QStringLiteral("from")).toInt(), 4);
        QCOMPARE(meta.value(QStringLiteral("to")).toInt(), 4);
        QCOMPARE(meta.value(QStringLiteral("total")).toInt(), 4);
        QVERIFY(reply.object.value(QStringLiteral("links")).toObject().value(QStringLiteral("next")).isNull());
    }

    void listPagePastLastIsEmpty()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/users?per_page=2&page=3"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data.size(), 0);
        QCOMPARE(reply.object.value(QStringLiteral("meta")).toObject().value(QStringLiteral("total")).toInt(), 4);
    }

    void listPerPageLimits()
    {
        QCOMPARE(fixture.call("GET", QStringLiteral("/v1/users?per_page=1")).status, 200);
        QCOMPARE(fixture.call("GET", QStringLiteral("/v1/users?per_page=100")).status, 200);

        const Reply zero = fixture.call("GET", QStringLiteral("/v1/users?per_page=0"));
        QCOMPARE(zero.status, 422);
        QCOMPARE(zero.fieldErrors(QStringLiteral("per_page")),
                 QStringList{QStringLiteral("The per page field must be between 1 and 100.")});

        const Reply tooMany = fixture.call("GET", QStringLiteral("/v1/users?per_page=101"));
        QCOMPARE(tooMany.status, 422);
        QCOMPARE(tooMany.fieldErrors(QStringLiteral("per_page")),
                 QStringList{QStringLiteral("The per page field must be between 1 and 100.")});
    }

    void listPageZeroIs422()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/users?page=0"));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("page")), QStringList{QStringLiteral("The page field must be at least 1.")});
    }

    void listIsScopedToWorkspace()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/users"), {}, fixture.otherWorkspaceToken);
        QCOMPARE(reply.status, 200);
        QCOMPARE(idsOf(reply.data), QStringList{otherUserId});
    }

    void getReturnsUser()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/users/") + AdaId);
        QCOMPARE(reply.status, 200);
        verifyAda(reply.object);
    }

    void getWithReadTokenIs200()
    {
        QCOMPARE(fixture.call("GET", QStringLiteral("/v1/users/") + AdaId, {}, fixture.readToken).status, 200);
    }

    void getUnknownIdIs404()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/users/") + unknownId());
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), QStringLiteral("RESOURCE_NOT_FOUND"));
    }

    void getOtherWorkspaceUserIs404()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/users/") + otherUserId);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), QStringLiteral("RESOURCE_NOT_FOUND"));
    }

    void writeOnlyTokenCannotRead()
    {
        const Reply list = fixture.call("GET", QStringLiteral("/v1/users"), {}, fixture.writeOnlyToken);
        QCOMPARE(list.status, 403);
        QCOMPARE(list.code(), QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));

        const Reply one = fixture.call("GET", QStringLiteral("/v1/users/") + AdaId, {}, fixture.writeOnlyToken);
        QCOMPARE(one.status, 403);
        QCOMPARE(one.code(), QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));
    }

    void usersCannotBeWritten()
    {
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("New Teammate")}};
        QCOMPARE(fixture.call("POST", QStringLiteral("/v1/users"), body).status, 405);
        QCOMPARE(fixture.call("PUT", QStringLiteral("/v1/users/") + AdaId, body).status, 405);
        QCOMPARE(fixture.call("DELETE", QStringLiteral("/v1/users/") + AdaId).status, 405);
        QCOMPARE(fixture.call("GET", QStringLiteral("/v1/users/") + AdaId).status, 200);
    }

private:
    void insertUser(const QString &id, const QString &name, const QString &email, const QString &role, qint64 createdAt)
    {
        fixture.insertRow(QStringLiteral("users"), {{QStringLiteral("id"), id},
                                                    {QStringLiteral("name"), name},
                                                    {QStringLiteral("email"), email},
                                                    {QStringLiteral("role"), role},
                                                    {QStringLiteral("created_at"), createdAt},
                                                    {QStringLiteral("updated_at"), createdAt + 500}});
    }

    // Ada's REST shape: exactly these fields, with record timestamps in Laravel's form.
    static void verifyAda(const QJsonObject &user)
    {
        QCOMPARE(user.keys(), (QStringList{QStringLiteral("created_at"), QStringLiteral("email"), QStringLiteral("id"),
                                           QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("updated_at")}));
        QCOMPARE(user.value(QStringLiteral("id")).toString(), AdaId);
        QCOMPARE(user.value(QStringLiteral("name")).toString(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(user.value(QStringLiteral("email")).toString(), QStringLiteral("ada@acme.test"));
        QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        QCOMPARE(user.value(QStringLiteral("created_at")).toString(), QStringLiteral("2025-11-06T17:35:37.000000Z"));
        QCOMPARE(user.value(QStringLiteral("updated_at")).toString(), QStringLiteral("2025-11-06T17:35:37.500000Z"));
    }

    SandboxFixture fixture;
    QString otherUserId;
};

QTEST_GUILESS_MAIN(UsersTest)
#include "tst_users.moc"
