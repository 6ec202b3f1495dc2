#pragma once

#include <QStringList>

class QTextStream;

namespace weav::sandbox {

// The `weav-sandbox` command line: serve, seed and token create. Output goes to `out`, messages to
// `err`. serve runs the event loop until SIGINT/SIGTERM or --exit-after. Returns the exit code:
// 0 success, 1 failure, 2 usage.
int runSandboxCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace weav::sandbox
