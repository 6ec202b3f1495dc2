#include "PriorityDelegate.h"

#include "models/ConversationListModel.h"

#include <QPainter>
#include <QPainterPath>

namespace weav::ui {

namespace {

constexpr int ShapeSize = 12;
constexpr int ShapeGap = 6;

QColor shapeColor(const QString &priority, const QColor &textColor)
{
    if (priority == QLatin1String("urgent"))
        return QColor(0xc6, 0x28, 0x28);
    if (priority == QLatin1String("high"))
        return QColor(0xe0, 0x7a, 0x00);
    if (priority == QLatin1String("low"))
        return QColor(0x5b, 0x7b, 0x9a);
    return textColor;
}

QPainterPath upTriangle(const QRectF &box)
{
    QPainterPath path;
    path.moveTo(box.center().x(), box.top());
    path.lineTo(box.right(), box.bottom());
    path.lineTo(box.left(), box.bottom());
    path.closeSubpath();
    return path;
}

QPainterPath downTriangle(const QRectF &box)
{
    QPainterPath path;
    path.moveTo(box.left(), box.top());
    path.lineTo(box.right(), box.top());
    path.lineTo(box.center().x(), box.bottom());
    path.closeSubpath();
    return path;
}

} // namespace

void PriorityDelegate::drawShape(QPainter *painter, const QString &priority, const QRectF &box, const QColor &color)
{
    painter->setRenderHint(QPainter::Antialiasing, true);

    if (priority == QLatin1String("urgent")) {
        const qreal half = box.height() / 2.0;
        const QRectF upper(box.left(), box.top(), box.width(), half);
        const QRectF lower(box.left(), box.top() + half, box.width(), half);
        painter->fillPath(upTriangle(upper), color);
        painter->fillPath(upTriangle(lower), color);
    } else if (priority == QLatin1String("high")) {
        painter->fillPath(upTriangle(box.adjusted(0, 1, 0, -1)), color);
    } else if (priority == QLatin1String("normal")) {
        const QRectF bar(box.left(), box.center().y() - 1.5, box.width(), 3.0);
        painter->fillRect(bar, color);
    } else if (priority == QLatin1String("low")) {
        painter->setPen(QPen(color, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(downTriangle(box.adjusted(1, 2, -1, -1)));
    }
}

QSize PriorityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += ShapeSize + ShapeGap;
    return size;
}

void PriorityDelegate::paintContent(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                                    const QRect &rect) const
{
    const QString priority = index.data(core::ConversationListModel::RawValueRole).toString();
    const QString label = index.data(Qt::DisplayRole).toString();
    const QColor text = textColor(option);

    // On the selection's background the shape takes the text colour, which contrasts with it.
    const bool selected = option.state & QStyle::State_Selected;
    const QRectF box(rect.left(), rect.center().y() - ShapeSize / 2.0 + 0.5, ShapeSize, ShapeSize);
    drawShape(painter, priority, box, selected ? text : shapeColor(priority, text));

    painter->setPen(text);
    drawElidedText(painter, option, rect.adjusted(ShapeSize + ShapeGap, 0, 0, 0), label);
}

QString PriorityDelegate::toolTip(const QModelIndex &index) const
{
    const QString label = index.data(Qt::DisplayRole).toString();
    if (label.isEmpty())
        return tr("No priority");
    return tr("Priority: %1").arg(label);
}

} // namespace weav::ui
