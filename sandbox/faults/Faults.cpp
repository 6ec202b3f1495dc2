#include "Faults.h"

namespace weav::sandbox {

quint64 mix64(quint64 value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

namespace {

double unitDraw(quint64 seed, quint64 sequence, quint64 stream)
{
    const quint64 bits = mix64(seed ^ mix64(sequence * 4 + stream));
    return double(bits >> 11) / double(1ULL << 53);
}

} // namespace

FaultInjector::FaultInjector(const SandboxConfig &config)
    : m_config(config)
    , m_errorRate(config.errorRate)
    , m_dropRate(config.dropRate)
{
}

void FaultInjector::setRates(double errorRate, double dropRate)
{
    m_errorRate.store(errorRate);
    m_dropRate.store(dropRate);
}

FaultDecision FaultInjector::next()
{
    const quint64 sequence = m_sequence.fetch_add(1);
    const quint64 seed = m_config.faultSeed;

    FaultDecision decision;
    const double dropRate = m_dropRate.load();
    const double errorRate = m_errorRate.load();
    decision.drop = dropRate > 0 && unitDraw(seed, sequence, 0) < dropRate;
    decision.error = !decision.drop && errorRate > 0 && unitDraw(seed, sequence, 1) < errorRate;

    if (m_config.latencyMaxMs > 0) {
        const int span = m_config.latencyMaxMs - m_config.latencyMinMs;
        decision.delayMs = m_config.latencyMinMs + int(unitDraw(seed, sequence, 2) * (span + 1));
        decision.delayMs = qMin(decision.delayMs, m_config.latencyMaxMs);
    }
    return decision;
}

RateDecision RateLimiter::hit(const QString &tokenId, qint64 nowMs)
{
    constexpr qint64 WindowMs = 60 * 1000;

    QMutexLocker lock(&m_mutex);
    Window &window = m_windows[tokenId];
    if (nowMs - window.startMs >= WindowMs) {
        window.startMs = nowMs - nowMs % WindowMs;
        window.count = 0;
    }

    RateDecision decision;
    decision.limit = m_limit;
    if (window.count >= m_limit) {
        decision.allowed = false;
        decision.remaining = 0;
        decision.retryAfterSeconds = int((window.startMs + WindowMs - nowMs + 999) / 1000);
        decision.retryAfterSeconds = qMax(1, decision.retryAfterSeconds);
        return decision;
    }

    ++window.count;
    decision.remaining = m_limit - window.count;
    return decision;
}

} // namespace weav::sandbox
