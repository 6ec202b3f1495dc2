#include "ConsoleKeyboard.h"

#include "MainWindow.h"
#include "ShortcutOverlay.h"
#include "ShortcutRegistry.h"
#include "inbox/AssigneePicker.h"
#include "inbox/Composer.h"
#include "inbox/ConversationPane.h"
#include "inbox/FilterBar.h"
#include "inbox/InboxView.h"
#include "inbox/TagEditor.h"
#include "inbox/ThreadView.h"
#include "models/ConversationListModel.h"
#include "views/ViewsSidebar.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QItemSelectionModel>
#include <QTableView>

namespace weav::ui {

namespace {

constexpr int StatusMessageMs = 6000;

} // namespace

ConsoleKeyboard::ConsoleKeyboard(MainWindow *window, ViewsSidebar *sidebar)
    : QObject(window)
    , m_window(window)
    , m_sidebar(sidebar)
    , m_registry(new ShortcutRegistry(window, this))
    , m_palette(new CommandPalette(window->session(), window))
    , m_overlay(new ShortcutOverlay(m_registry, window))
{
    QMenu *conversation = insertMenu(tr("C&onversation"));
    addInboxBindings(conversation);
    conversation->addSeparator();
    addConversationBindings(conversation);
    if (m_sidebar)
        addViewEntries(insertMenu(tr("&Views")));
    addGeneralBindings(helpMenu());
    m_registry->addMenuBar(window->menuBar());

    CommandPalette::Sources sources;
    sources.actions = [this] { return actionEntries(); };
    sources.views = [this] { return viewEntries(); };
    if (window->inbox())
        sources.conversations = window->inbox()->model();
    sources.openConversation = [this](const QString &id) { openConversation(id); };
    m_palette->setSources(sources);

    // Another area leaves no palette or overlay over it.
    connect(window->navigation(), &QListWidget::currentRowChanged, this, [this] {
        m_palette->dismiss();
        m_overlay->dismiss();
    });
}

QMenu *ConsoleKeyboard::insertMenu(const QString &title)
{
    // Before the Help menu, which stays last.
    QMenuBar *bar = m_window->menuBar();
    const QList<QAction *> menus = bar->actions();
    auto *menu = new QMenu(title, bar);
    if (menus.isEmpty())
        bar->addMenu(menu);
    else
        bar->insertMenu(menus.constLast(), menu);
    return menu;
}

QMenu *ConsoleKeyboard::helpMenu()
{
    const QList<QAction *> menus = m_window->menuBar()->actions();
    if (!menus.isEmpty() && menus.constLast()->menu()) {
        QMenu *help = menus.constLast()->menu();
        help->addSeparator();
        return help;
    }
    return m_window->menuBar()->addMenu(tr("&Help"));
}

void ConsoleKeyboard::addInboxBindings(QMenu *menu)
{
    InboxView *inbox = m_window->inbox();
    if (!inbox)
        return;
    const QString section = tr("Inbox");
    menu->addAction(m_registry->add(section, tr("Next Conversation"), QKeySequence(Qt::Key_J), inbox,
                                    [this] { moveSelection(1); }));
    menu->addAction(m_registry->add(section, tr("Previous Conversation"), QKeySequence(Qt::Key_K), inbox,
                                    [this] { moveSelection(-1); }));
    // Enter opens only from the list, so that Enter keeps its meaning in buttons and fields.
    menu->addAction(m_registry->add(section, tr("Open Conversation"), QKeySequence(Qt::Key_Return), inbox,
                                    [this] { focusPane(); }, [inbox] { return inbox->table()->hasFocus(); }));
    menu->addAction(m_registry->add(section, tr("Search Conversations"), QKeySequence(Qt::Key_Slash), inbox,
                                    [this] { focusSearch(); }));
}

void ConsoleKeyboard::addConversationBindings(QMenu *menu)
{
    InboxView *inbox = m_window->inbox();
    if (!inbox)
        return;
    const QString section = tr("Conversation");
    menu->addAction(m_registry->add(section, tr("Assign…"), QKeySequence(Qt::Key_A), inbox, [this] { assign(); }));
    menu->addAction(m_registry->add(section, tr("Close or Reopen"), QKeySequence(Qt::Key_S), inbox,
                                    [this] { toggleStatus(); }));
    menu->addAction(m_registry->add(section, tr("Priority…"), QKeySequence(Qt::Key_P), inbox,
                                    [this] { choosePriority(); }));
    menu->addAction(m_registry->add(section, tr("Edit Tags"), QKeySequence(Qt::Key_T), inbox, [this] { editTags(); }));
    menu->addSeparator();
    menu->addAction(m_registry->add(section, tr("Reply"), QKeySequence(Qt::Key_R), inbox, [this] { compose(false); }));
    menu->addAction(m_registry->add(section, tr("Add Internal Note"), QKeySequence(Qt::Key_N), inbox,
                                    [this] { compose(true); }));
}

void ConsoleKeyboard::addViewEntries(QMenu *menu)
{
    ViewsSidebar *sidebar = m_sidebar;
    menu->addAction(tr("Save View…"), sidebar, &ViewsSidebar::promptSaveView);
    menu->addAction(tr("Open View Link…"), sidebar, &ViewsSidebar::promptOpenLink);
    menu->addAction(tr("Import View…"), sidebar, &ViewsSidebar::promptImportView);
    menu->addAction(tr("Refresh View Counts"), sidebar, &ViewsSidebar::refreshCounts);
}

void ConsoleKeyboard::addGeneralBindings(QMenu *menu)
{
    const QString section = tr("General");
    menu->addAction(m_registry->add(section, tr("Command Palette…"), QKeySequence(Qt::CTRL | Qt::Key_K), m_window,
                                    [this] { openPalette(); }));
    menu->addAction(m_registry->add(section, tr("Keyboard Shortcuts"), QKeySequence(Qt::Key_Question), m_window,
                                    [this] { toggleOverlay(); }));
}

QList<CommandPalette::Entry> ConsoleKeyboard::actionEntries() const
{
    QList<CommandPalette::Entry> entries;
    for (const Shortcut &shortcut : m_registry->shortcuts()) {
        QAction *action = shortcut.action;
        if (!action || !action->isEnabled() || shortcut.title == tr("Command Palette…"))
            continue;
        CommandPalette::Entry entry;
        entry.kind = CommandPalette::Kind::Action;
        entry.title = shortcut.title;
        entry.detail = shortcut.keys.toString(QKeySequence::NativeText);
        entry.run = [action = QPointer<QAction>(action)] {
            if (action)
                action->trigger();
        };
        entries.append(entry);
    }
    return entries;
}

QList<CommandPalette::Entry> ConsoleKeyboard::viewEntries() const
{
    QList<CommandPalette::Entry> entries;
    if (!m_sidebar)
        return entries;
    for (const ViewsSidebar::Entry &view : m_sidebar->entries()) {
        entries.append({CommandPalette::Kind::View, view.title, view.detail, [this, open = view.open] {
                            m_window->showArea(MainWindow::Area::Inbox);
                            open();
                        }});
    }
    return entries;
}

void ConsoleKeyboard::openPalette()
{
    m_overlay->dismiss();
    m_palette->popUp();
}

void ConsoleKeyboard::toggleOverlay()
{
    if (m_overlay->isVisible()) {
        m_overlay->dismiss();
        return;
    }
    m_palette->dismiss();
    m_overlay->popUp();
}

void ConsoleKeyboard::moveSelection(int step)
{
    QTableView *table = m_window->inbox()->table();
    const QAbstractItemModel *model = table->model();
    if (!model || model->rowCount() == 0)
        return;

    // A table that gets the focus makes its first row current without selecting it, so the first
    // key selects the current row instead of moving past it.
    const QModelIndex current = table->currentIndex();
    int row = 0;
    if (current.isValid() && table->selectionModel()->hasSelection())
        row = qBound(0, current.row() + step, model->rowCount() - 1);
    else if (current.isValid())
        row = current.row();
    const QModelIndex target = model->index(row, core::ConversationListModel::SubjectColumn);
    table->setCurrentIndex(target);
    table->scrollTo(target);
}

void ConsoleKeyboard::focusPane()
{
    if (!hasConversation())
        return;
    m_window->inbox()->pane()->threadView()->setFocus(Qt::ShortcutFocusReason);
}

void ConsoleKeyboard::openConversation(const QString &conversationId)
{
    m_window->showArea(MainWindow::Area::Inbox);
    m_window->inbox()->openConversation(conversationId);
}

bool ConsoleKeyboard::hasConversation()
{
    if (m_window->inbox()->pane()->conversation())
        return true;
    m_window->statusBar()->showMessage(tr("Select a conversation first: J and K move through the list."),
                                       StatusMessageMs);
    return false;
}

void ConsoleKeyboard::assign()
{
    if (!hasConversation())
        return;
    AssigneePicker *picker = m_window->inbox()->pane()->assigneePicker();
    if (!picker->isEnabled()) {
        m_window->statusBar()->showMessage(picker->toolTip(), StatusMessageMs);
        return;
    }
    picker->setFocus(Qt::ShortcutFocusReason);
    picker->showPopup();
}

void ConsoleKeyboard::toggleStatus()
{
    if (!hasConversation())
        return;
    QPushButton *button = m_window->inbox()->pane()->statusButton();
    if (!button->isEnabled()) {
        m_window->statusBar()->showMessage(button->toolTip(), StatusMessageMs);
        return;
    }
    button->click();
}

void ConsoleKeyboard::choosePriority()
{
    if (!hasConversation())
        return;
    QComboBox *priority = m_window->inbox()->pane()->priorityBox();
    if (!priority->isEnabled()) {
        m_window->statusBar()->showMessage(priority->toolTip(), StatusMessageMs);
        return;
    }
    priority->setFocus(Qt::ShortcutFocusReason);
    priority->showPopup();
}

void ConsoleKeyboard::editTags()
{
    if (!hasConversation())
        return;
    QLineEdit *tags = m_window->inbox()->pane()->tagEditor()->lineEdit();
    tags->setFocus(Qt::ShortcutFocusReason);
    tags->end(false);
}

void ConsoleKeyboard::compose(bool note)
{
    if (!hasConversation())
        return;
    Composer *composer = m_window->inbox()->pane()->composer();
    const Composer::Mode mode = note ? Composer::Mode::Note : Composer::Mode::Reply;
    composer->setMode(mode);
    composer->editor(mode)->setFocus(Qt::ShortcutFocusReason);
}

void ConsoleKeyboard::focusSearch()
{
    QLineEdit *search = m_window->inbox()->filterBar()->searchEdit();
    search->setFocus(Qt::ShortcutFocusReason);
    search->selectAll();
}

} // namespace weav::ui
