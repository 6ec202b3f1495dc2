#pragma once

#include "ApiError.h"

#include <QByteArray>

class QRandomGenerator;

namespace weav::core {

// When and after how long a failed request is sent again. Only idempotent methods (GET, HEAD, PUT,
// DELETE) are retried, and only after a network error, a timeout, a 5xx or a 429; POST never is,
// because a lost reply does not tell whether the server acted. Delays are capped exponential
// backoff with full jitter (a uniform draw from 0 to min(maxDelay, baseDelay·2^(attempt-1))); a
// Retry-After header replaces the draw.
struct RetryPolicy
{
    int maxAttempts = 4;
    int baseDelayMs = 500;
    int maxDelayMs = 30000;
    // A Retry-After beyond this is not waited for; the error goes to the caller instead.
    int maxRetryAfterMs = 120000;

    static bool isIdempotent(const QByteArray &method);
    bool shouldRetry(const QByteArray &method, const ApiError &error, int attemptsSoFar) const;
    int delayMs(const ApiError &error, int attemptsSoFar, QRandomGenerator &random) const;

    static RetryPolicy none() { return RetryPolicy{1, 0, 0, 0}; }
};

} // namespace weav::core
