// The companies resource: create, get, update, delete, validation at each limit, the q filter,
// paging, workspace scoping and abilities.
// Not covered here: the customers of a company (/companies/{id}/customers, in tst_customers).

#include "SandboxFixture.h"
#include "api/Json.h"

#include <QRegularExpression>
#include <QTest>

using namespace weav::sandbox;
using namespace weav::sandbox::test;

namespace {

} // namespace

class CompaniesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(fixture.start()); }

    void createReturnsCompanyShape()
    {
        const Reply reply = fixture.call("POST", QStringLiteral("/v1/companies"),
                                         {{QStringLiteral("name"), QStringLiteral("Initech")},
                                          {QStringLiteral("domain"), QStringLiteral("initech.test")},
                                          {QStringLiteral("industry"), QStringLiteral("Software")},
                                          {QStringLiteral("employee_count"), 120}});
        QCOMPARE(reply.status, 201);

        const QJsonObject company = reply.object;
        QCOMPARE(company.keys(), (QStringList{QStringLiteral("created_at"), QStringLiteral("domain"),
                                              QStringLiteral("employee_count"), QStringLiteral("id"),
                                              QStringLiteral("industry"), QStringLiteral("name"), QStringLiteral("updated_at")}));
        QVERIFY(json::isUuid(company.value(QStringLiteral("id")).toString()));
        QCOMPARE(company.value(QStringLiteral("name")).toString(), QStringLiteral("Initech"));
        QCOMPARE(company.value(QStringLiteral("domain")).toString(), QStringLiteral("initech.test"));
        QCOMPARE(company.value(QStringLiteral("industry")).toString(), QStringLiteral("Software"));
        QVERIFY(company.value(QStringLiteral("employee_count")).isDouble());
        QCOMPARE(company.value(QStringLiteral("employee_count")).toInt(), 120);
        QVERIFY(isRecordTimestamp(company.value(QStringLiteral("created_at"))));
        QCOMPARE(company.value(QStringLiteral("updated_at")), company.value(QStringLiteral("created_at")));
    }

    void createWithNameOnlyLeavesOthersNull()
    {
        const Reply reply = fixture.call("POST", QStringLiteral("/v1/companies"), {{QStringLiteral("name"), QStringLiteral("Bare Co")}});
        QCOMPARE(reply.status, 201);
        QVERIFY(reply.object.value(QStringLiteral("domain")).isNull());
        QVERIFY(reply.object.value(QStringLiteral("industry")).isNull());
        QVERIFY(reply.object.value(QStringLiteral("employee_count")).isNull());
    }

    void createAcceptsExplicitNulls()
    {
        const Reply reply = fixture.call("POST", QStringLiteral("/v1/companies"),
                                         {{QStringLiteral("name"), QStringLiteral("Null Co")},
                                          {QStringLiteral("domain"), QJsonValue::Null},
                                          {QStringLiteral("industry"), QJsonValue::Null},
                                          {QStringLiteral("employee_count"), QJsonValue::Null}});
        QCOMPARE(reply.status, 201);
        QVERIFY(reply.object.value(QStringLiteral("domain")).isNull());
        QVERIFY(reply.object.value(QStringLiteral("employee_count")).isNull());
    }

    void createNameIsRequired()
    {
        const QString required = QStringLiteral("The name field is required.");
        QCOMPARE(fixture.call("POST", QStringLiteral("/v1/companies"), {{QStringLiteral("domain"), QStringLiteral("x.test")}})
                     .fieldErrors(QStringLiteral("name")),
                 QStringList{required});
        QCOMPARE(fixture.call("POST", QStringLiteral("/v1/companies"), {{QStringLiteral("name"), QJsonValue::Null}})
                     .fieldErrors(QStringLiteral("name")),
                 QStringList{required});

        const Reply blank = fixture.call("POST", QStringLiteral("/v1/companies"), {{QStringLiteral("name"), QStringLiteral("   ")}});
        QCOMPARE(blank.status, 422);
        QCOMPARE(blank.object.value(QStringLiteral("message")).toString(), required);
        QCOMPARE(blank.fieldErrors(QStringLiteral("name")), QStringList{required});
    }

    void createNameMustBeString()
    {
        const Reply reply = fixture.call("POST", QStringLiteral("/v1/companies"), {{QStringLiteral("name"), 42}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("name")), QStringList{QStringLiteral("The name field must be a string.")});
    }

    void createNameLimit()
    {
        QCOMPARE(fixture.call("POST", QStringLiteral("/v1/companies"), {{QStringLiteral("name"), QString(255, QLatin1Char('n'))}}).status,
                 201);

        const Reply reply = fixture.call("POST", QStringLiteral("/v1/companies"), {{QStringLiteral("name"), QString(256, QLatin1Char('n'))}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("name")),
                 QStringList{QStringLiteral("The name field must not be greater than 255 characters.")});
    }

    void createDomainLimit()
    {
        QCOMPARE(createStatus(QStringLiteral("domain"), QString(255, QLatin1Char('d'))), 201);

        const Reply reply = createWith(QStringLiteral("domain"), QString(256, QLatin1Char('d')));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("domain")),
                 QStringList{QStringLiteral("The domain field must not be greater than 255 characters.")});
    }

    void createIndustryLimit()
    {
        QCOMPARE(createStatus(QStringLiteral("industry"), QString(100, QLatin1Char('i'))), 201);

        const Reply reply = createWith(QStringLiteral("industry"), QString(101, QLatin1Char('i')));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("industry")),
                 QStringList{QStringLiteral("The industry field must not be greater than 100 characters.")});
    }

    void createEmployeeCountLimit()
    {
        QCOMPARE(createStatus(QStringLiteral("employee_count"), 0), 201);

        const Reply negative = createWith(QStringLiteral("employee_count"), -1);
        QCOMPARE(negative.status, 422);
        QCOMPARE(negative.fieldErrors(QStringLiteral("employee_count")),
                 QStringList{QStringLiteral("The employee count field must be at least 0.")});
    }

    void createEmployeeCountMustBeInteger()
    {
        const QStringList message{QStringLiteral("The employee count field must be an integer.")};
        QCOMPARE(createWith(QStringLiteral("employee_count"), 2.5).fieldErrors(QStringLiteral("employee_count")), message);
        QCOMPARE(createWith(QStringLiteral("employee_count"), QStringLiteral("many")).fieldErrors(QStringLiteral("employee_count")),
                 message);
        QCOMPARE(createWith(QStringLiteral("employee_count"), true).fieldErrors(QStringLiteral("employee_count")), message);
    }

    void createCountsEveryFailedRule()
    {
        const Reply reply = fixture.call("POST", QStringLiteral("/v1/companies"),
                                         {{QStringLiteral("domain"), QString(256, QLatin1Char('d'))},
                                          {QStringLiteral("employee_count"), -5}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.object.value(QStringLiteral("message")).toString(),
                 QStringLiteral("The name field is required. (and 2 more errors)"));
        QCOMPARE(reply.object.value(QStringLiteral("errors")).toObject().keys(),
                 (QStringList{QStringLiteral("domain"), QStringLiteral("employee_count"), QStringLiteral("name")}));
    }

    void getReturnsCompany()
    {
        const QJsonObject created = createCompany(QStringLiteral("Get Co"), QStringLiteral("get.test"));
        const Reply reply = fixture.call("GET", companyPath(created));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object, created);
    }

    void getUnknownIdIs404()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/companies/") + unknownId());
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), QStringLiteral("RESOURCE_NOT_FOUND"));
    }

    void updateChangesOnlyGivenFields()
    {
        const QJsonObject created = createCompany(QStringLiteral("Partial Co"), QStringLiteral("partial.test"));
        QTest::qWait(5);

        const Reply reply = fixture.call("PUT", companyPath(created), {{QStringLiteral("industry"), QStringLiteral("Retail")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object.value(QStringLiteral("name")).toString(), QStringLiteral("Partial Co"));
        QCOMPARE(reply.object.value(QStringLiteral("domain")).toString(), QStringLiteral("partial.test"));
        QCOMPARE(reply.object.value(QStringLiteral("industry")).toString(), QStringLiteral("Retail"));
        QCOMPARE(reply.object.value(QStringLiteral("created_at")), created.value(QStringLiteral("created_at")));
        QVERIFY(reply.object.value(QStringLiteral("updated_at")).toString() > created.value(QStringLiteral("updated_at")).toString());

        QCOMPARE(fixture.call("GET", companyPath(created)).object, reply.object);
    }

    void updateNullClearsField()
    {
        const QJsonObject created = createCompany(QStringLiteral("Clear Co"), QStringLiteral("clear.test"));
        const Reply reply = fixture.call("PUT", companyPath(created), {{QStringLiteral("domain"), QJsonValue::Null}});
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.object.value(QStringLiteral("domain")).isNull());
        QCOMPARE(reply.object.value(QStringLiteral("name")).toString(), QStringLiteral("Clear Co"));
    }

    void updateRenames()
    {
        const QJsonObject created = createCompany(QStringLiteral("Old Name Co"));
        const Reply reply = fixture.call("PUT", companyPath(created), {{QStringLiteral("name"), QStringLiteral("New Name Co")},
                                                                     {QStringLiteral("employee_count"), 7}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object.value(QStringLiteral("name")).toString(), QStringLiteral("New Name Co"));
        QCOMPARE(reply.object.value(QStringLiteral("employee_count")).toInt(), 7);
    }

    void updateNameCannotBeNull()
    {
        const QJsonObject created = createCompany(QStringLiteral("Keep Name Co"));
        const Reply reply = fixture.call("PUT", companyPath(created), {{QStringLiteral("name"), QJsonValue::Null}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("name")), QStringList{QStringLiteral("The name field is required.")});
        QCOMPARE(fixture.call("GET", companyPath(created)).object.value(QStringLiteral("name")).toString(), QStringLiteral("Keep Name Co"));
    }

    void updateEmptyNameIs422()
    {
        const QJsonObject created = createCompany(QStringLiteral("Blank Name Co"));
        const Reply reply = fixture.call("PUT", companyPath(created), {{QStringLiteral("name"), QStringLiteral("")}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("name")), QStringList{QStringLiteral("The name field is required.")});
    }

    void createEmployeeCountBeyondInt64Is422()
    {
        const Reply reply = createWith(QStringLiteral("employee_count"), 1e20);
        QCOMPARE(reply.status, 422);
    }

    void updateValidatesLimits()
    {
        const QJsonObject created = createCompany(QStringLiteral("Limits Co"));
        QCOMPARE(fixture.call("PUT", companyPath(created), {{QStringLiteral("name"), QString(255, QLatin1Char('n'))}}).status, 200);

        const Reply name = fixture.call("PUT", companyPath(created), {{QStringLiteral("name"), QString(256, QLatin1Char('n'))}});
        QCOMPARE(name.status, 422);
        QCOMPARE(name.fieldErrors(QStringLiteral("name")),
                 QStringList{QStringLiteral("The name field must not be greater than 255 characters.")});

        const Reply industry = fixture.call("PUT", companyPath(created), {{QStringLiteral("industry"), QString(101, QLatin1Char('i'))}});
        QCOMPARE(industry.status, 422);
        QCOMPARE(industry.fieldErrors(QStringLiteral("industry")),
                 QStringList{QStringLiteral("The industry field must not be greater than 100 characters.")});

        const Reply count = fixture.call("PUT", companyPath(created), {{QStringLiteral("employee_count"), -1}});
        QCOMPARE(count.status, 422);
        QCOMPARE(count.fieldErrors(QStringLiteral("employee_count")),
                 QStringList{QStringLiteral("The employee count field must be at least 0.")});
    }

    void updateUnknownIdIs404()
    {
        const Reply reply = fixture.call("PUT", QStringLiteral("/v1/companies/") + unknownId(), {{QStringLiteral("name"), QStringLiteral("X")}});
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), QStringLiteral("RESOURCE_NOT_FOUND"));
    }

    void deleteReturns204AndRemoves()
    {
        const QJsonObject created = createCompany(QStringLiteral("Gone Co"));
        const Reply reply = fixture.call("DELETE", companyPath(created));
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());

        QCOMPARE(fixture.call("GET", companyPath(created)).status, 404);

        const Reply again = fixture.call("DELETE", companyPath(created));
        QCOMPARE(again.status, 404);
        QCOMPARE(again.code(), QStringLiteral("RESOURCE_NOT_FOUND"));
    }

    void deleteKeepsCustomersWithoutCompany()
    {
        const QJsonObject company = createCompany(QStringLiteral("Parent Co"));
        const QJsonObject customer = fixture.create(QStringLiteral("/v1/customers"),
                                                    {{QStringLiteral("email"), QStringLiteral("child@parent.test")},
                                                     {QStringLiteral("company_id"), company.value(QStringLiteral("id"))}});
        QCOMPARE(customer.value(QStringLiteral("company_id")), company.value(QStringLiteral("id")));
        const QString customerPath = QStringLiteral("/v1/customers/") + customer.value(QStringLiteral("id")).toString();

        QCOMPARE(fixture.call("DELETE", companyPath(company)).status, 204);

        const Reply after = fixture.call("GET", customerPath);
        QCOMPARE(after.status, 200);
        QVERIFY(after.object.contains(QStringLiteral("company_id")));
        QVERIFY(after.object.value(QStringLiteral("company_id")).isNull());
        QCOMPARE(after.object.value(QStringLiteral("email")).toString(), QStringLiteral("child@parent.test"));
    }

    void otherWorkspaceCompanyIs404()
    {
        const QJsonObject created = createCompany(QStringLiteral("Private Co"), QStringLiteral("private.test"));
        const QString path = companyPath(created);

        const Reply get = fixture.call("GET", path, {}, fixture.otherWorkspaceToken);
        QCOMPARE(get.status, 404);
        QCOMPARE(get.code(), QStringLiteral("RESOURCE_NOT_FOUND"));

        const Reply put = fixture.call("PUT", path, {{QStringLiteral("name"), QStringLiteral("Taken Over")}}, fixture.otherWorkspaceToken);
        QCOMPARE(put.status, 404);
        QCOMPARE(put.code(), QStringLiteral("RESOURCE_NOT_FOUND"));

        const Reply remove = fixture.call("DELETE", path, {}, fixture.otherWorkspaceToken);
        QCOMPARE(remove.status, 404);
        QCOMPARE(remove.code(), QStringLiteral("RESOURCE_NOT_FOUND"));

        QCOMPARE(fixture.call("GET", path).object, created);
    }

    void listNewestFirstWithIdTieBreak()
    {
        const QString first = insertCompany(QStringLiteral("Order A"), QStringLiteral("5b0e1c57-7d0b-4c6e-9a57-1f0d3c1a0001"), BaseTime);
        const QString second = insertCompany(QStringLiteral("Order B"), QStringLiteral("5b0e1c57-7d0b-4c6e-9a57-1f0d3c1a0002"), BaseTime + 1000);
        const QString tiedLow = insertCompany(QStringLiteral("Order C"), QStringLiteral("5b0e1c57-7d0b-4c6e-9a57-1f0d3c1a0003"), BaseTime + 2000);
        const QString tiedHigh = insertCompany(QStringLiteral("Order D"), QStringLiteral("5b0e1c57-7d0b-4c6e-9a57-1f0d3c1a0004"), BaseTime + 2000);

        const Reply reply = fixture.call("GET", QStringLiteral("/v1/companies?q=order"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(idsOf(reply.data), (QStringList{tiedHigh, tiedLow, second, first}));
        QCOMPARE(reply.data.first().toObject().value(QStringLiteral("created_at")).toString(), QStringLiteral("2025-11-06T17:35:36.000000Z"));
    }

    void listPagesWithPerPage()
    {
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids.prepend(insertCompany(QStringLiteral("Paged %1").arg(i), unknownId(), BaseTime + i * 1000));

        const Reply second = fixture.call("GET", QStringLiteral("/v1/companies?q=paged&per_page=2&page=2"));
        QCOMPARE(second.status, 200);
        QCOMPARE(idsOf(second.data), ids.mid(2, 2));
        const QJsonObject meta = second.object.value(QStringLiteral("meta")).toObject();
        QCOMPARE(meta.value(QStringLiteral("total")).toInt(), 5);
        QCOMPARE(meta.value(QStringLiteral("last_page")).toInt(), 3);
        QCOMPARE(meta.value(QStringLiteral("per_page")).toInt(), 2);

        const Reply last = fixture.call("GET", QStringLiteral("/v1/companies?q=paged&per_page=2&page=3"));
        QCOMPARE(idsOf(last.data), ids.mid(4));

        const Reply past = fixture.call("GET", QStringLiteral("/v1/companies?q=paged&per_page=2&page=4"));
        QCOMPARE(past.status, 200);
        QCOMPARE(past.data.size(), 0);
    }

    void listPerPageOutOfRangeIs422()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/companies?per_page=101"));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("per_page")),
                 QStringList{QStringLiteral("The per page field must be between 1 and 100.")});
    }

    void listQMatchesNameAndDomain()
    {
        const QJsonObject byName = createCompany(QStringLiteral("Zebracorp Holdings"), QStringLiteral("zc.test"));
        const QJsonObject byDomain = createCompany(QStringLiteral("Stripes Ltd"), QStringLiteral("shop.zebracorp.test"));
        createCompany(QStringLiteral("Unrelated Ltd"), QStringLiteral("unrelated.test"));

        const Reply reply = fixture.call("GET", QStringLiteral("/v1/companies?q=ZEBRACORP"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data.size(), 2);
        QVERIFY(idsOf(reply.data).contains(byName.value(QStringLiteral("id")).toString()));
        QVERIFY(idsOf(reply.data).contains(byDomain.value(QStringLiteral("id")).toString()));

        const Reply domainOnly = fixture.call("GET", QStringLiteral("/v1/companies?q=shop.zebra"));
        QCOMPARE(idsOf(domainOnly.data), QStringList{byDomain.value(QStringLiteral("id")).toString()});
    }

    void listQTreatsWildcardsLiterally()
    {
        const QJsonObject percent = createCompany(QStringLiteral("100% Juice"));
        createCompany(QStringLiteral("1000 Juices"));

        const Reply reply = fixture.call("GET", QStringLiteral("/v1/companies?q=100%25"));
        QCOMPARE(idsOf(reply.data), QStringList{percent.value(QStringLiteral("id")).toString()});
    }

    void listQLimit()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/companies?q=") + QString(256, QLatin1Char('q')));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("q")),
                 QStringList{QStringLiteral("The q field must not be greater than 255 characters.")});
    }

    void listIsScopedToWorkspace()
    {
        createCompany(QStringLiteral("Scoped Acme Only"));
        fixture.create(QStringLiteral("/v1/companies"), {{QStringLiteral("name"), QStringLiteral("Scoped Globex Only")}},
                       fixture.otherWorkspaceToken);

        const Reply acme = fixture.call("GET", QStringLiteral("/v1/companies?q=scoped"));
        QCOMPARE(acme.data.size(), 1);
        QCOMPARE(acme.data.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Scoped Acme Only"));

        const Reply globex = fixture.call("GET", QStringLiteral("/v1/companies?q=scoped"), {}, fixture.otherWorkspaceToken);
        QCOMPARE(globex.data.size(), 1);
        QCOMPARE(globex.data.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Scoped Globex Only"));
    }

    void readTokenCannotWrite()
    {
        const QJsonObject created = createCompany(QStringLiteral("Read Only Co"));
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("Changed")}};

        const Reply post = fixture.call("POST", QStringLiteral("/v1/companies"), body, fixture.readToken);
        QCOMPARE(post.status, 403);
        QCOMPARE(post.code(), QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));

        const Reply put = fixture.call("PUT", companyPath(created), body, fixture.readToken);
        QCOMPARE(put.status, 403);
        QCOMPARE(put.code(), QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));

        const Reply remove = fixture.call("DELETE", companyPath(created), {}, fixture.readToken);
        QCOMPARE(remove.status, 403);
        QCOMPARE(remove.code(), QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));

        QCOMPARE(fixture.call("GET", companyPath(created), {}, fixture.readToken).object, created);
    }

    void writeOnlyTokenCannotRead()
    {
        const QJsonObject created = createCompany(QStringLiteral("Write Only Co"));

        const Reply list = fixture.call("GET", QStringLiteral("/v1/companies"), {}, fixture.writeOnlyToken);
        QCOMPARE(list.status, 403);
        QCOMPARE(list.code(), QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));

        const Reply one = fixture.call("GET", companyPath(created), {}, fixture.writeOnlyToken);
        QCOMPARE(one.status, 403);
        QCOMPARE(one.code(), QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));

        QCOMPARE(fixture.call("POST", QStringLiteral("/v1/companies"), {{QStringLiteral("name"), QStringLiteral("By Writer")}},
                              fixture.writeOnlyToken)
                     .status,
                 201);
    }

private:
    QJsonObject createCompany(const QString &name, const QString &domain = {})
    {
        QJsonObject body{{QStringLiteral("name"), name}};
        if (!domain.isEmpty())
            body.insert(QStringLiteral("domain"), domain);
        return fixture.create(QStringLiteral("/v1/companies"), body);
    }

    QString insertCompany(const QString &name, const QString &id, qint64 createdAt)
    {
        return fixture.insertRow(QStringLiteral("companies"), {{QStringLiteral("id"), id},
                                                               {QStringLiteral("name"), name},
                                                               {QStringLiteral("created_at"), createdAt},
                                                               {QStringLiteral("updated_at"), createdAt}});
    }

    // A create request with a valid name and one more field.
    Reply createWith(const QString &field, const QJsonValue &value)
    {
        return fixture.call("POST", QStringLiteral("/v1/companies"), {{QStringLiteral("name"), QStringLiteral("Limit Co")}, {field, value}});
    }

    int createStatus(const QString &field, const QJsonValue &value) { return createWith(field, value).status; }

    static QString companyPath(const QJsonObject &company)
    {
        return QStringLiteral("/v1/companies/") + company.value(QStringLiteral("id")).toString();
    }

    SandboxFixture fixture;
};

QTEST_GUILESS_MAIN(CompaniesTest)
#include "tst_companies.moc"
