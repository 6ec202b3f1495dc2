#pragma once

#include <QKeySequence>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QKeyEvent;
class QMenu;
class QMenuBar;
class QWidget;

namespace weav::ui {

Q_DECLARE_LOGGING_CATEGORY(lcKeyboard)

// One keyboard binding and the action it triggers.
struct Shortcut
{
    QString section;
    // Without the "\tKEY" suffix that menus show.
    QString title;
    QKeySequence keys;
    QPointer<QAction> action;
    // A key without Ctrl, Alt or Meta, dispatched by the registry's event filter.
    bool singleKey = false;
};

// The one list of the console's keyboard bindings, from which the "?" overlay and the command
// palette are generated, so that neither can drift from the bindings in effect.
//
// Single keys (J, K, /, ?) are dispatched by an application event filter, never through
// QShortcut: they fire only while their scope widget is visible, no popup or modal dialog is open,
// the key goes to the scope's window and the focus is not in a text field (line edit, text edit,
// spin box or editable combo box), so typing "j" in the search field types a "j". Bindings with
// Ctrl are ordinary QAction shortcuts of the window.
class ShortcutRegistry : public QObject
{
    Q_OBJECT

public:
    explicit ShortcutRegistry(QWidget *window, QObject *parent = nullptr);
    ~ShortcutRegistry() override;

    // Adds a binding that runs `run`, and returns its action (for menus and the palette). A
    // single key fires only while `scope` is visible and `when` (if given) holds.
    QAction *add(const QString &section, const QString &title, const QKeySequence &keys, QWidget *scope,
                 std::function<void()> run, std::function<bool()> when = {});
    // Lists the entries of the window's menus too, each under its menu's title with its own
    // shortcut. The menus are read on each call of shortcuts(), so entries added later are listed.
    void addMenuBar(QMenuBar *menuBar);

    // The bindings added here first, then the other menu entries.
    QList<Shortcut> shortcuts() const;
    // The action of the binding with this title, or nullptr.
    QAction *action(const QString &title) const;

    // Whether the widget takes typed text, so that single keys must reach it.
    static bool isTextInput(const QWidget *widget);
    static QString titleOf(const QAction *action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Binding
    {
        Shortcut shortcut;
        QPointer<QWidget> scope;
        std::function<bool()> when;
    };

    void appendMenuEntries(const QMenu *menu, const QString &section, QList<Shortcut> *entries) const;
    bool dispatchSingleKey(QObject *receiver, const QKeyEvent *event);
    bool matches(const Binding &binding, const QKeyEvent *event) const;

    QPointer<QWidget> m_window;
    QList<Binding> m_bindings;
    QPointer<QMenuBar> m_menuBar;
};

} // namespace weav::ui
