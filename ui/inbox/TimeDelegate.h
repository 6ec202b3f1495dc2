#pragma once

#include "CellDelegate.h"

namespace weav::ui {

// A time cell: "5 min ago" in the cell, the exact local time in ISO 8601 in the tooltip. The view
// repaints every minute so that the relative text stays true.
class TimeDelegate : public CellDelegate
{
    Q_OBJECT

public:
    using CellDelegate::CellDelegate;

protected:
    void paintContent(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                      const QRect &rect) const override;
    QString toolTip(const QModelIndex &index) const override;
};

} // namespace weav::ui
