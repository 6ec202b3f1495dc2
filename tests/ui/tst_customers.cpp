// The Customers area against the demo workspace: search, create, edit and delete through the form
// dialog and the confirmation, server field errors at their field, the detail's conversations, the
// links to the inbox and to Companies, and a read-only token.
// Not covered yet: a failed list page and its Retry,
// and paging the detail's conversations past one page.
#include "RecordListTestSupport.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "companies/CompaniesView.h"
#include "companies/CompanyDetail.h"
#include "connect/FieldMessage.h"
#include "customers/CustomerConversationsModel.h"
#include "customers/CustomerDetail.h"
#include "customers/CustomerDialog.h"
#include "common/ExportDialog.h"
#include "customers/CustomersView.h"
#include "customers/DetailFields.h"
#include "customers/RecordListPanel.h"
#include "demo/DemoWorkspace.h"
#include "inbox/ConversationPane.h"
#include "inbox/InboxView.h"
#include "models/CustomerListModel.h"
#include "workspace/Session.h"

#include <QComboBox>
#include <QDateTime>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QFile>
#include <QRadioButton>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace weav;
using ui::test::ServerPage;
using core::CustomerListModel;
using ui::CustomersView;

namespace {

constexpr int SeededConversations = 300;
constexpr int WaitMs = 20000;


// A fresh address, so that reruns against the same data file never collide.
QString uniqueEmail(const QString &name)
{
    return QStringLiteral("%1.%2@example.org").arg(name).arg(QDateTime::currentMSecsSinceEpoch());
}

} // namespace

class TestCustomers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void listShowsCountOfServerTotal();
    void searchNarrowsListToServerResult();
    void searchWithoutMatchShowsEmptyState();
    void scrollingToBottomLoadsNextPage();
    void createAddsRowAndServerHasCustomer();
    void createWithDuplicateEmailShowsErrorAtField();
    void invalidEmailShowsErrorWhileTyping();
    void tooLongFirstNameShowsErrorAndSendsNothing();
    void createWithCompanySendsCompanyId();
    void editSendsChangedFieldsAndUpdatesRow();
    void deleteConfirmsThenRemovesRow();
    void detailShowsEveryProfileField();
    void detailConversationCountEqualsServer();
    void conversationDoubleClickOpensInbox();
    void companyLinkOpensCompanies();
    void readOnlyTokenDisablesWrites();
    void exportWritesTheLoadedCustomers();

private:
    ServerPage readPage(const QString &path, const QUrlQuery &query = {})
    {
        return ui::test::readServerPage(m_session->client(), path, query);
    }
    QJsonObject createCustomerOnServer(const QString &email);
    // The id of a customer with at least one conversation.
    QString customerWithConversations();
    void selectCustomer(CustomersView *view, const QString &customerId);

    QTemporaryDir m_dir;
    ui::DemoWorkspace m_demo;
    core::Session *m_session = nullptr;
};

void TestCustomers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ui::DemoOptions options;
    options.conversations = SeededConversations;
    options.dataPath = m_dir.filePath(QStringLiteral("demo.sqlite"));

    QString error;
    QVERIFY2(m_demo.startAndWait(options, &error), qPrintable(error));
    m_session = m_demo.createSession(this);
    QVERIFY(m_session);
    QVERIFY(m_session->canWrite());
}

QJsonObject TestCustomers::createCustomerOnServer(const QString &email)
{
    const QJsonObject body{{QStringLiteral("email"), email},
                           {QStringLiteral("first_name"), QStringLiteral("Dora")},
                           {QStringLiteral("last_name"), QStringLiteral("Deletable")}};
    const core::ApiResponse response =
        m_session->client()->sendAndWait(core::ApiRequest::post(core::endpoints::customers(), body));
    return response.ok() ? response.object() : QJsonObject();
}

QString TestCustomers::customerWithConversations()
{
    const ServerPage conversations = readPage(core::endpoints::conversations());
    if (conversations.items.isEmpty())
        return {};
    return conversations.items.first().value(QStringLiteral("customer_id")).toString();
}

void TestCustomers::selectCustomer(CustomersView *view, const QString &customerId)
{
    view->openCustomer(customerId);
    QTRY_COMPARE_WITH_TIMEOUT(view->detail()->customer().id, customerId, WaitMs);
}

void TestCustomers::exportWritesTheLoadedCustomers()
{
    const auto view = ui::test::openRecordView<CustomersView>(m_session);
    QVERIFY(view);

    ui::ExportDialog *dialog = view->list()->exportToCsv();
    QVERIFY(dialog);
    const QString path = m_dir.filePath(QStringLiteral("customers.csv"));
    dialog->pathField()->setText(path);
    dialog->loadedRowsButton()->setChecked(true);
    QSignalSpy exported(dialog, &ui::ExportDialog::exported);
    dialog->startExport();
    QTRY_COMPARE(exported.size(), 1);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // A header row, one row per loaded customer (no field here contains a line break), and the
    // empty text after the last CRLF.
    QCOMPARE(lines.size(), view->model()->rowCount() + 2);
    QVERIFY(lines.first().startsWith("id,"));
    QVERIFY(lines.at(1).startsWith(view->model()->rowAt(0).id.toUtf8()));
    dialog->close();
}

void TestCustomers::listShowsCountOfServerTotal()
{
    const auto view = ui::test::openRecordView<CustomersView>(m_session);
    QVERIFY(view);

    const ServerPage server = readPage(core::endpoints::customers());
    QVERIFY(server.total > 0);
    QCOMPARE(view->model()->totalCount(), server.total);
    QVERIFY(view->model()->rowCount() >= qMin<qint64>(server.total, core::PagedListModel::DefaultPerPage));

    const QString expected = QStringLiteral("%1 of %2 customers")
                                 .arg(QLocale().toString(view->model()->rowCount()), QLocale().toString(server.total));
    QCOMPARE(view->list()->countLabel()->text(), expected);
    ui::test::saveScreenshot(view.get(), QStringLiteral("customers-list"));
}

void TestCustomers::searchNarrowsListToServerResult()
{
    const auto view = ui::test::openRecordView<CustomersView>(m_session);
    QVERIFY(view);

    // A part of a seeded customer's last name, as a person types it.
    const core::Customer first = view->model()->rowAt(0);
    const QString term = (first.lastName.isEmpty() ? first.email : first.lastName).left(4).toLower();
    QVERIFY(!term.isEmpty());

    QVERIFY(ui::test::waitForFirstPage(view->list(), [&] { QTest::keyClicks(view->list()->searchEdit(), term); }));
    QVERIFY(ui::test::waitUntilLoaded(view->model()));

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), term);
    const ServerPage server = readPage(core::endpoints::customers(), query);
    QVERIFY(server.total > 0);
    QCOMPARE(view->model()->totalCount(), server.total);

    QStringList shown;
    for (int row = 0; row < qMin(view->model()->rowCount(), int(server.ids.size())); ++row)
        shown.append(view->model()->rowAt(row).id);
    QCOMPARE(shown, server.ids.mid(0, shown.size()));
    QVERIFY(view->model()->rowOf(first.id) >= 0);
}

void TestCustomers::searchWithoutMatchShowsEmptyState()
{
    const auto view = ui::test::openRecordView<CustomersView>(m_session);
    QVERIFY(view);

    QVERIFY(ui::test::waitForFirstPage(view->list(), [&] { view->search(QStringLiteral("zz-no-such-customer-zz")); }));
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(view->list()->emptyState()->isVisible());
    QCOMPARE(view->list()->countLabel()->text(), QStringLiteral("0 of 0 customers"));
}

void TestCustomers::scrollingToBottomLoadsNextPage()
{
    const auto view = ui::test::openRecordView<CustomersView>(m_session);
    QVERIFY(view);
    const int firstPage = view->model()->rowCount();
    QVERIFY(view->model()->totalCount() > firstPage);

    QScrollBar *scrollBar = view->list()->table()->verticalScrollBar();
    // The table lays out its rows, and sets the scroll range, in a later event-loop pass.
    QTRY_VERIFY(scrollBar->maximum() > 0);
    scrollBar->setValue(scrollBar->maximum());
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > firstPage, WaitMs);

    const ServerPage secondPage = readPage(core::endpoints::customers(), QUrlQuery(QStringLiteral("page=2")));
    QVERIFY(!secondPage.ids.isEmpty());
    QCOMPARE(view->model()->rowAt(firstPage).id, secondPage.ids.first());
}

void TestCustomers::createAddsRowAndServerHasCustomer()
{
    const auto view = ui::test::openRecordView<CustomersView>(m_session);
    QVERIFY(view);

    QTest::mouseClick(view->list()->createButton(), Qt::LeftButton);
    QPointer<ui::CustomerDialog> dialog = view->dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());

    const QString email = uniqueEmail(QStringLiteral("ada.new"));
    QTest::keyClicks(dialog->lineEdit(QStringLiteral("email")), email);
    QTest::keyClicks(dialog->lineEdit(QStringLiteral("first_name")), QStringLiteral("Ada"));
    QTest::keyClicks(dialog->lineEdit(QStringLiteral("last_name")), QStringLiteral("Newcustomer"));
    QTest::keyClicks(dialog->lineEdit(QStringLiteral("country")), QStringLiteral("Portugal"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, WaitMs);
    QCOMPARE(ui::test::lastWriteRequest(m_session->client()), QStringLiteral("POST /v1/customers"));

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("email"), email);
    const ServerPage server = readPage(core::endpoints::customers(), query);
    QCOMPARE(server.ids.size(), 1);
    QCOMPARE(server.items.first().value(QStringLiteral("country")).toString(), QStringLiteral("Portugal"));

    const int row = view->model()->rowOf(server.ids.first());
    QCOMPARE(row, 0);
    QCOMPARE(view->model()->rowAt(row).email, email);
    QCOMPARE(view->detail()->customer().id, server.ids.first());
}

void TestCustomers::createWithDuplicateEmailShowsErrorAtField()
{
    const auto view = ui::test::openRecordView<CustomersView>(m_session);
    QVERIFY(view);
    const QString taken = view->model()->rowAt(1).email;
    QVERIFY(!taken.isEmpty());

    view->startCreate();
    QPointer<ui::CustomerDialog> dialog = view->dialog();
    QVERIFY(dialog);
    // The unique check ignores case, and so must the message.
    QTest::keyClicks(dialog->lineEdit(QStringLiteral("email")), taken.toUpper());
    QTest::keyClicks(dialog->lineEdit(QStringLiteral("first_name")), QStringLiteral("Keep"));
    QTest::keyClicks(dialog->lineEdit(QStringLiteral("phone")), QStringLiteral("+351 21 000 0000"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

    ui::FieldMessage *emailMessage = dialog->fieldMessage(QStringLiteral("email"));
    QTRY_VERIFY_WITH_TIMEOUT(!emailMessage->text().isEmpty(), WaitMs);
    QVERIFY2(emailMessage->text().contains(QStringLiteral("Another customer of this workspace already has the e-mail address")),
             qPrintable(emailMessage->text()));
    QVERIFY(emailMessage->text().contains(taken.toUpper()));
    QVERIFY(emailMessage->isVisible());
    QCOMPARE(emailMessage->kind(), ui::FieldMessage::Kind::Error);
    QVERIFY(dialog->fieldMessage(QStringLiteral("first_name"))->text().isEmpty());

    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->lineEdit(QStringLiteral("email"))->text(), taken.toUpper());
    QCOMPARE(dialog->lineEdit(QStringLiteral("first_name"))->text(), QStringLiteral("Keep"));
    QCOMPARE(dialog->lineEdit(QStringLiteral("phone"))->text(), QStringLiteral("+351 21 000 0000"));
    QVERIFY(dialog->saveButton()->isEnabled());
    ui::test::saveScreenshot(dialog, QStringLiteral("customer-duplicate-email"));

    // Editing the address drops the server's message.
    QTest::keyClick(dialog->lineEdit(QStringLiteral("email")), Qt::Key_End);
    QTest::keyClicks(dialog->lineEdit(QStringLiteral("email")), QStringLiteral("x"));
    QVERIFY(emailMessage->text().isEmpty());
    dialog->reject();
}

void TestCustomers::invalidEmailShowsErrorWhileTyping()
{
    const auto view = ui::test::openRecordView<CustomersView>(m_session);
    QVERIFY(view);
    view->startCreate();
    QPointer<ui::CustomerDialog> dialog = view->dialog();
    QVERIFY(dialog);

    QTest::keyClicks(dialog->lineEdit(QStringLiteral("email")), QStringLiteral("ada at example"));
    const QString message = dialog->fieldMessage(QStringLiteral("email"))->text();
    QVERIFY2(message.contains(QStringLiteral("is not an e-mail address")), qPrintable(message));

    QSignalSpy sent(m_session->client()->history(), &core::ExchangeLog::appended);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTest::qWait(50);
    QCOMPARE(ui::test::countWrites(sent), 0);
    QVERIFY(dialog->isVisible());

    dialog->lineEdit(QStringLiteral("email"))->clear();
    QTest::keyClicks(dialog->lineEdit(QStringLiteral("email")), QStringLiteral("ada@example.com"));
    QVERIFY(dialog->fieldMessage(QStringLiteral("email"))->text().isEmpty());
    dialog->reject();
}

void TestCustomers::tooLongFirstNameShowsErrorAndSendsNothing()
{
    const auto view = ui::test::openRecordView<CustomersView>(m_session);
    QVERIFY(view);
    view->startCreate();
    QPointer<ui::CustomerDialog> dialog = view->dialog();
    QVERIFY(dialog);

    QTest::keyClicks(dialog->lineEdit(QStringLiteral("email")), uniqueEmail(QStringLiteral("long")));
    dialog->lineEdit(QStringLiteral("first_name"))->setText(QString(101, QLatin1Char('a')));
    QSignalSpy sent(m_session->client()->history(), &core::ExchangeLog::appended);
    dialog->save();

    const QString message = dialog->fieldMessage(QStringLiteral("first_name"))->text();
    QVERIFY2(message.contains(QStringLiteral("at most 100")), qPrintable(message));
    QCOMPARE(ui::test::countWrites(sent), 0);
    dialog->reject();
}

void TestCustomers::createWithCompanySendsCompanyId()
{
    const auto view = ui::test::openRecordView<CustomersView>(m_session);
    QVERIFY(view);
    const ServerPage companies = readPage(core::endpoints::companies());
    QVERIFY(!companies.ids.isEmpty());
    const QString companyId = companies.ids.first();

    view->startCreate();
    QPointer<ui::CustomerDialog> dialog = view->dialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->areCompaniesLoaded(), WaitMs);
    QCOMPARE(dialog->companyBox()->count(), int(companies.total) + 1);
    const int index = dialog->companyBox()->findData(companyId);
    QVERIFY(index > 0);
    dialog->companyBox()->setCurrentIndex(index);

    const QString email = uniqueEmail(QStringLiteral("with.company"));
    QTest::keyClicks(dialog->lineEdit(QStringLiteral("email")), email);
    QCOMPARE(dialog->requestBody().value(QStringLiteral("company_id")).toString(), companyId);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, WaitMs);

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("email"), email);
    const ServerPage server = readPage(core::endpoints::customers(), query);
    QCOMPARE(server.ids.size(), 1);
    QCOMPARE(server.items.first().value(QStringLiteral("company_id")).toString(), companyId);
}

void TestCustomers::editSendsChangedFieldsAndUpdatesRow()
{
    const auto view = ui::test::openRecordView<CustomersView>(m_session);
    QVERIFY(view);
    const QJsonObject created = createCustomerOnServer(uniqueEmail(QStringLiteral("edit")));
    QVERIFY(!created.isEmpty());
    const QString id = created.value(QStringLiteral("id")).toString();
    QVERIFY(ui::test::waitForFirstPage(view->list(), [&] { view->search(created.value(QStringLiteral("email")).toString()); }));
    selectCustomer(view.get(), id);

    QVERIFY(view->list()->editButton()->isEnabled());
    QTest::mouseClick(view->list()->editButton(), Qt::LeftButton);
    QPointer<ui::CustomerDialog> dialog = view->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->lineEdit(QStringLiteral("first_name"))->text(), QStringLiteral("Dora"));

    QLineEdit *country = dialog->lineEdit(QStringLiteral("country"));
    country->clear();
    QTest::keyClicks(country, QStringLiteral("Iceland"));
    QCOMPARE(dialog->requestBody(), QJsonObject({{QStringLiteral("country"), QStringLiteral("Iceland")}}));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, WaitMs);
    QCOMPARE(ui::test::lastWriteRequest(m_session->client()), QStringLiteral("PUT /v1/customers/%1").arg(id));

    const core::ApiResponse server = m_session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::customer(id)));
    QVERIFY(server.ok());
    QCOMPARE(server.object().value(QStringLiteral("country")).toString(), QStringLiteral("Iceland"));
    QCOMPARE(server.object().value(QStringLiteral("first_name")).toString(), QStringLiteral("Dora"));

    QCOMPARE(view->model()->find(id)->country, QStringLiteral("Iceland"));
    QCOMPARE(view->detail()->fields()->value(QStringLiteral("country"))->text(), QStringLiteral("Iceland"));
}

void TestCustomers::deleteConfirmsThenRemovesRow()
{
    const auto view = ui::test::openRecordView<CustomersView>(m_session);
    QVERIFY(view);
    const QString email = uniqueEmail(QStringLiteral("delete"));
    const QJsonObject created = createCustomerOnServer(email);
    const QString id = created.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(ui::test::waitForFirstPage(view->list(), [&] { view->search(email); }));
    selectCustomer(view.get(), id);
    QVERIFY(ui::test::waitUntilLoaded(view->detail()->conversations()));

    QTest::mouseClick(view->list()->deleteButton(), Qt::LeftButton);
    QPointer<QMessageBox> box = view->deleteConfirmation();
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("Dora Deletable")));
    QVERIFY(box->text().contains(email));
    QVERIFY2(box->informativeText().contains(QStringLiteral("Conversations of this customer: 0.")), qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(QStringLiteral("cannot be undone")));

    // Cancel first: nothing is sent.
    QSignalSpy sent(m_session->client()->history(), &core::ExchangeLog::appended);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!box);
    QCOMPARE(ui::test::countWrites(sent), 0);
    QVERIFY(view->model()->rowOf(id) >= 0);

    view->startDelete();
    box = view->deleteConfirmation();
    QVERIFY(box);
    auto *confirm = box->findChild<QPushButton *>(QStringLiteral("confirmDelete"));
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowOf(id), -1, WaitMs);
    QVERIFY(!view->detail()->hasCustomer());
    QVERIFY(!view->list()->editButton()->isEnabled());

    const core::ApiResponse server = m_session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::customer(id)));
    QCOMPARE(server.status, 404);
    QVERIFY(server.error.isNotFound());
}

void TestCustomers::detailShowsEveryProfileField()
{
    const auto view = ui::test::openRecordView<CustomersView>(m_session);
    QVERIFY(view);
    const core::Customer customer = view->model()->rowAt(0);
    QTest::mouseClick(view->list()->table()->viewport(), Qt::LeftButton, {},
                      view->list()->table()->visualRect(view->model()->index(0, CustomerListModel::EmailColumn)).center());
    QTRY_COMPARE(view->detail()->customer().id, customer.id);

    ui::DetailFields *fields = view->detail()->fields();
    QCOMPARE(fields->value(QStringLiteral("email"))->text(), customer.email);
    QCOMPARE(fields->value(QStringLiteral("id"))->text(), customer.id);
    for (const QString &key : {QStringLiteral("phone"), QStringLiteral("locale"), QStringLiteral("country")}) {
        const QString expected = customer.toJson().value(key).toString();
        QCOMPARE(fields->value(key)->text(), expected.isEmpty() ? QStringLiteral("Not set") : expected);
    }
    QVERIFY(fields->value(QStringLiteral("created_at"))->text().contains(QLatin1Char('(')));

    // A value label squeezed to no width shows nothing although its text is set.
    QLabel *email = fields->value(QStringLiteral("email"));
    QTRY_VERIFY(email->width() >= email->fontMetrics().horizontalAdvance(customer.email));
}

void TestCustomers::detailConversationCountEqualsServer()
{
    const auto view = ui::test::openRecordView<CustomersView>(m_session);
    QVERIFY(view);
    const QString customerId = customerWithConversations();
    QVERIFY(!customerId.isEmpty());

    selectCustomer(view.get(), customerId);
    ui::CustomerConversationsModel *conversations = view->detail()->conversations();
    QVERIFY(ui::test::waitUntilLoaded(conversations));

    const ServerPage server = readPage(core::endpoints::customerConversations(customerId));
    QVERIFY(server.total > 0);
    QCOMPARE(conversations->totalCount(), server.total);
    QCOMPARE(conversations->rowCount(), int(server.ids.size()));
    for (int row = 0; row < conversations->rowCount(); ++row)
        QCOMPARE(conversations->rowAt(row).customerId, customerId);

    const QList<core::ExchangeRecord> records = m_session->client()->history()->records();
    const bool usedEndpoint = std::any_of(records.cbegin(), records.cend(), [&](const core::ExchangeRecord &record) {
        return record.target.startsWith(core::endpoints::customerConversations(customerId));
    });
    QVERIFY(usedEndpoint);
    QVERIFY(view->detail()->conversationList()->countLabel()->text().startsWith(QStringLiteral("Conversations: ")));
}

void TestCustomers::conversationDoubleClickOpensInbox()
{
    QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ui::MainWindow window(m_session, &settings);
    window.resize(1400, 860);
    window.show();
    const QString customerId = customerWithConversations();

    window.showArea(ui::MainWindow::Area::Customers);
    CustomersView *view = window.customers();
    QVERIFY(view);
    selectCustomer(view, customerId);
    ui::CustomerConversationsModel *conversations = view->detail()->conversations();
    QVERIFY(ui::test::waitUntilLoaded(conversations));
    QVERIFY(conversations->rowCount() > 0);
    const QString conversationId = conversations->rowAt(0).id;

    QTableView *table = view->detail()->conversationList()->table();
    const QPoint cell = table->visualRect(conversations->index(0, core::ConversationListModel::SubjectColumn)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);

    QCOMPARE(window.currentArea(), ui::MainWindow::Area::Inbox);
    QTRY_VERIFY_WITH_TIMEOUT(window.inbox()->pane()->conversation().has_value(), WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(window.inbox()->pane()->conversation()->id, conversationId, WaitMs);
}

void TestCustomers::companyLinkOpensCompanies()
{
    QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ui::MainWindow window(m_session, &settings);
    window.resize(1400, 860);
    window.show();

    const ServerPage companies = readPage(core::endpoints::companies());
    QVERIFY(!companies.ids.isEmpty());
    const QString companyId = companies.ids.first();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("company_id"), companyId);
    const ServerPage members = readPage(core::endpoints::customers(), query);
    QVERIFY(!members.ids.isEmpty());

    window.showArea(ui::MainWindow::Area::Customers);
    CustomersView *view = window.customers();
    selectCustomer(view, members.ids.first());
    QLabel *company = view->detail()->fields()->value(QStringLiteral("company"));
    const QString name = companies.items.first().value(QStringLiteral("name")).toString();
    QTRY_VERIFY_WITH_TIMEOUT(company->text().contains(name.toHtmlEscaped()), WaitMs);
    QCOMPARE(company->textFormat(), Qt::RichText);

    emit company->linkActivated(companyId);
    QCOMPARE(window.currentArea(), ui::MainWindow::Area::Companies);
    QTRY_COMPARE_WITH_TIMEOUT(window.companies()->detail()->company().id, companyId, WaitMs);
}

void TestCustomers::readOnlyTokenDisablesWrites()
{
    core::Session *readOnly = m_demo.createSession(this, QStringLiteral("read"));
    QVERIFY(readOnly);
    QVERIFY(!readOnly->canWrite());

    const auto view = ui::test::openRecordView<CustomersView>(readOnly);
    QVERIFY(view);
    selectCustomer(view.get(), view->model()->rowAt(0).id);

    for (QPushButton *button : {view->list()->createButton(), view->list()->editButton(), view->list()->deleteButton()}) {
        QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
        QCOMPARE(button->toolTip(), readOnly->readOnlyReason());
    }
    QVERIFY(!readOnly->readOnlyReason().isEmpty());

    view->startCreate();
    view->startEdit();
    view->startDelete();
    QVERIFY(!view->dialog());
    QVERIFY(!view->deleteConfirmation());
}

QTEST_MAIN(TestCustomers)
#include "tst_customers.moc"
