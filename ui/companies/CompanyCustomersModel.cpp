#include "CompanyCustomersModel.h"

#include "api/Endpoints.h"

namespace weav::ui {

void CompanyCustomersModel::setCompanyId(const QString &companyId)
{
    core::CustomerFilter filter;
    filter.companyId = companyId;
    setFilter(filter);
}

core::ApiRequest CompanyCustomersModel::listRequest() const
{
    core::ApiRequest request = core::CustomerListModel::listRequest();
    request.path = core::endpoints::companyCustomers(filter().companyId);
    // The path names the company already.
    request.query.removeAllQueryItems(QStringLiteral("company_id"));
    return request;
}

} // namespace weav::ui
