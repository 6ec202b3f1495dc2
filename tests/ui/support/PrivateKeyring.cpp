#include "PrivateKeyring.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

namespace weav::ui::test {

namespace {

// Set in the child's environment, so that it runs its tests instead of starting another child.
const char childVariable[] = "WEAV_TEST_PRIVATE_KEYRING";

// $0 is the folder to use as HOME; the remaining arguments are the test binary and its arguments.
// The outer shell removes the folder when the session ends.
const char sessionScript[] =
    "home=$(mktemp -d -t weav-ui-keyring.XXXXXX) || exit 1\n"
    "trap 'rm -rf \"$home\"' EXIT\n"
    "export HOME=\"$home\" XDG_CONFIG_HOME=\"$home/.config\" XDG_CACHE_HOME=\"$home/.cache\"\n"
    "export XDG_DATA_HOME=\"$home/.local/share\" XDG_RUNTIME_DIR=\"$home/runtime\"\n"
    "mkdir -p \"$XDG_CONFIG_HOME\" \"$XDG_CACHE_HOME\" \"$XDG_DATA_HOME\" \"$XDG_RUNTIME_DIR\"\n"
    "chmod 700 \"$XDG_RUNTIME_DIR\"\n"
    "dbus-run-session -- bash -c '"
    "eval \"$(printf weav-ui-test | gnome-keyring-daemon --unlock --components=secrets)\" >/dev/null; "
    "exec \"$@\"' weav-ui-keyring \"$@\"\n";

} // namespace

bool needsPrivateKeyring()
{
    const char *bus = std::getenv("DBUS_SESSION_BUS_ADDRESS");
    const bool hasBus = bus && *bus;
    return !hasBus && !std::getenv(childVariable);
}

int runInPrivateKeyring(int argc, char **argv)
{
    std::fprintf(stderr, "No D-Bus session bus: running again inside a private gnome-keyring session.\n");
    std::fflush(stderr);

    const pid_t child = ::fork();
    if (child < 0)
        return 1;

    if (child == 0) {
        ::setenv(childVariable, "1", 1);
        std::vector<char *> arguments = {const_cast<char *>("bash"), const_cast<char *>("-c"),
                                         const_cast<char *>(sessionScript), const_cast<char *>("weav-ui-keyring")};
        for (int i = 0; i < argc; ++i)
            arguments.push_back(argv[i]);
        arguments.push_back(nullptr);
        ::execvp("bash", arguments.data());
        std::perror("bash");
        ::_exit(127);
    }

    int status = 0;
    if (::waitpid(child, &status, 0) < 0)
        return 1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

} // namespace weav::ui::test
