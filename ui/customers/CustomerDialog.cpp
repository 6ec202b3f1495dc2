#include "CustomerDialog.h"

#include "api/Endpoints.h"
#include "common/ErrorText.h"
#include "models/CompanyListModel.h"
#include "workspace/Session.h"

#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpression>

#include <algorithm>

namespace weav::ui {

namespace {

const QString EmailKey = QStringLiteral("email");
const QString CompanyKey = QStringLiteral("company_id");

// The API's limits in characters, per field.
constexpr int MaxEmail = 255;
constexpr int MaxName = 100;
constexpr int MaxPhone = 50;
constexpr int MaxLocale = 10;
constexpr int MaxCountry = 255;

} // namespace

CustomerDialog::CustomerDialog(core::Session *session, QWidget *parent)
    : RecordFormDialog(session, parent)
{
    setWindowTitle(tr("New Customer"));
    buildFields();
    setEndpoints(core::endpoints::customers(), QString());
    loadCompanies();
}

CustomerDialog::CustomerDialog(core::Session *session, const core::Customer &customer, QWidget *parent)
    : RecordFormDialog(session, parent)
    , m_displayName(customer.displayName())
{
    setWindowTitle(tr("Edit Customer “%1”").arg(m_displayName));
    buildFields();
    setEndpoints(core::endpoints::customers(), core::endpoints::customer(customer.id));
    loadRecord(customer.id, customer.toJson());

    // The company's name may be known before the list of companies arrives.
    if (!customer.companyId.isEmpty()) {
        const core::NameDirectory::Entry entry = session->names()->peek(core::NameDirectory::Kind::Company, customer.companyId);
        m_company->addItem(entry.name.isEmpty() ? customer.companyId : entry.name, customer.companyId);
        selectCompany(customer.companyId);
    }
    loadCompanies();
}

void CustomerDialog::buildFields()
{
    QLineEdit *email = addTextField(EmailKey, tr("E-mail"), tr("e-mail address"), MaxEmail, true);
    email->setPlaceholderText(tr("name@example.com"));
    addTextField(QStringLiteral("first_name"), tr("First name"), tr("first name"), MaxName);
    addTextField(QStringLiteral("last_name"), tr("Last name"), tr("last name"), MaxName);
    addTextField(QStringLiteral("phone"), tr("Phone"), tr("phone number"), MaxPhone);
    QLineEdit *locale = addTextField(QStringLiteral("locale"), tr("Locale"), tr("locale"), MaxLocale);
    locale->setPlaceholderText(tr("e.g. en or de-CH"));
    addTextField(QStringLiteral("country"), tr("Country"), tr("country"), MaxCountry);

    m_company = new QComboBox(this);
    m_company->addItem(tr("No company"), QString());
    m_company->setToolTip(tr("The company the customer belongs to"));
    m_company->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_company, &QComboBox::activated, this, [this] { fieldEdited(CompanyKey); });
    addEditorField(CompanyKey, tr("Company"), m_company);
}

// NOTE: every company of the workspace is loaded for the choice. That suits workspaces of up to a
// few thousand companies. Larger ones need a search-as-you-type choice over GET /v1/companies?q=.
void CustomerDialog::loadCompanies()
{
    m_companies = new core::CompanyListModel(session()->client(), session()->names(), this);
    m_companies->setPerPage(100);
    connect(m_companies, &core::PagedListModel::completed, this, [this] {
        fillCompanies();
        m_companiesLoaded = true;
        emit companiesLoaded();
    });
    connect(m_companies, &core::PagedListModel::loadFailed, this, [this](const core::ApiError &error) {
        m_company->setToolTip(tr("The companies could not be loaded, so only the current company can be chosen: %1")
                                  .arg(ErrorText::reason(error)));
        m_companiesLoaded = true;
        emit companiesLoaded();
    });
    m_companies->loadAll();
}

void CustomerDialog::fillCompanies()
{
    QList<core::Company> companies = m_companies->rows();
    std::sort(companies.begin(), companies.end(), [](const core::Company &a, const core::Company &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });

    const QString selected = m_company->currentData().toString();
    m_company->clear();
    m_company->addItem(tr("No company"), QString());
    for (const core::Company &company : std::as_const(companies)) {
        const QString label = company.domain.isEmpty() ? company.name : tr("%1 (%2)").arg(company.name, company.domain);
        m_company->addItem(label, company.id);
    }

    // A company that the list does not hold (deleted meanwhile) stays selectable by its id.
    if (!selected.isEmpty() && m_company->findData(selected) < 0)
        m_company->addItem(selected, selected);
    selectCompany(selected);
}

void CustomerDialog::selectCompany(const QString &companyId)
{
    const int index = m_company->findData(companyId);
    m_company->setCurrentIndex(qMax(0, index));
}

bool CustomerDialog::looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(text).hasMatch();
}

QJsonValue CustomerDialog::fieldValue(const QString &key) const
{
    if (key != CompanyKey)
        return RecordFormDialog::fieldValue(key);
    const QString id = m_company->currentData().toString();
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

QString CustomerDialog::checkField(const QString &key) const
{
    const QString problem = RecordFormDialog::checkField(key);
    if (!problem.isEmpty() || key != EmailKey)
        return problem;

    const QString email = lineEdit(EmailKey)->text().trimmed();
    if (!looksLikeEmail(email))
        return tr("“%1” is not an e-mail address: write it as name@example.com, without spaces.").arg(email);
    return {};
}

QString CustomerDialog::serverFieldMessage(const QString &key, const QStringList &messages) const
{
    // Laravel's unique rule returns "The email has already been taken."
    const bool taken = std::any_of(messages.cbegin(), messages.cend(),
                                   [](const QString &message) { return message.contains(QLatin1String("taken")); });
    if (key == EmailKey && taken) {
        return tr("Another customer of this workspace already has the e-mail address “%1”. Use a different address, "
                  "or search for that customer and edit them instead.")
            .arg(lineEdit(EmailKey)->text().trimmed());
    }
    return RecordFormDialog::serverFieldMessage(key, messages);
}

QString CustomerDialog::failureText() const
{
    return isEditing() ? tr("Could not save the customer “%1”").arg(m_displayName) : tr("Could not create the customer");
}

} // namespace weav::ui
