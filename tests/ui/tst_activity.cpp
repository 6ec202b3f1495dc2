// The Activity area against the demo workspace: the exchange history with its fields, "Failures
// only", "Copy as curl" run with bash against the sandbox, "Copy request id", and the webhook
// deliveries received by the console, verified, duplicate and forged.
// Not covered yet: the history's capacity limit, sorting the tables by a column, and a receiver
// restarted on another event log.

#include "UiTestSupport.h"

#include "Sandbox.h"
#include "activity/ActivityModels.h"
#include "activity/ActivityView.h"
#include "api/Endpoints.h"
#include "demo/DemoWorkspace.h"
#include "live/WebhookListener.h"
#include "webhooks/WebhookSignature.h"
#include "workspace/Session.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace weav;
using namespace weav::ui;
using core::ExchangeHistoryModel;
using core::WebhookDeliveryModel;

namespace {

constexpr int DeliveryTimeoutMs = 10000;

QString cell(const QTableView *table, int row, int column, int role = Qt::DisplayRole)
{
    return table->model()->index(row, column).data(role).toString();
}

// Selects the row of the table whose path cell contains text, newest first. Returns the row or -1.
int selectRowWithPath(QTableView *table, const QString &text)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (cell(table, row, ExchangeHistoryModel::PathColumn).contains(text)) {
            table->selectRow(row);
            return row;
        }
    }
    return -1;
}

} // namespace

class ActivityTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void history_listsRequestWithFields();
    void history_failuresOnlyHidesSuccesses();
    void copyCurl_repeatsRequestWithoutToken();
    void copyCurl_fromContextMenu();
    void copyRequestId_copiesSelectedId();
    void deliveries_listVerifiedDuplicateAndForged();
    void deliveries_showReceiverOff();

private:
    std::unique_ptr<ActivityView> openView(core::Session *session);
    core::ApiResponse get(core::Session *session, const QString &path, const QUrlQuery &query = {});
    int postToReceiver(const QByteArray &body, const QByteArray &signature, const QByteArray &deliveryId);

    QTemporaryDir m_dir;
    DemoWorkspace m_demo;
    WebhookListener *m_listener = nullptr;
    QByteArray m_secret;
    QString m_token;
    core::Session *m_session = nullptr;
    QNetworkAccessManager m_network;
};

void ActivityTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);

    DemoOptions options;
    options.conversations = 40;
    options.dataPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
    options.config.webhookBackoffScale = 0.001;
    QString error;
    m_listener = WebhookListener::startForDemo(&options.config, this, &error);
    QVERIFY2(m_listener, qPrintable(error));
    m_secret = options.config.webhookSecret;
    QVERIFY2(m_demo.startAndWait(options, &error), qPrintable(error));

    m_token = m_demo.createToken();
    m_session = new core::Session(m_demo.profile(), m_token, this);
    m_session->setDemo(true);
}

std::unique_ptr<ActivityView> ActivityTest::openView(core::Session *session)
{
    auto view = std::make_unique<ActivityView>(session);
    view->resize(1300, 800);
    view->show();
    return view;
}

core::ApiResponse ActivityTest::get(core::Session *session, const QString &path, const QUrlQuery &query)
{
    return session->client()->sendAndWait(core::ApiRequest::get(path, query));
}

int ActivityTest::postToReceiver(const QByteArray &body, const QByteArray &signature, const QByteArray &deliveryId)
{
    QNetworkRequest request(m_listener->url());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Weav-Event", "conversation.priority.updated");
    request.setRawHeader("X-Weav-Signature", signature);
    request.setRawHeader("X-Weav-Delivery", deliveryId);
    QNetworkReply *reply = m_network.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(DeliveryTimeoutMs))
        return -1;
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void ActivityTest::history_listsRequestWithFields()
{
    const auto view = openView(m_session);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("3"));
    const core::ApiResponse response = get(m_session, core::endpoints::conversations(), query);
    QVERIFY(response.ok());

    QTableView *table = view->exchangeTable();
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QVERIFY2(cell(table, 0, ExchangeHistoryModel::PathColumn).startsWith(QStringLiteral("/v1/conversations?")),
             qPrintable(cell(table, 0, ExchangeHistoryModel::PathColumn)));
    QCOMPARE(cell(table, 0, ExchangeHistoryModel::MethodColumn), QStringLiteral("GET"));
    QCOMPARE(cell(table, 0, ExchangeHistoryModel::StatusColumn), QStringLiteral("200"));
    QCOMPARE(cell(table, 0, ExchangeHistoryModel::RequestIdColumn), response.requestId);
    QVERIFY(!response.requestId.isEmpty());
    QVERIFY(cell(table, 0, ExchangeHistoryModel::DurationColumn).endsWith(QStringLiteral(" ms")));
    QCOMPARE(cell(table, 0, ExchangeHistoryModel::AttemptColumn), QStringLiteral("1"));

    const QString time = cell(table, 0, ExchangeHistoryModel::TimeColumn);
    QVERIFY2(QTime::fromString(time, QStringLiteral("HH:mm:ss")).isValid(), qPrintable(time));
    QVERIFY(!cell(table, 0, ExchangeHistoryModel::TimeColumn, Qt::ToolTipRole).isEmpty());
    QVERIFY(view->copyCurlButton()->isEnabled() == !table->selectionModel()->selectedRows().isEmpty());
}

void ActivityTest::history_failuresOnlyHidesSuccesses()
{
    const auto view = openView(m_session);
    QVERIFY(get(m_session, core::endpoints::conversations()).ok());
    const core::ApiResponse missing = get(m_session, core::endpoints::conversation(QStringLiteral("00000000-0000-4000-8000-000000000000")));
    QCOMPARE(missing.error.httpStatus, 404);

    QTableView *table = view->exchangeTable();
    const int allRows = table->model()->rowCount();
    QTest::mouseClick(view->failuresOnlyBox(), Qt::LeftButton);
    QVERIFY(view->failuresOnlyBox()->isChecked());

    QVERIFY(table->model()->rowCount() >= 1);
    QVERIFY(table->model()->rowCount() < allRows);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QVERIFY(table->model()->index(row, 0).data(ExchangeHistoryModel::FailedRole).toBool());

    QCOMPARE(cell(table, 0, ExchangeHistoryModel::StatusColumn), QStringLiteral("404 failed"));
    QCOMPARE(cell(table, 0, ExchangeHistoryModel::CodeColumn), QStringLiteral("RESOURCE_NOT_FOUND"));
    const QIcon icon = table->model()->index(0, ExchangeHistoryModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());
    test::saveScreenshot(view.get(), QStringLiteral("activity-failures-only"));

    QTest::mouseClick(view->failuresOnlyBox(), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), allRows);
}

void ActivityTest::copyCurl_repeatsRequestWithoutToken()
{
    const auto view = openView(m_session);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("open"));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("2"));
    const core::ApiResponse original = get(m_session, core::endpoints::conversations(), query);
    QVERIFY(original.ok());

    QVERIFY(selectRowWithPath(view->exchangeTable(), QStringLiteral("status=open&per_page=2")) >= 0);
    QVERIFY(view->copyCurlButton()->isEnabled());
    QTest::mouseClick(view->copyCurlButton(), Qt::LeftButton);
    const QString command = QApplication::clipboard()->text();
    QVERIFY2(command.startsWith(QStringLiteral("curl ")), qPrintable(command));
    QVERIFY(command.contains(QStringLiteral("$WEAV_API_TOKEN")));
    QVERIFY2(!command.contains(m_token), "the copied command contains the token");

    QProcess bash;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WEAV_API_TOKEN"), m_token);
    bash.setProcessEnvironment(environment);
    bash.start(QStringLiteral("bash"), {QStringLiteral("-c"), command});
    QVERIFY(bash.waitForFinished(20000));
    QCOMPARE(bash.exitCode(), 0);

    const QJsonObject repeated = QJsonDocument::fromJson(bash.readAllStandardOutput()).object();
    const QJsonArray repeatedItems = repeated.value(QStringLiteral("data")).toArray();
    const QJsonArray originalItems = original.object().value(QStringLiteral("data")).toArray();
    QCOMPARE(repeatedItems.size(), 2);
    QCOMPARE(repeatedItems.size(), originalItems.size());
    for (int i = 0; i < originalItems.size(); ++i)
        QCOMPARE(repeatedItems.at(i).toObject().value(QStringLiteral("id")), originalItems.at(i).toObject().value(QStringLiteral("id")));
}

void ActivityTest::copyCurl_fromContextMenu()
{
    const auto view = openView(m_session);
    QVERIFY(get(m_session, core::endpoints::users()).ok());
    QTableView *table = view->exchangeTable();
    QApplication::clipboard()->clear();

    const QRect firstRow = table->visualRect(table->model()->index(0, ExchangeHistoryModel::PathColumn));
    emit table->customContextMenuRequested(firstRow.center());
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = view->findChild<QMenu *>()) && menu->isVisible());
    QCOMPARE(menu->actions().size(), 2);
    QCOMPARE(menu->actions().at(0)->text(), QStringLiteral("Copy as curl"));
    menu->actions().at(0)->trigger();
    menu->close();

    const QString command = QApplication::clipboard()->text();
    QVERIFY2(command.contains(QStringLiteral("/v1/users")), qPrintable(command));
    QVERIFY(!command.contains(m_token));
}

void ActivityTest::copyRequestId_copiesSelectedId()
{
    const auto view = openView(m_session);
    const core::ApiResponse response = get(m_session, core::endpoints::agents());
    QVERIFY(response.ok());

    QVERIFY(selectRowWithPath(view->exchangeTable(), QStringLiteral("/v1/agents")) >= 0);
    QCOMPARE(view->selectedRequestId(), response.requestId);
    QTest::mouseClick(view->copyRequestIdButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), response.requestId);
}

void ActivityTest::deliveries_listVerifiedDuplicateAndForged()
{
    const auto view = openView(m_session);
    view->setWebhookListener(m_listener);
    QVERIFY2(view->receiverLine()->text().contains(QString::number(m_listener->port())), qPrintable(view->receiverLine()->text()));
    WebhookDeliveryModel *deliveries = view->deliveryModel();
    QTableView *table = view->deliveryTable();

    // A change through the API makes the sandbox deliver a signed event to the listener.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    const QString id = get(m_session, core::endpoints::conversations(), query)
                           .object().value(QStringLiteral("data")).toArray().first().toObject().value(QStringLiteral("id")).toString();
    QSignalSpy recorded(m_listener, &WebhookListener::deliveryRecorded);
    const core::ApiResponse changed = m_session->client()->sendAndWait(
        core::ApiRequest::put(core::endpoints::conversation(id), {{QStringLiteral("priority"), QStringLiteral("high")}}));
    QVERIFY(changed.ok());
    QTRY_VERIFY_WITH_TIMEOUT(!recorded.isEmpty(), DeliveryTimeoutMs);

    QCOMPARE(cell(table, 0, WebhookDeliveryModel::EventColumn), QStringLiteral("conversation.priority.updated"));
    QCOMPARE(cell(table, 0, WebhookDeliveryModel::VerifiedColumn), QStringLiteral("Yes"));
    QCOMPARE(cell(table, 0, WebhookDeliveryModel::DuplicateColumn), QStringLiteral("No"));
    const QString deliveryId = deliveries->deliveryAt(0).deliveryId;
    QVERIFY(!deliveryId.isEmpty());

    // The same delivery again, correctly signed: acknowledged, listed as a duplicate.
    const std::optional<QByteArray> body = m_listener->receiver()->eventLog()->body(deliveryId);
    QVERIFY(body.has_value());
    QCOMPARE(postToReceiver(*body, core::webhookSignature(*body, m_secret), deliveryId.toUtf8()), 200);
    QTRY_VERIFY(deliveries->deliveryAt(0).duplicate);
    QCOMPARE(deliveries->deliveryAt(0).deliveryId, deliveryId);
    QCOMPARE(cell(table, 0, WebhookDeliveryModel::DuplicateColumn), QStringLiteral("Yes (1 repeat(s))"));

    // A forged delivery: the signature is made with another secret.
    const QByteArray forgedId = "forged-delivery-1";
    QCOMPARE(postToReceiver(*body, core::webhookSignature(*body, "not-the-secret"), forgedId), 401);
    QTRY_COMPARE(deliveries->deliveryAt(0).deliveryId, QString::fromUtf8(forgedId));
    QVERIFY(!deliveries->deliveryAt(0).signatureVerified);
    QCOMPARE(cell(table, 0, WebhookDeliveryModel::VerifiedColumn), QStringLiteral("No: rejected"));
    QVERIFY(!table->model()->index(0, WebhookDeliveryModel::VerifiedColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!cell(table, 0, WebhookDeliveryModel::VerifiedColumn, Qt::ToolTipRole).isEmpty());
    test::saveScreenshot(view.get(), QStringLiteral("activity-deliveries"));

    // A view opened later starts with the deliveries already in the event log.
    const auto later = openView(m_session);
    later->setWebhookListener(m_listener);
    QVERIFY(later->deliveryModel()->rowCount() >= 2);
    QCOMPARE(later->deliveryModel()->deliveryAt(0).deliveryId, QString::fromUtf8(forgedId));
}

void ActivityTest::deliveries_showReceiverOff()
{
    const auto view = openView(m_session);
    view->setWebhookListener(nullptr);
    QCOMPARE(view->deliveryModel()->rowCount(), 0);
    QVERIFY2(view->receiverLine()->text().contains(QStringLiteral("Webhooks are off")), qPrintable(view->receiverLine()->text()));
}

QTEST_MAIN(ActivityTest)
#include "tst_activity.moc"
