#pragma once

#include <QProcessEnvironment>
#include <QStringList>

class QIODevice;
class QSettings;
class QTextStream;

namespace weav::core::cli {

// Runs one weavctl command line (arguments without the program name) and returns its exit code.
// The codes are 0 success, 1 local failure (settings or credential store), 2 usage or
// configuration, 3 authentication or ability, 4 not found, 5 validation, 6 network or server.
// Data goes to out; errors, notes and, with --verbose, the weav.core log lines go to err.
// settings contains the profiles (nullptr: QSettings("weav-console", "weav-console")). input is read
// for --token-stdin (nullptr: the process's standard input, with the terminal's echo turned off).
int runWeavctl(const QStringList &arguments, QTextStream &out, QTextStream &err, const QProcessEnvironment &env,
               QSettings *settings = nullptr, QIODevice *input = nullptr);

} // namespace weav::core::cli
