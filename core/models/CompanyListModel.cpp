#include "CompanyListModel.h"

#include "ModelCells.h"
#include "api/Endpoints.h"

namespace weav::core {

CompanyListModel::CompanyListModel(ApiClient *client, NameDirectory *names, QObject *parent)
    : ResourceListModel<Company>(client, parent), m_names(names)
{
}

void CompanyListModel::setFilter(const CompanyFilter &filter)
{
    m_filter = filter;
    restart();
}

int CompanyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompanyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};

    switch (section) {
    case NameColumn: return tr("Name");
    case DomainColumn: return tr("Domain");
    case IndustryColumn: return tr("Industry");
    case EmployeesColumn: return tr("Employees");
    case CreatedColumn: return tr("Created");
    default: return {};
    }
}

ApiRequest CompanyListModel::listRequest() const
{
    return ApiRequest::get(endpoints::companies(), m_filter.toQuery());
}

bool CompanyListModel::accepts(const Company &company) const
{
    return m_filter.matches(company);
}

bool CompanyListModel::lessThan(const Company &a, const Company &b) const
{
    return cells::newestCreatedFirst(a, b);
}

void CompanyListModel::adoptRow(Company &company)
{
    strings().intern(company.industry);
    if (m_names)
        m_names->remember(company);
}

QVariant CompanyListModel::rowData(const Company &company, int column, int role) const
{
    switch (column) {
    case NameColumn:
        return cells::text(company.name, role);
    case DomainColumn:
        return cells::text(company.domain, role);
    case IndustryColumn:
        return cells::text(company.industry, role);
    case EmployeesColumn:
        return cells::number(company.employeeCount, role);
    case CreatedColumn:
        return cells::time(company.createdAt, role);
    default:
        return {};
    }
}

} // namespace weav::core
