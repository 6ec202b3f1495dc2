#include "CommandContext.h"

#include <QTextStream>

namespace weav::core::cli {

CommandContext::CommandContext(const CommandLine &line, QTextStream &out, QTextStream &err,
                               const QProcessEnvironment &env, QSettings *settings, QIODevice *input)
    : line(line), out(out), err(err), env(env), settings(settings), input(input)
{
}

int CommandContext::fail(ExitCode code, const QString &sentence)
{
    out.flush();
    err << "weavctl: " << sentence << '\n';
    err.flush();
    return code;
}

int CommandContext::usage(const QString &sentence)
{
    return fail(Usage, sentence + QLatin1Char(' ') + tr("Run weavctl --help for the commands and options."));
}

int CommandContext::apiFailure(const ApiError &error)
{
    return fail(exitCodeFor(error), error.summary());
}

void CommandContext::note(const QString &sentence)
{
    err << "weavctl: " << sentence << '\n';
    err.flush();
}

} // namespace weav::core::cli
