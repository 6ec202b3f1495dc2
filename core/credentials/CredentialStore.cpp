#include "CredentialStore.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace weav::core {

Q_LOGGING_CATEGORY(lcCredentials, "weav.core.credentials")

CredentialResult CredentialResult::success(const QString &secret)
{
    CredentialResult result;
    result.ok = true;
    result.secret = secret;
    return result;
}

CredentialResult CredentialResult::failure(Error::Kind kind, const QString &message)
{
    CredentialResult result;
    result.error.kind = kind;
    result.error.message = message;
    return result;
}

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

CredentialStore::~CredentialStore() = default;

void CredentialStore::deliverLater(QObject *context, CredentialCallback callback, const CredentialResult &result)
{
    if (!context)
        context = QCoreApplication::instance();

    QMetaObject::invokeMethod(
        context, [callback = std::move(callback), result] { callback(result); }, Qt::QueuedConnection);
}

CredentialResult CredentialStore::waitFor(const std::function<void(QObject *, CredentialCallback)> &start)
{
    QEventLoop loop;
    CredentialResult outcome;
    bool done = false;

    start(&loop, [&](const CredentialResult &result) {
        outcome = result;
        done = true;
        loop.quit();
    });

    if (!done)
        loop.exec();
    return outcome;
}

CredentialResult CredentialStore::readAndWait(const QString &key)
{
    return waitFor([&](QObject *context, CredentialCallback callback) { read(key, context, std::move(callback)); });
}

CredentialResult CredentialStore::writeAndWait(const QString &key, const QString &secret)
{
    return waitFor([&](QObject *context, CredentialCallback callback) {
        write(key, secret, context, std::move(callback));
    });
}

CredentialResult CredentialStore::removeAndWait(const QString &key)
{
    return waitFor([&](QObject *context, CredentialCallback callback) { remove(key, context, std::move(callback)); });
}

} // namespace weav::core
