#pragma once

#include "credentials/CredentialStore.h"
#include "workspace/Profile.h"

namespace weav::ui::webhookSecrets {

// Reads, writes or removes a profile's webhook secret in the profile's credential store, under
// core::webhookSecretKey(profile name). The store lives until the callback has run; the callback
// runs later from the event loop, and not at all once context is destroyed.
void read(const core::Profile &profile, QObject *context, core::CredentialCallback callback);
void write(const core::Profile &profile, const QString &secret, QObject *context, core::CredentialCallback callback);
// Succeeds when no secret is stored as well.
void remove(const core::Profile &profile, QObject *context, core::CredentialCallback callback);

} // namespace weav::ui::webhookSecrets
