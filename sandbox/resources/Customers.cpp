#include "Resources.h"

namespace weav::sandbox {

std::optional<QJsonObject> loadCustomer(const QSqlDatabase &, const QString &, const QString &)
{
    return std::nullopt;
}

void registerCustomerRoutes(Router &)
{
}

} // namespace weav::sandbox
