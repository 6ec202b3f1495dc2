#include "WizardUploadPages.h"

#include "AgentChecklist.h"
#include "TrainingStatus.h"
#include "TrainingWizard.h"
#include "UploadQueue.h"
#include "models/AgentListModel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace weav::ui {

namespace {

QTableView *queueTable(QWidget *parent)
{
    auto *table = new QTableView(parent);
    // QTableView moves between cells on Tab by default, which keeps the focus in the table.
    table->setTabKeyNavigation(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Outcomes carry the server's reasons, which need more than one line.
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    // NOTE: rows are measured on every change. That is quick for the hundreds of rows a person
    // uploads at once, but thousands of Q&A pairs from one CSV file would want fixed row heights.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setItemDelegateForColumn(UploadQueue::ProgressColumn, new UploadProgressDelegate(table));
    return table;
}

void showQueue(QTableView *table, UploadQueue *queue)
{
    table->setModel(queue);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(UploadQueue::ItemColumn, QHeaderView::Interactive);
    header->resizeSection(UploadQueue::ItemColumn, 220);
    header->resizeSection(UploadQueue::TypeColumn, 80);
    header->resizeSection(UploadQueue::ProgressColumn, 90);
    header->setStretchLastSection(true);
}

} // namespace

// --- Progress bars -------------------------------------------------------------------------------

void UploadProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int percent = index.data(UploadQueue::ProgressRole).toInt();
    if (percent < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    QStyleOptionProgressBar bar;
    // A bar of one text line's height, centred in rows that wrapped text makes taller.
    const int height = qMin(option.rect.height() - 6, option.fontMetrics.height() + 6);
    bar.rect = QRect(option.rect.left() + 3, option.rect.center().y() - height / 2, option.rect.width() - 6, height);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = percent;
    bar.text = tr("%1%").arg(percent);
    bar.textVisible = true;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

// --- Agents --------------------------------------------------------------------------------------

AgentsPage::AgentsPage(TrainingWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_checklist(new AgentChecklist(this))
    , m_state(new QLabel(this))
{
    setTitle(tr("Agents"));
    setSubTitle(tr("Optional: check the agents that should use the new training data. You can assign it later "
                   "from the training list too."));
    m_state->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_checklist, 1);
    layout->addWidget(m_state);

    core::AgentListModel *agents = wizard->agentModel();
    m_checklist->setAgentModel(agents);
    connect(agents, &core::PagedListModel::loadingChanged, this, &AgentsPage::showListState);
    connect(agents, &core::PagedListModel::loadFailed, this, &AgentsPage::showListState);
    connect(agents, &QAbstractItemModel::rowsInserted, this, &AgentsPage::showListState);
}

void AgentsPage::initializePage()
{
    showListState();
}

void AgentsPage::showListState()
{
    const core::AgentListModel *agents = m_wizard->agentModel();
    if (agents->hasFailed())
        m_state->setText(tr("The agent list could not be loaded, so no agent can be chosen now. Continue without "
                            "agents and assign them from the training list later."));
    else if (agents->isLoading())
        m_state->setText(tr("Loading the agents…"));
    else if (agents->rowCount() == 0)
        m_state->setText(tr("This workspace has no agents yet."));
    else
        m_state->setText(tr("Without a checked agent, the items are added but no agent uses them yet."));
}

// --- Review --------------------------------------------------------------------------------------

ReviewPage::ReviewPage(TrainingWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_items(new QListWidget(this))
{
    setTitle(tr("Review"));
    setSubTitle(tr("Upload sends the items to the workspace. Items sent cannot be taken back from here, but you "
                   "can delete them from the training list."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Upload"));

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_items->setAccessibleName(tr("Items to upload"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_items, 1);
}

void ReviewPage::initializePage()
{
    const QList<UploadEntry> entries = m_wizard->plannedEntries();
    qint64 bytes = 0;
    for (const UploadEntry &entry : entries)
        bytes += entry.payloadBytes();

    QStringList lines;
    lines.append(tr("Source: %1").arg(SourcePage::sourceName(m_wizard->sourcePage()->source())));
    lines.append(tr("Items: %1").arg(QLocale().toString(entries.size())));
    if (m_wizard->sourcePage()->source() == SourcePage::Source::Urls)
        lines.append(tr("Total size: decided by the server, which fetches the pages"));
    else if (bytes < 1000)
        lines.append(tr("Total size: %1").arg(TrainingStatus::sizeText(bytes)));
    else
        lines.append(tr("Total size: %1 (%2 bytes)").arg(TrainingStatus::sizeText(bytes), QLocale().toString(bytes)));

    const QStringList agents = m_wizard->chosenAgentNames();
    lines.append(agents.isEmpty() ? tr("Agents: none; the items are added without agents")
                                  : tr("Agents: %1").arg(agents.join(QStringLiteral(", "))));
    m_summary->setText(lines.join(QLatin1Char('\n')));

    m_items->clear();
    for (const UploadEntry &entry : entries)
        m_items->addItem(entry.label());
}

// --- Upload --------------------------------------------------------------------------------------

UploadPage::UploadPage(TrainingWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(queueTable(this))
    , m_summary(new QLabel(this))
    , m_stopButton(new QPushButton(tr("&Stop Upload"), this))
{
    setTitle(tr("Uploading"));
    m_table->setAccessibleName(tr("Upload progress per item"));
    setSubTitle(tr("Stopping sends nothing more; what was sent already finishes, and the next page shows what "
                   "reached the server."));
    m_summary->setWordWrap(true);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_stopButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_stopButton, &QPushButton::clicked, this, [this] { m_wizard->stopUpload(); });
}

void UploadPage::initializePage()
{
    UploadQueue *queue = m_wizard->startUpload();
    showQueue(m_table, queue);
    connect(queue, &QAbstractItemModel::dataChanged, this, &UploadPage::showProgress, Qt::UniqueConnection);
    connect(queue, &UploadQueue::finished, this, &UploadPage::showProgress, Qt::UniqueConnection);
    showProgress();
}

void UploadPage::showProgress()
{
    const UploadQueue *queue = m_wizard->queue();
    if (!queue)
        return;

    const int total = queue->rowCount();
    const int open = queue->count(UploadQueue::State::Waiting) + queue->count(UploadQueue::State::Sending);
    if (queue->isStopping()) {
        m_summary->setText(tr("Stopping: waiting for the replies to the requests already sent (%1).")
                               .arg(queue->requestsInFlight()));
    } else {
        m_summary->setText(tr("%1 of %2 sent.").arg(QLocale().toString(total - open), QLocale().toString(total)));
    }
    m_stopButton->setEnabled(queue->isRunning() && !queue->isStopping());
    emit completeChanged();
}

bool UploadPage::isComplete() const
{
    const UploadQueue *queue = m_wizard->queue();
    return queue && !queue->isRunning();
}

// --- Result --------------------------------------------------------------------------------------

ResultPage::ResultPage(TrainingWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(queueTable(this))
    , m_summary(new QLabel(this))
    , m_retryButton(new QPushButton(tr("&Retry Failed"), this))
{
    setTitle(tr("Result"));
    m_table->setAccessibleName(tr("Outcome per item"));
    setSubTitle(tr("What became of each item. The items on the server are in the training list."));
    setFinalPage(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_retryButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        if (UploadQueue *queue = m_wizard->queue())
            queue->retryFailed();
        showOutcome();
    });
}

void ResultPage::initializePage()
{
    UploadQueue *queue = m_wizard->queue();
    if (!queue)
        return;
    showQueue(m_table, queue);
    connect(queue, &QAbstractItemModel::dataChanged, this, &ResultPage::showOutcome, Qt::UniqueConnection);
    connect(queue, &QAbstractItemModel::rowsInserted, this, &ResultPage::showOutcome, Qt::UniqueConnection);
    connect(queue, &UploadQueue::finished, this, &ResultPage::showOutcome, Qt::UniqueConnection);
    connect(queue, &UploadQueue::settled, this, &ResultPage::showOutcome, Qt::UniqueConnection);
    showOutcome();
}

void ResultPage::showOutcome()
{
    const UploadQueue *queue = m_wizard->queue();
    if (!queue)
        return;

    using State = UploadQueue::State;
    const int total = queue->rowCount();
    QStringList lines;
    lines.append(tr("%1 of %Ln items reached the server.", nullptr, total).arg(QLocale().toString(queue->onServerCount())));
    if (const int failed = queue->count(State::Failed))
        lines.append(tr("%n not uploaded, with the reason beside each.", nullptr, failed));
    if (const int notSent = queue->count(State::NotSent))
        lines.append(tr("%n not sent, because the upload was stopped.", nullptr, notSent));
    if (const int unknown = queue->count(State::Unknown))
        lines.append(tr("%n without a reply: the training list, loaded again when you close this window, shows "
                        "whether they arrived.",
                        nullptr, unknown));
    if (const int processingFailed = queue->count(State::ProcessingFailed))
        lines.append(tr("%n could not be processed by the server; Retry Failed processes them again.", nullptr,
                        processingFailed));
    if (queue->isRunning())
        lines.append(tr("Sending…"));
    else if (const int processing = queue->count(State::Processing))
        lines.append(tr("Web pages still processing: %1. They are followed until the server is done with them.")
                         .arg(processing));
    m_summary->setText(lines.join(QLatin1Char('\n')));

    m_retryButton->setVisible(queue->hasRetryableRows() || queue->isRunning());
    m_retryButton->setEnabled(!queue->isRunning() && queue->hasRetryableRows());
    emit completeChanged();
}

bool ResultPage::isComplete() const
{
    const UploadQueue *queue = m_wizard->queue();
    return !queue || !queue->isRunning();
}

} // namespace weav::ui
