#include "ConsoleController.h"

#include "HostLabel.h"
#include "MainWindow.h"
#include "ScreenshotRunner.h"
#include "StartupWindow.h"

#include "connect/ProfileTokens.h"
#include "demo/DemoWorkspace.h"
#include "views/ViewsSidebar.h"
#include "live/WebhookListener.h"
#include "workspace/ProfileStore.h"
#include "workspace/Session.h"

#include <QTimer>

#include <cstdio>

namespace weav::ui {

namespace {

// The startup window appears only when preparing takes longer than this, so that a second demo
// start or a fast keychain does not flash it.
constexpr int StartupWindowDelayMs = 400;

void printLine(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stream);
}

} // namespace

ConsoleController::ConsoleController(const ConsoleOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
}

ConsoleController::~ConsoleController()
{
    if (m_window)
        disconnect(m_window, nullptr, this, nullptr);
    delete m_connectDialog;
    delete m_startup;
    delete m_window;
    delete m_session;
}

void ConsoleController::start()
{
    if (m_options.demo)
        startDemo();
    else
        connectToProfile(m_options.profile);
}

void ConsoleController::startDemo()
{
    if (m_demo && m_demo->isReady()) {
        onDemoReady();
        return;
    }

    m_demo = std::make_unique<DemoWorkspace>();
    showStartup(tr("Opening the demo workspace"), QString());
    connect(m_demo.get(), &DemoWorkspace::progress, this, [this](const QString &message) {
        if (m_startup)
            m_startup->setDetail(message);
        qCInfo(lcShell).noquote() << message;
    });
    connect(m_demo.get(), &DemoWorkspace::ready, this, &ConsoleController::onDemoReady);
    connect(m_demo.get(), &DemoWorkspace::failed, this, &ConsoleController::onDemoFailed);

    DemoOptions options;
    options.size = m_options.demoSize;
    options.config.simulatedMessagesPerMinute = m_options.simulatedMessagesPerMinute;
    // The demo server delivers webhooks to this console; the listener lives as long as the demo.
    QString webhookError;
    if (!WebhookListener::startForDemo(&options.config, m_demo.get(), &webhookError))
        qCWarning(lcShell).noquote() << "the demo runs without webhooks:" << webhookError;
    m_demo->start(options);
}

void ConsoleController::onDemoReady()
{
    core::Session *session = m_demo->createSession(this);
    if (!session) {
        onDemoFailed(tr("The demo server did not create a session."));
        return;
    }
    if (auto *listener = m_demo->findChild<WebhookListener *>())
        listener->attachTo(session);
    openMainWindow(session);
}

void ConsoleController::onDemoFailed(const QString &message)
{
    hideStartup();
    m_demo.reset();
    if (isUnattended()) {
        failUnattended(message);
        return;
    }
    showConnectDialog({}, ConnectDialog::Field::General, message);
}

void ConsoleController::connectToProfile(const QString &name)
{
    const core::ProfileStore store(&m_settings);
    const std::optional<core::Profile> profile = name.isEmpty() ? store.currentProfile() : store.find(name);
    if (profile) {
        readToken(*profile);
        return;
    }

    QString problem;
    if (!name.isEmpty())
        problem = tr("There is no saved profile named \"%1\". Pick one from the list, or add it.").arg(name);
    if (isUnattended()) {
        failUnattended(problem.isEmpty() ? tr("No profile is saved; use --demo or --profile NAME.") : problem);
        return;
    }
    showConnectDialog({}, ConnectDialog::Field::General, problem);
}

void ConsoleController::readToken(const core::Profile &profile)
{
    showStartup(tr("Connecting to %1").arg(profile.name), tr("Reading the API token from the keychain…"));
    profileTokens::read(profile, this, [this, profile](const core::CredentialResult &result) {
        if (result.ok) {
            connectWith(profile, result.secret);
            return;
        }

        hideStartup();
        if (isUnattended()) {
            failUnattended(result.error.message);
            return;
        }
        showConnectDialog(profile.name, ConnectDialog::Field::Token, result.error.message);
    });
}

void ConsoleController::connectWith(const core::Profile &profile, const QString &token)
{
    showStartup(tr("Connecting to %1").arg(profile.name),
                tr("Checking the connection to %1…").arg(hostLabel(profile.baseUrl)));

    auto *session = new core::Session(profile, token, this);
    auto *check = new core::ConnectionCheck(session->client(), session);
    connect(check, &core::ConnectionCheck::finished, this, [this, session, check](const core::ConnectionReport &report) {
        check->deleteLater();
        onChecked(session, report);
    });
    check->start();
}

// An unreachable server still opens the main window, because the offline banner shows the state
// and the session probes until the server replies. A rejected token, or one that may not read,
// goes back to the connect dialog with the findings at the token field.
void ConsoleController::onChecked(core::Session *session, const core::ConnectionReport &report)
{
    session->applyReport(report);
    const bool refused = report.reachable && !report.isUsable();
    if (!refused) {
        if (!report.reachable)
            qCWarning(lcShell).noquote() << "opening" << session->profile().name << "offline:" << report.error.summary();
        openMainWindow(session);
        return;
    }

    hideStartup();
    const QString name = session->profile().name;
    const QString findings = report.findings().join(QLatin1Char(' '));
    session->deleteLater();
    if (isUnattended()) {
        failUnattended(findings);
        return;
    }
    showConnectDialog(name, ConnectDialog::Field::Token, findings);
}

void ConsoleController::showConnectDialog(const QString &profileName, ConnectDialog::Field field, const QString &problem)
{
    if (m_connectDialog) {
        m_connectDialog->raise();
        m_connectDialog->activateWindow();
        return;
    }

    auto *dialog = new ConnectDialog(&m_settings, m_window);
    m_connectDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!profileName.isEmpty())
        dialog->selectProfile(profileName);
    if (!problem.isEmpty())
        dialog->showProblem(field, problem);

    connect(dialog, &QDialog::finished, this, [this, dialog](int result) { onConnectDialogFinished(dialog, result); });
    dialog->open();
}

void ConsoleController::onConnectDialogFinished(ConnectDialog *dialog, int result)
{
    if (result != QDialog::Accepted || dialog->choice() == ConnectDialog::Choice::None) {
        if (!m_window)
            emit exitRequested(0);
        return;
    }

    if (dialog->choice() == ConnectDialog::Choice::Demo) {
        startDemo();
        return;
    }

    const core::Profile profile = dialog->chosenProfile();
    const QString token = dialog->takeChosenToken();
    if (token.isEmpty())
        readToken(profile);
    else
        connectWith(profile, token);
}

void ConsoleController::showStartup(const QString &headline, const QString &detail)
{
    if (!m_startup) {
        m_startup = new StartupWindow;
        m_startup->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_startup, &StartupWindow::closedByUser, this, [this] {
            if (!m_window)
                emit exitRequested(0);
        });
        QTimer::singleShot(StartupWindowDelayMs, m_startup, [startup = m_startup] {
            if (startup)
                startup->show();
        });
    }
    m_startup->setHeadline(headline);
    m_startup->setDetail(detail);
}

void ConsoleController::hideStartup()
{
    if (m_startup)
        m_startup->finish();
}

// Opens the weav://view link of the command line in the first main window.
void ConsoleController::openViewLinkOnce(MainWindow *window)
{
    const QString link = std::exchange(m_options.viewLink, QString());
    if (link.isEmpty() || !window->viewsSidebar())
        return;
    window->showArea(MainWindow::Area::Inbox);
    window->viewsSidebar()->openLink(link);
}

// Shows the window of a new session and closes the previous window and its session, if any.
void ConsoleController::openMainWindow(core::Session *session)
{
    auto *window = new MainWindow(session, &m_settings);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &MainWindow::connectRequested, this, [this] { showConnectDialog(); });

    MainWindow *previousWindow = std::exchange(m_window, window);
    core::Session *previousSession = std::exchange(m_session, session);
    connect(window, &QObject::destroyed, this, [this, window] {
        if (window != m_window)
            return;
        m_window = nullptr;
        emit exitRequested(0);
    });

    window->show();
    openViewLinkOnce(window);
    hideStartup();

    if (previousWindow)
        previousWindow->close();
    if (previousSession)
        previousSession->deleteLater();

    if (!m_options.screenshotDir.isEmpty() && !m_screenshotsStarted)
        startScreenshots();
}

void ConsoleController::startScreenshots()
{
    m_screenshotsStarted = true;

    QList<ScreenshotStep> steps = defaultScreenshotSteps();
    for (ScreenshotStep &step : steps)
        step.fileName = screenshotFileName(step.fileName, m_options.language, m_options.theme);

    auto *runner = new ScreenshotRunner(m_window, m_options.screenshotDir, steps, this);
    connect(runner, &ScreenshotRunner::saved, this, [](const QString &path) { printLine(stdout, path); });
    connect(runner, &ScreenshotRunner::finished, this, [this, runner](bool ok, const QString &message) {
        runner->deleteLater();
        if (!ok) {
            printLine(stderr, tr("weav-console: the screenshots failed: %1").arg(message));
            if (isUnattended())
                emit exitRequested(1);
            return;
        }
        if (isUnattended())
            emit exitRequested(0);
    });
    runner->start();
}

void ConsoleController::failUnattended(const QString &message)
{
    printLine(stderr, tr("weav-console: %1").arg(message));
    emit exitRequested(1);
}

} // namespace weav::ui
