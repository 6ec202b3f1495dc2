#pragma once

#include <QString>

// Every path the client uses, written once. Paths include the /v1 prefix and are appended to the
// workspace's base URL (https://api.weav.com, or the sandbox's http://127.0.0.1:PORT).
namespace weav::core::endpoints {

QString users();
QString user(const QString &id);

QString agents();
QString agent(const QString &id);

QString conversations();
QString conversation(const QString &id);
QString conversationMessages(const QString &conversationId);

QString messages();
QString message(const QString &id);

QString customers();
QString customer(const QString &id);
QString customerConversations(const QString &customerId);

QString companies();
QString company(const QString &id);
QString companyCustomers(const QString &companyId);

QString trainingData();
QString trainingItem(const QString &id);
QString trainingItemAgents(const QString &id);
QString trainingUrlsProcess();

} // namespace weav::core::endpoints
