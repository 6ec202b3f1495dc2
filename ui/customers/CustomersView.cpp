#include "CustomersView.h"

#include "CustomerConversationsModel.h"
#include "CustomerDetail.h"
#include "CustomerDialog.h"
#include "api/Endpoints.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableView>

namespace weav::ui {

Q_LOGGING_CATEGORY(lcCustomers, "weav.ui.customers")

namespace {

using core::CustomerListModel;

RecordListTexts customerTexts()
{
    RecordListTexts texts;
    texts.searchPlaceholder = CustomersView::tr("Search customers by name or e-mail");
    texts.searchToolTip = CustomersView::tr("Finds customers whose first name, last name, full name or e-mail address "
                                            "contains the text, ignoring case.");
    texts.countOfTotal = [](int loaded, int total) {
        return CustomersView::tr("%1 of %Ln customers", nullptr, total).arg(QLocale().toString(loaded));
    };
    texts.countComplete = [](int loaded) { return CustomersView::tr("%Ln customers", nullptr, loaded); };
    texts.countLoaded = [](int loaded) { return CustomersView::tr("%Ln customers loaded", nullptr, loaded); };
    texts.emptyWorkspace = CustomersView::tr("This workspace has no customers yet.");
    texts.emptySearch = CustomersView::tr("No customer's name or e-mail address contains “%1”.");
    texts.loadFailed = CustomersView::tr("Could not load the customers");
    texts.loadMoreFailed = CustomersView::tr("Could not load more customers after row %1");
    texts.createLabel = CustomersView::tr("New Customer…");
    texts.rowsName = CustomersView::tr("customers");
    return texts;
}

} // namespace

CustomersView::CustomersView(core::Session *session, QWidget *parent)
    : RecordAreaView(session, new CustomerListModel(session->client(), session->names()), customerTexts(), parent)
{
    list()->setTimeColumns({CustomerListModel::LastSeenColumn, CustomerListModel::CreatedColumn});
    QHeaderView *header = list()->table()->horizontalHeader();
    header->resizeSection(CustomerListModel::NameColumn, 130);
    header->resizeSection(CustomerListModel::EmailColumn, 180);
    header->resizeSection(CustomerListModel::CompanyColumn, 120);
    header->resizeSection(CustomerListModel::CountryColumn, 90);
    header->resizeSection(CustomerListModel::LastSeenColumn, 80);

    m_detail = new CustomerDetail(session, this);
    setDetailPane(m_detail, 0.58);
    connect(m_detail, &CustomerDetail::companyActivated, this, &CustomersView::companyActivated);
    connect(m_detail, &CustomerDetail::conversationActivated, this, &CustomersView::conversationActivated);
}

CustomersView::~CustomersView() = default;

CustomerDialog *CustomersView::dialog() const
{
    return qobject_cast<CustomerDialog *>(currentDialog());
}

const QLoggingCategory &CustomersView::logCategory() const
{
    return lcCustomers();
}

void CustomersView::showRecord(const core::Customer &customer)
{
    m_detail->showCustomer(customer);
}

std::optional<core::Customer> CustomersView::shownRecord() const
{
    if (!m_detail->hasCustomer())
        return std::nullopt;
    return m_detail->customer();
}

void CustomersView::clearRecord()
{
    m_detail->clear();
}

RecordFormDialog *CustomersView::createDialog(const core::Customer *customer)
{
    if (!customer)
        return new CustomerDialog(session(), this);
    return new CustomerDialog(session(), *customer, this);
}

QString CustomersView::recordPath(const QString &id) const
{
    return core::endpoints::customer(id);
}

QString CustomersView::openFailure(const QString &id) const
{
    return tr("Could not open customer %1").arg(id);
}

QString CustomersView::deleteFailure(const core::Customer &customer) const
{
    return tr("Could not delete the customer “%1”").arg(customer.displayName());
}

// NOTE: the API reference does not state what deleting a customer does to their conversations. The
// sandbox deletes them with their messages, and the confirmation warns of that. On a server that
// keeps them, the warning is too strong but never too weak.
CustomersView::DeleteTexts CustomersView::deleteTexts(const core::Customer &customer) const
{
    DeleteTexts texts;
    texts.title = tr("Delete Customer");

    const QString name = customer.displayName();
    texts.question = name == customer.email ? tr("Delete the customer %1?").arg(customer.email)
                                            : tr("Delete the customer %1 <%2>?").arg(name, customer.email);

    const qint64 conversations = m_detail->conversations()->totalCount();
    texts.consequences = conversations >= 0
        ? tr("Conversations of this customer: %n. The workspace deletes them too, with every message in them.",
             nullptr, int(conversations))
        : tr("The workspace also deletes the customer's conversations, with every message in them.");
    texts.consequences += QLatin1Char(' ') + tr("This cannot be undone.");
    return texts;
}

} // namespace weav::ui
