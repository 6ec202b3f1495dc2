#pragma once

#include "types/Agent.h"
#include "types/People.h"
#include "types/TrainingItem.h"

#include <QString>
#include <QUrlQuery>

#include <optional>

// The list filters of the resources other than conversations. Each sends its filters with
// toQuery() and applies the same ones on the client with matches(). An empty field is no filter.
namespace weav::core {

// Adds key=value to the query with '%' and '+' percent-encoded: QUrlQuery leaves '+' as it is,
// and servers read a bare '+' in a query as a space.
void addQueryItem(QUrlQuery &query, const QString &key, const QString &value);
// Adds key=value with the value trimmed, unless the value is empty or only spaces.
void addQueryItemIfSet(QUrlQuery &query, const QString &key, const QString &value);

// Whether haystack contains the trimmed needle, ignoring case. An empty needle matches.
bool containsText(const QString &haystack, const QString &needle);

// GET /v1/users: q matches name or email.
struct UserFilter
{
    QString text;
    QString role; // admin | lead | agent

    QUrlQuery toQuery() const;
    bool matches(const User &user) const;
    bool operator==(const UserFilter &other) const = default;
};

// GET /v1/agents. Weav's API reference names no filters for agents, but the sandbox reads q (name
// contains) and is_active. A server that ignores them still yields the right rows, because the
// client filters too.
struct AgentFilter
{
    QString text;
    std::optional<bool> isActive;

    QUrlQuery toQuery() const;
    bool matches(const Agent &agent) const;
    bool operator==(const AgentFilter &other) const = default;
};

// GET /v1/customers: q matches first name, last name, "first last" or email; email matches the
// whole address, ignoring case.
struct CustomerFilter
{
    QString text;
    QString email;
    QString companyId;

    QUrlQuery toQuery() const;
    bool matches(const Customer &customer) const;
    bool operator==(const CustomerFilter &other) const = default;
};

// GET /v1/companies: q matches name or domain.
struct CompanyFilter
{
    QString text;

    QUrlQuery toQuery() const;
    bool matches(const Company &company) const;
    bool operator==(const CompanyFilter &other) const = default;
};

// GET /v1/training-data: q matches the title.
struct TrainingFilter
{
    QString type;   // text | qa | file | url
    QString status; // pending | processing | ready | failed
    QString agentId;
    QString text;

    QUrlQuery toQuery() const;
    bool matches(const TrainingItem &item) const;
    bool operator==(const TrainingFilter &other) const = default;
};

} // namespace weav::core
