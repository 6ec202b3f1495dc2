#pragma once

#include "CommandPalette.h"

#include <QObject>
#include <QPointer>

class QMenu;

namespace weav::ui {

class MainWindow;
class ShortcutOverlay;
class ShortcutRegistry;
class ViewsSidebar;

// The main window's keyboard: registers the inbox and conversation keys (J, K, Enter, A, S, P, T,
// R, N, /), the command palette (Ctrl+K) and the shortcut overlay (?) in one ShortcutRegistry,
// and adds the Conversation and Views menus and two Help entries, which show the same keys.
class ConsoleKeyboard : public QObject
{
    Q_OBJECT

public:
    // `sidebar` may be nullptr; the palette then offers the built-in views only through the menus.
    ConsoleKeyboard(MainWindow *window, ViewsSidebar *sidebar);

    ShortcutRegistry *registry() const { return m_registry; }
    CommandPalette *palette() const { return m_palette; }
    ShortcutOverlay *overlay() const { return m_overlay; }

    void openPalette();
    void toggleOverlay();

private:
    QMenu *insertMenu(const QString &title);
    // The last menu, Help, or a new Help menu.
    QMenu *helpMenu();
    void addInboxBindings(QMenu *menu);
    void addConversationBindings(QMenu *menu);
    void addViewEntries(QMenu *menu);
    void addGeneralBindings(QMenu *menu);
    QList<CommandPalette::Entry> actionEntries() const;
    QList<CommandPalette::Entry> viewEntries() const;

    void moveSelection(int step);
    void focusPane();
    void openConversation(const QString &conversationId);
    // Whether a conversation is in the pane; otherwise says how to pick one in the status bar.
    bool hasConversation();
    void assign();
    void toggleStatus();
    void choosePriority();
    void editTags();
    void compose(bool note);
    void focusSearch();

    QPointer<MainWindow> m_window;
    QPointer<ViewsSidebar> m_sidebar;
    ShortcutRegistry *m_registry;
    CommandPalette *m_palette;
    ShortcutOverlay *m_overlay;
};

} // namespace weav::ui
