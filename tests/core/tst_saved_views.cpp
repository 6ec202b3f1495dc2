// Not covered yet: two consoles saving views of one profile at the same moment.
#include "SandboxFixture.h"
#include "api/Endpoints.h"
#include "seed/SeedGenerator.h"
#include "store/Tokens.h"
#include "views/SavedView.h"
#include "views/ViewCounter.h"

#include <QSignalSpy>

#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace weav::core;

class TestSavedViews : public QObject
{
    Q_OBJECT

private slots:
    void fileRoundTripKeepsEverything();
    void linkRoundTripKeepsEverything();
    void linkSurvivesTextAndParsing();
    void rejectsForeignFilesAndLinks();
    void unknownQueryItemsAreReported();
    void storeKeepsViewsPerProfile();
    void storeReplacesByNameIgnoringCase();
    void countsEqualTheListTotals();

private:
    static SavedView sample();
};

SavedView TestSavedViews::sample()
{
    SavedView view;
    view.name = QStringLiteral("Urgent & chat – Ünïcode");
    view.filter.status = QStringLiteral("open");
    view.filter.priority = QStringLiteral("urgent,high");
    view.filter.channel = QStringLiteral("chat");
    view.filter.assigneeType = QStringLiteral("none");
    view.filter.tag = QStringLiteral("vip+gold");
    view.filter.text = QStringLiteral("refund 100% & more");
    view.filter.createdFrom = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    view.filter.createdTo = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    view.filter.isSpam = false;
    view.filter.setSort(ConversationFilter::SortKey::Priority, true);
    view.columns = {QStringLiteral("priority"), QStringLiteral("subject"), QStringLiteral("assignee")};
    return view;
}

void TestSavedViews::fileRoundTripKeepsEverything()
{
    QString error;
    const std::optional<SavedView> back = SavedView::fromFile(sample().toFile(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->name, sample().name);
    QCOMPARE(back->filter, sample().filter);
    QCOMPARE(back->columns, sample().columns);
}

void TestSavedViews::linkRoundTripKeepsEverything()
{
    const QUrl link = sample().toLink();
    QCOMPARE(link.scheme(), QStringLiteral("weav"));
    QCOMPARE(link.host(), QStringLiteral("view"));

    QString error;
    const std::optional<SavedView> back = SavedView::fromLink(link, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, sample());
}

void TestSavedViews::linkSurvivesTextAndParsing()
{
    const QString text = sample().toLink().toString(QUrl::FullyEncoded);
    QVERIFY(!text.contains(QLatin1Char(' ')));

    QString error;
    const std::optional<SavedView> back = SavedView::fromLink(QUrl(text, QUrl::StrictMode), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, sample());
}

void TestSavedViews::rejectsForeignFilesAndLinks()
{
    QString error;
    QVERIFY(!SavedView::fromFile("{\"name\":\"x\"}", &error));
    QVERIFY(error.contains(QLatin1String("not a Weav Console view")));

    QVERIFY(!SavedView::fromFile("not json", &error));
    QVERIFY(error.contains(QLatin1String("JSON")));

    QVERIFY(!SavedView::fromLink(QUrl(QStringLiteral("https://example.com/view?name=x")), &error));
    QVERIFY(error.contains(QLatin1String("weav://view")));

    SavedView unnamed = sample();
    unnamed.name = QStringLiteral("   ");
    QVERIFY(!SavedView::fromFile(unnamed.toFile(), &error));
    QVERIFY(error.contains(QLatin1String("no name")));

    QJsonObject newer = sample().toJson();
    newer.insert(QStringLiteral("version"), SavedView::FileVersion + 1);
    QVERIFY(!SavedView::fromJson(newer, &error));
    QVERIFY(error.contains(QLatin1String("newer version")));

    QJsonObject badColumn = sample().toJson();
    badColumn.insert(QStringLiteral("columns"), QJsonArray{QStringLiteral("secret")});
    QVERIFY(!SavedView::fromJson(badColumn, &error));
    QVERIFY(error.contains(QLatin1String("secret")));
}

void TestSavedViews::unknownQueryItemsAreReported()
{
    QStringList ignored;
    const ConversationFilter filter = SavedView::filterFromQuery(
        QUrlQuery(QStringLiteral("status=closed&colour=blue&sort=-size&created_from=yesterday")), &ignored);
    QCOMPARE(filter.status, QStringLiteral("closed"));
    QVERIFY(ignored.contains(QStringLiteral("colour")));
    QVERIFY(ignored.contains(QStringLiteral("sort")));
    QVERIFY(ignored.contains(QStringLiteral("created_from")));
    QVERIFY(!filter.createdFrom.isValid());
}

void TestSavedViews::storeKeepsViewsPerProfile()
{
    QTemporaryDir dir;
    SavedViewStore acme(QStringLiteral("acme"), dir.path());
    SavedViewStore globex(QStringLiteral("globex"), dir.path());
    QVERIFY(acme.save(sample()));

    QCOMPARE(acme.list().size(), 1);
    QCOMPARE(globex.list().size(), 0);

    SavedViewStore reopened(QStringLiteral("acme"), dir.path());
    QCOMPARE(reopened.list().value(0), sample());
}

void TestSavedViews::storeReplacesByNameIgnoringCase()
{
    QTemporaryDir dir;
    SavedViewStore store(QStringLiteral("acme"), dir.path());
    SavedView first = sample();
    first.name = QStringLiteral("Backlog");
    QVERIFY(store.save(first));

    SavedView second = first;
    second.name = QStringLiteral("  backlog ");
    second.filter.status = QStringLiteral("closed");
    QVERIFY(store.save(second));

    const QList<SavedView> views = store.list();
    QCOMPARE(views.size(), 1);
    QCOMPARE(views.first().name, QStringLiteral("backlog"));
    QCOMPARE(views.first().filter.status, QStringLiteral("closed"));

    QVERIFY(store.remove(QStringLiteral("BACKLOG")));
    QVERIFY(store.list().isEmpty());
    QVERIFY(!store.remove(QStringLiteral("backlog")));
}

void TestSavedViews::countsEqualTheListTotals()
{
    weav::sandbox::test::SandboxFixture server;
    QVERIFY(server.start(true));
    weav::sandbox::SeedOptions options;
    options.workspace = QStringLiteral("views");
    options.conversations = 250;
    QString error;
    QVERIFY2(weav::sandbox::seed::run(server.sandbox().database(), options, &error), qPrintable(error));
    const auto token = weav::sandbox::tokens::create(server.sandbox().database(), options.workspace, QStringLiteral("test"),
                                                     QStringLiteral("read"), std::nullopt, &error);
    QVERIFY(token);
    ApiClient client;
    client.setBaseUrl(server.baseUrl());
    client.setToken(token->plainText);

    QList<SavedView> views;
    for (const QString &query : {QStringLiteral("status=open"), QStringLiteral("status=closed&channel=chat"),
                                 QStringLiteral("priority=urgent,high"), QStringLiteral("assignee_type=none&status=open")}) {
        SavedView view;
        view.name = query;
        view.filter = SavedView::filterFromQuery(QUrlQuery(query));
        views.append(view);
    }

    ViewCounter counter(&client);
    QSignalSpy finished(&counter, &ViewCounter::finished);
    counter.refresh(views);
    QVERIFY(finished.wait(10000));

    for (const SavedView &view : views) {
        const qint64 listed = server.listAll(endpoints::conversations() + QLatin1Char('?') + view.name, token->plainText).size();
        const std::optional<ViewCount> count = counter.count(view.name);
        QVERIFY(count);
        QCOMPARE(count->total, listed);
        QVERIFY(count->takenAt.isValid());
    }
}

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_saved_views.moc"
