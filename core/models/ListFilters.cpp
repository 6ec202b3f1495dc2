#include "ListFilters.h"

namespace weav::core {

void addQueryItem(QUrlQuery &query, const QString &key, const QString &value)
{
    QString encoded = value;
    encoded.replace(QLatin1Char('%'), QLatin1String("%25"));
    encoded.replace(QLatin1Char('+'), QLatin1String("%2B"));
    query.addQueryItem(key, encoded);
}

void addQueryItemIfSet(QUrlQuery &query, const QString &key, const QString &value)
{
    const QString trimmed = value.trimmed();
    if (!trimmed.isEmpty())
        addQueryItem(query, key, trimmed);
}

bool containsText(const QString &haystack, const QString &needle)
{
    const QString trimmed = needle.trimmed();
    return trimmed.isEmpty() || haystack.contains(trimmed, Qt::CaseInsensitive);
}

namespace {

bool equalsIfSet(const QString &value, const QString &filter)
{
    return filter.isEmpty() || value == filter;
}

QString booleanText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QUrlQuery UserFilter::toQuery() const
{
    QUrlQuery query;
    addQueryItemIfSet(query, QStringLiteral("q"), text);
    addQueryItemIfSet(query, QStringLiteral("role"), role);
    return query;
}

bool UserFilter::matches(const User &user) const
{
    const bool textMatches = containsText(user.name, text) || containsText(user.email, text);
    return textMatches && equalsIfSet(user.role, role);
}

QUrlQuery AgentFilter::toQuery() const
{
    QUrlQuery query;
    addQueryItemIfSet(query, QStringLiteral("q"), text);
    if (isActive)
        query.addQueryItem(QStringLiteral("is_active"), booleanText(*isActive));
    return query;
}

bool AgentFilter::matches(const Agent &agent) const
{
    if (isActive && agent.isActive != *isActive)
        return false;
    return containsText(agent.name, text);
}

QUrlQuery CustomerFilter::toQuery() const
{
    QUrlQuery query;
    addQueryItemIfSet(query, QStringLiteral("q"), text);
    addQueryItemIfSet(query, QStringLiteral("email"), email);
    addQueryItemIfSet(query, QStringLiteral("company_id"), companyId);
    return query;
}

bool CustomerFilter::matches(const Customer &customer) const
{
    const QString fullName = customer.firstName + QLatin1Char(' ') + customer.lastName;
    const bool textMatches = containsText(fullName, text) || containsText(customer.email, text);
    if (!textMatches)
        return false;

    const QString wantedEmail = email.trimmed();
    if (!wantedEmail.isEmpty() && customer.email.compare(wantedEmail, Qt::CaseInsensitive) != 0)
        return false;
    return equalsIfSet(customer.companyId, companyId.trimmed());
}

QUrlQuery CompanyFilter::toQuery() const
{
    QUrlQuery query;
    addQueryItemIfSet(query, QStringLiteral("q"), text);
    return query;
}

bool CompanyFilter::matches(const Company &company) const
{
    return containsText(company.name, text) || containsText(company.domain, text);
}

QUrlQuery TrainingFilter::toQuery() const
{
    QUrlQuery query;
    addQueryItemIfSet(query, QStringLiteral("type"), type);
    addQueryItemIfSet(query, QStringLiteral("status"), status);
    addQueryItemIfSet(query, QStringLiteral("agent_id"), agentId);
    addQueryItemIfSet(query, QStringLiteral("q"), text);
    return query;
}

bool TrainingFilter::matches(const TrainingItem &item) const
{
    if (!equalsIfSet(item.type, type) || !equalsIfSet(item.status, status))
        return false;
    if (!agentId.isEmpty() && !item.agentIds.contains(agentId))
        return false;
    return containsText(item.title, text);
}

} // namespace weav::core
