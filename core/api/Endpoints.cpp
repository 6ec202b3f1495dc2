#include "Endpoints.h"

#include <QUrl>

namespace weav::core::endpoints {

namespace {

// Ids come from the server, but a path segment is percent-encoded all the same.
QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

QString users() { return QStringLiteral("/v1/users"); }
QString user(const QString &id) { return users() + QLatin1Char('/') + segment(id); }

QString agents() { return QStringLiteral("/v1/agents"); }
QString agent(const QString &id) { return agents() + QLatin1Char('/') + segment(id); }

QString conversations() { return QStringLiteral("/v1/conversations"); }
QString conversation(const QString &id) { return conversations() + QLatin1Char('/') + segment(id); }
QString conversationMessages(const QString &conversationId) { return conversation(conversationId) + QStringLiteral("/messages"); }

QString messages() { return QStringLiteral("/v1/messages"); }
QString message(const QString &id) { return messages() + QLatin1Char('/') + segment(id); }

QString customers() { return QStringLiteral("/v1/customers"); }
QString customer(const QString &id) { return customers() + QLatin1Char('/') + segment(id); }
QString customerConversations(const QString &customerId) { return customer(customerId) + QStringLiteral("/conversations"); }

QString companies() { return QStringLiteral("/v1/companies"); }
QString company(const QString &id) { return companies() + QLatin1Char('/') + segment(id); }
QString companyCustomers(const QString &companyId) { return company(companyId) + QStringLiteral("/customers"); }

QString trainingData() { return QStringLiteral("/v1/training-data"); }
QString trainingItem(const QString &id) { return trainingData() + QLatin1Char('/') + segment(id); }
QString trainingItemAgents(const QString &id) { return trainingItem(id) + QStringLiteral("/agents"); }
QString trainingUrlsProcess() { return trainingData() + QStringLiteral("/urls/process"); }

} // namespace weav::core::endpoints
