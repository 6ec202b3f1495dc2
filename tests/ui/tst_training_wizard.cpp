// The upload wizard against the demo workspace, through all four sources. It uploads a text, Q&A
// pairs from a CSV file, and files, with the files rejected before sending. It uploads web pages
// with duplicates and invalid lines, a block without any address, an agent of another workspace,
// and a page that cannot be fetched, which is then retried. It also stops mid-upload, after which
// the result lists exactly what reached the server, and closes without leaked windows.
// Not covered yet: a request that gets no reply after it was sent (the Unknown outcome), the
// native file dialogs, and files that change on disk between the check and the upload.
#include "QuestionBoxes.h"
#include "UiTestSupport.h"

#include "Sandbox.h"
#include "SandboxFixture.h"
#include "admin/AdminErrorText.h"
#include "api/Endpoints.h"
#include "connect/FieldMessage.h"
#include "demo/DemoWorkspace.h"
#include "models/AgentListModel.h"
#include "models/TrainingListModel.h"
#include "training/AgentChecklist.h"
#include "training/TrainingView.h"
#include "training/TrainingWizard.h"
#include "training/UploadQueue.h"
#include "training/WizardContentPages.h"
#include "training/WizardUploadPages.h"
#include "workspace/Session.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace weav;
using namespace weav::ui;
using State = UploadQueue::State;

namespace {

constexpr int ReplyTimeoutMs = 20000;
constexpr int UrlProcessingMs = 150;
constexpr int PollIntervalMs = 50;

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

void clickButton(QWizard *wizard, QWizard::WizardButton which)
{
    QAbstractButton *button = wizard->button(which);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
}


QStringList idsOf(const QJsonArray &items)
{
    QStringList ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(QStringLiteral("id")).toString());
    ids.sort();
    return ids;
}

bool isWizardOrQuestion(QWidget *widget)
{
    return qobject_cast<QWizard *>(widget) || qobject_cast<QMessageBox *>(widget) || qobject_cast<QFileDialog *>(widget);
}

} // namespace

class TestTrainingWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void text_createsItemOnServer();
    void qaCsv_importsPairsAndListsRowErrors();
    void files_uploadsAcceptedAndRefusesOthersBeforeSending();
    void urls_dropsDuplicatesAndFlagsInvalidLines();
    void urls_noValidAddressDisablesNext();
    void urls_foreignAgentExplained();
    void urls_failedPageShownAndRetried();
    void retry_failedRequestSentAgain();
    void stop_resultMatchesServer();
    void close_leavesNoWindows();

private:
    TrainingWizard *openWizard(core::Session *session, core::AgentListModel *agents);
    // Next from the content page to the result page, checking the given agents on the way.
    bool uploadFromContentPage(TrainingWizard *wizard, const QStringList &agentIds = {});
    QJsonArray serverList(core::Session *session, const QUrlQuery &query);
    QJsonObject serverItem(const QString &id);
    qsizetype countRequests(const QByteArray &method, const QString &path, qsizetype since = 0) const;

    QTemporaryDir m_dir;
    DemoWorkspace m_demo;
    core::Session *m_session = nullptr;
    core::AgentListModel *m_agents = nullptr;
    QPointer<TrainingWizard> m_wizard;
};

void TestTrainingWizard::initTestCase()
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

    m_agents = new core::AgentListModel(m_session->client(), m_session->names(), this);
    m_agents->loadAll();
    QVERIFY(test::waitUntilLoaded(m_agents, ReplyTimeoutMs));
    QVERIFY(m_agents->rowCount() > 0);
}

void TestTrainingWizard::cleanup()
{
    m_demo.sandbox()->setFaultRates(0.0, 0.0);
    if (m_wizard) {
        m_wizard->setAttribute(Qt::WA_DeleteOnClose, false);
        delete m_wizard;
    }
}

TrainingWizard *TestTrainingWizard::openWizard(core::Session *session, core::AgentListModel *agents)
{
    m_wizard = new TrainingWizard(session, agents);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setWizardStyle(QWizard::ClassicStyle);
    m_wizard->setPollIntervalMs(PollIntervalMs);
    m_wizard->show();
    return m_wizard;
}

bool TestTrainingWizard::uploadFromContentPage(TrainingWizard *wizard, const QStringList &agentIds)
{
    if (!wizard->button(QWizard::NextButton)->isEnabled())
        return false;
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    if (wizard->currentId() != TrainingWizard::AgentsPageId)
        return false;
    for (const QString &agentId : agentIds)
        wizard->agentsPage()->checklist()->setChecked(agentId, true);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    if (wizard->currentId() != TrainingWizard::ReviewPageId)
        return false;
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    return QTest::qWaitFor([wizard] { return wizard->currentId() == TrainingWizard::ResultPageId; }, ReplyTimeoutMs);
}

QJsonArray TestTrainingWizard::serverList(core::Session *session, const QUrlQuery &query)
{
    QUrlQuery paged = query;
    paged.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    const core::ApiResponse response =
        session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::trainingData(), paged));
    return response.object().value(QStringLiteral("data")).toArray();
}

QJsonObject TestTrainingWizard::serverItem(const QString &id)
{
    const core::ApiResponse response =
        m_session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::trainingItem(id)));
    return response.ok() ? response.object() : QJsonObject();
}

qsizetype TestTrainingWizard::countRequests(const QByteArray &method, const QString &path, qsizetype since) const
{
    const QList<core::ExchangeRecord> records = m_session->client()->history()->records();
    return std::count_if(records.cbegin() + since, records.cend(), [&](const core::ExchangeRecord &record) {
        return record.method == method && record.target == path;
    });
}

void TestTrainingWizard::text_createsItemOnServer()
{
    TrainingWizard *wizard = openWizard(m_session, m_agents);
    QCOMPARE(wizard->currentId(), int(TrainingWizard::SourcePageId));
    QTest::mouseClick(wizard->sourcePage()->button(SourcePage::Source::Text), Qt::LeftButton);
    clickButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(TrainingWizard::TextPageId));

    TextPage *page = wizard->textPage();
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(page->titleEdit(), QStringLiteral("Warranty terms"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(page->contentEdit(), QStringLiteral("Devices have a two-year warranty."));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

    const QString agentId = m_agents->rowAt(0).id;
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    wizard->agentsPage()->checklist()->setChecked(agentId, true);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    const QString review = wizard->reviewPage()->summary()->text();
    QVERIFY2(review.contains(QStringLiteral("Items: 1")), qPrintable(review));
    QVERIFY(review.contains(QStringLiteral("Agents: %1").arg(m_agents->rowAt(0).name)));
    QVERIFY(review.contains(QStringLiteral("Total size: ")));
    test::saveScreenshot(wizard, QStringLiteral("wizard-review"));

    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(TrainingWizard::ResultPageId), ReplyTimeoutMs);
    UploadQueue *queue = wizard->queue();
    QCOMPARE(queue->rowCount(), 1);
    QCOMPARE(queue->rows().first().state, State::Ready);

    const QJsonObject item = serverItem(queue->rows().first().item.id);
    QCOMPARE(item.value(QStringLiteral("title")).toString(), QStringLiteral("Warranty terms"));
    QCOMPARE(item.value(QStringLiteral("content")).toString(), QStringLiteral("Devices have a two-year warranty."));
    QCOMPARE(item.value(QStringLiteral("agent_ids")).toArray(), QJsonArray{agentId});
    QVERIFY(wizard->resultPage()->summary()->text().startsWith(QStringLiteral("1 of 1 items reached the server.")));
}

void TestTrainingWizard::qaCsv_importsPairsAndListsRowErrors()
{
    const QString path = m_dir.filePath(QStringLiteral("pairs.csv"));
    writeFile(path, "question,answer\r\n"
                    "\"Do you ship to Norway?\",\"Yes, in 3 to 5 days.\"\r\n"
                    "\"Can I pay by invoice?\",\"Yes, for business accounts.\"\r\n"
                    "\"Is there a student discount?\",\r\n"
                    "\"Where is my order, \"\"exactly\"\"?\",\"Follow the link in your shipping email.\"\r\n");

    TrainingWizard *wizard = openWizard(m_session, m_agents);
    wizard->sourcePage()->setSource(SourcePage::Source::Qa);
    clickButton(wizard, QWizard::NextButton);
    QaPage *page = wizard->qaPage();
    page->importCsv(path);

    QCOMPARE(page->table()->rowCount(), 3);
    QCOMPARE(page->problems()->count(), 1);
    const QString problem = page->problems()->item(0)->text();
    QVERIFY2(problem.contains(QStringLiteral("row 4")) && problem.contains(QStringLiteral("not imported")), qPrintable(problem));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(page->table()->item(2, 0)->text(), QStringLiteral("Where is my order, \"exactly\"?"));

    // A pair typed with an empty answer blocks the upload until it is filled in or removed.
    page->addPair(QStringLiteral("Do you have gift cards?"), QString());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(page->problems()->count(), 2);
    page->table()->item(3, 1)->setText(QStringLiteral("Yes, from 10 to 500 euros."));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

    QVERIFY(uploadFromContentPage(wizard));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->queue()->isRunning(), ReplyTimeoutMs);
    QCOMPARE(wizard->queue()->count(State::Ready), 4);

    const QList<std::pair<QString, QString>> expected{
        {QStringLiteral("Do you ship to Norway?"), QStringLiteral("Yes, in 3 to 5 days.")},
        {QStringLiteral("Can I pay by invoice?"), QStringLiteral("Yes, for business accounts.")},
        {QStringLiteral("Where is my order, \"exactly\"?"), QStringLiteral("Follow the link in your shipping email.")},
        {QStringLiteral("Do you have gift cards?"), QStringLiteral("Yes, from 10 to 500 euros.")},
    };
    const QStringList ids = wizard->queue()->itemIdsOnServer();
    QCOMPARE(ids.size(), 4);
    for (qsizetype index = 0; index < expected.size(); ++index) {
        const QJsonObject item = serverItem(ids.at(index));
        QCOMPARE(item.value(QStringLiteral("type")).toString(), QStringLiteral("qa"));
        QCOMPARE(item.value(QStringLiteral("question")).toString(), expected.at(index).first);
        QCOMPARE(item.value(QStringLiteral("answer")).toString(), expected.at(index).second);
    }
}

void TestTrainingWizard::files_uploadsAcceptedAndRefusesOthersBeforeSending()
{
    const QString text = m_dir.filePath(QStringLiteral("returns-notes.txt"));
    const QString markdown = m_dir.filePath(QStringLiteral("setup-guide.md"));
    const QString program = m_dir.filePath(QStringLiteral("installer.exe"));
    const QString oversized = m_dir.filePath(QStringLiteral("catalogue.txt"));
    writeFile(text, QByteArray("Returns are free within 30 days.\n").repeated(40));
    writeFile(markdown, "# Setup\n\n1. Plug in the display.\n2. Scan the code.\n");
    writeFile(program, "MZ\x90\x00");
    {
        QFile file(oversized);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(core::TrainingFileCheck::MaxBytes + 1));
    }
    const qsizetype historyBefore = m_session->client()->history()->records().size();
    const int filesBefore = int(serverList(m_session, {{QStringLiteral("type"), QStringLiteral("file")}}).size());

    TrainingWizard *wizard = openWizard(m_session, m_agents);
    wizard->sourcePage()->setSource(SourcePage::Source::Files);
    clickButton(wizard, QWizard::NextButton);
    FilesPage *page = wizard->filesPage();
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

    QCOMPARE(page->addFiles({text, program, oversized}), 1);
    // The Markdown file is dropped onto the page, as from a file manager.
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(markdown)});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &drop);

    QCOMPARE(page->accepted()->topLevelItemCount(), 2);
    QCOMPARE(page->rejected()->count(), 2);
    QVERIFY(page->rejected()->item(0)->text().startsWith(QStringLiteral("installer.exe: Files of type .exe cannot be used")));
    QVERIFY(page->rejected()->item(1)->text().startsWith(QStringLiteral("catalogue.txt: The file has")));
    QVERIFY(page->rejected()->item(1)->text().contains(QStringLiteral("more than the limit of 10 MiB")));
    test::saveScreenshot(wizard, QStringLiteral("wizard-files"));

    QVERIFY(uploadFromContentPage(wizard));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->queue()->isRunning(), ReplyTimeoutMs);
    QCOMPARE(wizard->queue()->count(State::Ready), 2);

    for (const QString &path : {text, markdown}) {
        const auto row = std::find_if(wizard->queue()->rows().cbegin(), wizard->queue()->rows().cend(),
                                      [&path](const UploadQueue::Row &row) { return row.entry.filePath == path; });
        QVERIFY(row != wizard->queue()->rows().cend());
        const QJsonObject item = serverItem(row->item.id);
        QCOMPARE(item.value(QStringLiteral("file_name")).toString(), QFileInfo(path).fileName());
        QCOMPARE(item.value(QStringLiteral("size_bytes")).toInteger(), QFileInfo(path).size());
    }
    // The refused files were never sent: two uploads, and two new file items.
    QCOMPARE(countRequests("POST", core::endpoints::trainingData(), historyBefore), 2);
    QCOMPARE(int(serverList(m_session, {{QStringLiteral("type"), QStringLiteral("file")}}).size()), filesBefore + 2);
}

void TestTrainingWizard::urls_dropsDuplicatesAndFlagsInvalidLines()
{
    TrainingWizard *wizard = openWizard(m_session, m_agents);
    wizard->sourcePage()->setSource(SourcePage::Source::Urls);
    clickButton(wizard, QWizard::NextButton);
    UrlsPage *page = wizard->urlsPage();
    page->editor()->setPlainText(QStringLiteral("https://help.example.com/faq/billing\n"
                                                "billing page\n"
                                                "HTTPS://Help.Example.com/faq/billing#top\n"
                                                "\n"
                                                "ftp://files.example.com/terms.pdf, https://help.example.com/faq/account\n"));

    QCOMPARE(page->urlList().urls.size(), 2);
    QCOMPARE(page->summary()->text(), QStringLiteral("Web pages to process: 2"));
    QCOMPARE(page->problems()->count(), int(page->urlList().invalid.size() + page->urlList().duplicates.size()));
    QStringList problems;
    for (int row = 0; row < page->problems()->count(); ++row)
        problems.append(page->problems()->item(row)->text());
    QVERIFY2(problems.join(QLatin1Char('\n')).contains(QStringLiteral("Line 2, not used: “billing”")), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("Line 5, not used: “ftp://files.example.com/terms.pdf”")));
    QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("Line 3, dropped")));
    QVERIFY(!page->message()->isVisible());

    QVERIFY(uploadFromContentPage(wizard));
    UploadQueue *queue = wizard->queue();
    QCOMPARE(queue->rowCount(), 2);
    QSignalSpy settled(queue, &UploadQueue::settled);
    QVERIFY(settled.count() > 0 || settled.wait(ReplyTimeoutMs));
    QCOMPARE(queue->count(State::Ready), 2);
    for (const QString &id : queue->itemIdsOnServer())
        QCOMPARE(serverItem(id).value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
    QCOMPARE(countRequests("POST", core::endpoints::trainingUrlsProcess()), 1);
}

void TestTrainingWizard::urls_noValidAddressDisablesNext()
{
    TrainingWizard *wizard = openWizard(m_session, m_agents);
    wizard->sourcePage()->setSource(SourcePage::Source::Urls);
    clickButton(wizard, QWizard::NextButton);
    UrlsPage *page = wizard->urlsPage();
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

    // Pasted, as a person gives a block of addresses.
    page->editor()->insertPlainText(QStringLiteral("our help centre\nwww.example.com/help"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(page->message()->isVisible());
    QCOMPARE(page->message()->text(), page->urlList().summary);
    QVERIFY2(page->message()->text().contains(QStringLiteral("http://")), qPrintable(page->message()->text()));
    QVERIFY(page->problems()->count() > 0);
    test::saveScreenshot(wizard, QStringLiteral("wizard-no-urls"));

    // One valid address is enough.
    page->editor()->insertPlainText(QStringLiteral("\nhttps://www.example.com/help"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!page->message()->isVisible());
}

void TestTrainingWizard::urls_foreignAgentExplained()
{
    // An agent of another workspace, as a stale or mistaken list would offer it.
    sandbox::test::SandboxFixture other;
    QVERIFY(other.start(false));
    const QJsonObject outsider = other.create(QStringLiteral("/v1/agents"), {{QStringLiteral("name"), QStringLiteral("Outsider")}});
    const std::optional<core::Agent> agent = core::Agent::fromJson(outsider);
    QVERIFY(agent);
    m_agents->upsert(*agent);

    const QString address = QStringLiteral("https://help.example.com/outsider-page");
    TrainingWizard *wizard = openWizard(m_session, m_agents);
    wizard->sourcePage()->setSource(SourcePage::Source::Urls);
    clickButton(wizard, QWizard::NextButton);
    wizard->urlsPage()->editor()->setPlainText(address);
    QVERIFY(uploadFromContentPage(wizard, {agent->id}));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->queue()->isRunning(), ReplyTimeoutMs);
    m_agents->remove(agent->id);

    const UploadQueue::Row &row = wizard->queue()->rows().first();
    QCOMPARE(row.state, State::Failed);
    QVERIFY2(UploadQueue::outcomeText(row).contains(QStringLiteral("not an agent of this workspace")),
             qPrintable(UploadQueue::outcomeText(row)));
    QVERIFY(row.details.contains(QStringLiteral("INVALID_AGENT")));
    QVERIFY(serverList(m_session, {{QStringLiteral("q"), QStringLiteral("outsider-page")}}).isEmpty());
    QVERIFY(wizard->resultPage()->summary()->text().startsWith(QStringLiteral("0 of 1 items reached the server.")));
}

void TestTrainingWizard::urls_failedPageShownAndRetried()
{
    TrainingWizard *wizard = openWizard(m_session, m_agents);
    wizard->sourcePage()->setSource(SourcePage::Source::Urls);
    clickButton(wizard, QWizard::NextButton);
    wizard->urlsPage()->editor()->setPlainText(QStringLiteral("https://docs.example.invalid/moved\nhttps://docs.example.com/kept"));
    QVERIFY(uploadFromContentPage(wizard));
    UploadQueue *queue = wizard->queue();
    QSignalSpy settled(queue, &UploadQueue::settled);
    QVERIFY(settled.count() > 0 || settled.wait(ReplyTimeoutMs));

    const UploadQueue::Row failed = queue->rows().first();
    QCOMPARE(failed.state, State::ProcessingFailed);
    QVERIFY(UploadQueue::outcomeText(failed).contains(QStringLiteral("processing failed: Could not fetch")));
    QCOMPARE(queue->rows().at(1).state, State::Ready);
    QPushButton *retry = wizard->resultPage()->retryButton();
    QVERIFY(retry->isVisible() && retry->isEnabled());
    test::saveScreenshot(wizard, QStringLiteral("wizard-result"));

    settled.clear();
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(settled.wait(ReplyTimeoutMs));
    const UploadQueue::Row retried = queue->rows().first();
    QVERIFY(retried.item.id != failed.item.id);
    QCOMPARE(retried.state, State::ProcessingFailed);
    // One item stands for the page: the failed one was deleted when the new one was accepted.
    QVERIFY(serverItem(failed.item.id).isEmpty());
    QCOMPARE(serverItem(retried.item.id).value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(serverList(m_session, {{QStringLiteral("q"), QStringLiteral("docs.example.invalid")}}).size(), 1);
}

void TestTrainingWizard::retry_failedRequestSentAgain()
{
    TrainingWizard *wizard = openWizard(m_session, m_agents);
    clickButton(wizard, QWizard::NextButton);
    QTest::keyClicks(wizard->textPage()->titleEdit(), QStringLiteral("Loyalty points"));
    QTest::keyClicks(wizard->textPage()->contentEdit(), QStringLiteral("Points expire after 24 months."));
    clickButton(wizard, QWizard::NextButton);
    clickButton(wizard, QWizard::NextButton);

    m_demo.sandbox()->setFaultRates(1.0, 0.0);
    clickButton(wizard, QWizard::CommitButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(TrainingWizard::ResultPageId), ReplyTimeoutMs);
    m_demo.sandbox()->setFaultRates(0.0, 0.0);

    UploadQueue *queue = wizard->queue();
    QCOMPARE(queue->rows().first().state, State::Failed);
    QVERIFY2(UploadQueue::outcomeText(queue->rows().first()).contains(core::AdminErrorText::explain([] {
                 core::ApiError error;
                 error.code = QStringLiteral("PROCESSING_FAILED");
                 return error;
             }())),
             qPrintable(UploadQueue::outcomeText(queue->rows().first())));
    QVERIFY(serverList(m_session, {{QStringLiteral("q"), QStringLiteral("Loyalty points")}}).isEmpty());

    QTest::mouseClick(wizard->resultPage()->retryButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(queue->rows().first().state, State::Ready, ReplyTimeoutMs);
    QCOMPARE(serverList(m_session, {{QStringLiteral("q"), QStringLiteral("Loyalty points")}}).size(), 1);
    QVERIFY(!wizard->resultPage()->retryButton()->isVisible());
}

void TestTrainingWizard::stop_resultMatchesServer()
{
    // A slow server: every reply waits, so that the stop comes while requests are in flight.
    QTemporaryDir dir;
    DemoWorkspace slow;
    DemoOptions options;
    options.conversations = 20;
    options.dataPath = dir.filePath(QStringLiteral("slow.sqlite"));
    options.config.latencyMinMs = 300;
    options.config.latencyMaxMs = 300;
    QString error;
    QVERIFY2(slow.startAndWait(options, &error), qPrintable(error));
    core::Session *session = slow.createSession(this);
    core::AgentListModel agents(session->client(), session->names());

    TrainingWizard *wizard = openWizard(session, &agents);
    wizard->sourcePage()->setSource(SourcePage::Source::Qa);
    clickButton(wizard, QWizard::NextButton);
    QaPage *page = wizard->qaPage();
    page->table()->item(0, 0)->setText(QStringLiteral("Stop test question 1?"));
    page->table()->item(0, 1)->setText(QStringLiteral("Answer 1."));
    for (int number = 2; number <= 12; ++number)
        page->addPair(QStringLiteral("Stop test question %1?").arg(number), QStringLiteral("Answer %1.").arg(number));

    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    clickButton(wizard, QWizard::NextButton);
    clickButton(wizard, QWizard::NextButton);
    QSignalSpy created(wizard, &TrainingWizard::itemCreated);
    clickButton(wizard, QWizard::CommitButton);
    QCOMPARE(wizard->currentId(), int(TrainingWizard::UploadPageId));
    QVERIFY(created.wait(ReplyTimeoutMs));

    // Closing shows a question first, and Keep Uploading changes nothing.
    wizard->close();
    QVERIFY(test::clickQuestionButton(wizard, QStringLiteral("Keep Uploading")));
    QVERIFY(wizard->isVisible());
    QVERIFY(wizard->queue()->isRunning());

    wizard->close();
    QVERIFY(test::clickQuestionButton(wizard, QStringLiteral("Stop Upload")));
    QVERIFY(wizard->queue()->isStopping() || !wizard->queue()->isRunning());
    // Closing again while the requests already sent finish does not close the wizard.
    wizard->close();
    QVERIFY(wizard->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(TrainingWizard::ResultPageId), ReplyTimeoutMs);

    UploadQueue *queue = wizard->queue();
    QVERIFY(queue->count(State::NotSent) > 0);
    QCOMPARE(queue->count(State::NotSent) + queue->onServerCount(), 12);
    QCOMPARE(queue->count(State::Unknown), 0);
    QStringList onServer = queue->itemIdsOnServer();
    onServer.sort();
    const QJsonArray serverItems = serverList(session, {{QStringLiteral("q"), QStringLiteral("Stop test question")}});
    QCOMPARE(onServer, idsOf(serverItems));
    QVERIFY(wizard->resultPage()->summary()->text().contains(QStringLiteral("not sent, because the upload was stopped")));

    delete wizard;
    delete session;
}

void TestTrainingWizard::close_leavesNoWindows()
{
    TrainingView view(m_session);
    view.resize(1200, 700);
    QSignalSpy shown(&view, &TrainingView::firstPageShown);
    view.show();
    QVERIFY(shown.wait(ReplyTimeoutMs));

    // Closing with typed content shows a question, and Discard closes and deletes the wizard.
    QPointer<TrainingWizard> wizard = view.openWizard();
    wizard->setWizardStyle(QWizard::ClassicStyle);
    clickButton(wizard, QWizard::NextButton);
    QTest::keyClicks(wizard->textPage()->titleEdit(), QStringLiteral("Draft"));
    wizard->reject();
    QVERIFY(test::clickQuestionButton(wizard, QStringLiteral("Keep Editing")));
    QVERIFY(wizard->isVisible());
    wizard->reject();
    QVERIFY(test::clickQuestionButton(wizard, QStringLiteral("Discard")));
    QTRY_VERIFY(wizard.isNull());

    // A file dialog opened from a page goes with the wizard.
    wizard = view.openWizard();
    wizard->setPollIntervalMs(PollIntervalMs);
    wizard->sourcePage()->setSource(SourcePage::Source::Qa);
    clickButton(wizard, QWizard::NextButton);
    QTest::mouseClick(wizard->qaPage()->importButton(), Qt::LeftButton);
    QTRY_VERIFY(wizard->findChild<QFileDialog *>());
    wizard->findChild<QFileDialog *>()->reject();
    wizard->qaPage()->table()->item(0, 0)->setText(QStringLiteral("Is the wizard gone?"));
    wizard->qaPage()->table()->item(0, 1)->setText(QStringLiteral("Yes."));
    QVERIFY(uploadFromContentPage(wizard));
    const QString createdId = wizard->queue()->itemIdsOnServer().value(0);
    QVERIFY(!createdId.isEmpty());
    QTRY_VERIFY(view.model()->rowOf(createdId) >= 0);

    QSignalSpy reloaded(&view, &TrainingView::firstPageShown);
    clickButton(wizard, QWizard::FinishButton);
    QTRY_VERIFY(wizard.isNull());
    QVERIFY(reloaded.wait(ReplyTimeoutMs));
    QVERIFY(view.model()->rowOf(createdId) >= 0);

    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const QWidgetList windows = QApplication::topLevelWidgets();
    const bool leaked = std::any_of(windows.cbegin(), windows.cend(), isWizardOrQuestion);
    QVERIFY(!leaked);
}

QTEST_MAIN(TestTrainingWizard)
#include "tst_training_wizard.moc"
