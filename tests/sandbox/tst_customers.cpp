// The customers resource: create, get, update, delete, validation at each limit, the unique e-mail,
// company references, filters, paging, /companies/{id}/customers, workspace scoping, abilities and
// the webhook events that handlers queue.
// Not covered here: a customer's conversations (/customers/{id}/conversations, in tst_conversations),
// the seen times moving as the customer writes, and webhook delivery itself (tst_webhooks).

#include "SandboxFixture.h"
#include "api/Json.h"
#include "resources/Resources.h"
#include "store/Database.h"

#include <QRegularExpression>
#include <QTest>

using namespace weav::sandbox;
using namespace weav::sandbox::test;

namespace {

QString customerPath(const QString &id)
{
    return QStringLiteral("/v1/customers/") + id;
}
} // namespace

class CustomersTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(fixture.start());
        companyId = idOf(fixture.create(QStringLiteral("/v1/companies"), {{QStringLiteral("name"), QStringLiteral("Acme Retail")}}));
        QVERIFY(!companyId.isEmpty());
        otherCompanyId = idOf(fixture.create(QStringLiteral("/v1/companies"), {{QStringLiteral("name"), QStringLiteral("Globex Retail")}},
                                             fixture.otherWorkspaceToken));
        QVERIFY(!otherCompanyId.isEmpty());
    }

    void createReturnsCustomerShape()
    {
        const Reply reply = fixture.call("POST", QStringLiteral("/v1/customers"),
                                         {{QStringLiteral("email"), QStringLiteral("grace@shop.test")},
                                          {QStringLiteral("first_name"), QStringLiteral("Grace")},
                                          {QStringLiteral("last_name"), QStringLiteral("Hopper")},
                                          {QStringLiteral("phone"), QStringLiteral("+1 555 0100")},
                                          {QStringLiteral("locale"), QStringLiteral("en-US")},
                                          {QStringLiteral("country"), QStringLiteral("United States")},
                                          {QStringLiteral("company_id"), companyId}});
        QCOMPARE(reply.status, 201);

        const QJsonObject customer = reply.object;
        QCOMPARE(customer.keys(), (QStringList{QStringLiteral("avatar_url"), QStringLiteral("company_id"), QStringLiteral("country"),
                                               QStringLiteral("created_at"), QStringLiteral("email"), QStringLiteral("first_name"),
                                               QStringLiteral("first_seen_at"), QStringLiteral("id"), QStringLiteral("last_name"),
                                               QStringLiteral("last_seen_at"), QStringLiteral("locale"), QStringLiteral("phone"),
                                               QStringLiteral("updated_at")}));
        QVERIFY(json::isUuid(idOf(customer)));
        QCOMPARE(customer.value(QStringLiteral("email")).toString(), QStringLiteral("grace@shop.test"));
        QCOMPARE(customer.value(QStringLiteral("first_name")).toString(), QStringLiteral("Grace"));
        QCOMPARE(customer.value(QStringLiteral("last_name")).toString(), QStringLiteral("Hopper"));
        QCOMPARE(customer.value(QStringLiteral("phone")).toString(), QStringLiteral("+1 555 0100"));
        QCOMPARE(customer.value(QStringLiteral("locale")).toString(), QStringLiteral("en-US"));
        QCOMPARE(customer.value(QStringLiteral("country")).toString(), QStringLiteral("United States"));
        QCOMPARE(customer.value(QStringLiteral("company_id")).toString(), companyId);
        QVERIFY(customer.value(QStringLiteral("avatar_url")).isNull());
        QVERIFY(customer.value(QStringLiteral("first_seen_at")).isNull());
        QVERIFY(customer.value(QStringLiteral("last_seen_at")).isNull());
        QVERIFY(isRecordTimestamp(customer.value(QStringLiteral("created_at"))));
        QCOMPARE(customer.value(QStringLiteral("updated_at")), customer.value(QStringLiteral("created_at")));
    }

    void createWithEmailOnlyLeavesOthersNull()
    {
        const Reply reply = fixture.call("POST", QStringLiteral("/v1/customers"), {{QStringLiteral("email"), QStringLiteral("bare@shop.test")}});
        QCOMPARE(reply.status, 201);
        for (const QString &field : {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("phone"),
                                     QStringLiteral("locale"), QStringLiteral("country"), QStringLiteral("company_id")}) {
            QVERIFY2(reply.object.contains(field), qPrintable(field));
            QVERIFY2(reply.object.value(field).isNull(), qPrintable(field));
        }
    }

    void createIgnoresReadOnlyFields()
    {
        const Reply reply = fixture.call("POST", QStringLiteral("/v1/customers"),
                                         {{QStringLiteral("email"), QStringLiteral("readonly@shop.test")},
                                          {QStringLiteral("avatar_url"), QStringLiteral("https://cdn.shop.test/me.png")},
                                          {QStringLiteral("first_seen_at"), QStringLiteral("2025-01-01T00:00:00Z")},
                                          {QStringLiteral("last_seen_at"), QStringLiteral("2025-01-02T00:00:00Z")}});
        QCOMPARE(reply.status, 201);
        QVERIFY(reply.object.value(QStringLiteral("avatar_url")).isNull());
        QVERIFY(reply.object.value(QStringLiteral("first_seen_at")).isNull());
        QVERIFY(reply.object.value(QStringLiteral("last_seen_at")).isNull());
    }

    void seenTimesUseOffsetForm()
    {
        const QString id = fixture.insertRow(QStringLiteral("customers"), {{QStringLiteral("email"), QStringLiteral("seen@shop.test")},
                                                                           {QStringLiteral("avatar_url"), QStringLiteral("https://cdn.shop.test/seen.png")},
                                                                           {QStringLiteral("first_seen_at"), BaseTime},
                                                                           {QStringLiteral("last_seen_at"), BaseTime + 61000},
                                                                           {QStringLiteral("created_at"), BaseTime},
                                                                           {QStringLiteral("updated_at"), BaseTime + 250}});
        const Reply reply = fixture.call("GET", customerPath(id));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object.value(QStringLiteral("first_seen_at")).toString(), QStringLiteral("2025-11-06T17:35:34+00:00"));
        QCOMPARE(reply.object.value(QStringLiteral("last_seen_at")).toString(), QStringLiteral("2025-11-06T17:36:35+00:00"));
        QCOMPARE(reply.object.value(QStringLiteral("created_at")).toString(), QStringLiteral("2025-11-06T17:35:34.000000Z"));
        QCOMPARE(reply.object.value(QStringLiteral("updated_at")).toString(), QStringLiteral("2025-11-06T17:35:34.250000Z"));
        QCOMPARE(reply.object.value(QStringLiteral("avatar_url")).toString(), QStringLiteral("https://cdn.shop.test/seen.png"));
    }

    void createQueuesCustomerCreatedEvent()
    {
        const HandlerRun run = runRoute(fixture, registerCustomerRoutes, "POST", QStringLiteral("/v1/customers"),
                                                {{QStringLiteral("email"), QStringLiteral("event@shop.test")}});
        QCOMPARE(run.response.status, 201);
        QCOMPARE(run.events.size(), 1);
        QCOMPARE(run.events.first().event, QStringLiteral("customer.created"));
        QCOMPARE(run.events.first().data, run.response.jsonObject());
    }

    void createEmailIsRequired()
    {
        const QStringList required{QStringLiteral("The email field is required.")};
        QCOMPARE(fixture.call("POST", QStringLiteral("/v1/customers"), {{QStringLiteral("first_name"), QStringLiteral("Nomail")}})
                     .fieldErrors(QStringLiteral("email")),
                 required);
        QCOMPARE(fixture.call("POST", QStringLiteral("/v1/customers"), {{QStringLiteral("email"), QJsonValue::Null}}).fieldErrors(QStringLiteral("email")),
                 required);

        const Reply empty = fixture.call("POST", QStringLiteral("/v1/customers"), {{QStringLiteral("email"), QStringLiteral("")}});
        QCOMPARE(empty.status, 422);
        QCOMPARE(empty.object.value(QStringLiteral("message")).toString(), required.first());
        QCOMPARE(empty.fieldErrors(QStringLiteral("email")), required);
    }

    void createEmailFormat()
    {
        const QStringList message{QStringLiteral("The email field must be a valid email address.")};
        QCOMPARE(createWith(QStringLiteral("email"), QStringLiteral("not-an-email")).fieldErrors(QStringLiteral("email")), message);
        QCOMPARE(createWith(QStringLiteral("email"), QStringLiteral("two@@shop.test")).fieldErrors(QStringLiteral("email")), message);
        QCOMPARE(createWith(QStringLiteral("email"), QStringLiteral("spaced out@shop.test")).fieldErrors(QStringLiteral("email")), message);

        const Reply number = createWith(QStringLiteral("email"), 42);
        QCOMPARE(number.status, 422);
        QCOMPARE(number.fieldErrors(QStringLiteral("email")), QStringList{QStringLiteral("The email field must be a string.")});
    }

    void createEmailLimit()
    {
        const QString domain = QStringLiteral("@example.test");
        const QString longest = QString(255 - domain.size(), QLatin1Char('a')) + domain;
        const Reply ok = fixture.call("POST", QStringLiteral("/v1/customers"), {{QStringLiteral("email"), longest}});
        QCOMPARE(ok.status, 201);
        QCOMPARE(ok.object.value(QStringLiteral("email")).toString(), longest);

        const Reply reply = fixture.call("POST", QStringLiteral("/v1/customers"), {{QStringLiteral("email"), QLatin1Char('b') + longest}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("email")),
                 QStringList{QStringLiteral("The email field must not be greater than 255 characters.")});
    }

    void createTextLimits_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<int>("limit");

        QTest::newRow("first_name") << QStringLiteral("first_name") << QStringLiteral("first name") << 100;
        QTest::newRow("last_name") << QStringLiteral("last_name") << QStringLiteral("last name") << 100;
        QTest::newRow("phone") << QStringLiteral("phone") << QStringLiteral("phone") << 50;
        QTest::newRow("locale") << QStringLiteral("locale") << QStringLiteral("locale") << 10;
        QTest::newRow("country") << QStringLiteral("country") << QStringLiteral("country") << 255;
    }

    void createTextLimits()
    {
        QFETCH(QString, field);
        QFETCH(QString, attribute);
        QFETCH(int, limit);

        const Reply ok = createWith(field, QString(limit, QLatin1Char('x')));
        QCOMPARE(ok.status, 201);
        QCOMPARE(ok.object.value(field).toString().size(), limit);

        const Reply over = createWith(field, QString(limit + 1, QLatin1Char('x')));
        QCOMPARE(over.status, 422);
        QCOMPARE(over.fieldErrors(field),
                 QStringList{QStringLiteral("The %1 field must not be greater than %2 characters.").arg(attribute).arg(limit)});
        QCOMPARE(over.object.value(QStringLiteral("errors")).toObject().keys(), QStringList{field});

        const Reply number = createWith(field, 12);
        QCOMPARE(number.status, 422);
        QCOMPARE(number.fieldErrors(field), QStringList{QStringLiteral("The %1 field must be a string.").arg(attribute)});
    }

    void createCompanyIdMustBeUuid()
    {
        const Reply reply = createWith(QStringLiteral("company_id"), QStringLiteral("acme"));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("company_id")), QStringList{QStringLiteral("The company id field must be a valid UUID.")});
    }

    void createUnknownCompanyIs422()
    {
        const Reply reply = createWith(QStringLiteral("company_id"), unknownId());
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.object.value(QStringLiteral("message")).toString(), QStringLiteral("The selected company id is invalid."));
        QCOMPARE(reply.fieldErrors(QStringLiteral("company_id")), QStringList{QStringLiteral("The selected company id is invalid.")});
    }

    void createOtherWorkspaceCompanyIs422()
    {
        const Reply reply = createWith(QStringLiteral("company_id"), otherCompanyId);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("company_id")), QStringList{QStringLiteral("The selected company id is invalid.")});
    }

    void createNullCompanyIsAccepted()
    {
        const Reply reply = createWith(QStringLiteral("company_id"), QJsonValue::Null);
        QCOMPARE(reply.status, 201);
        QVERIFY(reply.object.value(QStringLiteral("company_id")).isNull());
    }

    void createDuplicateEmailIs422()
    {
        QCOMPARE(createEmail(QStringLiteral("twin@shop.test")).status, 201);

        const QStringList taken{QStringLiteral("The email has already been taken.")};
        const Reply same = createEmail(QStringLiteral("twin@shop.test"));
        QCOMPARE(same.status, 422);
        QCOMPARE(same.object.value(QStringLiteral("message")).toString(), taken.first());
        QCOMPARE(same.fieldErrors(QStringLiteral("email")), taken);

        const Reply upper = createEmail(QStringLiteral("TWIN@Shop.Test"));
        QCOMPARE(upper.status, 422);
        QCOMPARE(upper.fieldErrors(QStringLiteral("email")), taken);

        QCOMPARE(fixture.listAll(QStringLiteral("/v1/customers?email=twin@shop.test")).size(), 1);
    }

    void duplicateEmailAllowedInOtherWorkspace()
    {
        QCOMPARE(createEmail(QStringLiteral("shared@shop.test")).status, 201);

        const Reply reply = fixture.call("POST", QStringLiteral("/v1/customers"), {{QStringLiteral("email"), QStringLiteral("shared@shop.test")}},
                                         fixture.otherWorkspaceToken);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.object.value(QStringLiteral("email")).toString(), QStringLiteral("shared@shop.test"));
    }

    void duplicateEmailReportedWithOtherErrors()
    {
        QCOMPARE(createEmail(QStringLiteral("combo@shop.test")).status, 201);

        const Reply reply = fixture.call("POST", QStringLiteral("/v1/customers"),
                                         {{QStringLiteral("email"), QStringLiteral("combo@shop.test")},
                                          {QStringLiteral("first_name"), QString(101, QLatin1Char('f'))},
                                          {QStringLiteral("company_id"), unknownId()}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.object.value(QStringLiteral("message")).toString(), QStringLiteral("The email has already been taken. (and 2 more errors)"));
        QCOMPARE(reply.fieldErrors(QStringLiteral("email")), QStringList{QStringLiteral("The email has already been taken.")});
        QCOMPARE(reply.fieldErrors(QStringLiteral("first_name")),
                 QStringList{QStringLiteral("The first name field must not be greater than 100 characters.")});
        QCOMPARE(reply.fieldErrors(QStringLiteral("company_id")), QStringList{QStringLiteral("The selected company id is invalid.")});
    }

    void failedCreateQueuesNoEvent()
    {
        const HandlerRun run = runRoute(fixture, registerCustomerRoutes, "POST", QStringLiteral("/v1/customers"), {{QStringLiteral("email"), QStringLiteral("nope")}});
        QCOMPARE(run.response.status, 422);
        QCOMPARE(run.events.size(), 0);
    }

    void getReturnsCustomer()
    {
        const QJsonObject created = createEmail(QStringLiteral("get@shop.test")).object;
        const Reply reply = fixture.call("GET", customerPath(idOf(created)));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object, created);
    }

    void getUnknownIdIs404()
    {
        const Reply reply = fixture.call("GET", customerPath(unknownId()));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), QStringLiteral("RESOURCE_NOT_FOUND"));
    }

    void updateChangesOnlyGivenFields()
    {
        const Reply created = fixture.call("POST", QStringLiteral("/v1/customers"),
                                           {{QStringLiteral("email"), QStringLiteral("partial@shop.test")},
                                            {QStringLiteral("first_name"), QStringLiteral("Pat")},
                                            {QStringLiteral("last_name"), QStringLiteral("Kim")},
                                            {QStringLiteral("company_id"), companyId}});
        QCOMPARE(created.status, 201);
        QTest::qWait(5);

        const Reply reply = fixture.call("PUT", customerPath(idOf(created.object)), {{QStringLiteral("phone"), QStringLiteral("+44 20 7946 0000")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object.value(QStringLiteral("phone")).toString(), QStringLiteral("+44 20 7946 0000"));
        QCOMPARE(reply.object.value(QStringLiteral("email")).toString(), QStringLiteral("partial@shop.test"));
        QCOMPARE(reply.object.value(QStringLiteral("first_name")).toString(), QStringLiteral("Pat"));
        QCOMPARE(reply.object.value(QStringLiteral("last_name")).toString(), QStringLiteral("Kim"));
        QCOMPARE(reply.object.value(QStringLiteral("company_id")).toString(), companyId);
        QCOMPARE(reply.object.value(QStringLiteral("created_at")), created.object.value(QStringLiteral("created_at")));
        QVERIFY(reply.object.value(QStringLiteral("updated_at")).toString() > created.object.value(QStringLiteral("updated_at")).toString());

        QCOMPARE(fixture.call("GET", customerPath(idOf(created.object))).object, reply.object);
    }

    void updateNullClearsFields()
    {
        const Reply created = fixture.call("POST", QStringLiteral("/v1/customers"),
                                           {{QStringLiteral("email"), QStringLiteral("clear@shop.test")},
                                            {QStringLiteral("first_name"), QStringLiteral("Clem")},
                                            {QStringLiteral("locale"), QStringLiteral("fr")},
                                            {QStringLiteral("company_id"), companyId}});
        QCOMPARE(created.status, 201);

        const Reply reply = fixture.call("PUT", customerPath(idOf(created.object)),
                                         {{QStringLiteral("first_name"), QJsonValue::Null},
                                          {QStringLiteral("locale"), QJsonValue::Null},
                                          {QStringLiteral("company_id"), QJsonValue::Null}});
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.object.value(QStringLiteral("first_name")).isNull());
        QVERIFY(reply.object.value(QStringLiteral("locale")).isNull());
        QVERIFY(reply.object.value(QStringLiteral("company_id")).isNull());
        QCOMPARE(reply.object.value(QStringLiteral("email")).toString(), QStringLiteral("clear@shop.test"));
    }

    void updateMovesToCompany()
    {
        const QString id = idOf(createEmail(QStringLiteral("mover@shop.test")).object);
        const Reply reply = fixture.call("PUT", customerPath(id), {{QStringLiteral("company_id"), companyId}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object.value(QStringLiteral("company_id")).toString(), companyId);

        const Reply other = fixture.call("PUT", customerPath(id), {{QStringLiteral("company_id"), otherCompanyId}});
        QCOMPARE(other.status, 422);
        QCOMPARE(other.fieldErrors(QStringLiteral("company_id")), QStringList{QStringLiteral("The selected company id is invalid.")});
        QCOMPARE(fixture.call("GET", customerPath(id)).object.value(QStringLiteral("company_id")).toString(), companyId);
    }

    void updateEmailUniqueIgnoresSelf()
    {
        const QString id = idOf(createEmail(QStringLiteral("self@shop.test")).object);
        const Reply reply = fixture.call("PUT", customerPath(id), {{QStringLiteral("email"), QStringLiteral("Self@Shop.test")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object.value(QStringLiteral("email")).toString(), QStringLiteral("Self@Shop.test"));
    }

    void updateEmailTakenByOtherIs422()
    {
        createEmail(QStringLiteral("owner@shop.test"));
        const QString id = idOf(createEmail(QStringLiteral("intruder@shop.test")).object);

        const Reply reply = fixture.call("PUT", customerPath(id), {{QStringLiteral("email"), QStringLiteral("OWNER@shop.test")}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("email")), QStringList{QStringLiteral("The email has already been taken.")});
        QCOMPARE(fixture.call("GET", customerPath(id)).object.value(QStringLiteral("email")).toString(), QStringLiteral("intruder@shop.test"));
    }

    void updateEmailCannotBeEmptied()
    {
        const QString id = idOf(createEmail(QStringLiteral("keep@shop.test")).object);
        const QStringList required{QStringLiteral("The email field is required.")};
        QCOMPARE(fixture.call("PUT", customerPath(id), {{QStringLiteral("email"), QJsonValue::Null}}).fieldErrors(QStringLiteral("email")), required);
        QCOMPARE(fixture.call("PUT", customerPath(id), {{QStringLiteral("email"), QStringLiteral("")}}).fieldErrors(QStringLiteral("email")), required);
    }

    void updateValidatesLimits()
    {
        const QString id = idOf(createEmail(QStringLiteral("limits@shop.test")).object);
        QCOMPARE(fixture.call("PUT", customerPath(id), {{QStringLiteral("locale"), QString(10, QLatin1Char('l'))}}).status, 200);

        const Reply locale = fixture.call("PUT", customerPath(id), {{QStringLiteral("locale"), QString(11, QLatin1Char('l'))}});
        QCOMPARE(locale.status, 422);
        QCOMPARE(locale.fieldErrors(QStringLiteral("locale")), QStringList{QStringLiteral("The locale field must not be greater than 10 characters.")});

        const Reply email = fixture.call("PUT", customerPath(id), {{QStringLiteral("email"), QStringLiteral("broken")}});
        QCOMPARE(email.status, 422);
        QCOMPARE(email.fieldErrors(QStringLiteral("email")), QStringList{QStringLiteral("The email field must be a valid email address.")});

        const Reply company = fixture.call("PUT", customerPath(id), {{QStringLiteral("company_id"), QStringLiteral("12")}});
        QCOMPARE(company.status, 422);
        QCOMPARE(company.fieldErrors(QStringLiteral("company_id")), QStringList{QStringLiteral("The company id field must be a valid UUID.")});

        QCOMPARE(fixture.call("GET", customerPath(id)).object.value(QStringLiteral("locale")).toString(), QString(10, QLatin1Char('l')));
    }

    void updateUnknownIdIs404()
    {
        const Reply reply = fixture.call("PUT", customerPath(unknownId()), {{QStringLiteral("first_name"), QStringLiteral("Nobody")}});
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), QStringLiteral("RESOURCE_NOT_FOUND"));
    }

    void updateQueuesCustomerUpdatedEvent()
    {
        const QString id = idOf(createEmail(QStringLiteral("updated-event@shop.test")).object);
        const HandlerRun run = runRoute(fixture, registerCustomerRoutes, "PUT", customerPath(id), {{QStringLiteral("country"), QStringLiteral("Portugal")}});
        QCOMPARE(run.response.status, 200);
        QCOMPARE(run.events.size(), 1);
        QCOMPARE(run.events.first().event, QStringLiteral("customer.updated"));
        QCOMPARE(run.events.first().data.value(QStringLiteral("country")).toString(), QStringLiteral("Portugal"));
        QCOMPARE(run.events.first().data, run.response.jsonObject());
    }

    void deleteReturns204AndRemoves()
    {
        const QString id = idOf(createEmail(QStringLiteral("doomed@shop.test")).object);
        const Reply reply = fixture.call("DELETE", customerPath(id));
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());

        QCOMPARE(fixture.call("GET", customerPath(id)).status, 404);

        const Reply again = fixture.call("DELETE", customerPath(id));
        QCOMPARE(again.status, 404);
        QCOMPARE(again.code(), QStringLiteral("RESOURCE_NOT_FOUND"));

        QCOMPARE(createEmail(QStringLiteral("doomed@shop.test")).status, 201);
    }

    void deleteRemovesConversationsAndMessages()
    {
        const QString id = idOf(createEmail(QStringLiteral("talker@shop.test")).object);
        const QString keeper = idOf(createEmail(QStringLiteral("keeper@shop.test")).object);
        const QString talkerConversation = insertConversation(id);
        const QString keeperConversation = insertConversation(keeper);
        insertMessage(talkerConversation);
        insertMessage(talkerConversation);
        insertMessage(keeperConversation);

        QCOMPARE(fixture.call("DELETE", customerPath(id)).status, 204);

        QCOMPARE(countRows(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE customer_id = ?"), id), 0);
        QCOMPARE(countRows(QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id = ?"), talkerConversation), 0);
        QCOMPARE(countRows(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE customer_id = ?"), keeper), 1);
        QCOMPARE(countRows(QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id = ?"), keeperConversation), 1);
    }

    void deleteQueuesLastKnownCustomer()
    {
        const QJsonObject customer = createEmail(QStringLiteral("farewell@shop.test")).object;
        const HandlerRun run = runRoute(fixture, registerCustomerRoutes, "DELETE", customerPath(idOf(customer)));
        QCOMPARE(run.response.status, 204);
        QCOMPARE(run.events.size(), 1);
        QCOMPARE(run.events.first().event, QStringLiteral("customer.deleted"));
        QCOMPARE(run.events.first().data, customer);
    }

    void otherWorkspaceCustomerIs404()
    {
        const QJsonObject created = createEmail(QStringLiteral("private@shop.test")).object;
        const QString path = customerPath(idOf(created));

        const Reply get = fixture.call("GET", path, {}, fixture.otherWorkspaceToken);
        QCOMPARE(get.status, 404);
        QCOMPARE(get.code(), QStringLiteral("RESOURCE_NOT_FOUND"));

        const Reply put = fixture.call("PUT", path, {{QStringLiteral("first_name"), QStringLiteral("Hijacked")}}, fixture.otherWorkspaceToken);
        QCOMPARE(put.status, 404);
        QCOMPARE(put.code(), QStringLiteral("RESOURCE_NOT_FOUND"));

        const Reply remove = fixture.call("DELETE", path, {}, fixture.otherWorkspaceToken);
        QCOMPARE(remove.status, 404);
        QCOMPARE(remove.code(), QStringLiteral("RESOURCE_NOT_FOUND"));

        QCOMPARE(fixture.call("GET", path).object, created);
    }

    void listNewestFirstWithIdTieBreak()
    {
        const QString oldest = insertCustomer(QStringLiteral("order1@list.test"), QStringLiteral("5d0e1c57-7d0b-4c6e-9a57-1f0d3c1a0001"), BaseTime);
        const QString middle = insertCustomer(QStringLiteral("order2@list.test"), QStringLiteral("5d0e1c57-7d0b-4c6e-9a57-1f0d3c1a0002"), BaseTime + 1000);
        const QString tiedLow = insertCustomer(QStringLiteral("order3@list.test"), QStringLiteral("5d0e1c57-7d0b-4c6e-9a57-1f0d3c1a0003"), BaseTime + 2000);
        const QString tiedHigh = insertCustomer(QStringLiteral("order4@list.test"), QStringLiteral("5d0e1c57-7d0b-4c6e-9a57-1f0d3c1a0004"), BaseTime + 2000);

        const Reply reply = fixture.call("GET", QStringLiteral("/v1/customers?q=@list.test"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(idsOf(reply.data), (QStringList{tiedHigh, tiedLow, middle, oldest}));
        QCOMPARE(reply.object.value(QStringLiteral("meta")).toObject().value(QStringLiteral("total")).toInt(), 4);
    }

    void listPagesWithPerPage()
    {
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids.prepend(insertCustomer(QStringLiteral("paged%1@pages.test").arg(i), unknownId(), BaseTime + i * 1000));

        const Reply second = fixture.call("GET", QStringLiteral("/v1/customers?q=pages.test&per_page=2&page=2"));
        QCOMPARE(second.status, 200);
        QCOMPARE(idsOf(second.data), ids.mid(2, 2));
        QCOMPARE(second.object.value(QStringLiteral("meta")).toObject().value(QStringLiteral("last_page")).toInt(), 3);

        QCOMPARE(idsOf(fixture.call("GET", QStringLiteral("/v1/customers?q=pages.test&per_page=2&page=3")).data), ids.mid(4));
        QCOMPARE(fixture.call("GET", QStringLiteral("/v1/customers?q=pages.test&per_page=2&page=4")).data.size(), 0);

        const Reply zero = fixture.call("GET", QStringLiteral("/v1/customers?per_page=0"));
        QCOMPARE(zero.status, 422);
        QCOMPARE(zero.fieldErrors(QStringLiteral("per_page")), QStringList{QStringLiteral("The per page field must be between 1 and 100.")});
    }

    void listQMatchesNamesAndEmail()
    {
        const QString ada = idOf(createPerson(QStringLiteral("ada.q@filter.test"), QStringLiteral("Adaline"), QStringLiteral("Quixote")));
        const QString bob = idOf(createPerson(QStringLiteral("bob.q@filter.test"), QStringLiteral("Bob"), QStringLiteral("Quimby")));
        const QString byEmail = idOf(createPerson(QStringLiteral("quasar@filter.test"), QString(), QString()));

        QCOMPARE(idsOf(fixture.call("GET", QStringLiteral("/v1/customers?q=adaline")).data), QStringList{ada});
        QCOMPARE(idsOf(fixture.call("GET", QStringLiteral("/v1/customers?q=QUIMBY")).data), QStringList{bob});
        QCOMPARE(idsOf(fixture.call("GET", QStringLiteral("/v1/customers?q=adaline%20quix")).data), QStringList{ada});
        QCOMPARE(idsOf(fixture.call("GET", QStringLiteral("/v1/customers?q=QUASAR@")).data), QStringList{byEmail});
        QCOMPARE(fixture.call("GET", QStringLiteral("/v1/customers?q=filter.test")).data.size(), 3);
        QCOMPARE(fixture.call("GET", QStringLiteral("/v1/customers?q=bob%20quixote")).data.size(), 0);
    }

    void listEmailFilterIsExactCaseInsensitive()
    {
        const QString id = idOf(createEmail(QStringLiteral("Exact.Match@shop.test")).object);
        createEmail(QStringLiteral("exact.match@shop.test.extra"));

        QCOMPARE(idsOf(fixture.call("GET", QStringLiteral("/v1/customers?email=exact.match@SHOP.test")).data), QStringList{id});
        QCOMPARE(fixture.call("GET", QStringLiteral("/v1/customers?email=exact.match")).data.size(), 0);
    }

    void listCompanyIdFilter()
    {
        const QString company = idOf(fixture.create(QStringLiteral("/v1/companies"), {{QStringLiteral("name"), QStringLiteral("Filter Co")}}));
        const QString member = idOf(createInCompany(QStringLiteral("member@filterco.test"), company));
        createEmail(QStringLiteral("outsider@filterco.test"));

        QCOMPARE(idsOf(fixture.call("GET", QStringLiteral("/v1/customers?company_id=") + company).data), QStringList{member});
        QCOMPARE(fixture.call("GET", QStringLiteral("/v1/customers?company_id=") + unknownId()).data.size(), 0);
    }

    void listInvalidCompanyIdIs422()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/customers?company_id=acme"));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.object.value(QStringLiteral("message")).toString(), QStringLiteral("The company id field must be a valid UUID."));
        QCOMPARE(reply.fieldErrors(QStringLiteral("company_id")), QStringList{QStringLiteral("The company id field must be a valid UUID.")});
    }

    void listIsScopedToWorkspace()
    {
        fixture.call("POST", QStringLiteral("/v1/customers"), {{QStringLiteral("email"), QStringLiteral("only@globex-scope.test")}},
                     fixture.otherWorkspaceToken);
        QCOMPARE(fixture.call("GET", QStringLiteral("/v1/customers?q=globex-scope")).data.size(), 0);
        QCOMPARE(fixture.call("GET", QStringLiteral("/v1/customers?q=globex-scope"), {}, fixture.otherWorkspaceToken).data.size(), 1);
    }

    void companyCustomersListsOnlyThatCompany()
    {
        const QString company = idOf(fixture.create(QStringLiteral("/v1/companies"), {{QStringLiteral("name"), QStringLiteral("Nested Co")}}));
        const QString first = idOf(createInCompany(QStringLiteral("first@nested.test"), company));
        QTest::qWait(2);
        const QString second = idOf(createInCompany(QStringLiteral("second@nested.test"), company));
        createEmail(QStringLiteral("loner@nested.test"));
        createInCompany(QStringLiteral("elsewhere@nested.test"), companyId);

        const Reply reply = fixture.call("GET", QStringLiteral("/v1/companies/%1/customers").arg(company));
        QCOMPARE(reply.status, 200);
        QCOMPARE(idsOf(reply.data), (QStringList{second, first}));
        QCOMPARE(reply.object.value(QStringLiteral("meta")).toObject().value(QStringLiteral("total")).toInt(), 2);

        const Reply paged = fixture.call("GET", QStringLiteral("/v1/companies/%1/customers?per_page=1&page=2").arg(company));
        QCOMPARE(paged.status, 200);
        QCOMPARE(idsOf(paged.data), QStringList{first});

        const Reply filtered = fixture.call("GET", QStringLiteral("/v1/companies/%1/customers?q=second").arg(company));
        QCOMPARE(idsOf(filtered.data), QStringList{second});
    }

    void companyCustomersOfEmptyCompanyIsEmpty()
    {
        const QString company = idOf(fixture.create(QStringLiteral("/v1/companies"), {{QStringLiteral("name"), QStringLiteral("Empty Co")}}));
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/companies/%1/customers").arg(company));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data.size(), 0);
    }

    void companyCustomersOfUnknownCompanyIs404()
    {
        const Reply unknown = fixture.call("GET", QStringLiteral("/v1/companies/%1/customers").arg(unknownId()));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.code(), QStringLiteral("RESOURCE_NOT_FOUND"));

        const Reply other = fixture.call("GET", QStringLiteral("/v1/companies/%1/customers").arg(otherCompanyId));
        QCOMPARE(other.status, 404);
        QCOMPARE(other.code(), QStringLiteral("RESOURCE_NOT_FOUND"));

        const Reply notUuid = fixture.call("GET", QStringLiteral("/v1/companies/acme/customers"));
        QCOMPARE(notUuid.status, 404);
        QCOMPARE(notUuid.code(), QStringLiteral("RESOURCE_NOT_FOUND"));
    }

    void companyCustomersNeedsReadAbility()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/companies/%1/customers").arg(companyId), {}, fixture.writeOnlyToken);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.code(), QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));
    }

    void readTokenCannotWrite()
    {
        const QJsonObject created = createEmail(QStringLiteral("readonly-token@shop.test")).object;
        const QJsonObject body{{QStringLiteral("email"), QStringLiteral("changed@shop.test")}};

        const Reply post = fixture.call("POST", QStringLiteral("/v1/customers"), body, fixture.readToken);
        QCOMPARE(post.status, 403);
        QCOMPARE(post.code(), QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));

        const Reply put = fixture.call("PUT", customerPath(idOf(created)), body, fixture.readToken);
        QCOMPARE(put.status, 403);
        QCOMPARE(put.code(), QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));

        const Reply remove = fixture.call("DELETE", customerPath(idOf(created)), {}, fixture.readToken);
        QCOMPARE(remove.status, 403);
        QCOMPARE(remove.code(), QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));

        QCOMPARE(fixture.call("GET", customerPath(idOf(created)), {}, fixture.readToken).object, created);
    }

    void writeOnlyTokenCannotRead()
    {
        const QJsonObject created = createEmail(QStringLiteral("writeonly-token@shop.test")).object;

        const Reply list = fixture.call("GET", QStringLiteral("/v1/customers"), {}, fixture.writeOnlyToken);
        QCOMPARE(list.status, 403);
        QCOMPARE(list.code(), QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));

        const Reply one = fixture.call("GET", customerPath(idOf(created)), {}, fixture.writeOnlyToken);
        QCOMPARE(one.status, 403);
        QCOMPARE(one.code(), QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));
    }

private:
    Reply createEmail(const QString &email)
    {
        return fixture.call("POST", QStringLiteral("/v1/customers"), {{QStringLiteral("email"), email}});
    }

    QJsonObject createInCompany(const QString &email, const QString &company)
    {
        return fixture.create(QStringLiteral("/v1/customers"), {{QStringLiteral("email"), email}, {QStringLiteral("company_id"), company}});
    }

    QJsonObject createPerson(const QString &email, const QString &firstName, const QString &lastName)
    {
        QJsonObject body{{QStringLiteral("email"), email}};
        if (!firstName.isEmpty())
            body.insert(QStringLiteral("first_name"), firstName);
        if (!lastName.isEmpty())
            body.insert(QStringLiteral("last_name"), lastName);
        return fixture.create(QStringLiteral("/v1/customers"), body);
    }

    // A create request with a fresh valid e-mail and one more field.
    Reply createWith(const QString &field, const QJsonValue &value)
    {
        const QString email = QStringLiteral("limit%1@shop.test").arg(++createdForLimits);
        return fixture.call("POST", QStringLiteral("/v1/customers"), {{QStringLiteral("email"), email}, {field, value}});
    }

    QString insertCustomer(const QString &email, const QString &id, qint64 createdAt)
    {
        return fixture.insertRow(QStringLiteral("customers"), {{QStringLiteral("id"), id},
                                                               {QStringLiteral("email"), email},
                                                               {QStringLiteral("created_at"), createdAt},
                                                               {QStringLiteral("updated_at"), createdAt}});
    }

    QString insertConversation(const QString &customerId)
    {
        return fixture.insertRow(QStringLiteral("conversations"), {{QStringLiteral("channel"), QStringLiteral("email")},
                                                                   {QStringLiteral("customer_id"), customerId},
                                                                   {QStringLiteral("status"), QStringLiteral("open")}});
    }

    QString insertMessage(const QString &conversationId)
    {
        return fixture.insertRow(QStringLiteral("messages"), {{QStringLiteral("conversation_id"), conversationId},
                                                              {QStringLiteral("sender_type"), QStringLiteral("customer")},
                                                              {QStringLiteral("content"), QStringLiteral("Where is my order?")},
                                                              {QStringLiteral("sent_at"), BaseTime}});
    }

    qint64 countRows(const QString &statement, const QString &id)
    {
        return sql::scalar(fixture.sandbox().database().connection(), statement, {id});
    }

    SandboxFixture fixture;
    QString companyId;
    QString otherCompanyId;
    int createdForLimits = 0;
};

QTEST_GUILESS_MAIN(CustomersTest)
#include "tst_customers.moc"
