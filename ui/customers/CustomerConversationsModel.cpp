#include "CustomerConversationsModel.h"

#include "api/Endpoints.h"

namespace weav::ui {

void CustomerConversationsModel::setCustomerId(const QString &customerId)
{
    core::ConversationFilter filter;
    filter.customerId = customerId;
    setFilter(filter);
}

core::ApiRequest CustomerConversationsModel::listRequest() const
{
    core::ApiRequest request = core::ConversationListModel::listRequest();
    request.path = core::endpoints::customerConversations(filter().customerId);
    // The path names the customer already.
    request.query.removeAllQueryItems(QStringLiteral("customer_id"));
    return request;
}

} // namespace weav::ui
