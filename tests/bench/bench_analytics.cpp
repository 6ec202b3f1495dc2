// Measures the analytics dashboard, with the demo sandbox in the process as `weav-console --demo`
// runs it:
//   1. aggregation: MetricsCalculator::compute() and the dashboard's computeDashboard() over the
//      200,000 conversations of the large demo seed, for 30 and 90 days in Europe/Berlin, with a
//      budget of 200 ms for the slowest. computeDashboard() takes the cache's list, which costs
//      nothing to copy; the time to copy it is printed too;
//   2. opening the dashboard on the medium seed (20,000) with a warm cache. A new AnalyticsView
//      opens an up-to-date cache file, and the time runs from show() until the numbers of the
//      refreshed cache are on screen. Budget: 1 s;
//   3. the same with a cold cache (no file), against the floor: curl fetching every page of
//      GET /v1/conversations?per_page=100 with 6 parallel transfers, which is the parallelism of
//      the dashboard's fetch (Pager's default maxParallel); budget 1.5 times the floor.
// Before every timed open and curl run the sandbox's reply cache is dropped (Database::noteCommit()),
// so that both sides pay for uncached pages, as with a real server.
// It also reports the longest event-loop stall of the GUI thread while the dashboard opens and the
// GUI thread's CPU time in the cold open. The process's CPU time is reported for the cold open and
// for the curl run, where it is the in-process server's share.
// See docs/benchmarks.md. Exits 1 when a budget fails, 2 when the benchmark itself cannot run.
//
// Usage: bench_analytics [--runs N] [--open-only]
// The demo data files are DemoWorkspace::defaultDataPath("large") and ("medium"), under
// ${XDG_CACHE_HOME:-~/.cache}/weav-console; a missing one is seeded first (about 30 s for the large
// one). The 200,000 conversations are fetched once through the API into a conversation cache
// beside them (bench-analytics/), and later runs read that file.

#include "BenchEventLoop.h"
#include "analytics/AnalyticsView.h"
#include "analytics/ConversationCache.h"
#include "analytics/DashboardData.h"
#include "analytics/Metrics.h"
#include "api/ApiError.h"
#include "api/Endpoints.h"
#include "Sandbox.h"
#include "demo/DemoWorkspace.h"
#include "store/Database.h"
#include "workspace/Session.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <stdexcept>

#include <time.h>

using namespace weav;

namespace {

constexpr double AggregationBudgetMs = 200.0;
constexpr double WarmOpenBudgetMs = 1000.0;
constexpr double ColdOpenBudgetRatio = 1.5;
constexpr int ParallelTransfers = 6;
constexpr int PerPage = 100;
constexpr int AggregationRuns = 5;
constexpr int LoadTimeoutMs = 600000;

QTextStream out(stdout);
QTextStream err(stderr);

// A failure of the benchmark itself, as opposed to a budget that is not met.
class SetupError : public std::runtime_error
{
public:
    explicit SetupError(const QString &message) : std::runtime_error(message.toStdString()) {}
};

double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

QString number(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

template <typename Condition>
void waitUntil(Condition done, int timeoutMs, const QString &what)
{
    if (!bench::runEventLoopUntil(done, timeoutMs))
        throw SetupError(QStringLiteral("timed out after %1 ms waiting for %2").arg(timeoutMs).arg(what));
}

// The maximum gap between the ticks of a 5 ms timer on the GUI thread, minus the 5 ms. A 1 ms
// timer wakes the event loop so often that it added a measurable share to the opening times.
class LongestStall
{
public:
    static constexpr int IntervalMs = 5;

    LongestStall()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(IntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longestMs = std::max(m_longestMs, double(now - m_lastTick) / 1e6 - IntervalMs);
            m_lastTick = now;
        });
    }

    void start()
    {
        m_clock.start();
        m_lastTick = 0;
        m_timer.start();
    }
    double stopMs()
    {
        m_timer.stop();
        return m_longestMs;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTick = 0;
    double m_longestMs = 0.0;
};

struct AggregationFigures
{
    int conversations = 0;
    QDate lastDay;
    double calculator30Ms = 0.0;
    double calculator90Ms = 0.0;
    double dashboard30Ms = 0.0;
    double dashboard90Ms = 0.0;
    double listMs = 0.0;

    double slowestMs() const
    {
        return std::max({calculator30Ms, calculator90Ms, dashboard30Ms, dashboard90Ms, listMs});
    }
};

struct OpenRun
{
    // Until ConversationCache::refreshed(), that is, with every page fetched and read.
    double coldFetchMs = 0.0;
    double coldMs = 0.0;
    double coldGuiCpuMs = 0.0;
    // CPU time of the whole process (console and in-process server) in the cold open, and of the
    // process while curl fetched the same pages (the server's part alone).
    double coldProcessCpuMs = 0.0;
    double floorProcessCpuMs = 0.0;
    double coldStallMs = 0.0;
    double warmMs = 0.0;
    double warmStallMs = 0.0;
    double floorMs = 0.0;
    // ConversationCache::refresh() into an empty folder without a dashboard.
    double cacheAloneMs = 0.0;
};

template <typename Work>
double bestMs(int runs, Work work)
{
    double best = std::numeric_limits<double>::max();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        work();
        best = std::min(best, double(clock.nsecsElapsed()) / 1e6);
    }
    return best;
}

ui::DemoWorkspace *startDemo(const QString &size, QObject *parent)
{
    auto *demo = new ui::DemoWorkspace(parent);
    ui::DemoOptions options;
    options.size = size;
    QString error;
    out << "starting the " << size << " demo workspace (" << ui::DemoWorkspace::defaultDataPath(size) << ")\n";
    out.flush();
    if (!demo->startAndWait(options, &error, LoadTimeoutMs))
        throw SetupError(QStringLiteral("the %1 demo workspace did not start: %2").arg(size, error));
    return demo;
}

// Loads the cache file and brings it up to date; the first run fetches every conversation. Returns
// once the file is written, so that writing it does not share the cores with the timed work.
void loadAndRefresh(core::ConversationCache &cache, core::Session *session)
{
    bool saved = false;
    QObject::connect(&cache, &core::ConversationCache::saved, [&saved] { saved = true; });
    bool failed = false;
    QString failure;
    QObject::connect(&cache, &core::ConversationCache::failed, [&](const core::ApiError &error) {
        failed = true;
        failure = error.summary();
    });
    cache.load();
    waitUntil([&cache] { return cache.isLoaded(); }, LoadTimeoutMs, QStringLiteral("the cache file"));
    cache.refresh(session->client());
    waitUntil([&] { return !cache.isRefreshing() || failed; }, LoadTimeoutMs, QStringLiteral("the conversations"));
    if (failed)
        throw SetupError(QStringLiteral("fetching the conversations failed: %1").arg(failure));
    waitUntil([&saved] { return saved; }, LoadTimeoutMs, QStringLiteral("the cache file to be written"));
}

QDate lastCreatedDay(const QList<core::Conversation> &conversations, const QTimeZone &zone)
{
    QDateTime last;
    for (const core::Conversation &conversation : conversations) {
        if (conversation.createdAt > last)
            last = conversation.createdAt;
    }
    return last.toTimeZone(zone).date();
}

AggregationFigures measureAggregation(const QString &cacheFolder)
{
    QObject owner;
    ui::DemoWorkspace *demo = startDemo(QStringLiteral("large"), &owner);
    core::Session *session = demo->createSession(&owner, QStringLiteral("read"));

    core::ConversationCache cache(QStringLiteral("bench-large"), cacheFolder);
    loadAndRefresh(cache, session);

    AggregationFigures figures;

    QList<core::Conversation> conversations;
    figures.listMs = bestMs(AggregationRuns, [&] { conversations = cache.conversations(); });
    figures.conversations = int(conversations.size());

    const QTimeZone zone(QByteArrayLiteral("Europe/Berlin"));
    figures.lastDay = lastCreatedDay(conversations, zone);
    for (const int days : {30, 90}) {
        const QDate from = figures.lastDay.addDays(1 - days);
        const core::MetricsCalculator calculator(from, figures.lastDay, zone);
        const double calculatorMs = bestMs(AggregationRuns, [&] { calculator.compute(conversations); });
        const ui::DashboardQuery query{from, figures.lastDay, zone, QString()};
        const double dashboardMs = bestMs(AggregationRuns, [&] { ui::computeDashboard(conversations, query); });
        (days == 30 ? figures.calculator30Ms : figures.calculator90Ms) = calculatorMs;
        (days == 30 ? figures.dashboard30Ms : figures.dashboard90Ms) = dashboardMs;
    }
    return figures;
}

struct OpenFigures
{
    double refreshedMs = 0.0;
    double shownMs = 0.0;
    double stallMs = 0.0;
    // CPU time of the GUI thread, and of the whole process, from show() to the numbers on screen.
    double guiCpuMs = 0.0;
    double processCpuMs = 0.0;
};

// Shows a new dashboard on the cache folder and waits for the numbers of the refreshed cache.
OpenFigures openDashboard(ui::DemoWorkspace *demo, core::Session *session, const QString &cacheFolder)
{
    demo->sandbox()->database().noteCommit();

    ui::AnalyticsView view(session, nullptr, cacheFolder);
    view.resize(1400, 900);
    bool saved = false;
    QObject::connect(view.cache(), &core::ConversationCache::saved, [&saved] { saved = true; });

    LongestStall stall;
    stall.start();
    QElapsedTimer clock;
    clock.start();
    OpenFigures figures;
    QObject::connect(view.cache(), &core::ConversationCache::refreshed, [&] { figures.refreshedMs = double(clock.nsecsElapsed()) / 1e6; });
    const double cpuBefore = threadCpuMs();
    const double processBefore = processCpuMs();
    view.show();
    waitUntil([&view] { return view.data() && !view.cache()->isRefreshing() && view.dataAsOf().isValid(); },
              LoadTimeoutMs, QStringLiteral("the dashboard's numbers"));
    view.repaint();
    figures.shownMs = double(clock.nsecsElapsed()) / 1e6;
    figures.guiCpuMs = threadCpuMs() - cpuBefore;
    figures.processCpuMs = processCpuMs() - processBefore;
    figures.stallMs = stall.stopMs();

    // The next run must find the file written.
    waitUntil([&saved] { return saved; }, LoadTimeoutMs, QStringLiteral("the cache file to be written"));
    return figures;
}

// Writes a curl config with the bearer token and every page's URL, so that the token stays off the
// command line. QTemporaryDir creates the folder readable by its owner only.
QString writePageList(const QTemporaryDir &folder, const QUrl &baseUrl, const QString &token, int pages)
{
    const QString path = folder.filePath(QStringLiteral("pages.curl"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw SetupError(QStringLiteral("could not write %1: %2").arg(path, file.errorString()));

    QTextStream config(&file);
    config << "silent\nwrite-out = \"%{http_code}\\n\"\n";
    config << "header = \"Authorization: Bearer " << token << "\"\n";
    const QString base = baseUrl.toString(QUrl::StripTrailingSlash) + core::endpoints::conversations();
    for (int page = 1; page <= pages; ++page)
        config << "url = \"" << base << "?page=" << page << "&per_page=" << PerPage << "\"\noutput = \"/dev/null\"\n";
    return path;
}

double fetchWithCurl(const QString &pageList, int pages)
{
    QProcess curl;
    QElapsedTimer clock;
    clock.start();
    curl.start(QStringLiteral("curl"), {QStringLiteral("--parallel"), QStringLiteral("--parallel-immediate"), QStringLiteral("--parallel-max"),
                                        QString::number(ParallelTransfers), QStringLiteral("--config"), pageList});
    if (!curl.waitForFinished(LoadTimeoutMs))
        throw SetupError(QStringLiteral("curl timed out after %1 s").arg(LoadTimeoutMs / 1000));
    const double ms = double(clock.nsecsElapsed()) / 1e6;

    const qsizetype ok = curl.readAllStandardOutput().count("200\n");
    if (ok != pages)
        throw SetupError(QStringLiteral("curl got HTTP 200 for %1 of %2 pages").arg(ok).arg(pages));
    return ms;
}

double fetchIntoEmptyCache(ui::DemoWorkspace *demo, core::Session *session, const QString &cacheFolder)
{
    QDir(cacheFolder).removeRecursively();
    demo->sandbox()->database().noteCommit();
    core::ConversationCache cache(session->profile().name, cacheFolder);
    QElapsedTimer clock;
    clock.start();
    double refreshedMs = 0.0;
    QObject::connect(&cache, &core::ConversationCache::refreshed, [&] { refreshedMs = double(clock.nsecsElapsed()) / 1e6; });
    loadAndRefresh(cache, session);
    return refreshedMs;
}

QList<OpenRun> measureOpening(int runs)
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        throw SetupError(QStringLiteral("curl is missing: install it (scripts/bootstrap does)"));

    QObject owner;
    ui::DemoWorkspace *demo = startDemo(QStringLiteral("medium"), &owner);
    core::Session *session = demo->createSession(&owner, QStringLiteral("read"));
    QTemporaryDir folder;
    if (!folder.isValid())
        throw SetupError(QStringLiteral("could not create a temporary folder"));

    const QString cacheFolder = folder.filePath(QStringLiteral("cache"));
    const QString token = demo->createToken(QStringLiteral("read"));
    QList<OpenRun> results;
    int pageCount = -1;
    for (int run = 0; run <= runs; ++run) {
        QDir(cacheFolder).removeRecursively();
        OpenRun result;
        const OpenFigures cold = openDashboard(demo, session, cacheFolder);
        const OpenFigures warm = openDashboard(demo, session, cacheFolder);
        result.coldFetchMs = cold.refreshedMs;
        result.coldMs = cold.shownMs;
        result.coldGuiCpuMs = cold.guiCpuMs;
        result.coldProcessCpuMs = cold.processCpuMs;
        result.coldStallMs = cold.stallMs;
        result.warmMs = warm.shownMs;
        result.warmStallMs = warm.stallMs;

        if (pageCount < 0) {
            core::ConversationCache cache(session->profile().name, cacheFolder);
            cache.load();
            waitUntil([&cache] { return cache.isLoaded(); }, LoadTimeoutMs, QStringLiteral("the cache file"));
            pageCount = (cache.size() + PerPage - 1) / PerPage;
        }
        result.cacheAloneMs = fetchIntoEmptyCache(demo, session, folder.filePath(QStringLiteral("bare")));
        const QString pageList = writePageList(folder, demo->baseUrl(), token, pageCount);
        demo->sandbox()->database().noteCommit();
        const double floorCpuBefore = processCpuMs();
        result.floorMs = fetchWithCurl(pageList, pageCount);
        result.floorProcessCpuMs = processCpuMs() - floorCpuBefore;
        QFile::remove(pageList);

        // The first round warms both sides up (SQLite's page cache, the connections) and is not counted.
        if (run > 0)
            results.append(result);
        out << (run == 0 ? QStringLiteral("warm-up") : QStringLiteral("run %1").arg(run)) << ": cold " << number(result.coldMs) << " ms, warm "
            << number(result.warmMs) << " ms, curl " << number(result.floorMs) << " ms for " << pageCount << " pages\n";
        out.flush();
    }
    demo->revokeToken(token);
    return results;
}

int report(const AggregationFigures &aggregation, const QList<OpenRun> &runs)
{
    out << "\nbench-analytics (" << WEAV_BENCH_BUILD_TYPE << " build)\n\n";
    out << "aggregation over " << aggregation.conversations << " conversations, periods ending " << aggregation.lastDay.toString(Qt::ISODate)
        << " in Europe/Berlin, best of " << AggregationRuns << ":\n";
    out << "  MetricsCalculator::compute, 30 days   " << number(aggregation.calculator30Ms) << " ms\n";
    out << "  MetricsCalculator::compute, 90 days   " << number(aggregation.calculator90Ms) << " ms\n";
    out << "  computeDashboard from a list, 30 days   " << number(aggregation.dashboard30Ms) << " ms\n";
    out << "  computeDashboard from a list, 90 days   " << number(aggregation.dashboard90Ms) << " ms\n";
    out << "  the cache's list (ConversationCache::conversations)  " << number(aggregation.listMs) << " ms\n\n";

    double bestCold = std::numeric_limits<double>::max();
    double bestWarm = std::numeric_limits<double>::max();
    double bestFloor = std::numeric_limits<double>::max();
    double worstStall = 0.0;
    out << "| run | cold open (ms) | of it, pages fetched and read (ms) | GUI thread CPU in the cold open (ms) | cache alone, no dashboard (ms) | "
        << "warm open (ms) | floor: curl, " << ParallelTransfers << " parallel (ms) | cold / floor | longest stall cold / warm (ms) | "
        << "process CPU cold open / curl floor (ms) |\n";
    out << "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (int index = 0; index < runs.size(); ++index) {
        const OpenRun &run = runs.at(index);
        out << "| " << index + 1 << " | " << number(run.coldMs) << " | " << number(run.coldFetchMs) << " | " << number(run.coldGuiCpuMs) << " | "
            << number(run.cacheAloneMs) << " | "
            << number(run.warmMs) << " | "
            << number(run.floorMs) << " | "
            << number(run.coldMs / run.floorMs, 2) << " | " << number(run.coldStallMs) << " / " << number(run.warmStallMs) << " | "
            << number(run.coldProcessCpuMs) << " / " << number(run.floorProcessCpuMs) << " |\n";
        bestCold = std::min(bestCold, run.coldMs);
        bestWarm = std::min(bestWarm, run.warmMs);
        bestFloor = std::min(bestFloor, run.floorMs);
        worstStall = std::max({worstStall, run.coldStallMs, run.warmStallMs});
    }

    const double ratio = bestCold / bestFloor;
    const bool aggregationPasses = aggregation.slowestMs() <= AggregationBudgetMs;
    const bool warmPasses = bestWarm <= WarmOpenBudgetMs;
    const bool coldPasses = ratio <= ColdOpenBudgetRatio;
    out << "\nbudget aggregation ≤ " << AggregationBudgetMs << " ms: " << number(aggregation.slowestMs()) << " ms "
        << (aggregationPasses ? "PASS" : "FAIL") << '\n';
    out << "budget warm open ≤ " << WarmOpenBudgetMs << " ms: best " << number(bestWarm) << " ms " << (warmPasses ? "PASS" : "FAIL") << '\n';
    out << "budget cold open ≤ " << ColdOpenBudgetRatio << " × floor: best " << number(bestCold) << " ms / " << number(bestFloor)
        << " ms = " << number(ratio, 2) << ' ' << (coldPasses ? "PASS" : "FAIL") << '\n';
    out << "longest GUI stall while opening: " << number(worstStall) << " ms\n";
    out.flush();
    return aggregationPasses && warmPasses && coldPasses ? 0 : 1;
}

int runsArgument(const QStringList &arguments)
{
    const qsizetype option = arguments.indexOf(QStringLiteral("--runs"));
    if (option < 0)
        return 3;

    bool ok = false;
    const int runs = arguments.value(option + 1).toInt(&ok);
    if (!ok || runs < 1)
        throw SetupError(QStringLiteral("--runs takes a number of 1 or more, not \"%1\"").arg(arguments.value(option + 1)));
    return runs;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bench_analytics"));
    // A log line per request of the console and of the in-process server would count in the GUI
    // thread's time. QT_LOGGING_RULES overrides these rules.
    QLoggingCategory::setFilterRules(QStringLiteral("weav.core.api.info=false\nweav.sandbox.http.info=false"));

    try {
        const int runs = runsArgument(app.arguments());
        const QString benchFolder = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
                                        .filePath(QStringLiteral("weav-console/bench-analytics"));
        // --open-only leaves out the aggregation, e.g. to profile the dashboard's opening alone.
        const bool openOnly = app.arguments().contains(QStringLiteral("--open-only"));
        const AggregationFigures aggregation = openOnly ? AggregationFigures{} : measureAggregation(benchFolder);
        const QList<OpenRun> opening = measureOpening(runs);
        return report(aggregation, opening);
    } catch (const SetupError &error) {
        out.flush();
        err << "bench-analytics: " << error.what() << '\n';
        err.flush();
        return 2;
    }
}
