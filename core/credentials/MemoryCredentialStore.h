#pragma once

#include "CredentialStore.h"

#include <QHash>

#include <optional>

namespace weav::core {

// Keeps secrets in this process only, for tests. The callbacks are queued like the keychain's, so
// callers exercise the asynchronous path.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);

    QString name() const override;

    void read(const QString &key, QObject *context, CredentialCallback callback) override;
    void write(const QString &key, const QString &secret, QObject *context, CredentialCallback callback) override;
    void remove(const QString &key, QObject *context, CredentialCallback callback) override;

    bool contains(const QString &key) const { return m_secrets.contains(key); }
    qsizetype size() const { return m_secrets.size(); }

    // Makes every later operation fail with error (a locked or missing keychain, say) until
    // cleared with std::nullopt. The stored secrets stay unchanged meanwhile.
    void setFailure(const std::optional<CredentialResult::Error> &error) { m_failure = error; }

private:
    QHash<QString, QString> m_secrets;
    std::optional<CredentialResult::Error> m_failure;
};

} // namespace weav::core
