#include "RetryPolicy.h"

#include <QRandomGenerator>

namespace weav::core {

bool RetryPolicy::isIdempotent(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE";
}

bool RetryPolicy::shouldRetry(const QByteArray &method, const ApiError &error, int attemptsSoFar) const
{
    if (attemptsSoFar >= maxAttempts || !isIdempotent(method) || !error.retryable)
        return false;
    if (error.retryAfterSeconds >= 0 && qint64(error.retryAfterSeconds) * 1000 > maxRetryAfterMs)
        return false;
    return true;
}

int RetryPolicy::delayMs(const ApiError &error, int attemptsSoFar, QRandomGenerator &random) const
{
    if (error.retryAfterSeconds >= 0)
        return qMin(error.retryAfterSeconds * 1000, maxRetryAfterMs);

    const int exponent = qBound(0, attemptsSoFar - 1, 20);
    const qint64 ceiling = qMin<qint64>(maxDelayMs, qint64(baseDelayMs) << exponent);
    if (ceiling <= 0)
        return 0;
    return int(random.bounded(ceiling + 1));
}

} // namespace weav::core
