#include "Resources.h"

namespace weav::sandbox {

std::optional<QJsonObject> loadConversation(const QSqlDatabase &, const QString &, const QString &)
{
    return std::nullopt;
}

void registerConversationRoutes(Router &)
{
}

} // namespace weav::sandbox
