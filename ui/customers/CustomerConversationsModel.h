#pragma once

#include "models/ConversationListModel.h"

namespace weav::ui {

// The conversations of one customer, from GET /v1/customers/{id}/conversations, newest first. The
// rows are checked on the client against the customer id as well, so that a server that ignores
// the path's customer never shows another customer's conversation as theirs.
class CustomerConversationsModel : public core::ConversationListModel
{
    Q_OBJECT

public:
    using core::ConversationListModel::ConversationListModel;

    // Clears the list and loads the conversations of this customer.
    void setCustomerId(const QString &customerId);
    QString customerId() const { return filter().customerId; }

protected:
    core::ApiRequest listRequest() const override;
};

} // namespace weav::ui
