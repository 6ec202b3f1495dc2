#pragma once

#include <QIcon>
#include <QString>

namespace weav::ui {

// An icon of the console's set, compiled from resources/icons/NAME.svg into ":/icons/NAME.svg".
inline QIcon shellIcon(const QString &name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

} // namespace weav::ui
