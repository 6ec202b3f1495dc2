#pragma once

#include "credentials/CredentialStore.h"

namespace weav::core {

struct WebhookReceiverConfig;

// Reads the profile's webhook secret from the credential store into config.secret, waiting for the
// store. The secret lives only in the store and in memory; it is never written to settings or logs.
// Returns the store's result; on failure config is left unchanged and the message names the fix.
CredentialResult loadWebhookSecret(CredentialStore &store, const QString &profileName, WebhookReceiverConfig *config);

// Stores a new webhook secret for the profile (Settings calls this when the person enters one).
CredentialResult saveWebhookSecret(CredentialStore &store, const QString &profileName, const QByteArray &secret);

} // namespace weav::core
