#pragma once

#include "app/ConsoleApplication.h"
#include "connect/ConnectDialog.h"

#include <QObject>
#include <QPointer>
#include <QSettings>

#include <memory>

namespace weav::core {
class Session;
}

namespace weav::ui {

class DemoWorkspace;
class MainWindow;
class StartupWindow;

// Takes the console from the command line to a main window: the demo workspace (--demo), a saved
// profile (--profile or the current one) with its token from the credential store, or the connect
// dialog when neither works. It owns the sessions and replaces the main window when the person
// connects to another workspace, and runs the screenshot steps of --screenshot-dir.
class ConsoleController : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleController(const ConsoleOptions &options, QObject *parent = nullptr);
    ~ConsoleController() override;

    // Starts connecting. Call from the event loop: exitRequested() may follow at once.
    void start();

    MainWindow *mainWindow() const { return m_window; }
    ConnectDialog *connectDialog() const { return m_connectDialog; }

signals:
    // The console is done: the main window was closed, the first connect dialog was cancelled, or
    // the screenshots were taken (0), or an unattended run failed (1).
    void exitRequested(int exitCode);

private:
    void startDemo();
    void onDemoReady();
    void onDemoFailed(const QString &message);

    void connectToProfile(const QString &name);
    void readToken(const core::Profile &profile);
    void connectWith(const core::Profile &profile, const QString &token);
    void onChecked(core::Session *session, const core::ConnectionReport &report);

    void showConnectDialog(const QString &profileName = {}, ConnectDialog::Field field = ConnectDialog::Field::General,
                           const QString &problem = {});
    void onConnectDialogFinished(ConnectDialog *dialog, int result);

    void showStartup(const QString &headline, const QString &detail);
    void hideStartup();
    void openMainWindow(core::Session *session);
    void openViewLinkOnce(MainWindow *window);
    void startScreenshots();
    // Ends an unattended run (--quit-after-screenshots), where no one can use a dialog: prints the
    // message on standard error and requests exit code 1.
    void failUnattended(const QString &message);
    bool isUnattended() const { return m_options.quitAfterScreenshots; }

    ConsoleOptions m_options;
    QSettings m_settings;
    std::unique_ptr<DemoWorkspace> m_demo;
    QPointer<StartupWindow> m_startup;
    QPointer<ConnectDialog> m_connectDialog;
    MainWindow *m_window = nullptr;
    core::Session *m_session = nullptr;
    bool m_screenshotsStarted = false;
};

} // namespace weav::ui
