#include "CompaniesView.h"

#include "CompanyCustomersModel.h"
#include "CompanyDetail.h"
#include "CompanyDialog.h"
#include "api/Endpoints.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableView>

namespace weav::ui {

Q_LOGGING_CATEGORY(lcCompanies, "weav.ui.companies")

namespace {

using core::CompanyListModel;

RecordListTexts companyTexts()
{
    RecordListTexts texts;
    texts.searchPlaceholder = CompaniesView::tr("Search companies by name or domain");
    texts.searchToolTip = CompaniesView::tr("Finds companies whose name or domain contains the text, ignoring case.");
    texts.countOfTotal = [](int loaded, int total) {
        return CompaniesView::tr("%1 of %Ln companies", nullptr, total).arg(QLocale().toString(loaded));
    };
    texts.countComplete = [](int loaded) { return CompaniesView::tr("%Ln companies", nullptr, loaded); };
    texts.countLoaded = [](int loaded) { return CompaniesView::tr("%Ln companies loaded", nullptr, loaded); };
    texts.emptyWorkspace = CompaniesView::tr("This workspace has no companies yet.");
    texts.emptySearch = CompaniesView::tr("No company's name or domain contains “%1”.");
    texts.loadFailed = CompaniesView::tr("Could not load the companies");
    texts.loadMoreFailed = CompaniesView::tr("Could not load more companies after row %1");
    texts.createLabel = CompaniesView::tr("New Company…");
    texts.rowsName = CompaniesView::tr("companies");
    return texts;
}

} // namespace

CompaniesView::CompaniesView(core::Session *session, QWidget *parent)
    : RecordAreaView(session, new CompanyListModel(session->client(), session->names()), companyTexts(), parent)
{
    list()->setTimeColumns({CompanyListModel::CreatedColumn});
    QHeaderView *header = list()->table()->horizontalHeader();
    header->resizeSection(CompanyListModel::NameColumn, 170);
    header->resizeSection(CompanyListModel::DomainColumn, 160);
    header->resizeSection(CompanyListModel::IndustryColumn, 110);
    header->resizeSection(CompanyListModel::EmployeesColumn, 80);

    m_detail = new CompanyDetail(session, this);
    setDetailPane(m_detail, 0.55);
    connect(m_detail, &CompanyDetail::customerActivated, this, &CompaniesView::customerActivated);
}

CompaniesView::~CompaniesView() = default;

CompanyDialog *CompaniesView::dialog() const
{
    return qobject_cast<CompanyDialog *>(currentDialog());
}

const QLoggingCategory &CompaniesView::logCategory() const
{
    return lcCompanies();
}

void CompaniesView::showRecord(const core::Company &company)
{
    m_detail->showCompany(company);
}

std::optional<core::Company> CompaniesView::shownRecord() const
{
    if (!m_detail->hasCompany())
        return std::nullopt;
    return m_detail->company();
}

void CompaniesView::clearRecord()
{
    m_detail->clear();
}

RecordFormDialog *CompaniesView::createDialog(const core::Company *company)
{
    if (!company)
        return new CompanyDialog(session(), this);
    return new CompanyDialog(session(), *company, this);
}

QString CompaniesView::recordPath(const QString &id) const
{
    return core::endpoints::company(id);
}

QString CompaniesView::openFailure(const QString &id) const
{
    return tr("Could not open company %1").arg(id);
}

QString CompaniesView::deleteFailure(const core::Company &company) const
{
    return tr("Could not delete the company “%1”").arg(company.name);
}

CompaniesView::DeleteTexts CompaniesView::deleteTexts(const core::Company &company) const
{
    DeleteTexts texts;
    texts.title = tr("Delete Company");
    texts.question = tr("Delete the company %1?").arg(company.name);

    const qint64 customers = m_detail->customers()->totalCount();
    texts.consequences = customers >= 0
        ? tr("Customers of this company: %n. They stay in the workspace, without a company.", nullptr, int(customers))
        : tr("The company's customers stay in the workspace, without a company.");
    texts.consequences += QLatin1Char(' ') + tr("This cannot be undone.");
    return texts;
}

} // namespace weav::ui
