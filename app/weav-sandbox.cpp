#include "cli/SandboxCommand.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("weav-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WEAV_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    return weav::sandbox::runSandboxCommand(QCoreApplication::arguments(), out, err);
}
