#pragma once

#include <QIcon>
#include <QString>

namespace weav::ui {

// An icon of the console's set, compiled from resources/icons/NAME.svg into ":/icons/NAME.svg".
// The set's slate stroke follows the application palette: lighter on a dark window colour, and the
// highlighted-text colour in QIcon::Selected mode. The state colours (green, red, amber) stay.
QIcon shellIcon(const QString &name);

// The application icon, the same drawing that the package installs into the hicolor icon theme.
inline QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/app/weav-console.svg"));
}

} // namespace weav::ui
