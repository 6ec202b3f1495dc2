#pragma once

#include <QString>
#include <QUrl>

namespace weav::core {

// A connection to one workspace, as kept in the settings. It contains no token, because the token
// lives in the credential store named by credentialStore, under credentialKey(name).
struct Profile
{
    QString name;
    // Scheme, host, port and any path prefix, without the trailing /v1, e.g. https://api.weav.com
    QUrl baseUrl;
    // Permits plain http:// to a host other than loopback.
    bool allowPlainHttp = false;
    // The teammate (user id) that replies from this console are sent as. May be empty.
    QString teammateId;
    // "keychain" or "file".
    QString credentialStore = QStringLiteral("keychain");

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace weav::core
