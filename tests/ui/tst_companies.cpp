// The Companies area against the demo workspace: the list and its search, the detail with the
// company's customers, create, edit and delete through the form dialog and the confirmation, and
// field errors from the client's checks and from the server.
// Not covered yet: a failed list page and its Retry, a read-only token (the shared panel is tested
// with customers), and paging the detail's customers past one page.
#include "RecordListTestSupport.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "companies/CompaniesView.h"
#include "companies/CompanyCustomersModel.h"
#include "companies/CompanyDetail.h"
#include "companies/CompanyDialog.h"
#include "connect/FieldMessage.h"
#include "customers/CustomerDetail.h"
#include "customers/CustomersView.h"
#include "customers/DetailFields.h"
#include "customers/RecordListPanel.h"
#include "demo/DemoWorkspace.h"
#include "models/CompanyListModel.h"
#include "workspace/Session.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace weav;
using ui::test::ServerPage;
using core::CompanyListModel;
using ui::CompaniesView;

namespace {

constexpr int SeededConversations = 200;
constexpr int WaitMs = 20000;


// A name no seeded company has, so that a search finds only the company a test created.
QString uniqueName(const QString &stem)
{
    return QStringLiteral("%1 %2").arg(stem).arg(QDateTime::currentMSecsSinceEpoch());
}

} // namespace

class TestCompanies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void listShowsCountOfServerTotal();
    void searchNarrowsListToServerResult();
    void detailCustomerCountEqualsServer();
    void customerDoubleClickOpensCustomers();
    void createAddsRowAndServerHasCompany();
    void negativeEmployeeCountShowsErrorAtField();
    void nonNumericEmployeeCountShowsErrorAtField();
    void missingNameShowsErrorAtField();
    void editSendsChangedFieldsAndUpdatesRow();
    void deleteConfirmsThenRemovesRowAndKeepsCustomers();

private:
    ServerPage readPage(const QString &path, const QUrlQuery &query = {})
    {
        return ui::test::readServerPage(m_session->client(), path, query);
    }
    QJsonObject createCompanyOnServer(const QString &name);
    // The id of a seeded company with at least one customer.
    QString companyWithCustomers();
    void selectCompany(CompaniesView *view, const QString &companyId);

    QTemporaryDir m_dir;
    ui::DemoWorkspace m_demo;
    core::Session *m_session = nullptr;
};

void TestCompanies::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ui::DemoOptions options;
    options.conversations = SeededConversations;
    options.dataPath = m_dir.filePath(QStringLiteral("demo.sqlite"));

    QString error;
    QVERIFY2(m_demo.startAndWait(options, &error), qPrintable(error));
    m_session = m_demo.createSession(this);
    QVERIFY(m_session);
}

QJsonObject TestCompanies::createCompanyOnServer(const QString &name)
{
    const QJsonObject body{{QStringLiteral("name"), name},
                           {QStringLiteral("domain"), QStringLiteral("example.net")},
                           {QStringLiteral("employee_count"), 12}};
    const core::ApiResponse response =
        m_session->client()->sendAndWait(core::ApiRequest::post(core::endpoints::companies(), body));
    return response.ok() ? response.object() : QJsonObject();
}

QString TestCompanies::companyWithCustomers()
{
    const ServerPage customers = readPage(core::endpoints::customers());
    for (const QJsonObject &customer : customers.items) {
        const QString companyId = customer.value(QStringLiteral("company_id")).toString();
        if (!companyId.isEmpty())
            return companyId;
    }
    return {};
}

void TestCompanies::selectCompany(CompaniesView *view, const QString &companyId)
{
    view->openCompany(companyId);
    QTRY_COMPARE_WITH_TIMEOUT(view->detail()->company().id, companyId, WaitMs);
}

void TestCompanies::listShowsCountOfServerTotal()
{
    const auto view = ui::test::openRecordView<CompaniesView>(m_session);
    QVERIFY(view);

    const ServerPage server = readPage(core::endpoints::companies());
    QVERIFY(server.total > 0);
    QCOMPARE(view->model()->totalCount(), server.total);
    const int compared = qMin(view->model()->rowCount(), int(server.ids.size()));
    for (int row = 0; row < compared; ++row)
        QCOMPARE(view->model()->rowAt(row).id, server.ids.at(row));
    QVERIFY(view->list()->countLabel()->text().endsWith(QStringLiteral(" of %1 companies").arg(QLocale().toString(server.total))));
    ui::test::saveScreenshot(view.get(), QStringLiteral("companies-list"));
}

void TestCompanies::searchNarrowsListToServerResult()
{
    const auto view = ui::test::openRecordView<CompaniesView>(m_session);
    QVERIFY(view);
    const core::Company first = view->model()->rowAt(0);
    const QString term = first.name.left(3).toLower();

    QVERIFY(ui::test::waitForFirstPage(view->list(), [&] { QTest::keyClicks(view->list()->searchEdit(), term); }));
    QVERIFY(ui::test::waitUntilLoaded(view->model()));

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), term);
    const ServerPage server = readPage(core::endpoints::companies(), query);
    QVERIFY(server.total > 0);
    QCOMPARE(view->model()->totalCount(), server.total);
    QStringList shown;
    for (int row = 0; row < qMin(view->model()->rowCount(), int(server.ids.size())); ++row)
        shown.append(view->model()->rowAt(row).id);
    QCOMPARE(shown, server.ids.mid(0, shown.size()));
    QVERIFY(view->model()->rowOf(first.id) >= 0);
}

void TestCompanies::detailCustomerCountEqualsServer()
{
    const auto view = ui::test::openRecordView<CompaniesView>(m_session);
    QVERIFY(view);
    const QString companyId = companyWithCustomers();
    QVERIFY(!companyId.isEmpty());

    selectCompany(view.get(), companyId);
    ui::CompanyCustomersModel *customers = view->detail()->customers();
    QVERIFY(ui::test::waitUntilLoaded(customers));

    const ServerPage server = readPage(core::endpoints::companyCustomers(companyId));
    QVERIFY(server.total > 0);
    QCOMPARE(customers->totalCount(), server.total);
    QCOMPARE(customers->rowCount(), int(server.ids.size()));
    for (int row = 0; row < customers->rowCount(); ++row)
        QCOMPARE(customers->rowAt(row).companyId, companyId);
    QVERIFY(view->detail()->customerList()->countLabel()->text().startsWith(QStringLiteral("Customers: ")));

    const core::Company company = *view->model()->find(companyId);
    QCOMPARE(view->detail()->fields()->value(QStringLiteral("id"))->text(), companyId);
    QCOMPARE(view->detail()->fields()->value(QStringLiteral("domain"))->text(),
             company.domain.isEmpty() ? QStringLiteral("Not set") : company.domain);
}

void TestCompanies::customerDoubleClickOpensCustomers()
{
    QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ui::MainWindow window(m_session, &settings);
    window.resize(1400, 860);
    window.show();
    const QString companyId = companyWithCustomers();

    window.showArea(ui::MainWindow::Area::Companies);
    CompaniesView *view = window.companies();
    selectCompany(view, companyId);
    ui::CompanyCustomersModel *customers = view->detail()->customers();
    QVERIFY(ui::test::waitUntilLoaded(customers));
    const QString customerId = customers->rowAt(0).id;

    QTableView *table = view->detail()->customerList()->table();
    const QPoint cell = table->visualRect(customers->index(0, core::CustomerListModel::EmailColumn)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);

    QCOMPARE(window.currentArea(), ui::MainWindow::Area::Customers);
    QTRY_COMPARE_WITH_TIMEOUT(window.customers()->detail()->customer().id, customerId, WaitMs);
}

void TestCompanies::createAddsRowAndServerHasCompany()
{
    const auto view = ui::test::openRecordView<CompaniesView>(m_session);
    QVERIFY(view);

    QTest::mouseClick(view->list()->createButton(), Qt::LeftButton);
    QPointer<ui::CompanyDialog> dialog = view->dialog();
    QVERIFY(dialog);
    const QString name = uniqueName(QStringLiteral("Harbour Freight"));
    QTest::keyClicks(dialog->lineEdit(QStringLiteral("name")), name);
    QTest::keyClicks(dialog->lineEdit(QStringLiteral("domain")), QStringLiteral("harbour-freight.example"));
    QTest::keyClicks(dialog->lineEdit(QStringLiteral("industry")), QStringLiteral("Logistics"));
    QTest::keyClicks(dialog->lineEdit(QStringLiteral("employee_count")), QStringLiteral("340"));
    QCOMPARE(dialog->requestBody().value(QStringLiteral("employee_count")).toInteger(), 340);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, WaitMs);
    QCOMPARE(ui::test::lastWriteRequest(m_session->client()), QStringLiteral("POST /v1/companies"));

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), name);
    const ServerPage server = readPage(core::endpoints::companies(), query);
    QCOMPARE(server.ids.size(), 1);
    QCOMPARE(server.items.first().value(QStringLiteral("employee_count")).toInteger(), 340);
    QCOMPARE(view->model()->rowOf(server.ids.first()), 0);
    QCOMPARE(view->detail()->company().name, name);
}

void TestCompanies::negativeEmployeeCountShowsErrorAtField()
{
    const auto view = ui::test::openRecordView<CompaniesView>(m_session);
    QVERIFY(view);
    view->startCreate();
    QPointer<ui::CompanyDialog> dialog = view->dialog();
    QVERIFY(dialog);

    QTest::keyClicks(dialog->lineEdit(QStringLiteral("name")), uniqueName(QStringLiteral("Negative")));
    QTest::keyClicks(dialog->lineEdit(QStringLiteral("employee_count")), QStringLiteral("-5"));
    ui::FieldMessage *message = dialog->fieldMessage(QStringLiteral("employee_count"));
    QVERIFY2(message->text().contains(QStringLiteral("cannot be negative")), qPrintable(message->text()));
    QVERIFY(dialog->fieldMessage(QStringLiteral("name"))->text().isEmpty());

    QSignalSpy sent(m_session->client()->history(), &core::ExchangeLog::appended);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTest::qWait(50);
    for (const QList<QVariant> &arguments : sent)
        QCOMPARE(arguments.at(0).value<core::ExchangeRecord>().method, QByteArray("GET"));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->lineEdit(QStringLiteral("employee_count"))->text(), QStringLiteral("-5"));
    ui::test::saveScreenshot(dialog, QStringLiteral("company-negative-employees"));
    dialog->reject();
}

void TestCompanies::nonNumericEmployeeCountShowsErrorAtField()
{
    const auto view = ui::test::openRecordView<CompaniesView>(m_session);
    QVERIFY(view);
    view->startCreate();
    QPointer<ui::CompanyDialog> dialog = view->dialog();
    QVERIFY(dialog);

    QTest::keyClicks(dialog->lineEdit(QStringLiteral("employee_count")), QStringLiteral("about 40"));
    const QString message = dialog->fieldMessage(QStringLiteral("employee_count"))->text();
    QVERIFY2(message.contains(QStringLiteral("is not a whole number")), qPrintable(message));
    dialog->reject();
}

void TestCompanies::missingNameShowsErrorAtField()
{
    const auto view = ui::test::openRecordView<CompaniesView>(m_session);
    QVERIFY(view);
    view->startCreate();
    QPointer<ui::CompanyDialog> dialog = view->dialog();
    QVERIFY(dialog);

    QTest::keyClicks(dialog->lineEdit(QStringLiteral("domain")), QStringLiteral("nameless.example"));
    dialog->save();
    const QString message = dialog->fieldMessage(QStringLiteral("name"))->text();
    QVERIFY2(message.contains(QStringLiteral("Enter the company name")), qPrintable(message));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->lineEdit(QStringLiteral("domain"))->text(), QStringLiteral("nameless.example"));
    dialog->reject();
}

void TestCompanies::editSendsChangedFieldsAndUpdatesRow()
{
    const auto view = ui::test::openRecordView<CompaniesView>(m_session);
    QVERIFY(view);
    const QString name = uniqueName(QStringLiteral("Editable"));
    const QJsonObject created = createCompanyOnServer(name);
    const QString id = created.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(ui::test::waitForFirstPage(view->list(), [&] { view->search(name); }));
    selectCompany(view.get(), id);

    QTest::mouseClick(view->list()->editButton(), Qt::LeftButton);
    QPointer<ui::CompanyDialog> dialog = view->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->lineEdit(QStringLiteral("employee_count"))->text(), QStringLiteral("12"));

    QLineEdit *employees = dialog->lineEdit(QStringLiteral("employee_count"));
    employees->selectAll();
    QTest::keyClicks(employees, QStringLiteral("15"));
    QCOMPARE(dialog->requestBody(), QJsonObject({{QStringLiteral("employee_count"), 15}}));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, WaitMs);
    QCOMPARE(ui::test::lastWriteRequest(m_session->client()), QStringLiteral("PUT /v1/companies/%1").arg(id));

    const core::ApiResponse server = m_session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::company(id)));
    QCOMPARE(server.object().value(QStringLiteral("employee_count")).toInteger(), 15);
    QCOMPARE(server.object().value(QStringLiteral("domain")).toString(), QStringLiteral("example.net"));
    QCOMPARE(view->model()->find(id)->employeeCount, std::optional<qint64>(15));
    QCOMPARE(view->detail()->fields()->value(QStringLiteral("employee_count"))->text(), QLocale().toString(15));
}

void TestCompanies::deleteConfirmsThenRemovesRowAndKeepsCustomers()
{
    const auto view = ui::test::openRecordView<CompaniesView>(m_session);
    QVERIFY(view);
    const QString name = uniqueName(QStringLiteral("Doomed"));
    const QJsonObject created = createCompanyOnServer(name);
    const QString id = created.value(QStringLiteral("id")).toString();

    // One customer belongs to it, and must outlive it.
    const core::ApiResponse member = m_session->client()->sendAndWait(core::ApiRequest::post(
        core::endpoints::customers(),
        QJsonObject{{QStringLiteral("email"), QStringLiteral("member.%1@example.org").arg(QDateTime::currentMSecsSinceEpoch())},
                    {QStringLiteral("company_id"), id}}));
    QVERIFY(member.ok());
    const QString memberId = member.object().value(QStringLiteral("id")).toString();

    QVERIFY(ui::test::waitForFirstPage(view->list(), [&] { view->search(name); }));
    selectCompany(view.get(), id);
    QVERIFY(ui::test::waitUntilLoaded(view->detail()->customers()));

    QTest::mouseClick(view->list()->deleteButton(), Qt::LeftButton);
    QPointer<QMessageBox> box = view->deleteConfirmation();
    QVERIFY(box);
    QVERIFY(box->text().contains(name));
    QVERIFY2(box->informativeText().contains(QStringLiteral("Customers of this company: 1.")),
             qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(QStringLiteral("without a company")));

    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDelete")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowOf(id), -1, WaitMs);
    QVERIFY(!view->detail()->hasCompany());
    QVERIFY(view->list()->emptyState()->isVisible());

    const core::ApiResponse gone = m_session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::company(id)));
    QCOMPARE(gone.status, 404);
    const core::ApiResponse kept = m_session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::customer(memberId)));
    QVERIFY(kept.ok());
    QVERIFY(kept.object().value(QStringLiteral("company_id")).isNull());
}

QTEST_MAIN(TestCompanies)
#include "tst_companies.moc"
