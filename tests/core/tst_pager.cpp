// Pager against the sandbox and a scripted server: order, completeness, parallel fetching,
// bare pagination, limits and failures.
// Not covered here: a list that changes between pages (rows shifting across page bounds).

#include "SandboxFixture.h"
#include "api/Endpoints.h"
#include "api/Pager.h"
#include "http/HttpServer.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
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

// A page of a scripted list with meta: 10 items a page, and fewer on the last page.
HttpResponse scriptedPage(int page, int lastPage, int total)
{
    QJsonArray data;
    const int count = page < lastPage ? 10 : total - (lastPage - 1) * 10;
    for (int i = 0; i < count; ++i)
        data.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("p%1-%2").arg(page).arg(i)}});
    const QJsonObject meta{{QStringLiteral("last_page"), lastPage}, {QStringLiteral("total"), total}};
    return HttpResponse::json(200, {{QStringLiteral("data"), data}, {QStringLiteral("links"), QJsonObject()},
                                    {QStringLiteral("meta"), meta}});
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
        // Pages after the first take 1 s. Fetched one at a time, the server would have seen two
        // requests when the first slow reply arrives; fetched six at a time, exactly seven.
        QAtomicInt requests;
        HttpServer server([&requests](const HttpRequest &request) {
            requests.fetchAndAddOrdered(1);
            const int page = request.queryValue(QStringLiteral("page")).toInt();
            QJsonArray data;
            const int count = page < 12 ? 10 : 5;
            for (int i = 0; i < count; ++i)
                data.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("p%1-%2").arg(page).arg(i)}});
            const QJsonObject meta{{QStringLiteral("last_page"), 12}, {QStringLiteral("total"), 115}};
            HttpResponse response = HttpResponse::json(200, {{QStringLiteral("data"), data}, {QStringLiteral("links"), QJsonObject()},
                                                             {QStringLiteral("meta"), meta}});
            response.delayMs = page == 1 ? 0 : 1000;
            return response;
        }, 2);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        client.setToken(QStringLiteral("t"));
        Pager pager(&client, ApiRequest::get(endpoints::conversations()));
        pager.setPerPage(10);
        pager.setMaxParallel(6);

        int exchanges = 0;
        int requestsSeenAtFirstSlowReply = -1;
        connect(&client, &ApiClient::exchanged, this, [&] {
            if (++exchanges == 2)
                requestsSeenAtFirstSlowReply = requests.loadAcquire();
        });

        const Collected collected = runPager(pager);
        QVERIFY(collected.finished);
        QCOMPARE(collected.ids.size(), 115);
        QCOMPARE(collected.pages.size(), 12);
        QCOMPARE(requestsSeenAtFirstSlowReply, 7);
        QCOMPARE(collected.ids.first(), QStringLiteral("p1-0"));
        QCOMPARE(collected.ids.last(), QStringLiteral("p12-4"));
    }

    void waitingPagesComeOnePerPass()
    {
        // Page 2 is slow, so pages 3-6 arrive first and wait for it. Delivered together, they would
        // stall the receiver's thread for the time of parsing all of them.
        HttpServer server([](const HttpRequest &request) {
            const int page = request.queryValue(QStringLiteral("page")).toInt();
            HttpResponse response = scriptedPage(page, 6, 55);
            if (page == 2)
                response.delayMs = 300;
            return response;
        }, 2);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        client.setToken(QStringLiteral("t"));
        Pager pager(&client, ApiRequest::get(endpoints::conversations()));
        pager.setPerPage(10);
        pager.setMaxParallel(6);

        // A zero-interval timer fires once per event-loop pass, so its count numbers the passes.
        int pass = 0;
        QTimer passCounter;
        passCounter.setInterval(0);
        QObject::connect(&passCounter, &QTimer::timeout, [&pass] { ++pass; });
        passCounter.start();
        QList<int> passOfPage;
        QObject::connect(&pager, &Pager::pageReady, [&](int, const QJsonArray &, qint64) { passOfPage.append(pass); });

        const Collected collected = runPager(pager);
        QVERIFY(collected.finished);
        QCOMPARE(collected.pages, (QList<int>{1, 2, 3, 4, 5, 6}));
        QCOMPARE(collected.ids.size(), 55);
        for (int i = 1; i < passOfPage.size(); ++i)
            QVERIFY2(passOfPage[i] > passOfPage[i - 1], qPrintable(QStringLiteral("page %1 came in the pass of page %2").arg(i + 1).arg(i)));
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
