#pragma once

#include "CommandContext.h"
#include "api/ApiClient.h"

#include <QJsonArray>

#include <functional>

namespace weav::core::cli {

// How much of a list to fetch: one page of 15 by default, the first N items with --limit N, or
// every page with --all.
struct ListScope
{
    Q_DECLARE_TR_FUNCTIONS(weavctl)

public:
    static constexpr int DefaultRows = 15;

    bool all = false;
    qint64 limit = DefaultRows;
    bool limitGiven = false;

    static QList<OptionSpec> options();
    // Reads --limit and --all. Returns false with a sentence in *error when they are invalid.
    bool read(const CommandLine &line, QString *error);
};

struct FetchResult
{
    // Empty when the caller took the pages through onPage.
    QJsonArray items;
    qint64 delivered = 0;
    ApiError error;
};

// Fetches the list through the Pager and waits for the last page. Pages arrive in order, and are
// fetched in parallel when the first reply contains meta.last_page. With onPage set, each page goes
// there instead of into the result, so an export does not keep the whole list in memory.
FetchResult fetchList(ApiClient &client, const ApiRequest &request, const ListScope &scope,
                      const std::function<void(const QJsonArray &page)> &onPage = {});

} // namespace weav::core::cli
