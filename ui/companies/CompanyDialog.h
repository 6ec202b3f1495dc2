#pragma once

#include "customers/RecordFormDialog.h"
#include "types/People.h"

namespace weav::ui {

// Creates a company (POST /v1/companies) or edits one (PUT /v1/companies/{id}): name (required),
// domain, industry and employee count, with the API's limits checked as the person types.
class CompanyDialog : public RecordFormDialog
{
    Q_OBJECT

public:
    // The API's bounds of employee_count; the upper one is the sandbox's 32-bit limit.
    static constexpr qint64 MaxEmployeeCount = 2147483647;

    // A dialog for a new company.
    explicit CompanyDialog(core::Session *session, QWidget *parent = nullptr);
    // A dialog that edits this company.
    CompanyDialog(core::Session *session, const core::Company &company, QWidget *parent = nullptr);

protected:
    QJsonValue fieldValue(const QString &key) const override;
    QString checkField(const QString &key) const override;
    QString failureText() const override;

private:
    void buildFields();

    QString m_name;
};

} // namespace weav::ui
