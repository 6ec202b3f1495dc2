#include "ShortcutRegistry.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

namespace weav::ui {

Q_LOGGING_CATEGORY(lcKeyboard, "weav.ui.keyboard")

namespace {

// Qt::Key_Enter (keypad) and Qt::Key_Return are one binding.
int normalisedKey(int key)
{
    return key == Qt::Key_Enter ? int(Qt::Key_Return) : key;
}

bool hasCommandModifier(Qt::KeyboardModifiers modifiers)
{
    return modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
}

bool isLetterKey(int key)
{
    return key >= Qt::Key_A && key <= Qt::Key_Z;
}

} // namespace

ShortcutRegistry::ShortcutRegistry(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

ShortcutRegistry::~ShortcutRegistry()
{
    qApp->removeEventFilter(this);
}

QAction *ShortcutRegistry::add(const QString &section, const QString &title, const QKeySequence &keys, QWidget *scope,
                               std::function<void()> run, std::function<bool()> when)
{
    const bool singleKey = keys.count() == 1 && !hasCommandModifier(keys[0].keyboardModifiers());

    auto *action = new QAction(this);
    if (singleKey) {
        // Menus show the text after a tab as the shortcut, without registering it with Qt.
        action->setText(title + QLatin1Char('\t') + keys.toString(QKeySequence::NativeText));
    } else {
        action->setText(title);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        if (m_window)
            m_window->addAction(action);
    }
    connect(action, &QAction::triggered, this, [run = std::move(run)] { run(); });

    Binding binding;
    binding.shortcut = {section, title, keys, action, singleKey};
    binding.scope = scope;
    binding.when = std::move(when);
    m_bindings.append(binding);
    return action;
}

void ShortcutRegistry::addMenuBar(QMenuBar *menuBar)
{
    m_menuBar = menuBar;
}

QList<Shortcut> ShortcutRegistry::shortcuts() const
{
    QList<Shortcut> result;
    for (const Binding &binding : m_bindings) {
        if (binding.shortcut.action)
            result.append(binding.shortcut);
    }
    if (!m_menuBar)
        return result;

    for (const QAction *menuAction : m_menuBar->actions()) {
        if (menuAction->menu())
            appendMenuEntries(menuAction->menu(), titleOf(menuAction), &result);
    }
    return result;
}

void ShortcutRegistry::appendMenuEntries(const QMenu *menu, const QString &section, QList<Shortcut> *entries) const
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || action->parent() == this)
            continue;
        if (action->menu()) {
            appendMenuEntries(action->menu(), section, entries);
            continue;
        }
        entries->append({section, titleOf(action), action->shortcut(), action, false});
    }
}

QAction *ShortcutRegistry::action(const QString &title) const
{
    for (const Binding &binding : m_bindings) {
        if (binding.shortcut.title == title)
            return binding.shortcut.action;
    }
    return nullptr;
}

QString ShortcutRegistry::titleOf(const QAction *action)
{
    QString text = action->text();
    text = text.left(text.indexOf(QLatin1Char('\t')));
    // "&&" is a literal ampersand, a single "&" marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

bool ShortcutRegistry::isTextInput(const QWidget *widget)
{
    if (!widget)
        return false;
    if (qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget))
        return true;
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->isEditable();
    // The viewport of a text edit, or a spin box's line edit.
    return widget->parentWidget() && (qobject_cast<const QTextEdit *>(widget->parentWidget())
                                      || qobject_cast<const QPlainTextEdit *>(widget->parentWidget())
                                      || qobject_cast<const QAbstractSpinBox *>(widget->parentWidget()));
}

bool ShortcutRegistry::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && dispatchSingleKey(watched, static_cast<QKeyEvent *>(event)))
        return true;
    return QObject::eventFilter(watched, event);
}

bool ShortcutRegistry::dispatchSingleKey(QObject *receiver, const QKeyEvent *event)
{
    // Every widget between the focus widget and the window sees a propagated key event, so only
    // the first delivery counts: the one to the focus widget (or to the window without one).
    auto *widget = qobject_cast<QWidget *>(receiver);
    if (!widget || !m_window || widget->window() != m_window || hasCommandModifier(event->modifiers()))
        return false;
    QWidget *focus = QApplication::focusWidget();
    if (focus ? widget != focus : widget != m_window)
        return false;
    if (QApplication::activePopupWidget() || QApplication::activeModalWidget() || isTextInput(focus))
        return false;

    for (const Binding &binding : std::as_const(m_bindings)) {
        if (!matches(binding, event))
            continue;
        qCDebug(lcKeyboard).noquote() << "key" << binding.shortcut.keys.toString() << "runs" << binding.shortcut.title;
        binding.shortcut.action->trigger();
        return true;
    }
    return false;
}

bool ShortcutRegistry::matches(const Binding &binding, const QKeyEvent *event) const
{
    const Shortcut &shortcut = binding.shortcut;
    if (!shortcut.singleKey || !shortcut.action || !shortcut.action->isEnabled())
        return false;
    if (!binding.scope || !binding.scope->isVisible())
        return false;

    // Shift is part of symbols such as "?", but a shifted letter is another key.
    const int key = normalisedKey(event->key());
    if (isLetterKey(key) && (event->modifiers() & Qt::ShiftModifier))
        return false;
    if (normalisedKey(shortcut.keys[0].key()) != key)
        return false;
    return !binding.when || binding.when();
}

} // namespace weav::ui
