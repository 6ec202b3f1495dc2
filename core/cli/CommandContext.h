#pragma once

#include "CommandLine.h"
#include "ExitCode.h"
#include "OutputFormat.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

class QIODevice;
class QSettings;
class QTextStream;

namespace weav::core::cli {

// The inputs and outputs of one weavctl command: its parsed command line, the output and error
// streams, the environment, the settings with the profiles, and standard input for --token-stdin.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(weavctl)

public:
    CommandContext(const CommandLine &line, QTextStream &out, QTextStream &err, const QProcessEnvironment &env,
                   QSettings *settings, QIODevice *input);

    const CommandLine &line;
    QTextStream &out;
    QTextStream &err;
    const QProcessEnvironment &env;
    QSettings *settings;
    QIODevice *input;
    OutputFormat format = OutputFormat::Table;

    // The positional word at index, or an empty string.
    QString word(qsizetype index) const { return line.positionals().value(index); }

    // Writes "weavctl: <sentence>" to the error stream and returns code.
    int fail(ExitCode code, const QString &sentence);
    // Like fail() with Usage, followed by a pointer to --help.
    int usage(const QString &sentence);
    // Reports a failed request with its summary (what failed, HTTP status, code, request id) and
    // returns the exit code for it.
    int apiFailure(const ApiError &error);
    // Writes "weavctl: <sentence>" to the error stream as a note that does not end the command.
    void note(const QString &sentence);
};

} // namespace weav::core::cli
