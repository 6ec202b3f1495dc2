#pragma once

#include "api/Router.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

// Each resource keeps all of its routes in one function and one file. Nested lists live with the
// resource they return: /companies/{id}/customers in Customers.cpp, /customers/{id}/conversations in
// Conversations.cpp, /conversations/{id}/messages in Messages.cpp.
namespace weav::sandbox {

void registerAllRoutes(Router &router);

void registerUserRoutes(Router &router);
void registerAgentRoutes(Router &router);
void registerCompanyRoutes(Router &router);
void registerCustomerRoutes(Router &router);
void registerConversationRoutes(Router &router);
void registerMessageRoutes(Router &router);
void registerTrainingRoutes(Router &router);

// Loaders return a resource in its REST shape (also the webhook `data`), or nullopt when the id is
// not in the workspace.
std::optional<QJsonObject> loadUser(const QSqlDatabase &db, const QString &workspaceId, const QString &id);
std::optional<QJsonObject> loadAgent(const QSqlDatabase &db, const QString &workspaceId, const QString &id);
std::optional<QJsonObject> loadCompany(const QSqlDatabase &db, const QString &workspaceId, const QString &id);
std::optional<QJsonObject> loadCustomer(const QSqlDatabase &db, const QString &workspaceId, const QString &id);
std::optional<QJsonObject> loadConversation(const QSqlDatabase &db, const QString &workspaceId, const QString &id);
std::optional<QJsonObject> loadMessage(const QSqlDatabase &db, const QString &workspaceId, const QString &id);
std::optional<QJsonObject> loadTrainingItem(const QSqlDatabase &db, const QString &workspaceId, const QString &id);

// Whether a row with this id exists in the workspace's table (users, agents, customers, ...).
bool existsInWorkspace(const QSqlDatabase &db, const QString &table, const QString &workspaceId, const QString &id);

} // namespace weav::sandbox
