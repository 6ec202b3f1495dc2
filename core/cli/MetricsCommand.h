#pragma once

#include "CommandContext.h"

namespace weav::core::cli {

// `metrics --from DATE --to DATE --tz ZONE [--channel C]`: the support metrics of a period and of
// the one before it, computed from conversations as docs/metrics.md defines them.
int runMetrics(CommandContext &context);
QList<OptionSpec> metricsOptions();

} // namespace weav::core::cli
