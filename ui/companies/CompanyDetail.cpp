#include "CompanyDetail.h"

#include "CompanyCustomersModel.h"
#include "customers/DetailFields.h"
#include "customers/RecordListPanel.h"
#include "workspace/Session.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableView>

namespace weav::ui {

namespace {

using core::CustomerListModel;

RecordListTexts customerTexts()
{
    RecordListTexts texts;
    texts.countOfTotal = [](int loaded, int total) {
        return CompanyDetail::tr("Customers: %1 of %2").arg(QLocale().toString(loaded), QLocale().toString(total));
    };
    texts.countComplete = [](int loaded) { return CompanyDetail::tr("Customers: %1").arg(QLocale().toString(loaded)); };
    texts.countLoaded = [](int loaded) { return CompanyDetail::tr("Customers: %1 loaded").arg(QLocale().toString(loaded)); };
    texts.emptyWorkspace = CompanyDetail::tr("No customer belongs to this company.");
    texts.emptySearch = texts.emptyWorkspace;
    texts.loadFailed = CompanyDetail::tr("Could not load the company's customers");
    texts.loadMoreFailed = CompanyDetail::tr("Could not load more of the company's customers after row %1");
    return texts;
}

} // namespace

CompanyDetail::CompanyDetail(core::Session *session, QWidget *parent)
    : RecordDetailPane(session, new CompanyCustomersModel(session->client(), session->names()), customerTexts(),
                       tr("Select a company to see its details and customers."), parent)
    , m_customers(static_cast<CompanyCustomersModel *>(relatedModel()))
{
    DetailFields *rows = fields();
    rows->addRow(QStringLiteral("domain"), tr("Domain"));
    rows->addRow(QStringLiteral("industry"), tr("Industry"));
    rows->addRow(QStringLiteral("employee_count"), tr("Employees"));
    rows->addRow(QStringLiteral("created_at"), tr("Created"));
    rows->addRow(QStringLiteral("updated_at"), tr("Updated"));
    rows->addRow(QStringLiteral("id"), tr("ID"));
    configureCustomerList();
}

void CompanyDetail::configureCustomerList()
{
    RecordListPanel *list = relatedList();
    for (int column : {CustomerListModel::CompanyColumn, CustomerListModel::CreatedColumn})
        list->table()->hideColumn(column);
    list->setTimeColumns({CustomerListModel::LastSeenColumn});
    list->setStretchColumn(CustomerListModel::EmailColumn);

    QHeaderView *header = list->table()->horizontalHeader();
    header->resizeSection(CustomerListModel::NameColumn, 140);
    header->resizeSection(CustomerListModel::CountryColumn, 100);
    header->resizeSection(CustomerListModel::LastSeenColumn, 90);

    list->table()->setToolTip(tr("Double-click a customer to open them in Customers."));
    connect(list, &RecordListPanel::activated, this, &CompanyDetail::customerActivated);
}

void CompanyDetail::showCompany(const core::Company &company)
{
    const bool sameCompany = company.id == m_company.id;
    m_company = company;
    showFields();
    showProfile(company.name);

    if (!sameCompany || !m_customers->isStarted())
        m_customers->setCompanyId(company.id);
}

void CompanyDetail::clear()
{
    m_company = core::Company();
    m_customers->cancel();
    showHint();
}

void CompanyDetail::showFields()
{
    DetailFields *rows = fields();
    rows->setText(QStringLiteral("domain"), m_company.domain);
    rows->setText(QStringLiteral("industry"), m_company.industry);
    rows->setText(QStringLiteral("employee_count"),
                  m_company.employeeCount ? QLocale().toString(*m_company.employeeCount) : QString());
    rows->setTime(QStringLiteral("created_at"), m_company.createdAt);
    rows->setTime(QStringLiteral("updated_at"), m_company.updatedAt);
    rows->setText(QStringLiteral("id"), m_company.id);
}

} // namespace weav::ui
