// Measures the console's inbox on the large demo workspace (200,000 conversations), with the real
// InboxView on the offscreen platform and the demo sandbox in the process, as `weav-console --demo`
// runs them:
//   1. the time from the start of main() to the first page shown in the table, on a warm demo
//      cache (the seeded file exists), with a budget of 1000 ms;
//   2. every event-loop stall of the GUI thread while the table scrolls down to row 10,000 page by
//      page and a search is then typed, with a budget of 50 ms for every stall;
//   3. the floor: curl fetching the same first page from the same server.
// See docs/benchmarks.md. Exits 1 when a budget fails, 2 when the benchmark itself cannot run.
//
// Usage: bench_console_inbox [--rows N] [--seed-only]
// --rows sets the row to scroll to (default 10,000); the budgets are meant for the default.
// The data file is DemoWorkspace::defaultDataPath("large"), under ${XDG_CACHE_HOME:-~/.cache}/
// weav-console. When it is missing, a child process seeds it first (about 30 s) and a second child
// takes the measurements, so that the start time is measured in a process of its own.

#include "BenchEventLoop.h"
#include "api/ApiClient.h"
#include "demo/DemoWorkspace.h"
#include "inbox/FilterBar.h"
#include "inbox/InboxView.h"
#include "models/ConversationListModel.h"
#include "workspace/Session.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <stdexcept>

#include <time.h>

using namespace weav;

namespace {

constexpr double StartBudgetMs = 1000.0;
constexpr double StallBudgetMs = 50.0;
constexpr int DefaultTargetRow = 10000;
constexpr int PageTimeoutMs = 60000;
constexpr int CurlRuns = 3;

QTextStream out(stdout);
QTextStream err(stderr);

// A failure of the benchmark itself, as opposed to a budget that is not met.
class SetupError : public std::runtime_error
{
public:
    explicit SetupError(const QString &message) : std::runtime_error(message.toStdString()) {}
};

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

// Measures the gaps between the ticks of a 1 ms timer on the GUI thread. A stall is a gap minus
// the 1 ms interval: the time the event loop could not run a due timer.
class StallWatch : public QObject
{
public:
    struct Stall
    {
        double ms = 0.0;
        // CPU time of the GUI thread during the gap. A stall with little of it waited for a core.
        double cpuMs = 0.0;
        QString phase;
    };

    StallWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, &StallWatch::onTick);
    }

    void start(const QString &phase)
    {
        m_phase = phase;
        m_clock.start();
        m_lastTickNs = m_clock.nsecsElapsed();
        m_lastCpuMs = threadCpuMs();
        m_timer.start();
    }

    void setPhase(const QString &phase) { m_phase = phase; }
    void stop() { m_timer.stop(); }

    const Stall &worst() const { return m_worst; }
    double maxCpuBetweenTicksMs() const { return m_maxCpuMs; }
    int ticks() const { return m_ticks; }
    int stallsOver(double ms) const
    {
        return int(std::count_if(m_stalls.cbegin(), m_stalls.cend(), [ms](const Stall &stall) { return stall.ms > ms; }));
    }
    // The stalls, longest first.
    QList<Stall> longest(int count) const
    {
        QList<Stall> sorted = m_stalls;
        std::sort(sorted.begin(), sorted.end(), [](const Stall &a, const Stall &b) { return a.ms > b.ms; });
        return sorted.mid(0, count);
    }

private:
    void onTick()
    {
        const qint64 nowNs = m_clock.nsecsElapsed();
        const double cpuMs = threadCpuMs();
        const Stall stall{double(nowNs - m_lastTickNs) / 1e6 - 1.0, cpuMs - m_lastCpuMs, m_phase};
        m_lastTickNs = nowNs;
        m_lastCpuMs = cpuMs;
        ++m_ticks;

        m_maxCpuMs = qMax(m_maxCpuMs, stall.cpuMs);
        if (stall.ms > m_worst.ms)
            m_worst = stall;
        // Stalls under 5 ms are timer jitter, counted in ticks only.
        if (stall.ms >= 5.0)
            m_stalls.append(stall);
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    double m_lastCpuMs = 0.0;
    double m_maxCpuMs = 0.0;
    int m_ticks = 0;
    QString m_phase;
    Stall m_worst;
    QList<Stall> m_stalls;
};

// Runs the event loop until `done` holds, or throws after timeoutMs.
template <typename Condition>
void waitUntil(Condition done, int timeoutMs, const QString &what)
{
    if (!bench::runEventLoopUntil(done, timeoutMs))
        throw SetupError(QStringLiteral("timed out after %1 ms waiting for %2").arg(timeoutMs).arg(what));
}

struct StartFigures
{
    double applicationMs = 0.0;
    double demoReadyMs = 0.0;
    double sessionMs = 0.0;
    double inboxBuiltMs = 0.0;
    double firstPageMs = 0.0;
    qint64 firstRequestMs = -1;
    qint64 total = -1;
    QString firstTarget;
};

struct ScrollFigures
{
    int targetRow = 0;
    int pages = 0;
    int rows = 0;
    double scrollSeconds = 0.0;
    QString searchWord;
    double typingMs = 0.0;
    double searchMs = 0.0;
    qint64 searchTotal = -1;
};

struct CurlFigures
{
    QList<double> uncachedMs;
    QList<double> cachedMs;
};

// The first list request the console sent, and the milliseconds it took.
std::pair<QString, qint64> firstListRequest(core::Session *session)
{
    for (const core::ExchangeRecord &record : session->client()->history()->records()) {
        if (record.target.startsWith(QLatin1String("/v1/conversations?")))
            return {record.target, record.elapsedMs};
    }
    return {QString(), -1};
}

StartFigures measureStart(const QElapsedTimer &sinceMain, ui::DemoWorkspace &demo, core::Session *&session,
                          std::unique_ptr<ui::InboxView> &inbox)
{
    StartFigures figures;
    figures.applicationMs = double(sinceMain.nsecsElapsed()) / 1e6;

    ui::DemoOptions options;
    options.size = QStringLiteral("large");
    QString error;
    if (!demo.startAndWait(options, &error))
        throw SetupError(QStringLiteral("the demo workspace did not start: %1").arg(error));
    if (demo.seededNow())
        out << "warning: the demo workspace was seeded in this run, so the start time is not a warm start\n";
    figures.demoReadyMs = double(sinceMain.nsecsElapsed()) / 1e6;

    session = demo.createSession(&demo);
    if (!session)
        throw SetupError(QStringLiteral("no session for the demo workspace"));
    figures.sessionMs = double(sinceMain.nsecsElapsed()) / 1e6;

    inbox = std::make_unique<ui::InboxView>(session);
    bool shown = false;
    const auto connection =
        QObject::connect(inbox.get(), &ui::InboxView::firstPageShown, inbox.get(), [&shown] { shown = true; });
    inbox->resize(1400, 900);
    inbox->show();
    figures.inboxBuiltMs = double(sinceMain.nsecsElapsed()) / 1e6;

    waitUntil([&] { return shown || inbox->model()->hasFailed(); }, PageTimeoutMs, QStringLiteral("the first page"));
    // `shown` lives on this function's stack, which later reloads must not write to.
    QObject::disconnect(connection);
    if (inbox->model()->hasFailed())
        throw SetupError(QStringLiteral("the first page failed: %1").arg(inbox->model()->endpoint()));
    // The page counts as shown once the table has painted it.
    inbox->repaint();
    figures.firstPageMs = double(sinceMain.nsecsElapsed()) / 1e6;

    std::tie(figures.firstTarget, figures.firstRequestMs) = firstListRequest(session);
    figures.total = inbox->model()->totalCount();
    return figures;
}

// Scrolls the table down page by page until row targetRow is loaded, then shows that row.
void scrollToRow(ui::InboxView &inbox, int targetRow, ScrollFigures &figures)
{
    core::ConversationListModel *model = inbox.model();
    QTableView *table = inbox.table();
    QElapsedTimer clock;
    clock.start();

    while (model->rowCount() <= targetRow) {
        if (model->hasFailed())
            throw SetupError(QStringLiteral("a page failed after row %1").arg(model->rowCount()));
        if (model->isComplete())
            throw SetupError(QStringLiteral("the list ended at row %1, before row %2").arg(model->rowCount()).arg(targetRow));

        const int before = model->rowCount();
        table->scrollToBottom();
        if (model->canFetchMore() && !model->isLoading())
            model->fetchMore();
        waitUntil([&] { return model->rowCount() > before || model->hasFailed(); }, PageTimeoutMs,
                  QStringLiteral("the page after row %1").arg(before));
        ++figures.pages;
    }

    table->scrollTo(model->index(targetRow, core::ConversationListModel::SubjectColumn), QAbstractItemView::PositionAtCenter);
    figures.targetRow = targetRow;
    figures.rows = model->rowCount();
    figures.scrollSeconds = double(clock.elapsed()) / 1e3;
}

// Types a word of a subject of the list into the search field, as a person does, and waits for the
// first page of the result.
void typeSearch(ui::InboxView &inbox, ScrollFigures &figures)
{
    core::ConversationListModel *model = inbox.model();
    figures.searchWord = model->rowAt(figures.targetRow).subject.section(QLatin1Char(' '), 0, 0).left(8);

    bool shown = false;
    const auto connection = QObject::connect(&inbox, &ui::InboxView::firstPageShown, &inbox, [&shown] { shown = true; });
    QElapsedTimer clock;
    clock.start();

    QLineEdit *search = inbox.filterBar()->searchEdit();
    search->setFocus();
    QTest::keyClicks(search, figures.searchWord);
    figures.typingMs = double(clock.nsecsElapsed()) / 1e6;
    waitUntil([&] { return shown || model->hasFailed(); }, PageTimeoutMs, QStringLiteral("the search result"));
    QObject::disconnect(connection);

    // The time includes the 300 ms pause the filter bar waits for after the last key.
    figures.searchMs = double(clock.nsecsElapsed()) / 1e6;
    figures.searchTotal = model->totalCount();
}

// Lets the event loop run for `ms`, for stalls that follow a step.
void settle(int ms)
{
    bench::runEventLoopFor(ms);
}

double curlSeconds(const QString &url, const QString &headerFile, const QString &host)
{
    QStringList arguments{QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                          QStringLiteral("%{http_code} %{time_total}"), QStringLiteral("-H"), QLatin1Char('@') + headerFile};
    if (!host.isEmpty())
        arguments << QStringLiteral("-H") << QStringLiteral("Host: %1").arg(host);
    arguments << url;

    QProcess curl;
    curl.start(QStringLiteral("curl"), arguments);
    if (!curl.waitForFinished(PageTimeoutMs) || curl.exitCode() != 0)
        throw SetupError(QStringLiteral("curl failed: %1").arg(QString::fromLocal8Bit(curl.readAllStandardError())));

    const QStringList parts = QString::fromLatin1(curl.readAllStandardOutput()).split(QLatin1Char(' '));
    if (parts.size() != 2 || parts.first() != QLatin1String("200"))
        throw SetupError(QStringLiteral("curl got %1 instead of HTTP 200").arg(parts.value(0)));
    return parts.at(1).toDouble();
}

// Fetches the console's first page with curl. The sandbox caches GET replies per thread, target and
// Host header. So a request with a Host of its own is uncached, and a second request with the same
// Host may be served from the cache.
CurlFigures measureCurl(ui::DemoWorkspace &demo, const QString &target)
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        throw SetupError(QStringLiteral("curl is missing: install it (scripts/bootstrap does)"));

    QTemporaryDir folder;
    if (!folder.isValid())
        throw SetupError(QStringLiteral("could not create a temporary folder: %1").arg(folder.errorString()));

    // The token goes to a file that only this user may read, never to a command line or the output.
    const QString token = demo.createToken(QStringLiteral("read"));
    const QString headerFile = folder.filePath(QStringLiteral("authorization"));
    {
        QFile file(headerFile);
        if (!file.open(QIODevice::WriteOnly))
            throw SetupError(QStringLiteral("could not write %1: %2").arg(headerFile, file.errorString()));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write("Authorization: Bearer " + token.toUtf8() + '\n');
    }

    const QUrl base = demo.baseUrl();
    const QString url = base.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash) + target;
    CurlFigures figures;
    for (int run = 0; run < CurlRuns; ++run) {
        const QString host = QStringLiteral("curl-floor-%1.localhost:%2").arg(run).arg(base.port());
        figures.uncachedMs.append(curlSeconds(url, headerFile, host) * 1e3);
        figures.cachedMs.append(curlSeconds(url, headerFile, host) * 1e3);
    }

    QFile::remove(headerFile);
    demo.revokeToken(token);
    return figures;
}

void printStart(const StartFigures &figures)
{
    out << "\nstart (ms since main()):\n";
    out << "  QApplication created           " << number(figures.applicationMs) << '\n';
    out << "  demo workspace ready           " << number(figures.demoReadyMs) << '\n';
    out << "  session with connection check  " << number(figures.sessionMs) << '\n';
    out << "  inbox built and shown          " << number(figures.inboxBuiltMs) << '\n';
    out << "  first page shown               " << number(figures.firstPageMs) << '\n';
    out << "  the first page's request: " << figures.firstTarget << ", " << figures.firstRequestMs << " ms, total "
        << figures.total << " conversations\n";
}

void printScroll(const ScrollFigures &figures, const StallWatch &watch)
{
    out << "\nscroll: " << figures.pages << " pages to " << figures.rows << " rows in " << number(figures.scrollSeconds, 2)
        << " s, then row " << figures.targetRow << " shown\n";
    out << "search \"" << figures.searchWord << "\": typed in " << number(figures.typingMs) << " ms, first page shown "
        << number(figures.searchMs) << " ms after the first key (300 ms of it the typing pause), " << figures.searchTotal
        << " matches\n";

    const StallWatch::Stall &worst = watch.worst();
    out << "\nevent-loop stalls over " << watch.ticks() << " ticks of a 1 ms timer:\n";
    out << "  max stall " << number(worst.ms) << " ms (" << worst.phase << "), GUI thread CPU time in it "
        << number(worst.cpuMs) << " ms\n";
    out << "  max GUI thread CPU time between two ticks " << number(watch.maxCpuBetweenTicksMs()) << " ms\n";
    out << "  stalls over 16 ms: " << watch.stallsOver(16.0) << ", over 50 ms: " << watch.stallsOver(StallBudgetMs) << '\n';
    out << "  longest:";
    for (const StallWatch::Stall &stall : watch.longest(5))
        out << ' ' << number(stall.ms) << " (" << stall.phase << ", CPU " << number(stall.cpuMs) << ')';
    out << '\n';
}

void printCurl(const CurlFigures &figures)
{
    auto join = [](const QList<double> &values) {
        QStringList parts;
        for (double value : values)
            parts.append(number(value));
        return parts.join(QStringLiteral(", "));
    };
    out << "\nfloor: curl, same first page (ms): uncached " << join(figures.uncachedMs) << "; cached "
        << join(figures.cachedMs) << '\n';
}

int measure(const QElapsedTimer &sinceMain, int targetRow)
{
    ui::DemoWorkspace demo;
    core::Session *session = nullptr;
    std::unique_ptr<ui::InboxView> inbox;
    const StartFigures start = measureStart(sinceMain, demo, session, inbox);

    StallWatch watch;
    ScrollFigures scroll;
    watch.start(QStringLiteral("after first page"));
    settle(300);
    watch.setPhase(QStringLiteral("scrolling"));
    scrollToRow(*inbox, targetRow, scroll);
    settle(300);
    watch.setPhase(QStringLiteral("search"));
    typeSearch(*inbox, scroll);
    settle(500);
    watch.stop();

    const CurlFigures curl = measureCurl(demo, start.firstTarget);

    out << "bench-console-inbox (" << WEAV_BENCH_BUILD_TYPE << " build), data " << ui::DemoWorkspace::defaultDataPath(QStringLiteral("large"))
        << '\n';
    printStart(start);
    printScroll(scroll, watch);
    printCurl(curl);

    const bool startPasses = start.firstPageMs <= StartBudgetMs;
    const bool stallPasses = watch.worst().ms < StallBudgetMs;
    out << "\nbudget start to first page ≤ " << StartBudgetMs << " ms: " << number(start.firstPageMs) << " ms "
        << (startPasses ? "PASS" : "FAIL") << '\n';
    out << "budget every stall < " << StallBudgetMs << " ms: max " << number(watch.worst().ms) << " ms "
        << (stallPasses ? "PASS" : "FAIL") << '\n';
    out.flush();
    return startPasses && stallPasses ? 0 : 1;
}

// Seeds the large demo workspace in a child process when its file is missing, then measures in a
// second child, so that the measured process starts with a warm cache.
int seedThenMeasure(const QString &dataPath)
{
    const QString self = QCoreApplication::applicationFilePath();
    out << "seeding the large demo workspace into " << dataPath << " (once, about 30 s)\n";
    out.flush();
    if (QProcess::execute(self, {QStringLiteral("--seed-only")}) != 0)
        throw SetupError(QStringLiteral("seeding the large demo workspace failed"));
    return QProcess::execute(self, QCoreApplication::arguments().mid(1));
}

int targetRowArgument(const QStringList &arguments)
{
    const qsizetype option = arguments.indexOf(QStringLiteral("--rows"));
    if (option < 0)
        return DefaultTargetRow;

    bool ok = false;
    const int row = arguments.value(option + 1).toInt(&ok);
    if (!ok || row < 1)
        throw SetupError(QStringLiteral("--rows takes a row number of 1 or more, not \"%1\"").arg(arguments.value(option + 1)));
    return row;
}

int seedOnly()
{
    ui::DemoWorkspace demo;
    ui::DemoOptions options;
    options.size = QStringLiteral("large");
    QString error;
    if (!demo.startAndWait(options, &error, 600000))
        throw SetupError(QStringLiteral("seeding failed: %1").arg(error));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();

    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bench_console_inbox"));
    // One log line per request of the console and of the in-process server would add terminal
    // output to the GUI thread's time. QT_LOGGING_RULES overrides these rules.
    QLoggingCategory::setFilterRules(QStringLiteral("weav.core.api.info=false\nweav.sandbox.http.info=false"));

    try {
        if (app.arguments().contains(QStringLiteral("--seed-only")))
            return seedOnly();
        const QString dataPath = ui::DemoWorkspace::defaultDataPath(QStringLiteral("large"));
        if (!QFileInfo::exists(dataPath))
            return seedThenMeasure(dataPath);
        return measure(sinceMain, targetRowArgument(app.arguments()));
    } catch (const SetupError &error) {
        out.flush();
        err << "bench-console-inbox: " << error.what() << '\n';
        err.flush();
        return 2;
    }
}
