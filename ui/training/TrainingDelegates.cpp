#include "TrainingDelegates.h"

#include "TrainingStatus.h"
#include "models/TrainingListModel.h"

#include <QLocale>
#include <QPainter>

namespace weav::ui {

using core::TrainingListModel;

namespace {

constexpr int IconSize = 16;

core::TrainingItem itemAt(const QModelIndex &index)
{
    return index.data(TrainingListModel::ObjectRole).value<core::TrainingItem>();
}

} // namespace

void TrainingStatusDelegate::paintContent(QPainter *painter, const QStyleOptionViewItem &option,
                                          const QModelIndex &index, const QRect &rect) const
{
    const core::TrainingItem item = itemAt(index);
    const QRect iconRect(rect.left(), rect.center().y() - IconSize / 2, IconSize, IconSize);
    TrainingStatus::icon(item.status).paint(painter, iconRect);

    painter->setPen(textColor(option));
    drawElidedText(painter, option, rect.adjusted(IconSize + Padding, 0, 0, 0), TrainingStatus::text(item));
}

QString TrainingStatusDelegate::toolTip(const QModelIndex &index) const
{
    return TrainingStatus::text(itemAt(index));
}

void ByteSizeDelegate::paintContent(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                                    const QRect &rect) const
{
    const QVariant bytes = index.data(Qt::DisplayRole);
    if (!bytes.isValid())
        return;

    const QFontMetrics metrics(painter->font());
    const QString text = metrics.elidedText(TrainingStatus::sizeText(bytes.toLongLong()), Qt::ElideLeft, rect.width());
    painter->setPen(textColor(option));
    painter->drawText(rect, Qt::AlignVCenter | Qt::AlignRight | Qt::TextSingleLine, text);
}

QString ByteSizeDelegate::toolTip(const QModelIndex &index) const
{
    const QVariant bytes = index.data(Qt::DisplayRole);
    if (!bytes.isValid())
        return {};
    return tr("%1 bytes").arg(QLocale().toString(bytes.toLongLong()));
}

} // namespace weav::ui
