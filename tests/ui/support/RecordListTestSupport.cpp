#include "RecordListTestSupport.h"

#include "api/ApiClient.h"

#include <QJsonArray>

namespace weav::ui::test {

ServerPage readServerPage(core::ApiClient *client, const QString &path, const QUrlQuery &query)
{
    QUrlQuery params = query;
    params.addQueryItem(QStringLiteral("per_page"), QString::number(core::PagedListModel::DefaultPerPage));
    const core::ApiResponse response = client->sendAndWait(core::ApiRequest::get(path, params));

    ServerPage page;
    if (!response.ok())
        return page;

    const QJsonObject body = response.object();
    for (const QJsonValue &item : body.value(QStringLiteral("data")).toArray()) {
        page.items.append(item.toObject());
        page.ids.append(item.toObject().value(QStringLiteral("id")).toString());
    }
    page.total = body.value(QStringLiteral("meta")).toObject().value(QStringLiteral("total")).toInteger(-1);
    return page;
}

QString lastWriteRequest(core::ApiClient *client)
{
    const QList<core::ExchangeRecord> records = client->history()->records();
    for (auto it = records.crbegin(); it != records.crend(); ++it) {
        if (it->method != "GET")
            return QString::fromLatin1(it->method) + QLatin1Char(' ') + it->target;
    }
    return {};
}

int countWrites(const QSignalSpy &spy)
{
    int writes = 0;
    for (const QList<QVariant> &arguments : spy) {
        if (arguments.at(0).value<core::ExchangeRecord>().method != "GET")
            ++writes;
    }
    return writes;
}

bool waitForFirstPage(RecordListPanel *panel, const std::function<void()> &action, int timeoutMs)
{
    QSignalSpy shown(panel, &RecordListPanel::firstPageShown);
    action();
    return shown.count() > 0 || shown.wait(timeoutMs);
}

} // namespace weav::ui::test
