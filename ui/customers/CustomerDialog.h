#pragma once

#include "RecordFormDialog.h"
#include "types/People.h"

class QComboBox;

namespace weav::core {
class CompanyListModel;
}

namespace weav::ui {

// Creates a customer (POST /v1/customers) or edits one (PUT /v1/customers/{id}): e-mail address
// (required, unique in the workspace), first and last name, phone, locale, country and company,
// with the API's length limits checked as the person types.
class CustomerDialog : public RecordFormDialog
{
    Q_OBJECT

public:
    // A dialog for a new customer.
    explicit CustomerDialog(core::Session *session, QWidget *parent = nullptr);
    // A dialog that edits this customer.
    CustomerDialog(core::Session *session, const core::Customer &customer, QWidget *parent = nullptr);

    QComboBox *companyBox() const { return m_company; }
    // The companies of the choice have been loaded (or have failed).
    bool areCompaniesLoaded() const { return m_companiesLoaded; }

    // Whether text looks like an e-mail address: one '@' with text before it and a domain with a
    // dot after it, and no spaces. The sandbox applies the same rule.
    static bool looksLikeEmail(const QString &text);

signals:
    void companiesLoaded();

protected:
    QJsonValue fieldValue(const QString &key) const override;
    QString checkField(const QString &key) const override;
    QString serverFieldMessage(const QString &key, const QStringList &messages) const override;
    QString failureText() const override;

private:
    void buildFields();
    void loadCompanies();
    void fillCompanies();
    void selectCompany(const QString &companyId);

    core::CompanyListModel *m_companies = nullptr;
    QComboBox *m_company = nullptr;
    QString m_displayName;
    bool m_companiesLoaded = false;
};

} // namespace weav::ui
