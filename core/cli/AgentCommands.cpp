#include "AgentCommands.h"

#include "ResourceCommands.h"
#include "admin/AdminErrorText.h"
#include "admin/AgentValidator.h"
#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "types/Agent.h"

#include <QJsonObject>

namespace weav::core::cli {

namespace {

class Agents
{
    Q_DECLARE_TR_FUNCTIONS(weavctl)
};

// An option and the API field it sets.
struct FieldOption
{
    QString option;
    QString field;
};

const QList<FieldOption> &agentFieldOptionList()
{
    static const QList<FieldOption> options{
        {QStringLiteral("name"), QStringLiteral("name")},
        {QStringLiteral("description"), QStringLiteral("description")},
        {QStringLiteral("avatar-url"), QStringLiteral("avatar_url")},
        {QStringLiteral("max-messages"), QStringLiteral("max_messages_per_session")},
        {QStringLiteral("tone"), QStringLiteral("tone")},
        {QStringLiteral("response-length"), QStringLiteral("response_length")},
        {QStringLiteral("active"), QStringLiteral("is_active")},
    };
    return options;
}

// The label of a field in an error: the weavctl option that sets it where there is one, so the
// message names what to change on the command line.
QString fieldLabel(const QString &field)
{
    for (const FieldOption &option : agentFieldOptionList()) {
        if (option.field == field)
            return QStringLiteral("--") + option.option;
    }
    if (field == QLatin1String("agent_id") || field == QLatin1String("agent_ids") || field.startsWith(QLatin1String("agent_ids.")))
        return QStringLiteral("--agent");
    if (field == QLatin1String("content"))
        return QStringLiteral("--file");
    if (field == QLatin1String("title") || field == QLatin1String("type") || field == QLatin1String("status"))
        return QStringLiteral("--") + field;
    return field;
}

void printFieldErrors(CommandContext &context, const FieldErrors &errors)
{
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        for (const QString &message : it.value())
            context.note(QStringLiteral("%1: %2").arg(fieldLabel(it.key()), message));
    }
}

// The JSON value of an option as the API takes it. Text that is not a number or a boolean where
// one is expected stays text, so that the validator names the field and the value.
QJsonValue fieldValue(const QString &field, const QString &text)
{
    if (field == QLatin1String("max_messages_per_session")) {
        if (text.trimmed().isEmpty())
            return QJsonValue::Null;
        bool ok = false;
        const qint64 number = text.trimmed().toLongLong(&ok);
        return ok ? QJsonValue(number) : QJsonValue(text);
    }
    if (field == QLatin1String("is_active")) {
        const QString lower = text.trimmed().toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("1"))
            return true;
        if (lower == QLatin1String("false") || lower == QLatin1String("0"))
            return false;
    }
    return text;
}

// The request body of the field options that are given.
QJsonObject agentBody(const CommandLine &line)
{
    QJsonObject body;
    for (const FieldOption &option : agentFieldOptionList()) {
        if (line.isSet(option.option))
            body.insert(option.field, fieldValue(option.field, line.value(option.option)));
    }
    return body;
}

QString optionNames()
{
    QStringList names;
    for (const FieldOption &option : agentFieldOptionList())
        names.append(QStringLiteral("--") + option.option);
    return names.join(QStringLiteral(", "));
}

// Connects a client and sends the agent body after checking it.
int sendAgentBody(CommandContext &context, const ApiRequest &request, const QJsonObject &body,
                  AgentValidator::Mode mode)
{
    const FieldErrors errors = AgentValidator::validate(body, mode);
    if (!errors.isEmpty())
        return reportRejectedFields(context, errors);

    ApiClient client;
    const int connected = connectClient(context, client);
    if (connected != Success)
        return connected;
    return sendAndPrintResource(context, client, request, agentDetailColumns());
}

} // namespace

QList<OptionSpec> agentFieldOptions()
{
    QList<OptionSpec> options;
    for (const FieldOption &option : agentFieldOptionList())
        options.append({option.option, true});
    return options;
}

ResourceColumns agentDetailColumns()
{
    ResourceColumns columns;
    columns.headers = {QStringLiteral("id"),
                       QStringLiteral("name"),
                       QStringLiteral("slug"),
                       QStringLiteral("description"),
                       QStringLiteral("avatar_url"),
                       QStringLiteral("max_messages_per_session"),
                       QStringLiteral("tone"),
                       QStringLiteral("response_length"),
                       QStringLiteral("is_active"),
                       QStringLiteral("is_copilot"),
                       QStringLiteral("is_email_agent"),
                       QStringLiteral("created_at"),
                       QStringLiteral("updated_at")};
    columns.cells = [](const QJsonObject &object, ParseIssues *issues) {
        const Agent a = Agent::fromJson(object, issues).value_or(Agent());
        const QVariant maxMessages = a.maxMessagesPerSession ? QVariant(*a.maxMessagesPerSession) : QVariant();
        return QVariantList{a.id,           a.name,     a.slug,      a.description,  a.avatarUrl, maxMessages, a.tone,
                            a.responseLength, a.isActive, a.isCopilot, a.isEmailAgent, a.createdAt, a.updatedAt};
    };
    return columns;
}

int reportAdminFailure(CommandContext &context, const ApiError &error)
{
    const QString explanation = AdminErrorText::explain(error);
    if (explanation.isEmpty() && error.fieldErrors.isEmpty())
        return context.apiFailure(error);

    context.note(error.summary());
    printFieldErrors(context, error.fieldErrors);
    if (!explanation.isEmpty())
        return context.fail(exitCodeFor(error), explanation);
    return context.fail(exitCodeFor(error), Agents::tr("Correct the values above and run the command again."));
}

int reportRejectedFields(CommandContext &context, const FieldErrors &errors)
{
    printFieldErrors(context, errors);
    return context.fail(Validation, Agents::tr("Nothing was sent. Correct the values above and run the command again."));
}

int sendAndPrintResource(CommandContext &context, ApiClient &client, const ApiRequest &request,
                         const ResourceColumns &columns)
{
    const ApiResponse response = client.sendAndWait(request);
    if (!response.ok())
        return reportAdminFailure(context, response.error);

    const QString endpoint = QStringLiteral("%1 %2").arg(QString::fromLatin1(request.method), request.path);
    if (!response.json.isObject()) {
        return context.fail(NetworkOrServer, Agents::tr("%1 returned no JSON object (request id %2).")
                                                 .arg(endpoint, response.requestId));
    }

    ParseIssues issues;
    printResource(context, response.object(), columns, &issues);
    reportParseIssues(context, endpoint, issues);
    return Success;
}

int sendDelete(CommandContext &context, const QString &path)
{
    ApiClient client;
    const int connected = connectClient(context, client);
    if (connected != Success)
        return connected;

    const ApiResponse response = client.sendAndWait(ApiRequest::remove(path));
    if (!response.ok())
        return reportAdminFailure(context, response.error);
    return Success;
}

int runAgentsGet(CommandContext &context)
{
    const QString id = context.word(2).trimmed();
    if (id.isEmpty())
        return context.usage(Agents::tr("agents get needs an agent ID."));

    ApiClient client;
    const int connected = connectClient(context, client);
    if (connected != Success)
        return connected;
    return sendAndPrintResource(context, client, ApiRequest::get(endpoints::agent(id)), agentDetailColumns());
}

int runAgentsCreate(CommandContext &context)
{
    if (!context.line.isSet(QStringLiteral("name")))
        return context.usage(Agents::tr("agents create needs --name NAME."));

    const QJsonObject body = agentBody(context.line);
    return sendAgentBody(context, ApiRequest::post(endpoints::agents(), body), body, AgentValidator::Mode::Create);
}

int runAgentsUpdate(CommandContext &context)
{
    const QString id = context.word(2).trimmed();
    if (id.isEmpty())
        return context.usage(Agents::tr("agents update needs an agent ID."));

    const QJsonObject body = agentBody(context.line);
    if (body.isEmpty())
        return context.usage(Agents::tr("agents update needs at least one of %1.").arg(optionNames()));
    return sendAgentBody(context, ApiRequest::put(endpoints::agent(id), body), body, AgentValidator::Mode::Update);
}

int runAgentsDelete(CommandContext &context)
{
    const QString id = context.word(2).trimmed();
    if (id.isEmpty())
        return context.usage(Agents::tr("agents delete needs an agent ID."));
    return sendDelete(context, endpoints::agent(id));
}

} // namespace weav::core::cli
