#pragma once

#include "customers/RecordAreaView.h"
#include "models/CompanyListModel.h"
#include "types/People.h"

#include <QLoggingCategory>

namespace weav::ui {

Q_DECLARE_LOGGING_CATEGORY(lcCompanies)

class CompanyDetail;
class CompanyDialog;

// The Companies area: the companies of GET /v1/companies with a search on name and domain, the
// selected company in a detail pane with its customers, and create, edit and delete. A read-only
// token disables the write buttons, with the reason in their tooltips.
class CompaniesView : public RecordAreaView<core::Company, core::CompanyListModel>
{
    Q_OBJECT

public:
    explicit CompaniesView(core::Session *session, QWidget *parent = nullptr);
    ~CompaniesView() override;

    CompanyDetail *detail() const { return m_detail; }
    // The open create or edit dialog, or nullptr.
    CompanyDialog *dialog() const;

    // Shows the company: selects the row when it is loaded, and fetches the company otherwise.
    void openCompany(const QString &companyId) { openRecord(companyId); }

signals:
    void customerActivated(const QString &customerId);

protected:
    const QLoggingCategory &logCategory() const override;
    void showRecord(const core::Company &company) override;
    std::optional<core::Company> shownRecord() const override;
    void clearRecord() override;
    RecordFormDialog *createDialog(const core::Company *company) override;
    QString recordPath(const QString &id) const override;
    QString openFailure(const QString &id) const override;
    QString deleteFailure(const core::Company &company) const override;
    DeleteTexts deleteTexts(const core::Company &company) const override;

private:
    CompanyDetail *m_detail = nullptr;
};

} // namespace weav::ui
