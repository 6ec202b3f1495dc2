#include "CompanyDialog.h"

#include "api/Endpoints.h"

#include <QLineEdit>
#include <QLocale>

namespace weav::ui {

namespace {

const QString EmployeesKey = QStringLiteral("employee_count");

// The API's limits in characters, per field.
constexpr int MaxName = 255;
constexpr int MaxDomain = 255;
constexpr int MaxIndustry = 100;

} // namespace

CompanyDialog::CompanyDialog(core::Session *session, QWidget *parent)
    : RecordFormDialog(session, parent)
{
    setWindowTitle(tr("New Company"));
    buildFields();
    setEndpoints(core::endpoints::companies(), QString());
}

CompanyDialog::CompanyDialog(core::Session *session, const core::Company &company, QWidget *parent)
    : RecordFormDialog(session, parent)
    , m_name(company.name)
{
    setWindowTitle(tr("Edit Company “%1”").arg(company.name));
    buildFields();
    setEndpoints(core::endpoints::companies(), core::endpoints::company(company.id));
    loadRecord(company.id, company.toJson());
}

void CompanyDialog::buildFields()
{
    addTextField(QStringLiteral("name"), tr("Name"), tr("company name"), MaxName, true);
    QLineEdit *domain = addTextField(QStringLiteral("domain"), tr("Domain"), tr("domain"), MaxDomain);
    domain->setPlaceholderText(tr("e.g. example.com"));
    addTextField(QStringLiteral("industry"), tr("Industry"), tr("industry"), MaxIndustry);
    QLineEdit *employees = addTextField(EmployeesKey, tr("Employees"), tr("employee count"), 0);
    employees->setPlaceholderText(tr("a whole number, e.g. 250"));
}

QJsonValue CompanyDialog::fieldValue(const QString &key) const
{
    if (key != EmployeesKey)
        return RecordFormDialog::fieldValue(key);

    const QString text = lineEdit(EmployeesKey)->text().trimmed();
    bool ok = false;
    const qint64 count = text.toLongLong(&ok);
    if (text.isEmpty() || !ok)
        return QJsonValue::Null;
    return QJsonValue(count);
}

QString CompanyDialog::checkField(const QString &key) const
{
    if (key != EmployeesKey)
        return RecordFormDialog::checkField(key);

    const QString text = lineEdit(EmployeesKey)->text().trimmed();
    if (text.isEmpty())
        return {};

    bool ok = false;
    const qint64 count = text.toLongLong(&ok);
    if (!ok)
        return tr("“%1” is not a whole number: enter the number of employees in digits, e.g. 250.").arg(text);
    if (count < 0)
        return tr("The employee count cannot be negative: enter 0 or more.");
    if (count > MaxEmployeeCount)
        return tr("The employee count can be at most %1.").arg(QLocale().toString(MaxEmployeeCount));
    return {};
}

QString CompanyDialog::failureText() const
{
    return isEditing() ? tr("Could not save the company “%1”").arg(m_name) : tr("Could not create the company");
}

} // namespace weav::ui
