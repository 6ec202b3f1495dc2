#include "FileCredentialStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace weav::core {

namespace {

using Kind = CredentialResult::Error::Kind;

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions openToOthers =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;

// How long a change waits for another process (weavctl beside the console) to finish its own.
constexpr int lockTimeoutMs = 5000;

bool containsOnlyStrings(const QJsonObject &object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString())
            return false;
    }
    return true;
}

} // namespace

FileCredentialStore::FileCredentialStore(const QString &path, QObject *parent)
    : CredentialStore(parent), m_path(QFileInfo(path).absoluteFilePath())
{
}

QString FileCredentialStore::defaultPath()
{
    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return dataFolder + QStringLiteral("/weav-console/credentials.json");
}

QString FileCredentialStore::name() const
{
    return QStringLiteral("file");
}

void FileCredentialStore::read(const QString &key, QObject *context, CredentialCallback callback)
{
    deliverLater(context, std::move(callback), readNow(key));
}

void FileCredentialStore::write(const QString &key, const QString &secret, QObject *context, CredentialCallback callback)
{
    deliverLater(context, std::move(callback), writeNow(key, secret));
}

void FileCredentialStore::remove(const QString &key, QObject *context, CredentialCallback callback)
{
    deliverLater(context, std::move(callback), removeNow(key));
}

CredentialResult FileCredentialStore::readNow(const QString &key) const
{
    QJsonObject entries;
    const CredentialResult loaded = loadEntries(&entries);
    if (!loaded.ok)
        return loaded;

    const QJsonValue value = entries.value(key);
    if (!value.isString()) {
        return failure(Kind::NotFound,
                       tr("The credentials file %1 has no entry for %2. Enter the token again to store it.")
                           .arg(m_path, key));
    }
    return CredentialResult::success(value.toString());
}

CredentialResult FileCredentialStore::writeNow(const QString &key, const QString &secret) const
{
    const CredentialResult folder = ensureFolder();
    if (!folder.ok)
        return folder;

    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(lockTimeoutMs))
        return lockFailure(lock);

    QJsonObject entries;
    const CredentialResult loaded = loadEntries(&entries);
    if (!loaded.ok)
        return loaded;

    entries.insert(key, secret);
    const CredentialResult saved = saveEntries(entries);
    if (saved.ok)
        qCInfo(lcCredentials).noquote() << "file store: wrote" << key << "to" << m_path;
    return saved;
}

CredentialResult FileCredentialStore::removeNow(const QString &key) const
{
    if (!QFileInfo::exists(m_path))
        return CredentialResult::success();

    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(lockTimeoutMs))
        return lockFailure(lock);

    QJsonObject entries;
    const CredentialResult loaded = loadEntries(&entries);
    if (!loaded.ok)
        return loaded;
    if (!entries.contains(key))
        return CredentialResult::success();

    entries.remove(key);
    const CredentialResult saved = saveEntries(entries);
    if (saved.ok)
        qCInfo(lcCredentials).noquote() << "file store: removed" << key << "from" << m_path;
    return saved;
}

CredentialResult FileCredentialStore::loadEntries(QJsonObject *entries) const
{
    const QFileInfo info(m_path);
    if (!info.exists())
        return CredentialResult::success();

    if (info.permissions() & openToOthers) {
        return failure(Kind::AccessDenied,
                       tr("The credentials file %1 can be read or changed by other users, so it was not used. "
                          "Restrict it to your user with: chmod 600 %1")
                           .arg(m_path));
    }

    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(Kind::Other,
                       tr("Could not read the credentials file %1: %2. Check that your user owns it.")
                           .arg(m_path, file.errorString()));
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject object = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !containsOnlyStrings(object)) {
        return failure(Kind::Other,
                       tr("The credentials file %1 is not a JSON object of key and secret strings. Move it away, "
                          "then enter the tokens again.")
                           .arg(m_path));
    }

    *entries = object;
    return CredentialResult::success();
}

// QSaveFile writes to a temporary file in the same folder and renames it over the file on commit().
// The temporary file gets mode 0600 before the first byte is written.
CredentialResult FileCredentialStore::saveEntries(const QJsonObject &entries) const
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        return failure(Kind::Other,
                       tr("Could not write the credentials file %1: %2. Check that the folder is writable.")
                           .arg(m_path, file.errorString()));
    }

    if (!file.setPermissions(ownerOnly)) {
        file.cancelWriting();
        return failure(Kind::Other,
                       tr("Could not restrict the credentials file %1 to your user: %2. Nothing was written.")
                           .arg(m_path, file.errorString()));
    }

    file.write(QJsonDocument(entries).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return failure(Kind::Other,
                       tr("Could not write the credentials file %1: %2. Check the free space and that the folder is "
                          "writable.")
                           .arg(m_path, file.errorString()));
    }
    return CredentialResult::success();
}

// A folder the store creates is private to the user as well, because its listing shows the file.
CredentialResult FileCredentialStore::ensureFolder() const
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (QFileInfo(folder).isDir())
        return CredentialResult::success();

    if (!QDir().mkpath(folder)) {
        return failure(Kind::Other,
                       tr("Could not create the folder %1 for the credentials file. Check that no file has that "
                          "name and that its parent folder is writable.")
                           .arg(folder));
    }
    QFile::setPermissions(folder, ownerOnly | QFileDevice::ExeOwner);
    return CredentialResult::success();
}

CredentialResult FileCredentialStore::lockFailure(const QLockFile &lock) const
{
    if (lock.error() == QLockFile::LockFailedError) {
        return failure(Kind::Other,
                       tr("The credentials file %1 is locked by another process. Close the other Weav Console or "
                          "weavctl and try again, or delete %2 if neither is running.")
                           .arg(m_path, lock.fileName()));
    }
    return failure(Kind::Other,
                   tr("Could not create the lock file %1 beside the credentials file. Check that the folder is "
                      "writable.")
                       .arg(lock.fileName()));
}

CredentialResult FileCredentialStore::failure(Kind kind, const QString &message) const
{
    if (kind == Kind::NotFound)
        qCInfo(lcCredentials).noquote() << "file store:" << message;
    else
        qCWarning(lcCredentials).noquote() << "file store:" << message;
    return CredentialResult::failure(kind, message);
}

} // namespace weav::core
