#pragma once

#include <QString>

#include <optional>

namespace weav::sandbox {

class Database;

struct SeedOptions
{
    QString workspace;
    // Number of conversations; the other record counts scale with it.
    int conversations = 2000;
    quint64 seed = 42;
    // "Now" for the seed: conversations fall in the 90 days before it. Defaults to the current time.
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
};

// Deterministic, realistic demo data: the same options give the same rows, ids included.
namespace seed {

// "small" ≈ 2,000 conversations, "medium" ≈ 20,000, "large" ≈ 200,000, or a plain number.
std::optional<int> conversationsForSize(const QString &size);

// Creates the workspace and fills it. Fails when the workspace already has data.
std::optional<SeedSummary> run(Database &database, const SeedOptions &options, QString *errorMessage);

} // namespace seed

} // namespace weav::sandbox
