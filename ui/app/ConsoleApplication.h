#pragma once

namespace weav::ui {

// Parses the command line, connects (a profile, the demo workspace, or the connect dialog), shows
// the main window and runs the event loop. Returns the process exit code.
int runConsole(int argc, char **argv);

} // namespace weav::ui
