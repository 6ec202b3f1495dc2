#include "cli/WeavctlCommand.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("weavctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WEAV_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    return weav::core::cli::runWeavctl(arguments, out, err, QProcessEnvironment::systemEnvironment());
}
