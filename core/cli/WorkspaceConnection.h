#pragma once

#include "CommandContext.h"
#include "credentials/CredentialStore.h"
#include "workspace/Profile.h"

#include <QUrl>

#include <memory>

namespace weav::core {
class ApiClient;
}

namespace weav::core::cli {

// Environment variables that weavctl reads.
inline const QString BaseUrlVariable = QStringLiteral("WEAV_BASE_URL");
inline const QString TokenVariable = QStringLiteral("WEAV_API_TOKEN");
inline const QString CredentialsFileVariable = QStringLiteral("WEAV_CREDENTIALS_FILE");
inline const QString RetryBaseVariable = QStringLiteral("WEAV_RETRY_BASE_MS");

// Creates the credential store of a profile's token. That is the OS keychain, or the file store at
// WEAV_CREDENTIALS_FILE (default FileCredentialStore::defaultPath()) when the profile's store is "file".
std::unique_ptr<CredentialStore> credentialStoreFor(const Profile &profile, const QProcessEnvironment &env);

// The workspace that a command talks to, and the token it sends. The base URL comes from
// --base-url, else --profile, else WEAV_BASE_URL, else the current profile. The token comes from
// WEAV_API_TOKEN when it is set, else from the profile's credential store.
class WorkspaceConnection
{
    Q_DECLARE_TR_FUNCTIONS(weavctl)

public:
    explicit WorkspaceConnection(CommandContext &context);

    // Finds the base URL and the token. On failure, reports why and returns the exit code
    // (Usage for a missing or unusable address, Authentication for a missing token).
    ExitCode resolve();

    // Sets the base URL, token, plain-http permission and retry policy on the client.
    void configure(ApiClient &client) const;

    QUrl baseUrl() const { return m_baseUrl; }

private:
    ExitCode resolveAddress();
    ExitCode resolveToken();
    ExitCode useUrl(const QString &text, const QString &source);
    ExitCode useProfile(const Profile &profile);
    ExitCode readStoredToken();

    CommandContext &m_context;
    QUrl m_baseUrl;
    bool m_allowPlainHttp = false;
    std::optional<Profile> m_profile;
    QString m_token;
};

} // namespace weav::core::cli
