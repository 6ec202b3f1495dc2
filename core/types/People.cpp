#include "People.h"

namespace weav::core {

std::optional<User> User::fromJson(const QJsonObject &object, ParseIssues *issues)
{
    JsonReader reader(object, "User", issues);
    User u;
    u.id = reader.string("id");
    if (u.id.isEmpty())
        return std::nullopt;
    u.name = reader.string("name");
    u.email = reader.string("email");
    u.role = reader.string("role");
    u.createdAt = reader.time("created_at");
    u.updatedAt = reader.time("updated_at");
    return u;
}

QJsonObject User::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("email"), email},
        {QStringLiteral("role"), role},
        {QStringLiteral("created_at"), nullableTime(createdAt)},
        {QStringLiteral("updated_at"), nullableTime(updatedAt)},
    };
}

QString Customer::displayName() const
{
    const QString full = QStringLiteral("%1 %2").arg(firstName, lastName).trimmed();
    return full.isEmpty() ? email : full;
}

std::optional<Customer> Customer::fromJson(const QJsonObject &object, ParseIssues *issues)
{
    JsonReader reader(object, "Customer", issues);
    Customer c;
    c.id = reader.string("id");
    if (c.id.isEmpty())
        return std::nullopt;
    c.firstName = reader.string("first_name");
    c.lastName = reader.string("last_name");
    c.email = reader.string("email");
    c.phone = reader.string("phone");
    c.locale = reader.string("locale");
    c.country = reader.string("country");
    c.companyId = reader.string("company_id");
    c.avatarUrl = reader.string("avatar_url");
    c.firstSeenAt = reader.time("first_seen_at");
    c.lastSeenAt = reader.time("last_seen_at");
    c.createdAt = reader.time("created_at");
    c.updatedAt = reader.time("updated_at");
    return c;
}

QJsonObject Customer::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("first_name"), nullableString(firstName)},
        {QStringLiteral("last_name"), nullableString(lastName)},
        {QStringLiteral("email"), email},
        {QStringLiteral("phone"), nullableString(phone)},
        {QStringLiteral("locale"), nullableString(locale)},
        {QStringLiteral("country"), nullableString(country)},
        {QStringLiteral("company_id"), nullableString(companyId)},
        {QStringLiteral("avatar_url"), nullableString(avatarUrl)},
        {QStringLiteral("first_seen_at"), nullableTime(firstSeenAt)},
        {QStringLiteral("last_seen_at"), nullableTime(lastSeenAt)},
        {QStringLiteral("created_at"), nullableTime(createdAt)},
        {QStringLiteral("updated_at"), nullableTime(updatedAt)},
    };
}

std::optional<Company> Company::fromJson(const QJsonObject &object, ParseIssues *issues)
{
    JsonReader reader(object, "Company", issues);
    Company c;
    c.id = reader.string("id");
    if (c.id.isEmpty())
        return std::nullopt;
    c.name = reader.string("name");
    c.domain = reader.string("domain");
    c.industry = reader.string("industry");
    c.employeeCount = reader.integer("employee_count");
    c.createdAt = reader.time("created_at");
    c.updatedAt = reader.time("updated_at");
    return c;
}

QJsonObject Company::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("domain"), nullableString(domain)},
        {QStringLiteral("industry"), nullableString(industry)},
        {QStringLiteral("employee_count"), employeeCount ? QJsonValue(*employeeCount) : QJsonValue()},
        {QStringLiteral("created_at"), nullableTime(createdAt)},
        {QStringLiteral("updated_at"), nullableTime(updatedAt)},
    };
}

} // namespace weav::core
