#include "SeedRandom.h"

#include <QByteArray>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace weav::sandbox::seed {

namespace {

quint64 splitMix(quint64 &state)
{
    state += 0x9e3779b97f4a7c15ULL;
    quint64 z = state;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 rotateLeft(quint64 value, int bits)
{
    return (value << bits) | (value >> (64 - bits));
}

} // namespace

quint64 hashText(QStringView text)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    const QByteArray bytes = text.toUtf8();
    for (const char byte : bytes) {
        hash ^= quint8(byte);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

SeedRandom::SeedRandom(quint64 seed) : m_seed(seed)
{
    quint64 state = seed;
    for (quint64 &word : m_state)
        word = splitMix(state);
}

SeedRandom SeedRandom::derive(QStringView purpose) const
{
    quint64 state = m_seed ^ hashText(purpose);
    return SeedRandom(splitMix(state));
}

quint64 SeedRandom::next()
{
    const quint64 result = rotateLeft(m_state[1] * 5, 7) * 9;
    const quint64 shifted = m_state[1] << 17;

    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= shifted;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

double SeedRandom::uniform()
{
    return double(next() >> 11) * 0x1.0p-53;
}

int SeedRandom::below(int bound)
{
    if (bound <= 0)
        return 0;
    // Lemire's multiply-shift: each result is off from 1/bound by at most 2^-32, which the seed can ignore.
    return int((quint64(quint32(next() >> 32)) * quint64(bound)) >> 32);
}

int SeedRandom::between(int low, int high)
{
    return low + below(high - low + 1);
}

qint64 SeedRandom::between(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    const quint64 span = quint64(high - low) + 1;
    return low + qint64(next() % span);
}

bool SeedRandom::chance(double probability)
{
    return uniform() < probability;
}

double SeedRandom::normal()
{
    if (m_hasSpareNormal) {
        m_hasSpareNormal = false;
        return m_spareNormal;
    }

    const double u1 = 1.0 - uniform();
    const double u2 = uniform();
    const double radius = std::sqrt(-2.0 * std::log(u1));
    const double angle = 2.0 * std::numbers::pi * u2;
    m_spareNormal = radius * std::sin(angle);
    m_hasSpareNormal = true;
    return radius * std::cos(angle);
}

double SeedRandom::logNormal(double median, double sigma)
{
    return median * std::exp(sigma * normal());
}

int SeedRandom::weighted(std::span<const double> weights)
{
    double total = 0.0;
    for (const double weight : weights)
        total += weight;

    double target = uniform() * total;
    for (size_t i = 0; i < weights.size(); ++i) {
        target -= weights[i];
        if (target < 0.0)
            return int(i);
    }
    return int(weights.size()) - 1;
}

QString SeedRandom::uuid()
{
    std::array<quint8, 16> bytes{};
    const quint64 high = next();
    const quint64 low = next();
    for (int i = 0; i < 8; ++i) {
        bytes[i] = quint8(high >> (56 - 8 * i));
        bytes[8 + i] = quint8(low >> (56 - 8 * i));
    }
    bytes[6] = quint8((bytes[6] & 0x0f) | 0x40);
    bytes[8] = quint8((bytes[8] & 0x3f) | 0x80);

    static constexpr char Hex[] = "0123456789abcdef";
    char text[36];
    int position = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text[position++] = '-';
        text[position++] = Hex[bytes[i] >> 4];
        text[position++] = Hex[bytes[i] & 0x0f];
    }
    return QString::fromLatin1(text, 36);
}

void WeightedIndex::add(double weight)
{
    const double previous = m_cumulative.empty() ? 0.0 : m_cumulative.back();
    m_cumulative.push_back(previous + std::max(weight, 0.0));
}

int WeightedIndex::draw(SeedRandom &random) const
{
    if (m_cumulative.empty())
        return -1;

    const double target = random.uniform() * m_cumulative.back();
    const auto found = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target);
    return int(std::min<std::ptrdiff_t>(found - m_cumulative.begin(), std::ptrdiff_t(m_cumulative.size()) - 1));
}

} // namespace weav::sandbox::seed
