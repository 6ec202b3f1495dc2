#include "TrainingWizard.h"

#include "AgentChecklist.h"
#include "TrainingLogging.h"
#include "UploadQueue.h"
#include "agents/ConfirmQuestion.h"
#include "WizardUploadPages.h"
#include "models/AgentListModel.h"
#include "shell/ShellIcons.h"
#include "types/TrainingItem.h"
#include "workspace/Session.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace weav::ui {

Q_LOGGING_CATEGORY(lcTrainingWizard, "weav.ui.training.wizard")

TrainingWizard::TrainingWizard(core::Session *session, core::AgentListModel *agents, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_agents(agents)
{
    setObjectName(QStringLiteral("trainingWizard"));
    setWindowTitle(tr("Add Training Data"));
    setWindowIcon(shellIcon(QStringLiteral("training")));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setButtonText(QWizard::FinishButton, tr("Close"));
    resize(860, 600);

    m_sourcePage = new SourcePage(this);
    m_textPage = new TextPage(this);
    m_qaPage = new QaPage(this);
    m_filesPage = new FilesPage(this);
    m_urlsPage = new UrlsPage(this);
    m_agentsPage = new AgentsPage(this);
    m_reviewPage = new ReviewPage(this);
    m_uploadPage = new UploadPage(this);
    m_resultPage = new ResultPage(this);

    setPage(SourcePageId, m_sourcePage);
    setPage(TextPageId, m_textPage);
    setPage(QaPageId, m_qaPage);
    setPage(FilesPageId, m_filesPage);
    setPage(UrlsPageId, m_urlsPage);
    setPage(AgentsPageId, m_agentsPage);
    setPage(ReviewPageId, m_reviewPage);
    setPage(UploadPageId, m_uploadPage);
    setPage(ResultPageId, m_resultPage);
    setStartId(SourcePageId);

    if (!m_agents->isStarted())
        m_agents->loadAll();
}

TrainingWizard::~TrainingWizard() = default;

core::Session *TrainingWizard::session() const
{
    return m_session;
}

QMessageBox *TrainingWizard::openQuestion() const
{
    return m_question;
}

int TrainingWizard::nextId() const
{
    switch (currentId()) {
    case SourcePageId:
        switch (m_sourcePage->source()) {
        case SourcePage::Source::Text:
            return TextPageId;
        case SourcePage::Source::Qa:
            return QaPageId;
        case SourcePage::Source::Files:
            return FilesPageId;
        case SourcePage::Source::Urls:
            return UrlsPageId;
        }
        return TextPageId;
    case TextPageId:
    case QaPageId:
    case FilesPageId:
    case UrlsPageId:
        return AgentsPageId;
    case AgentsPageId:
        return ReviewPageId;
    case ReviewPageId:
        return UploadPageId;
    case UploadPageId:
        return ResultPageId;
    default:
        return -1;
    }
}

QList<UploadEntry> TrainingWizard::plannedEntries() const
{
    switch (m_sourcePage->source()) {
    case SourcePage::Source::Text:
        return m_textPage->entries();
    case SourcePage::Source::Qa:
        return m_qaPage->entries();
    case SourcePage::Source::Files:
        return m_filesPage->entries();
    case SourcePage::Source::Urls:
        return m_urlsPage->entries();
    }
    return {};
}

QStringList TrainingWizard::chosenAgentIds() const
{
    return m_agentsPage->checklist()->checkedIds();
}

QStringList TrainingWizard::chosenAgentNames() const
{
    return m_agentsPage->checklist()->checkedNames();
}

UploadQueue *TrainingWizard::startUpload()
{
    if (m_queue)
        return m_queue;

    m_queue = new UploadQueue(m_session, plannedEntries(), chosenAgentIds(), this);
    if (m_pollIntervalMs > 0)
        m_queue->setPollIntervalMs(m_pollIntervalMs);
    connect(m_queue, &UploadQueue::itemCreated, this, &TrainingWizard::itemCreated);
    connect(m_queue, &UploadQueue::itemUpdated, this, &TrainingWizard::itemUpdated);
    connect(m_queue, &UploadQueue::itemRemoved, this, &TrainingWizard::itemRemoved);
    connect(m_queue, &UploadQueue::finished, this, &TrainingWizard::onUploadFinished);
    m_queue->start();
    return m_queue;
}

void TrainingWizard::onUploadFinished()
{
    // The stop question is moot once nothing is sent any more.
    if (m_question)
        m_question->close();
    if (currentId() == UploadPageId)
        next();
}

void TrainingWizard::stopUpload()
{
    if (m_queue)
        m_queue->stop();
}

bool TrainingWizard::hasUnsentInput() const
{
    return m_textPage->hasInput() || m_qaPage->hasInput() || m_filesPage->hasInput() || m_urlsPage->hasInput();
}

void TrainingWizard::reject()
{
    if (m_question && m_question->isVisible())
        return;

    if (m_queue && m_queue->isStopping()) {
        // The replies to the requests already sent decide the result, and they come within the
        // client's transfer timeout.
        qCInfo(lcTrainingWizard) << "close ignored while the upload stops";
        return;
    }
    if (m_queue && m_queue->isRunning()) {
        askToStop();
        return;
    }
    if (!m_queue && hasUnsentInput()) {
        askToDiscard();
        return;
    }
    QWizard::reject();
}

void TrainingWizard::accept()
{
    if (m_queue && m_queue->isRunning()) {
        askToStop();
        return;
    }
    QWizard::accept();
}

void TrainingWizard::askToStop()
{
    ConfirmQuestion stop;
    stop.title = tr("Stop Upload");
    stop.text = tr("Stop the upload?");
    stop.informativeText = tr("%1 of %Ln items are on the server already and stay there. Items not sent yet stay "
                              "unsent, requests already sent finish, and the result shows each item's outcome.",
                              nullptr, m_queue->rowCount())
                               .arg(QLocale().toString(m_queue->onServerCount()));
    stop.confirmText = tr("Stop Upload");
    stop.keepText = tr("Keep Uploading");
    ask(stop, [this] { stopUpload(); });
}

void TrainingWizard::askToDiscard()
{
    ConfirmQuestion discard;
    discard.title = tr("Discard Training Data");
    discard.text = tr("Discard the training data you entered?");
    discard.informativeText = tr("Nothing has been uploaded yet. Closing the wizard loses what you entered.");
    discard.confirmText = tr("Discard");
    discard.keepText = tr("Keep Editing");
    ask(discard, [this] { QWizard::reject(); });
}

void TrainingWizard::ask(ConfirmQuestion question, std::function<void()> confirmed)
{
    question.objectName = QStringLiteral("trainingWizardQuestion");
    m_question = askToConfirm(this, question, std::move(confirmed));
    connect(m_question, &QDialog::finished, this, [this] { m_question = nullptr; });
}

} // namespace weav::ui
