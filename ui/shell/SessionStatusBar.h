#pragma once

#include "workspace/Session.h"

#include <QDateTime>
#include <QPointer>
#include <QStatusBar>
#include <QTimer>

class QLabel;

namespace weav::ui {

// One permanent entry of the status bar: an icon and a short text, so that no state is shown by
// colour alone.
class StatusItem : public QWidget
{
    Q_OBJECT

public:
    explicit StatusItem(const QString &objectName, QWidget *parent = nullptr);

    void setIconName(const QString &iconName);
    void setText(const QString &text);
    QString text() const;
    QString iconName() const { return m_iconName; }
    // Keeps the text at least as wide as sample, so that a text that changes often does not make
    // the entries beside it move.
    void reserveWidthFor(const QString &sample);

private:
    QLabel *m_icon;
    QLabel *m_text;
    QString m_iconName;
};

// The main window's status bar for one session: the workspace, a read-only badge when the token
// may not write, online or offline, the time of the last sync, and the API's rate-limit headroom.
class SessionStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit SessionStatusBar(core::Session *session, QWidget *parent = nullptr);

    StatusItem *workspaceItem() const { return m_workspace; }
    StatusItem *readOnlyItem() const { return m_readOnly; }
    StatusItem *connectionItem() const { return m_connection; }
    StatusItem *syncItem() const { return m_sync; }
    StatusItem *rateLimitItem() const { return m_rateLimit; }

    // "Synced 12 s ago" for the sync entry; "Not synced yet" when when is invalid.
    static QString relativeSyncText(const QDateTime &when, const QDateTime &now);
    // How often the relative sync text is refreshed.
    static constexpr int SyncRefreshMs = 5000;

private:
    void showWorkspace();
    void showAbilities();
    void showReachability(bool reachable);
    void showLastSync();
    void showRateLimit(int limit, int remaining);

    QPointer<core::Session> m_session;
    StatusItem *m_workspace;
    StatusItem *m_readOnly;
    StatusItem *m_connection;
    StatusItem *m_sync;
    StatusItem *m_rateLimit;
    QTimer m_syncTimer;
};

} // namespace weav::ui
