#include "ResourceCommands.h"

#include "ConversationQuery.h"
#include "CsvWriter.h"
#include "ListFetch.h"
#include "ResourceColumns.h"
#include "WorkspaceConnection.h"
#include "api/Endpoints.h"
#include "workspace/ConnectionCheck.h"

#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

namespace weav::core::cli {

namespace {

class Resources
{
    Q_DECLARE_TR_FUNCTIONS(weavctl)
};

struct ListEndpoint
{
    QString path;
    ResourceColumns columns;
};

ListEndpoint listEndpointOf(const QString &resource)
{
    if (resource == QLatin1String("customers"))
        return {endpoints::customers(), customerColumns()};
    if (resource == QLatin1String("companies"))
        return {endpoints::companies(), companyColumns()};
    if (resource == QLatin1String("agents"))
        return {endpoints::agents(), agentColumns()};
    if (resource == QLatin1String("users"))
        return {endpoints::users(), userColumns()};
    return {endpoints::trainingData(), trainingColumns()};
}

QString abilityName(ConnectionReport::Ability ability)
{
    switch (ability) {
    case ConnectionReport::Ability::Yes:
        return QStringLiteral("yes");
    case ConnectionReport::Ability::No:
        return QStringLiteral("no");
    case ConnectionReport::Ability::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

void printReport(CommandContext &context, const ConnectionReport &report)
{
    if (context.format != OutputFormat::Json) {
        const QStringList findings = report.findings();
        for (const QString &finding : findings)
            context.out << finding << '\n';
        return;
    }

    const QJsonObject object{{QStringLiteral("usable"), report.isUsable()},
                             {QStringLiteral("reachable"), report.reachable},
                             {QStringLiteral("authenticated"), report.authenticated},
                             {QStringLiteral("can_read"), abilityName(report.canRead)},
                             {QStringLiteral("can_write"), abilityName(report.canWrite)},
                             {QStringLiteral("latency_ms"), report.latencyMs},
                             {QStringLiteral("findings"), QJsonArray::fromStringList(report.findings())}};
    context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

int checkFailure(CommandContext &context, const ConnectionReport &report)
{
    if (report.reachable && report.authenticated && report.canRead == ConnectionReport::Ability::No)
        return context.fail(Authentication, Resources::tr("The token cannot read this workspace: it lacks the "
                                                          "external-api:read ability."));
    return context.apiFailure(report.error);
}

// The conversations that pass the query, parsed once. Reports rows that the server should not
// have sent.
QJsonArray matchingConversations(CommandContext &context, const QJsonArray &items, const ConversationQuery &query,
                                 ParseIssues *issues)
{
    QJsonArray matching;
    int withoutId = 0;
    int notMatching = 0;
    for (const QJsonValue &item : items) {
        const auto conversation = Conversation::fromJson(item.toObject(), issues);
        if (!conversation)
            ++withoutId;
        else if (!query.matches(*conversation))
            ++notMatching;
        else
            matching.append(item);
    }

    if (withoutId == 1)
        context.note(Resources::tr("The server returned 1 conversation without an id; it is left out."));
    else if (withoutId > 1)
        context.note(Resources::tr("The server returned %n conversations without an id; they are left out.", nullptr, withoutId));

    if (notMatching == 1)
        context.note(Resources::tr("The server returned 1 conversation that does not match the filters; it is left out."));
    else if (notMatching > 1)
        context.note(Resources::tr("The server returned %n conversations that do not match the filters; they are left "
                                   "out.", nullptr, notMatching));
    return matching;
}

// Writes the conversations of each page that pass the query as CSV rows.
struct ConversationCsvExport
{
    QSaveFile &file;
    const ConversationQuery &query;
    ResourceColumns columns;
    ParseIssues issues;
    qint64 exported = 0;
    qint64 skipped = 0;

    void writePage(const QJsonArray &page)
    {
        for (const QJsonValue &item : page) {
            const auto conversation = Conversation::fromJson(item.toObject(), &issues);
            if (!conversation || !query.matches(*conversation)) {
                ++skipped;
                continue;
            }

            const QStringList row = rowsOf(QJsonArray{item}, columns, OutputFormat::Csv, nullptr).value(0);
            file.write(CsvWriter::rowUtf8(row));
            ++exported;
        }
    }
};

} // namespace

void reportParseIssues(CommandContext &context, const QString &endpoint, const ParseIssues &issues)
{
    if (issues.isEmpty())
        return;
    context.note(Resources::tr("%1 returned fields of an unexpected type, shown as empty: %2").arg(endpoint, issues.summary()));
}

void printResource(CommandContext &context, const QJsonObject &object, const ResourceColumns &columns, ParseIssues *issues)
{
    if (context.format == OutputFormat::Json) {
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return;
    }

    const QList<QStringList> rows = rowsOf(QJsonArray{object}, columns, context.format, issues);
    if (context.format == OutputFormat::Csv) {
        printCsv(columns.headers, rows, context.out);
        return;
    }

    // A table of one row is hard to read, so a single resource prints as field and value lines.
    QList<QStringList> fields;
    for (qsizetype i = 0; i < columns.headers.size(); ++i)
        fields.append({columns.headers.at(i), rows.value(0).value(i)});
    printTable({QStringLiteral("field"), QStringLiteral("value")}, fields, context.out);
}

QStringList listableResources()
{
    return {QStringLiteral("customers"), QStringLiteral("companies"), QStringLiteral("agents"), QStringLiteral("users"),
            QStringLiteral("training")};
}

QList<OptionSpec> exportOptions()
{
    return {{QStringLiteral("out"), true}, {QStringLiteral("bom"), false}};
}

int connectClient(CommandContext &context, ApiClient &client)
{
    WorkspaceConnection connection(context);
    const ExitCode resolved = connection.resolve();
    if (resolved != Success)
        return resolved;
    connection.configure(client);
    return Success;
}

int runCheck(CommandContext &context)
{
    ApiClient client;
    const int connected = connectClient(context, client);
    if (connected != Success)
        return connected;

    const ConnectionReport report = ConnectionCheck::runAndWait(&client);
    printReport(context, report);
    if (report.isUsable())
        return Success;
    return checkFailure(context, report);
}

int runResourceList(CommandContext &context, const QString &resource)
{
    ListScope scope;
    QString error;
    if (!scope.read(context.line, &error))
        return context.usage(error);

    ApiClient client;
    const int connected = connectClient(context, client);
    if (connected != Success)
        return connected;

    const ListEndpoint endpoint = listEndpointOf(resource);
    const FetchResult result = fetchList(client, ApiRequest::get(endpoint.path), scope);
    if (result.error.isError())
        return context.apiFailure(result.error);

    ParseIssues issues;
    printItems(result.items, endpoint.columns, context.format, context.out, &issues);
    reportParseIssues(context, QStringLiteral("GET %1").arg(endpoint.path), issues);
    return Success;
}

int runConversationsList(CommandContext &context)
{
    ConversationQuery query;
    ListScope scope;
    QString error;
    if (!query.read(context.line, &error) || !scope.read(context.line, &error))
        return context.usage(error);

    ApiClient client;
    const int connected = connectClient(context, client);
    if (connected != Success)
        return connected;

    const FetchResult result = fetchList(client, ApiRequest::get(endpoints::conversations(), query.toQuery()), scope);
    if (result.error.isError())
        return context.apiFailure(result.error);

    ParseIssues issues;
    const QJsonArray matching = matchingConversations(context, result.items, query, &issues);
    printItems(matching, conversationColumns(), context.format, context.out, nullptr);
    reportParseIssues(context, QStringLiteral("GET %1").arg(endpoints::conversations()), issues);
    return Success;
}

int runConversationsGet(CommandContext &context)
{
    const QString id = context.word(2).trimmed();
    if (id.isEmpty())
        return context.usage(Resources::tr("conversations get needs a conversation ID."));

    ApiClient client;
    const int connected = connectClient(context, client);
    if (connected != Success)
        return connected;

    const ApiResponse response = client.sendAndWait(ApiRequest::get(endpoints::conversation(id)));
    if (!response.ok())
        return context.apiFailure(response.error);
    if (!response.json.isObject())
        return context.fail(NetworkOrServer, Resources::tr("GET %1 returned no JSON object (request id %2).")
                                                 .arg(endpoints::conversation(id), response.requestId));

    ParseIssues issues;
    printResource(context, response.object(), conversationExportColumns(), &issues);
    reportParseIssues(context, QStringLiteral("GET %1").arg(endpoints::conversation(id)), issues);
    return Success;
}

int runExportConversations(CommandContext &context)
{
    ConversationQuery query;
    QString error;
    if (!query.read(context.line, &error))
        return context.usage(error);
    const QString path = context.line.value(QStringLiteral("out"));
    if (path.isEmpty())
        return context.usage(Resources::tr("export conversations needs --out FILE."));

    ApiClient client;
    const int connected = connectClient(context, client);
    if (connected != Success)
        return connected;

    // QSaveFile writes to a temporary file beside the target and renames it over the target only
    // on commit(), so a failed export never leaves a partial file under the requested name.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return context.fail(LocalFailure, Resources::tr("Could not write %1: %2").arg(path, file.errorString()));

    const ResourceColumns columns = conversationExportColumns();
    if (context.line.isSet(QStringLiteral("bom")))
        file.write(CsvWriter::byteOrderMark());
    file.write(CsvWriter::rowUtf8(columns.headers));

    ConversationCsvExport writer{file, query, columns, {}, 0, 0};
    ListScope everything;
    everything.all = true;
    const FetchResult result = fetchList(client, ApiRequest::get(endpoints::conversations(), query.toQuery()), everything,
                                         [&writer](const QJsonArray &page) { writer.writePage(page); });
    if (result.error.isError()) {
        file.cancelWriting();
        return context.apiFailure(result.error);
    }
    if (!file.commit())
        return context.fail(LocalFailure, Resources::tr("Could not write %1: %2").arg(path, file.errorString()));

    if (writer.skipped == 1)
        context.note(Resources::tr("The server returned 1 conversation that does not match the filters or has no id; "
                                   "it is left out."));
    else if (writer.skipped > 1)
        context.note(Resources::tr("The server returned %n conversations that do not match the filters or have no "
                                   "id; they are left out.", nullptr, int(writer.skipped)));
    reportParseIssues(context, QStringLiteral("GET %1").arg(endpoints::conversations()), writer.issues);

    if (writer.exported == 1)
        context.note(Resources::tr("Exported 1 conversation to %1.").arg(path));
    else
        context.note(Resources::tr("Exported %n conversations to %1.", nullptr, int(writer.exported)).arg(path));
    return Success;
}

} // namespace weav::core::cli
