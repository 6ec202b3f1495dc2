#pragma once

#include "models/MessageListModel.h"

#include <QListView>
#include <QPointer>

class QLabel;
class QPushButton;

namespace weav::ui {

class ThreadDelegate;
class ThreadViewProxy;

// A conversation's thread as one list painted by ThreadDelegate, oldest message at the top. It opens
// at the newest message. Scrolling to the top loads the next older page, which is inserted above
// without moving what the person is reading. The view itself never calls fetchMore() when its
// last row is visible (QAbstractItemView would), because the model's older rows come first.
// A label at the top shows while older messages load; an overlay shows the empty thread and a
// failed load with a Retry button.
class ThreadView : public QListView
{
    Q_OBJECT

public:
    explicit ThreadView(QWidget *parent = nullptr);
    ~ThreadView() override;

    void setThreadModel(core::MessageListModel *model);
    core::MessageListModel *threadModel() const { return m_model; }
    ThreadDelegate *threadDelegate() const { return m_delegate; }

    // Whether the newest message is in view.
    bool isAtNewest() const;
    void scrollToNewest();
    // The text of the overlay (empty thread, failed load), or an empty string when hidden.
    QString overlayText() const;

signals:
    // The first rows of a newly set conversation are laid out and scrolled to the newest.
    void firstPageShown();
    // The person pressed Retry after a failed load.
    void retryRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void onModelReset();
    void onRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onScrolled(int value);
    void onLoadFailed(const core::ApiError &error);
    void onLoadingChanged(bool loading);
    void fetchOlderIfNeeded();
    void updateOverlay();
    void updateRowWidth();
    void copyCurrentMessage();

    QPointer<core::MessageListModel> m_model;
    ThreadViewProxy *m_proxy;
    ThreadDelegate *m_delegate;
    QLabel *m_loadingOlder;
    QWidget *m_overlay;
    QLabel *m_overlayText;
    QPushButton *m_retryButton;

    // Distance from the bottom of the content to keep while older rows are inserted above.
    int m_pendingOffsetFromBottom = -1;
    bool m_wasAtNewest = true;
    bool m_firstPagePending = false;
    QString m_failure;
};

} // namespace weav::ui
