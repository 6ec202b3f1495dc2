#pragma once

#include <QStyledItemDelegate>
#include <QWizardPage>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

// The wizard's last pages: the agents to assign, the review, the upload with its progress, and the
// result. They show the TrainingWizard's plan and its UploadQueue, which do the work.
namespace weav::ui {

class AgentChecklist;
class NoticeLine;
class TrainingWizard;
class UploadQueue;

// The upload progress of a row (UploadQueue::ProgressRole) as a progress bar.
class UploadProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

class AgentsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AgentsPage(TrainingWizard *wizard);

    void initializePage() override;
    AgentChecklist *checklist() const { return m_checklist; }

private:
    void showListState();

    TrainingWizard *m_wizard;
    AgentChecklist *m_checklist;
    QLabel *m_state;
};

class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(TrainingWizard *wizard);

    void initializePage() override;
    QLabel *summary() const { return m_summary; }
    QListWidget *items() const { return m_items; }

private:
    TrainingWizard *m_wizard;
    QLabel *m_summary;
    QListWidget *m_items;
};

// Shows each row's progress while the queue sends; moves on to the result page when it is done.
class UploadPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit UploadPage(TrainingWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    QTableView *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QPushButton *stopButton() const { return m_stopButton; }

private:
    void showProgress();

    TrainingWizard *m_wizard;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_stopButton;
};

// Every row's outcome: on the server (ready, processing, failed processing), not uploaded with the
// reason, or not sent. Web pages are followed here until processed, and Retry Failed sends what
// failed again and processes failed pages again.
class ResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ResultPage(TrainingWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    QTableView *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QPushButton *retryButton() const { return m_retryButton; }

private:
    void showOutcome();

    TrainingWizard *m_wizard;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_retryButton;
};

} // namespace weav::ui
