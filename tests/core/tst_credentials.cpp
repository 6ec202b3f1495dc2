// Credential stores against real components: the in-memory store, the file store in a temporary
// folder, and the keychain through gnome-keyring's Secret Service on a private D-Bus session.
// Not covered yet: a locked keyring or a refused prompt (AccessDenied), KWallet, and two processes
// writing the file store at once.
//
// The keychain cases use the session bus when DBUS_SESSION_BUS_ADDRESS is set (scripts/test starts
// one with an unlocked gnome-keyring). Without one they run again in a child process of this binary
// under dbus-run-session, with its own gnome-keyring and a fresh HOME, and check its result.
// NOTE: in a desktop session that bus reaches the person's own keyring, which may ask to be
// unlocked. The entry has a unique key and is removed at the end.
// Secrets are throwaway values, and no assert prints one: they are compared with QVERIFY only.

#include "credentials/FileCredentialStore.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/MemoryCredentialStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

using namespace weav::core;
using Kind = CredentialResult::Error::Kind;

namespace {

constexpr int childTimeoutMs = 120000;

// Set in the environment of a child process to the test function it runs, so that the function
// does its checks instead of starting another child.
const char childVariable[] = "WEAV_TEST_KEYCHAIN_CHILD";

QString throwawaySecret()
{
    return QStringLiteral("weav_test_") + QString::number(QRandomGenerator::global()->generate64(), 36)
           + QString::number(QRandomGenerator::global()->generate64(), 36);
}

QString uniqueKey()
{
    return QStringLiteral("profile/tst-credentials-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool hasSessionBus()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

bool isChildFor(const char *testFunction)
{
    return qEnvironmentVariable(childVariable) == QLatin1String(testFunction);
}

mode_t fileMode(const QString &path)
{
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return 0;
    return status.st_mode & 07777;
}

QJsonObject parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Collects every message of the process (any category, any level) while it exists.
class LogCapture
{
public:
    LogCapture()
    {
        capturedLines().clear();
        m_previous = qInstallMessageHandler(&LogCapture::collect);
    }

    ~LogCapture() { qInstallMessageHandler(m_previous); }

    QStringList lines() const { return capturedLines(); }

    bool mentions(const QString &text) const
    {
        for (const QString &line : capturedLines()) {
            if (line.contains(text))
                return true;
        }
        return false;
    }

private:
    static QStringList &capturedLines()
    {
        static QStringList lines;
        return lines;
    }

    static void collect(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        capturedLines().append(QString::fromLatin1(context.category ? context.category : "default")
                               + QStringLiteral(": ") + message);
    }

    QtMessageHandler m_previous = nullptr;
};

// A temporary folder used as HOME and as the XDG folders of a child process.
class IsolatedHome
{
public:
    IsolatedHome()
    {
        for (const char *folder : {".config", ".cache", ".local/share", "runtime"})
            QDir().mkpath(m_dir.filePath(QLatin1String(folder)));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    bool isValid() const { return m_dir.isValid(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // The current environment without any D-Bus session or display, and with HOME and XDG_* here.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "GNOME_KEYRING_CONTROL",
                                 "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION"}) {
            environment.remove(QLatin1String(name));
        }
        environment.insert(QStringLiteral("HOME"), m_dir.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral(".config")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral(".cache")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral(".local/share")));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
        return environment;
    }

private:
    QTemporaryDir m_dir;
};

struct ChildRun
{
    bool finished = false;
    int exitCode = -1;
    QString output;

    bool passed(const char *testFunction) const
    {
        const QString passLine = QStringLiteral("PASS   : CredentialsTest::%1()").arg(QLatin1String(testFunction));
        return output.contains(passLine) && output.contains(QStringLiteral(" 0 failed"));
    }
};

ChildRun runChild(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);

    ChildRun run;
    run.finished = process.waitForFinished(childTimeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromLocal8Bit(process.readAll());
    if (process.error() == QProcess::FailedToStart)
        run.output += QStringLiteral("\n%1 failed to start: %2").arg(program, process.errorString());
    return run;
}

// A session bus configuration with no service directory but an empty one, so that nothing can be
// activated on it: in particular not gnome-keyring through org.freedesktop.secrets.service.
QByteArray busConfigWithoutServices(const QString &socketFolder, const QString &serviceFolder)
{
    return QByteArrayLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                             " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                             "<busconfig>\n"
                             "  <type>session</type>\n"
                             "  <listen>unix:dir=")
           + socketFolder.toUtf8()
           + QByteArrayLiteral("</listen>\n"
                               "  <auth>EXTERNAL</auth>\n"
                               "  <servicedir>")
           + serviceFolder.toUtf8()
           + QByteArrayLiteral("</servicedir>\n"
                               "  <policy context=\"default\">\n"
                               "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                               "    <allow eavesdrop=\"true\"/>\n"
                               "    <allow own=\"*\"/>\n"
                               "  </policy>\n"
                               "</busconfig>\n");
}

// Calls a method of the bus itself through dbus-send and returns its printed reply.
QString askBus(const QString &method)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("dbus-send"),
                  {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                   QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                   QStringLiteral("org.freedesktop.DBus.") + method});
    process.waitForFinished(10000);
    return QString::fromLocal8Bit(process.readAll());
}

// Looks the entry up with secret-tool, straight from the Secret Service, by the attributes that
// QtKeychain 0.13 gives it (user = key, server = service). Returns the secret, or nothing.
std::optional<QString> lookUpWithSecretTool(const QString &key)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"),
                  {QStringLiteral("lookup"), QStringLiteral("user"), key, QStringLiteral("server"),
                   KeychainCredentialStore::defaultService()});
    process.waitForFinished(10000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

namespace QTest {

template<>
char *toString(const Kind &kind)
{
    switch (kind) {
    case Kind::None:
        return qstrdup("None");
    case Kind::NotFound:
        return qstrdup("NotFound");
    case Kind::NoSecretService:
        return qstrdup("NoSecretService");
    case Kind::AccessDenied:
        return qstrdup("AccessDenied");
    case Kind::Other:
        return qstrdup("Other");
    }
    return qstrdup("unknown kind");
}

} // namespace QTest

class CredentialsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("weav.core.credentials.info=true"));
    }

    void memoryRoundTrip()
    {
        MemoryCredentialStore store;
        const QString first = throwawaySecret();
        const QString second = throwawaySecret();

        QVERIFY(store.writeAndWait(QStringLiteral("profile/a"), first).ok);
        const CredentialResult read = store.readAndWait(QStringLiteral("profile/a"));
        QVERIFY(read.ok);
        QVERIFY(read.secret == first);
        QCOMPARE(read.error.kind, Kind::None);

        QVERIFY(store.writeAndWait(QStringLiteral("profile/a"), second).ok);
        QVERIFY(store.readAndWait(QStringLiteral("profile/a")).secret == second);

        QVERIFY(store.removeAndWait(QStringLiteral("profile/a")).ok);
        QVERIFY(!store.contains(QStringLiteral("profile/a")));
        QCOMPARE(store.readAndWait(QStringLiteral("profile/a")).error.kind, Kind::NotFound);
    }

    void memoryMissingKeyNotFound()
    {
        MemoryCredentialStore store;

        const CredentialResult result = store.readAndWait(QStringLiteral("profile/missing"));
        QVERIFY(!result.ok);
        QCOMPARE(result.error.kind, Kind::NotFound);
        QVERIFY(result.error.message.contains(QStringLiteral("profile/missing")));
        QVERIFY(result.secret.isEmpty());
    }

    void memoryRemoveMissingSucceeds()
    {
        MemoryCredentialStore store;

        QVERIFY(store.removeAndWait(QStringLiteral("profile/missing")).ok);
    }

    void memoryCallbackQueued()
    {
        MemoryCredentialStore store;
        QObject context;
        int calls = 0;

        store.write(QStringLiteral("profile/a"), throwawaySecret(), &context, [&](const CredentialResult &) { ++calls; });
        QCOMPARE(calls, 0);
        store.read(QStringLiteral("profile/a"), &context, [&](const CredentialResult &) { ++calls; });
        QCOMPARE(calls, 0);

        QTRY_COMPARE(calls, 2);
    }

    void memoryDestroyedContextSkipsCallback()
    {
        MemoryCredentialStore store;
        auto *context = new QObject;
        bool called = false;

        store.read(QStringLiteral("profile/a"), context, [&](const CredentialResult &) { called = true; });
        delete context;

        QTest::qWait(50);
        QVERIFY(!called);
    }

    void memoryInjectedFailure()
    {
        MemoryCredentialStore store;
        QVERIFY(store.writeAndWait(QStringLiteral("profile/a"), throwawaySecret()).ok);
        store.setFailure(CredentialResult::Error{Kind::NoSecretService, QStringLiteral("no keychain")});

        const CredentialResult read = store.readAndWait(QStringLiteral("profile/a"));
        QVERIFY(!read.ok);
        QCOMPARE(read.error.kind, Kind::NoSecretService);
        QCOMPARE(read.error.message, QStringLiteral("no keychain"));
        QCOMPARE(store.writeAndWait(QStringLiteral("profile/b"), throwawaySecret()).error.kind, Kind::NoSecretService);
        QVERIFY(!store.contains(QStringLiteral("profile/b")));

        store.setFailure(std::nullopt);
        QVERIFY(store.readAndWait(QStringLiteral("profile/a")).ok);
    }

    void fileRoundTrip()
    {
        QTemporaryDir dir;
        FileCredentialStore store(dir.filePath(QStringLiteral("credentials.json")));
        const QString first = throwawaySecret();
        const QString second = throwawaySecret();
        QCOMPARE(store.name(), QStringLiteral("file"));

        QVERIFY(store.writeAndWait(QStringLiteral("profile/a"), first).ok);
        const CredentialResult read = store.readAndWait(QStringLiteral("profile/a"));
        QVERIFY2(read.ok, qPrintable(read.error.message));
        QVERIFY(read.secret == first);

        QVERIFY(store.writeAndWait(QStringLiteral("profile/a"), second).ok);
        QVERIFY(store.readAndWait(QStringLiteral("profile/a")).secret == second);

        FileCredentialStore reopened(store.path());
        QVERIFY(reopened.readAndWait(QStringLiteral("profile/a")).secret == second);
    }

    void fileModeIsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("credentials.json"));
        FileCredentialStore store(path);

        QVERIFY(store.writeAndWait(QStringLiteral("profile/a"), throwawaySecret()).ok);
        QCOMPARE(fileMode(path), mode_t(0600));
        QCOMPARE(QFileInfo(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        QVERIFY(store.writeAndWait(QStringLiteral("profile/b"), throwawaySecret()).ok);
        QCOMPARE(fileMode(path), mode_t(0600));
    }

    void fileModeKeptUnderPermissiveUmask()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("credentials.json"));
        FileCredentialStore store(path);

        const mode_t previous = ::umask(0);
        const bool written = store.writeAndWait(QStringLiteral("profile/a"), throwawaySecret()).ok;
        ::umask(previous);

        QVERIFY(written);
        QCOMPARE(fileMode(path), mode_t(0600));
    }

    void fileCreatesPrivateFolder()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("weav-console"));
        FileCredentialStore store(folder + QStringLiteral("/credentials.json"));

        QVERIFY(store.writeAndWait(QStringLiteral("profile/a"), throwawaySecret()).ok);
        QCOMPARE(fileMode(folder), mode_t(0700));
    }

    void fileTwoProfiles()
    {
        QTemporaryDir dir;
        FileCredentialStore store(dir.filePath(QStringLiteral("credentials.json")));
        const QString work = throwawaySecret();
        const QString staging = throwawaySecret();

        QVERIFY(store.writeAndWait(QStringLiteral("profile/work"), work).ok);
        QVERIFY(store.writeAndWait(QStringLiteral("profile/staging"), staging).ok);

        QVERIFY(store.readAndWait(QStringLiteral("profile/work")).secret == work);
        QVERIFY(store.readAndWait(QStringLiteral("profile/staging")).secret == staging);
    }

    void fileRemove()
    {
        QTemporaryDir dir;
        FileCredentialStore store(dir.filePath(QStringLiteral("credentials.json")));
        const QString keptSecret = throwawaySecret();
        QVERIFY(store.writeAndWait(QStringLiteral("profile/work"), keptSecret).ok);
        QVERIFY(store.writeAndWait(QStringLiteral("profile/staging"), throwawaySecret()).ok);

        QVERIFY(store.removeAndWait(QStringLiteral("profile/staging")).ok);

        QCOMPARE(store.readAndWait(QStringLiteral("profile/staging")).error.kind, Kind::NotFound);
        QVERIFY(store.readAndWait(QStringLiteral("profile/work")).secret == keptSecret);
        QVERIFY(store.removeAndWait(QStringLiteral("profile/staging")).ok);
    }

    void fileRemoveWithoutFileCreatesNothing()
    {
        QTemporaryDir dir;
        FileCredentialStore store(dir.filePath(QStringLiteral("credentials.json")));

        QVERIFY(store.removeAndWait(QStringLiteral("profile/a")).ok);
        QVERIFY(!QFileInfo::exists(store.path()));
    }

    void fileMissingKeyNotFound()
    {
        QTemporaryDir dir;
        FileCredentialStore store(dir.filePath(QStringLiteral("credentials.json")));

        const CredentialResult missingFile = store.readAndWait(QStringLiteral("profile/a"));
        QCOMPARE(missingFile.error.kind, Kind::NotFound);

        QVERIFY(store.writeAndWait(QStringLiteral("profile/b"), throwawaySecret()).ok);
        const CredentialResult missingKey = store.readAndWait(QStringLiteral("profile/a"));
        QVERIFY(!missingKey.ok);
        QCOMPARE(missingKey.error.kind, Kind::NotFound);
        QVERIFY(missingKey.error.message.contains(QStringLiteral("profile/a")));
    }

    void fileOpenToOthersRejected()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("credentials.json"));
        FileCredentialStore store(path);
        QVERIFY(store.writeAndWait(QStringLiteral("profile/a"), throwawaySecret()).ok);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);

        const CredentialResult read = store.readAndWait(QStringLiteral("profile/a"));
        QVERIFY(!read.ok);
        QCOMPARE(read.error.kind, Kind::AccessDenied);
        QVERIFY(read.secret.isEmpty());
        QVERIFY2(read.error.message.contains(QStringLiteral("chmod 600 ") + path), qPrintable(read.error.message));

        const CredentialResult write = store.writeAndWait(QStringLiteral("profile/b"), throwawaySecret());
        QCOMPARE(write.error.kind, Kind::AccessDenied);
        QCOMPARE(fileMode(path), mode_t(0644));
        QVERIFY(!parseFile(path).contains(QStringLiteral("profile/b")));
    }

    void fileGroupWritableRejected()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("credentials.json"));
        FileCredentialStore store(path);
        QVERIFY(store.writeAndWait(QStringLiteral("profile/a"), throwawaySecret()).ok);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0620) == 0);

        QCOMPARE(store.readAndWait(QStringLiteral("profile/a")).error.kind, Kind::AccessDenied);
    }

    void fileContainsOnlyEntries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("credentials.json"));
        FileCredentialStore store(path);
        const QString work = throwawaySecret();
        const QString staging = throwawaySecret();

        QVERIFY(store.writeAndWait(QStringLiteral("profile/work"), work).ok);
        QVERIFY(store.writeAndWait(QStringLiteral("profile/staging"), staging).ok);
        QVERIFY(store.writeAndWait(QStringLiteral("profile/old"), throwawaySecret()).ok);
        QVERIFY(store.removeAndWait(QStringLiteral("profile/old")).ok);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isObject());
        const QJsonObject entries = document.object();
        QCOMPARE(entries.keys(), (QStringList{QStringLiteral("profile/staging"), QStringLiteral("profile/work")}));
        QVERIFY(entries.value(QStringLiteral("profile/work")).toString() == work);
        QVERIFY(entries.value(QStringLiteral("profile/staging")).toString() == staging);

        // No temporary or lock file is left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("credentials.json")});
    }

    void fileInvalidJsonRejected()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("credentials.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"profile/a\": 42}");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        FileCredentialStore store(path);

        const CredentialResult read = store.readAndWait(QStringLiteral("profile/a"));
        QCOMPARE(read.error.kind, Kind::Other);
        QVERIFY(read.error.message.contains(path));

        QCOMPARE(store.writeAndWait(QStringLiteral("profile/b"), throwawaySecret()).error.kind, Kind::Other);
    }

    void fileUnwritableFolderReported()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        FileCredentialStore store(blocker.fileName() + QStringLiteral("/credentials.json"));

        const CredentialResult write = store.writeAndWait(QStringLiteral("profile/a"), throwawaySecret());
        QVERIFY(!write.ok);
        QCOMPARE(write.error.kind, Kind::Other);
        QVERIFY2(write.error.message.startsWith(QStringLiteral("Could not create the folder ") + blocker.fileName()),
                 qPrintable(write.error.message));
    }

    void fileCallbackQueued()
    {
        QTemporaryDir dir;
        FileCredentialStore store(dir.filePath(QStringLiteral("credentials.json")));
        QObject context;
        bool called = false;

        store.read(QStringLiteral("profile/a"), &context, [&](const CredentialResult &) { called = true; });
        QVERIFY(!called);

        QTRY_VERIFY(called);
    }

    void fileDefaultPathInDataFolder()
    {
        const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);

        QCOMPARE(FileCredentialStore::defaultPath(), dataFolder + QStringLiteral("/weav-console/credentials.json"));
    }

    void keychainErrorKinds()
    {
        using Operation = KeychainCredentialStore::Operation;
        const QString key = QStringLiteral("profile/work");

        QCOMPARE(KeychainCredentialStore::errorFor(Operation::Read, key, QKeychain::EntryNotFound, {}).kind, Kind::NotFound);
        QCOMPARE(KeychainCredentialStore::errorFor(Operation::Read, key, QKeychain::NoBackendAvailable, {}).kind,
                 Kind::NoSecretService);
        QCOMPARE(KeychainCredentialStore::errorFor(Operation::Write, key, QKeychain::OtherError,
                                                   QStringLiteral("The name org.freedesktop.secrets was not provided "
                                                                  "by any .service files"))
                     .kind,
                 Kind::NoSecretService);
        QCOMPARE(KeychainCredentialStore::errorFor(Operation::Write, key, QKeychain::OtherError,
                                                   QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"))
                     .kind,
                 Kind::NoSecretService);
        QCOMPARE(KeychainCredentialStore::errorFor(Operation::Read, key, QKeychain::AccessDenied, {}).kind,
                 Kind::AccessDenied);
        QCOMPARE(KeychainCredentialStore::errorFor(Operation::Read, key, QKeychain::AccessDeniedByUser, {}).kind,
                 Kind::AccessDenied);
        QCOMPARE(KeychainCredentialStore::errorFor(Operation::Remove, key, QKeychain::OtherError,
                                                   QStringLiteral("Unknown error"))
                     .kind,
                 Kind::Other);
    }

    void keychainRoundTrip()
    {
        if (!hasSessionBus()) {
            runInKeyringSession("keychainRoundTrip");
            return;
        }

        LogCapture logs;
        KeychainCredentialStore store;
        const QString key = uniqueKey();
        const QString first = throwawaySecret();
        const QString second = throwawaySecret();
        QCOMPARE(store.name(), QStringLiteral("keychain"));
        QCOMPARE(store.service(), QStringLiteral("weav-console"));

        const CredentialResult written = store.writeAndWait(key, first);
        QVERIFY2(written.ok, qPrintable(written.error.message));
        const CredentialResult read = store.readAndWait(key);
        QVERIFY2(read.ok, qPrintable(read.error.message));
        QVERIFY(read.secret == first);
        QVERIFY(lookUpWithSecretTool(key) == first);

        QVERIFY(store.writeAndWait(key, second).ok);
        QVERIFY(store.readAndWait(key).secret == second);
        QVERIFY(lookUpWithSecretTool(key) == second);

        const CredentialResult removed = store.removeAndWait(key);
        QVERIFY2(removed.ok, qPrintable(removed.error.message));
        const CredentialResult afterRemove = store.readAndWait(key);
        QVERIFY(!afterRemove.ok);
        QCOMPARE(afterRemove.error.kind, Kind::NotFound);
        QVERIFY(afterRemove.secret.isEmpty());
        QVERIFY(!lookUpWithSecretTool(key));
        QVERIFY(store.removeAndWait(key).ok);

        QVERIFY(logs.mentions(key));
        QVERIFY(!logs.mentions(first));
        QVERIFY(!logs.mentions(second));
    }

    void keychainCallbackQueued()
    {
        if (!hasSessionBus()) {
            runInKeyringSession("keychainCallbackQueued");
            return;
        }

        KeychainCredentialStore store;
        QObject context;
        bool called = false;
        CredentialResult result;

        store.read(uniqueKey(), &context, [&](const CredentialResult &outcome) {
            result = outcome;
            called = true;
        });
        QVERIFY(!called);

        QTRY_VERIFY_WITH_TIMEOUT(called, 30000);
        QCOMPARE(result.error.kind, Kind::NotFound);
    }

    void keychainWithoutSecretService()
    {
        if (!isChildFor("keychainWithoutSecretService")) {
            runOnBusWithoutServices("keychainWithoutSecretService");
            return;
        }

        // Prove the premise first: the bus works, and no one provides or can start a Secret Service.
        const QString activatable = askBus(QStringLiteral("ListActivatableNames"));
        QVERIFY2(activatable.contains(QStringLiteral("org.freedesktop.DBus")), qPrintable(activatable));
        QVERIFY2(!activatable.contains(QStringLiteral("org.freedesktop.secrets")), qPrintable(activatable));
        const QString owned = askBus(QStringLiteral("ListNames"));
        QVERIFY2(owned.contains(QStringLiteral("org.freedesktop.DBus")), qPrintable(owned));
        QVERIFY2(!owned.contains(QStringLiteral("org.freedesktop.secrets")), qPrintable(owned));

        verifyNoSecretService();
    }

    void keychainWithoutSessionBus()
    {
        if (!isChildFor("keychainWithoutSessionBus")) {
            runWithoutBus("keychainWithoutSessionBus");
            return;
        }

        QVERIFY(!hasSessionBus());
        verifyNoSecretService();
    }

    void logsNeverContainSecret()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("credentials.json"));
        const QString secret = throwawaySecret();
        LogCapture logs;

        MemoryCredentialStore memory;
        QVERIFY(memory.writeAndWait(QStringLiteral("profile/a"), secret).ok);
        QVERIFY(memory.readAndWait(QStringLiteral("profile/a")).ok);

        FileCredentialStore file(path);
        QVERIFY(file.writeAndWait(QStringLiteral("profile/a"), secret).ok);
        QVERIFY(file.readAndWait(QStringLiteral("profile/a")).ok);
        QCOMPARE(file.readAndWait(QStringLiteral("profile/missing")).error.kind, Kind::NotFound);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QCOMPARE(file.readAndWait(QStringLiteral("profile/a")).error.kind, Kind::AccessDenied);
        QCOMPARE(file.writeAndWait(QStringLiteral("profile/b"), secret).error.kind, Kind::AccessDenied);

        QVERIFY(logs.mentions(QStringLiteral("weav.core.credentials: file store: wrote profile/a")));
        QVERIFY(logs.mentions(QStringLiteral("chmod 600")));
        QVERIFY(!logs.mentions(secret));
    }

private:
    // Runs one test function of this binary in a new D-Bus session with an unlocked gnome-keyring
    // and a fresh HOME, and requires it to pass.
    void runInKeyringSession(const char *testFunction)
    {
        IsolatedHome home;
        QVERIFY(home.isValid());

        // gnome-keyring-daemon creates and unlocks the login keyring with the password on stdin, then
        // forks into the background. exec makes the test binary the session's main process.
        const QString script = QStringLiteral("printf weav-test-keyring | gnome-keyring-daemon --unlock "
                                              "--components=secrets >/dev/null || exit 97; exec \"$0\" \"$@\"");
        verifyChildPasses(home, testFunction, QStringLiteral("dbus-run-session"),
                          {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                           QCoreApplication::applicationFilePath(), QLatin1String(testFunction)});
    }

    // Runs one test function in a new D-Bus session on which nothing can be activated.
    void runOnBusWithoutServices(const char *testFunction)
    {
        IsolatedHome home;
        QVERIFY(home.isValid());

        const QString serviceFolder = home.filePath(QStringLiteral("no-services"));
        QVERIFY(QDir().mkpath(serviceFolder));
        QFile config(home.filePath(QStringLiteral("session.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(busConfigWithoutServices(home.filePath(QStringLiteral("runtime")), serviceFolder));
        config.close();

        verifyChildPasses(home, testFunction, QStringLiteral("dbus-run-session"),
                          {QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--"),
                           QCoreApplication::applicationFilePath(), QLatin1String(testFunction)});
    }

    // Runs one test function with no D-Bus session at all.
    void runWithoutBus(const char *testFunction)
    {
        IsolatedHome home;
        QVERIFY(home.isValid());

        verifyChildPasses(home, testFunction, QCoreApplication::applicationFilePath(), {QLatin1String(testFunction)});
    }

    // Starts program with home's environment, marked as the child for testFunction, and requires the
    // child's run of testFunction to pass.
    void verifyChildPasses(const IsolatedHome &home, const char *testFunction, const QString &program,
                           const QStringList &arguments)
    {
        QProcessEnvironment environment = home.environment();
        environment.insert(QLatin1String(childVariable), QLatin1String(testFunction));

        const ChildRun run = runChild(program, arguments, environment);

        QVERIFY2(run.finished, qPrintable(run.output));
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QVERIFY2(run.passed(testFunction), qPrintable(run.output));
    }

    void verifyNoSecretService()
    {
        KeychainCredentialStore store;
        const QString key = uniqueKey();

        const CredentialResult read = store.readAndWait(key);
        QVERIFY(!read.ok);
        QCOMPARE(read.error.kind, Kind::NoSecretService);
        verifyInstallAdvice(read.error.message);

        const CredentialResult write = store.writeAndWait(key, throwawaySecret());
        QVERIFY(!write.ok);
        QCOMPARE(write.error.kind, Kind::NoSecretService);
        verifyInstallAdvice(write.error.message);

        QCOMPARE(store.removeAndWait(key).error.kind, Kind::NoSecretService);
    }

    void verifyInstallAdvice(const QString &message)
    {
        QVERIFY2(message.contains(QStringLiteral("Secret Service")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("sudo apt install gnome-keyring")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("KeePassXC")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("--file-store")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(CredentialsTest)
#include "tst_credentials.moc"
