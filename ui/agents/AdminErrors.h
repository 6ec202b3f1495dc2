#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QString>

namespace weav::ui {

// Failed agent and training data requests in words. The explanation of core::AdminErrorText comes
// first when it has one (a refused copilot operation, INVALID_AGENT, NO_URLS_PROVIDED ...), and
// ErrorText's general one otherwise.
class AdminErrors
{
    Q_DECLARE_TR_FUNCTIONS(weav::ui::AdminErrors)

public:
    // "<failure>: <why> <what to do>", e.g. failure = "Could not delete “Nova”".
    static QString describe(const core::ApiError &error, const QString &failure);
    // Why the request failed and what to do, as whole sentences.
    static QString reason(const core::ApiError &error);
};

} // namespace weav::ui
