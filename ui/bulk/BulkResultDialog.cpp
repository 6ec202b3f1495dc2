#include "BulkResultDialog.h"

#include "BulkResultModel.h"
#include "common/ExportDialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace weav::ui {

using State = core::BulkItem::State;

BulkResultDialog::BulkResultDialog(core::BulkOperation *operation, const BulkAction &action,
                                   const QHash<QString, QString> &subjects, QWidget *parent)
    : QDialog(parent)
    , m_operation(operation)
    , m_action(action)
    , m_model(new BulkResultModel(operation, subjects, this))
    , m_filter(new BulkFailuresFilter(this))
{
    operation->setParent(this);
    setWindowTitle(action.title());

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, int(operation->items().size()));
    m_progress->setFormat(tr("%v of %m conversations"));

    m_filter->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("Outcome per conversation"));
    // QTableView moves between cells on Tab by default, which keeps the focus in the table.
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(BulkResultModel::ReasonColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(BulkResultModel::ConversationColumn, 240);
    m_table->setColumnWidth(BulkResultModel::OutcomeColumn, 90);
    const QString sampleRequestId = QStringLiteral("d4026540-3977-441a-b7bd-69aabd24aef0");
    m_table->setColumnWidth(BulkResultModel::RequestIdColumn, m_table->fontMetrics().horizontalAdvance(sampleRequestId) + 16);

    m_failuresOnly = new QCheckBox(tr("Show failures only"), this);
    connect(m_failuresOnly, &QCheckBox::toggled, m_filter, &BulkFailuresFilter::setFailuresOnly);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_failuresOnly);
    layout->addWidget(m_table, 1);
    layout->addWidget(buildButtons());
    resize(1280, 600);

    connect(operation, &core::BulkOperation::progressChanged, this, &BulkResultDialog::updateState);
    connect(operation, &core::BulkOperation::finished, this, [this] {
        updateState();
        emit runFinished();
    });
    updateState();
}

void BulkResultDialog::start()
{
    if (m_operation)
        m_operation->start();
    updateState();
}

QWidget *BulkResultDialog::buildButtons()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);

    m_cancelButton = new QPushButton(tr("Cancel"), row);
    m_cancelButton->setToolTip(tr("Send nothing more. Requests already sent finish, and the rest are listed as cancelled."));
    m_retryButton = new QPushButton(tr("Retry failed"), row);
    m_exportButton = new QPushButton(tr("Export to CSV…"), row);
    m_closeButton = new QPushButton(tr("Close"), row);
    m_closeButton->setDefault(true);

    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_operation)
            m_operation->cancel();
    });
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        if (m_operation)
            m_operation->retryFailed();
        updateState();
    });
    connect(m_exportButton, &QPushButton::clicked, this, &BulkResultDialog::exportResults);
    connect(m_closeButton, &QPushButton::clicked, this, &BulkResultDialog::accept);

    layout->addWidget(m_cancelButton);
    layout->addStretch(1);
    layout->addWidget(m_retryButton);
    layout->addWidget(m_exportButton);
    layout->addWidget(m_closeButton);
    return row;
}

void BulkResultDialog::updateState()
{
    if (!m_operation)
        return;

    const bool running = m_operation->isRunning();
    const int total = int(m_operation->items().size());
    const int done = m_operation->count(State::Done);
    const int failed = m_operation->count(State::Failed);
    const int cancelled = m_operation->count(State::Cancelled);

    m_progress->setValue(m_operation->finishedCount());
    m_progress->setVisible(running);
    m_cancelButton->setVisible(running);
    m_retryButton->setEnabled(!running && failed + cancelled > 0);
    m_exportButton->setEnabled(!running);
    m_closeButton->setEnabled(!running);

    if (running) {
        m_summary->setText(tr("%1: %L2 of %Ln conversations finished, %L3 failed so far.", nullptr, total)
                               .arg(m_action.title())
                               .arg(m_operation->finishedCount())
                               .arg(failed));
        return;
    }
    m_summary->setText(tr("%1: %L2 done, %L3 failed, %L4 cancelled, of %Ln conversations.", nullptr, total)
                           .arg(m_action.title())
                           .arg(done)
                           .arg(failed)
                           .arg(cancelled));
}

void BulkResultDialog::exportResults()
{
    ExportSource source;
    source.model = m_filter;
    source.idRole = BulkResultModel::IdRole;
    source.rowsName = tr("bulk results");
    auto *dialog = new ExportDialog(source, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace weav::ui
