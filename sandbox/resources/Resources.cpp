#include "Resources.h"

#include "store/Database.h"

namespace weav::sandbox {

void registerAllRoutes(Router &router)
{
    registerUserRoutes(router);
    registerAgentRoutes(router);
    registerCompanyRoutes(router);
    registerCustomerRoutes(router);
    registerConversationRoutes(router);
    registerMessageRoutes(router);
    registerTrainingRoutes(router);
}

bool existsInWorkspace(const QSqlDatabase &db, const QString &table, const QString &workspaceId, const QString &id)
{
    // The table name comes from code, never from a request.
    return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = ? AND workspace_id = ?").arg(table),
                       {id, workspaceId}) > 0;
}

} // namespace weav::sandbox
