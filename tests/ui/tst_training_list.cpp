// The Training data area against the demo workspace. The filters narrow to the server's own
// results, and the preview shows each type and edits text and Q&A with checks at the field. The
// actions assign to agents, delete many with each item's outcome and process a failed web page
// again, and web pages are followed until processed.
// Not covered yet: paging past the first page by scrolling, a server that ignores the filters (the
// client-side filter is tested in tst_models), and the list's live update from webhooks.
#include "QuestionBoxes.h"
#include "UiTestSupport.h"

#include "Sandbox.h"
#include "agents/NoticeLine.h"
#include "api/Endpoints.h"
#include "bulk/BulkOperation.h"
#include "connect/FieldMessage.h"
#include "demo/DemoWorkspace.h"
#include "models/AgentListModel.h"
#include "models/TrainingListModel.h"
#include "store/Database.h"
#include "training/AgentChecklist.h"
#include "training/AssignAgentsDialog.h"
#include "training/BulkResultPanel.h"
#include "training/TrainingItemPoller.h"
#include "training/TrainingPreview.h"
#include "training/TrainingView.h"
#include "workspace/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace weav;
using namespace weav::ui;
using core::TrainingListModel;

namespace {

constexpr int ReplyTimeoutMs = 20000;
// How long the sandbox keeps a web page pending and again processing.
constexpr int UrlProcessingMs = 200;

QStringList sortedIds(const QJsonArray &items)
{
    QStringList ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(QStringLiteral("id")).toString());
    ids.sort();
    return ids;
}

QStringList sortedIds(const TrainingListModel *model)
{
    QStringList ids;
    for (const core::TrainingItem &item : model->rows())
        ids.append(item.id);
    ids.sort();
    return ids;
}


} // namespace

class TestTrainingList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void filters_narrowToServerResults_data();
    void filters_narrowToServerResults();
    void search_narrowsByTitle();
    void preview_showsEachType();
    void preview_editTextSavesToServer();
    void preview_editChecksAtField();
    void assign_addsAgentsOnServer();
    void delete_listsEachItemOutcome();
    void reprocess_failedPageBecomesReady();
    void reprocess_unreachablePageFailsAgain();
    void poller_followsProcessingPages();
    void readOnlyToken_disablesWrites();

private:
    std::unique_ptr<TrainingView> openTraining(core::Session *session = nullptr);
    bool loadWhole(TrainingView *view);
    QJsonArray serverList(const QUrlQuery &query);
    QJsonObject serverItem(const QString &id);
    QJsonObject create(const QString &path, const QJsonObject &body);
    QString firstAgentId();
    // Marks an item as failed in the store, as the server does when fetching a page fails.
    void markFailed(const QString &itemId, const QString &error);
    // Inserts a pending web page into the store, which the server's processor leaves alone.
    QString insertPendingPage(const QString &url);
    void setStatus(const QString &itemId, const QString &status);

    QTemporaryDir m_dir;
    DemoWorkspace m_demo;
    core::Session *m_session = nullptr;
};

void TestTrainingList::initTestCase()
{
    QVERIFY(m_dir.isValid());
    DemoOptions options;
    options.conversations = 40;
    options.dataPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
    options.config.urlProcessingMs = UrlProcessingMs;
    QString error;
    QVERIFY2(m_demo.startAndWait(options, &error), qPrintable(error));
    m_session = m_demo.createSession(this);
    QVERIFY(m_session);
}

std::unique_ptr<TrainingView> TestTrainingList::openTraining(core::Session *session)
{
    auto view = std::make_unique<TrainingView>(session ? session : m_session);
    view->resize(1500, 850);
    view->poller()->setIntervalMs(100);
    QSignalSpy shown(view.get(), &TrainingView::firstPageShown);
    view->show();
    if (shown.isEmpty() && !shown.wait(ReplyTimeoutMs))
        return nullptr;
    if (!test::waitUntilLoaded(view->agentModel(), ReplyTimeoutMs))
        return nullptr;
    return view;
}

bool TestTrainingList::loadWhole(TrainingView *view)
{
    view->model()->loadAll();
    return QTest::qWaitFor([view] { return view->model()->isComplete() && !view->model()->isLoading(); },
                           ReplyTimeoutMs);
}

QJsonArray TestTrainingList::serverList(const QUrlQuery &query)
{
    QJsonArray all;
    for (int page = 1; page < 100; ++page) {
        QUrlQuery paged = query;
        paged.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
        paged.addQueryItem(QStringLiteral("page"), QString::number(page));
        const core::ApiResponse response =
            m_session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::trainingData(), paged));
        const QJsonArray items = response.object().value(QStringLiteral("data")).toArray();
        for (const QJsonValue &item : items)
            all.append(item);
        if (items.size() < 100)
            break;
    }
    return all;
}

QJsonObject TestTrainingList::serverItem(const QString &id)
{
    const core::ApiResponse response =
        m_session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::trainingItem(id)));
    return response.ok() ? response.object() : QJsonObject();
}

QJsonObject TestTrainingList::create(const QString &path, const QJsonObject &body)
{
    return m_session->client()->sendAndWait(core::ApiRequest::post(path, body)).object();
}

QString TestTrainingList::firstAgentId()
{
    const core::ApiResponse response = m_session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::agents()));
    return response.object().value(QStringLiteral("data")).toArray().first().toObject().value(QStringLiteral("id")).toString();
}

void TestTrainingList::markFailed(const QString &itemId, const QString &error)
{
    QSqlQuery query(m_demo.sandbox()->database().connection());
    query.prepare(QStringLiteral("UPDATE training_items SET status = 'failed', error = ? WHERE id = ?"));
    query.addBindValue(error);
    query.addBindValue(itemId);
    QVERIFY(query.exec());
    QCOMPARE(query.numRowsAffected(), 1);
}

QString TestTrainingList::insertPendingPage(const QString &url)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(m_demo.sandbox()->database().connection());
    query.prepare(QStringLiteral("INSERT INTO training_items (id, workspace_id, type, title, status, source_url, created_at, "
                                 "updated_at) SELECT ?, workspace_id, 'url', ?, 'pending', ?, ?, ? FROM training_items LIMIT 1"));
    for (const QVariant &value : QVariantList{id, QUrl(url).path(), url, now, now})
        query.addBindValue(value);
    if (!query.exec() || query.numRowsAffected() != 1)
        qWarning() << "could not insert a pending page:" << query.lastError().text();
    return id;
}

void TestTrainingList::setStatus(const QString &itemId, const QString &status)
{
    QSqlQuery query(m_demo.sandbox()->database().connection());
    query.prepare(QStringLiteral("UPDATE training_items SET status = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(status);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(itemId);
    QVERIFY(query.exec());
}

void TestTrainingList::filters_narrowToServerResults_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("byAgent");

    QTest::newRow("type qa") << "qa" << "" << false;
    QTest::newRow("status failed") << "" << "failed" << false;
    QTest::newRow("agent") << "" << "" << true;
    QTest::newRow("type url, status ready, agent") << "url" << "ready" << true;
}

void TestTrainingList::filters_narrowToServerResults()
{
    QFETCH(QString, type);
    QFETCH(QString, status);
    QFETCH(bool, byAgent);

    const auto view = openTraining();
    QVERIFY(view);
    const QString agentId = byAgent ? firstAgentId() : QString();

    QSignalSpy shown(view.get(), &TrainingView::firstPageShown);
    view->typeFilter()->setCurrentIndex(view->typeFilter()->findData(type));
    view->statusFilter()->setCurrentIndex(view->statusFilter()->findData(status));
    view->agentFilter()->setCurrentIndex(view->agentFilter()->findData(agentId));
    QVERIFY(shown.wait(ReplyTimeoutMs));
    QVERIFY(loadWhole(view.get()));

    QUrlQuery query;
    if (!type.isEmpty())
        query.addQueryItem(QStringLiteral("type"), type);
    if (!status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), status);
    if (!agentId.isEmpty())
        query.addQueryItem(QStringLiteral("agent_id"), agentId);
    const QJsonArray expected = serverList(query);
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < serverList({}).size());
    QCOMPARE(sortedIds(view->model()), sortedIds(expected));
    QCOMPARE(view->countLabel()->text(), QStringLiteral("%1 of %1 training items").arg(expected.size()));
}

void TestTrainingList::search_narrowsByTitle()
{
    const QJsonObject item = create(core::endpoints::trainingData(), {{QStringLiteral("type"), QStringLiteral("text")},
                                                                      {QStringLiteral("title"), QStringLiteral("Zebra crossing policy")},
                                                                      {QStringLiteral("content"), QStringLiteral("Cross safely.")}});
    const auto view = openTraining();
    QVERIFY(view);

    QSignalSpy shown(view.get(), &TrainingView::firstPageShown);
    QTest::keyClicks(view->searchEdit(), QStringLiteral("zebra cross"));
    QVERIFY(shown.wait(ReplyTimeoutMs));
    QVERIFY(loadWhole(view.get()));
    QCOMPARE(sortedIds(view->model()), sortedIds(serverList({{QStringLiteral("q"), QStringLiteral("zebra cross")}})));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->rowAt(0).id, item.value(QStringLiteral("id")).toString());
}

void TestTrainingList::preview_showsEachType()
{
    const auto view = openTraining();
    QVERIFY(view);
    QVERIFY(loadWhole(view.get()));
    TrainingPreview *preview = view->preview();

    auto firstOf = [&view](const QString &type, const QString &status = {}) {
        for (const core::TrainingItem &item : view->model()->rows()) {
            if (item.type == type && (status.isEmpty() || item.status == status))
                return item;
        }
        return core::TrainingItem();
    };

    const core::TrainingItem qa = firstOf(QStringLiteral("qa"));
    view->selectItem(qa.id);
    QCOMPARE(preview->itemId(), qa.id);
    QCOMPARE(preview->questionEdit()->toPlainText(), qa.question);
    QCOMPARE(preview->answerEdit()->toPlainText(), qa.answer);
    QVERIFY(preview->questionEdit()->isVisible());
    QVERIFY(!preview->contentEdit()->isVisible());

    const core::TrainingItem file = firstOf(QStringLiteral("file"));
    view->selectItem(file.id);
    QVERIFY(preview->detailsLabel()->text().contains(file.fileName));
    QVERIFY(preview->detailsLabel()->text().contains(file.mimeType));
    QVERIFY(preview->detailsLabel()->text().contains(QLocale().toString(*file.sizeBytes)));
    QVERIFY(!preview->saveButton()->isVisible());

    const core::TrainingItem failedPage = firstOf(QStringLiteral("url"), QStringLiteral("failed"));
    QVERIFY(!failedPage.error.isEmpty());
    view->selectItem(failedPage.id);
    QCOMPARE(preview->statusLabel()->text(), QStringLiteral("Failed: %1").arg(failedPage.error));
    QVERIFY(preview->extractedText()->isVisible());

    const core::TrainingItem readyPage = firstOf(QStringLiteral("url"), QStringLiteral("ready"));
    view->selectItem(readyPage.id);
    QCOMPARE(preview->extractedText()->toPlainText(), readyPage.content);
    test::saveScreenshot(view.get(), QStringLiteral("training"));
}

void TestTrainingList::preview_editTextSavesToServer()
{
    const QJsonObject created = create(core::endpoints::trainingData(), {{QStringLiteral("type"), QStringLiteral("text")},
                                                                         {QStringLiteral("title"), QStringLiteral("Gift cards")},
                                                                         {QStringLiteral("content"), QStringLiteral("Valid for a year.")}});
    const QString id = created.value(QStringLiteral("id")).toString();
    const auto view = openTraining();
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowOf(id) >= 0, ReplyTimeoutMs);
    view->selectItem(id);
    TrainingPreview *preview = view->preview();
    QVERIFY(!preview->saveButton()->isEnabled());

    preview->contentEdit()->selectAll();
    QTest::keyClicks(preview->contentEdit(), QStringLiteral("Valid for two years from purchase."));
    QVERIFY(preview->saveButton()->isEnabled());
    QCOMPARE(preview->changedFields(), QJsonObject({{QStringLiteral("content"), QStringLiteral("Valid for two years from purchase.")}}));

    QSignalSpy saved(preview, &TrainingPreview::itemSaved);
    QTest::mouseClick(preview->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(ReplyTimeoutMs));
    QCOMPARE(serverItem(id).value(QStringLiteral("content")).toString(), QStringLiteral("Valid for two years from purchase."));
    QCOMPARE(serverItem(id).value(QStringLiteral("title")).toString(), QStringLiteral("Gift cards"));
    QCOMPARE(view->model()->find(id)->content, QStringLiteral("Valid for two years from purchase."));
    QVERIFY(!preview->hasUnsavedChanges());
}

void TestTrainingList::preview_editChecksAtField()
{
    const auto view = openTraining();
    QVERIFY(view);
    QVERIFY(loadWhole(view.get()));
    QString textId;
    QString qaId;
    for (const core::TrainingItem &item : view->model()->rows()) {
        if (item.type == QLatin1String("text") && textId.isEmpty())
            textId = item.id;
        if (item.type == QLatin1String("qa") && qaId.isEmpty())
            qaId = item.id;
    }
    TrainingPreview *preview = view->preview();

    view->selectItem(textId);
    preview->titleEdit()->selectAll();
    QTest::keyClick(preview->titleEdit(), Qt::Key_Backspace);
    QVERIFY(preview->messageFor(QStringLiteral("title"))->isVisible());
    QVERIFY(preview->messageFor(QStringLiteral("title"))->text().contains(QStringLiteral("title is missing")));
    QVERIFY(!preview->saveButton()->isEnabled());

    view->selectItem(qaId);
    preview->answerEdit()->setPlainText(QString(10001, QLatin1Char('a')));
    QVERIFY(preview->messageFor(QStringLiteral("answer"))->isVisible());
    QVERIFY(!preview->saveButton()->isEnabled());
    preview->answerEdit()->setPlainText(QString(10000, QLatin1Char('a')));
    QVERIFY(!preview->messageFor(QStringLiteral("answer"))->isVisible());
    QVERIFY(preview->saveButton()->isEnabled());

    // The cleared title of the text item is kept while another item is shown.
    view->selectItem(textId);
    QVERIFY(preview->titleEdit()->text().isEmpty());
    QVERIFY(preview->hasUnsavedChanges());
}

void TestTrainingList::assign_addsAgentsOnServer()
{
    QStringList ids;
    for (const QString &title : {QStringLiteral("Assign me one"), QStringLiteral("Assign me two")}) {
        ids.append(create(core::endpoints::trainingData(), {{QStringLiteral("type"), QStringLiteral("text")},
                                                            {QStringLiteral("title"), title},
                                                            {QStringLiteral("content"), QStringLiteral("Body.")}})
                       .value(QStringLiteral("id"))
                       .toString());
    }
    const auto view = openTraining();
    QVERIFY(view);
    QSignalSpy shown(view.get(), &TrainingView::firstPageShown);
    QTest::keyClicks(view->searchEdit(), QStringLiteral("Assign me"));
    QVERIFY(shown.wait(ReplyTimeoutMs));
    QCOMPARE(view->model()->rowCount(), 2);
    view->table()->selectAll();
    QCOMPARE(view->selectedIds().size(), 2);

    QTest::mouseClick(view->assignButton(), Qt::LeftButton);
    auto *dialog = view->findChild<AssignAgentsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->checklist()->count() > 0);
    const QString agentId = firstAgentId();
    dialog->checklist()->setChecked(agentId, true);
    QCOMPARE(dialog->agentIds(), QStringList{agentId});
    QPushButton *assign = nullptr;
    for (QAbstractButton *button : dialog->buttons()->buttons()) {
        if (button->text() == QStringLiteral("Assign"))
            assign = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(assign && assign->isEnabled());
    QTest::mouseClick(assign, Qt::LeftButton);

    BulkResultPanel *panel = view->resultPanel();
    QVERIFY(panel->isVisible());
    for (const QString &id : std::as_const(ids)) {
        QTRY_COMPARE_WITH_TIMEOUT(panel->outcomeOf(id), QStringLiteral("Assigned"), ReplyTimeoutMs);
        QVERIFY(serverItem(id).value(QStringLiteral("agent_ids")).toArray().contains(agentId));
        QVERIFY(view->model()->find(id)->agentIds.contains(agentId));
    }
}

void TestTrainingList::delete_listsEachItemOutcome()
{
    QStringList ids;
    for (const QString &title : {QStringLiteral("Remove me A"), QStringLiteral("Remove me B"), QStringLiteral("Remove me C")}) {
        ids.append(create(core::endpoints::trainingData(), {{QStringLiteral("type"), QStringLiteral("qa")},
                                                            {QStringLiteral("title"), title},
                                                            {QStringLiteral("question"), title + QStringLiteral("?")},
                                                            {QStringLiteral("answer"), QStringLiteral("Yes.")}})
                       .value(QStringLiteral("id"))
                       .toString());
    }
    const auto view = openTraining();
    QVERIFY(view);
    QSignalSpy shown(view.get(), &TrainingView::firstPageShown);
    QTest::keyClicks(view->searchEdit(), QStringLiteral("Remove me"));
    QVERIFY(shown.wait(ReplyTimeoutMs));
    QCOMPARE(view->model()->rowCount(), 3);
    view->table()->selectAll();

    // One item is deleted elsewhere before the person confirms.
    QVERIFY(m_session->client()->sendAndWait(core::ApiRequest::remove(core::endpoints::trainingItem(ids.at(1)))).ok());

    QTest::mouseClick(view->deleteButton(), Qt::LeftButton);
    QVERIFY(test::clickQuestionButton(view.get(), QStringLiteral("Delete")));

    BulkResultPanel *panel = view->resultPanel();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->operation()->isRunning(), ReplyTimeoutMs);
    QCOMPARE(panel->outcomeOf(ids.at(0)), QStringLiteral("Deleted"));
    QCOMPARE(panel->outcomeOf(ids.at(2)), QStringLiteral("Deleted"));
    QVERIFY2(panel->outcomeOf(ids.at(1)).startsWith(QStringLiteral("Failed: It no longer exists")),
             qPrintable(panel->outcomeOf(ids.at(1))));
    QVERIFY(panel->summaryLabel()->text().contains(QStringLiteral("2 of 3 succeeded")));
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(serverList({{QStringLiteral("q"), QStringLiteral("Remove me")}}).isEmpty());
}

void TestTrainingList::reprocess_failedPageBecomesReady()
{
    const QJsonObject accepted = create(core::endpoints::trainingUrlsProcess(),
                                        {{QStringLiteral("urls"), QJsonArray{QStringLiteral("https://help.example.com/flaky-page")}}});
    const QString failedId = accepted.value(QStringLiteral("data")).toArray().first().toObject().value(QStringLiteral("id")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(serverItem(failedId).value(QStringLiteral("status")).toString(), QStringLiteral("ready"),
                              ReplyTimeoutMs);
    markFailed(failedId, QStringLiteral("Could not fetch the page: the server timed out."));

    const auto view = openTraining();
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowOf(failedId) >= 0, ReplyTimeoutMs);
    view->selectItem(failedId);
    QCOMPARE(view->model()->find(failedId)->status, QStringLiteral("failed"));
    QVERIFY(view->reprocessButton()->isEnabled());

    QTest::mouseClick(view->reprocessButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowOf(failedId), -1, ReplyTimeoutMs);
    QVERIFY(serverItem(failedId).isEmpty());

    const QJsonArray pages = serverList({{QStringLiteral("q"), QStringLiteral("flaky-page")}});
    QCOMPARE(pages.size(), 1);
    const QString newId = pages.first().toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(view->preview()->itemId(), newId);
    // The list follows the new item until the server has processed it.
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->find(newId)->status, QStringLiteral("ready"), ReplyTimeoutMs);
}

void TestTrainingList::reprocess_unreachablePageFailsAgain()
{
    const QJsonObject accepted = create(core::endpoints::trainingUrlsProcess(),
                                        {{QStringLiteral("urls"), QJsonArray{QStringLiteral("https://gone.example.invalid/page")}}});
    const QString failedId = accepted.value(QStringLiteral("data")).toArray().first().toObject().value(QStringLiteral("id")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(serverItem(failedId).value(QStringLiteral("status")).toString(), QStringLiteral("failed"),
                              ReplyTimeoutMs);

    const auto view = openTraining();
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowOf(failedId) >= 0, ReplyTimeoutMs);
    view->selectItem(failedId);
    QTest::mouseClick(view->reprocessButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowOf(failedId), -1, ReplyTimeoutMs);

    const QString newId = view->preview()->itemId();
    QVERIFY(!newId.isEmpty() && newId != failedId);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->find(newId)->status, QStringLiteral("failed"), ReplyTimeoutMs);
    QVERIFY(view->preview()->statusLabel()->text().startsWith(QStringLiteral("Failed: Could not fetch")));
}

void TestTrainingList::poller_followsProcessingPages()
{
    // A page that the server's processor does not touch, so that the test decides when it is done.
    const QString id = insertPendingPage(QStringLiteral("https://help.example.com/slow-page"));
    const auto view = openTraining();
    QVERIFY(view);
    QSignalSpy shown(view.get(), &TrainingView::firstPageShown);
    view->typeFilter()->setCurrentIndex(view->typeFilter()->findData(QStringLiteral("url")));
    QVERIFY(shown.wait(ReplyTimeoutMs));
    QVERIFY(view->model()->rowOf(id) >= 0);
    QVERIFY(view->poller()->watched().contains(id));

    const qsizetype requestsBefore = m_session->client()->history()->records().size();
    auto polledSince = [this, &id](qsizetype first) {
        const QList<core::ExchangeRecord> records = m_session->client()->history()->records();
        return std::any_of(records.cbegin() + first, records.cend(), [&id](const core::ExchangeRecord &record) {
            return record.target == core::endpoints::trainingItem(id);
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(polledSince(requestsBefore), ReplyTimeoutMs);

    setStatus(id, QStringLiteral("ready"));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->find(id)->status, QStringLiteral("ready"), ReplyTimeoutMs);
    QVERIFY(!view->poller()->watched().contains(id));

    // Hidden, the list polls nothing.
    const QString other = insertPendingPage(QStringLiteral("https://help.example.com/other-slow-page"));
    QSignalSpy reloaded(view.get(), &TrainingView::firstPageShown);
    view->reload();
    QVERIFY(reloaded.wait(ReplyTimeoutMs));
    QVERIFY(view->poller()->watched().contains(other));
    view->hide();
    QVERIFY(view->poller()->isPaused());
    const qsizetype whileHidden = m_session->client()->history()->records().size();
    QTest::qWait(5 * 100);
    QVERIFY(!polledSince(whileHidden));
}

void TestTrainingList::readOnlyToken_disablesWrites()
{
    core::Session *readOnly = m_demo.createSession(this, QStringLiteral("read"));
    const auto view = openTraining(readOnly);
    QVERIFY(view);
    view->selectItem(view->model()->rowAt(0).id);

    const QString reason = readOnly->readOnlyReason();
    QVERIFY(view->readOnlyNote()->isVisible());
    for (QPushButton *button : {view->addButton(), view->assignButton(), view->deleteButton(), view->reprocessButton()}) {
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->toolTip(), reason);
    }
    QVERIFY(!view->preview()->saveButton()->isEnabled());
}

QTEST_MAIN(TestTrainingList)
#include "tst_training_list.moc"
