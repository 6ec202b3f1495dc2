#pragma once

#include "api/Router.h"

#include <optional>

namespace weav::sandbox {

// The boundary parameter of a multipart/form-data Content-Type, or empty.
QByteArray multipartBoundary(const QByteArray &contentType);

// Splits a multipart/form-data body into parts; nullopt when the body is malformed.
std::optional<QList<MultipartPart>> parseMultipart(const QByteArray &body, const QByteArray &boundary);

} // namespace weav::sandbox
