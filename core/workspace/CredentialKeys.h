#pragma once

#include <QString>

namespace weav::core {

// The credential store key of a profile's token. A keychain cannot list its entries, so the profile
// list in the settings is the index of the keys written this way.
inline QString credentialKey(const QString &profileName)
{
    return QStringLiteral("profile/") + profileName;
}

} // namespace weav::core
