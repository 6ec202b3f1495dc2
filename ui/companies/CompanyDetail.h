#pragma once

#include "customers/RecordDetailPane.h"
#include "types/People.h"

namespace weav::ui {

class CompanyCustomersModel;

// One company in full: name, domain, industry, employee count and times, and its customers from
// GET /v1/companies/{id}/customers, paged as the list scrolls. A hint fills the pane while no
// company is shown.
class CompanyDetail : public RecordDetailPane
{
    Q_OBJECT

public:
    explicit CompanyDetail(core::Session *session, QWidget *parent = nullptr);

    // Shows the company and loads its customers, unless this company is shown already.
    void showCompany(const core::Company &company);
    // Shows the hint instead of a company.
    void clear();

    bool hasCompany() const { return !m_company.id.isEmpty(); }
    const core::Company &company() const { return m_company; }
    CompanyCustomersModel *customers() const { return m_customers; }
    RecordListPanel *customerList() const { return relatedList(); }

signals:
    void customerActivated(const QString &customerId);

private:
    void configureCustomerList();
    void showFields();

    core::Company m_company;
    CompanyCustomersModel *m_customers;
};

} // namespace weav::ui
