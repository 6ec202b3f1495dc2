// Pager against the sandbox and a scripted server: order, completeness, parallel fetching,
// bare pagination, limits and failures.
// Not covered here: a list that changes between pages (rows shifting across page bounds).

#include "SandboxFixture.h"
#include "api/Endpoints.h"
#include "api/Pager.h"
#include "http/HttpServer.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace weav::core;
using weav::sandbox::HttpRequest;
using weav::sandbox::HttpResponse;
using weav::sandbox::HttpServer;
using weav::sandbox::SandboxConfig;
using weav::sandbox::test::SandboxFixture;

namespace {

constexpr int CompanyCount = 103;

struct Collected
{
    QList<int> pages;
    QStringList ids;
    qint64 total = -2;
    bool finished = false;
    ApiError error;
};

Collected runPager(Pager &pager)
{
    Collected collected;
    QObject::connect(&pager, &Pager::pageReady, [&](int page, const QJsonArray &items, qint64 total) {
        collected.pages.append(page);
        collected.total = total;
        for (const QJsonValue &item : items)
            collected.ids.append(item.toObject().value(QStringLiteral("id")).toString());
    });
    QSignalSpy finished(&pager, &Pager::finished);
    QSignalSpy failed(&pager, &Pager::failed);
    pager.start();
    QElapsedTimer timer;
    timer.start();
    while (finished.isEmpty() && failed.isEmpty() && timer.elapsed() < 20000)
        QTest::qWait(5);
    collected.finished = !finished.isEmpty();
    if (!failed.isEmpty())
        collected.error = failed.first().first().value<ApiError>();
    return collected;
}

void fill(SandboxFixture &fixture)
{
    for (int i = 0; i < CompanyCount; ++i)
        fixture.insertRow(QStringLiteral("companies"), {{QStringLiteral("name"), QStringLiteral("Company %1").arg(i)},
                                                        {QStringLiteral("created_at"), 1700000000000LL + i * 1000}});
}

} // namespace

class PagerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(filled.start(true));
        fill(filled);

        SandboxConfig bareConfig;
        bareConfig.barePagination = true;
        bare = std::make_unique<SandboxFixture>(bareConfig);
        QVERIFY(bare->start(true));
        fill(*bare);
    }

    void allPagesInOrderWithMeta()
    {
        ApiClient client;
        client.setBaseUrl(filled.baseUrl());
        client.setToken(filled.writeToken);
        Pager pager(&client, ApiRequest::get(endpoints::companies()));
        pager.setPerPage(10);

        const Collected collected = runPager(pager);
        QVERIFY(collected.finished);
        QCOMPARE(collected.pages, (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
        QCOMPARE(collected.ids.size(), CompanyCount);
        QCOMPARE(QSet<QString>(collected.ids.cbegin(), collected.ids.cend()).size(), CompanyCount);
        QCOMPARE(collected.total, qint64(CompanyCount));
    }

    void matchesOneByOneOrder()
    {
        const QJsonArray expected = filled.listAll(QStringLiteral("/v1/companies"));
        ApiClient client;
        client.setBaseUrl(filled.baseUrl());
        client.setToken(filled.writeToken);
        Pager pager(&client, ApiRequest::get(endpoints::companies()));
        pager.setPerPage(7);

        const Collected collected = runPager(pager);
        QCOMPARE(collected.ids.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(collected.ids[i], expected[i].toObject().value(QStringLiteral("id")).toString());
    }

    void barePaginationPagesSequentially()
    {
        ApiClient client;
        client.setBaseUrl(bare->baseUrl());
        client.setToken(bare->writeToken);
        Pager pager(&client, ApiRequest::get(endpoints::companies()));
        pager.setPerPage(10);

        const Collected collected = runPager(pager);
        QVERIFY(collected.finished);
        QCOMPARE(collected.ids.size(), CompanyCount);
        QCOMPARE(collected.total, qint64(-1));
        QCOMPARE(collected.pages.last(), 11);
    }

    void exactMultipleEndsOnEmptyPage()
    {
        // "Company 1" matches Company 1, 10–19 and 100–102: 14 rows, two full pages of 7, so only the
        // empty third page tells that the list has ended.
        ApiClient client;
        client.setBaseUrl(bare->baseUrl());
        client.setToken(bare->writeToken);
        Pager pager(&client, ApiRequest::get(endpoints::companies(), QUrlQuery(QStringLiteral("q=Company%201"))));
        pager.setPerPage(7);

        const Collected collected = runPager(pager);
        QVERIFY(collected.finished);
        QCOMPARE(collected.ids.size(), 14);
    }

    void limitStopsEarly()
    {
        ApiClient client;
        client.setBaseUrl(filled.baseUrl());
        client.setToken(filled.writeToken);
        Pager pager(&client, ApiRequest::get(endpoints::companies()));
        pager.setPerPage(10);
        pager.setLimit(25);

        const Collected collected = runPager(pager);
        QVERIFY(collected.finished);
        QCOMPARE(collected.ids.size(), 25);
    }

    void singlePageFetchesOne()
    {
        ApiClient client;
        client.setBaseUrl(filled.baseUrl());
        client.setToken(filled.writeToken);
        Pager pager(&client, ApiRequest::get(endpoints::companies()));
        pager.setPerPage(10);
        pager.setFirstPage(3);
        pager.setSinglePage(true);

        const Collected collected = runPager(pager);
        QCOMPARE(collected.pages, QList<int>{3});
        QCOMPARE(collected.ids.size(), 10);
    }

    void emptyListFinishesWithOnePage()
    {
        ApiClient client;
        client.setBaseUrl(filled.baseUrl());
        client.setToken(filled.otherWorkspaceToken);
        Pager pager(&client, ApiRequest::get(endpoints::companies()));

        const Collected collected = runPager(pager);
        QVERIFY(collected.finished);
        QCOMPARE(collected.pages, QList<int>{1});
        QCOMPARE(collected.ids.size(), 0);
    }

    void parallelPagesOverlap()
    {
        // Every page takes 150 ms; 12 pages one after the other would take 1.8 s.
        HttpServer server([](const HttpRequest &request) {
            const int page = request.queryValue(QStringLiteral("page")).toInt();
            QJsonArray data;
            const int count = page < 12 ? 10 : 5;
            for (int i = 0; i < count; ++i)
                data.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("p%1-%2").arg(page).arg(i)}});
            const QJsonObject meta{{QStringLiteral("last_page"), 12}, {QStringLiteral("total"), 115}};
            HttpResponse response = HttpResponse::json(200, {{QStringLiteral("data"), data}, {QStringLiteral("links"), QJsonObject()},
                                                             {QStringLiteral("meta"), meta}});
            response.delayMs = 150;
            return response;
        }, 2);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        client.setToken(QStringLiteral("t"));
        Pager pager(&client, ApiRequest::get(endpoints::conversations()));
        pager.setPerPage(10);
        pager.setMaxParallel(6);

        QElapsedTimer timer;
        timer.start();
        const Collected collected = runPager(pager);
        QVERIFY(collected.finished);
        QCOMPARE(collected.ids.size(), 115);
        QCOMPARE(collected.pages.size(), 12);
        QVERIFY2(timer.elapsed() < 1200, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(collected.ids.first(), QStringLiteral("p1-0"));
        QCOMPARE(collected.ids.last(), QStringLiteral("p12-4"));
    }

    void failedPageStopsWithError()
    {
        HttpServer server([](const HttpRequest &request) {
            const int page = request.queryValue(QStringLiteral("page")).toInt();
            if (page == 3)
                return HttpResponse::json(404, {{QStringLiteral("error"), QStringLiteral("gone")}, {QStringLiteral("code"), QStringLiteral("RESOURCE_NOT_FOUND")}});
            QJsonArray data;
            for (int i = 0; i < 10; ++i)
                data.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("p%1-%2").arg(page).arg(i)}});
            return HttpResponse::json(200, {{QStringLiteral("data"), data}, {QStringLiteral("links"), QJsonObject()}, {QStringLiteral("meta"), QJsonObject()}});
        }, 2);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        client.setToken(QStringLiteral("t"));
        Pager pager(&client, ApiRequest::get(endpoints::conversations()));
        pager.setPerPage(10);

        const Collected collected = runPager(pager);
        QVERIFY(!collected.finished);
        QCOMPARE(collected.error.httpStatus, 404);
        QCOMPARE(collected.pages, (QList<int>{1, 2}));
    }

    void missingDataArrayIsInvalidResponse()
    {
        HttpServer server([](const HttpRequest &) { return HttpResponse::json(200, {{QStringLiteral("items"), QJsonArray()}}); }, 1);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        client.setToken(QStringLiteral("t"));
        Pager pager(&client, ApiRequest::get(endpoints::conversations()));

        const Collected collected = runPager(pager);
        QCOMPARE(collected.error.kind, ApiError::Kind::InvalidResponse);
    }

private:
    SandboxFixture filled;
    std::unique_ptr<SandboxFixture> bare;
};

QTEST_GUILESS_MAIN(PagerTest)
#include "tst_pager.moc"
