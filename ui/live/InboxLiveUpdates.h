#pragma once

#include "sync/ConversationSync.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QLabel;
class QWidget;

namespace weav::core {
class ConversationListModel;
class Session;
struct Conversation;
}

namespace weav::ui {

class ConversationPane;
class WebhookListener;

// Keeps the inbox list current while it is on screen. It owns the core::ConversationSync of the
// list's model, and polls only while the list is visible and its window is neither hidden nor
// minimised. It merges the events of an attached webhook listener, and then polls less often. Its
// label shows "Synced 12 s ago", and the inbox places it beside its count.
//
// When a live update changes the conversation shown in the pane, the pane shows the new values and
// reloads the thread if a message arrived; the composer's text is kept, because drafts live apart
// from the thread.
class InboxLiveUpdates : public QObject
{
    Q_OBJECT

public:
    // host is the inbox widget whose visibility decides whether polling runs.
    InboxLiveUpdates(core::Session *session, core::ConversationListModel *model, ConversationPane *pane, QWidget *host);
    ~InboxLiveUpdates() override;

    core::ConversationSync *sync() const { return m_sync; }
    QLabel *lastSyncedLabel() const { return m_label; }

    void setPollSeconds(int seconds);
    // Merges the listener's events, or detaches with a null listener. Polling slows down while it listens.
    void attachWebhooks(WebhookListener *listener);
    // True while polling runs (the list is on screen).
    bool isPolling() const { return m_sync->isActive(); }
    // Turns polling and the re-sync after a network gap off or back on, e.g. for a test that
    // drives reloads itself. On by default.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // The time the list was last read or merged from the server.
    QDateTime lastSynced() const { return m_lastSynced; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updatePolling();
    bool hostOnScreen() const;
    void noteSynced();
    void resyncIfPending();
    void showLastSynced();
    void onRowChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void refreshPane(const core::Conversation &conversation);
    void onListenerState();

    QPointer<core::Session> m_session;
    core::ConversationListModel *m_model;
    ConversationPane *m_pane;
    QWidget *m_host;
    QPointer<QWidget> m_watchedWindow;
    core::ConversationSync *m_sync;
    QPointer<WebhookListener> m_listener;
    QLabel *m_label;
    QTimer m_labelTimer;
    QDateTime m_lastSynced;
    // The network was away, and no full re-sync has run since it came back.
    bool m_resyncPending = false;
    bool m_enabled = true;
};

} // namespace weav::ui
