// Saved views in the inbox against the demo workspace. The tests save the inbox's filters, sort and
// visible columns and apply the view again. They export a view to a file and import it into another
// store, open weav://view links, compare the sidebar's counts with the list, and check how invalid
// files and links are explained.
// Not covered yet: the export and import file dialogs (the tests call the actions they run), the
// delete confirmation box, and counts refreshed by the timer.
#include "UiTestSupport.h"

#include "app/ConsoleApplication.h"
#include "demo/DemoWorkspace.h"
#include "inbox/BuiltInViews.h"
#include "inbox/FilterBar.h"
#include "inbox/InboxView.h"
#include "models/ConversationListModel.h"
#include "views/TextFieldDialog.h"
#include "views/ViewsSidebar.h"
#include "workspace/Session.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace weav;
using core::ConversationFilter;
using core::ConversationListModel;
using core::SavedView;
using ui::BuiltInViews;
using ui::InboxView;
using ui::ViewsSidebar;

namespace {

constexpr int SeededConversations = 400;
constexpr int WaitMs = 20000;

// An inbox with the views sidebar beside it, as the main window shows them.
struct InboxWithViews
{
    std::unique_ptr<QWidget> page;
    InboxView *inbox = nullptr;
    ViewsSidebar *sidebar = nullptr;
};

// The total of an "N of TOTAL conversations" count label, or -1.
qint64 totalOfCountLabel(const InboxView *inbox)
{
    static const QRegularExpression pattern(QStringLiteral("of ([0-9,.\\s]+) conversations"));
    const QRegularExpressionMatch match = pattern.match(inbox->countLabel()->text());
    if (!match.hasMatch())
        return -1;
    QString digits = match.captured(1);
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    return digits.toLongLong();
}

// The number before " · " in a sidebar count text, or -1.
qint64 numberOfCountText(const QString &text)
{
    QString digits = text.section(QStringLiteral(" · "), 0, 0);
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    return digits.isEmpty() ? -1 : digits.toLongLong();
}

void chooseByKeyboard(QComboBox *box, const QVariant &data)
{
    const int target = box->findData(data);
    QVERIFY2(target >= 0, qPrintable(QStringLiteral("no item with data %1").arg(data.toString())));
    box->setFocus();
    for (int step = 0; box->currentIndex() != target && step < box->count(); ++step)
        QTest::keyClick(box, box->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(box->currentIndex(), target);
}

void clickHeader(QTableView *table, int column)
{
    QHeaderView *header = table->horizontalHeader();
    const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
}

// Opens the header's context menu and unticks the column titled `title`.
void hideColumnByMenu(QTableView *table, const QString &title)
{
    bool found = false;
    QTimer::singleShot(0, table, [&found, title] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            if (action->text() == title && action->isChecked()) {
                found = true;
                action->trigger();
            }
        }
        menu->close();
    });
    QHeaderView *header = table->horizontalHeader();
    emit header->customContextMenuRequested(QPoint(10, header->height() / 2));
    QVERIFY2(found, qPrintable(QStringLiteral("no ticked column \"%1\" in the header menu").arg(title)));
}

void clickItem(QTreeWidget *tree, QTreeWidgetItem *item)
{
    QVERIFY(item);
    const QRect rect = tree->visualItemRect(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class TestSavedViewsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void saveDialogValidatesNameAtField();
    void savedViewRestoresFiltersSortAndColumns();
    void renameAndDeleteUpdateList();
    void exportedFileImportsIntoAnotherStore();
    void copiedLinkOpensSameView();
    void linkOfUnsavedViewOffersSaving();
    void sidebarCountEqualsListTotal();
    void invalidFilesAreExplained_data();
    void invalidFilesAreExplained();
    void invalidLinkIsExplained();
    void commandLineAcceptsViewLink();

private:
    InboxWithViews openInbox(const QString &storeDirectory);
    bool waitForFirstPage(InboxView *inbox, const std::function<void()> &action);
    // Saves the inbox's current state through the Save View dialog.
    void saveThroughDialog(ViewsSidebar *sidebar, const QString &name);
    // Filters the inbox to high priority, sorts by priority ascending and hides Channel and Tags.
    void customiseInbox(InboxView *inbox);

    QTemporaryDir m_dir;
    ui::DemoWorkspace m_demo;
    core::Session *m_session = nullptr;
    QString m_storeDirectory;
    int m_storeNumber = 0;
};

void TestSavedViewsUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ui::DemoOptions options;
    options.conversations = SeededConversations;
    options.dataPath = m_dir.filePath(QStringLiteral("demo.sqlite"));

    QString error;
    QVERIFY2(m_demo.startAndWait(options, &error), qPrintable(error));
    m_session = m_demo.createSession(this);
    QVERIFY(m_session);
}

void TestSavedViewsUi::init()
{
    m_storeDirectory = m_dir.filePath(QStringLiteral("views-%1").arg(++m_storeNumber));
}

InboxWithViews TestSavedViewsUi::openInbox(const QString &storeDirectory)
{
    InboxWithViews result;
    result.page = std::make_unique<QWidget>();
    auto *layout = new QHBoxLayout(result.page.get());
    result.inbox = new InboxView(m_session);
    result.sidebar = new ViewsSidebar(m_session, result.inbox, storeDirectory);
    layout->addWidget(result.sidebar);
    layout->addWidget(result.inbox, 1);
    result.page->resize(1700, 860);

    QSignalSpy shown(result.inbox, &InboxView::firstPageShown);
    result.page->show();
    if (shown.isEmpty() && !shown.wait(WaitMs))
        return {};
    if (!QTest::qWaitFor([&] { return !result.inbox->model()->isLoading(); }, WaitMs))
        return {};
    return result;
}

bool TestSavedViewsUi::waitForFirstPage(InboxView *inbox, const std::function<void()> &action)
{
    QSignalSpy shown(inbox, &InboxView::firstPageShown);
    action();
    return (shown.count() > 0 || shown.wait(WaitMs)) && QTest::qWaitFor([&] { return !inbox->model()->isLoading(); }, WaitMs);
}

void TestSavedViewsUi::saveThroughDialog(ViewsSidebar *sidebar, const QString &name)
{
    sidebar->promptSaveView();
    auto *dialog = sidebar->findChild<ui::TextFieldDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->lineEdit(), name);
    QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!sidebar->findChild<ui::TextFieldDialog *>());
}

void TestSavedViewsUi::customiseInbox(InboxView *inbox)
{
    QVERIFY(waitForFirstPage(inbox, [&] { chooseByKeyboard(inbox->filterBar()->priorityBox(), QStringLiteral("high")); }));
    // The first click on Priority sorts most severe first, the second reverses.
    QVERIFY(waitForFirstPage(inbox, [&] { clickHeader(inbox->table(), ConversationListModel::PriorityColumn); }));
    QVERIFY(waitForFirstPage(inbox, [&] { clickHeader(inbox->table(), ConversationListModel::PriorityColumn); }));
    hideColumnByMenu(inbox->table(), QStringLiteral("Channel"));
    hideColumnByMenu(inbox->table(), QStringLiteral("Tags"));

    QCOMPARE(inbox->model()->filter().priority, QStringLiteral("high"));
    QCOMPARE(inbox->model()->filter().sortKey, ConversationFilter::SortKey::Priority);
    QCOMPARE(inbox->model()->filter().descending, false);
    QVERIFY(inbox->table()->isColumnHidden(ConversationListModel::ChannelColumn));
}

void TestSavedViewsUi::saveDialogValidatesNameAtField()
{
    InboxWithViews shown = openInbox(m_storeDirectory);
    QVERIFY(shown.inbox);
    QVERIFY(shown.sidebar->saveCurrentView(QStringLiteral("Mine")));

    shown.sidebar->promptSaveView();
    auto *dialog = shown.sidebar->findChild<ui::TextFieldDialog *>();
    QVERIFY(dialog);
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog->errorText().isEmpty());

    QTest::keyClicks(dialog->lineEdit(), QStringLiteral("mine"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(dialog->errorText().contains(QStringLiteral("exists")), qPrintable(dialog->errorText()));

    dialog->lineEdit()->setText(QString(SavedView::MaxNameLength + 1, QLatin1Char('x')));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(dialog->errorText().contains(QString::number(SavedView::MaxNameLength)), qPrintable(dialog->errorText()));

    dialog->lineEdit()->setText(QStringLiteral("Mine too"));
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog->errorText().isEmpty());
    dialog->reject();
}

void TestSavedViewsUi::savedViewRestoresFiltersSortAndColumns()
{
    InboxWithViews shown = openInbox(m_storeDirectory);
    QVERIFY(shown.inbox);
    InboxView *inbox = shown.inbox;
    customiseInbox(inbox);
    const ConversationFilter customised = inbox->model()->filter();

    saveThroughDialog(shown.sidebar, QStringLiteral("High, least severe first"));
    const std::optional<SavedView> saved = shown.sidebar->store().find(QStringLiteral("High, least severe first"));
    QVERIFY(saved);
    QCOMPARE(saved->filter, customised);
    QVERIFY(!saved->columns.contains(QStringLiteral("channel")));
    QVERIFY(!saved->columns.contains(QStringLiteral("tags")));
    QVERIFY(saved->columns.contains(QStringLiteral("subject")));

    // Another view changes filters, sort and columns.
    QVERIFY(waitForFirstPage(inbox, [&] { clickItem(shown.sidebar->tree(), shown.sidebar->itemOf(BuiltInViews::View::All)); }));
    QVERIFY(inbox->model()->filter().priority.isEmpty());
    QVERIFY(!inbox->table()->isColumnHidden(ConversationListModel::ChannelColumn));

    QVERIFY(waitForFirstPage(inbox, [&] {
        clickItem(shown.sidebar->tree(), shown.sidebar->itemOf(QStringLiteral("High, least severe first")));
    }));
    QCOMPARE(inbox->model()->filter(), saved->filter);
    QCOMPARE(inbox->model()->filter().toQuery().toString(), saved->filter.toQuery().toString());
    QCOMPARE(inbox->filterBar()->priorityBox()->currentData().toString(), QStringLiteral("high"));
    QCOMPARE(inbox->table()->horizontalHeader()->sortIndicatorSection(), int(ConversationListModel::PriorityColumn));
    QCOMPARE(inbox->table()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    QVERIFY(inbox->table()->isColumnHidden(ConversationListModel::ChannelColumn));
    QVERIFY(inbox->table()->isColumnHidden(ConversationListModel::TagsColumn));
    QVERIFY(!inbox->table()->isColumnHidden(ConversationListModel::SubjectColumn));
    QCOMPARE(inbox->currentView().columns, saved->columns);
    QVERIFY(!inbox->views()->selectedView());
    for (int row = 0; row < inbox->model()->rowCount(); ++row)
        QCOMPARE(inbox->model()->rowAt(row).priority, QStringLiteral("high"));
    ui::test::saveScreenshot(shown.page.get(), QStringLiteral("saved-views-sidebar"));
}

void TestSavedViewsUi::renameAndDeleteUpdateList()
{
    InboxWithViews shown = openInbox(m_storeDirectory);
    QVERIFY(shown.inbox);
    QVERIFY(shown.sidebar->saveCurrentView(QStringLiteral("First")));
    QVERIFY(shown.sidebar->saveCurrentView(QStringLiteral("Second")));
    const SavedView first = *shown.sidebar->store().find(QStringLiteral("First"));

    // A rename onto another view's name is refused, and both stay.
    QVERIFY(!shown.sidebar->renameView(QStringLiteral("First"), QStringLiteral("second")));
    QVERIFY2(shown.sidebar->messageText().contains(QStringLiteral("exists")), qPrintable(shown.sidebar->messageText()));
    QCOMPARE(shown.sidebar->store().list().size(), 2);

    QVERIFY(shown.sidebar->renameView(QStringLiteral("First"), QStringLiteral("Renamed")));
    QVERIFY(!shown.sidebar->store().find(QStringLiteral("First")));
    const std::optional<SavedView> renamed = shown.sidebar->store().find(QStringLiteral("Renamed"));
    QVERIFY(renamed);
    QCOMPARE(renamed->filter, first.filter);
    QVERIFY(shown.sidebar->itemOf(QStringLiteral("Renamed")));
    QVERIFY(!shown.sidebar->itemOf(QStringLiteral("First")));

    QVERIFY(shown.sidebar->removeView(QStringLiteral("Renamed")));
    QVERIFY(!shown.sidebar->store().find(QStringLiteral("Renamed")));
    QVERIFY(!shown.sidebar->itemOf(QStringLiteral("Renamed")));
    QVERIFY(shown.sidebar->itemOf(QStringLiteral("Second")));
}

void TestSavedViewsUi::exportedFileImportsIntoAnotherStore()
{
    InboxWithViews shown = openInbox(m_storeDirectory);
    QVERIFY(shown.inbox);
    customiseInbox(shown.inbox);
    QVERIFY(shown.sidebar->saveCurrentView(QStringLiteral("Shared view")));
    const SavedView original = *shown.sidebar->store().find(QStringLiteral("Shared view"));

    const QString path = m_dir.filePath(QStringLiteral("shared.weav-view.json"));
    QVERIFY2(shown.sidebar->exportView(QStringLiteral("Shared view"), path), qPrintable(shown.sidebar->messageText()));
    QVERIFY(QFile::exists(path));

    ViewsSidebar other(m_session, shown.inbox, m_dir.filePath(QStringLiteral("another-profile-%1").arg(m_storeNumber)));
    QVERIFY(other.store().list().isEmpty());
    QVERIFY2(other.importView(path), qPrintable(other.messageText()));
    const std::optional<SavedView> imported = other.store().find(QStringLiteral("Shared view"));
    QVERIFY(imported);
    QCOMPARE(*imported, original);
    QVERIFY(other.itemOf(QStringLiteral("Shared view")));

    // A second import keeps the first under its name.
    QVERIFY(other.importView(path));
    QVERIFY(other.store().find(QStringLiteral("Shared view (2)")));
    QCOMPARE(other.store().list().size(), 2);
}

void TestSavedViewsUi::copiedLinkOpensSameView()
{
    InboxWithViews shown = openInbox(m_storeDirectory);
    QVERIFY(shown.inbox);
    customiseInbox(shown.inbox);
    QVERIFY(shown.sidebar->saveCurrentView(QStringLiteral("Linked")));
    const SavedView saved = *shown.sidebar->store().find(QStringLiteral("Linked"));

    shown.sidebar->copyLink(QStringLiteral("Linked"));
    const QString link = QApplication::clipboard()->text();
    QVERIFY2(link.startsWith(QStringLiteral("weav://view?")), qPrintable(link));

    QVERIFY(waitForFirstPage(shown.inbox, [&] { shown.inbox->views()->select(BuiltInViews::View::All); shown.inbox->showColumns({}); }));
    QVERIFY(waitForFirstPage(shown.inbox, [&] { QVERIFY(shown.sidebar->openLink(link)); }));

    SavedView opened = shown.inbox->currentView();
    opened.name = saved.name;
    QCOMPARE(opened, saved);
    QVERIFY2(shown.sidebar->messageText().contains(QStringLiteral("saved view")), qPrintable(shown.sidebar->messageText()));
    QVERIFY(!shown.sidebar->saveLinkedViewButton()->isVisible());
}

void TestSavedViewsUi::linkOfUnsavedViewOffersSaving()
{
    InboxWithViews shown = openInbox(m_storeDirectory);
    QVERIFY(shown.inbox);

    SavedView view;
    view.name = QStringLiteral("Chats waiting");
    view.filter.status = QStringLiteral("open");
    view.filter.channel = QStringLiteral("chat");
    view.filter.setSort(ConversationFilter::SortKey::LastMessageAt, true);
    view.columns = {QStringLiteral("subject"), QStringLiteral("customer"), QStringLiteral("last_message")};

    QVERIFY(waitForFirstPage(shown.inbox, [&] { QVERIFY(shown.sidebar->openLink(view.toLink().toString())); }));
    QCOMPARE(shown.inbox->model()->filter(), view.filter);
    QVERIFY(shown.inbox->table()->isColumnHidden(ConversationListModel::PriorityColumn));
    QVERIFY(shown.sidebar->saveLinkedViewButton()->isVisible());
    QVERIFY(!shown.sidebar->store().find(view.name));

    QTest::mouseClick(shown.sidebar->saveLinkedViewButton(), Qt::LeftButton);
    const std::optional<SavedView> saved = shown.sidebar->store().find(view.name);
    QVERIFY(saved);
    QCOMPARE(*saved, view);
    QVERIFY(!shown.sidebar->saveLinkedViewButton()->isVisible());
}

void TestSavedViewsUi::sidebarCountEqualsListTotal()
{
    InboxWithViews shown = openInbox(m_storeDirectory);
    QVERIFY(shown.inbox);
    customiseInbox(shown.inbox);
    QVERIFY(shown.sidebar->saveCurrentView(QStringLiteral("Counted")));

    QSignalSpy refreshed(shown.sidebar, &ViewsSidebar::countsRefreshed);
    shown.sidebar->refreshCounts();
    QVERIFY(refreshed.wait(WaitMs));

    QTreeWidgetItem *urgent = shown.sidebar->itemOf(BuiltInViews::View::UrgentAndHigh);
    const QString urgentText = ViewsSidebar::countTextOf(urgent);
    QVERIFY2(urgentText.contains(QStringLiteral(" · ")), qPrintable(urgentText));
    QVERIFY(!urgent->toolTip(1).isEmpty());
    QVERIFY(waitForFirstPage(shown.inbox, [&] { clickItem(shown.sidebar->tree(), urgent); }));
    QCOMPARE(numberOfCountText(urgentText), totalOfCountLabel(shown.inbox));

    QTreeWidgetItem *counted = shown.sidebar->itemOf(QStringLiteral("Counted"));
    const QString countedText = ViewsSidebar::countTextOf(counted);
    QVERIFY(waitForFirstPage(shown.inbox, [&] { clickItem(shown.sidebar->tree(), counted); }));
    QCOMPARE(numberOfCountText(countedText), totalOfCountLabel(shown.inbox));
    QVERIFY(numberOfCountText(countedText) > 0);
    ui::test::saveScreenshot(shown.page.get(), QStringLiteral("saved-views-counts"));
}

void TestSavedViewsUi::invalidFilesAreExplained_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("expected");

    QTest::newRow("not JSON") << QByteArray("name=Open") << QStringLiteral("not valid JSON");
    QTest::newRow("not a view file") << QByteArray("{\"format\":\"something-else\",\"version\":1}")
                                     << QStringLiteral("not a Weav Console view file");
    QTest::newRow("newer version")
        << QByteArray("{\"format\":\"weav-console.view\",\"version\":99,\"name\":\"Later\",\"query\":\"\"}")
        << QStringLiteral("newer version");
    QTest::newRow("unknown column")
        << QByteArray("{\"format\":\"weav-console.view\",\"version\":1,\"name\":\"Odd\",\"query\":\"\",\"columns\":[\"mood\"]}")
        << QStringLiteral("unknown column \"mood\"");
}

void TestSavedViewsUi::invalidFilesAreExplained()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, expected);

    const QString path = m_dir.filePath(QStringLiteral("invalid-%1.json").arg(m_storeNumber));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
    file.close();

    ViewsSidebar sidebar(m_session, nullptr, m_storeDirectory);
    QVERIFY(!sidebar.importView(path));
    QVERIFY2(sidebar.messageText().contains(expected), qPrintable(sidebar.messageText()));
    QVERIFY2(sidebar.messageText().contains(QStringLiteral("invalid-")), qPrintable(sidebar.messageText()));
    QVERIFY(sidebar.store().list().isEmpty());
}

void TestSavedViewsUi::invalidLinkIsExplained()
{
    ViewsSidebar sidebar(m_session, nullptr, m_storeDirectory);
    QVERIFY(!sidebar.openLink(QStringLiteral("https://example.com/view?name=x")));
    QVERIFY2(sidebar.messageText().contains(QStringLiteral("weav://view")), qPrintable(sidebar.messageText()));

    QVERIFY(!sidebar.openLink(QStringLiteral("weav://view?query=status%3Dopen")));
    QVERIFY2(sidebar.messageText().contains(QStringLiteral("no name")), qPrintable(sidebar.messageText()));

    // The paste dialog explains at the field and keeps OK disabled.
    sidebar.promptOpenLink();
    auto *dialog = sidebar.findChild<ui::TextFieldDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->lineEdit(), QStringLiteral("weav://other"));
    QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY2(dialog->errorText().contains(QStringLiteral("weav://view")), qPrintable(dialog->errorText()));
    dialog->reject();
}

void TestSavedViewsUi::commandLineAcceptsViewLink()
{
    SavedView view;
    view.name = QStringLiteral("From the command line");
    view.filter.status = QStringLiteral("closed");
    const QString link = view.toLink().toString(QUrl::FullyEncoded);

    const ui::ConsoleOptions options = ui::parseConsoleOptions({QStringLiteral("weav-console"), QStringLiteral("--demo"), link});
    QVERIFY2(!options.hasError(), qPrintable(options.error));
    QCOMPARE(options.viewLink, link);

    const ui::ConsoleOptions invalid =
        ui::parseConsoleOptions({QStringLiteral("weav-console"), QStringLiteral("weav://view?query=status%3Dopen")});
    QVERIFY(invalid.hasError());
    QVERIFY2(invalid.error.contains(QStringLiteral("no name")), qPrintable(invalid.error));

    const ui::ConsoleOptions twoLinks = ui::parseConsoleOptions({QStringLiteral("weav-console"), link, link});
    QVERIFY(twoLinks.hasError());
}

QTEST_MAIN(TestSavedViewsUi)
#include "tst_saved_views_ui.moc"
