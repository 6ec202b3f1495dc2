#include "WebhookSecretAccess.h"

#include "cli/WorkspaceConnection.h"
#include "workspace/CredentialKeys.h"

#include <QProcessEnvironment>

#include <memory>

namespace weav::ui::webhookSecrets {

namespace {

using Operation = std::function<void(core::CredentialStore &store, const QString &key, core::CredentialCallback done)>;

// Runs one operation on the profile's store under the webhook secret key. The callback keeps a
// reference to the store, so the store outlives the asynchronous operation.
void runOnStore(const core::Profile &profile, const Operation &operation, core::CredentialCallback callback)
{
    std::shared_ptr<core::CredentialStore> store =
        core::cli::credentialStoreFor(profile, QProcessEnvironment::systemEnvironment());
    core::CredentialStore &target = *store;
    operation(target, core::webhookSecretKey(profile.name),
              [store, callback = std::move(callback)](const core::CredentialResult &result) {
                  if (callback)
                      callback(result);
              });
}

} // namespace

void read(const core::Profile &profile, QObject *context, core::CredentialCallback callback)
{
    runOnStore(
        profile,
        [context](core::CredentialStore &store, const QString &key, core::CredentialCallback done) {
            store.read(key, context, std::move(done));
        },
        std::move(callback));
}

void write(const core::Profile &profile, const QString &secret, QObject *context, core::CredentialCallback callback)
{
    runOnStore(
        profile,
        [context, secret](core::CredentialStore &store, const QString &key, core::CredentialCallback done) {
            store.write(key, secret, context, std::move(done));
        },
        std::move(callback));
}

void remove(const core::Profile &profile, QObject *context, core::CredentialCallback callback)
{
    runOnStore(
        profile,
        [context](core::CredentialStore &store, const QString &key, core::CredentialCallback done) {
            store.remove(key, context, std::move(done));
        },
        std::move(callback));
}

} // namespace weav::ui::webhookSecrets
