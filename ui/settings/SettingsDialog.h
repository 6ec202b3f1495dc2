#pragma once

#include <QDialog>
#include <QHash>

class QLabel;
class QListWidget;
class QSettings;
class QStackedWidget;

namespace weav::core {
class Session;
}

namespace weav::ui {

class AppearancePage;
class LiveUpdateSettingsPage;
class LiveUpdates;
class NetworkPage;
class ProfilesPage;
class RepliesPage;

// The console's settings in one window: a list of pages on the left, the chosen page on the right.
// Each page applies its changes as they are made (a theme, a teammate) or with its own button (the
// live updates and the proxy, whose secrets go to the keychain first), so Close never discards
// anything that was applied.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Profiles, Replies, LiveUpdates, Appearance, Network };
    Q_ENUM(Page)

    static constexpr QSize PreferredSize{880, 600};

    // The session, settings and live updates stay owned by the caller and must outlive the dialog.
    // liveUpdates may be null, and then the page is left out.
    SettingsDialog(core::Session *session, QSettings *settings, LiveUpdates *liveUpdates, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    QListWidget *pageList() const { return m_pageList; }

    ProfilesPage *profilesPage() const { return m_profiles; }
    RepliesPage *repliesPage() const { return m_replies; }
    LiveUpdateSettingsPage *liveUpdatesPage() const { return m_liveUpdates; }
    AppearancePage *appearancePage() const { return m_appearance; }
    NetworkPage *networkPage() const { return m_network; }

signals:
    // The Profiles page's Connect… was pressed.
    void connectRequested();

private:
    void addPage(Page page, const QString &iconName, const QString &title, const QString &subtitle, QWidget *content);

    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_stack = nullptr;
    QHash<Page, int> m_rows;
    ProfilesPage *m_profiles = nullptr;
    RepliesPage *m_replies = nullptr;
    LiveUpdateSettingsPage *m_liveUpdates = nullptr;
    AppearancePage *m_appearance = nullptr;
    NetworkPage *m_network = nullptr;
};

} // namespace weav::ui
