#include "CellDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace weav::ui {

void CellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    background.features &= ~QStyleOptionViewItem::HasDisplay;
    background.features &= ~QStyleOptionViewItem::HasDecoration;

    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    painter->save();
    const QRect content = option.rect.adjusted(Padding, 0, -Padding, 0);
    painter->setClipRect(option.rect);
    painter->setFont(background.font);
    paintContent(painter, background, index, content);
    painter->restore();
}

bool CellDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                             const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);

    const QString text = toolTip(index);
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return false;
    }
    QToolTip::showText(event->globalPos(), text, view, option.rect);
    return true;
}

QString CellDelegate::toolTip(const QModelIndex &index) const
{
    return index.data(Qt::ToolTipRole).toString();
}

QColor CellDelegate::textColor(const QStyleOptionViewItem &option)
{
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QPalette::ColorRole role = option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    return option.palette.color(group, role);
}

QColor CellDelegate::placeholderColor(const QStyleOptionViewItem &option)
{
    if (option.state & QStyle::State_Selected)
        return textColor(option);
    return option.palette.color(QPalette::PlaceholderText);
}

int CellDelegate::drawElidedText(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                                 const QString &text)
{
    const QFontMetrics metrics(painter->font());
    const QString elided = metrics.elidedText(text, option.textElideMode, rect.width());
    painter->drawText(rect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, elided);
    return metrics.horizontalAdvance(elided);
}

} // namespace weav::ui
