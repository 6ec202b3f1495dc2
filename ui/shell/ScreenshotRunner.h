#pragma once

#include <QDir>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace weav::ui {

class MainWindow;

// One screenshot of the main window: the file it is saved as and how to bring its view on screen
// with real data. prepare() shows the view and calls ready() once the data is shown, possibly
// later from a signal. Connections made to context are dropped when the step ends. prepare()
// calls fail(reason) when the view cannot show its data at all.
struct ScreenshotStep
{
    QString fileName;
    // The view as messages name it, e.g. "the inbox".
    QString viewName;
    std::function<void(MainWindow *window, QObject *context, std::function<void()> ready,
                       std::function<void(const QString &reason)> fail)>
        prepare;
    // The widget to grab instead of the main window, e.g. a dialog; null or unset grabs the window.
    std::function<QWidget *(MainWindow *window)> target;
    // Whether to leave the step out for this window, e.g. a step that uploads data and so runs in
    // the demo workspace only. Unset runs the step.
    std::function<bool(MainWindow *window)> skip;
};

// The steps of `weav-console --screenshot-dir`, in order: inbox.png, conversation.png,
// customers.png, companies.png, bulk-result.png, agents.png, agent-form.png, training.png,
// wizard-source.png, wizard-result.png, activity.png, analytics.png, palette.png, settings.png. A
// new view adds its step here.
QList<ScreenshotStep> defaultScreenshotSteps();

// Returns fileName with the run's language and theme before the extension: inbox.png with language
// "de" and theme "dark" becomes inbox-de-dark.png. An empty or English language ("en", "en_US") adds
// nothing, and neither does a theme other than dark.
QString screenshotFileName(const QString &fileName, const QString &language, const QString &theme);

// Renders the main window at a fixed size after each step and saves it as a PNG in a folder.
class ScreenshotRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr QSize WindowSize{1440, 900};
    static constexpr int DefaultStepTimeoutMs = 60000;

    ScreenshotRunner(MainWindow *window, const QString &directory, QList<ScreenshotStep> steps,
                     QObject *parent = nullptr);

    void setStepTimeoutMs(int timeoutMs) { m_stepTimeoutMs = timeoutMs; }
    void start();

signals:
    void saved(const QString &path);
    // ok is false when a view did not load in time or a file could not be written, and message
    // names the view or the file.
    void finished(bool ok, const QString &message);

private:
    void runStep();
    void onReady();
    void capture();
    void failStep(const QString &message);
    void endStep();

    QPointer<MainWindow> m_window;
    QDir m_directory;
    QList<ScreenshotStep> m_steps;
    int m_current = -1;
    QObject *m_stepContext = nullptr;
    QTimer m_timeout;
    int m_stepTimeoutMs = DefaultStepTimeoutMs;
};

} // namespace weav::ui
