#pragma once

#include "CredentialStore.h"

#include <qt6keychain/keychain.h>

namespace weav::core {

// Stores each secret as one entry of the system keychain through QtKeychain, under the service
// "weav-console" and the caller's key. On Linux that keychain is a Secret Service on the D-Bus
// session bus (gnome-keyring, KeePassXC). Without one, every operation fails with NoSecretService.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Remove };

    explicit KeychainCredentialStore(const QString &service = defaultService(), QObject *parent = nullptr);

    static QString defaultService() { return QStringLiteral("weav-console"); }

    QString name() const override;
    QString service() const { return m_service; }

    void read(const QString &key, QObject *context, CredentialCallback callback) override;
    void write(const QString &key, const QString &secret, QObject *context, CredentialCallback callback) override;
    void remove(const QString &key, QObject *context, CredentialCallback callback) override;

    // Translates a failed QtKeychain job into the store's error kinds, with a message for a person.
    // detail is the job's errorString(), which QtKeychain fills from libsecret or D-Bus.
    static CredentialResult::Error errorFor(Operation operation, const QString &key, QKeychain::Error code,
                                            const QString &detail);

private:
    void startJob(QKeychain::Job *job, Operation operation, const QString &key, QObject *context,
                  CredentialCallback callback);

    QString m_service;
};

} // namespace weav::core
