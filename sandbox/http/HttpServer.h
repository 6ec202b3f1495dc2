#pragma once

#include "http/HttpMessage.h"
#include "net/HttpServer.h"

namespace weav::sandbox {
using net::HttpServer;
} // namespace weav::sandbox
