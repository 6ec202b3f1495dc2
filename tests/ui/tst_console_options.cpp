// weav-console's command line: parseConsoleOptions() in process, and the weav-console executable
// through QProcess for --version, --help, usage errors, a missing translation catalogue, the
// screenshots of --demo --screenshot-dir, and the start with a saved profile whose token is in the
// real keychain. Without a D-Bus session bus the binary runs itself again inside a private
// gnome-keyring session.
// Not covered yet: a catalogue that exists, a workspace that cannot be reached at start, and
// --screenshot-dir without --quit-after-screenshots (the window stays open).
// Tokens are compared with QVERIFY only, so that no assert prints one.

#include "PrivateKeyring.h"

#include "app/ConsoleApplication.h"
#include "credentials/KeychainCredentialStore.h"
#include "demo/DemoWorkspace.h"
#include "workspace/CredentialKeys.h"
#include "workspace/ProfileStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace weav;
using namespace weav::ui;

namespace {

// Seeding the small demo workspace in a Debug build takes most of this.
constexpr int ScreenshotRunTimeoutMs = 280000;
constexpr int QuickRunTimeoutMs = 30000;

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

QString consoleBinary()
{
    return qEnvironmentVariable("WEAV_CONSOLE_BINARY");
}

// A temporary HOME with its own settings and cache, and no display: the offscreen platform.
QProcessEnvironment isolatedEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

// Runs the executable with this process's event loop going, so that an in-process sandbox keeps
// serving it.
Run runConsoleProcess(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy exited(&process, &QProcess::finished);
    process.start(consoleBinary(), arguments);

    Run run;
    run.finished = process.waitForStarted(timeoutMs) && (exited.count() > 0 || exited.wait(timeoutMs));
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

// Runs the executable with no display and no Qt platform at all, as in a terminal over SSH.
Run runWithoutDisplay(const QStringList &arguments)
{
    QTemporaryDir home;
    QProcessEnvironment environment = isolatedEnvironment(home);
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return runConsoleProcess(arguments, environment, QuickRunTimeoutMs);
}

// A profile in the settings file that the executable reads under home, saved as the current one.
bool saveCurrentProfile(const QTemporaryDir &home, const core::Profile &profile)
{
    QSettings settings(home.filePath(QStringLiteral("config/weav-console/weav-console.conf")), QSettings::IniFormat);
    core::ProfileStore store(&settings);
    return !store.save(profile).isError() && !store.setCurrentProfile(profile.name).isError();
}

// Removes a keychain entry when the test ends, whatever its outcome.
class KeychainEntryGuard
{
public:
    explicit KeychainEntryGuard(const QString &key) : m_key(key) {}
    ~KeychainEntryGuard() { core::KeychainCredentialStore().removeAndWait(m_key); }

private:
    QString m_key;
};

ConsoleOptions parse(const QStringList &arguments)
{
    return parseConsoleOptions(QStringList{QStringLiteral("weav-console")} + arguments);
}

} // namespace

class ConsoleOptionsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void parse_defaults();
    void parse_demoWithSize();
    void parse_profileLanguageAndScreenshots();
    void parse_versionAndHelp();
    void parse_rejectsBadInput_data();
    void parse_rejectsBadInput();

    void binary_printsVersion();
    void binary_printsHelp();
    void binary_printsHelpInGerman();
    void binary_exitsTwoOnUsageError();
    void binary_warnsAboutMissingCatalogue();
    void binary_failsUnattendedWithoutProfile();
    void binary_savesDemoScreenshots();
    void binary_savesGermanScreenshots();
    void binary_connectsWithCurrentProfile();
    void binary_reportsMissingStoredToken();
};

void ConsoleOptionsTest::initTestCase()
{
    QVERIFY2(!consoleBinary().isEmpty(), "WEAV_CONSOLE_BINARY names the weav-console executable (set by ctest)");
    QVERIFY2(QFileInfo(consoleBinary()).isExecutable(), qPrintable(consoleBinary() + QStringLiteral(" is not an executable")));
}

void ConsoleOptionsTest::parse_defaults()
{
    const ConsoleOptions options = parse({});

    QVERIFY2(!options.hasError(), qPrintable(options.error));
    QVERIFY(!options.demo);
    QCOMPARE(options.demoSize, QStringLiteral("small"));
    QVERIFY(options.profile.isEmpty());
    QVERIFY(options.language.isEmpty());
    QVERIFY(options.screenshotDir.isEmpty());
    QVERIFY(!options.quitAfterScreenshots);
    QVERIFY(!options.showVersion);
    QVERIFY(!options.showHelp);
}

void ConsoleOptionsTest::parse_demoWithSize()
{
    const ConsoleOptions options = parse({QStringLiteral("--demo"), QStringLiteral("--demo-size"), QStringLiteral("Medium")});

    QVERIFY2(!options.hasError(), qPrintable(options.error));
    QVERIFY(options.demo);
    QCOMPARE(options.demoSize, QStringLiteral("medium"));
}

void ConsoleOptionsTest::parse_profileLanguageAndScreenshots()
{
    const ConsoleOptions options = parse({QStringLiteral("--profile"), QStringLiteral("Acme support"),
                                          QStringLiteral("--lang"), QStringLiteral("pt_BR"),
                                          QStringLiteral("--screenshot-dir=/tmp/shots"),
                                          QStringLiteral("--quit-after-screenshots")});

    QVERIFY2(!options.hasError(), qPrintable(options.error));
    QVERIFY(!options.demo);
    QCOMPARE(options.profile, QStringLiteral("Acme support"));
    QCOMPARE(options.language, QStringLiteral("pt_BR"));
    QCOMPARE(options.screenshotDir, QStringLiteral("/tmp/shots"));
    QVERIFY(options.quitAfterScreenshots);
}

void ConsoleOptionsTest::parse_versionAndHelp()
{
    QVERIFY(parse({QStringLiteral("--version")}).showVersion);
    QVERIFY(parse({QStringLiteral("-v")}).showVersion);
    QVERIFY(parse({QStringLiteral("--help")}).showHelp);
    QVERIFY(parse({QStringLiteral("-h")}).showHelp);
    QVERIFY2(parse({QStringLiteral("--help"), QStringLiteral("--no-such-option")}).showHelp,
             "--help wins over a usage error");

    const QString help = parse({}).helpText;
    for (const char *option : {"--demo", "--demo-size", "--profile", "--lang", "--screenshot-dir",
                               "--quit-after-screenshots", "--version", "--help"}) {
        QVERIFY2(help.contains(QLatin1String(option)), option);
    }
    QCOMPARE(consoleVersionLine(), QStringLiteral("weav-console %1").arg(QStringLiteral(WEAV_VERSION)));
}

void ConsoleOptionsTest::parse_rejectsBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")} << QStringLiteral("colour");
    QTest::newRow("unknown size") << QStringList{QStringLiteral("--demo"), QStringLiteral("--demo-size"), QStringLiteral("huge")}
                                  << QStringLiteral("\"huge\" is unknown");
    QTest::newRow("size without demo") << QStringList{QStringLiteral("--demo-size"), QStringLiteral("small")}
                                       << QStringLiteral("only with --demo");
    QTest::newRow("demo and profile") << QStringList{QStringLiteral("--demo"), QStringLiteral("--profile"), QStringLiteral("a")}
                                      << QStringLiteral("either --demo or --profile");
    QTest::newRow("empty profile") << QStringList{QStringLiteral("--profile=")} << QStringLiteral("needs a profile name");
    QTest::newRow("missing value") << QStringList{QStringLiteral("--profile")} << QStringLiteral("profile");
    QTest::newRow("bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("../../etc/x")}
                                  << QStringLiteral("not a language code");
    QTest::newRow("quit without folder") << QStringList{QStringLiteral("--demo"), QStringLiteral("--quit-after-screenshots")}
                                         << QStringLiteral("needs --screenshot-dir");
    QTest::newRow("positional") << QStringList{QStringLiteral("inbox")} << QStringLiteral("Unexpected argument \"inbox\"");
}

void ConsoleOptionsTest::parse_rejectsBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);

    const ConsoleOptions options = parse(arguments);

    QVERIFY2(options.hasError(), "the arguments are accepted");
    QVERIFY2(options.error.contains(expected), qPrintable(options.error));
}

void ConsoleOptionsTest::binary_printsVersion()
{
    const Run run = runWithoutDisplay({QStringLiteral("--version")});

    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("weav-console 0.1.0\n"));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void ConsoleOptionsTest::binary_printsHelp()
{
    const Run run = runWithoutDisplay({QStringLiteral("--help")});

    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("--screenshot-dir <dir>")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("--demo-size <size>")));
    QVERIFY(run.out.contains(QStringLiteral("--version")));
}

// The help is printed before the application exists, and still in the language of --lang.
void ConsoleOptionsTest::binary_printsHelpInGerman()
{
    const QString english = QStringLiteral("Opens the built-in demo workspace instead of a profile.");
    const Run run = runWithoutDisplay({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});

    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("--demo-size <size>")), qPrintable(run.out));
    QVERIFY2(!run.out.contains(english), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Demo-Workspace")), qPrintable(run.out));
}

void ConsoleOptionsTest::binary_exitsTwoOnUsageError()
{
    QTemporaryDir home;

    const Run run = runConsoleProcess({QStringLiteral("--demo-size"), QStringLiteral("huge"), QStringLiteral("--demo")},
                                      isolatedEnvironment(home), QuickRunTimeoutMs);

    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("weav-console: --demo-size \"huge\" is unknown")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("--help")));
    QVERIFY(run.out.isEmpty());
}

void ConsoleOptionsTest::binary_warnsAboutMissingCatalogue()
{
    QTemporaryDir home;

    const Run run = runConsoleProcess({QStringLiteral("--lang"), QStringLiteral("zz"), QStringLiteral("--profile"),
                                       QStringLiteral("nobody"), QStringLiteral("--screenshot-dir"), home.filePath(QStringLiteral("shots")),
                                       QStringLiteral("--quit-after-screenshots")},
                                      isolatedEnvironment(home), QuickRunTimeoutMs);

    QVERIFY(run.finished);
    QVERIFY2(run.err.contains(QStringLiteral("warning: no translation catalogue weav-console_zz.qm")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("stays in English")));
}

void ConsoleOptionsTest::binary_failsUnattendedWithoutProfile()
{
    QTemporaryDir home;

    const Run run = runConsoleProcess({QStringLiteral("--profile"), QStringLiteral("nobody"), QStringLiteral("--screenshot-dir"),
                                       home.filePath(QStringLiteral("shots")), QStringLiteral("--quit-after-screenshots")},
                                      isolatedEnvironment(home), QuickRunTimeoutMs);

    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("There is no saved profile named \"nobody\"")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void ConsoleOptionsTest::binary_savesDemoScreenshots()
{
    QTemporaryDir home;
    const QString folder = home.filePath(QStringLiteral("screenshots"));

    const Run run = runConsoleProcess({QStringLiteral("--demo"), QStringLiteral("--screenshot-dir"), folder,
                                       QStringLiteral("--quit-after-screenshots")},
                                      isolatedEnvironment(home), ScreenshotRunTimeoutMs);

    QVERIFY2(run.finished, "weav-console did not exit");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(900)));
    const QStringList printed = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(printed.size() >= 4, qPrintable(run.out));
    QCOMPARE(printed.at(0), folder + QStringLiteral("/inbox.png"));
    QCOMPARE(printed.at(1), folder + QStringLiteral("/conversation.png"));
    QVERIFY2(printed.contains(folder + QStringLiteral("/customers.png")), qPrintable(run.out));
    QVERIFY2(printed.contains(folder + QStringLiteral("/companies.png")), qPrintable(run.out));
    QVERIFY2(printed.contains(folder + QStringLiteral("/settings.png")), qPrintable(run.out));

    for (const QString &path : printed) {
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QVERIFY2(image.width() >= 800, qPrintable(path));
        QVERIFY2(image.height() >= 500, qPrintable(path));
    }
    QVERIFY2(QFileInfo::exists(home.filePath(QStringLiteral("cache/weav-console/demo-small.sqlite"))),
             "the demo workspace is kept in the user's cache folder");
}

// With --lang the screenshots carry the language in their names, so that a run per language
// fills one folder.
void ConsoleOptionsTest::binary_savesGermanScreenshots()
{
    QTemporaryDir home;
    const QString folder = home.filePath(QStringLiteral("screenshots"));

    const Run run = runConsoleProcess({QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("de"),
                                       QStringLiteral("--screenshot-dir"), folder, QStringLiteral("--quit-after-screenshots")},
                                      isolatedEnvironment(home), ScreenshotRunTimeoutMs);

    QVERIFY2(run.finished, "weav-console did not exit");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(900)));
    QVERIFY2(!run.err.contains(QStringLiteral("no translation catalogue")), qPrintable(run.err));
    const QStringList printed = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(!printed.isEmpty(), qPrintable(run.out));
    QCOMPARE(printed.at(0), folder + QStringLiteral("/inbox-de.png"));
    QVERIFY2(printed.contains(folder + QStringLiteral("/settings-de.png")), qPrintable(run.out));
    QVERIFY2(!QFileInfo::exists(folder + QStringLiteral("/inbox.png")), "no English-named file");

    const QImage inbox(folder + QStringLiteral("/inbox-de.png"));
    QVERIFY(!inbox.isNull());
    QVERIFY(inbox.width() >= 800);
}

void ConsoleOptionsTest::binary_connectsWithCurrentProfile()
{
    QTemporaryDir home;
    DemoWorkspace demo;
    DemoOptions options;
    // About one in ten seeded conversations is open, and the screenshots open one from the inbox's
    // Open view: 30 conversations left it empty on some days.
    options.conversations = 200;
    options.dataPath = home.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(demo.startAndWait(options, &error), qPrintable(error));

    core::Profile profile;
    profile.name = QStringLiteral("tst-options-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    profile.baseUrl = demo.baseUrl();
    profile.teammateId = demo.profile().teammateId;
    QVERIFY(saveCurrentProfile(home, profile));
    const KeychainEntryGuard guard(core::credentialKey(profile.name));
    const core::CredentialResult written =
        core::KeychainCredentialStore().writeAndWait(core::credentialKey(profile.name), demo.createToken());
    QVERIFY2(written.ok, qPrintable(written.error.message));
    const QString folder = home.filePath(QStringLiteral("screenshots"));

    const Run run = runConsoleProcess({QStringLiteral("--screenshot-dir"), folder, QStringLiteral("--quit-after-screenshots")},
                                      isolatedEnvironment(home), ScreenshotRunTimeoutMs);

    QVERIFY2(run.finished, "weav-console did not exit");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(900)));
    QVERIFY2(run.out.startsWith(folder + QStringLiteral("/inbox.png\n")), qPrintable(run.out));
    QVERIFY(!QImage(folder + QStringLiteral("/inbox.png")).isNull());
    QVERIFY2(!QFileInfo::exists(home.filePath(QStringLiteral("cache/weav-console/demo-small.sqlite"))),
             "a profile start does not open the demo workspace");
}

void ConsoleOptionsTest::binary_reportsMissingStoredToken()
{
    QTemporaryDir home;
    core::Profile profile;
    profile.name = QStringLiteral("tst-options-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    QVERIFY(saveCurrentProfile(home, profile));

    const Run run = runConsoleProcess({QStringLiteral("--profile"), profile.name, QStringLiteral("--screenshot-dir"),
                                       home.filePath(QStringLiteral("shots")), QStringLiteral("--quit-after-screenshots")},
                                      isolatedEnvironment(home), QuickRunTimeoutMs);

    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("The keychain has no entry for profile/%1").arg(profile.name)),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

int main(int argc, char **argv)
{
    if (test::needsPrivateKeyring())
        return test::runInPrivateKeyring(argc, argv);

    QCoreApplication app(argc, argv);
    ConsoleOptionsTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_console_options.moc"
