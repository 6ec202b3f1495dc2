#pragma once

#include "api/ApiError.h"
#include "connect/TokenPrompt.h"
#include "settings/SettingsDialog.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QListWidget;
class QSettings;
class QSplitter;
class QStackedWidget;

namespace weav::core {
class Session;
}

namespace weav::ui {

Q_DECLARE_LOGGING_CATEGORY(lcShell)

class ActivityView;
class AnalyticsView;
class CompaniesView;
class ConsoleKeyboard;
class CustomersView;
class InboxView;
class LiveUpdates;
class OfflineBanner;
class SessionStatusBar;
class ViewsSidebar;

// The console's window for one connected session: a navigation list of the areas on the left, the
// area's page on the right, the offline banner above them and the session's status bar below.
// It prompts for a new token when the session reports a 401, and keeps its geometry in the
// settings (never a secret).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Area { Inbox, Customers, Companies, Agents, Training, Analytics, Activity };
    Q_ENUM(Area)

    // The session and the settings stay owned by the caller and must outlive the window.
    MainWindow(core::Session *session, QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    core::Session *session() const { return m_session; }

    // Every area, in navigation order.
    static QList<Area> areas();
    static QString areaTitle(Area area);

    void showArea(Area area);
    Area currentArea() const;
    QWidget *page(Area area) const;
    QListWidget *navigation() const { return m_navigation; }
    InboxView *inbox() const { return m_inbox; }
    // The built-in and saved views beside the inbox.
    ViewsSidebar *viewsSidebar() const { return m_viewsSidebar; }
    // The keyboard shortcuts, the command palette and the shortcut overlay.
    ConsoleKeyboard *keyboard() const { return m_keyboard; }
    ActivityView *activity() const { return m_activity; }
    AnalyticsView *analytics() const { return m_analytics; }
    CustomersView *customers() const { return m_customers; }
    CompaniesView *companies() const { return m_companies; }
    LiveUpdates *liveUpdates() const { return m_live; }
    // File > Settings… (Ctrl+,).
    QAction *settingsAction() const { return m_settingsAction; }
    // Opens the settings dialog on page, modal to this window (QDialog::open(), so the event loop
    // runs on), or brings the open one forward and switches its page. Returns the dialog.
    SettingsDialog *showSettings(SettingsDialog::Page page = SettingsDialog::Page::Profiles);
    // The open settings dialog, or nullptr.
    SettingsDialog *settingsDialog() const { return m_settingsDialog; }

    OfflineBanner *offlineBanner() const { return m_banner; }
    SessionStatusBar *sessionStatusBar() const { return m_statusBar; }
    // The open token prompt, or nullptr.
    TokenPrompt *tokenPrompt() const { return m_tokenPrompt; }
    QAction *connectAction() const { return m_connectAction; }

signals:
    // File > Connect to workspace: the person wants another profile or the demo workspace.
    void connectRequested();
    // The token typed in the prompt was written to the credential store (ok), or writing failed.
    void tokenStored(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct AreaInfo
    {
        Area area;
        QString iconName;
        QString title;
        // The planned content, for the placeholder page. Empty for an area that is built.
        QString planned;
    };
    static QList<AreaInfo> areaInfos();

    void buildPages();
    QWidget *createPage(const AreaInfo &info);
    QWidget *wrapInboxWithViews();
    // The Customers or Companies page, linked to each other and to the inbox.
    QWidget *createPeoplePage(Area area);
    QWidget *createAnalyticsPage();
    void buildMenus();
    void showAbout();
    void restoreLayout();
    void saveLayout();

    void onTokenRequired(const core::ApiError &error);
    void useNewToken(const QString &token, bool store);
    void cancelWaitingRequests();

    core::Session *m_session;
    QSettings *m_settings;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSplitter *m_splitter = nullptr;
    OfflineBanner *m_banner = nullptr;
    SessionStatusBar *m_statusBar = nullptr;
    InboxView *m_inbox = nullptr;
    ViewsSidebar *m_viewsSidebar = nullptr;
    ConsoleKeyboard *m_keyboard = nullptr;
    ActivityView *m_activity = nullptr;
    AnalyticsView *m_analytics = nullptr;
    CustomersView *m_customers = nullptr;
    CompaniesView *m_companies = nullptr;
    LiveUpdates *m_live = nullptr;
    QAction *m_settingsAction = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    QHash<Area, QWidget *> m_pageByArea;
    QActionGroup *m_areaActions = nullptr;
    QAction *m_connectAction = nullptr;
    QPointer<TokenPrompt> m_tokenPrompt;
};

} // namespace weav::ui
