#include "Resources.h"

namespace weav::sandbox {

std::optional<QJsonObject> loadAgent(const QSqlDatabase &, const QString &, const QString &)
{
    return std::nullopt;
}

void registerAgentRoutes(Router &)
{
}

} // namespace weav::sandbox
