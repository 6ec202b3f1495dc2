#include "ThreadView.h"

#include "ThreadDelegate.h"
#include "common/ErrorText.h"
#include "models/MessageListModel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace weav::ui {

// Hides canFetchMore() from the view, so that QAbstractItemView does not fetch when the last row
// is visible. ThreadView fetches older messages itself when the top is reached.
class ThreadViewProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override {}
};

ThreadView::ThreadView(QWidget *parent)
    : QListView(parent)
    , m_proxy(new ThreadViewProxy(this))
    , m_delegate(new ThreadDelegate(this))
{
    setItemDelegate(m_delegate);
    setModel(m_proxy);
    setUniformItemSizes(false);
    setResizeMode(QListView::Adjust);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setFrameShape(QFrame::NoFrame);
    setSpacing(0);
    verticalScrollBar()->setSingleStep(24);
    setAccessibleName(tr("Thread"));

    m_loadingOlder = new QLabel(tr("Loading older messages…"), viewport());
    m_loadingOlder->setAlignment(Qt::AlignCenter);
    m_loadingOlder->setStyleSheet(QStringLiteral("QLabel { background: #eef2f7; color: #37414f; padding: 3px; }"));
    m_loadingOlder->hide();

    m_overlay = new QWidget(viewport());
    auto *overlayLayout = new QVBoxLayout(m_overlay);
    m_overlayText = new QLabel(m_overlay);
    m_overlayText->setWordWrap(true);
    m_overlayText->setAlignment(Qt::AlignCenter);
    m_overlayText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryButton = new QPushButton(tr("Retry"), m_overlay);
    overlayLayout->addStretch();
    overlayLayout->addWidget(m_overlayText);
    overlayLayout->addWidget(m_retryButton, 0, Qt::AlignHCenter);
    overlayLayout->addStretch();
    m_overlay->hide();

    connect(m_retryButton, &QPushButton::clicked, this, &ThreadView::retryRequested);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ThreadView::onScrolled);
}

ThreadView::~ThreadView() = default;

void ThreadView::setThreadModel(core::MessageListModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_proxy->setSourceModel(model);
    m_firstPagePending = true;
    m_failure.clear();
    if (!model)
        return;

    // Connected after the proxy, so that the view has handled each change when these run.
    connect(model, &QAbstractItemModel::modelReset, this, &ThreadView::onModelReset);
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &ThreadView::onRowsAboutToBeInserted);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ThreadView::onRowsInserted);
    connect(model, &QAbstractItemModel::dataChanged, viewport(), qOverload<>(&QWidget::update));
    connect(model, &core::PagedListModel::loadFailed, this, &ThreadView::onLoadFailed);
    connect(model, &core::PagedListModel::loadingChanged, this, &ThreadView::onLoadingChanged);
    connect(model, &core::PagedListModel::completed, this, &ThreadView::updateOverlay);
    updateRowWidth();
    updateOverlay();
}

bool ThreadView::isAtNewest() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - 2;
}

void ThreadView::scrollToNewest()
{
    executeDelayedItemsLayout();
    scrollToBottom();
}

QString ThreadView::overlayText() const
{
    return m_overlay->isVisible() ? m_overlayText->text() : QString();
}

void ThreadView::onModelReset()
{
    m_firstPagePending = true;
    m_failure.clear();
    m_pendingOffsetFromBottom = -1;
    m_delegate->clearCache();
    updateOverlay();
}

void ThreadView::onRowsAboutToBeInserted(const QModelIndex &, int first, int)
{
    m_wasAtNewest = isAtNewest();
    const QScrollBar *bar = verticalScrollBar();
    if (first == 0 && m_model && m_model->rowCount() > 0 && !m_firstPagePending)
        m_pendingOffsetFromBottom = bar->maximum() - bar->value();
}

void ThreadView::onRowsInserted(const QModelIndex &, int first, int)
{
    executeDelayedItemsLayout();

    if (m_firstPagePending) {
        m_firstPagePending = false;
        scrollToBottom();
        updateOverlay();
        emit firstPageShown();
        fetchOlderIfNeeded();
        return;
    }

    if (first == 0 && m_pendingOffsetFromBottom >= 0) {
        // Older messages went in above: keep the message that was in view where it was.
        QScrollBar *bar = verticalScrollBar();
        bar->setValue(bar->maximum() - m_pendingOffsetFromBottom);
        m_pendingOffsetFromBottom = -1;
    } else if (m_wasAtNewest) {
        scrollToBottom();
    }
    updateOverlay();
    fetchOlderIfNeeded();
}

void ThreadView::onScrolled(int)
{
    fetchOlderIfNeeded();
}

void ThreadView::fetchOlderIfNeeded()
{
    if (!m_model || m_firstPagePending || m_model->isLoading() || !m_model->canFetchMore())
        return;
    if (verticalScrollBar()->value() > verticalScrollBar()->minimum())
        return;
    m_model->fetchMore();
}

void ThreadView::onLoadFailed(const core::ApiError &error)
{
    m_failure = ErrorText::describe(error, tr("The thread could not be loaded"));
    updateOverlay();
}

void ThreadView::onLoadingChanged(bool loading)
{
    if (loading)
        m_failure.clear();

    // An empty thread inserts no rows: its first page is shown once loading stops.
    if (!loading && m_firstPagePending && m_model && m_model->rowCount() == 0 && m_model->isComplete()) {
        m_firstPagePending = false;
        emit firstPageShown();
    }
    updateOverlay();

    // Fills the view when the rows do not reach its top yet.
    if (!loading)
        fetchOlderIfNeeded();
}

void ThreadView::updateOverlay()
{
    const bool hasRows = m_model && m_model->rowCount() > 0;
    const bool loading = m_model && m_model->isLoading();

    m_loadingOlder->setVisible(hasRows && loading);
    if (m_loadingOlder->isVisible())
        m_loadingOlder->setGeometry(0, 0, viewport()->width(), m_loadingOlder->sizeHint().height());

    QString text;
    bool canRetry = false;
    if (!m_failure.isEmpty()) {
        text = m_failure;
        canRetry = true;
    } else if (!hasRows && loading) {
        text = tr("Loading the thread…");
    } else if (!hasRows && m_model && m_model->isComplete()) {
        text = tr("No messages in this conversation yet.");
    }

    m_overlayText->setText(text);
    m_retryButton->setVisible(canRetry);
    // A failure with rows shown covers only the top, so that the loaded messages stay readable.
    const bool cover = !text.isEmpty() && (!hasRows || canRetry);
    m_overlay->setVisible(cover);
    if (cover) {
        const int height = hasRows ? m_overlay->sizeHint().height() : viewport()->height();
        m_overlay->setGeometry(0, 0, viewport()->width(), height);
        m_overlay->setAutoFillBackground(hasRows);
    }
}

void ThreadView::updateRowWidth()
{
    m_delegate->setRowWidth(viewport()->width());
}

void ThreadView::resizeEvent(QResizeEvent *event)
{
    const bool atNewest = isAtNewest();
    updateRowWidth();
    QListView::resizeEvent(event);
    if (atNewest)
        scrollToNewest();
    updateOverlay();
}

void ThreadView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copyCurrentMessage();
        return;
    }
    QListView::keyPressEvent(event);
}

void ThreadView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    setCurrentIndex(index);

    QMenu menu(this);
    menu.addAction(tr("Copy message text"), this, &ThreadView::copyCurrentMessage);
    menu.exec(event->globalPos());
}

void ThreadView::copyCurrentMessage()
{
    const QModelIndex index = currentIndex();
    if (!index.isValid())
        return;
    QApplication::clipboard()->setText(index.data(core::MessageListModel::ContentRole).toString());
}

} // namespace weav::ui
