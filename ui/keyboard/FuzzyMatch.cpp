#include "FuzzyMatch.h"

#include <QList>

#include <algorithm>
#include <limits>

namespace weav::ui::fuzzy {

namespace {

constexpr int NoMatch = std::numeric_limits<int>::min() / 2;

bool startsWord(const QString &text, qsizetype index)
{
    if (index == 0)
        return true;
    const QChar previous = text.at(index - 1);
    const QChar current = text.at(index);
    if (!previous.isLetterOrNumber())
        return true;
    return previous.isLower() && current.isUpper();
}

int bonusAt(const QString &text, qsizetype index, bool followsPrevious)
{
    int points = CharacterScore;
    if (followsPrevious)
        points += ConsecutiveBonus;
    if (startsWord(text, index))
        points += WordStartBonus;
    return points;
}

} // namespace

std::optional<int> score(const QString &pattern, const QString &text)
{
    const QString needle = pattern.simplified().remove(QLatin1Char(' ')).toCaseFolded();
    if (needle.isEmpty())
        return 0;
    const QString folded = text.toCaseFolded();
    const qsizetype n = needle.size();
    const qsizetype m = folded.size();
    if (n > m)
        return std::nullopt;

    // best[j]: the best score of the pattern's first i characters with character i-1 matched at
    // text position j. Dynamic programming over i keeps the best alignment, not the leftmost one.
    QList<int> best(m, NoMatch);
    for (qsizetype j = 0; j < m; ++j) {
        if (folded.at(j) == needle.at(0))
            best[j] = bonusAt(text, j, false) - int(std::min<qsizetype>(j, MaxLeadingPenalty));
    }

    for (qsizetype i = 1; i < n; ++i) {
        QList<int> next(m, NoMatch);
        int bestBefore = NoMatch; // the best of best[0 .. j-2]
        for (qsizetype j = 1; j < m; ++j) {
            if (j >= 2)
                bestBefore = std::max(bestBefore, best[j - 2]);
            if (folded.at(j) != needle.at(i))
                continue;
            const int afterGap = bestBefore == NoMatch ? NoMatch : bestBefore + bonusAt(text, j, false);
            const int adjacent = best[j - 1] == NoMatch ? NoMatch : best[j - 1] + bonusAt(text, j, true);
            next[j] = std::max(afterGap, adjacent);
        }
        best = std::move(next);
    }

    const int top = *std::max_element(best.cbegin(), best.cend());
    if (top == NoMatch)
        return std::nullopt;
    return top;
}

} // namespace weav::ui::fuzzy
