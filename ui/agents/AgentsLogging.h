#pragma once

#include <QLoggingCategory>

namespace weav::ui {

// The Agents area: the list, the form and the training item counts.
Q_DECLARE_LOGGING_CATEGORY(lcAgents)

} // namespace weav::ui
