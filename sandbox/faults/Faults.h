#pragma once

#include "SandboxConfig.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>

namespace weav::sandbox {

// The fault injector's decision for one request.
struct FaultDecision
{
    bool drop = false;
    bool error = false;
    int delayMs = 0;
};

// Deterministic faults: the decision for the n-th /v1 request depends only on the fault seed
// and n, so a client that sends its requests one after another sees the same faults every run.
// With concurrent clients the order of arrival, and so the assignment, may differ.
class FaultInjector
{
public:
    explicit FaultInjector(const SandboxConfig &config);

    FaultDecision next();

    // Changes the error and drop rates while the server runs (tests turn faults off to read the
    // true state, and on again).
    void setRates(double errorRate, double dropRate);
    std::pair<double, double> rates() const { return {m_errorRate.load(), m_dropRate.load()}; }

private:
    const SandboxConfig &m_config;
    std::atomic<double> m_errorRate;
    std::atomic<double> m_dropRate;
    std::atomic<quint64> m_sequence{0};
};

// splitmix64: a small, well-mixed hash used to turn (seed, sequence) into fault draws.
quint64 mix64(quint64 value);

struct RateDecision
{
    bool allowed = true;
    int limit = 0;
    int remaining = 0;
    int retryAfterSeconds = 0;
};

// A fixed one-minute window per token, as Laravel's throttle middleware counts.
class RateLimiter
{
public:
    explicit RateLimiter(int limitPerMinute) : m_limit(limitPerMinute) {}

    bool enabled() const { return m_limit > 0; }
    RateDecision hit(const QString &tokenId, qint64 nowMs);

private:
    struct Window
    {
        qint64 startMs = 0;
        int count = 0;
    };

    int m_limit;
    QMutex m_mutex;
    QHash<QString, Window> m_windows;
};

} // namespace weav::sandbox
