#pragma once

#include <QString>

namespace weav::core {

// The credential store key of a profile's token. A keychain cannot list its entries, so the profile
// list in the settings is the index of the keys written this way.
inline QString credentialKey(const QString &profileName)
{
    return QStringLiteral("profile/") + profileName;
}

// The credential store key of the secret that signs a profile's webhook deliveries. Profile names
// contain no '/', so this key never collides with a token key.
inline QString webhookSecretKey(const QString &profileName)
{
    return credentialKey(profileName) + QStringLiteral("/webhook-secret");
}

} // namespace weav::core
