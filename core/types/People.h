#pragma once

#include "JsonReader.h"

#include <optional>

namespace weav::core {

// A teammate: a human assignee.
struct User
{
    QString id;
    QString name;
    QString email;
    QString role; // admin | lead | agent
    QDateTime createdAt;
    QDateTime updatedAt;

    static std::optional<User> fromJson(const QJsonObject &object, ParseIssues *issues = nullptr);
    QJsonObject toJson() const;
    bool operator==(const User &other) const = default;
};

struct Customer
{
    QString id;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString locale;
    QString country;
    QString companyId;
    QString avatarUrl;
    QDateTime firstSeenAt;
    QDateTime lastSeenAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    // "First Last", or the e-mail address when both names are empty.
    QString displayName() const;

    static std::optional<Customer> fromJson(const QJsonObject &object, ParseIssues *issues = nullptr);
    QJsonObject toJson() const;
    bool operator==(const Customer &other) const = default;
};

struct Company
{
    QString id;
    QString name;
    QString domain;
    QString industry;
    std::optional<qint64> employeeCount;
    QDateTime createdAt;
    QDateTime updatedAt;

    static std::optional<Company> fromJson(const QJsonObject &object, ParseIssues *issues = nullptr);
    QJsonObject toJson() const;
    bool operator==(const Company &other) const = default;
};

} // namespace weav::core
