#include "CustomerListModel.h"

#include "ModelCells.h"
#include "api/Endpoints.h"

namespace weav::core {

CustomerListModel::CustomerListModel(ApiClient *client, NameDirectory *names, QObject *parent)
    : ResourceListModel<Customer>(client, parent), m_names(names)
{
    if (m_names)
        connect(m_names, &NameDirectory::namesChanged, this, &CustomerListModel::onNamesChanged);
}

void CustomerListModel::setFilter(const CustomerFilter &filter)
{
    m_filter = filter;
    restart();
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};

    switch (section) {
    case NameColumn: return tr("Name");
    case EmailColumn: return tr("Email");
    case CompanyColumn: return tr("Company");
    case CountryColumn: return tr("Country");
    case LastSeenColumn: return tr("Last seen");
    case CreatedColumn: return tr("Created");
    default: return {};
    }
}

QHash<int, QByteArray> CustomerListModel::roleNames() const
{
    QHash<int, QByteArray> names = ResourceListModel<Customer>::roleNames();
    names.insert(CompanyIdRole, "companyId");
    return names;
}

ApiRequest CustomerListModel::listRequest() const
{
    return ApiRequest::get(endpoints::customers(), m_filter.toQuery());
}

bool CustomerListModel::accepts(const Customer &customer) const
{
    return m_filter.matches(customer);
}

bool CustomerListModel::lessThan(const Customer &a, const Customer &b) const
{
    return cells::newestCreatedFirst(a, b);
}

void CustomerListModel::adoptRow(Customer &customer)
{
    strings().intern(customer.companyId);
    strings().intern(customer.country);
    strings().intern(customer.locale);
    if (m_names)
        m_names->remember(customer);
}

QVariant CustomerListModel::rowData(const Customer &customer, int column, int role) const
{
    if (role == CompanyIdRole)
        return customer.companyId;

    switch (column) {
    case NameColumn:
        return cells::text(customer.displayName(), role);
    case EmailColumn:
        return cells::text(customer.email, role);
    case CompanyColumn:
        return cells::name(m_names, NameDirectory::Kind::Company, customer.companyId, role);
    case CountryColumn:
        return cells::text(customer.country, role);
    case LastSeenColumn:
        return cells::time(customer.lastSeenAt, role);
    case CreatedColumn:
        return cells::time(customer.createdAt, role);
    default:
        return {};
    }
}

void CustomerListModel::onNamesChanged(NameDirectory::Kind kind)
{
    if (kind == NameDirectory::Kind::Company)
        columnChanged(CompanyColumn, {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

} // namespace weav::core
