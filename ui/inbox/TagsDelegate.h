#pragma once

#include "CellDelegate.h"

namespace weav::ui {

// The tags cell: each tag as a rounded chip. Tags that do not fit are counted in a last "+N" chip,
// and the tooltip lists them all.
class TagsDelegate : public CellDelegate
{
    Q_OBJECT

public:
    using CellDelegate::CellDelegate;

protected:
    void paintContent(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                      const QRect &rect) const override;

private:
    static QRect chipRect(const QFontMetrics &metrics, const QRect &rect, int left, const QString &text);
    static void drawChip(QPainter *painter, const QStyleOptionViewItem &option, const QRect &chip, const QString &text);
};

} // namespace weav::ui
