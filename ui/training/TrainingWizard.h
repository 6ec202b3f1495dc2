#pragma once

#include "UploadEntry.h"
#include "WizardContentPages.h"
#include "agents/ConfirmQuestion.h"

#include <QPointer>
#include <QWizard>

#include <functional>

namespace weav::core {
class AgentListModel;
class Session;
struct TrainingItem;
}

namespace weav::ui {

class AgentsPage;
class ResultPage;
class ReviewPage;
class UploadPage;
class UploadQueue;

// Adds training data in five steps. The person picks the source (text, Q&A pairs, files or web
// pages), enters the content, optionally checks agents, and reviews counts and total size. The
// upload then shows a progress bar per item, followed by every item's outcome. The pages hold no
// rules, because the core/admin checks decide what may be sent and UploadQueue sends it.
//
// Closing the wizard during the upload shows a question first. Stopping sends nothing more and waits
// for the requests already sent, so the result page always shows what reached the server. Before
// the upload, closing asks whether to discard what was entered.
class TrainingWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { SourcePageId, TextPageId, QaPageId, FilesPageId, UrlsPageId, AgentsPageId, ReviewPageId,
                  UploadPageId, ResultPageId };

    // The agent model stays the caller's. When it has not started loading, the wizard loads it.
    TrainingWizard(core::Session *session, core::AgentListModel *agents, QWidget *parent = nullptr);
    ~TrainingWizard() override;

    int nextId() const override;
    void reject() override;
    void accept() override;

    core::Session *session() const;
    core::AgentListModel *agentModel() const { return m_agents; }
    SourcePage *sourcePage() const { return m_sourcePage; }
    TextPage *textPage() const { return m_textPage; }
    QaPage *qaPage() const { return m_qaPage; }
    FilesPage *filesPage() const { return m_filesPage; }
    UrlsPage *urlsPage() const { return m_urlsPage; }
    AgentsPage *agentsPage() const { return m_agentsPage; }
    ReviewPage *reviewPage() const { return m_reviewPage; }
    UploadPage *uploadPage() const { return m_uploadPage; }
    ResultPage *resultPage() const { return m_resultPage; }

    // The entries of the chosen source's page.
    QList<UploadEntry> plannedEntries() const;
    QStringList chosenAgentIds() const;
    QStringList chosenAgentNames() const;

    // Creates the queue from the plan and starts it. The upload page calls this once.
    UploadQueue *startUpload();
    UploadQueue *queue() const { return m_queue; }
    // Stops the upload without asking.
    void stopUpload();
    // The interval in milliseconds at which the result page polls web pages that are processing.
    void setPollIntervalMs(int intervalMs) { m_pollIntervalMs = intervalMs; }

    // The question asked before closing, while it is open.
    QMessageBox *openQuestion() const;

signals:
    void itemCreated(const weav::core::TrainingItem &item);
    void itemUpdated(const weav::core::TrainingItem &item);
    void itemRemoved(const QString &itemId);

private:
    bool hasUnsentInput() const;
    void askToStop();
    void askToDiscard();
    // Asks with a window-modal box and runs confirmed when the person confirms.
    void ask(ConfirmQuestion question, std::function<void()> confirmed);
    void onUploadFinished();

    QPointer<core::Session> m_session;
    core::AgentListModel *m_agents;
    SourcePage *m_sourcePage;
    TextPage *m_textPage;
    QaPage *m_qaPage;
    FilesPage *m_filesPage;
    UrlsPage *m_urlsPage;
    AgentsPage *m_agentsPage;
    ReviewPage *m_reviewPage;
    UploadPage *m_uploadPage;
    ResultPage *m_resultPage;
    UploadQueue *m_queue = nullptr;
    QPointer<QMessageBox> m_question;
    int m_pollIntervalMs = 0;
};

} // namespace weav::ui
