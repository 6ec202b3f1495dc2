#pragma once

#include "CommandContext.h"

namespace weav::core::cli {

// `profiles add NAME --base-url URL [--allow-plain-http] [--token-stdin] [--file-store]`: saves the
// profile in the settings and, with --token-stdin, the first line of standard input as its token
// in the credential store. The first profile becomes the current one.
int runProfilesAdd(CommandContext &context);
// `profiles list`: name, base URL, plain-http permission, credential store, and which is current.
int runProfilesList(CommandContext &context);
// `profiles remove NAME`: removes the profile and its stored token.
int runProfilesRemove(CommandContext &context);

QList<OptionSpec> profilesAddOptions();

} // namespace weav::core::cli
