#pragma once

#include "CredentialStore.h"

#include <QJsonObject>

class QLockFile;

namespace weav::core {

// Keeps secrets in one JSON file ({"key": "secret", ...}) readable only by its owner, for machines
// without a keychain. Opt-in: only a person's explicit choice in Settings should construct it.
// Each change goes to a temporary file with mode 0600 in the same folder, which then replaces the
// file, so a crash never leaves a half-written file. A file that other users can read or change is
// rejected with AccessDenied. Callbacks are queued, but the file is read and written before the call returns.
class FileCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit FileCredentialStore(const QString &path, QObject *parent = nullptr);

    // <generic data folder>/weav-console/credentials.json, shared by weav-console and weavctl.
    static QString defaultPath();

    QString name() const override;
    QString path() const { return m_path; }

    void read(const QString &key, QObject *context, CredentialCallback callback) override;
    void write(const QString &key, const QString &secret, QObject *context, CredentialCallback callback) override;
    void remove(const QString &key, QObject *context, CredentialCallback callback) override;

private:
    CredentialResult readNow(const QString &key) const;
    CredentialResult writeNow(const QString &key, const QString &secret) const;
    CredentialResult removeNow(const QString &key) const;

    // Loads the entries into *entries. A missing file has none.
    CredentialResult loadEntries(QJsonObject *entries) const;
    CredentialResult saveEntries(const QJsonObject &entries) const;
    CredentialResult ensureFolder() const;
    CredentialResult lockFailure(const QLockFile &lock) const;
    CredentialResult failure(CredentialResult::Error::Kind kind, const QString &message) const;

    QString m_path;
};

} // namespace weav::core
