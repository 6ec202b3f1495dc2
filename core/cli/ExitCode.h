#pragma once

#include "api/ApiError.h"

namespace weav::core::cli {

// The exit status of weavctl. Scripts branch on these, so the numbers never change.
enum ExitCode : int {
    Success = 0,
    // Settings or the credential store could not be written or read for a reason other than a missing token.
    LocalFailure = 1,
    // A wrong command line, or a configuration that no request can fix (plain http to a remote host).
    Usage = 2,
    // No token, a token the server rejects (401), or a token without the ability (403).
    Authentication = 3,
    // The resource or the endpoint does not exist (404, 405).
    NotFound = 4,
    // The server rejected the request's values (400, 422 and other 4xx).
    Validation = 5,
    // No reply, a timeout, a 5xx, a 429 after the retries, or a reply that is not the expected JSON.
    NetworkOrServer = 6,
};

ExitCode exitCodeFor(const ApiError &error);

} // namespace weav::core::cli
