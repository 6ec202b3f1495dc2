#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <span>
#include <vector>

namespace weav::sandbox::seed {

// The seed's random numbers: xoshiro256** seeded through splitmix64. The distributions are written
// out here instead of taken from <random>, because std::normal_distribution and its kin give
// different numbers in different standard libraries and the seed must not change with them.
class SeedRandom
{
public:
    explicit SeedRandom(quint64 seed);

    // An independent stream for one part of the seed, so that, for example, the team stays the
    // same when only the number of conversations changes.
    SeedRandom derive(QStringView purpose) const;

    quint64 next();

    // In [0, 1).
    double uniform();
    // In [0, bound), or 0 when bound <= 0.
    int below(int bound);
    // In [low, high], both included.
    int between(int low, int high);
    qint64 between(qint64 low, qint64 high);
    bool chance(double probability);

    // Standard normal, by the Box-Muller transform.
    double normal();
    // A log-normal value with the given median. Sigma is the standard deviation of its logarithm.
    double logNormal(double median, double sigma);

    // An index drawn in proportion to the weights, which need not sum to 1.
    int weighted(std::span<const double> weights);

    template<typename List>
    const auto &pick(const List &list)
    {
        return list[below(int(list.size()))];
    }

    // A version 4 UUID in lowercase 8-4-4-4-12 form, built from the stream.
    QString uuid();

private:
    quint64 m_seed = 0;
    std::array<quint64, 4> m_state{};
    double m_spareNormal = 0.0;
    bool m_hasSpareNormal = false;
};

// Draws indices in proportion to many fixed weights in O(log n) each, for lists too long for
// SeedRandom::weighted().
class WeightedIndex
{
public:
    void add(double weight);
    bool isEmpty() const { return m_cumulative.empty(); }
    int draw(SeedRandom &random) const;

private:
    std::vector<double> m_cumulative;
};

// FNV-1a over the UTF-8 bytes, for mixing names into seeds.
quint64 hashText(QStringView text);

} // namespace weav::sandbox::seed
