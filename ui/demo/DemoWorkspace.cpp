#include "DemoWorkspace.h"

#include "Sandbox.h"
#include "seed/SeedGenerator.h"
#include "store/Database.h"
#include "store/Tokens.h"
#include "workspace/ConnectionCheck.h"
#include "workspace/Session.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace weav::ui {

Q_LOGGING_CATEGORY(lcDemo, "weav.ui.demo")

namespace {

const QString WorkspaceName = QStringLiteral("demo");
// Tokens the console makes for itself; the ones of earlier starts are deleted at each start.
const QString TokenName = QStringLiteral("weav-console");

struct SeedOutcome
{
    bool ok = false;
    bool seeded = false;
    QString error;
};

// Runs on a worker thread with its own connection: seeds the file unless it has the demo workspace.
SeedOutcome seedIfMissing(const QString &path, int conversations)
{
    SeedOutcome outcome;
    sandbox::Database database(path);
    if (!database.open(&outcome.error))
        return outcome;

    if (sandbox::workspaces::idForName(database, WorkspaceName)) {
        outcome.ok = true;
        return outcome;
    }

    sandbox::SeedOptions options;
    options.workspace = WorkspaceName;
    options.conversations = conversations;
    outcome.ok = sandbox::seed::run(database, options, &outcome.error).has_value();
    outcome.seeded = outcome.ok;
    return outcome;
}

} // namespace

struct DemoWorkspace::Private
{
    DemoOptions options;
    std::unique_ptr<sandbox::Sandbox> sandbox;
    bool ready = false;
    bool seededNow = false;
    QString teammateId;
};

DemoWorkspace::DemoWorkspace(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

DemoWorkspace::~DemoWorkspace()
{
    if (d->sandbox)
        d->sandbox->stop();
}

QString DemoWorkspace::defaultDataPath(const QString &size)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/weav-console");
    return folder + QStringLiteral("/demo-%1.sqlite").arg(size);
}

void DemoWorkspace::start(const DemoOptions &options)
{
    d->options = options;
    if (d->options.dataPath.isEmpty())
        d->options.dataPath = defaultDataPath(options.size);

    int conversations = options.conversations;
    if (conversations <= 0) {
        const std::optional<int> forSize = sandbox::seed::conversationsForSize(options.size);
        if (!forSize) {
            QTimer::singleShot(0, this, [this] {
                emit failed(tr("The demo size \"%1\" is unknown: use small, medium or large.").arg(d->options.size));
            });
            return;
        }
        conversations = *forSize;
    }

    QDir().mkpath(QFileInfo(d->options.dataPath).absolutePath());
    emit progress(tr("Opening the demo workspace…"));

    const QString path = d->options.dataPath;
    if (!QFileInfo::exists(path))
        emit progress(tr("Creating the demo workspace with %n conversation(s). This happens once.", nullptr, conversations));

    auto *watcher = new QFutureWatcher<SeedOutcome>(this);
    connect(watcher, &QFutureWatcher<SeedOutcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const SeedOutcome outcome = watcher->result();
        onSeeded(outcome.seeded, outcome.ok ? QString() : outcome.error.isEmpty() ? tr("unknown error") : outcome.error);
    });
    watcher->setFuture(QtConcurrent::run(seedIfMissing, path, conversations));
}

void DemoWorkspace::onSeeded(bool seeded, const QString &error)
{
    if (!error.isEmpty()) {
        emit failed(tr("The demo workspace could not be created in %1: %2").arg(d->options.dataPath, error));
        return;
    }
    d->seededNow = seeded;

    sandbox::SandboxConfig config = d->options.config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = 0;
    config.dataPath = d->options.dataPath;

    d->sandbox = std::make_unique<sandbox::Sandbox>(config);
    QString openError;
    if (!d->sandbox->open(&openError) || !d->sandbox->listen(&openError)) {
        d->sandbox.reset();
        emit failed(tr("The demo server could not start: %1").arg(openError));
        return;
    }

    sandbox::tokens::revokeNamed(d->sandbox->database(), WorkspaceName, TokenName);
    d->teammateId = findTeammate();
    d->ready = true;
    qCInfo(lcDemo) << "demo workspace ready at" << d->sandbox->baseUrl().toString() << "seeded now:" << d->seededNow;
    emit ready();
}

QString DemoWorkspace::findTeammate() const
{
    const std::optional<QString> workspaceId = sandbox::workspaces::idForName(d->sandbox->database(), WorkspaceName);
    if (!workspaceId)
        return {};

    QSqlQuery query(d->sandbox->database().connection());
    query.prepare(QStringLiteral("SELECT id FROM users WHERE workspace_id = ? "
                                 "ORDER BY CASE role WHEN 'lead' THEN 0 WHEN 'admin' THEN 1 ELSE 2 END, created_at, id LIMIT 1"));
    query.addBindValue(*workspaceId);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

bool DemoWorkspace::startAndWait(const DemoOptions &options, QString *errorMessage, int timeoutMs)
{
    QEventLoop loop;
    QString failure;
    bool finished = false;
    const auto onReady = connect(this, &DemoWorkspace::ready, &loop, [&] {
        finished = true;
        loop.quit();
    });
    const auto onFailed = connect(this, &DemoWorkspace::failed, &loop, [&](const QString &message) {
        finished = true;
        failure = message;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);

    start(options);
    if (!finished)
        loop.exec();
    disconnect(onReady);
    disconnect(onFailed);

    if (!finished)
        failure = tr("The demo workspace did not start within %n second(s).", nullptr, timeoutMs / 1000);
    if (!failure.isEmpty() && errorMessage)
        *errorMessage = failure;
    return d->ready;
}

bool DemoWorkspace::isReady() const
{
    return d->ready;
}

QUrl DemoWorkspace::baseUrl() const
{
    return d->sandbox ? d->sandbox->baseUrl() : QUrl();
}

sandbox::Sandbox *DemoWorkspace::sandbox() const
{
    return d->sandbox.get();
}

bool DemoWorkspace::seededNow() const
{
    return d->seededNow;
}

QString DemoWorkspace::createToken(const QString &abilities, std::optional<qint64> expiresAtMs)
{
    if (!d->sandbox)
        return {};

    QString error;
    const auto token = sandbox::tokens::create(d->sandbox->database(), WorkspaceName, TokenName, abilities, expiresAtMs, &error);
    if (!token) {
        qCWarning(lcDemo) << "could not create a demo token:" << error;
        return {};
    }
    return token->plainText;
}

bool DemoWorkspace::revokeToken(const QString &token)
{
    return d->sandbox && d->sandbox->revokeToken(token);
}

core::Profile DemoWorkspace::profile() const
{
    core::Profile profile;
    profile.name = tr("Demo workspace");
    profile.baseUrl = baseUrl();
    profile.teammateId = d->teammateId;
    profile.credentialStore = QStringLiteral("memory");
    return profile;
}

core::Session *DemoWorkspace::createSession(QObject *parent, const QString &abilities)
{
    if (!d->ready)
        return nullptr;

    auto *session = new core::Session(profile(), createToken(abilities), parent);
    session->setDemo(true);
    session->applyReport(core::ConnectionCheck::runAndWait(session->client()));
    return session;
}

} // namespace weav::ui
