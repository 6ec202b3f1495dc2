#include "ResourceColumns.h"

#include "types/Agent.h"
#include "types/Conversation.h"
#include "types/People.h"
#include "types/TrainingItem.h"

namespace weav::core::cli {

namespace {

QVariant optionalNumber(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariantList conversationListCells(const Conversation &c)
{
    return {c.id,           c.priority,     c.status,      c.channel,
            c.subject,      c.assigneeType, c.createdAt,   c.lastMessageAt};
}

} // namespace

ResourceColumns conversationColumns()
{
    ResourceColumns columns;
    columns.headers = {QStringLiteral("id"),      QStringLiteral("priority"),      QStringLiteral("status"),
                       QStringLiteral("channel"), QStringLiteral("subject"),       QStringLiteral("assignee_type"),
                       QStringLiteral("created_at"), QStringLiteral("last_message_at")};
    columns.cells = [](const QJsonObject &object, ParseIssues *issues) {
        return conversationListCells(Conversation::fromJson(object, issues).value_or(Conversation()));
    };
    return columns;
}

ResourceColumns conversationExportColumns()
{
    ResourceColumns columns = conversationColumns();
    columns.headers += {QStringLiteral("customer_id"), QStringLiteral("assignee_id"),       QStringLiteral("tags"),
                        QStringLiteral("closed_at"),   QStringLiteral("first_response_at"), QStringLiteral("updated_at")};
    columns.cells = [](const QJsonObject &object, ParseIssues *issues) {
        const Conversation c = Conversation::fromJson(object, issues).value_or(Conversation());
        return conversationListCells(c)
               + QVariantList{c.customerId, c.assigneeId, c.tags, c.closedAt, c.firstResponseAt, c.updatedAt};
    };
    return columns;
}

ResourceColumns customerColumns()
{
    ResourceColumns columns;
    columns.headers = {QStringLiteral("id"),         QStringLiteral("first_name"), QStringLiteral("last_name"),
                       QStringLiteral("email"),      QStringLiteral("phone"),      QStringLiteral("company_id"),
                       QStringLiteral("country"),    QStringLiteral("created_at")};
    columns.cells = [](const QJsonObject &object, ParseIssues *issues) {
        const Customer c = Customer::fromJson(object, issues).value_or(Customer());
        return QVariantList{c.id, c.firstName, c.lastName, c.email, c.phone, c.companyId, c.country, c.createdAt};
    };
    return columns;
}

ResourceColumns companyColumns()
{
    ResourceColumns columns;
    columns.headers = {QStringLiteral("id"),       QStringLiteral("name"),           QStringLiteral("domain"),
                       QStringLiteral("industry"), QStringLiteral("employee_count"), QStringLiteral("created_at")};
    columns.cells = [](const QJsonObject &object, ParseIssues *issues) {
        const Company c = Company::fromJson(object, issues).value_or(Company());
        return QVariantList{c.id, c.name, c.domain, c.industry, optionalNumber(c.employeeCount), c.createdAt};
    };
    return columns;
}

ResourceColumns agentColumns()
{
    ResourceColumns columns;
    columns.headers = {QStringLiteral("id"),        QStringLiteral("name"),       QStringLiteral("slug"),
                       QStringLiteral("is_active"), QStringLiteral("is_copilot"), QStringLiteral("is_email_agent"),
                       QStringLiteral("tone"),      QStringLiteral("response_length"), QStringLiteral("created_at")};
    columns.cells = [](const QJsonObject &object, ParseIssues *issues) {
        const Agent a = Agent::fromJson(object, issues).value_or(Agent());
        return QVariantList{a.id,           a.name, a.slug,           a.isActive, a.isCopilot,
                            a.isEmailAgent, a.tone, a.responseLength, a.createdAt};
    };
    return columns;
}

ResourceColumns userColumns()
{
    ResourceColumns columns;
    columns.headers = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("role"),
                       QStringLiteral("created_at")};
    columns.cells = [](const QJsonObject &object, ParseIssues *issues) {
        const User u = User::fromJson(object, issues).value_or(User());
        return QVariantList{u.id, u.name, u.email, u.role, u.createdAt};
    };
    return columns;
}

ResourceColumns trainingColumns()
{
    ResourceColumns columns;
    columns.headers = {QStringLiteral("id"),        QStringLiteral("type"),       QStringLiteral("title"),
                       QStringLiteral("status"),    QStringLiteral("agent_ids"),  QStringLiteral("created_at"),
                       QStringLiteral("updated_at")};
    columns.cells = [](const QJsonObject &object, ParseIssues *issues) {
        const TrainingItem t = TrainingItem::fromJson(object, issues).value_or(TrainingItem());
        return QVariantList{t.id, t.type, t.title, t.status, t.agentIds, t.createdAt, t.updatedAt};
    };
    return columns;
}

} // namespace weav::core::cli
