#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>

namespace weav::core {

// Explains the errors of the agent and training data endpoints in words for the person.
class AdminErrorText
{
    Q_DECLARE_TR_FUNCTIONS(weav::core::AdminErrorText)

public:
    // Returns what the error means here and what to do, for the codes these endpoints return
    // (FORBIDDEN on an agent, INVALID_AGENT, NO_URLS_PROVIDED ...) and for a token that cannot write.
    // Returns an empty string for any other error, for which ApiError::summary() is enough.
    static QString explain(const ApiError &error);
};

} // namespace weav::core
