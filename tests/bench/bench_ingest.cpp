// Measures ConversationListModel::loadAll() on the 20,000 conversations of the medium demo seed,
// served by a separate weav-sandbox process, against curl fetching the same pages with the same
// number of parallel connections (the floor). Prints both times, their ratio, the maximum
// event-loop stall during the load and the resident memory per 1,000 rows; see docs/benchmarks.md.
//
// Usage: bench_ingest --sandbox WEAV_SANDBOX_BIN --cache-dir DIR [--runs N]
// Exits 1 when a budget fails, 2 when the benchmark itself cannot run.

#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "models/ConversationListModel.h"
#include "models/NameDirectory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <memory>
#include <stdexcept>

#include <csignal>

#include <malloc.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

using namespace weav::core;

namespace {

constexpr int PerPage = 100;
constexpr int MaxParallel = 6;
constexpr int StallTickMs = 5;
constexpr double RatioBudget = 1.5;
constexpr double StallBudgetMs = 50.0;
constexpr int LoadTimeoutMs = 300000;
const QString Workspace = QStringLiteral("bench");

QTextStream out(stdout);
QTextStream err(stderr);

// A failure of the benchmark itself (missing tool, server that does not start, wrong row count),
// as opposed to a budget that is not met.
class SetupError : public std::runtime_error
{
public:
    explicit SetupError(const QString &message) : std::runtime_error(message.toStdString()) {}
};

struct Options
{
    QString sandboxBin;
    QString cacheDir;
    int runs = 3;
};

struct ListShape
{
    int lastPage = 0;
    qint64 total = 0;
};

struct FetchRun
{
    double seconds = 0.0;
    double cpuSeconds = 0.0;
};

struct LoadRun
{
    double seconds = 0.0;
    double maxStallMs = 0.0;
    // CPU time of the model's thread during the maximum stall, the maximum between two ticks of the
    // stall timer, and during the whole load.
    double maxStallCpuMs = 0.0;
    double maxBusyMs = 0.0;
    double threadCpuSeconds = 0.0;
    // CPU time of the whole process during the load: every thread, network and parsing included.
    double processCpuSeconds = 0.0;
    qint64 rows = 0;
    qint64 residentBefore = 0;
    qint64 residentAfter = 0;

    double bytesPerRow() const { return rows > 0 ? double(residentAfter - residentBefore) / double(rows) : 0.0; }
};

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times ConversationListModel::loadAll() against curl on the medium seed."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("sandbox"), QStringLiteral("Path of the weav-sandbox executable."), QStringLiteral("FILE")},
        {QStringLiteral("cache-dir"), QStringLiteral("Folder for the seeded database, reused between runs."), QStringLiteral("DIR")},
        {QStringLiteral("runs"), QStringLiteral("Timed runs of each side; the best counts."), QStringLiteral("N"), QStringLiteral("3")},
    });
    parser.process(app);

    Options options;
    options.sandboxBin = parser.value(QStringLiteral("sandbox"));
    options.cacheDir = parser.value(QStringLiteral("cache-dir"));
    bool ok = false;
    options.runs = parser.value(QStringLiteral("runs")).toInt(&ok);

    if (options.sandboxBin.isEmpty() || !QFileInfo(options.sandboxBin).isExecutable())
        throw SetupError(QStringLiteral("invalid --sandbox \"%1\": give the path of the weav-sandbox executable").arg(options.sandboxBin));
    if (options.cacheDir.isEmpty())
        throw SetupError(QStringLiteral("--cache-dir is missing: give a folder for the seeded database"));
    if (!ok || options.runs < 1)
        throw SetupError(QStringLiteral("invalid --runs \"%1\": give a whole number of at least 1").arg(parser.value(QStringLiteral("runs"))));
    return options;
}

// CPU time (user and system) of this process, or of its children that have been waited for.
double cpuSeconds(int who)
{
    rusage usage{};
    ::getrusage(who, &usage);
    const auto seconds = [](const timeval &time) { return double(time.tv_sec) + double(time.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Makes the child receive SIGTERM when this process ends, Ctrl+C included, so that no server or
// transfer outlives the benchmark.
void stopWithParent(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

// Runs a program to the end and returns its standard output. Throws SetupError when the program
// cannot start, fails or times out.
QByteArray runProgram(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    stopWithParent(process);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        throw SetupError(QStringLiteral("could not start %1: %2; scripts/bootstrap installs the tools the benchmarks need")
                             .arg(program, process.errorString()));
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        throw SetupError(QStringLiteral("%1 %2 did not finish within %3 s")
                             .arg(program, arguments.value(0)).arg(timeoutMs / 1000));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        throw SetupError(QStringLiteral("%1 %2 failed (exit code %3): %4")
                             .arg(program, arguments.value(0)).arg(process.exitCode())
                             .arg(QString::fromUtf8(process.readAllStandardError()).trimmed()));
    }
    return process.readAllStandardOutput();
}

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (!cpuinfo.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown CPU");

    // Files in /proc report a size of 0, so atEnd() is true before the first read.
    const QList<QByteArray> lines = cpuinfo.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
    }
    return QStringLiteral("unknown CPU");
}

QString loadAverage()
{
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (!loadavg.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(loadavg.readAll()).section(QLatin1Char(' '), 0, 2);
}

// "curl 7.88.1", from the first line of curl --version.
QString curlVersion()
{
    const QString firstLine = QString::fromUtf8(runProgram(QStringLiteral("curl"), {QStringLiteral("--version")}, 10000));
    return firstLine.section(QLatin1Char(' '), 0, 1);
}

void printMachine(const Options &options)
{
    const double memoryGiB = double(::sysconf(_SC_PHYS_PAGES)) * double(::sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0 * 1024.0);
    const QString curl = curlVersion();

    const QString buildType = QLatin1String(WEAV_BENCH_BUILD_TYPE).isEmpty() ? QStringLiteral("unspecified")
                                                                             : QStringLiteral(WEAV_BENCH_BUILD_TYPE);

    out << "machine: " << cpuModel() << ", " << QThread::idealThreadCount() << " cores, "
        << QString::number(memoryGiB, 'f', 1) << " GiB, " << QSysInfo::kernelType() << ' ' << QSysInfo::kernelVersion() << '\n';
    out << "build: bench_ingest " << WEAV_VERSION << " (" << buildType << "), Qt " << qVersion() << ", "
        << curl << '\n';
    out << "load: GET /v1/conversations, " << PerPage << " per page, " << MaxParallel << " requests in parallel, best of "
        << options.runs << " runs after one warm-up\n";
    out << "load average before the runs: " << loadAverage() << '\n';
    if (buildType != QLatin1String("Release"))
        err << "warning: the build type is " << buildType << "; the figures mean something only for Release\n";
    out.flush();
    err.flush();
}

// The seeded database of a weav-sandbox build. The file name carries a hash of the executable,
// because the seed has no version of its own and any change to the generator changes the binary.
QString seededDatabase(const Options &options)
{
    QFile binary(options.sandboxBin);
    if (!binary.open(QIODevice::ReadOnly))
        throw SetupError(QStringLiteral("could not read %1: %2").arg(options.sandboxBin, binary.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&binary);
    const QString key = QString::fromLatin1(hash.result().toHex().left(16));

    QDir cache(options.cacheDir);
    if (!cache.mkpath(QStringLiteral(".")))
        throw SetupError(QStringLiteral("could not create the cache folder %1").arg(options.cacheDir));
    const QString path = cache.filePath(QStringLiteral("medium-%1.sqlite").arg(key));
    if (QFile::exists(path)) {
        out << "seed: reusing " << path << '\n';
        return path;
    }

    // Databases seeded by earlier builds are stale.
    for (const QString &stale : cache.entryList({QStringLiteral("medium-*.sqlite*")}, QDir::Files))
        cache.remove(stale);

    const QString partial = path + QStringLiteral(".partial");
    QElapsedTimer elapsed;
    elapsed.start();
    const QByteArray summary = runProgram(options.sandboxBin,
                                          {QStringLiteral("seed"), QStringLiteral("--data"), partial, QStringLiteral("--workspace"),
                                           Workspace, QStringLiteral("--size"), QStringLiteral("medium")},
                                          30 * 60 * 1000);
    if (!QFile::rename(partial, path))
        throw SetupError(QStringLiteral("could not rename %1 to %2").arg(partial, path));
    out << "seed: " << QString::fromUtf8(summary).trimmed() << " in " << QString::number(elapsed.elapsed() / 1000.0, 'f', 1) << " s\n";
    return path;
}

QString createToken(const Options &options, const QString &database)
{
    const QByteArray token = runProgram(options.sandboxBin,
                                        {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--data"), database,
                                         QStringLiteral("--workspace"), Workspace, QStringLiteral("--name"),
                                         QStringLiteral("bench-ingest"), QStringLiteral("--abilities"), QStringLiteral("read")},
                                        60000);
    return QString::fromUtf8(token).trimmed();
}

// weav-sandbox serve on 127.0.0.1 and a free port, stopped when this object is destroyed. The
// server's output goes to files in logFolder, so that its one log line per request costs this
// process neither memory nor event-loop time.
class SandboxServer
{
public:
    SandboxServer(const QString &sandboxBin, const QString &database, const QDir &logFolder)
        : m_outputPath(logFolder.filePath(QStringLiteral("sandbox.out"))),
          m_logPath(logFolder.filePath(QStringLiteral("sandbox.log")))
    {
        m_process.setStandardOutputFile(m_outputPath);
        m_process.setStandardErrorFile(m_logPath);
        stopWithParent(m_process);
        // --exit-after also stops a server that outlives the benchmark.
        m_process.start(sandboxBin, {QStringLiteral("serve"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                                     QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), database,
                                     QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--exit-after"),
                                     QStringLiteral("3600")});
        m_baseUrl = waitForBaseUrl();
    }

    ~SandboxServer()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    SandboxServer(const SandboxServer &) = delete;
    SandboxServer &operator=(const SandboxServer &) = delete;

    QUrl baseUrl() const { return m_baseUrl; }
    QString logPath() const { return m_logPath; }

private:
    QUrl waitForBaseUrl()
    {
        static const QRegularExpression listening(QStringLiteral("listening on (http://127\\.0\\.0\\.1:[0-9]+)"));
        QElapsedTimer elapsed;
        elapsed.start();
        while (elapsed.elapsed() < 30000 && m_process.state() != QProcess::NotRunning) {
            const QRegularExpressionMatch match = listening.match(readFile(m_outputPath));
            if (match.hasMatch())
                return QUrl(match.captured(1));
            m_process.waitForFinished(50);
        }
        throw SetupError(QStringLiteral("weav-sandbox serve did not start; its log %1 ends with: %2")
                             .arg(m_logPath, readFile(m_logPath).right(2000).trimmed()));
    }

    static QString readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    QProcess m_process;
    QString m_outputPath;
    QString m_logPath;
    QUrl m_baseUrl;
};

ListShape readListShape(const QUrl &baseUrl, const QString &token)
{
    ApiClient client;
    client.setBaseUrl(baseUrl);
    client.setToken(token);

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QString::number(PerPage));
    const ApiResponse response = client.sendAndWait(ApiRequest::get(endpoints::conversations(), query));
    if (!response.ok())
        throw SetupError(QStringLiteral("the first page of conversations failed: %1").arg(response.error.summary()));

    const QJsonObject meta = response.object().value(QLatin1String("meta")).toObject();
    ListShape shape;
    shape.lastPage = meta.value(QLatin1String("last_page")).toInt();
    shape.total = qint64(meta.value(QLatin1String("total")).toDouble());
    if (shape.lastPage < 1 || shape.total < 1)
        throw SetupError(QStringLiteral("the reply to GET /v1/conversations has no meta.last_page or meta.total, so the page count is unknown"));
    return shape;
}

QString pageUrl(const QUrl &baseUrl, int page)
{
    return QStringLiteral("%1%2?page=%3&per_page=%4").arg(baseUrl.toString(), endpoints::conversations()).arg(page).arg(PerPage);
}

// A curl config file with the bearer token and every page URL, so that the token stays off the
// command line. QTemporaryDir creates its folder readable by the owner only.
QString writeCurlConfig(const QTemporaryDir &folder, const QUrl &baseUrl, const QString &token, int lastPage)
{
    const QString path = folder.filePath(QStringLiteral("pages.curl"));
    QFile config(path);
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw SetupError(QStringLiteral("could not write %1: %2").arg(path, config.errorString()));

    QTextStream stream(&config);
    stream << "silent\n";
    stream << "header = \"Authorization: Bearer " << token << "\"\n";
    stream << "write-out = \"%{http_code}\\n\"\n";
    for (int page = 1; page <= lastPage; ++page)
        stream << "url = \"" << pageUrl(baseUrl, page) << "\"\noutput = \"/dev/null\"\n";
    return path;
}

// Fetches every page with curl, MaxParallel transfers at a time.
FetchRun fetchPagesWithCurl(const QString &configPath, int lastPage)
{
    const QStringList arguments{QStringLiteral("--parallel"), QStringLiteral("--parallel-immediate"),
                                QStringLiteral("--parallel-max"), QString::number(MaxParallel), QStringLiteral("--config"),
                                configPath};
    FetchRun run;
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer elapsed;
    elapsed.start();
    const QByteArray statuses = runProgram(QStringLiteral("curl"), arguments, LoadTimeoutMs);
    run.seconds = elapsed.nsecsElapsed() / 1e9;
    run.cpuSeconds = cpuSeconds(RUSAGE_CHILDREN) - cpuBefore;

    const qsizetype okReplies = statuses.count("200\n");
    if (okReplies != lastPage)
        throw SetupError(QStringLiteral("curl failed: %1 of %2 pages came back with HTTP 200").arg(okReplies).arg(lastPage));
    return run;
}

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        throw SetupError(QStringLiteral("could not read /proc/self/statm: %1").arg(statm.errorString()));
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * ::sysconf(_SC_PAGESIZE);
}

// Returns the resident size once objects waiting for deleteLater() are gone and free heap memory is
// given back to the system.
qint64 trimmedResidentBytes()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    ::malloc_trim(0);
    return residentBytes();
}

qint64 threadCpuNs()
{
    timespec now{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// A timer on the model's thread that ticks every StallTickMs and records the maximum delay of a tick
// beyond its interval: the longest time the event loop could not run anything else. The thread's
// CPU time during that delay distinguishes work on the thread (CPU time close to the delay) from
// waiting for a core on a loaded machine (CPU time far below it). The maximum CPU time between two
// ticks is the longest stretch of work in one event-loop pass, whatever the load.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(StallTickMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { recordTick(); });
    }

    void start()
    {
        m_maxStallNs = 0;
        m_maxStallCpuNs = 0;
        m_maxBusyNs = 0;
        m_clock.start();
        m_lastTickNs = 0;
        m_firstCpuNs = m_lastCpuNs = threadCpuNs();
        m_timer.start();
    }

    void stop()
    {
        recordTick();
        m_timer.stop();
    }

    double maxStallMs() const { return m_maxStallNs / 1e6; }
    double maxStallCpuMs() const { return m_maxStallCpuNs / 1e6; }
    double maxBusyMs() const { return m_maxBusyNs / 1e6; }
    double cpuSeconds() const { return (m_lastCpuNs - m_firstCpuNs) / 1e9; }

private:
    void recordTick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        const qint64 stall = now - m_lastTickNs - qint64(StallTickMs) * 1000000;
        if (stall > m_maxStallNs) {
            m_maxStallNs = stall;
            m_maxStallCpuNs = cpu - m_lastCpuNs;
        }
        m_maxBusyNs = std::max(m_maxBusyNs, cpu - m_lastCpuNs);
        m_lastTickNs = now;
        m_lastCpuNs = cpu;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    qint64 m_maxStallNs = 0;
    qint64 m_maxStallCpuNs = 0;
    qint64 m_maxBusyNs = 0;
    qint64 m_firstCpuNs = 0;
    qint64 m_lastCpuNs = 0;
};

// Loads every page and waits for completed(), which follows the insertion of the last rows, or for
// loadFailed(). Throws SetupError on failure or timeout.
void waitForLoad(ConversationListModel &model)
{
    QEventLoop loop;
    QString failure;
    QObject::connect(&model, &PagedListModel::completed, &loop, &QEventLoop::quit);
    QObject::connect(&model, &PagedListModel::loadFailed, &loop, [&](const ApiError &error) {
        failure = error.summary();
        loop.quit();
    });
    QTimer::singleShot(LoadTimeoutMs, &loop, [&] {
        failure = QStringLiteral("no completed() within %1 s").arg(LoadTimeoutMs / 1000);
        loop.quit();
    });

    model.loadAll();
    loop.exec();
    if (!failure.isEmpty())
        throw SetupError(QStringLiteral("loading the conversations failed: %1").arg(failure));
}

// Loads every conversation into a fresh model, with a fresh client and connections, as a console
// does after connecting. The resident size is measured before the client exists and after it is
// gone, so the difference is what the model and its rows keep.
LoadRun loadConversations(const QUrl &baseUrl, const QString &token)
{
    LoadRun run;
    run.residentBefore = trimmedResidentBytes();

    auto client = std::make_unique<ApiClient>();
    client->setBaseUrl(baseUrl);
    client->setToken(token);
    NameDirectory names(client.get());
    ConversationListModel model(client.get(), &names);
    model.setPerPage(PerPage);
    model.setMaxParallel(MaxParallel);

    StallMeter stalls;
    QElapsedTimer elapsed;
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    stalls.start();
    elapsed.start();
    waitForLoad(model);
    run.seconds = elapsed.nsecsElapsed() / 1e9;
    stalls.stop();
    run.processCpuSeconds = cpuSeconds(RUSAGE_SELF) - cpuBefore;

    run.maxStallMs = stalls.maxStallMs();
    run.maxStallCpuMs = stalls.maxStallCpuMs();
    run.maxBusyMs = stalls.maxBusyMs();
    run.threadCpuSeconds = stalls.cpuSeconds();
    run.rows = model.rowCount();
    client.reset();
    run.residentAfter = trimmedResidentBytes();
    return run;
}

void printFloorRun(int run, const FetchRun &fetch)
{
    out << "floor run " << run << ": " << QString::number(fetch.seconds, 'f', 3) << " s, "
        << QString::number(fetch.cpuSeconds, 'f', 3) << " s CPU in curl\n";
    out.flush();
}

void printModelRun(int run, const LoadRun &load)
{
    out << "model run " << run << ": " << QString::number(load.seconds, 'f', 3) << " s, " << load.rows << " rows, "
        << QString::number(load.processCpuSeconds, 'f', 3) << " s CPU in the process, "
        << QString::number(load.threadCpuSeconds, 'f', 3) << " s on the model's thread, max stall "
        << QString::number(load.maxStallMs, 'f', 1) << " ms (" << QString::number(load.maxStallCpuMs, 'f', 1)
        << " ms CPU), max CPU between ticks " << QString::number(load.maxBusyMs, 'f', 1) << " ms, "
        << QString::number(load.bytesPerRow(), 'f', 0) << " bytes per row\n";
    out.flush();
}

// The figures of all runs: the best time of each side, and the worst stall and memory.
struct Results
{
    double floorSeconds = std::numeric_limits<double>::max();
    LoadRun bestLoad;
    LoadRun worstStallLoad;
    double maxBusyMs = 0.0;
    double maxBytesPerRow = 0.0;

    Results() { bestLoad.seconds = std::numeric_limits<double>::max(); }

    void addFloor(const FetchRun &fetch) { floorSeconds = std::min(floorSeconds, fetch.seconds); }

    void addLoad(const LoadRun &load)
    {
        if (load.seconds < bestLoad.seconds)
            bestLoad = load;
        if (load.maxStallMs > worstStallLoad.maxStallMs)
            worstStallLoad = load;
        maxBusyMs = std::max(maxBusyMs, load.maxBusyMs);
        maxBytesPerRow = std::max(maxBytesPerRow, load.bytesPerRow());
    }
};

// Alternates the two sides, so that a change in the load of the machine affects both.
Results measure(const Options &options, const QUrl &baseUrl, const QString &token, const ListShape &shape,
                const QString &curlConfig)
{
    Results results;
    for (int run = 1; run <= options.runs; ++run) {
        const FetchRun fetch = fetchPagesWithCurl(curlConfig, shape.lastPage);
        printFloorRun(run, fetch);
        results.addFloor(fetch);

        const LoadRun load = loadConversations(baseUrl, token);
        printModelRun(run, load);
        if (load.rows != shape.total)
            throw SetupError(QStringLiteral("the model loaded %1 rows of %2").arg(load.rows).arg(shape.total));
        results.addLoad(load);
    }
    return results;
}

// Prints the table and the budgets, and returns whether both budgets are met.
bool printResults(const Results &results)
{
    const double ratio = results.bestLoad.seconds / results.floorSeconds;
    const double maxStallMs = results.worstStallLoad.maxStallMs;
    const auto number = [](double value, int decimals) { return QString::number(value, 'f', decimals); };

    out << "\n| measure | value |\n|---|---:|\n";
    out << "| floor: curl, " << MaxParallel << " parallel (s) | " << number(results.floorSeconds, 3) << " |\n";
    out << "| model: loadAll() (s) | " << number(results.bestLoad.seconds, 3) << " |\n";
    out << "| ratio model / floor | " << number(ratio, 2) << " |\n";
    out << "| max event-loop stall (ms) | " << number(maxStallMs, 1) << " |\n";
    out << "| CPU time of the model's thread in that stall (ms) | " << number(results.worstStallLoad.maxStallCpuMs, 1) << " |\n";
    out << "| max CPU time of the model's thread between two ticks (ms) | " << number(results.maxBusyMs, 1) << " |\n";
    out << "| CPU time of the model's thread per load (s) | " << number(results.bestLoad.threadCpuSeconds, 3) << " |\n";
    out << "| memory per 1,000 rows (MB) | " << number(results.maxBytesPerRow * 1000.0 / 1e6, 2) << " |\n\n";

    const bool ratioPasses = ratio <= RatioBudget;
    const bool stallPasses = maxStallMs <= StallBudgetMs;
    out << "budget ratio ≤ " << RatioBudget << ": " << (ratioPasses ? "PASS" : "FAIL") << '\n';
    out << "budget stall ≤ " << StallBudgetMs << " ms: " << (stallPasses ? "PASS" : "FAIL") << '\n';
    out.flush();
    return ratioPasses && stallPasses;
}

int runBenchmark(const Options &options)
{
    printMachine(options);
    const QString database = seededDatabase(options);
    const QString token = createToken(options, database);
    // The server's log stays in the cache folder after the run, for a look at its request times.
    SandboxServer server(options.sandboxBin, database, QDir(options.cacheDir));

    const ListShape shape = readListShape(server.baseUrl(), token);
    out << "list: " << shape.total << " conversations in " << shape.lastPage << " pages\n";

    QTemporaryDir folder;
    if (!folder.isValid())
        throw SetupError(QStringLiteral("could not create a temporary folder: %1").arg(folder.errorString()));
    const QString curlConfig = writeCurlConfig(folder, server.baseUrl(), token, shape.lastPage);

    // Warm-up: the server's page cache and SQLite, and this process's heap and thread pool.
    fetchPagesWithCurl(curlConfig, shape.lastPage);
    loadConversations(server.baseUrl(), token);

    const Results results = measure(options, server.baseUrl(), token, shape, curlConfig);
    out << "server log: " << server.logPath() << '\n';
    return printResults(results) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_ingest"));
    // The exchange lines of weav.core.api (one per request) would add terminal output to the time of
    // the model's thread. ApiClient::history() records every request either way, and
    // QT_LOGGING_RULES overrides this rule.
    QLoggingCategory::setFilterRules(QStringLiteral("weav.core.api.info=false"));

    try {
        return runBenchmark(parseOptions(app));
    } catch (const SetupError &error) {
        out.flush();
        err << "bench-ingest: " << error.what() << '\n';
        err.flush();
        return 2;
    }
}
