#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace weav::core {
struct TrainingItem;
}

namespace weav::ui {

// The console's display of a training item's processing status: an icon that differs per status
// and a text, so that neither colour nor the icon alone carries it.
class TrainingStatus
{
    Q_DECLARE_TR_FUNCTIONS(weav::ui::TrainingStatus)

public:
    static QIcon icon(const QString &status);
    // "Ready", "Processing", or "Failed: <error>" for a failed item.
    static QString text(const core::TrainingItem &item);
    // The size of a file as a person reads it ("12.4 kB"), or empty for a negative size.
    static QString sizeText(qint64 bytes);
};

} // namespace weav::ui
