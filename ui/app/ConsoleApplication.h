#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace weav::ui {

// The command line of weav-console, parsed.
struct ConsoleOptions
{
    // --demo: the built-in demo workspace instead of a saved profile.
    bool demo = false;
    // --demo-size: small, medium or large.
    QString demoSize = QStringLiteral("small");
    // --profile: the saved profile to connect with; empty means the current profile.
    QString profile;
    // --lang: the code of the translation catalogue to load, e.g. "de". Empty means the stored
    // setting, then the system's language.
    QString language;
    // --theme: "system", "light" or "dark" for this run only. Empty means the stored setting.
    QString theme;
    // --screenshot-dir: where to save one PNG per main view once its data is shown.
    QString screenshotDir;
    // --quit-after-screenshots: exit after the last screenshot (0) or the first view that failed.
    bool quitAfterScreenshots = false;
    // The weav://view link given as an argument, opened in the inbox once connected; may be empty.
    QString viewLink;
    // --simulate-traffic [PER_MINUTE]: the demo sandbox writes customer messages and new
    // conversations at this rate, so that live updates show; 0 means none.
    double simulatedMessagesPerMinute = 0.0;

    bool showVersion = false;
    bool showHelp = false;
    // The --help text, filled whether or not --help was given.
    QString helpText;
    // A usage error for standard error; when set, the process exits with code 2.
    QString error;

    bool hasError() const { return !error.isEmpty(); }
};

// Parses arguments (arguments[0] is the program) without exiting or printing, so that tests can
// call it. Unknown options, a bad --demo-size and options that need another one are errors.
ConsoleOptions parseConsoleOptions(const QStringList &arguments);

// Installs the console's catalogue for the language of code (de, es, pt_BR ...), Qt's and QtKeychain's
// catalogues for it, and makes it the default QLocale. Without a console catalogue for the language
// the console stays in English and, when warnWhenMissing is set, a warning goes to stderr.
void installTranslations(QCoreApplication &app, const QString &code, bool warnWhenMissing = true);

// "weav-console 0.1.0", from WEAV_VERSION.
QString consoleVersionLine();

// Sets the organization and application names, so that QSettings and QStandardPaths use the
// "weav-console" folders. Call once after the application object exists.
void setConsoleApplicationNames();

// Parses the command line, connects (a profile, the demo workspace, or the connect dialog), shows
// the main window and runs the event loop. Returns the process exit code.
int runConsole(int argc, char **argv);

} // namespace weav::ui
