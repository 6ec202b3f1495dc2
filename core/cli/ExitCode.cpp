#include "ExitCode.h"

namespace weav::core::cli {

namespace {

ExitCode exitCodeForStatus(int status)
{
    if (status == 401 || status == 403)
        return Authentication;
    if (status == 404 || status == 405)
        return NotFound;
    if (status == 429 || status >= 500)
        return NetworkOrServer;
    if (status >= 400)
        return Validation;
    return NetworkOrServer;
}

} // namespace

ExitCode exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return Success;
    case ApiError::Kind::Http:
        return exitCodeForStatus(error.httpStatus);
    case ApiError::Kind::Configuration:
        return Usage;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::InvalidResponse:
    case ApiError::Kind::Cancelled:
        return NetworkOrServer;
    }
    return NetworkOrServer;
}

} // namespace weav::core::cli
