#pragma once

#include <QFrame>
#include <QPointer>

class QGridLayout;

namespace weav::ui {

class ShortcutRegistry;

// The "?" overlay: every binding of the registry, by section, over the middle of the window. It is
// built from the registry each time it opens, so it lists exactly the bindings in effect. Esc, "?"
// or a click closes it.
class ShortcutOverlay : public QFrame
{
    Q_OBJECT

public:
    ShortcutOverlay(ShortcutRegistry *registry, QWidget *window);

    void popUp();
    void dismiss();
    // "Keys — title" per listed binding, for tests.
    QStringList listedLines() const { return m_lines; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void rebuild();

    ShortcutRegistry *m_registry;
    QGridLayout *m_grid;
    QStringList m_lines;
    QPointer<QWidget> m_previousFocus;
};

} // namespace weav::ui
