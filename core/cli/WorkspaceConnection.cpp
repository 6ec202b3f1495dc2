#include "WorkspaceConnection.h"

#include "api/ApiClient.h"
#include "credentials/FileCredentialStore.h"
#include "credentials/KeychainCredentialStore.h"
#include "workspace/CredentialKeys.h"
#include "workspace/ProfileStore.h"

namespace weav::core::cli {

std::unique_ptr<CredentialStore> credentialStoreFor(const Profile &profile, const QProcessEnvironment &env)
{
    if (profile.credentialStore == QLatin1String("file")) {
        const QString path = env.value(CredentialsFileVariable);
        return std::make_unique<FileCredentialStore>(path.isEmpty() ? FileCredentialStore::defaultPath() : path);
    }
    return std::make_unique<KeychainCredentialStore>();
}

WorkspaceConnection::WorkspaceConnection(CommandContext &context) : m_context(context) {}

ExitCode WorkspaceConnection::resolve()
{
    const ExitCode address = resolveAddress();
    if (address != Success)
        return address;
    return resolveToken();
}

ExitCode WorkspaceConnection::resolveAddress()
{
    const CommandLine &line = m_context.line;
    m_allowPlainHttp = line.isSet(QStringLiteral("allow-plain-http"));

    if (line.isSet(QStringLiteral("base-url")) && line.isSet(QStringLiteral("profile"))) {
        m_context.usage(tr("Give either --base-url or --profile, not both."));
        return Usage;
    }
    if (line.isSet(QStringLiteral("base-url")))
        return useUrl(line.value(QStringLiteral("base-url")), QStringLiteral("--base-url"));

    ProfileStore profiles(m_context.settings);
    if (line.isSet(QStringLiteral("profile"))) {
        const QString name = line.value(QStringLiteral("profile"));
        const auto profile = profiles.find(name);
        if (!profile) {
            m_context.fail(Usage, tr("There is no profile named \"%1\"; weavctl profiles list shows the profiles.").arg(name));
            return Usage;
        }
        return useProfile(*profile);
    }

    const QString fromEnvironment = m_context.env.value(BaseUrlVariable).trimmed();
    if (!fromEnvironment.isEmpty())
        return useUrl(fromEnvironment, BaseUrlVariable);

    if (const auto current = profiles.currentProfile())
        return useProfile(*current);

    m_context.usage(tr("No workspace is given. Use --base-url URL or --profile NAME, set %1, or add a profile with "
                       "weavctl profiles add.")
                        .arg(BaseUrlVariable));
    return Usage;
}

ExitCode WorkspaceConnection::useUrl(const QString &text, const QString &source)
{
    Profile unnamed;
    unnamed.name = QStringLiteral("weavctl");
    unnamed.baseUrl = QUrl(text.trimmed(), QUrl::StrictMode);
    unnamed.allowPlainHttp = m_allowPlainHttp;
    unnamed = ProfileStore::normalized(unnamed);

    const QUrl &url = unnamed.baseUrl;
    if (url.scheme() == QLatin1String("http") && !m_allowPlainHttp && !ApiClient::isLoopback(url)) {
        m_context.fail(Usage, tr("The %1 address uses plain http:// to %2, which would send the token unencrypted. "
                                 "Use https://, or add --allow-plain-http if the network to the server is trusted.")
                                  .arg(source, url.host()));
        return Usage;
    }

    const ProfileError invalid = ProfileStore::validate(unnamed);
    if (invalid.isError()) {
        m_context.fail(Usage, tr("The %1 address is not usable: %2").arg(source, invalid.message));
        return Usage;
    }

    m_baseUrl = url;
    return Success;
}

ExitCode WorkspaceConnection::useProfile(const Profile &profile)
{
    m_profile = profile;
    m_baseUrl = profile.baseUrl;
    m_allowPlainHttp = m_allowPlainHttp || profile.allowPlainHttp;
    return Success;
}

ExitCode WorkspaceConnection::resolveToken()
{
    const QString fromEnvironment = m_context.env.value(TokenVariable).trimmed();
    if (!fromEnvironment.isEmpty()) {
        m_token = fromEnvironment;
        return Success;
    }

    if (m_profile)
        return readStoredToken();

    m_context.fail(Authentication, tr("No API token is given. Set %1, or store the token in a profile with "
                                      "weavctl profiles add NAME --base-url URL --token-stdin and use --profile NAME.")
                                       .arg(TokenVariable));
    return Authentication;
}

ExitCode WorkspaceConnection::readStoredToken()
{
    const auto store = credentialStoreFor(*m_profile, m_context.env);
    const CredentialResult result = store->readAndWait(credentialKey(m_profile->name));
    if (result.ok && !result.secret.trimmed().isEmpty()) {
        m_token = result.secret;
        return Success;
    }

    if (result.ok || result.error.kind == CredentialResult::Error::Kind::NotFound) {
        m_context.fail(Authentication, tr("No API token is stored for the profile \"%1\". Store one with weavctl "
                                          "profiles add %1 --base-url URL --token-stdin, or set %2.")
                                           .arg(m_profile->name, TokenVariable));
        return Authentication;
    }

    m_context.fail(Authentication, tr("The token of the profile \"%1\" could not be read: %2 Set %3 to give the "
                                      "token another way.")
                                       .arg(m_profile->name, result.error.message, TokenVariable));
    return Authentication;
}

void WorkspaceConnection::configure(ApiClient &client) const
{
    client.setBaseUrl(m_baseUrl);
    client.setToken(m_token);
    client.setAllowPlainHttp(m_allowPlainHttp);

    bool ok = false;
    const int retryBaseMs = m_context.env.value(RetryBaseVariable).toInt(&ok);
    if (ok && retryBaseMs >= 0) {
        RetryPolicy policy = client.retryPolicy();
        policy.baseDelayMs = retryBaseMs;
        client.setRetryPolicy(policy);
    }
}

} // namespace weav::core::cli
