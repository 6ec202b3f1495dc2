// The inbox list against the demo workspace: filter bar, built-in views, server sort, debounced
// search, paging by scrolling, the assignee cell, the empty state and recovery from failed pages.
// Not covered yet: live updates from webhooks, the tag combo's suggestions, keyboard navigation of
// the table, and a server that ignores filters (the client-side filter is tested in tst_models).
#include "UiTestSupport.h"

#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "common/RelativeTime.h"
#include "demo/DemoWorkspace.h"
#include "inbox/AssigneeDelegate.h"
#include "inbox/BuiltInViews.h"
#include "inbox/ConversationPane.h"
#include "inbox/FilterBar.h"
#include "inbox/InboxView.h"
#include "live/InboxLiveUpdates.h"
#include "models/ConversationListModel.h"
#include "workspace/Session.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace weav;
using core::ConversationFilter;
using core::ConversationListModel;
using ui::BuiltInViews;
using ui::InboxView;

namespace {

constexpr int SeededConversations = 600;
constexpr int PageSize = core::PagedListModel::DefaultPerPage;

// The first page of GET /v1/conversations for a query, read straight from the server.
struct ServerPage
{
    QStringList ids;
    qint64 total = -1;
};

QStringList idsOf(const ConversationListModel *model, int count)
{
    QStringList ids;
    for (int row = 0; row < qMin(count, model->rowCount()); ++row)
        ids.append(model->rowAt(row).id);
    return ids;
}

// Chooses the item with this data the way a person does with the keyboard: the arrow keys move
// the current item and emit activated().
void chooseByKeyboard(QComboBox *box, const QVariant &data)
{
    const int target = box->findData(data);
    QVERIFY2(target >= 0, qPrintable(QStringLiteral("no item with data %1").arg(data.toString())));
    box->setFocus();
    for (int step = 0; box->currentIndex() != target && step < box->count(); ++step)
        QTest::keyClick(box, box->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(box->currentIndex(), target);
}

// The selected built-in view as an int, or -1 when none is selected.
int selectedView(const InboxView *inbox)
{
    const std::optional<BuiltInViews::View> view = inbox->views()->selectedView();
    return view ? int(*view) : -1;
}

void clickHeader(QTableView *table, int column)
{
    QHeaderView *header = table->horizontalHeader();
    const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
}

} // namespace

class TestInboxList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void filterBarUnassignedMatchesServer();
    void builtInViewMatchesServer_data();
    void builtInViewMatchesServer();
    void editingFilterBarDeselectsView();
    void headerClickSortsOnServer();
    void headerClickOnUnsortableColumnSendsNothing();
    void searchSendsOneRequestForFastTyping();
    void countLabelShowsLoadedOfTotal();
    void scrollingToBottomLoadsMorePages();
    void assigneeCellMarksAiAgents();
    void emptyStateOffersClearFilters();
    void dateRangeSendsLocalMidnightBounds();
    void dateRangeEndBeforeStartShowsFieldError();
    void failedPageShowsErrorAndRetryRecovers();
    void reachableAgainReloadsFailedList();
    void renewedTokenReloadsFailedList();
    void selectionFollowsRowAcrossUpsert();
    void openConversationFetchesRowNotLoaded();
    void relativeTimeFormatsPastAndFuture();

private:
    // A new inbox, shown offscreen, with its first page (the Open view) loaded.
    std::unique_ptr<InboxView> openInbox();
    bool waitForFirstPage(InboxView *inbox, const std::function<void()> &action);
    ServerPage serverPage(const QString &query, int page = 1);
    // The list requests sent since `since` (an index into the client's history).
    QStringList listRequestsSince(qsizetype since) const;
    qsizetype historySize() const;
    // Points the client at a closed port of 127.0.0.1, so that requests fail with "connection
    // refused" until restoreConnection().
    void breakConnection();
    void restoreConnection();
    // A new inbox showing the All view, with its first page loaded.
    std::unique_ptr<InboxView> openInboxOnAllView();

    QTemporaryDir m_dir;
    ui::DemoWorkspace m_demo;
    core::Session *m_session = nullptr;
};

void TestInboxList::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ui::DemoOptions options;
    options.conversations = SeededConversations;
    options.dataPath = m_dir.filePath(QStringLiteral("demo.sqlite"));

    QString error;
    QVERIFY2(m_demo.startAndWait(options, &error), qPrintable(error));
    m_session = m_demo.createSession(this);
    QVERIFY(m_session);
    QVERIFY(m_session->canWrite());
}

void TestInboxList::cleanup()
{
    m_session->client()->setRetryPolicy(core::RetryPolicy());
    m_session->setProbeIntervalMs(2000);
    restoreConnection();
}

std::unique_ptr<InboxView> TestInboxList::openInbox()
{
    auto inbox = std::make_unique<InboxView>(m_session);
    inbox->resize(1500, 820);
    QSignalSpy shown(inbox.get(), &InboxView::firstPageShown);
    inbox->show();
    if (!shown.wait(20000) && shown.isEmpty())
        return nullptr;
    // The table may page in more rows to fill its height: the tests start from a quiet list.
    if (!QTest::qWaitFor([&] { return !inbox->model()->isLoading(); }, 20000))
        return nullptr;
    return inbox;
}

bool TestInboxList::waitForFirstPage(InboxView *inbox, const std::function<void()> &action)
{
    QSignalSpy shown(inbox, &InboxView::firstPageShown);
    action();
    return shown.count() > 0 || shown.wait(20000);
}

ServerPage TestInboxList::serverPage(const QString &query, int pageNumber)
{
    QUrlQuery params(query);
    params.addQueryItem(QStringLiteral("page"), QString::number(pageNumber));
    params.addQueryItem(QStringLiteral("per_page"), QString::number(PageSize));
    const core::ApiResponse response =
        m_session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::conversations(), params));

    ServerPage page;
    if (!response.ok())
        return page;
    const QJsonObject body = response.object();
    for (const QJsonValue &item : body.value(QStringLiteral("data")).toArray())
        page.ids.append(item.toObject().value(QStringLiteral("id")).toString());
    page.total = body.value(QStringLiteral("meta")).toObject().value(QStringLiteral("total")).toInteger(-1);
    return page;
}

qsizetype TestInboxList::historySize() const
{
    return m_session->client()->history()->records().size();
}

QStringList TestInboxList::listRequestsSince(qsizetype since) const
{
    const QList<core::ExchangeRecord> records = m_session->client()->history()->records();
    QStringList targets;
    for (qsizetype i = since; i < records.size(); ++i) {
        if (records.at(i).target.startsWith(QLatin1String("/v1/conversations?")))
            targets.append(records.at(i).target);
    }
    return targets;
}

void TestInboxList::breakConnection()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    QUrl url = m_demo.baseUrl();
    url.setPort(closed.serverPort());
    closed.close();
    m_session->client()->setBaseUrl(url);
}

void TestInboxList::restoreConnection()
{
    m_session->client()->setBaseUrl(m_demo.baseUrl());
}

std::unique_ptr<InboxView> TestInboxList::openInboxOnAllView()
{
    std::unique_ptr<InboxView> inbox = openInbox();
    if (!inbox)
        return nullptr;
    QAbstractButton *all = inbox->views()->button(BuiltInViews::View::All);
    if (!waitForFirstPage(inbox.get(), [&] { QTest::mouseClick(all, Qt::LeftButton); }))
        return nullptr;
    if (!QTest::qWaitFor([&] { return !inbox->model()->isLoading(); }, 20000))
        return nullptr;
    return inbox;
}

void TestInboxList::filterBarUnassignedMatchesServer()
{
    std::unique_ptr<InboxView> inbox = openInbox();
    QVERIFY(inbox);
    QComboBox *assignee = inbox->filterBar()->assigneeBox();

    QVERIFY(waitForFirstPage(inbox.get(), [&] { chooseByKeyboard(assignee, QStringLiteral("none")); }));

    ConversationListModel *model = inbox->model();
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex cell = model->index(row, ConversationListModel::AssigneeColumn);
        QVERIFY2(cell.data(ConversationListModel::RawValueRole).toString().isEmpty(), qPrintable(model->rowAt(row).id));
        QCOMPARE(cell.data(ConversationListModel::AssigneeKindRole).toString(), QString());
    }

    const ServerPage expected = serverPage(QStringLiteral("status=open&assignee_type=none"));
    QVERIFY(expected.total > 0);
    QCOMPARE(model->totalCount(), expected.total);
    QCOMPARE(idsOf(model, PageSize), expected.ids);
}

void TestInboxList::builtInViewMatchesServer_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("mayBeEmpty");

    QTest::newRow("all") << int(BuiltInViews::View::All) << QString() << false;
    QTest::newRow("open") << int(BuiltInViews::View::Open) << QStringLiteral("status=open") << false;
    QTest::newRow("unassigned") << int(BuiltInViews::View::Unassigned) << QStringLiteral("status=open&assignee_type=none")
                                << false;
    QTest::newRow("urgent and high") << int(BuiltInViews::View::UrgentAndHigh)
                                     << QStringLiteral("status=open&priority=urgent,high") << false;
    QTest::newRow("handled by AI") << int(BuiltInViews::View::HandledByAi) << QStringLiteral("assignee_type=agent") << false;
    // The query gets updated_since from the view, checked separately below.
    QTest::newRow("closed in 7 days") << int(BuiltInViews::View::RecentlyClosed)
                                      << QStringLiteral("status=closed&sort=-updated_at") << true;
}

void TestInboxList::builtInViewMatchesServer()
{
    QFETCH(int, view);
    QFETCH(QString, query);
    QFETCH(bool, mayBeEmpty);

    std::unique_ptr<InboxView> inbox = openInbox();
    QVERIFY(inbox);
    const auto chosen = BuiltInViews::View(view);
    QAbstractButton *button = inbox->views()->button(chosen);
    QVERIFY(button);

    const QDateTime clickedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(waitForFirstPage(inbox.get(), [&] { QTest::mouseClick(button, Qt::LeftButton); }));
    QCOMPARE(selectedView(inbox.get()), int(chosen));

    ConversationListModel *model = inbox->model();
    if (chosen == BuiltInViews::View::RecentlyClosed) {
        const QDateTime since = model->filter().updatedSince;
        QVERIFY(qAbs(since.secsTo(clickedAt.addDays(-7))) < 60);
        query += QStringLiteral("&updated_since=") + core::formatTimestamp(since);
        QCOMPARE(inbox->table()->horizontalHeader()->sortIndicatorSection(), -1);
        ui::test::saveScreenshot(inbox.get(), QStringLiteral("inbox-view-recently-closed"));
    }

    const ServerPage expected = serverPage(query);
    QVERIFY(expected.total >= 0);
    if (!mayBeEmpty)
        QVERIFY(expected.total > 0);
    QCOMPARE(model->totalCount(), expected.total);
    QCOMPARE(idsOf(model, PageSize), expected.ids);

    if (chosen == BuiltInViews::View::UrgentAndHigh) {
        QCOMPARE(inbox->filterBar()->priorityBox()->currentText(), QStringLiteral("Urgent or high"));
        for (const core::Conversation &row : model->rows())
            QVERIFY(row.priority == QLatin1String("urgent") || row.priority == QLatin1String("high"));
        ui::test::saveScreenshot(inbox.get(), QStringLiteral("inbox-view-urgent-and-high"));
    }
}

void TestInboxList::editingFilterBarDeselectsView()
{
    std::unique_ptr<InboxView> inbox = openInbox();
    QVERIFY(inbox);
    QCOMPARE(selectedView(inbox.get()), int(BuiltInViews::View::Open));
    QCOMPARE(inbox->filterBar()->statusBox()->currentData().toString(), QStringLiteral("open"));

    QVERIFY(waitForFirstPage(inbox.get(), [&] { chooseByKeyboard(inbox->filterBar()->channelBox(), QStringLiteral("chat")); }));

    QCOMPARE(selectedView(inbox.get()), -1);
    QCOMPARE(inbox->model()->filter().status, QStringLiteral("open"));
    QCOMPARE(inbox->model()->filter().channel, QStringLiteral("chat"));
}

void TestInboxList::headerClickSortsOnServer()
{
    std::unique_ptr<InboxView> inbox = openInbox();
    QVERIFY(inbox);
    ConversationListModel *model = inbox->model();
    QTableView *table = inbox->table();

    qsizetype since = historySize();
    QVERIFY(waitForFirstPage(inbox.get(), [&] { clickHeader(table, ConversationListModel::PriorityColumn); }));
    QStringList sent = listRequestsSince(since);
    QCOMPARE(sent.size(), 1);
    QVERIFY2(sent.first().contains(QLatin1String("sort=-priority")), qPrintable(sent.first()));
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(ConversationListModel::PriorityColumn));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    for (int row = 1; row < model->rowCount(); ++row) {
        const int before = model->index(row - 1, 0).data(core::PagedListModel::SortRole).toInt();
        const int after = model->index(row, 0).data(core::PagedListModel::SortRole).toInt();
        QVERIFY2(before >= after, qPrintable(QStringLiteral("row %1").arg(row)));
    }

    since = historySize();
    QVERIFY(waitForFirstPage(inbox.get(), [&] { clickHeader(table, ConversationListModel::PriorityColumn); }));
    sent = listRequestsSince(since);
    QCOMPARE(sent.size(), 1);
    QVERIFY2(sent.first().contains(QLatin1String("sort=priority")), qPrintable(sent.first()));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    for (int row = 1; row < model->rowCount(); ++row) {
        const int before = model->index(row - 1, 0).data(core::PagedListModel::SortRole).toInt();
        const int after = model->index(row, 0).data(core::PagedListModel::SortRole).toInt();
        QVERIFY2(before <= after, qPrintable(QStringLiteral("row %1").arg(row)));
    }

    since = historySize();
    const int column = ConversationListModel::LastMessageColumn;
    QVERIFY(waitForFirstPage(inbox.get(), [&] { clickHeader(table, column); }));
    sent = listRequestsSince(since);
    QCOMPARE(sent.size(), 1);
    QVERIFY2(sent.first().contains(QLatin1String("sort=-last_message_at")), qPrintable(sent.first()));
    for (int row = 1; row < model->rowCount(); ++row) {
        const QVariant before = model->index(row - 1, column).data(core::PagedListModel::SortRole);
        const QVariant after = model->index(row, column).data(core::PagedListModel::SortRole);
        // A conversation without messages sorts last.
        QVERIFY2(!before.isValid() ? !after.isValid() : (!after.isValid() || before.toLongLong() >= after.toLongLong()),
                 qPrintable(QStringLiteral("row %1").arg(row)));
    }
}

void TestInboxList::headerClickOnUnsortableColumnSendsNothing()
{
    std::unique_ptr<InboxView> inbox = openInbox();
    QVERIFY(inbox);
    QTableView *table = inbox->table();
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(ConversationListModel::CreatedColumn));

    const qsizetype since = historySize();
    clickHeader(table, ConversationListModel::SubjectColumn);
    QCoreApplication::processEvents();

    QCOMPARE(listRequestsSince(since), QStringList());
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(ConversationListModel::CreatedColumn));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(inbox->model()->filter().sortKey, ConversationFilter::SortKey::CreatedAt);
}

void TestInboxList::searchSendsOneRequestForFastTyping()
{
    std::unique_ptr<InboxView> inbox = openInbox();
    QVERIFY(inbox);
    ConversationListModel *model = inbox->model();
    QVERIFY(model->rowCount() > 0);

    // A word of a subject that the open conversations have.
    const QString word = model->rowAt(0).subject.section(QLatin1Char(' '), 0, 0).left(6);
    QVERIFY(word.size() >= 3);

    const qsizetype since = historySize();
    QLineEdit *search = inbox->filterBar()->searchEdit();
    QSignalSpy shown(inbox.get(), &InboxView::firstPageShown);
    search->setFocus();
    QTest::keyClicks(search, word);
    // Nothing goes out while the person types.
    QCOMPARE(listRequestsSince(since), QStringList());
    QVERIFY(shown.wait(20000));

    // Past the debounce delay again, no second request follows.
    QTest::qWait(ui::FilterBar::EditDelayMs + 200);
    const QStringList sent = listRequestsSince(since);
    QCOMPARE(sent.size(), 1);
    const QUrlQuery sentQuery(QUrl(sent.first()).query());
    QCOMPARE(sentQuery.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), word);

    QVERIFY(model->rowCount() > 0);
    for (const core::Conversation &row : model->rows())
        QVERIFY2(row.subject.contains(word, Qt::CaseInsensitive), qPrintable(row.subject));
    QUrlQuery expected;
    expected.addQueryItem(QStringLiteral("status"), QStringLiteral("open"));
    expected.addQueryItem(QStringLiteral("q"), word);
    QCOMPARE(model->totalCount(), serverPage(expected.toString()).total);
}

void TestInboxList::countLabelShowsLoadedOfTotal()
{
    std::unique_ptr<InboxView> inbox = openInboxOnAllView();
    QVERIFY(inbox);
    const ServerPage expected = serverPage(QString());
    QVERIFY(expected.total > PageSize);

    const QLocale locale;
    QCOMPARE(inbox->countLabel()->text(),
             QStringLiteral("%1 of %2 conversations").arg(locale.toString(PageSize), locale.toString(expected.total)));
    QTRY_VERIFY(!inbox->loadingIndicator()->isVisible());
    ui::test::saveScreenshot(inbox.get(), QStringLiteral("inbox-open"));
}

void TestInboxList::scrollingToBottomLoadsMorePages()
{
    std::unique_ptr<InboxView> inbox = openInboxOnAllView();
    QVERIFY(inbox);
    ConversationListModel *model = inbox->model();
    QTableView *table = inbox->table();
    QCOMPARE(model->rowCount(), PageSize);

    const qsizetype since = historySize();
    for (int pages = 2; pages <= 3; ++pages) {
        QTRY_VERIFY(!model->isLoading());
        table->scrollToBottom();
        QTRY_COMPARE(model->rowCount(), pages * PageSize);
    }

    const QStringList sent = listRequestsSince(since);
    QCOMPARE(sent.size(), 2);
    QVERIFY2(sent.at(0).contains(QLatin1String("page=2")), qPrintable(sent.at(0)));
    QVERIFY2(sent.at(1).contains(QLatin1String("page=3")), qPrintable(sent.at(1)));
    QVERIFY(inbox->countLabel()->text().startsWith(QLocale().toString(3 * PageSize) + QLatin1String(" of ")));

    const QStringList thirdPage = serverPage(QString(), 3).ids;
    QCOMPARE(idsOf(model, 3 * PageSize).mid(2 * PageSize), thirdPage);
}

void TestInboxList::assigneeCellMarksAiAgents()
{
    std::unique_ptr<InboxView> inbox = openInbox();
    QVERIFY(inbox);
    ConversationListModel *model = inbox->model();

    // Teammates first: the Open view contains conversations assigned to people.
    int teammateRow = -1;
    for (int row = 0; row < model->rowCount() && teammateRow < 0; ++row) {
        if (model->rowAt(row).assigneeType == QLatin1String("user"))
            teammateRow = row;
    }
    QVERIFY(teammateRow >= 0);
    const QModelIndex teammateCell = model->index(teammateRow, ConversationListModel::AssigneeColumn);
    QTRY_VERIFY(teammateCell.data().toString() != QStringLiteral("…"));
    QVERIFY(!ui::AssigneeDelegate::cellText(teammateCell).startsWith(QLatin1String("AI")));
    QCOMPARE(ui::AssigneeDelegate::cellText(teammateCell), teammateCell.data().toString());

    QVERIFY(waitForFirstPage(inbox.get(),
                             [&] { QTest::mouseClick(inbox->views()->button(BuiltInViews::View::HandledByAi), Qt::LeftButton); }));
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex cell = model->index(row, ConversationListModel::AssigneeColumn);
        QCOMPARE(cell.data(ConversationListModel::AssigneeKindRole).toString(), QStringLiteral("agent"));
        QTRY_VERIFY(cell.data().toString() != QStringLiteral("…"));
        const QString text = ui::AssigneeDelegate::cellText(cell);
        QCOMPARE(text, QStringLiteral("AI · %1").arg(cell.data().toString()));
    }

    for (const core::Conversation &row : model->rows())
        QVERIFY2(row.isAssigned(), qPrintable(row.id));
    ui::test::saveScreenshot(inbox.get(), QStringLiteral("inbox-handled-by-ai"));
}

void TestInboxList::emptyStateOffersClearFilters()
{
    std::unique_ptr<InboxView> inbox = openInbox();
    QVERIFY(inbox);
    QVERIFY(!inbox->emptyState()->isVisible());

    QLineEdit *search = inbox->filterBar()->searchEdit();
    QVERIFY(waitForFirstPage(inbox.get(), [&] {
        QTest::keyClicks(search, QStringLiteral("no subject has this qzxj"));
        QTest::keyClick(search, Qt::Key_Return);
    }));

    QCOMPARE(inbox->model()->rowCount(), 0);
    QVERIFY(inbox->emptyState()->isVisible());
    QVERIFY(!inbox->table()->isVisible());
    const QList<QLabel *> labels = inbox->emptyState()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->text().startsWith(QLatin1String("No conversations match these filters"));
    }));
    QCOMPARE(inbox->countLabel()->text(), QStringLiteral("0 of 0 conversations"));
    ui::test::saveScreenshot(inbox.get(), QStringLiteral("inbox-empty"));

    auto *clear = inbox->emptyState()->findChild<QPushButton *>();
    QVERIFY(clear && clear->isVisible());
    QVERIFY(waitForFirstPage(inbox.get(), [&] { QTest::mouseClick(clear, Qt::LeftButton); }));

    QVERIFY(inbox->model()->rowCount() > 0);
    QVERIFY(!inbox->emptyState()->isVisible());
    QCOMPARE(search->text(), QString());
    QCOMPARE(selectedView(inbox.get()), int(BuiltInViews::View::All));
    QVERIFY(!inbox->model()->filter().hasFilters());
}

void TestInboxList::dateRangeSendsLocalMidnightBounds()
{
    std::unique_ptr<InboxView> inbox = openInbox();
    QVERIFY(inbox);
    ui::FilterBar *bar = inbox->filterBar();
    const QDate from = inbox->model()->rowAt(0).createdAt.toLocalTime().date().addDays(-3);
    const QDate to = from.addDays(2);

    const qsizetype since = historySize();
    QVERIFY(waitForFirstPage(inbox.get(), [&] {
        bar->createdFromEdit()->setDate(from);
        bar->createdToEdit()->setDate(to);
    }));

    // Both dates went out in one request, after the pause.
    const QStringList sent = listRequestsSince(since);
    QCOMPARE(sent.size(), 1);
    const ConversationFilter &filter = inbox->model()->filter();
    QCOMPARE(filter.createdFrom, from.startOfDay(Qt::LocalTime));
    QCOMPARE(filter.createdTo, to.addDays(1).startOfDay(Qt::LocalTime));
    const QUrlQuery sentQuery(QUrl(sent.first()).query());
    QCOMPARE(core::parseTimestamp(sentQuery.queryItemValue(QStringLiteral("created_from"), QUrl::FullyDecoded)),
             from.startOfDay(Qt::LocalTime));

    for (const core::Conversation &row : inbox->model()->rows()) {
        const QDate created = row.createdAt.toLocalTime().date();
        QVERIFY2(created >= from && created <= to, qPrintable(row.createdAt.toString(Qt::ISODate)));
    }
    QVERIFY(!bar->dateErrorLabel()->isVisible());
}

void TestInboxList::dateRangeEndBeforeStartShowsFieldError()
{
    std::unique_ptr<InboxView> inbox = openInbox();
    QVERIFY(inbox);
    ui::FilterBar *bar = inbox->filterBar();

    const qsizetype since = historySize();
    bar->createdFromEdit()->setDate(QDate(2024, 5, 10));
    bar->createdToEdit()->setDate(QDate(2024, 5, 2));
    QTest::qWait(ui::FilterBar::EditDelayMs + 200);

    QCOMPARE(listRequestsSince(since), QStringList());
    QVERIFY(bar->dateErrorLabel()->isVisible());
    QVERIFY2(bar->dateErrorLabel()->text().contains(QLatin1String("end date is before the start date")),
             qPrintable(bar->dateErrorLabel()->text()));
    // What the person picked stays in the fields.
    QCOMPARE(bar->createdToEdit()->date(), QDate(2024, 5, 2));

    QVERIFY(waitForFirstPage(inbox.get(), [&] { bar->createdToEdit()->setDate(QDate(2024, 5, 12)); }));
    QVERIFY(!bar->dateErrorLabel()->isVisible());
    QCOMPARE(listRequestsSince(since).size(), 1);
}

void TestInboxList::failedPageShowsErrorAndRetryRecovers()
{
    std::unique_ptr<InboxView> inbox = openInboxOnAllView();
    QVERIFY(inbox);
    ConversationListModel *model = inbox->model();
    QTRY_VERIFY(!model->isLoading());
    m_session->client()->setRetryPolicy(core::RetryPolicy::none());
    // The probe would reload the list by itself, but this test presses Retry.
    m_session->setProbeIntervalMs(60000);
    // So would the full re-sync of live updates once the server is reachable again.
    inbox->liveUpdates()->setEnabled(false);

    breakConnection();
    QSignalSpy failed(model, &core::PagedListModel::loadFailed);
    inbox->table()->scrollToBottom();
    QVERIFY(failed.wait(20000));

    QVERIFY(inbox->errorLine()->isVisible());
    const QString message = inbox->errorText()->text();
    QVERIFY2(message.startsWith(QLatin1String("Loading more conversations after row 50 failed.")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("GET /v1/conversations")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Check that the server is reachable, then press Retry.")), qPrintable(message));
    QVERIFY(inbox->retryButton()->isVisible());
    QCOMPARE(model->rowCount(), PageSize);
    ui::test::saveScreenshot(inbox.get(), QStringLiteral("inbox-error"));

    restoreConnection();
    QTest::mouseClick(inbox->retryButton(), Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), 2 * PageSize);
    QVERIFY(!inbox->errorLine()->isVisible());
    QVERIFY(!model->hasFailed());
}

void TestInboxList::reachableAgainReloadsFailedList()
{
    m_session->client()->setRetryPolicy(core::RetryPolicy::none());
    m_session->setProbeIntervalMs(100);
    breakConnection();

    auto inbox = std::make_unique<InboxView>(m_session);
    inbox->show();
    QSignalSpy failed(inbox->model(), &core::PagedListModel::loadFailed);
    QVERIFY(failed.wait(20000));
    QVERIFY(inbox->errorLine()->isVisible());
    QVERIFY(inbox->errorText()->text().startsWith(QLatin1String("Loading the conversations failed.")));
    QVERIFY(!inbox->emptyState()->isVisible());

    QSignalSpy shown(inbox.get(), &InboxView::firstPageShown);
    restoreConnection();
    QVERIFY(shown.wait(20000));
    QVERIFY(inbox->model()->rowCount() > 0);
    QVERIFY(!inbox->errorLine()->isVisible());
}

void TestInboxList::renewedTokenReloadsFailedList()
{
    std::unique_ptr<InboxView> inbox = openInboxOnAllView();
    QVERIFY(inbox);
    ConversationListModel *model = inbox->model();
    QTRY_VERIFY(!model->isLoading());

    const QString oldToken = m_demo.createToken();
    m_session->renewToken(oldToken);
    QVERIFY(m_demo.revokeToken(oldToken));

    QSignalSpy failed(model, &core::PagedListModel::loadFailed);
    inbox->table()->scrollToBottom();
    QVERIFY(failed.wait(20000));
    const QString message = inbox->errorText()->text();
    QVERIFY2(message.contains(QLatin1String("HTTP 401")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("enter a new token when asked")), qPrintable(message));

    m_session->renewToken(m_demo.createToken());
    QTRY_COMPARE(model->rowCount(), 2 * PageSize);
    QVERIFY(!inbox->errorLine()->isVisible());
}

void TestInboxList::selectionFollowsRowAcrossUpsert()
{
    std::unique_ptr<InboxView> inbox = openInbox();
    QVERIFY(inbox);
    ConversationListModel *model = inbox->model();
    QTableView *table = inbox->table();

    table->selectRow(2);
    const QString selectedId = model->rowAt(2).id;
    QCOMPARE(inbox->pane()->conversation()->id, selectedId);

    // An edit in the pane makes it older than row 10, so it moves below that row.
    core::Conversation edited = model->rowAt(2);
    edited.createdAt = model->rowAt(10).createdAt.addSecs(-1);
    emit inbox->pane()->conversationUpdated(edited);

    const int movedTo = model->rowOf(selectedId);
    QCOMPARE(movedTo, 10);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().first().row(), movedTo);

    // Closed, it leaves the Open view, and the pane keeps showing it.
    edited.status = QStringLiteral("closed");
    emit inbox->pane()->conversationUpdated(edited);
    QCOMPARE(model->rowOf(selectedId), -1);
    QCOMPARE(inbox->pane()->conversation()->id, selectedId);
    QVERIFY(table->selectionModel()->selectedRows().isEmpty());
}

void TestInboxList::openConversationFetchesRowNotLoaded()
{
    std::unique_ptr<InboxView> inbox = openInbox();
    QVERIFY(inbox);
    const ServerPage closed = serverPage(QStringLiteral("status=closed"));
    QVERIFY(!closed.ids.isEmpty());
    const QString id = closed.ids.first();
    QCOMPARE(inbox->model()->rowOf(id), -1);

    const qsizetype since = historySize();
    inbox->openConversation(id);
    QTRY_VERIFY(inbox->pane()->conversation() && inbox->pane()->conversation()->id == id);
    const QList<core::ExchangeRecord> records = m_session->client()->history()->records();
    QVERIFY(std::any_of(records.cbegin() + since, records.cend(), [&](const core::ExchangeRecord &record) {
        return record.target == core::endpoints::conversation(id);
    }));
    QVERIFY(inbox->table()->selectionModel()->selectedRows().isEmpty());

    // A loaded row is selected without a request.
    const QString loadedId = inbox->model()->rowAt(5).id;
    inbox->openConversation(loadedId);
    QCOMPARE(inbox->table()->selectionModel()->selectedRows().first().row(), 5);
    QCOMPARE(inbox->pane()->conversation()->id, loadedId);
}

void TestInboxList::relativeTimeFormatsPastAndFuture()
{
    const QDateTime now(QDate(2024, 3, 14), QTime(15, 0), Qt::LocalTime);
    QCOMPARE(ui::RelativeTime::format(now.addSecs(-20), now), QStringLiteral("just now"));
    QCOMPARE(ui::RelativeTime::format(now.addSecs(-5 * 60), now), QStringLiteral("5 min ago"));
    QCOMPARE(ui::RelativeTime::format(now.addSecs(-3 * 3600 - 60), now), QStringLiteral("3 h ago"));
    QCOMPARE(ui::RelativeTime::format(now.addSecs(-30 * 3600), now), QStringLiteral("yesterday"));
    QCOMPARE(ui::RelativeTime::format(now.addDays(-4), now), QStringLiteral("4 days ago"));
    QCOMPARE(ui::RelativeTime::format(now.addSecs(10 * 60), now), QStringLiteral("in 10 min"));
    QCOMPARE(ui::RelativeTime::format(QDateTime(), now), QString());
    QVERIFY(ui::RelativeTime::format(now.addDays(-20), now).contains(QLatin1String("Feb")));
    QVERIFY(ui::RelativeTime::format(now.addYears(-1), now).endsWith(QLatin1String("2023")));
    QVERIFY(ui::RelativeTime::exactText(now).startsWith(QLatin1String("2024-03-14T15:00:00")));
}

QTEST_MAIN(TestInboxList)
#include "tst_inbox_list.moc"
