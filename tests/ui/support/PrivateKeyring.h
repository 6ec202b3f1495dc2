#pragma once

namespace weav::ui::test {

// Whether this process should run again inside a private keyring: no D-Bus session bus is set,
// and this is not already such a run.
bool needsPrivateKeyring();

// Runs this test binary again with the same arguments inside `dbus-run-session`, after
// `gnome-keyring-daemon --unlock --components=secrets` with a throwaway password, with a fresh
// HOME and XDG folders that are removed afterwards, as scripts/test does for the whole suite.
// Returns the child's exit code, or 1 when it could not start. Call from main() before the
// application object exists.
int runInPrivateKeyring(int argc, char **argv);

} // namespace weav::ui::test
