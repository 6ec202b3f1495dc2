#include "TrainingCommands.h"

#include "AgentCommands.h"
#include "ListFetch.h"
#include "ResourceCommands.h"
#include "admin/QaCsvParser.h"
#include "admin/TextItemCheck.h"
#include "admin/TrainingFileCheck.h"
#include "admin/TrainingRequests.h"
#include "admin/UrlListParser.h"
#include "api/Endpoints.h"
#include "types/TrainingItem.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QUrlQuery>

namespace weav::core::cli {

namespace {

class Training
{
    Q_DECLARE_TR_FUNCTIONS(weavctl)
};

const QStringList ItemTypes{QStringLiteral("text"), QStringLiteral("qa"), QStringLiteral("file"), QStringLiteral("url")};
const QStringList ItemStatuses{QStringLiteral("pending"), QStringLiteral("processing"), QStringLiteral("ready"),
                               QStringLiteral("failed")};

// The filters of `training list`.
struct TrainingQuery
{
    QString type;
    QString status;
    QString agentId;

    // Reads --type, --status and --agent. Returns false with a sentence in *error when one is invalid.
    bool read(const CommandLine &line, QString *error)
    {
        type = line.value(QStringLiteral("type"));
        status = line.value(QStringLiteral("status"));
        agentId = line.value(QStringLiteral("agent")).trimmed();

        if (line.isSet(QStringLiteral("type")) && !ItemTypes.contains(type)) {
            *error = Training::tr("The --type value \"%1\" is invalid; use one of: %2.").arg(type, ItemTypes.join(QStringLiteral(", ")));
            return false;
        }
        if (line.isSet(QStringLiteral("status")) && !ItemStatuses.contains(status)) {
            *error = Training::tr("The --status value \"%1\" is invalid; use one of: %2.")
                         .arg(status, ItemStatuses.join(QStringLiteral(", ")));
            return false;
        }
        if (line.values(QStringLiteral("agent")).size() > 1) {
            *error = Training::tr("training list takes one --agent; list the items of each agent separately.");
            return false;
        }
        return true;
    }

    QUrlQuery toQuery() const
    {
        QUrlQuery query;
        if (!type.isEmpty())
            query.addQueryItem(QStringLiteral("type"), type);
        if (!status.isEmpty())
            query.addQueryItem(QStringLiteral("status"), status);
        if (!agentId.isEmpty())
            query.addQueryItem(QStringLiteral("agent_id"), agentId);
        return query;
    }

    bool matches(const TrainingItem &item) const
    {
        return (type.isEmpty() || item.type == type) && (status.isEmpty() || item.status == status)
            && (agentId.isEmpty() || item.agentIds.contains(agentId, Qt::CaseInsensitive));
    }
};

// The items that pass the query. Notes the items that the server should not have returned.
QJsonArray matchingItems(CommandContext &context, const QJsonArray &items, const TrainingQuery &query,
                         ParseIssues *issues)
{
    QJsonArray matching;
    int leftOut = 0;
    for (const QJsonValue &value : items) {
        const auto item = TrainingItem::fromJson(value.toObject(), issues);
        if (item && query.matches(*item))
            matching.append(value);
        else
            ++leftOut;
    }

    if (leftOut > 0) {
        context.note(Training::tr("Training items left out because the server returned them without an id or "
                                  "outside the filters: %1.")
                         .arg(leftOut));
    }
    return matching;
}

// Reads a whole local file. On failure, reports it and returns the exit code in *code.
std::optional<QByteArray> readLocalFile(CommandContext &context, const QString &path, int *code)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *code = context.fail(LocalFailure, Training::tr("Could not read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

// The UTF-8 text of bytes, or nullopt when they are not UTF-8.
std::optional<QString> utf8Text(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// The words after the two command words: the files of upload, the addresses of add-urls.
QStringList commandArguments(const CommandContext &context)
{
    return context.line.positionals().mid(2);
}

// Prints the created items as a list and returns code.
int printCreated(CommandContext &context, const QJsonArray &items, int code)
{
    if (!items.isEmpty() || code == Success)
        printItems(items, trainingColumns(), context.format, context.out, nullptr);
    return code;
}

// Reports the files that the upload cannot send. Returns LocalFailure when a file cannot be read
// at all, and Validation when the files exist but break the API's rules.
int reportRejectedFiles(CommandContext &context, const QList<TrainingFileVerdict> &rejected)
{
    bool unreadable = false;
    for (const TrainingFileVerdict &verdict : rejected) {
        for (const QString &reason : verdict.reasons())
            context.note(QStringLiteral("%1: %2").arg(verdict.path, reason));
        unreadable = unreadable || verdict.sizeBytes < 0;
    }

    const QString sentence = Training::tr("Nothing was sent. Fix or leave out the files above and run the command again.");
    return context.fail(unreadable ? LocalFailure : Validation, sentence);
}

// Whether the next file is worth sending after a failure with this exit code: not after an
// authentication failure or a network or server error, which would repeat for every file.
bool continuesAfter(int code)
{
    return code != Authentication && code != NetworkOrServer;
}

// Uploads one checked file. Appends the created item to *created and returns Success, or returns
// the exit code of the failure it reported.
int uploadOne(CommandContext &context, ApiClient &client, const QString &path, const QString &title, QJsonArray *created)
{
    int code = Success;
    const std::optional<QByteArray> data = readLocalFile(context, path, &code);
    if (!data)
        return code;

    const ApiResponse response = client.sendAndWait(trainingRequests::uploadFile(QFileInfo(path).fileName(), *data, title));
    if (!response.ok()) {
        context.note(Training::tr("%1 was not uploaded.").arg(path));
        return reportAdminFailure(context, response.error);
    }

    const QJsonObject item = response.object();
    context.note(Training::tr("%1 was uploaded as training item %2.").arg(path, item.value(QStringLiteral("id")).toString()));
    created->append(item);
    return Success;
}

// Returns the checked addresses, or reports the invalid ones and returns nullopt with the exit
// code in *code.
std::optional<QList<QUrl>> checkedUrls(CommandContext &context, const QStringList &arguments, int *code)
{
    const UrlList list = UrlListParser::parse(arguments.join(QLatin1Char('\n')));
    for (const UrlListEntry &entry : list.invalid)
        context.note(QStringLiteral("%1: %2").arg(entry.text, entry.reason));

    if (list.urls.isEmpty()) {
        *code = context.fail(Validation, Training::tr("None of the given addresses starts with http:// or https:// "
                                                       "and names a host. Nothing was sent."));
        return std::nullopt;
    }
    if (!list.invalid.isEmpty()) {
        *code = context.fail(Validation, Training::tr("Nothing was sent. Correct or leave out the addresses above and "
                                                       "run the command again."));
        return std::nullopt;
    }

    for (const UrlListEntry &entry : list.duplicates)
        context.note(Training::tr("%1 is given twice; it is sent once.").arg(entry.text));
    return list.urls;
}

} // namespace

OptionSpec agentOption()
{
    return {QStringLiteral("agent"), true, true};
}

QList<OptionSpec> trainingListOptions()
{
    return QList<OptionSpec>{{QStringLiteral("type"), true}, {QStringLiteral("status"), true}, agentOption()}
           + ListScope::options();
}

ResourceColumns trainingDetailColumns()
{
    ResourceColumns columns;
    columns.headers = {QStringLiteral("id"),         QStringLiteral("type"),      QStringLiteral("title"),
                       QStringLiteral("status"),     QStringLiteral("error"),     QStringLiteral("source_url"),
                       QStringLiteral("file_name"),  QStringLiteral("mime_type"), QStringLiteral("size_bytes"),
                       QStringLiteral("agent_ids"),  QStringLiteral("created_at"), QStringLiteral("updated_at")};
    columns.cells = [](const QJsonObject &object, ParseIssues *issues) {
        const TrainingItem t = TrainingItem::fromJson(object, issues).value_or(TrainingItem());
        const QVariant sizeBytes = t.sizeBytes ? QVariant(*t.sizeBytes) : QVariant();
        return QVariantList{t.id,       t.type,     t.title,     t.status,   t.error,     t.sourceUrl,
                            t.fileName, t.mimeType, sizeBytes,   t.agentIds, t.createdAt, t.updatedAt};
    };
    return columns;
}

int runTrainingList(CommandContext &context)
{
    TrainingQuery query;
    ListScope scope;
    QString error;
    if (!query.read(context.line, &error) || !scope.read(context.line, &error))
        return context.usage(error);

    ApiClient client;
    const int connected = connectClient(context, client);
    if (connected != Success)
        return connected;

    const FetchResult result = fetchList(client, ApiRequest::get(endpoints::trainingData(), query.toQuery()), scope);
    if (result.error.isError())
        return reportAdminFailure(context, result.error);

    ParseIssues issues;
    const QJsonArray matching = matchingItems(context, result.items, query, &issues);
    printItems(matching, trainingColumns(), context.format, context.out, nullptr);
    reportParseIssues(context, QStringLiteral("GET %1").arg(endpoints::trainingData()), issues);
    return Success;
}

int runTrainingAddText(CommandContext &context)
{
    const QString title = context.line.value(QStringLiteral("title"));
    const QString path = context.line.value(QStringLiteral("file"));
    if (!context.line.isSet(QStringLiteral("title")) || path.isEmpty())
        return context.usage(Training::tr("training add-text needs --title TITLE and --file FILE."));

    int code = Success;
    const std::optional<QByteArray> bytes = readLocalFile(context, path, &code);
    if (!bytes)
        return code;
    const std::optional<QString> content = utf8Text(*bytes);
    if (!content)
        return context.fail(Validation, Training::tr("%1 is not UTF-8 text. Save it as UTF-8 and run the command again.").arg(path));

    const FieldErrors errors = TextItemCheck::check(title, *content);
    if (!errors.isEmpty())
        return reportRejectedFields(context, errors);

    ApiClient client;
    const int connected = connectClient(context, client);
    if (connected != Success)
        return connected;
    return sendAndPrintResource(context, client, trainingRequests::createText(title, *content), trainingDetailColumns());
}

int runTrainingAddQa(CommandContext &context)
{
    const QString path = context.line.value(QStringLiteral("csv"));
    if (path.isEmpty())
        return context.usage(Training::tr("training add-qa needs --csv FILE."));

    int code = Success;
    const std::optional<QByteArray> bytes = readLocalFile(context, path, &code);
    if (!bytes)
        return code;

    const QaCsvContent csv = QaCsvParser::parse(*bytes);
    if (!csv.fileProblem.isEmpty())
        return context.fail(Validation, QStringLiteral("%1: %2").arg(path, csv.fileProblem));
    if (!csv.problems.isEmpty()) {
        for (const QaCsvProblem &problem : csv.problems)
            context.note(Training::tr("%1, row %2 (line %3): %4").arg(path).arg(problem.row).arg(problem.line).arg(problem.message));
        return context.fail(Validation, Training::tr("Nothing was sent. Correct the rows above and run the command again."));
    }

    ApiClient client;
    const int connected = connectClient(context, client);
    if (connected != Success)
        return connected;

    // Each pair is its own request, so a failure leaves the pairs before it created. The message
    // names the row that failed, and the created items are printed.
    QJsonArray created;
    for (const QaCsvPair &pair : csv.pairs) {
        const ApiResponse response = client.sendAndWait(trainingRequests::createQa(pair.question, pair.answer));
        if (!response.ok()) {
            context.note(Training::tr("The pair of row %1 was not created; %2 of %n pairs were created before it.",
                                      nullptr, int(csv.pairs.size()))
                             .arg(pair.row)
                             .arg(created.size()));
            return printCreated(context, created, reportAdminFailure(context, response.error));
        }
        created.append(response.object());
    }
    return printCreated(context, created, Success);
}

int runTrainingUpload(CommandContext &context)
{
    const QStringList paths = commandArguments(context);
    if (paths.isEmpty())
        return context.usage(Training::tr("training upload needs at least one FILE."));
    const QString title = context.line.value(QStringLiteral("title"));
    if (context.line.isSet(QStringLiteral("title")) && paths.size() > 1)
        return context.usage(Training::tr("--title names a single file; upload the files one at a time to give each a title."));

    QList<TrainingFileVerdict> rejected;
    for (const QString &path : paths) {
        const TrainingFileVerdict verdict = TrainingFileCheck::check(path);
        if (!verdict.isAccepted())
            rejected.append(verdict);
    }
    if (!rejected.isEmpty())
        return reportRejectedFiles(context, rejected);

    const QStringList titleProblems = TextItemCheck::checkTitle(title, false);
    if (!titleProblems.isEmpty())
        return reportRejectedFields(context, {{QStringLiteral("title"), titleProblems}});

    ApiClient client;
    const int connected = connectClient(context, client);
    if (connected != Success)
        return connected;

    QJsonArray created;
    int firstFailure = Success;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const int code = uploadOne(context, client, paths.at(i), title, &created);
        if (code == Success)
            continue;
        if (firstFailure == Success)
            firstFailure = code;
        if (!continuesAfter(code) && i + 1 < paths.size()) {
            context.note(Training::tr("Not sent after this failure: %1.").arg(paths.mid(i + 1).join(QStringLiteral(", "))));
            break;
        }
    }
    return printCreated(context, created, firstFailure);
}

int runTrainingAddUrls(CommandContext &context)
{
    const QStringList arguments = commandArguments(context);
    if (arguments.isEmpty())
        return context.usage(Training::tr("training add-urls needs at least one URL."));

    int code = Success;
    const std::optional<QList<QUrl>> urls = checkedUrls(context, arguments, &code);
    if (!urls)
        return code;

    ApiClient client;
    const int connected = connectClient(context, client);
    if (connected != Success)
        return connected;

    const ApiRequest request = trainingRequests::processUrls(*urls, context.line.values(QStringLiteral("agent")));
    const ApiResponse response = client.sendAndWait(request);
    if (!response.ok())
        return reportAdminFailure(context, response.error);

    const QJsonValue items = response.object().value(QStringLiteral("data"));
    if (!items.isArray()) {
        return context.fail(NetworkOrServer, Training::tr("POST %1 returned no \"data\" array (request id %2).")
                                                 .arg(request.path, response.requestId));
    }
    return printCreated(context, items.toArray(), Success);
}

int runTrainingAssign(CommandContext &context)
{
    const QString id = context.word(2).trimmed();
    const QStringList agentIds = context.line.values(QStringLiteral("agent"));
    if (id.isEmpty() || agentIds.isEmpty())
        return context.usage(Training::tr("training assign needs a training item ID and at least one --agent ID."));

    ApiClient client;
    const int connected = connectClient(context, client);
    if (connected != Success)
        return connected;
    return sendAndPrintResource(context, client, trainingRequests::assignAgents(id, agentIds), trainingDetailColumns());
}

int runTrainingDelete(CommandContext &context)
{
    const QString id = context.word(2).trimmed();
    if (id.isEmpty())
        return context.usage(Training::tr("training delete needs a training item ID."));
    return sendDelete(context, endpoints::trainingItem(id));
}

} // namespace weav::core::cli
