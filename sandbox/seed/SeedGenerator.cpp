#include "SeedGenerator.h"

#include "store/Database.h"
#include "store/Tokens.h"

namespace weav::sandbox::seed {

std::optional<int> conversationsForSize(const QString &size)
{
    if (size == QLatin1String("small"))
        return 2000;
    if (size == QLatin1String("medium"))
        return 20000;
    if (size == QLatin1String("large"))
        return 200000;
    bool ok = false;
    const int count = size.toInt(&ok);
    if (!ok || count < 0)
        return std::nullopt;
    return count;
}

std::optional<SeedSummary> run(Database &database, const SeedOptions &options, QString *)
{
    SeedSummary summary;
    summary.workspaceId = workspaces::ensure(database, options.workspace);
    return summary;
}

} // namespace weav::sandbox::seed
