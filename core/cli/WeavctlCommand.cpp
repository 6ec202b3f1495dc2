#include "WeavctlCommand.h"

#include "AgentCommands.h"
#include "CommandContext.h"
#include "ConversationQuery.h"
#include "ListFetch.h"
#include "MetricsCommand.h"
#include "ProfileCommands.h"
#include "ResourceCommands.h"
#include "TrainingCommands.h"

#include "credentials/KeychainCredentialStore.h"
#include "net/ProxySettings.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSettings>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <memory>

namespace weav::core::cli {

namespace {

class Weavctl
{
    Q_DECLARE_TR_FUNCTIONS(weavctl)

public:
    static QString help();
};

// One command: its words ("conversations list"), how many more words it takes (an ID or a
// NAME, or AnyCount for a list of files or URLs), the options it accepts besides the global ones,
// and what runs it.
constexpr int AnyCount = -1;

struct CommandSpec
{
    QStringList words;
    int argumentCount = 0;
    QList<OptionSpec> options;
    std::function<int(CommandContext &)> run;
};

QList<OptionSpec> globalOptions()
{
    return {{QStringLiteral("base-url"), true}, {QStringLiteral("profile"), true},
            {QStringLiteral("format"), true},   {QStringLiteral("verbose"), false},
            {QStringLiteral("help"), false},    {QStringLiteral("version"), false},
            {QStringLiteral("allow-plain-http"), false}};
}

const CommandSpec *findCommand(const QList<CommandSpec> &specs, const QStringList &words);

QList<CommandSpec> commands()
{
    const QList<OptionSpec> listOptions = ListScope::options();
    QList<CommandSpec> specs{
        {{QStringLiteral("check")}, 0, {}, runCheck},
        {{QStringLiteral("profiles"), QStringLiteral("add")}, 1, profilesAddOptions(), runProfilesAdd},
        {{QStringLiteral("profiles"), QStringLiteral("list")}, 0, {}, runProfilesList},
        {{QStringLiteral("profiles"), QStringLiteral("remove")}, 1, {}, runProfilesRemove},
        {{QStringLiteral("conversations"), QStringLiteral("list")}, 0, ConversationQuery::options() + listOptions,
         runConversationsList},
        {{QStringLiteral("conversations"), QStringLiteral("get")}, 1, {}, runConversationsGet},
        {{QStringLiteral("export"), QStringLiteral("conversations")}, 0, ConversationQuery::options() + exportOptions(),
         runExportConversations},
        {{QStringLiteral("metrics")}, 0, metricsOptions(), runMetrics},
        {{QStringLiteral("agents"), QStringLiteral("get")}, 1, {}, runAgentsGet},
        {{QStringLiteral("agents"), QStringLiteral("create")}, 0, agentFieldOptions(), runAgentsCreate},
        {{QStringLiteral("agents"), QStringLiteral("update")}, 1, agentFieldOptions(), runAgentsUpdate},
        {{QStringLiteral("agents"), QStringLiteral("delete")}, 1, {}, runAgentsDelete},
        {{QStringLiteral("training"), QStringLiteral("list")}, 0, trainingListOptions(), runTrainingList},
        {{QStringLiteral("training"), QStringLiteral("add-text")}, 0,
         {{QStringLiteral("title"), true}, {QStringLiteral("file"), true}}, runTrainingAddText},
        {{QStringLiteral("training"), QStringLiteral("add-qa")}, 0, {{QStringLiteral("csv"), true}}, runTrainingAddQa},
        {{QStringLiteral("training"), QStringLiteral("upload")}, AnyCount, {{QStringLiteral("title"), true}}, runTrainingUpload},
        {{QStringLiteral("training"), QStringLiteral("add-urls")}, AnyCount, {agentOption()}, runTrainingAddUrls},
        {{QStringLiteral("training"), QStringLiteral("assign")}, 1, {agentOption()}, runTrainingAssign},
        {{QStringLiteral("training"), QStringLiteral("delete")}, 1, {}, runTrainingDelete},
    };

    const QStringList resources = listableResources();
    for (const QString &resource : resources) {
        // training list has its own entry above, with filters.
        if (findCommand(specs, {resource, QStringLiteral("list")}))
            continue;
        specs.append({{resource, QStringLiteral("list")}, 0, listOptions,
                      [resource](CommandContext &context) { return runResourceList(context, resource); }});
    }
    return specs;
}

QList<OptionSpec> allOptions(const QList<CommandSpec> &specs)
{
    QList<OptionSpec> known = globalOptions();
    for (const CommandSpec &spec : specs) {
        for (const OptionSpec &option : spec.options) {
            const bool listed = std::any_of(known.cbegin(), known.cend(),
                                            [&option](const OptionSpec &other) { return other.name == option.name; });
            if (!listed)
                known.append(option);
        }
    }
    return known;
}

const CommandSpec *findCommand(const QList<CommandSpec> &specs, const QStringList &words)
{
    for (const CommandSpec &spec : specs) {
        if (words.mid(0, spec.words.size()) == spec.words)
            return &spec;
    }
    return nullptr;
}

// The sub-commands of a command word, for the message about a missing or unknown one.
QStringList subcommandsOf(const QList<CommandSpec> &specs, const QString &word)
{
    QStringList names;
    for (const CommandSpec &spec : specs) {
        if (spec.words.size() > 1 && spec.words.first() == word)
            names.append(spec.words.at(1));
    }
    return names;
}

int reportUnknownCommand(CommandContext &context, const QList<CommandSpec> &specs)
{
    const QString word = context.word(0);
    if (word.isEmpty())
        return context.usage(Weavctl::tr("No command is given."));

    const QStringList subcommands = subcommandsOf(specs, word);
    if (subcommands.isEmpty())
        return context.usage(Weavctl::tr("Unknown command \"%1\".").arg(word));
    if (context.word(1).isEmpty())
        return context.usage(Weavctl::tr("%1 needs a sub-command: %2.").arg(word, subcommands.join(QStringLiteral(", "))));
    return context.usage(Weavctl::tr("Unknown sub-command \"%1 %2\"; use one of: %3.")
                             .arg(word, context.word(1), subcommands.join(QStringLiteral(", "))));
}

// Returns the first given option that neither the command nor the global options accept.
QString misplacedOption(const CommandLine &line, const CommandSpec &spec)
{
    const QList<OptionSpec> accepted = globalOptions() + spec.options;
    for (const QString &name : line.givenOptions()) {
        const bool known = std::any_of(accepted.cbegin(), accepted.cend(),
                                       [&name](const OptionSpec &option) { return option.name == name; });
        if (!known)
            return name;
    }
    return {};
}

int runCommand(CommandContext &context, const QList<CommandSpec> &specs)
{
    const CommandSpec *spec = findCommand(specs, context.line.positionals());
    if (!spec)
        return reportUnknownCommand(context, specs);

    const QString commandName = spec->words.join(QLatin1Char(' '));
    const QString option = misplacedOption(context.line, *spec);
    if (!option.isEmpty())
        return context.usage(Weavctl::tr("The option --%1 does not apply to %2.").arg(option, commandName));

    const qsizetype extra = context.line.positionals().size() - spec->words.size() - spec->argumentCount;
    if (spec->argumentCount != AnyCount && extra > 0) {
        return context.usage(Weavctl::tr("Unexpected argument \"%1\" after %2.")
                                 .arg(context.line.positionals().at(spec->words.size() + spec->argumentCount), commandName));
    }
    return spec->run(context);
}

// weavctl's log routing: messages of the weav.core categories go to the command's error stream,
// everything else to the handler that was installed before.
QMutex logMutex;
QTextStream *logStream = nullptr;
QtMessageHandler previousHandler = nullptr;

void routeMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QLatin1String category(context.category ? context.category : "default");
    if (category.startsWith(QLatin1String("weav.core"))) {
        const QMutexLocker lock(&logMutex);
        if (logStream) {
            *logStream << category << ": " << message << '\n';
            logStream->flush();
            return;
        }
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

// Routes the weav.core log lines to err while it lives. With verbose, every level passes, so each
// HTTP exchange and retry shows as one line. Without it, only warnings pass, except those of the
// API client and the Pager, because the command reports a failed request once in its own sentence.
class LogRouting
{
public:
    LogRouting(QTextStream &err, bool verbose)
    {
        QLoggingCategory::setFilterRules(verbose ? QStringLiteral("weav.core.*=true")
                                                 : QStringLiteral("weav.core.*.debug=false\n"
                                                                  "weav.core.*.info=false\n"
                                                                  "weav.core.*.warning=true\n"
                                                                  "weav.core.api.warning=false\n"
                                                                  "weav.core.api.pager.warning=false"));
        const QMutexLocker lock(&logMutex);
        logStream = &err;
        previousHandler = qInstallMessageHandler(routeMessage);
    }

    ~LogRouting()
    {
        const QMutexLocker lock(&logMutex);
        qInstallMessageHandler(previousHandler);
        logStream = nullptr;
        previousHandler = nullptr;
    }

    LogRouting(const LogRouting &) = delete;
    LogRouting &operator=(const LogRouting &) = delete;
};

int printVersion(QTextStream &out)
{
    out << "weavctl " << WEAV_VERSION << '\n';
    return Success;
}

QString Weavctl::help()
{
    return tr("Usage: weavctl [--base-url URL | --profile NAME] [--format table|csv|json] [--verbose] COMMAND\n"
              "\n"
              "Commands:\n"
              "  check                          Check the address, the token and its abilities.\n"
              "  profiles add NAME --base-url URL [--allow-plain-http] [--token-stdin] [--file-store]\n"
              "                                 Save a connection profile; --token-stdin reads its token from\n"
              "                                 the first line of standard input into the keychain, or into\n"
              "                                 the credentials file with --file-store.\n"
              "  profiles list                  List the profiles and which one is current.\n"
              "  profiles remove NAME           Remove a profile and its stored token.\n"
              "  conversations list [FILTERS] [--limit N | --all]\n"
              "                                 List conversations, newest first unless --sort is given.\n"
              "  conversations get ID           Print one conversation; --format json prints every field.\n"
              "  customers list | companies list | agents list | users list\n"
              "                     [--limit N | --all]\n"
              "  agents get ID                  Print one AI agent.\n"
              "  agents create --name NAME [AGENT FIELDS]\n"
              "                                 Create a chat agent and print it.\n"
              "  agents update ID AGENT FIELDS  Change the given fields of an agent and print it.\n"
              "  agents delete ID               Delete an agent. The copilot cannot be deleted.\n"
              "  training list [--type text|qa|file|url] [--status pending|processing|ready|failed]\n"
              "                [--agent ID] [--limit N | --all]\n"
              "  training add-text --title TITLE --file FILE\n"
              "                                 Add the UTF-8 text of FILE (up to 100,000 characters)\n"
              "                                 as a text item.\n"
              "  training add-qa --csv FILE     Add one Q&A item per row of the CSV file FILE: the question\n"
              "                                 in the first column, the answer in the second. A header row\n"
              "                                 \"question,answer\" is skipped. Every row is checked before\n"
              "                                 the first one is sent.\n"
              "  training upload FILE... [--title TITLE]\n"
              "                                 Upload each FILE as a file item: .txt, .md, .csv, .html,\n"
              "                                 .pdf or .docx, 1 byte to 10 MiB. Every file is checked\n"
              "                                 before the first one is sent. --title needs a single FILE.\n"
              "  training add-urls URL... [--agent ID]...\n"
              "                                 Add web pages as items that the server fetches later\n"
              "                                 (status pending), for the given agents.\n"
              "  training assign ID --agent ID [--agent ID]...\n"
              "                                 Add agents to a training item and print it.\n"
              "  training delete ID             Delete a training item.\n"
              "Delete commands print nothing on success.\n"
              "\n"
              "Agent fields of agents create and update; an empty value (\"\") clears any of them but\n"
              "--name and --active:\n"
              "  --name NAME                    1 to 255 characters\n"
              "  --description TEXT\n"
              "  --tone TONE                    Warm, Neutral, Professional, Direct, Witty, or any text\n"
              "                                 of up to 255 characters\n"
              "  --response-length LENGTH       Short, Standard, Long, or any text of up to 255 characters\n"
              "  --max-messages N               messages per session, 1 to 1000\n"
              "  --avatar-url URL               an http:// or https:// address of up to 500 characters\n"
              "  --active true|false            the copilot cannot be deactivated\n"
              "  export conversations --out FILE [--bom] [FILTERS]\n"
              "                                 Write every matching conversation to FILE as CSV, with\n"
              "                                 references, tags and all times; --bom starts the file with a\n"
              "                                 UTF-8 byte-order mark for spreadsheet programs. FILE appears\n"
              "                                 only when the export is complete.\n"
              "  metrics --from DATE --to DATE [--tz ZONE] [--channel email|chat]\n"
              "                                 Support metrics of the local days from DATE to DATE in the\n"
              "                                 IANA time zone ZONE (default: this computer's), and of the\n"
              "                                 period of equal length before; --format json prints every\n"
              "                                 number. docs/metrics.md defines them.\n"
              "\n"
              "Filters of conversations list and export conversations:\n"
              "  --status open|closed           --priority low|normal|high|urgent\n"
              "  --channel email|chat           --assignee-type user|agent|none\n"
              "  --tag TAG                      --q TEXT (subject contains, any case)\n"
              "  --created-from DATE            created at or after DATE\n"
              "  --created-to DATE              created before DATE\n"
              "                                 DATE is a day such as 2024-05-01 (00:00 UTC) or an\n"
              "                                 ISO 8601 date-time such as 2024-05-01T09:30:00Z\n"
              "  --sort KEY                     created_at, updated_at, last_message_at or priority;\n"
              "                                 a leading - sorts descending (default -created_at)\n"
              "Filters are sent to the server and applied again to the rows it returns.\n"
              "\n"
              "Lists print one page of 15 rows unless --limit N (the first N rows) or --all (every page)\n"
              "is given.\n"
              "\n"
              "Options:\n"
              "  --base-url URL       Workspace address, e.g. https://api.weav.com (without /v1).\n"
              "  --profile NAME       Use a saved profile's address and token.\n"
              "  --allow-plain-http   Permit http:// to a host other than loopback with --base-url.\n"
              "  --format FORMAT      table (default): aligned columns; csv: RFC 4180 with a header row;\n"
              "                       json: one JSON array of the resources as the API returned them\n"
              "                       (one object for conversations get and check).\n"
              "  --verbose            Log every HTTP exchange and retry to standard error.\n"
              "  --version, --help\n"
              "\n"
              "Environment:\n"
              "  WEAV_API_TOKEN         The API token; it takes precedence over a profile's stored token.\n"
              "  WEAV_BASE_URL          The workspace address when neither --base-url nor --profile is given.\n"
              "  WEAV_CREDENTIALS_FILE  The credentials file of --file-store profiles (default: the\n"
              "                         weav-console folder in the user's data folder).\n"
              "  WEAV_RETRY_BASE_MS     The first retry delay in milliseconds (default 500); later\n"
              "                         retries double it, with random jitter.\n"
              "Without --base-url, --profile or WEAV_BASE_URL, the current profile is used.\n"
              "\n"
              "Exit codes:\n"
              "  0 success\n"
              "  1 a named file, the settings or the credential store could not be written or read\n"
              "  2 usage or configuration: a wrong command or option, or plain http to a remote host\n"
              "  3 authentication: no token, a rejected or expired token (401), or a missing ability (403)\n"
              "  4 not found (404)\n"
              "  5 a value was rejected: by the server (400, 422), or by weavctl before sending anything\n"
              "    (agent fields, training files, CSV rows, web addresses)\n"
              "  6 network or server: no reply, a timeout, HTTP 5xx, or HTTP 429 after the retries\n");
}

} // namespace

int runWeavctl(const QStringList &arguments, QTextStream &out, QTextStream &err, const QProcessEnvironment &env,
               QSettings *settings, QIODevice *input)
{
    std::unique_ptr<QSettings> defaultSettings;
    if (!settings) {
        defaultSettings = std::make_unique<QSettings>(QStringLiteral("weav-console"), QStringLiteral("weav-console"));
        settings = defaultSettings.get();
    }

    const QList<CommandSpec> specs = commands();
    CommandLine line;
    CommandContext context(line, out, err, env, settings, input);

    QString error;
    if (!line.parse(arguments, allOptions(specs), &error))
        return context.usage(error);
    if (line.isSet(QStringLiteral("help")) || context.word(0) == QLatin1String("help")) {
        out << Weavctl::help();
        return Success;
    }
    if (line.isSet(QStringLiteral("version")))
        return printVersion(out);

    const QString formatName = line.isSet(QStringLiteral("format")) ? line.value(QStringLiteral("format")) : QStringLiteral("table");
    const auto format = parseOutputFormat(formatName);
    if (!format) {
        return context.usage(Weavctl::tr("The --format value \"%1\" is invalid; use one of: %2.")
                                 .arg(formatName, outputFormatNames().join(QStringLiteral(", "))));
    }
    context.format = *format;

    const LogRouting logRouting(err, line.isSet(QStringLiteral("verbose")));

    // weavctl uses the proxy of weav-console's settings, with its password from the keychain. It is
    // applied after the log routing, so that its log line shows only with --verbose.
    KeychainCredentialStore keychain;
    net::applyStoredProxy(*settings, keychain);
    const int code = runCommand(context, specs);
    out.flush();
    err.flush();
    return code;
}

} // namespace weav::core::cli
