#pragma once

#include <QLoggingCategory>
#include <QObject>
#include <QString>

#include <functional>

namespace weav::core {

Q_DECLARE_LOGGING_CATEGORY(lcCredentials)

// The outcome of one credential store operation. secret is set only by a successful read.
struct CredentialResult
{
    struct Error
    {
        enum class Kind {
            None,
            NotFound,        // the store has no entry under that key
            NoSecretService, // no keychain (Secret Service) is running on this machine
            AccessDenied,    // the keychain is locked or refused, or the credentials file is open to other users
            Other,
        };

        Kind kind = Kind::None;
        // A message for a person that says what failed and what to do. It never contains the secret.
        QString message;
    };

    bool ok = false;
    QString secret;
    Error error;

    static CredentialResult success(const QString &secret = {});
    static CredentialResult failure(Error::Kind kind, const QString &message);
};

using CredentialCallback = std::function<void(const CredentialResult &result)>;

// Stores secrets (API tokens) under string keys, one entry per key. Every operation is
// asynchronous because the keychain is. The callback runs later from the event loop of the
// context's thread, never inside the call, and not at all once the context is destroyed.
// A store cannot list its keys, so callers keep their own index of the keys they wrote.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    // "keychain", "memory" or "file", for settings and the UI.
    virtual QString name() const = 0;

    virtual void read(const QString &key, QObject *context, CredentialCallback callback) = 0;
    // Replaces any secret stored under key.
    virtual void write(const QString &key, const QString &secret, QObject *context, CredentialCallback callback) = 0;
    // Succeeds when key has no entry as well.
    virtual void remove(const QString &key, QObject *context, CredentialCallback callback) = 0;

    // Runs the operation and spins a local event loop until it completes. For weavctl and tests.
    CredentialResult readAndWait(const QString &key);
    CredentialResult writeAndWait(const QString &key, const QString &secret);
    CredentialResult removeAndWait(const QString &key);

protected:
    // Queues callback(result) on context's thread, for stores that complete at once.
    static void deliverLater(QObject *context, CredentialCallback callback, const CredentialResult &result);

private:
    CredentialResult waitFor(const std::function<void(QObject *context, CredentialCallback callback)> &start);
};

} // namespace weav::core
