#include "ProfileTokens.h"

#include "cli/WorkspaceConnection.h"
#include "workspace/CredentialKeys.h"

#include <QProcessEnvironment>

#include <memory>

namespace weav::ui::profileTokens {

namespace {

std::shared_ptr<core::CredentialStore> storeOf(const core::Profile &profile)
{
    return core::cli::credentialStoreFor(profile, QProcessEnvironment::systemEnvironment());
}

// Wraps callback so that it owns the store until the operation has finished.
core::CredentialCallback keepingAlive(std::shared_ptr<core::CredentialStore> store, core::CredentialCallback callback)
{
    return [store, callback = std::move(callback)](const core::CredentialResult &result) {
        if (callback)
            callback(result);
    };
}

} // namespace

void read(const core::Profile &profile, QObject *context, core::CredentialCallback callback)
{
    const auto store = storeOf(profile);
    store->read(core::credentialKey(profile.name), context, keepingAlive(store, std::move(callback)));
}

void write(const core::Profile &profile, const QString &token, QObject *context, core::CredentialCallback callback)
{
    const auto store = storeOf(profile);
    store->write(core::credentialKey(profile.name), token, context, keepingAlive(store, std::move(callback)));
}

void remove(const core::Profile &profile, QObject *context, core::CredentialCallback callback)
{
    const auto store = storeOf(profile);
    store->remove(core::credentialKey(profile.name), context, keepingAlive(store, std::move(callback)));
}

} // namespace weav::ui::profileTokens
