#pragma once

#include "inbox/CellDelegate.h"

namespace weav::ui {

// The status cell of the training list: the status icon and its text, with the error of a failed
// item after it ("Failed: Could not fetch …"), and the whole error in the tooltip.
class TrainingStatusDelegate : public CellDelegate
{
    Q_OBJECT

public:
    using CellDelegate::CellDelegate;

protected:
    void paintContent(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                      const QRect &rect) const override;
    QString toolTip(const QModelIndex &index) const override;
};

// A size in bytes as "12.4 kB", right-aligned, with the exact number of bytes in the tooltip.
class ByteSizeDelegate : public CellDelegate
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
