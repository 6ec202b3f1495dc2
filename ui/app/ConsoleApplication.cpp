#include "ConsoleApplication.h"

#include <QApplication>

namespace weav::ui {

int runConsole(int argc, char **argv)
{
    QApplication app(argc, argv);
    return 0;
}

} // namespace weav::ui
