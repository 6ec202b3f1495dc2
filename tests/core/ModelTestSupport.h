#pragma once

// Helpers shared by the model tests: waiting for a model, reading its ids, and a scripted list
// server that pages fixed items with page, per_page, links and meta as Laravel does.

#include "http/HttpServer.h"
#include "models/PagedListModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QTest>

#include <functional>
#include <memory>

namespace weav::core::test {

// Waits until no page is in flight and no row is queued.
inline bool waitUntilIdle(const PagedListModel &model, int timeoutMs = 15000)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, timeoutMs);
}

// Calls fetchMore() until the model has every page, as a view that scrolls to the end does.
inline bool loadToEnd(PagedListModel &model, int maxPages = 5000)
{
    if (!waitUntilIdle(model))
        return false;
    for (int page = 0; page < maxPages && model.canFetchMore(); ++page) {
        model.fetchMore(QModelIndex());
        if (!waitUntilIdle(model))
            return false;
    }
    return model.isComplete();
}

inline QStringList modelIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(PagedListModel::IdRole).toString());
    return ids;
}

inline QStringList jsonIds(const QJsonArray &items)
{
    QStringList ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

// A tester that checks the model on every change, from the model's construction on. The model
// tests drive fetchMore() themselves, so the tester does not call it.
inline std::unique_ptr<QAbstractItemModelTester> attachTester(QAbstractItemModel *model)
{
    auto tester = std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester->setUseFetchMore(false);
    return tester;
}

// A local HTTP server whose replies a test scripts, recording every request target.
class ScriptedServer
{
public:
    using Respond = std::function<sandbox::HttpResponse(const sandbox::HttpRequest &)>;

    explicit ScriptedServer(Respond respond, int workers = 6) : m_respond(std::move(respond))
    {
        m_server = std::make_unique<sandbox::HttpServer>(
            [this](const sandbox::HttpRequest &request) {
                {
                    QMutexLocker lock(&m_mutex);
                    m_targets.append(QString::fromUtf8(request.target));
                }
                return m_respond(request);
            },
            workers);
    }

    bool listen() { return m_server->listen(QHostAddress::LocalHost, 0); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort())); }

    QStringList targets() const
    {
        QMutexLocker lock(&m_mutex);
        return m_targets;
    }

    // Requests whose path (without the query) is exactly `path`.
    int requestsTo(const QString &path) const
    {
        int count = 0;
        for (const QString &target : targets()) {
            if (target.section(QLatin1Char('?'), 0, 0) == path)
                ++count;
        }
        return count;
    }

    // Requests whose path starts with `prefix`.
    int requestsUnder(const QString &prefix) const
    {
        int count = 0;
        for (const QString &target : targets()) {
            if (target.startsWith(prefix))
                ++count;
        }
        return count;
    }

private:
    Respond m_respond;
    mutable QMutex m_mutex;
    QStringList m_targets;
    std::unique_ptr<sandbox::HttpServer> m_server;
};

// One page of `items` for the request's page and per_page, with Laravel's links and meta, or with
// both as {} (withMeta false) as in Weav's public reference.
inline sandbox::HttpResponse pageOf(const QJsonArray &items, const sandbox::HttpRequest &request, bool withMeta = true)
{
    const int page = qMax(1, request.queryValue(QStringLiteral("page")).toInt());
    const int perPageValue = request.queryValue(QStringLiteral("per_page")).toInt();
    const int perPage = perPageValue > 0 ? perPageValue : 15;
    const qsizetype first = qsizetype(page - 1) * perPage;

    QJsonArray data;
    for (qsizetype i = first; i < items.size() && i < first + perPage; ++i)
        data.append(items.at(i));

    const int lastPage = qMax(1, int((items.size() + perPage - 1) / perPage));
    QJsonObject links;
    QJsonObject meta;
    if (withMeta) {
        links = {{QStringLiteral("next"), page < lastPage ? QJsonValue(QStringLiteral("?page=%1").arg(page + 1)) : QJsonValue()}};
        meta = {{QStringLiteral("current_page"), page},
                {QStringLiteral("last_page"), lastPage},
                {QStringLiteral("per_page"), perPage},
                {QStringLiteral("total"), items.size()}};
    }
    return sandbox::HttpResponse::json(200, {{QStringLiteral("data"), data}, {QStringLiteral("links"), links}, {QStringLiteral("meta"), meta}});
}

} // namespace weav::core::test
