#pragma once

// The HTTP types live in the core library; the sandbox uses them under its own namespace.
#include "net/HttpMessage.h"

namespace weav::sandbox {
using net::HttpRequest;
using net::HttpResponse;
using net::reasonPhrase;
} // namespace weav::sandbox
