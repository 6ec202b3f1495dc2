// Not covered yet: the capacity limit of the exchange history under a long session.
#include "SandboxFixture.h"
#include "activity/ActivityModels.h"
#include "api/ApiClient.h"
#include "api/Endpoints.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace weav;
using core::ExchangeHistoryModel;
using core::WebhookDeliveryModel;

class TestActivityModels : public QObject
{
    Q_OBJECT

private slots:
    void historyShowsNewestExchangeFirst();
    void failuresOnlyHidesSuccesses();
    void deliveriesReplaceRepeatedIds();
};

void TestActivityModels::historyShowsNewestExchangeFirst()
{
    sandbox::test::SandboxFixture server;
    QVERIFY(server.start(true));
    core::ApiClient client;
    client.setBaseUrl(server.baseUrl());
    client.setToken(server.writeToken);

    ExchangeHistoryModel model(client.history());
    QAbstractItemModelTester tester(&model);
    QVERIFY(client.sendAndWait(core::ApiRequest::get(core::endpoints::users())).ok());
    QVERIFY(client.sendAndWait(core::ApiRequest::get(core::endpoints::customers())).ok());

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ExchangeHistoryModel::PathColumn).data().toString(), core::endpoints::customers());
    QCOMPARE(model.index(0, ExchangeHistoryModel::MethodColumn).data().toString(), QStringLiteral("GET"));
    QCOMPARE(model.index(0, ExchangeHistoryModel::StatusColumn).data().toInt(), 200);
    QVERIFY(!model.index(0, ExchangeHistoryModel::RequestIdColumn).data().toString().isEmpty());
    QCOMPARE(model.index(0, ExchangeHistoryModel::AttemptColumn).data().toInt(), 1);
}

void TestActivityModels::failuresOnlyHidesSuccesses()
{
    sandbox::test::SandboxFixture server;
    QVERIFY(server.start(true));
    core::ApiClient client;
    client.setBaseUrl(server.baseUrl());
    client.setToken(server.readToken);

    ExchangeHistoryModel model(client.history());
    QAbstractItemModelTester tester(&model);
    QVERIFY(client.sendAndWait(core::ApiRequest::get(core::endpoints::users())).ok());
    const core::ApiResponse refused = client.sendAndWait(core::ApiRequest::post(core::endpoints::customers(), {}));
    QCOMPARE(refused.status, 403);

    model.setFailuresOnly(true);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ExchangeHistoryModel::CodeColumn).data().toString(), QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));
    QVERIFY(model.index(0, 0).data(ExchangeHistoryModel::FailedRole).toBool());
    QVERIFY(!model.index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());

    QVERIFY(client.sendAndWait(core::ApiRequest::get(core::endpoints::users())).ok());
    QCOMPARE(model.rowCount(), 1);

    model.setFailuresOnly(false);
    QCOMPARE(model.rowCount(), 3);
}

void TestActivityModels::deliveriesReplaceRepeatedIds()
{
    WebhookDeliveryModel model;
    QAbstractItemModelTester tester(&model);

    core::WebhookDeliveryRecord first{QStringLiteral("d-1"), QStringLiteral("conversation.created"), {}, QDateTime::currentDateTimeUtc(), true, false, 0};
    core::WebhookDeliveryRecord second{QStringLiteral("d-2"), QStringLiteral("customer.created"), {}, QDateTime::currentDateTimeUtc(), true, false, 0};
    model.addDelivery(first);
    model.addDelivery(second);

    core::WebhookDeliveryRecord repeat = first;
    repeat.duplicate = true;
    repeat.duplicateCount = 1;
    model.addDelivery(repeat);

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, WebhookDeliveryModel::DeliveryIdColumn).data().toString(), QStringLiteral("d-1"));
    QVERIFY(model.index(0, WebhookDeliveryModel::DuplicateColumn).data().toString().startsWith(QLatin1String("Yes")));

    core::WebhookDeliveryRecord forged{QStringLiteral("d-2"), QStringLiteral("customer.created"), {}, QDateTime::currentDateTimeUtc(), false, false, 0};
    model.addDelivery(forged);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.index(0, WebhookDeliveryModel::VerifiedColumn).data().toString().startsWith(QLatin1String("No")));
}

QTEST_GUILESS_MAIN(TestActivityModels)
#include "tst_activity_models.moc"
