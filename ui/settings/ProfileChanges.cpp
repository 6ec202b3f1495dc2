#include "ProfileChanges.h"

#include "connect/ProfileTokens.h"
#include "live/WebhookSecretAccess.h"
#include "settings/LiveUpdateSettings.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace weav::ui::profileChanges {

namespace {

Q_LOGGING_CATEGORY(lcProfileChanges, "weav.ui.settings.profiles")

class Text
{
    Q_DECLARE_TR_FUNCTIONS(weav::ui::ProfilesPage)
};

core::ProfileError errorAt(core::ProfileError::Field field, const QString &message)
{
    return {field, message};
}

// Copies the webhook secret, when one is stored, from one profile to the other. A secret that cannot
// be copied is logged only, because the receiver reports a missing secret where it is set.
void copyWebhookSecret(const core::Profile &from, const core::Profile &to, QObject *context, std::function<void()> next)
{
    webhookSecrets::read(from, context, [from, to, context, next](const core::CredentialResult &read) {
        if (!read.ok || read.secret.isEmpty()) {
            next();
            return;
        }
        webhookSecrets::write(to, read.secret, context, [from, context, next](const core::CredentialResult &written) {
            if (!written.ok) {
                qCWarning(lcProfileChanges).noquote() << "the webhook secret was not copied:" << written.error.message;
                next();
                return;
            }
            webhookSecrets::remove(from, context, [next](const core::CredentialResult &) { next(); });
        });
    });
}

// Writes the renamed profile to the settings, keeps it current when the old one was, and moves the
// live-update preferences. The old profile is removed last.
core::ProfileError replaceInSettings(QSettings *settings, const core::Profile &old, const core::Profile &renamed)
{
    core::ProfileStore store(settings);
    const bool wasCurrent = store.currentProfileName() == old.name;
    core::ProfileError failed = store.save(renamed);
    // remove() clears the current profile when it was the old one, so the new one is set after it.
    if (!failed.isError())
        failed = store.remove(old.name);
    if (!failed.isError() && wasCurrent)
        failed = store.setCurrentProfile(renamed.name);
    if (failed.isError())
        return failed;

    LiveUpdatePreferences::load(*settings, old.name).save(*settings, renamed.name);
    return {};
}

} // namespace

void remove(QSettings *settings, const QString &name, QObject *context, Done done)
{
    const std::optional<core::Profile> profile = core::ProfileStore(settings).find(name);
    if (!profile) {
        done(errorAt(core::ProfileError::Field::Name, Text::tr("There is no profile named \"%1\".").arg(name)));
        return;
    }

    profileTokens::remove(*profile, context, [settings, profile, context, done](const core::CredentialResult &result) {
        if (!result.ok) {
            done(errorAt(core::ProfileError::Field::CredentialStore,
                         Text::tr("The profile \"%1\" was kept because its token could not be removed. %2")
                             .arg(profile->name, result.error.message)));
            return;
        }
        webhookSecrets::remove(*profile, context, [settings, profile, done](const core::CredentialResult &secret) {
            if (!secret.ok)
                qCWarning(lcProfileChanges).noquote() << "the webhook secret was not removed:" << secret.error.message;
            const core::ProfileError failed = core::ProfileStore(settings).remove(profile->name);
            if (!failed.isError())
                qCInfo(lcProfileChanges).noquote() << "removed the profile" << profile->name << "and its token";
            done(failed);
        });
    });
}

void rename(QSettings *settings, const QString &oldName, const QString &newName, QObject *context, Done done)
{
    const core::ProfileStore store(settings);
    const std::optional<core::Profile> old = store.find(oldName);
    if (!old) {
        done(errorAt(core::ProfileError::Field::Name, Text::tr("There is no profile named \"%1\".").arg(oldName)));
        return;
    }

    core::Profile renamed = *old;
    renamed.name = newName;
    renamed = core::ProfileStore::normalized(renamed);
    if (renamed.name == old->name) {
        done({});
        return;
    }
    if (const core::ProfileError invalid = core::ProfileStore::validate(renamed); invalid.isError()) {
        done(invalid);
        return;
    }
    if (store.find(renamed.name)) {
        done(errorAt(core::ProfileError::Field::Name,
                     Text::tr("A profile named \"%1\" exists already. Choose another name.").arg(renamed.name)));
        return;
    }

    profileTokens::read(*old, context, [settings, old = *old, renamed, context, done](const core::CredentialResult &token) {
        if (!token.ok) {
            done(errorAt(core::ProfileError::Field::CredentialStore,
                         Text::tr("The profile was not renamed because its token could not be read. %1")
                             .arg(token.error.message)));
            return;
        }
        profileTokens::write(renamed, token.secret, context, [settings, old, renamed, context, done](const core::CredentialResult &written) {
            if (!written.ok) {
                done(errorAt(core::ProfileError::Field::CredentialStore,
                             Text::tr("The profile was not renamed because the token could not be stored. %1")
                                 .arg(written.error.message)));
                return;
            }
            copyWebhookSecret(old, renamed, context, [settings, old, renamed, context, done] {
                const core::ProfileError failed = replaceInSettings(settings, old, renamed);
                if (failed.isError()) {
                    done(failed);
                    return;
                }
                qCInfo(lcProfileChanges).noquote() << "renamed the profile" << old.name << "to" << renamed.name;
                profileTokens::remove(old, context, [done](const core::CredentialResult &) { done({}); });
            });
        });
    });
}

QMessageBox *askRemoval(const QString &name, QWidget *parent, std::function<void()> remove)
{
    auto *box = new QMessageBox(QMessageBox::Question, Text::tr("Remove Profile"),
                                Text::tr("Remove the profile \"%1\"?").arg(name), QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("removeProfileConfirmation"));
    box->setInformativeText(Text::tr("Its token is removed from the keychain as well. The workspace itself and the "
                                     "token's validity on the server do not change."));
    QPushButton *removeButton = box->addButton(Text::tr("Remove"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [removeButton, remove](QAbstractButton *button) {
        if (button == removeButton)
            remove();
    });
    box->open();
    return box;
}

} // namespace weav::ui::profileChanges
