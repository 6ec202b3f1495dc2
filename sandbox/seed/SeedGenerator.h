#pragma once

#include <QString>

#include <optional>

namespace weav::sandbox {

class Database;

struct SeedOptions
{
    QString workspace;
    // Number of conversations. The other record counts scale with it.
    int conversations = 2000;
    quint64 seed = 42;
    // "Now" for the seed, in ms since the epoch: conversations fall in the 90 days before it. 0 means
    // the current time rounded down to the hour, so that two seeds within the same hour are equal.
    qint64 nowMs = 0;
};

struct SeedSummary
{
    QString workspaceId;
    int users = 0;
    int agents = 0;
    int companies = 0;
    int customers = 0;
    int conversations = 0;
    int messages = 0;
    int trainingItems = 0;
    // The "now" the data was generated against: SeedOptions::nowMs, or the current hour.
    qint64 nowMs = 0;
};

// Deterministic, realistic demo data: the same options (seed, conversations, nowMs and workspace
// name) give the same rows, ids included, with the same C library. Another C library may round
// std::exp and std::log differently and so change some times and the choices that depend on them.
namespace seed {

// "small" ≈ 2,000 conversations, "medium" ≈ 20,000, "large" ≈ 200,000, or a plain number.
std::optional<int> conversationsForSize(const QString &size);

// Creates the workspace and fills it in one transaction. Returns nullopt with a message when the
// workspace already has data or a statement fails, and then writes nothing.
std::optional<SeedSummary> run(Database &database, const SeedOptions &options, QString *errorMessage);

} // namespace seed

} // namespace weav::sandbox
