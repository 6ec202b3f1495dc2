// Bulk actions in the inbox through the widgets, against the demo workspace with server faults.
// Covered: the scope of "all matching", 500 assignments with every failure listed and retried,
// cancelling mid-run, adding a tag without dropping others, a channel rule per item, read-only.
// Not covered yet: an expired token in the middle of a run, and collecting ids when a page fails.
#include "UiTestSupport.h"

#include "Sandbox.h"
#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "bulk/BulkActionBar.h"
#include "bulk/BulkController.h"
#include "bulk/BulkResultDialog.h"
#include "bulk/BulkResultModel.h"
#include "demo/DemoWorkspace.h"
#include "inbox/AssigneePicker.h"
#include "inbox/InboxView.h"
#include "models/ConversationListModel.h"
#include "types/Conversation.h"
#include "types/People.h"
#include "workspace/Session.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace weav;
using core::BulkItem;
using core::Conversation;
using core::ConversationFilter;
using ui::BulkResultDialog;
using ui::BulkResultModel;
using ui::BulkScope;
using ui::InboxView;

namespace {

constexpr int SeededConversations = 800;
constexpr int AssignCount = 500;
constexpr double ErrorRate = 0.1;

} // namespace

class TestBulkActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void allMatchingScopeCountsServerTotal();
    void assignFiveHundredListsAndRetriesFailures();
    void cancelMidRunLeavesConsistentServer();
    void addTagKeepsOtherTags();
    void assignBreakingChannelRuleFailsPerItem();
    void readOnlyTokenDisablesBulkActions();

private:
    std::unique_ptr<InboxView> openInbox(const ConversationFilter &filter, core::Session *session = nullptr);
    bool loadRows(InboxView *inbox, int count);
    // Selects rows first..last with a click and a Shift+click, as a person does.
    void selectRange(InboxView *inbox, int first, int last);
    void clickRow(InboxView *inbox, int row, Qt::KeyboardModifiers modifiers = {});
    // Accepts the confirm dialog and returns the result dialog once the run has finished.
    BulkResultDialog *confirmAndWait(InboxView *inbox);
    bool waitForRun(BulkResultDialog *dialog, const std::function<void()> &action);
    // Every conversation of the workspace by id, read from the server with faults turned off.
    QHash<QString, Conversation> serverConversations();
    qint64 serverTotal(const ConversationFilter &filter);
    QStringList idsOf(const BulkResultDialog *dialog, BulkItem::State state) const;

    QTemporaryDir m_dir;
    ui::DemoWorkspace m_demo;
    core::Session *m_session = nullptr;
    core::User m_teammate;
};

void TestBulkActions::initTestCase()
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

    const core::ApiResponse users = m_session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::users()));
    QVERIFY2(users.ok(), qPrintable(users.error.summary()));
    const std::optional<core::User> teammate = core::User::fromJson(users.object().value(QStringLiteral("data")).toArray().last().toObject());
    QVERIFY(teammate);
    m_teammate = *teammate;
}

// The 10% error rate is turned on with Sandbox::setFaultRates() right before each action, because
// the connection check of the session and the test's own reads of the server must not fail.
void TestBulkActions::init()
{
    m_demo.sandbox()->setFaultRates(0, 0);
}

void TestBulkActions::cleanup()
{
    m_demo.sandbox()->setFaultRates(0, 0);
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (qobject_cast<QDialog *>(window))
            window->close();
    }
}

std::unique_ptr<InboxView> TestBulkActions::openInbox(const ConversationFilter &filter, core::Session *session)
{
    auto inbox = std::make_unique<InboxView>(session ? session : m_session);
    inbox->resize(1400, 800);
    inbox->show();
    inbox->applyFilter(filter);
    if (!ui::test::waitUntilLoaded(inbox->model()))
        return nullptr;
    return inbox;
}

bool TestBulkActions::loadRows(InboxView *inbox, int count)
{
    core::ConversationListModel *model = inbox->model();
    return QTest::qWaitFor([&] {
        if (model->rowCount() >= count || model->isComplete())
            return model->rowCount() >= count;
        if (!model->isLoading() && model->canFetchMore())
            model->fetchMore();
        return false;
    }, 60000);
}

void TestBulkActions::clickRow(InboxView *inbox, int row, Qt::KeyboardModifiers modifiers)
{
    QTableView *table = inbox->table();
    const QModelIndex index = table->model()->index(row, core::ConversationListModel::SubjectColumn);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, table->visualRect(index).center());
}

void TestBulkActions::selectRange(InboxView *inbox, int first, int last)
{
    clickRow(inbox, first);
    clickRow(inbox, last, Qt::ShiftModifier);
}

bool TestBulkActions::waitForRun(BulkResultDialog *dialog, const std::function<void()> &action)
{
    QSignalSpy finished(dialog, &BulkResultDialog::runFinished);
    action();
    return !finished.isEmpty() || finished.wait(120000);
}

BulkResultDialog *TestBulkActions::confirmAndWait(InboxView *inbox)
{
    ui::BulkController *controller = inbox->bulkController();
    if (!QTest::qWaitFor([&] { return controller->confirmDialog() != nullptr; }, 60000))
        return nullptr;

    QSignalSpy shown(controller, &ui::BulkController::resultShown);
    QMessageBox *confirm = controller->confirmDialog();
    ui::test::saveScreenshot(confirm, QStringLiteral("bulk-confirm"));
    QTest::mouseClick(confirm->defaultButton(), Qt::LeftButton);
    if (shown.isEmpty())
        return nullptr;

    BulkResultDialog *dialog = controller->resultDialog();
    ui::test::saveScreenshot(dialog, QStringLiteral("bulk-progress"));
    if (dialog->operation()->isRunning() && !waitForRun(dialog, [] {}))
        return nullptr;
    return dialog;
}

QHash<QString, Conversation> TestBulkActions::serverConversations()
{
    m_demo.sandbox()->setFaultRates(0, 0);
    QHash<QString, Conversation> conversations;
    for (int page = 1;; ++page) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("page"), QString::number(page));
        query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
        const core::ApiResponse response = m_session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::conversations(), query));
        if (!response.ok())
            return {};
        const QJsonArray items = response.object().value(QStringLiteral("data")).toArray();
        for (const QJsonValue &item : items) {
            const std::optional<Conversation> conversation = Conversation::fromJson(item.toObject());
            if (conversation)
                conversations.insert(conversation->id, *conversation);
        }
        if (items.size() < 100)
            return conversations;
    }
}

qint64 TestBulkActions::serverTotal(const ConversationFilter &filter)
{
    QUrlQuery query = filter.toQuery();
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    const core::ApiResponse response = m_session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::conversations(), query));
    return response.object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("total")).toInteger(-1);
}

QStringList TestBulkActions::idsOf(const BulkResultDialog *dialog, BulkItem::State state) const
{
    QStringList ids;
    for (const BulkItem &item : dialog->operation()->items()) {
        if (item.state == state)
            ids.append(item.id);
    }
    return ids;
}

void TestBulkActions::allMatchingScopeCountsServerTotal()
{
    ConversationFilter filter;
    filter.status = QStringLiteral("open");
    auto inbox = openInbox(filter);
    QVERIFY(inbox);
    m_demo.sandbox()->setFaultRates(ErrorRate, 0);

    clickRow(inbox.get(), 0);
    QVERIFY(inbox->bulkBar()->isVisible());
    QComboBox *scope = inbox->bulkBar()->scopeBox();
    scope->setCurrentIndex(scope->findData(int(BulkScope::AllMatching)));
    QVERIFY(scope->currentText().contains(QLocale().toString(inbox->model()->totalCount())));

    QSignalSpy confirmShown(inbox->bulkController(), &ui::BulkController::confirmShown);
    QMenu *menu = inbox->bulkBar()->priorityButton()->menu();
    menu->actions().first()->trigger();
    QVERIFY(inbox->bulkController()->collectDialog() != nullptr);
    QVERIFY(confirmShown.wait(60000));

    const qint64 total = serverTotal(filter);
    QCOMPARE(qint64(confirmShown.first().first().toInt()), total);
    QVERIFY(total > inbox->model()->rowCount());
    QVERIFY(inbox->bulkController()->confirmDialog()->text().contains(QLocale().toString(total)));

    // Cancel at the confirm step: nothing is sent.
    const qsizetype before = m_session->client()->history()->records().size();
    inbox->bulkController()->confirmDialog()->reject();
    QCOMPARE(m_session->client()->history()->records().size(), before);
    QVERIFY(inbox->bulkController()->resultDialog() == nullptr);
}

void TestBulkActions::assignFiveHundredListsAndRetriesFailures()
{
    auto inbox = openInbox(ConversationFilter());
    QVERIFY(inbox);
    QVERIFY(loadRows(inbox.get(), AssignCount + 1));
    QHash<QString, Conversation> before = serverConversations();
    QVERIFY(!before.isEmpty());

    selectRange(inbox.get(), 0, AssignCount - 1);
    QCOMPARE(inbox->selectedIds().size(), AssignCount);
    QVERIFY(inbox->bulkBar()->scopeBox()->currentText().contains(QString::number(AssignCount)));
    ui::test::saveScreenshot(inbox.get(), QStringLiteral("bulk-bar"));

    // Assign… opens the assignee picker, where the teammate is chosen.
    QTest::mouseClick(inbox->bulkBar()->assignButton(), Qt::LeftButton);
    auto *assignDialog = inbox->findChild<QDialog *>(QStringLiteral("bulkAssignDialog"));
    QVERIFY(assignDialog);
    auto *picker = assignDialog->findChild<ui::AssigneePicker *>();
    QVERIFY(QTest::qWaitFor([&] { return picker->arePeopleLoaded(); }, 20000));
    const int teammateIndex = picker->indexOf({m_teammate.id, QStringLiteral("user")});
    QVERIFY(teammateIndex >= 0);
    picker->setCurrentIndex(teammateIndex);
    m_demo.sandbox()->setFaultRates(ErrorRate, 0);
    QTest::mouseClick(assignDialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    BulkResultDialog *dialog = confirmAndWait(inbox.get());
    QVERIFY(dialog);
    core::BulkOperation *operation = dialog->operation();
    const int done = operation->count(BulkItem::State::Done);
    const int failed = operation->count(BulkItem::State::Failed);
    QCOMPARE(done + failed, AssignCount);
    QCOMPARE(operation->count(BulkItem::State::Cancelled), 0);
    QVERIFY2(failed > 0, "the server's 10% error rate failed no item");
    QCOMPARE(dialog->resultModel()->rowCount(), AssignCount);
    QVERIFY(dialog->summaryLabel()->text().contains(QString::number(failed)));

    // Every failure is listed with its reason and request id.
    QCheckBox *failuresOnly = dialog->failuresOnlyBox();
    QTest::mouseClick(failuresOnly, Qt::LeftButton, {}, QPoint(8, failuresOnly->height() / 2));
    QVERIFY(failuresOnly->isChecked());
    QCOMPARE(dialog->table()->model()->rowCount(), failed);
    for (int row = 0; row < failed; ++row) {
        const QAbstractItemModel *shown = dialog->table()->model();
        QCOMPARE(shown->index(row, BulkResultModel::OutcomeColumn).data().toString(), QStringLiteral("Failed"));
        QVERIFY(!shown->index(row, BulkResultModel::ReasonColumn).data().toString().isEmpty());
        QVERIFY(!shown->index(row, BulkResultModel::RequestIdColumn).data().toString().isEmpty());
    }
    ui::test::saveScreenshot(dialog, QStringLiteral("bulk-result-failures"));

    // The server: every Done item has the teammate, no Failed item changed.
    const QHash<QString, Conversation> after = serverConversations();
    for (const QString &id : idsOf(dialog, BulkItem::State::Done))
        QCOMPARE(after.value(id).assigneeId, m_teammate.id);
    for (const QString &id : idsOf(dialog, BulkItem::State::Failed)) {
        QCOMPARE(after.value(id).assigneeId, before.value(id).assigneeId);
        QCOMPARE(after.value(id).updatedAt, before.value(id).updatedAt);
    }

    // Retry failed with the faults still on, then without, until none fail.
    m_demo.sandbox()->setFaultRates(ErrorRate, 0);
    QVERIFY(dialog->retryButton()->isEnabled());
    QVERIFY(waitForRun(dialog, [&] { QTest::mouseClick(dialog->retryButton(), Qt::LeftButton); }));
    QCOMPARE(operation->count(BulkItem::State::Done) + operation->count(BulkItem::State::Failed), AssignCount);
    QVERIFY(operation->count(BulkItem::State::Done) >= done);

    m_demo.sandbox()->setFaultRates(0, 0);
    for (int round = 0; round < 3 && operation->count(BulkItem::State::Failed) > 0; ++round)
        QVERIFY(waitForRun(dialog, [&] { QTest::mouseClick(dialog->retryButton(), Qt::LeftButton); }));
    QCOMPARE(operation->count(BulkItem::State::Failed), 0);
    QCOMPARE(operation->count(BulkItem::State::Done), AssignCount);
    QCOMPARE(dialog->table()->model()->rowCount(), 0);
    QVERIFY(!dialog->retryButton()->isEnabled());

    const QHash<QString, Conversation> final = serverConversations();
    for (const BulkItem &item : operation->items())
        QCOMPARE(final.value(item.id).assigneeId, m_teammate.id);

    // The list shows the change without a reload.
    for (const BulkItem &item : operation->items()) {
        const std::optional<Conversation> row = inbox->model()->find(item.id);
        QVERIFY(row);
        QCOMPARE(row->assigneeId, m_teammate.id);
    }
}

void TestBulkActions::cancelMidRunLeavesConsistentServer()
{
    auto inbox = openInbox(ConversationFilter());
    QVERIFY(inbox);
    QVERIFY(loadRows(inbox.get(), 200));
    const QHash<QString, Conversation> before = serverConversations();
    inbox->bulkController()->setConcurrency(1);

    selectRange(inbox.get(), 0, 199);
    QMenu *menu = inbox->bulkBar()->priorityButton()->menu();
    QAction *low = menu->actions().last();
    low->trigger();

    ui::BulkController *controller = inbox->bulkController();
    QVERIFY(QTest::qWaitFor([&] { return controller->confirmDialog() != nullptr; }, 20000));
    QSignalSpy shown(controller, &ui::BulkController::resultShown);
    QTest::mouseClick(controller->confirmDialog()->defaultButton(), Qt::LeftButton);
    QCOMPARE(shown.count(), 1);
    BulkResultDialog *dialog = controller->resultDialog();
    core::BulkOperation *operation = dialog->operation();

    QVERIFY(QTest::qWaitFor([&] { return operation->finishedCount() >= 10; }, 20000));
    QVERIFY(dialog->cancelButton()->isVisible());
    QVERIFY(waitForRun(dialog, [&] { QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton); }));

    const int done = operation->count(BulkItem::State::Done);
    const int failed = operation->count(BulkItem::State::Failed);
    const int cancelled = operation->count(BulkItem::State::Cancelled);
    QCOMPARE(done + failed + cancelled, 200);
    QVERIFY(cancelled > 0);
    QVERIFY(done >= 10);
    QVERIFY(dialog->summaryLabel()->text().contains(QString::number(cancelled)));

    const QHash<QString, Conversation> after = serverConversations();
    for (const QString &id : idsOf(dialog, BulkItem::State::Done))
        QCOMPARE(after.value(id).priority, QStringLiteral("low"));
    for (const QString &id : idsOf(dialog, BulkItem::State::Cancelled)) {
        QCOMPARE(after.value(id).priority, before.value(id).priority);
        QCOMPARE(after.value(id).updatedAt, before.value(id).updatedAt);
    }

    // Retry failed also sends the cancelled items.
    QVERIFY(dialog->retryButton()->isEnabled());
    QVERIFY(waitForRun(dialog, [&] { QTest::mouseClick(dialog->retryButton(), Qt::LeftButton); }));
    QCOMPARE(operation->count(BulkItem::State::Done), 200);
}

void TestBulkActions::addTagKeepsOtherTags()
{
    auto inbox = openInbox(ConversationFilter());
    QVERIFY(inbox);
    const int count = 12;
    QVERIFY(loadRows(inbox.get(), count));

    // Someone else tags the first conversation after the list loaded it, so its row is stale.
    const QString staleId = inbox->model()->rowAt(0).id;
    QStringList staleTags = inbox->model()->rowAt(0).tags;
    staleTags.append(QStringLiteral("added-elsewhere"));
    const core::ApiResponse tagged = m_session->client()->sendAndWait(
        core::ApiRequest::put(core::endpoints::conversation(staleId), QJsonObject{{QStringLiteral("tags"), QJsonArray::fromStringList(staleTags)}}));
    QVERIFY2(tagged.ok(), qPrintable(tagged.error.summary()));
    QCOMPARE(inbox->model()->rowAt(0).tags.contains(QStringLiteral("added-elsewhere")), false);

    const QHash<QString, Conversation> before = serverConversations();
    selectRange(inbox.get(), 0, count - 1);
    const QStringList selected = inbox->selectedIds();
    QCOMPARE(selected.size(), count);
    int withTags = 0;
    for (const QString &id : selected)
        withTags += before.value(id).tags.isEmpty() ? 0 : 1;
    QVERIFY(withTags > 1);

    m_demo.sandbox()->setFaultRates(ErrorRate, 0);
    QTest::mouseClick(inbox->bulkBar()->addTagButton(), Qt::LeftButton);
    auto *tagDialog = inbox->findChild<QInputDialog *>(QStringLiteral("bulkTagDialog"));
    QVERIFY(tagDialog);
    tagDialog->setTextValue(QStringLiteral("bulk-review"));
    tagDialog->accept();

    BulkResultDialog *dialog = confirmAndWait(inbox.get());
    QVERIFY(dialog);
    m_demo.sandbox()->setFaultRates(0, 0);
    for (int round = 0; round < 3 && dialog->operation()->count(BulkItem::State::Failed) > 0; ++round)
        QVERIFY(waitForRun(dialog, [&] { QTest::mouseClick(dialog->retryButton(), Qt::LeftButton); }));
    QCOMPARE(dialog->operation()->count(BulkItem::State::Done), count);

    const QHash<QString, Conversation> after = serverConversations();
    for (const QString &id : selected) {
        QStringList expected = before.value(id).tags;
        expected.append(QStringLiteral("bulk-review"));
        QCOMPARE(after.value(id).tags, expected);
    }
    QVERIFY(after.value(staleId).tags.contains(QStringLiteral("added-elsewhere")));
    QVERIFY(inbox->model()->find(staleId)->tags.contains(QStringLiteral("bulk-review")));
}

void TestBulkActions::assignBreakingChannelRuleFailsPerItem()
{
    // A chat agent may only be assigned to the chats it started, so email conversations reject it.
    ConversationFilter filter;
    filter.channel = QStringLiteral("email");
    auto inbox = openInbox(filter);
    QVERIFY(inbox);
    QVERIFY(loadRows(inbox.get(), 5));

    const core::ApiResponse agents = m_session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::agents()));
    QVERIFY(agents.ok());
    QString chatAgentId;
    QString chatAgentName;
    for (const QJsonValue &value : agents.object().value(QStringLiteral("data")).toArray()) {
        const QJsonObject agent = value.toObject();
        if (!agent.value(QStringLiteral("is_email_agent")).toBool() && !agent.value(QStringLiteral("is_copilot")).toBool()) {
            chatAgentId = agent.value(QStringLiteral("id")).toString();
            chatAgentName = agent.value(QStringLiteral("name")).toString();
        }
    }
    QVERIFY(!chatAgentId.isEmpty());

    selectRange(inbox.get(), 0, 4);
    inbox->bulkController()->start(ui::BulkAction::assignTo({chatAgentId, QStringLiteral("agent")}, chatAgentName), BulkScope::Selected,
                                   inbox->selectedIds());
    BulkResultDialog *dialog = confirmAndWait(inbox.get());
    QVERIFY(dialog);

    QCOMPARE(dialog->operation()->count(BulkItem::State::Failed), 5);
    for (const BulkItem &item : dialog->operation()->items())
        QCOMPARE(item.error.code, QStringLiteral("INVALID_ASSIGNEE_TYPE"));
    const QString reason = dialog->resultModel()->index(0, BulkResultModel::ReasonColumn).data().toString();
    QVERIFY2(reason.startsWith(QStringLiteral("This channel does not allow that assignee.")), qPrintable(reason));
}

void TestBulkActions::readOnlyTokenDisablesBulkActions()
{
    core::Session *readOnly = m_demo.createSession(this, QStringLiteral("read"));
    QVERIFY(readOnly);
    QVERIFY(!readOnly->canWrite());
    auto inbox = openInbox(ConversationFilter(), readOnly);
    QVERIFY(inbox);

    clickRow(inbox.get(), 0);
    clickRow(inbox.get(), 2, Qt::ControlModifier);
    QCOMPARE(inbox->selectedIds().size(), 2);

    ui::BulkActionBar *bar = inbox->bulkBar();
    QVERIFY(bar->isVisible());
    QVERIFY(!bar->assignButton()->isEnabled());
    QVERIFY(!bar->statusButton()->isEnabled());
    QVERIFY(!bar->priorityButton()->isEnabled());
    QVERIFY(!bar->addTagButton()->isEnabled());
    QVERIFY(!bar->removeTagButton()->isEnabled());
    QVERIFY(bar->readOnlyLabel()->isVisible());
    QVERIFY(bar->readOnlyLabel()->text().contains(readOnly->readOnlyReason()));
    QCOMPARE(bar->assignButton()->toolTip(), readOnly->readOnlyReason());
    ui::test::saveScreenshot(inbox.get(), QStringLiteral("bulk-bar-read-only"));
}

QTEST_MAIN(TestBulkActions)
#include "tst_bulk_actions.moc"
