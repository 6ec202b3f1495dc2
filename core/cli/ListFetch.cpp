#include "ListFetch.h"

#include "api/Pager.h"

#include <QEventLoop>

namespace weav::core::cli {

namespace {

// The API's largest page.
constexpr int MaxPerPage = 100;

void configurePager(Pager &pager, const ListScope &scope)
{
    if (scope.all) {
        pager.setPerPage(MaxPerPage);
        return;
    }
    if (!scope.limitGiven) {
        pager.setPerPage(ListScope::DefaultRows);
        pager.setSinglePage(true);
        return;
    }
    pager.setPerPage(int(qMin<qint64>(scope.limit, MaxPerPage)));
    pager.setLimit(scope.limit);
}

} // namespace

QList<OptionSpec> ListScope::options()
{
    return {{QStringLiteral("limit"), true}, {QStringLiteral("all"), false}};
}

bool ListScope::read(const CommandLine &line, QString *error)
{
    all = line.isSet(QStringLiteral("all"));
    limitGiven = line.isSet(QStringLiteral("limit"));
    if (all && limitGiven) {
        *error = tr("Give either --limit or --all, not both.");
        return false;
    }
    if (!limitGiven)
        return true;

    bool ok = false;
    limit = line.value(QStringLiteral("limit")).toLongLong(&ok);
    if (!ok || limit < 1) {
        *error = tr("The --limit value \"%1\" is not a positive whole number.").arg(line.value(QStringLiteral("limit")));
        return false;
    }
    return true;
}

FetchResult fetchList(ApiClient &client, const ApiRequest &request, const ListScope &scope,
                      const std::function<void(const QJsonArray &page)> &onPage)
{
    FetchResult result;
    Pager pager(&client, request);
    configurePager(pager, scope);

    QEventLoop loop;
    bool done = false;
    QObject::connect(&pager, &Pager::pageReady, &loop, [&](int, const QJsonArray &items, qint64) {
        result.delivered += items.size();
        if (onPage) {
            onPage(items);
            return;
        }
        for (const QJsonValue &item : items)
            result.items.append(item);
    });
    QObject::connect(&pager, &Pager::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QObject::connect(&pager, &Pager::failed, &loop, [&](const ApiError &error) {
        result.error = error;
        done = true;
        loop.quit();
    });

    pager.start();
    if (!done)
        loop.exec();
    return result;
}

} // namespace weav::core::cli
