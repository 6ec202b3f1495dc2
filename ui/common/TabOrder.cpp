#include "TabOrder.h"

#include <QWidget>

namespace weav::ui {

namespace {

bool takesFocus(const QWidget *widget)
{
    return widget->focusPolicy() != Qt::NoFocus && !widget->focusProxy();
}

// The focusable widgets of the block, in their current Tab order.
QList<QWidget *> focusableInChainOrder(QWidget *block)
{
    QList<QWidget *> widgets;
    if (takesFocus(block))
        widgets.append(block);

    for (QWidget *widget = block->nextInFocusChain(); widget && widget != block; widget = widget->nextInFocusChain()) {
        if (block->isAncestorOf(widget) && takesFocus(widget))
            widgets.append(widget);
    }
    return widgets;
}

} // namespace

void setTabOrderByBlocks(const QList<QWidget *> &blocks)
{
    QList<QWidget *> ordered;
    for (QWidget *block : blocks)
        ordered += focusableInChainOrder(block);

    for (qsizetype index = 1; index < ordered.size(); ++index)
        QWidget::setTabOrder(ordered.at(index - 1), ordered.at(index));
}

} // namespace weav::ui
