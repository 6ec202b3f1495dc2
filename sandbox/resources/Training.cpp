#include "Resources.h"

namespace weav::sandbox {

std::optional<QJsonObject> loadTrainingItem(const QSqlDatabase &, const QString &, const QString &)
{
    return std::nullopt;
}

void registerTrainingRoutes(Router &)
{
}

} // namespace weav::sandbox
