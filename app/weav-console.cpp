#include "app/ConsoleApplication.h"

int main(int argc, char **argv)
{
    return weav::ui::runConsole(argc, argv);
}
