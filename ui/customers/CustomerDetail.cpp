#include "CustomerDetail.h"

#include "CustomerConversationsModel.h"
#include "DetailFields.h"
#include "RecordListPanel.h"
#include "workspace/Session.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>

namespace weav::ui {

namespace {

using core::ConversationListModel;

const QString CompanyKey = QStringLiteral("company");

RecordListTexts conversationTexts()
{
    RecordListTexts texts;
    texts.countOfTotal = [](int loaded, int total) {
        return CustomerDetail::tr("Conversations: %1 of %2").arg(QLocale().toString(loaded), QLocale().toString(total));
    };
    texts.countComplete = [](int loaded) { return CustomerDetail::tr("Conversations: %1").arg(QLocale().toString(loaded)); };
    texts.countLoaded = [](int loaded) {
        return CustomerDetail::tr("Conversations: %1 loaded").arg(QLocale().toString(loaded));
    };
    texts.emptyWorkspace = CustomerDetail::tr("This customer has no conversations.");
    texts.emptySearch = texts.emptyWorkspace;
    texts.loadFailed = CustomerDetail::tr("Could not load the customer's conversations");
    texts.loadMoreFailed = CustomerDetail::tr("Could not load more of the customer's conversations after row %1");
    return texts;
}

} // namespace

CustomerDetail::CustomerDetail(core::Session *session, QWidget *parent)
    : RecordDetailPane(session, new CustomerConversationsModel(session->client(), session->names()), conversationTexts(),
                       tr("Select a customer to see their profile and conversations."), parent)
    , m_conversations(static_cast<CustomerConversationsModel *>(relatedModel()))
{
    configureFields();
    configureConversationList();

    connect(session->names(), &core::NameDirectory::namesChanged, this, [this](core::NameDirectory::Kind kind) {
        if (kind == core::NameDirectory::Kind::Company)
            showCompany();
    });
}

void CustomerDetail::configureFields()
{
    DetailFields *rows = fields();
    rows->addRow(QStringLiteral("email"), tr("E-mail"));
    rows->addRow(QStringLiteral("phone"), tr("Phone"));
    rows->addRow(CompanyKey, tr("Company"));
    rows->addRow(QStringLiteral("locale"), tr("Locale"));
    rows->addRow(QStringLiteral("country"), tr("Country"));
    rows->addRow(QStringLiteral("first_seen_at"), tr("First seen"));
    rows->addRow(QStringLiteral("last_seen_at"), tr("Last seen"));
    rows->addRow(QStringLiteral("created_at"), tr("Created"));
    rows->addRow(QStringLiteral("updated_at"), tr("Updated"));
    rows->addRow(QStringLiteral("id"), tr("ID"));
    connect(rows, &DetailFields::linkActivated, this, [this](const QString &key, const QString &link) {
        if (key == CompanyKey)
            emit companyActivated(link);
    });
}

void CustomerDetail::configureConversationList()
{
    RecordListPanel *list = relatedList();
    for (int column : {ConversationListModel::CustomerColumn, ConversationListModel::TagsColumn,
                       ConversationListModel::CreatedColumn})
        list->table()->hideColumn(column);
    list->setTimeColumns({ConversationListModel::LastMessageColumn});
    list->setStretchColumn(ConversationListModel::SubjectColumn);

    QHeaderView *header = list->table()->horizontalHeader();
    header->resizeSection(ConversationListModel::PriorityColumn, 70);
    header->resizeSection(ConversationListModel::ChannelColumn, 60);
    header->resizeSection(ConversationListModel::StatusColumn, 60);
    header->resizeSection(ConversationListModel::AssigneeColumn, 120);
    header->resizeSection(ConversationListModel::LastMessageColumn, 90);

    list->table()->setToolTip(tr("Double-click a conversation to open it in the inbox."));
    connect(list, &RecordListPanel::activated, this, &CustomerDetail::conversationActivated);
}

void CustomerDetail::showCustomer(const core::Customer &customer)
{
    const bool sameCustomer = customer.id == m_customer.id;
    m_customer = customer;
    showFields();
    showProfile(customer.displayName());

    if (!sameCustomer || !m_conversations->isStarted())
        m_conversations->setCustomerId(customer.id);
}

void CustomerDetail::clear()
{
    m_customer = core::Customer();
    m_conversations->cancel();
    showHint();
}

void CustomerDetail::showFields()
{
    DetailFields *rows = fields();
    rows->setText(QStringLiteral("email"), m_customer.email);
    rows->setText(QStringLiteral("phone"), m_customer.phone);
    rows->setText(QStringLiteral("locale"), m_customer.locale);
    rows->setText(QStringLiteral("country"), m_customer.country);
    rows->setTime(QStringLiteral("first_seen_at"), m_customer.firstSeenAt);
    rows->setTime(QStringLiteral("last_seen_at"), m_customer.lastSeenAt);
    rows->setTime(QStringLiteral("created_at"), m_customer.createdAt);
    rows->setTime(QStringLiteral("updated_at"), m_customer.updatedAt);
    rows->setText(QStringLiteral("id"), m_customer.id);
    showCompany();
}

void CustomerDetail::showCompany()
{
    if (m_customer.companyId.isEmpty() || !session()) {
        fields()->setText(CompanyKey, QString());
        return;
    }

    const core::NameDirectory::Entry entry = session()->names()->lookup(core::NameDirectory::Kind::Company, m_customer.companyId);
    switch (entry.state) {
    case core::NameDirectory::State::Loading:
        fields()->setText(CompanyKey, tr("Loading the company's name…"));
        break;
    case core::NameDirectory::State::Known:
        fields()->setLink(CompanyKey, entry.name, m_customer.companyId);
        fields()->value(CompanyKey)->setToolTip(tr("Open this company in Companies"));
        break;
    case core::NameDirectory::State::Failed:
        fields()->setLink(CompanyKey, tr("Company %1 (its name could not be loaded)").arg(m_customer.companyId),
                          m_customer.companyId);
        break;
    }
}

} // namespace weav::ui
