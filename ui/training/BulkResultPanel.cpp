#include "BulkResultPanel.h"

#include "agents/AdminErrors.h"
#include "bulk/BulkOperation.h"
#include "common/ErrorText.h"
#include "shell/ShellIcons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace weav::ui {

using core::BulkItem;

namespace {

enum ResultColumn { TitleColumn, OutcomeColumn };

} // namespace

BulkResultPanel::BulkResultPanel(QWidget *parent)
    : QFrame(parent)
    , m_summary(new QLabel(this))
    , m_results(new QTreeWidget(this))
    , m_retryButton(new QPushButton(tr("Retry Failed"), this))
    , m_stopButton(new QPushButton(tr("Stop"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("bulkResultPanel"));
    setFrameShape(QFrame::StyledPanel);

    m_summary->setWordWrap(true);
    m_results->setHeaderLabels({tr("Item"), tr("Outcome")});
    m_results->setAccessibleName(tr("Outcome per item"));
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->header()->setSectionResizeMode(TitleColumn, QHeaderView::Interactive);
    m_results->header()->resizeSection(TitleColumn, 320);
    m_results->setMaximumHeight(170);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(buttons);
    layout->addWidget(m_results);

    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        if (m_operation)
            m_operation->retryFailed();
        updateSummary();
    });
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        if (m_operation)
            m_operation->cancel();
    });
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void BulkResultPanel::follow(core::BulkOperation *operation, const QString &actionTitle, const QString &doneText,
                             const QHash<QString, QString> &titles)
{
    if (m_operation && m_operation != operation) {
        m_operation->disconnect(this);
        // A previous action that still runs finishes on its own, and its failures are in the log.
        if (!m_operation->isRunning())
            m_operation->deleteLater();
    }

    m_operation = operation;
    operation->setParent(this);
    m_actionTitle = actionTitle;
    m_doneText = doneText;

    m_results->clear();
    const QList<BulkItem> &items = operation->items();
    for (const BulkItem &item : items) {
        auto *row = new QTreeWidgetItem(m_results, {titles.value(item.id, item.id), QString()});
        row->setData(TitleColumn, Qt::UserRole, item.id);
    }
    for (int index = 0; index < items.size(); ++index)
        showItem(index);

    connect(operation, &core::BulkOperation::itemChanged, this, &BulkResultPanel::showItem);
    connect(operation, &core::BulkOperation::progressChanged, this, &BulkResultPanel::updateSummary);
    connect(operation, &core::BulkOperation::finished, this, &BulkResultPanel::updateSummary);
    updateSummary();
    show();
}

void BulkResultPanel::showItem(int index)
{
    if (!m_operation || index < 0 || index >= m_results->topLevelItemCount())
        return;

    const BulkItem &item = m_operation->items().at(index);
    QTreeWidgetItem *row = m_results->topLevelItem(index);
    QString text;
    QString icon;
    switch (item.state) {
    case BulkItem::State::Pending:
        text = tr("Waiting");
        break;
    case BulkItem::State::Running:
        text = tr("Sending…");
        icon = QStringLiteral("sync");
        break;
    case BulkItem::State::Done:
        text = m_doneText;
        icon = QStringLiteral("check");
        break;
    case BulkItem::State::Failed:
        text = tr("Failed: %1").arg(AdminErrors::reason(item.error));
        icon = QStringLiteral("error");
        row->setToolTip(OutcomeColumn, ErrorText::details(item.error));
        break;
    case BulkItem::State::Cancelled:
        text = tr("Not sent: stopped");
        icon = QStringLiteral("info");
        break;
    }
    row->setText(OutcomeColumn, text);
    row->setIcon(OutcomeColumn, icon.isEmpty() ? QIcon() : shellIcon(icon));
    if (item.state != BulkItem::State::Failed)
        row->setToolTip(OutcomeColumn, text);
}

void BulkResultPanel::updateSummary()
{
    if (!m_operation)
        return;

    const int total = int(m_operation->items().size());
    const int done = m_operation->count(BulkItem::State::Done);
    const int failed = m_operation->count(BulkItem::State::Failed);
    const int cancelled = m_operation->count(BulkItem::State::Cancelled);
    const bool running = m_operation->isRunning();

    const QLocale locale;
    QString text = running ? tr("%1: %2 of %3 finished.")
                                 .arg(m_actionTitle, locale.toString(m_operation->finishedCount()), locale.toString(total))
                           : tr("%1: %2 of %3 succeeded.").arg(m_actionTitle, locale.toString(done), locale.toString(total));
    if (failed > 0)
        text += QLatin1Char(' ') + tr("%n failed, with the reason beside each.", nullptr, failed);
    if (cancelled > 0)
        text += QLatin1Char(' ') + tr("%n not sent.", nullptr, cancelled);
    m_summary->setText(text);

    m_stopButton->setVisible(running);
    m_retryButton->setVisible(!running && failed + cancelled > 0);
    m_closeButton->setEnabled(!running);
}

core::BulkOperation *BulkResultPanel::operation() const
{
    return m_operation;
}

QString BulkResultPanel::outcomeOf(const QString &itemId) const
{
    for (int index = 0; index < m_results->topLevelItemCount(); ++index) {
        QTreeWidgetItem *row = m_results->topLevelItem(index);
        if (row->data(TitleColumn, Qt::UserRole).toString() == itemId)
            return row->text(OutcomeColumn);
    }
    return {};
}

} // namespace weav::ui
