#pragma once

#include <QLoggingCategory>

namespace weav::ui {

// The Training data area: the list, the preview, polling and bulk actions.
Q_DECLARE_LOGGING_CATEGORY(lcTraining)
// The upload wizard and its upload queue.
Q_DECLARE_LOGGING_CATEGORY(lcTrainingWizard)

} // namespace weav::ui
