#pragma once

#include "CellDelegate.h"

namespace weav::ui {

// The priority cell: a shape and the label. Each priority has its own shape (urgent two stacked
// triangles, high one triangle, normal a bar, low a downward outline), so that it reads without
// its colour.
class PriorityDelegate : public CellDelegate
{
    Q_OBJECT

public:
    using CellDelegate::CellDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Draws the shape of `priority` ("urgent", "high", "normal", "low") into `box` in `color`, and
    // nothing for another value.
    static void drawShape(QPainter *painter, const QString &priority, const QRectF &box, const QColor &color);

protected:
    void paintContent(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                      const QRect &rect) const override;
    QString toolTip(const QModelIndex &index) const override;
};

} // namespace weav::ui
