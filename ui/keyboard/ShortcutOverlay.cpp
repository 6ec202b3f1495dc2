#include "ShortcutOverlay.h"

#include "FloatingPanel.h"
#include "ShortcutRegistry.h"

#include <QApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMap>
#include <QVBoxLayout>

namespace weav::ui {

namespace {

constexpr int SectionsPerRow = 3;

QLabel *keyLabel(const QString &keys, QWidget *parent)
{
    auto *label = new QLabel(keys, parent);
    // The keys read as key caps: a frame and a fixed-width font, not colour alone.
    label->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 3px; "
                                        "padding: 1px 5px; background: palette(base); font-family: monospace; }"));
    label->setAlignment(Qt::AlignCenter);
    return label;
}

} // namespace

ShortcutOverlay::ShortcutOverlay(ShortcutRegistry *registry, QWidget *window)
    : QFrame(window)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("shortcutOverlay"));
    setAccessibleName(tr("Keyboard shortcuts"));
    setFocusPolicy(Qt::StrongFocus);
    styleAsFloatingPanel(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    auto *title = new QLabel(tr("Keyboard shortcuts"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    title->setFont(titleFont);
    layout->addWidget(title);

    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(28);
    m_grid->setVerticalSpacing(12);
    layout->addLayout(m_grid, 1);

    auto *hint = new QLabel(tr("Single keys work while no text field has the focus. Esc or ? closes this list."), this);
    hint->setEnabled(false);
    layout->addWidget(hint);
    hide();
}

void ShortcutOverlay::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    m_lines.clear();

    // Sections in the order of their first binding.
    QStringList sections;
    QMap<QString, QList<Shortcut>> bySection;
    for (const Shortcut &shortcut : m_registry->shortcuts()) {
        if (shortcut.keys.isEmpty())
            continue;
        if (!sections.contains(shortcut.section))
            sections.append(shortcut.section);
        bySection[shortcut.section].append(shortcut);
    }

    for (qsizetype index = 0; index < sections.size(); ++index) {
        auto *box = new QWidget(this);
        auto *boxLayout = new QGridLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        auto *heading = new QLabel(sections.at(index), box);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        boxLayout->addWidget(heading, 0, 0, 1, 2);

        int row = 1;
        for (const Shortcut &shortcut : bySection.value(sections.at(index))) {
            const QString keys = shortcut.keys.toString(QKeySequence::NativeText);
            boxLayout->addWidget(keyLabel(keys, box), row, 0);
            boxLayout->addWidget(new QLabel(shortcut.title, box), row, 1);
            m_lines.append(QStringLiteral("%1 — %2").arg(keys, shortcut.title));
            ++row;
        }
        boxLayout->setRowStretch(row, 1);
        boxLayout->setColumnStretch(1, 1);
        m_grid->addWidget(box, int(index / SectionsPerRow), int(index % SectionsPerRow), Qt::AlignTop);
    }
}

void ShortcutOverlay::popUp()
{
    rebuild();
    const QWidget *window = parentWidget();
    adjustSize();
    const QSize size(qMin(qMax(sizeHint().width(), 760), window->width() - 40),
                     qMin(sizeHint().height(), window->height() - 40));
    setGeometry((window->width() - size.width()) / 2, (window->height() - size.height()) / 2, size.width(), size.height());
    m_previousFocus = QApplication::focusWidget();
    show();
    raise();
    setFocus(Qt::ShortcutFocusReason);
}

void ShortcutOverlay::dismiss()
{
    if (!isVisible())
        return;
    hide();
    if (m_previousFocus)
        m_previousFocus->setFocus(Qt::OtherFocusReason);
}

void ShortcutOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_Question) {
        dismiss();
        return;
    }
    QFrame::keyPressEvent(event);
}

void ShortcutOverlay::mousePressEvent(QMouseEvent *event)
{
    Q_UNUSED(event)
    dismiss();
}

} // namespace weav::ui
