#pragma once

#include "RecordDetailPane.h"
#include "types/People.h"

namespace weav::ui {

class CustomerConversationsModel;

// One customer in full: every profile field, the company as a link, and their conversations from
// GET /v1/customers/{id}/conversations, paged as the list scrolls. A hint fills the pane while no
// customer is shown.
class CustomerDetail : public RecordDetailPane
{
    Q_OBJECT

public:
    explicit CustomerDetail(core::Session *session, QWidget *parent = nullptr);

    // Shows the customer and loads their conversations, unless this customer is shown already.
    void showCustomer(const core::Customer &customer);
    // Shows the hint instead of a customer.
    void clear();

    bool hasCustomer() const { return !m_customer.id.isEmpty(); }
    const core::Customer &customer() const { return m_customer; }
    CustomerConversationsModel *conversations() const { return m_conversations; }
    RecordListPanel *conversationList() const { return relatedList(); }

signals:
    void companyActivated(const QString &companyId);
    void conversationActivated(const QString &conversationId);

private:
    void configureFields();
    void configureConversationList();
    void showFields();
    void showCompany();

    core::Customer m_customer;
    CustomerConversationsModel *m_conversations;
};

} // namespace weav::ui
