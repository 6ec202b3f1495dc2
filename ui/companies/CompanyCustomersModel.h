#pragma once

#include "models/CustomerListModel.h"

namespace weav::ui {

// The customers of one company, from GET /v1/companies/{id}/customers, newest first. The rows are
// checked on the client against the company id as well.
class CompanyCustomersModel : public core::CustomerListModel
{
    Q_OBJECT

public:
    using core::CustomerListModel::CustomerListModel;

    // Clears the list and loads the customers of this company.
    void setCompanyId(const QString &companyId);
    QString companyId() const { return filter().companyId; }

protected:
    core::ApiRequest listRequest() const override;
};

} // namespace weav::ui
