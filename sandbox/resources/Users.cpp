#include "Resources.h"

namespace weav::sandbox {

std::optional<QJsonObject> loadUser(const QSqlDatabase &, const QString &, const QString &)
{
    return std::nullopt;
}

void registerUserRoutes(Router &)
{
}

} // namespace weav::sandbox
