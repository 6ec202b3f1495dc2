#include "ProfileStore.h"

#include "api/ApiClient.h"

#include <QSettings>

#include <algorithm>

namespace weav::core {

namespace {

const QString profilesGroup = QStringLiteral("profiles");
const QString currentProfileKey = QStringLiteral("currentProfile");
const QString baseUrlKey = QStringLiteral("baseUrl");
const QString allowPlainHttpKey = QStringLiteral("allowPlainHttp");
const QString teammateIdKey = QStringLiteral("teammateId");
const QString credentialStoreKey = QStringLiteral("credentialStore");

QString groupOf(const QString &name)
{
    return profilesGroup + QLatin1Char('/') + name;
}

// QSettings treats both slashes as group separators.
bool containsSeparator(const QString &name)
{
    return name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'));
}

// The URL as messages show it: without user name, password, query or fragment, any of which may
// hold a secret that a person pasted by mistake.
QString displayUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

ProfileError errorAt(ProfileError::Field field, const QString &message)
{
    ProfileError error;
    error.field = field;
    error.message = message;
    return error;
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{
}

QList<Profile> ProfileStore::list() const
{
    m_settings->beginGroup(profilesGroup);
    const QStringList names = m_settings->childGroups();
    m_settings->endGroup();

    QList<Profile> profiles;
    for (const QString &name : names) {
        if (const auto profile = find(name))
            profiles.append(*profile);
    }

    std::sort(profiles.begin(), profiles.end(), [](const Profile &left, const Profile &right) {
        return left.name.compare(right.name, Qt::CaseInsensitive) < 0;
    });
    return profiles;
}

std::optional<Profile> ProfileStore::find(const QString &name) const
{
    if (name.isEmpty() || containsSeparator(name))
        return std::nullopt;

    m_settings->beginGroup(profilesGroup);
    const bool exists = m_settings->childGroups().contains(name);
    m_settings->endGroup();
    if (!exists)
        return std::nullopt;

    Profile profile;
    profile.name = name;

    m_settings->beginGroup(groupOf(name));
    profile.baseUrl = QUrl(m_settings->value(baseUrlKey).toString());
    profile.allowPlainHttp = m_settings->value(allowPlainHttpKey, false).toBool();
    profile.teammateId = m_settings->value(teammateIdKey).toString();
    profile.credentialStore = m_settings->value(credentialStoreKey, QStringLiteral("keychain")).toString();
    m_settings->endGroup();

    return profile;
}

ProfileError ProfileStore::save(const Profile &input)
{
    const Profile profile = normalized(input);
    const ProfileError invalid = validate(profile);
    if (invalid.isError())
        return invalid;

    m_settings->beginGroup(groupOf(profile.name));
    m_settings->setValue(baseUrlKey, profile.baseUrl.toString(QUrl::FullyEncoded));
    m_settings->setValue(allowPlainHttpKey, profile.allowPlainHttp);
    m_settings->setValue(teammateIdKey, profile.teammateId);
    m_settings->setValue(credentialStoreKey, profile.credentialStore);
    m_settings->endGroup();

    return syncSettings();
}

ProfileError ProfileStore::remove(const QString &name)
{
    if (name.isEmpty() || containsSeparator(name))
        return {};

    m_settings->remove(groupOf(name));
    if (currentProfileName() == name)
        m_settings->remove(currentProfileKey);

    return syncSettings();
}

QString ProfileStore::currentProfileName() const
{
    const QString name = m_settings->value(currentProfileKey).toString();
    return find(name) ? name : QString();
}

std::optional<Profile> ProfileStore::currentProfile() const
{
    return find(m_settings->value(currentProfileKey).toString());
}

ProfileError ProfileStore::setCurrentProfile(const QString &name)
{
    if (!find(name))
        return errorAt(ProfileError::Field::Name, tr("There is no profile named \"%1\".").arg(name));

    m_settings->setValue(currentProfileKey, name);
    return syncSettings();
}

Profile ProfileStore::normalized(const Profile &profile)
{
    Profile result = profile;
    result.name = profile.name.trimmed();
    result.teammateId = profile.teammateId.trimmed();
    result.baseUrl = normalizedBaseUrl(profile.baseUrl);
    return result;
}

QUrl ProfileStore::normalizedBaseUrl(const QUrl &url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/v1"), Qt::CaseInsensitive))
        path.chop(3);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);

    QUrl result = url;
    result.setPath(path);
    return result;
}

ProfileError ProfileStore::validate(const Profile &profile)
{
    using Field = ProfileError::Field;

    if (profile.name.isEmpty())
        return errorAt(Field::Name, tr("Enter a name for the profile."));
    if (profile.name.size() > maxNameLength) {
        return errorAt(Field::Name, tr("The profile name is %n characters long; use at most %1.", nullptr,
                                       int(profile.name.size()))
                                        .arg(maxNameLength));
    }
    if (containsSeparator(profile.name))
        return errorAt(Field::Name, tr("A profile name cannot contain / or \\."));

    const QUrl &url = profile.baseUrl;
    const QString scheme = url.scheme();
    if (url.isEmpty())
        return errorAt(Field::BaseUrl, tr("Enter the workspace base URL, for example https://api.weav.com."));
    if (!url.isValid())
        return errorAt(Field::BaseUrl, tr("The base URL %1 is not a valid URL.").arg(displayUrl(url)));
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return errorAt(Field::BaseUrl, tr("The base URL %1 must start with https:// (or http:// for a trusted "
                                          "network).")
                                           .arg(displayUrl(url)));
    }
    if (url.host().isEmpty())
        return errorAt(Field::BaseUrl, tr("The base URL %1 has no host name.").arg(displayUrl(url)));
    if (!url.userInfo().isEmpty()) {
        return errorAt(Field::BaseUrl, tr("Remove the user name and password from the base URL %1. The token "
                                          "goes in the token field.")
                                           .arg(displayUrl(url)));
    }
    if (url.hasQuery() || url.hasFragment()) {
        return errorAt(Field::BaseUrl, tr("Remove the part after ? or # from the base URL %1.").arg(displayUrl(url)));
    }
    if (scheme == QLatin1String("http") && !profile.allowPlainHttp && !ApiClient::isLoopback(url)) {
        return errorAt(Field::BaseUrl, tr("Plain http:// to %1 would send the token unencrypted. Use https://, or "
                                          "allow plain http for this profile.")
                                           .arg(url.host()));
    }

    if (profile.credentialStore != QLatin1String("keychain") && profile.credentialStore != QLatin1String("file")) {
        return errorAt(Field::CredentialStore, tr("The credential store \"%1\" is unknown; choose keychain or file.")
                                                   .arg(profile.credentialStore));
    }
    return {};
}

ProfileError ProfileStore::syncSettings()
{
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return {};

    return errorAt(ProfileError::Field::Settings,
                   tr("Could not save the profiles to %1. Check that the file and its folder are writable.")
                       .arg(m_settings->fileName()));
}

} // namespace weav::core
