#include "MemoryCredentialStore.h"

namespace weav::core {

MemoryCredentialStore::MemoryCredentialStore(QObject *parent)
    : CredentialStore(parent)
{
}

QString MemoryCredentialStore::name() const
{
    return QStringLiteral("memory");
}

void MemoryCredentialStore::read(const QString &key, QObject *context, CredentialCallback callback)
{
    if (m_failure) {
        deliverLater(context, std::move(callback), CredentialResult::failure(m_failure->kind, m_failure->message));
        return;
    }

    const auto found = m_secrets.constFind(key);
    if (found == m_secrets.constEnd()) {
        const QString message = tr("No secret is stored under %1. Enter the token again.").arg(key);
        deliverLater(context, std::move(callback), CredentialResult::failure(CredentialResult::Error::Kind::NotFound, message));
        return;
    }

    deliverLater(context, std::move(callback), CredentialResult::success(found.value()));
}

void MemoryCredentialStore::write(const QString &key, const QString &secret, QObject *context, CredentialCallback callback)
{
    if (m_failure) {
        deliverLater(context, std::move(callback), CredentialResult::failure(m_failure->kind, m_failure->message));
        return;
    }

    m_secrets.insert(key, secret);
    deliverLater(context, std::move(callback), CredentialResult::success());
}

void MemoryCredentialStore::remove(const QString &key, QObject *context, CredentialCallback callback)
{
    if (m_failure) {
        deliverLater(context, std::move(callback), CredentialResult::failure(m_failure->kind, m_failure->message));
        return;
    }

    m_secrets.remove(key);
    deliverLater(context, std::move(callback), CredentialResult::success());
}

} // namespace weav::core
