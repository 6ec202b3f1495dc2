#include "TagsDelegate.h"

#include "models/ConversationListModel.h"

#include <QPainter>

namespace weav::ui {

namespace {

constexpr int ChipPadding = 5;
constexpr int ChipGap = 4;
constexpr qreal ChipRadius = 3.0;

} // namespace

void TagsDelegate::paintContent(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                                const QRect &rect) const
{
    const QStringList tags = index.data(core::ConversationListModel::TagsRole).toStringList();
    if (tags.isEmpty())
        return;

    QFont small = painter->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter->setFont(small);
    const QFontMetrics metrics(small);
    painter->setRenderHint(QPainter::Antialiasing, true);

    int left = rect.left();
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const qsizetype remaining = tags.size() - i - 1;
        // A chip must leave room for the "+N" chip of the tags after it, unless it is the last.
        const QString more = QStringLiteral("+%1").arg(remaining);
        const int reserve = remaining > 0 ? metrics.horizontalAdvance(more) + 2 * ChipPadding + ChipGap : 0;
        QString text = tags.at(i);
        QRect chip = chipRect(metrics, rect, left, text);

        if (chip.right() + reserve > rect.right() && i == 0) {
            // The first tag is shown elided rather than not at all, while the column leaves room.
            const int textWidth = rect.right() - reserve - left - 2 * ChipPadding;
            text = metrics.elidedText(text, Qt::ElideRight, qMax(textWidth, 0));
            chip = chipRect(metrics, rect, left, text);
        }
        if (text.isEmpty() || chip.right() + reserve > rect.right()) {
            const QString hidden = QStringLiteral("+%1").arg(tags.size() - i);
            drawChip(painter, option, chipRect(metrics, rect, left, hidden), hidden);
            return;
        }
        drawChip(painter, option, chip, text);
        left = chip.right() + 1 + ChipGap;
    }
}

QRect TagsDelegate::chipRect(const QFontMetrics &metrics, const QRect &rect, int left, const QString &text)
{
    const int height = qMin(rect.height() - 4, metrics.height() + 2);
    const int width = metrics.horizontalAdvance(text) + 2 * ChipPadding;
    return QRect(left, rect.center().y() - height / 2 + 1, width, height);
}

void TagsDelegate::drawChip(QPainter *painter, const QStyleOptionViewItem &option, const QRect &chip, const QString &text)
{
    const bool selected = option.state & QStyle::State_Selected;
    const QColor textPen = textColor(option);
    QColor border = selected ? textPen : option.palette.color(QPalette::Mid);
    QColor fill = selected ? QColor(Qt::transparent) : option.palette.color(QPalette::AlternateBase);

    painter->setPen(QPen(border, 1.0));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), ChipRadius, ChipRadius);
    painter->setPen(textPen);
    painter->drawText(chip, Qt::AlignCenter | Qt::TextSingleLine, text);
}

} // namespace weav::ui
