#include "Resources.h"

namespace weav::sandbox {

std::optional<QJsonObject> loadMessage(const QSqlDatabase &, const QString &, const QString &)
{
    return std::nullopt;
}

void registerMessageRoutes(Router &)
{
}

} // namespace weav::sandbox
