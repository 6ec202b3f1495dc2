#pragma once

#include "workspace/ProfileStore.h"

#include <QObject>
#include <QString>

#include <functional>

class QMessageBox;
class QSettings;
class QWidget;

namespace weav::ui::profileChanges {

// The callback of remove() and rename(). Its error has no field (isError() is false) on success.
using Done = std::function<void(const core::ProfileError &error)>;

// Removes the profile's token and webhook secret from its credential store, then the profile from
// the settings. The profile stays when its token cannot be removed, because the profile list is the
// index of the keys in the credential store. done runs later, and not at all once context is gone.
void remove(QSettings *settings, const QString &name, QObject *context, Done done);

// Saves the profile under newName with its token, webhook secret and live-update preferences, and
// keeps it current when it was, then removes the old name. The old profile stays when the token
// cannot be copied. done runs later, and not at all once context is gone.
void rename(QSettings *settings, const QString &oldName, const QString &newName, QObject *context, Done done);

// Opens the "remove this profile?" question without blocking, and calls remove() when the person
// confirms. The box deletes itself when closed. Returns it.
QMessageBox *askRemoval(const QString &name, QWidget *parent, std::function<void()> remove);

} // namespace weav::ui::profileChanges
