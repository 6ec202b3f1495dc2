#include "TimeDelegate.h"

#include "common/RelativeTime.h"

#include <QPainter>

namespace weav::ui {

void TimeDelegate::paintContent(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                                const QRect &rect) const
{
    const QDateTime time = index.data(Qt::DisplayRole).toDateTime();
    if (!time.isValid())
        return;

    painter->setPen(textColor(option));
    drawElidedText(painter, option, rect, RelativeTime::format(time));
}

QString TimeDelegate::toolTip(const QModelIndex &index) const
{
    return RelativeTime::exactText(index.data(Qt::DisplayRole).toDateTime());
}

} // namespace weav::ui
