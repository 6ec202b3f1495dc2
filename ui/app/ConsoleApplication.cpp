#include "ConsoleApplication.h"

#include "credentials/KeychainCredentialStore.h"
#include "net/ProxySettings.h"
#include "settings/Appearance.h"
#include "shell/ConsoleController.h"
#include "shell/ShellIcons.h"
#include "views/SavedView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace weav::ui {

namespace {

// The translation context of the command line's texts.
class OptionText
{
    Q_DECLARE_TR_FUNCTIONS(weav::ui::ConsoleOptions)
};

// Customer messages and conversations a minute for a bare --simulate-traffic.
constexpr int DefaultSimulatedPerMinute = 30;
// The highest accepted rate: one event every 50 ms.
constexpr int MaxSimulatedPerMinute = 1200;

const QStringList demoSizes = {QStringLiteral("small"), QStringLiteral("medium"), QStringLiteral("large")};

struct OptionNames
{
    const QString demo = QStringLiteral("demo");
    const QString demoSize = QStringLiteral("demo-size");
    const QString profile = QStringLiteral("profile");
    const QString language = QStringLiteral("lang");
    const QString theme = QStringLiteral("theme");
    const QString screenshotDir = QStringLiteral("screenshot-dir");
    const QString quitAfterScreenshots = QStringLiteral("quit-after-screenshots");
    const QString simulateTraffic = QStringLiteral("simulate-traffic");
    const QString version = QStringLiteral("version");
};

// Reads the one argument that is not an option, a weav://view link, into *link. Returns a usage
// error for anything else.
QString readViewLink(const QStringList &arguments, QString *link)
{
    if (arguments.isEmpty())
        return {};
    const QString first = arguments.constFirst();
    if (arguments.size() > 1 || !first.startsWith(QLatin1String("weav:"), Qt::CaseInsensitive))
        return OptionText::tr("Unexpected argument \"%1\": weav-console takes options and one weav://view link only.")
            .arg(arguments.size() > 1 && first.startsWith(QLatin1String("weav:")) ? arguments.at(1) : first);

    QString error;
    if (!core::SavedView::fromLink(QUrl(first), &error))
        return OptionText::tr("The view link cannot be opened: %1").arg(error);
    *link = first;
    return {};
}

void addOptions(QCommandLineParser &parser, const OptionNames &names)
{
    parser.setApplicationDescription(OptionText::tr("Desktop console for support teams on the Weav External API v1."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("link"),
                                 OptionText::tr("A weav://view link to open in the inbox once connected."),
                                 QStringLiteral("[weav://view?...]"));
    parser.addOption({{QStringLiteral("v"), names.version}, OptionText::tr("Prints the version and exits.")});
    parser.addOption({names.demo, OptionText::tr("Opens the built-in demo workspace instead of a profile.")});
    parser.addOption({names.demoSize,
                      OptionText::tr("Size of the demo workspace: small (about 2,000 conversations), medium (20,000) "
                                     "or large (200,000). Default: small."),
                      QStringLiteral("size")});
    parser.addOption({names.profile, OptionText::tr("Connects with the saved profile <name> instead of the current one."),
                      QStringLiteral("name")});
    parser.addOption({names.language,
                      OptionText::tr("Shows the console in the language <code>, e.g. de, when its catalogue is "
                                     "installed."),
                      QStringLiteral("code")});
    parser.addOption({names.theme,
                      OptionText::tr("Shows the console in the theme <theme> (system, light or dark) for this run, "
                                     "without changing the saved setting."),
                      QStringLiteral("theme")});
    parser.addOption({names.screenshotDir,
                      OptionText::tr("Saves a 1440x900 PNG of each main view into <dir> once its data is shown, and "
                                     "prints each path. With --lang X (other than en) the files are named NAME-X.png, "
                                     "with --theme dark NAME-dark.png, and with both NAME-X-dark.png."),
                      QStringLiteral("dir")});
    parser.addOption({names.quitAfterScreenshots,
                      OptionText::tr("Exits after the screenshots: 0 when all were saved, 1 when a view did not load "
                                     "within 60 s.")});
    parser.addOption({names.simulateTraffic,
                      OptionText::tr("With --demo: the demo server adds customer messages and conversations, "
                                     "<per-minute> of them a minute (default %1), so that live updates show.")
                          .arg(DefaultSimulatedPerMinute),
                      QStringLiteral("per-minute")});
}

// QCommandLineParser has no optional values, so a bare --simulate-traffic gets the default rate:
// the next argument is taken as its value only when it is a number.
QStringList withTrafficRate(QStringList arguments, const OptionNames &names)
{
    const QString flag = QStringLiteral("--") + names.simulateTraffic;
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) != flag)
            continue;
        bool isNumber = false;
        if (i + 1 < arguments.size())
            arguments.at(i + 1).toDouble(&isNumber);
        if (!isNumber)
            arguments.insert(i + 1, QString::number(DefaultSimulatedPerMinute));
        ++i;
    }
    return arguments;
}

// Checks the values and the combinations that QCommandLineParser cannot express.
QString checkValues(const QCommandLineParser &parser, const OptionNames &names, const ConsoleOptions &options)
{
    if (parser.isSet(names.demoSize) && !options.demo)
        return OptionText::tr("--demo-size applies only with --demo.");
    if (!demoSizes.contains(options.demoSize)) {
        return OptionText::tr("--demo-size \"%1\" is unknown: use small, medium or large.").arg(options.demoSize);
    }
    if (options.demo && !options.profile.isEmpty())
        return OptionText::tr("Give either --demo or --profile, not both.");
    if (parser.isSet(names.profile) && options.profile.isEmpty())
        return OptionText::tr("--profile needs a profile name.");

    static const QRegularExpression languageCode(QStringLiteral("^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})?$"));
    if (parser.isSet(names.language) && !languageCode.match(options.language).hasMatch()) {
        return OptionText::tr("--lang \"%1\" is not a language code; use a code such as de or pt_BR.")
            .arg(options.language);
    }

    if (parser.isSet(names.theme) && !appearance::themeFromName(options.theme)) {
        return OptionText::tr("--theme \"%1\" is unknown: use system, light or dark.").arg(options.theme);
    }

    if (parser.isSet(names.screenshotDir) && options.screenshotDir.isEmpty())
        return OptionText::tr("--screenshot-dir needs a folder.");
    if (parser.isSet(names.simulateTraffic)) {
        if (!options.demo)
            return OptionText::tr("--simulate-traffic applies only with --demo.");
        if (options.simulatedMessagesPerMinute <= 0 || options.simulatedMessagesPerMinute > MaxSimulatedPerMinute) {
            return OptionText::tr("--simulate-traffic \"%1\" is not a rate: give messages per minute from 1 to %2.")
                .arg(parser.value(names.simulateTraffic))
                .arg(MaxSimulatedPerMinute);
        }
    }
    if (options.quitAfterScreenshots && options.screenshotDir.isEmpty()) {
        return OptionText::tr("--quit-after-screenshots needs --screenshot-dir DIR.");
    }
    return {};
}

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

// Loads one catalogue from the first folder that has it and installs it. Returns false when none has it.
bool installCatalogue(QCoreApplication &app, const QString &baseName, const QStringList &folders)
{
    auto *translator = new QTranslator(&app);
    for (const QString &folder : folders) {
        if (translator->load(baseName, folder) && QCoreApplication::installTranslator(translator))
            return true;
    }
    delete translator;
    return false;
}

// Folders of the catalogues that other packages install: Qt's own (qt6-translations-l10n) and
// QtKeychain's, whose messages reach the person when the keychain fails.
QStringList qtCatalogueFolders()
{
    QStringList folders = {QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    folders += QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("qt6keychain/translations"),
                                         QStandardPaths::LocateDirectory);
    return folders;
}

} // namespace

void installTranslations(QCoreApplication &app, const QString &code, bool warnWhenMissing)
{
    const QLocale locale(code);
    // QLocale reads a code it does not know as the C locale; the message then names the code given.
    const QString language = locale.language() == QLocale::C ? code : QLocale::languageToCode(locale.language());
    const QString baseName = QStringLiteral("weav-console_%1").arg(language);
    const QString binaryFolder = QCoreApplication::applicationDirPath();
    const QStringList consoleFolders = {QStringLiteral(":/translations"), binaryFolder + QStringLiteral("/translations"),
                                        binaryFolder + QStringLiteral("/../share/weav-console/translations")};

    // English has a catalogue too, because it contains the plural forms of the %n texts.
    if (!installCatalogue(app, baseName, consoleFolders)) {
        if (warnWhenMissing) {
            print(stderr, OptionText::tr("weav-console: warning: no translation catalogue %1.qm in %2; the console "
                                         "stays in English.\n")
                              .arg(baseName, consoleFolders.join(QStringLiteral(", "))));
        }
        installCatalogue(app, QStringLiteral("weav-console_en"), consoleFolders);
        return;
    }

    // Dates, times and numbers follow the language from here on, because the views format them
    // with the default QLocale().
    QLocale::setDefault(locale);

    const QStringList qtFolders = qtCatalogueFolders();
    installCatalogue(app, QStringLiteral("qtbase_%1").arg(language), qtFolders);
    installCatalogue(app, QStringLiteral("qtkeychain_%1").arg(language), qtFolders);
}

namespace {

// Loads the language (--lang, else the stored setting, else the system's), applies the theme (--theme,
// else the stored setting) and the stored network proxy. The proxy's password, when it has a user
// name, is read from the keychain here, before any request is sent.
void applyStoredPreferences(QApplication &app, const ConsoleOptions &options)
{
    const QSettings settings;

    // A chosen language warns when its catalogue is missing; the system's language falls back quietly.
    const QString language = appearance::startLanguage(options.language, settings);
    if (language.isEmpty())
        installTranslations(app, QLocale::system().name(), false);
    else
        installTranslations(app, language);

    appearance::captureSystemAppearance();
    const std::optional<Theme> chosenTheme = appearance::themeFromName(options.theme);
    appearance::applyTheme(chosenTheme.value_or(appearance::storedTheme(settings)));

    core::KeychainCredentialStore keychain;
    net::applyStoredProxy(settings, keychain);
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// --help and --version print without a display, so they run before the GUI application exists.
int printText(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setConsoleApplicationNames();

    // The help is translated when --lang names a catalogue: the option texts are read at parsing.
    ConsoleOptions options = parseConsoleOptions(QCoreApplication::arguments());
    if (!options.language.isEmpty() && !options.hasError()) {
        installTranslations(app, options.language);
        options = parseConsoleOptions(QCoreApplication::arguments());
    }
    if (options.showVersion) {
        print(stdout, consoleVersionLine() + QLatin1Char('\n'));
        return 0;
    }
    print(stdout, options.helpText);
    return 0;
}

} // namespace

ConsoleOptions parseConsoleOptions(const QStringList &arguments)
{
    const OptionNames names;
    QCommandLineParser parser;
    addOptions(parser, names);

    ConsoleOptions options;
    const bool parsed = parser.parse(withTrafficRate(arguments, names));
    options.helpText = parser.helpText();
    options.showHelp = parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"));
    options.showVersion = parser.isSet(names.version);
    if (!parsed) {
        options.error = parser.errorText();
        return options;
    }
    options.error = readViewLink(parser.positionalArguments(), &options.viewLink);
    if (options.hasError())
        return options;

    options.demo = parser.isSet(names.demo);
    if (parser.isSet(names.demoSize))
        options.demoSize = parser.value(names.demoSize).trimmed().toLower();
    options.profile = parser.value(names.profile).trimmed();
    options.language = parser.value(names.language).trimmed();
    options.theme = parser.value(names.theme).trimmed().toLower();
    options.screenshotDir = parser.value(names.screenshotDir).trimmed();
    options.quitAfterScreenshots = parser.isSet(names.quitAfterScreenshots);
    if (parser.isSet(names.simulateTraffic))
        options.simulatedMessagesPerMinute = parser.value(names.simulateTraffic).toDouble();
    options.error = checkValues(parser, names, options);
    return options;
}

QString consoleVersionLine()
{
    return QStringLiteral("weav-console %1").arg(QStringLiteral(WEAV_VERSION));
}

void setConsoleApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("weav-console"));
    QCoreApplication::setApplicationName(QStringLiteral("weav-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WEAV_VERSION));
}

int runConsole(int argc, char **argv)
{
    const ConsoleOptions early = parseConsoleOptions(argumentsOf(argc, argv));
    if (early.showHelp || early.showVersion)
        return printText(argc, argv);

    // QApplication takes its own options (-platform, -style) out of argv before the console parses it.
    QApplication app(argc, argv);
    setConsoleApplicationNames();
    QApplication::setApplicationDisplayName(OptionText::tr("Weav Console"));
    QApplication::setDesktopFileName(QStringLiteral("weav-console"));
    QApplication::setWindowIcon(applicationIcon());

    const ConsoleOptions options = parseConsoleOptions(QCoreApplication::arguments());
    if (options.hasError()) {
        print(stderr, QStringLiteral("weav-console: %1\n%2\n")
                          .arg(options.error, OptionText::tr("Run weav-console --help for the options.")));
        return 2;
    }
    applyStoredPreferences(app, options);

    // The controller quits when the main window closes; windows come and go while connecting.
    QApplication::setQuitOnLastWindowClosed(false);
    ConsoleController controller(options);
    QObject::connect(&controller, &ConsoleController::exitRequested, &app, [](int exitCode) {
        QCoreApplication::exit(exitCode);
    });
    QTimer::singleShot(0, &controller, &ConsoleController::start);
    return QApplication::exec();
}

} // namespace weav::ui
