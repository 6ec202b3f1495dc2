#pragma once

#include "credentials/CredentialStore.h"
#include "workspace/Profile.h"

namespace weav::ui {

// Reads, writes and removes a saved profile's token in that profile's credential store (the
// keychain, or the file store the profile names), under core::credentialKey(profile name). Each call
// keeps its store alive until the callback has run; the callback runs later from the event loop,
// and not at all once context is destroyed.
namespace profileTokens {

void read(const core::Profile &profile, QObject *context, core::CredentialCallback callback);
void write(const core::Profile &profile, const QString &token, QObject *context, core::CredentialCallback callback);
void remove(const core::Profile &profile, QObject *context, core::CredentialCallback callback);

} // namespace profileTokens

} // namespace weav::ui
