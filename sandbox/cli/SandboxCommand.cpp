#include "SandboxCommand.h"

#include "Sandbox.h"
#include "api/Json.h"
#include "seed/SeedGenerator.h"
#include "store/Database.h"
#include "store/Tokens.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace weav::sandbox {

namespace {

const QString Usage = QStringLiteral(
    "Usage:\n"
    "  weav-sandbox serve [--host 127.0.0.1] [--port 8787] [--data FILE|:memory:]\n"
    "                     [--latency MS|MIN-MAX] [--error-rate R] [--drop-rate R]\n"
    "                     [--rate-limit N] [--bare-pagination] [--simulate-traffic PER_MIN]\n"
    "                     [--webhook-url URL --webhook-secret-file FILE] [--fault-seed N]\n"
    "                     [--webhook-backoff-scale F] [--url-processing-ms MS] [--threads N]\n"
    "                     [--exit-after SECONDS] [--seed-workspace NAME [--size SIZE]]\n"
    "  weav-sandbox seed  --data FILE --workspace NAME [--size small|medium|large|N] [--seed N]\n"
    "                     [--now ISO8601]\n"
    "  weav-sandbox token create --data FILE --workspace NAME --name TEXT\n"
    "                     --abilities read,write|read|write [--expires ISO8601]\n"
    "  weav-sandbox --version\n");

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// Quits the event loop on SIGINT or SIGTERM through a self-pipe, so that the temporary database of
// --data :memory: is removed.
void quitOnSignals(QObject *context)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

bool parseRate(const QString &text, double *rate)
{
    bool ok = false;
    *rate = text.toDouble(&ok);
    return ok && *rate >= 0.0 && *rate <= 1.0;
}

bool parseLatency(const QString &text, SandboxConfig &config)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    bool okMin = false;
    bool okMax = false;
    config.latencyMinMs = parts.value(0).toInt(&okMin);
    config.latencyMaxMs = parts.size() == 2 ? parts[1].toInt(&okMax) : config.latencyMinMs;
    okMax = parts.size() == 2 ? okMax : okMin;
    return parts.size() <= 2 && okMin && okMax && config.latencyMinMs >= 0 && config.latencyMaxMs >= config.latencyMinMs;
}

int usageError(QTextStream &err, const QString &message)
{
    err << "weav-sandbox: " << message << "\n\n" << Usage;
    err.flush();
    return 2;
}

int runServe(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("host"), QStringLiteral("Address to listen on."), QStringLiteral("HOST"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), QStringLiteral("Port; 0 picks a free one."), QStringLiteral("PORT"), QStringLiteral("8787")},
        {QStringLiteral("data"), QStringLiteral("SQLite file, or :memory:."), QStringLiteral("FILE"), QStringLiteral(":memory:")},
        {QStringLiteral("latency"), QStringLiteral("Added delay in ms, or MIN-MAX."), QStringLiteral("MS")},
        {QStringLiteral("error-rate"), QStringLiteral("Share of requests answered 500."), QStringLiteral("R")},
        {QStringLiteral("drop-rate"), QStringLiteral("Share of connections closed without a reply."), QStringLiteral("R")},
        {QStringLiteral("rate-limit"), QStringLiteral("Requests per token per minute."), QStringLiteral("N")},
        {QStringLiteral("bare-pagination"), QStringLiteral("Answer links and meta as {}.")},
        {QStringLiteral("simulate-traffic"), QStringLiteral("Simulated customer events per minute."), QStringLiteral("PER_MIN")},
        {QStringLiteral("webhook-url"), QStringLiteral("Where to POST webhook events."), QStringLiteral("URL")},
        {QStringLiteral("webhook-secret-file"), QStringLiteral("File with the webhook signing secret."), QStringLiteral("FILE")},
        {QStringLiteral("webhook-backoff-scale"), QStringLiteral("Multiplies webhook retry delays."), QStringLiteral("F")},
        {QStringLiteral("fault-seed"), QStringLiteral("Seed of the fault injector."), QStringLiteral("N")},
        {QStringLiteral("url-processing-ms"), QStringLiteral("Time of each URL processing step."), QStringLiteral("MS")},
        {QStringLiteral("threads"), QStringLiteral("HTTP worker threads."), QStringLiteral("N")},
        {QStringLiteral("exit-after"), QStringLiteral("Stop after this many seconds."), QStringLiteral("SECONDS")},
        {QStringLiteral("seed-workspace"), QStringLiteral("Seed this workspace first when it does not exist."), QStringLiteral("NAME")},
        {QStringLiteral("size"), QStringLiteral("Size of --seed-workspace."), QStringLiteral("SIZE"), QStringLiteral("small")},
    });
    if (!parser.parse(arguments))
        return usageError(err, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(err, QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    SandboxConfig config;
    config.host = parser.value(QStringLiteral("host"));
    config.dataPath = parser.value(QStringLiteral("data"));
    config.barePagination = parser.isSet(QStringLiteral("bare-pagination"));

    bool ok = true;
    const int port = parser.value(QStringLiteral("port")).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return usageError(err, QStringLiteral("invalid --port \"%1\": give 0 to 65535").arg(parser.value(QStringLiteral("port"))));
    config.port = quint16(port);

    if (parser.isSet(QStringLiteral("latency")) && !parseLatency(parser.value(QStringLiteral("latency")), config))
        return usageError(err, QStringLiteral("invalid --latency \"%1\": give MS or MIN-MAX").arg(parser.value(QStringLiteral("latency"))));
    if (parser.isSet(QStringLiteral("error-rate")) && !parseRate(parser.value(QStringLiteral("error-rate")), &config.errorRate))
        return usageError(err, QStringLiteral("invalid --error-rate: give a number from 0 to 1"));
    if (parser.isSet(QStringLiteral("drop-rate")) && !parseRate(parser.value(QStringLiteral("drop-rate")), &config.dropRate))
        return usageError(err, QStringLiteral("invalid --drop-rate: give a number from 0 to 1"));

    auto readInt = [&](const QString &name, int *target, int minimum) {
        if (!parser.isSet(name))
            return true;
        bool valid = false;
        *target = parser.value(name).toInt(&valid);
        return valid && *target >= minimum;
    };
    if (!readInt(QStringLiteral("rate-limit"), &config.rateLimitPerMinute, 0))
        return usageError(err, QStringLiteral("invalid --rate-limit: give a whole number of requests per minute"));
    if (!readInt(QStringLiteral("url-processing-ms"), &config.urlProcessingMs, 0))
        return usageError(err, QStringLiteral("invalid --url-processing-ms: give milliseconds"));
    if (!readInt(QStringLiteral("threads"), &config.workerThreads, 0))
        return usageError(err, QStringLiteral("invalid --threads: give a whole number"));
    int exitAfter = 0;
    if (!readInt(QStringLiteral("exit-after"), &exitAfter, 0))
        return usageError(err, QStringLiteral("invalid --exit-after: give seconds"));

    if (parser.isSet(QStringLiteral("fault-seed"))) {
        config.faultSeed = parser.value(QStringLiteral("fault-seed")).toULongLong(&ok);
        if (!ok)
            return usageError(err, QStringLiteral("invalid --fault-seed: give a whole number"));
    }
    if (parser.isSet(QStringLiteral("simulate-traffic"))) {
        config.simulatedMessagesPerMinute = parser.value(QStringLiteral("simulate-traffic")).toDouble(&ok);
        if (!ok || config.simulatedMessagesPerMinute < 0)
            return usageError(err, QStringLiteral("invalid --simulate-traffic: give events per minute"));
    }
    if (parser.isSet(QStringLiteral("webhook-backoff-scale"))) {
        config.webhookBackoffScale = parser.value(QStringLiteral("webhook-backoff-scale")).toDouble(&ok);
        if (!ok || config.webhookBackoffScale <= 0)
            return usageError(err, QStringLiteral("invalid --webhook-backoff-scale: give a positive number"));
    }

    if (parser.isSet(QStringLiteral("webhook-url")) != parser.isSet(QStringLiteral("webhook-secret-file")))
        return usageError(err, QStringLiteral("--webhook-url and --webhook-secret-file go together"));
    if (parser.isSet(QStringLiteral("webhook-url"))) {
        config.webhookUrl = QUrl(parser.value(QStringLiteral("webhook-url")), QUrl::StrictMode);
        if (!config.webhookUrl.isValid() || !config.webhookUrl.scheme().startsWith(QLatin1String("http")))
            return usageError(err, QStringLiteral("invalid --webhook-url: give an http or https URL"));

        QFile secretFile(parser.value(QStringLiteral("webhook-secret-file")));
        if (!secretFile.open(QIODevice::ReadOnly)) {
            err << "weav-sandbox: could not read the webhook secret file " << secretFile.fileName() << ": "
                << secretFile.errorString() << "\n";
            return 1;
        }
        config.webhookSecret = secretFile.readAll().trimmed();
        if (config.webhookSecret.isEmpty()) {
            err << "weav-sandbox: the webhook secret file " << secretFile.fileName() << " is empty.\n";
            return 1;
        }
    }

    Sandbox sandbox(config);
    QString error;
    if (!sandbox.open(&error)) {
        err << "weav-sandbox: " << error << "\n";
        return 1;
    }

    if (parser.isSet(QStringLiteral("seed-workspace"))) {
        const QString workspace = parser.value(QStringLiteral("seed-workspace"));
        if (!workspaces::idForName(sandbox.database(), workspace)) {
            const auto size = seed::conversationsForSize(parser.value(QStringLiteral("size")));
            if (!size)
                return usageError(err, QStringLiteral("invalid --size: give small, medium, large or a number"));
            SeedOptions options;
            options.workspace = workspace;
            options.conversations = *size;
            if (!seed::run(sandbox.database(), options, &error)) {
                err << "weav-sandbox: " << error << "\n";
                return 1;
            }
        }
    }

    if (!sandbox.listen(&error)) {
        err << "weav-sandbox: could not listen on " << config.host << ":" << config.port << ": " << error << "\n";
        return 1;
    }

    out << "listening on " << sandbox.baseUrl().toString() << "\n";
    out.flush();

    quitOnSignals(&sandbox);
    if (exitAfter > 0)
        QTimer::singleShot(exitAfter * 1000, &sandbox, [] { QCoreApplication::quit(); });
    return QCoreApplication::exec();
}

int runSeed(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("data"), QStringLiteral("SQLite file."), QStringLiteral("FILE")},
        {QStringLiteral("workspace"), QStringLiteral("Workspace name."), QStringLiteral("NAME")},
        {QStringLiteral("size"), QStringLiteral("small, medium, large or a number of conversations."), QStringLiteral("SIZE"), QStringLiteral("small")},
        {QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("N"), QStringLiteral("42")},
        {QStringLiteral("now"), QStringLiteral("\"Now\" of the seed as ISO 8601; default: the current hour."), QStringLiteral("ISO8601")},
    });
    if (!parser.parse(arguments))
        return usageError(err, parser.errorText());
    if (!parser.isSet(QStringLiteral("data")) || !parser.isSet(QStringLiteral("workspace")))
        return usageError(err, QStringLiteral("seed needs --data FILE and --workspace NAME"));
    if (parser.value(QStringLiteral("data")) == QLatin1String(":memory:"))
        return usageError(err, QStringLiteral("seed needs a file for --data; use serve --seed-workspace for an in-memory sandbox"));

    const auto size = seed::conversationsForSize(parser.value(QStringLiteral("size")));
    if (!size)
        return usageError(err, QStringLiteral("invalid --size \"%1\": give small, medium, large or a number").arg(parser.value(QStringLiteral("size"))));

    bool ok = false;
    SeedOptions options;
    options.workspace = parser.value(QStringLiteral("workspace"));
    options.conversations = *size;
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return usageError(err, QStringLiteral("invalid --seed: give a whole number"));
    if (parser.isSet(QStringLiteral("now"))) {
        const auto now = json::parseTime(parser.value(QStringLiteral("now")));
        if (!now)
            return usageError(err, QStringLiteral("invalid --now \"%1\": give an ISO 8601 date-time such as 2026-06-05T10:00:00Z")
                                       .arg(parser.value(QStringLiteral("now"))));
        options.nowMs = *now;
    }

    Database database(parser.value(QStringLiteral("data")));
    QString error;
    if (!database.open(&error)) {
        err << "weav-sandbox: " << error << "\n";
        return 1;
    }

    const auto summary = seed::run(database, options, &error);
    if (!summary) {
        err << "weav-sandbox: " << error << "\n";
        return 1;
    }

    out << "seeded workspace " << options.workspace << " in " << database.filePath() << ": "
        << summary->users << " users, " << summary->agents << " agents, " << summary->companies << " companies, "
        << summary->customers << " customers, " << summary->conversations << " conversations, "
        << summary->messages << " messages, " << summary->trainingItems << " training items\n";
    return 0;
}

int runTokenCreate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("data"), QStringLiteral("SQLite file."), QStringLiteral("FILE")},
        {QStringLiteral("workspace"), QStringLiteral("Workspace name."), QStringLiteral("NAME")},
        {QStringLiteral("name"), QStringLiteral("Token name."), QStringLiteral("TEXT")},
        {QStringLiteral("abilities"), QStringLiteral("read, write or read,write."), QStringLiteral("LIST")},
        {QStringLiteral("expires"), QStringLiteral("Expiry as ISO 8601."), QStringLiteral("ISO8601")},
    });
    if (!parser.parse(arguments))
        return usageError(err, parser.errorText());
    for (const QString &required : {QStringLiteral("data"), QStringLiteral("workspace"), QStringLiteral("name"), QStringLiteral("abilities")}) {
        if (!parser.isSet(required))
            return usageError(err, QStringLiteral("token create needs --%1").arg(required));
    }

    std::optional<qint64> expiresAt;
    if (parser.isSet(QStringLiteral("expires"))) {
        expiresAt = json::parseTime(parser.value(QStringLiteral("expires")));
        if (!expiresAt)
            return usageError(err, QStringLiteral("invalid --expires \"%1\": give an ISO 8601 date-time such as 2027-01-31T00:00:00Z")
                                       .arg(parser.value(QStringLiteral("expires"))));
    }

    Database database(parser.value(QStringLiteral("data")));
    QString error;
    if (!database.open(&error)) {
        err << "weav-sandbox: " << error << "\n";
        return 1;
    }

    const auto token = tokens::create(database, parser.value(QStringLiteral("workspace")), parser.value(QStringLiteral("name")),
                                      parser.value(QStringLiteral("abilities")), expiresAt, &error);
    if (!token) {
        err << "weav-sandbox: " << error << "\n";
        return 1;
    }

    out << token->plainText << "\n";
    return 0;
}

} // namespace

int runSandboxCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString verb = arguments.value(1);
    if (verb == QLatin1String("--version") || verb == QLatin1String("-v")) {
        out << "weav-sandbox " << WEAV_VERSION << "\n";
        return 0;
    }
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h") || verb == QLatin1String("help")) {
        out << Usage;
        return 0;
    }

    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        out << Usage;
        return 0;
    }
    if (verb == QLatin1String("token") && arguments.value(2) != QLatin1String("create"))
        return usageError(err, QStringLiteral("token needs a subcommand: token create"));

    // QCommandLineParser expects the program name first.
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0));

    if (verb == QLatin1String("serve"))
        return runServe(rest, out, err);
    if (verb == QLatin1String("seed"))
        return runSeed(rest, out, err);
    if (verb == QLatin1String("token") && arguments.value(2) == QLatin1String("create")) {
        QStringList tokenArguments = arguments.mid(3);
        tokenArguments.prepend(arguments.value(0));
        return runTokenCreate(tokenArguments, out, err);
    }
    if (verb.isEmpty())
        return usageError(err, QStringLiteral("missing command"));
    return usageError(err, QStringLiteral("unknown command \"%1\"").arg(verb));
}

} // namespace weav::sandbox
