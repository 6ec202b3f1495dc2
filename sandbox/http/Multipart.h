#pragma once

#include "net/Multipart.h"

namespace weav::sandbox {
using net::MultipartPart;
using net::multipartBoundary;
using net::parseMultipart;
} // namespace weav::sandbox
