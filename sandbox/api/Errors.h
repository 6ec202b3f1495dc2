#pragma once

#include "http/HttpMessage.h"

namespace weav::sandbox {

// The contract's error envelope: {"error": message, "code": code, "errors": details}; code and
// details are left out when empty.
HttpResponse errorResponse(int status, const QString &message, const QString &code = {},
                           const QJsonObject &details = {});

// 404 RESOURCE_NOT_FOUND, for a missing id, an id that is not a UUID, or another workspace's id.
HttpResponse notFoundResponse();

// The Laravel validation body for one custom message at one field (a duplicate e-mail, say).
HttpResponse validationResponse(const QString &field, const QString &message);

} // namespace weav::sandbox
