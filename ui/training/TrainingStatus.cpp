#include "TrainingStatus.h"

#include "models/TrainingListModel.h"
#include "shell/ShellIcons.h"
#include "types/TrainingItem.h"

#include <QLocale>

namespace weav::ui {

QIcon TrainingStatus::icon(const QString &status)
{
    if (status == QLatin1String("ready"))
        return shellIcon(QStringLiteral("check"));
    if (status == QLatin1String("failed"))
        return shellIcon(QStringLiteral("error"));
    if (status == QLatin1String("pending") || status == QLatin1String("processing"))
        return shellIcon(QStringLiteral("sync"));
    return shellIcon(QStringLiteral("info"));
}

QString TrainingStatus::text(const core::TrainingItem &item)
{
    const QString label = core::TrainingListModel::statusLabel(item.status);
    if (item.status == QLatin1String("failed") && !item.error.isEmpty())
        return tr("%1: %2").arg(label, item.error);
    return label;
}

QString TrainingStatus::sizeText(qint64 bytes)
{
    if (bytes < 0)
        return {};
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace weav::ui
