#include "KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace weav::core {

namespace {

const char *operationName(KeychainCredentialStore::Operation operation)
{
    switch (operation) {
    case KeychainCredentialStore::Operation::Read:
        return "read";
    case KeychainCredentialStore::Operation::Write:
        return "write";
    case KeychainCredentialStore::Operation::Remove:
        return "remove";
    }
    return "use";
}

// QtKeychain 0.13 reports a missing Secret Service as OtherError, with the text of the libsecret
// or D-Bus error: no session bus ("Cannot autolaunch D-Bus without X11 $DISPLAY", "Could not
// connect: ..."), or a bus where nothing provides org.freedesktop.secrets.
bool describesMissingSecretService(const QString &detail)
{
    static const QLatin1String markers[] = {
        QLatin1String("org.freedesktop.secrets"),
        QLatin1String("was not provided by any .service files"),
        QLatin1String("autolaunch D-Bus"),
        QLatin1String("D-Bus is not running"),
        QLatin1String("DBUS_SESSION_BUS_ADDRESS"),
        QLatin1String("Could not connect"),
    };

    for (const QLatin1String &marker : markers) {
        if (detail.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// GLib connects to DBUS_SESSION_BUS_ADDRESS, or else to $XDG_RUNTIME_DIR/bus. This check does not
// depend on the wording of GLib's error, which its translations change.
bool hasSessionBusAddress()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;

    const QString runtimeFolder = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtimeFolder.isEmpty() && QFileInfo::exists(runtimeFolder + QStringLiteral("/bus"));
}

QString failedOperationSentence(KeychainCredentialStore::Operation operation, const QString &key)
{
    switch (operation) {
    case KeychainCredentialStore::Operation::Read:
        return KeychainCredentialStore::tr("Could not read %1 from the keychain.").arg(key);
    case KeychainCredentialStore::Operation::Write:
        return KeychainCredentialStore::tr("Could not store %1 in the keychain.").arg(key);
    case KeychainCredentialStore::Operation::Remove:
        return KeychainCredentialStore::tr("Could not remove %1 from the keychain.").arg(key);
    }
    return {};
}

CredentialResult resultOf(const QKeychain::Job *job, KeychainCredentialStore::Operation operation, const QString &key)
{
    using Operation = KeychainCredentialStore::Operation;

    QKeychain::Error code = job->error();
    const bool missingEntry = code == QKeychain::EntryNotFound;
    if (code == QKeychain::OtherError && !hasSessionBusAddress())
        code = QKeychain::NoBackendAvailable;

    if (code == QKeychain::NoError || (operation == Operation::Remove && missingEntry)) {
        qCInfo(lcCredentials).noquote() << "keychain" << operationName(operation) << key << "done";
        if (operation != Operation::Read)
            return CredentialResult::success();
        return CredentialResult::success(static_cast<const QKeychain::ReadPasswordJob *>(job)->textData());
    }

    const CredentialResult::Error error = KeychainCredentialStore::errorFor(operation, key, code, job->errorString());
    if (error.kind == CredentialResult::Error::Kind::NotFound)
        qCInfo(lcCredentials).noquote() << "keychain" << operationName(operation) << key << "found no entry";
    else
        qCWarning(lcCredentials).noquote() << "keychain" << operationName(operation) << key << "failed:" << error.message;
    return CredentialResult::failure(error.kind, error.message);
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent), m_service(service)
{
}

QString KeychainCredentialStore::name() const
{
    return QStringLiteral("keychain");
}

void KeychainCredentialStore::read(const QString &key, QObject *context, CredentialCallback callback)
{
    startJob(new QKeychain::ReadPasswordJob(m_service), Operation::Read, key, context, std::move(callback));
}

void KeychainCredentialStore::write(const QString &key, const QString &secret, QObject *context, CredentialCallback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    startJob(job, Operation::Write, key, context, std::move(callback));
}

void KeychainCredentialStore::remove(const QString &key, QObject *context, CredentialCallback callback)
{
    startJob(new QKeychain::DeletePasswordJob(m_service), Operation::Remove, key, context, std::move(callback));
}

// The job deletes itself after finished(). A destroyed context drops the connection, so the
// callback is skipped while the job still runs to its end.
void KeychainCredentialStore::startJob(QKeychain::Job *job, Operation operation, const QString &key, QObject *context,
                                       CredentialCallback callback)
{
    if (!context)
        context = QCoreApplication::instance();

    job->setAutoDelete(true);
    job->setKey(key);

    connect(job, &QKeychain::Job::finished, context,
            [operation, key, callback = std::move(callback)](QKeychain::Job *finished) {
                callback(resultOf(finished, operation, key));
            });

    job->start();
}

CredentialResult::Error KeychainCredentialStore::errorFor(Operation operation, const QString &key, QKeychain::Error code,
                                                          const QString &detail)
{
    using Kind = CredentialResult::Error::Kind;

    CredentialResult::Error error;
    const QString failed = failedOperationSentence(operation, key);

    if (code == QKeychain::EntryNotFound) {
        error.kind = Kind::NotFound;
        error.message = tr("The keychain has no entry for %1. Enter the token again to store it.").arg(key);
        return error;
    }

    if (code == QKeychain::NoBackendAvailable || (code == QKeychain::OtherError && describesMissingSecretService(detail))) {
        error.kind = Kind::NoSecretService;
        error.message = failed + QLatin1Char(' ')
                        + tr("No keychain (Secret Service) is running. Install and start one (on Debian: sudo apt "
                             "install gnome-keyring, then log in again; or KeePassXC with its Secret Service "
                             "integration enabled), or keep the profile's token in a file on this machine "
                             "with weavctl profiles add --file-store. Details: %1")
                              .arg(detail);
        return error;
    }

    if (code == QKeychain::AccessDenied || code == QKeychain::AccessDeniedByUser) {
        error.kind = Kind::AccessDenied;
        error.message = failed + QLatin1Char(' ')
                        + tr("The keychain is locked or refused access. Unlock it, allow Weav Console when asked, "
                             "and try again. Details: %1")
                              .arg(detail);
        return error;
    }

    error.kind = Kind::Other;
    error.message = failed + QLatin1Char(' ')
                    + tr("The keychain reported: %1. Try again; if it keeps failing, check the keychain with "
                         "secret-tool or the keychain application.")
                          .arg(detail);
    return error;
}

} // namespace weav::core
