#pragma once

#include "Profile.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QSettings;

namespace weav::core {

// The reason a profile was not saved, and the field it belongs to, so that the UI shows it there.
struct ProfileError
{
    enum class Field { None, Name, BaseUrl, CredentialStore, Settings };

    Field field = Field::None;
    QString message;

    bool isError() const { return field != Field::None; }
};

// The connection profiles and the current one, in a QSettings the caller owns. Only the Profile
// fields are written, never a token.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(weav::core::ProfileStore)

public:
    static constexpr int maxNameLength = 64;

    explicit ProfileStore(QSettings *settings);

    // Sorted by name.
    QList<Profile> list() const;
    std::optional<Profile> find(const QString &name) const;
    // Validates and normalises the profile, then adds it or replaces the one with the same name.
    ProfileError save(const Profile &profile);
    // Also clears the current profile when it was this one. The caller removes the token.
    ProfileError remove(const QString &name);

    // Empty when none is set or the profile was removed.
    QString currentProfileName() const;
    std::optional<Profile> currentProfile() const;
    // Changes nothing, and returns a Name error, when no profile has that name.
    ProfileError setCurrentProfile(const QString &name);

    // The profile as save() writes it: trimmed name and teammate id, normalised base URL.
    static Profile normalized(const Profile &profile);
    // Strips the trailing "/" and "/v1" that people paste (https://api.weav.com/v1/).
    static QUrl normalizedBaseUrl(const QUrl &url);
    // Checks a normalised profile. The error names the field and what to change.
    static ProfileError validate(const Profile &profile);

private:
    ProfileError syncSettings();

    QSettings *m_settings;
};

} // namespace weav::core
