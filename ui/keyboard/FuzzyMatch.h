#pragma once

#include <QString>

#include <optional>

namespace weav::ui {

// Subsequence matching for the command palette. Every character of the pattern must appear in the
// text in order, case-insensitively. A match scores one point per character, plus bonuses for a
// character that follows the previous match directly and for one that starts a word, minus the
// characters skipped before the first match, so that "asgn" ranks "Assign…" above "Show tags again".
namespace fuzzy {

constexpr int CharacterScore = 1;
constexpr int ConsecutiveBonus = 5;
constexpr int WordStartBonus = 8;
constexpr int MaxLeadingPenalty = 5;

// The score of the best match of pattern in text, or nullopt when the pattern is not a subsequence.
// An empty pattern matches every text with score 0.
std::optional<int> score(const QString &pattern, const QString &text);

} // namespace fuzzy

} // namespace weav::ui
