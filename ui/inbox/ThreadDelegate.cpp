#include "ThreadDelegate.h"

#include "common/RelativeTime.h"
#include "models/MessageListModel.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace weav::ui {

namespace {

constexpr int RowMarginX = 12;
constexpr int RowMarginY = 5;
constexpr int PaddingX = 10;
constexpr int PaddingY = 7;
constexpr int LineGap = 3;
constexpr int IconSize = 14;
constexpr int MinBubbleWidth = 180;
// Share of the row a bubble may take, so that the side it sits on stays visible.
constexpr double MaxBubbleShare = 0.78;

struct Colours
{
    QColor background;
    QColor border;
    QColor label;
};

const QColor TextColour(0x1f, 0x29, 0x33);
const QColor MutedColour(0x5f, 0x6b, 0x7a);

Colours coloursFor(const core::Message &message)
{
    if (message.isInternal)
        return {QColor(0xff, 0xf4, 0xc2), QColor(0xc9, 0x96, 0x00), QColor(0x6e, 0x52, 0x00)};
    if (message.senderType == QLatin1String("agent"))
        return {QColor(0xf0, 0xea, 0xfd), QColor(0xb9, 0xa3, 0xee), QColor(0x4c, 0x33, 0x99)};
    if (message.senderType == QLatin1String("user"))
        return {QColor(0xe3, 0xef, 0xff), QColor(0x9d, 0xc0, 0xf2), QColor(0x1d, 0x4e, 0x94)};
    return {QColor(0xf2, 0xf4, 0xf6), QColor(0xcf, 0xd5, 0xdc), QColor(0x37, 0x41, 0x4f)};
}

// QTextLayout breaks lines only at QChar::LineSeparator, not at '\n'.
QString layoutText(const QString &content)
{
    QString text = content;
    text.replace(QLatin1String("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return text;
}

// Lays the text out in lines of at most `width` pixels and returns the size it takes.
QSizeF layOut(QTextLayout &layout, int width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);

    qreal height = 0;
    qreal widest = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
        widest = qMax(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    return {widest, height};
}

QSize textSize(const QString &text, const QFont &font, int width)
{
    QTextLayout layout(layoutText(text), font);
    const QSizeF size = layOut(layout, width);
    return {int(std::ceil(size.width())), int(std::ceil(size.height()))};
}

QString contentOf(const core::Message &message)
{
    if (message.content.trimmed().isEmpty())
        return ThreadDelegate::tr("(no text)");
    return message.content;
}

QString sentText(const QModelIndex &index)
{
    const QDateTime sent = index.sibling(index.row(), core::MessageListModel::SentColumn).data().toDateTime();
    return RelativeTime::format(sent);
}

QString senderNameOf(const QModelIndex &index)
{
    return index.sibling(index.row(), core::MessageListModel::SenderColumn).data().toString();
}

core::Message messageOf(const QModelIndex &index)
{
    return index.data(core::PagedListModel::ObjectRole).value<core::Message>();
}

} // namespace

// The message bubbles are light in the dark palette too, so these icons keep the set's fixed slate
// instead of following the palette as shellIcon() does.
ThreadDelegate::ThreadDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_agentIcon(QStringLiteral(":/icons/ai-agent.svg"))
    , m_teammateIcon(QStringLiteral(":/icons/teammate.svg"))
    , m_noteIcon(QStringLiteral(":/icons/eye-off.svg"))
    , m_warningIcon(QStringLiteral(":/icons/warning.svg"))
{
}

void ThreadDelegate::setRowWidth(int width)
{
    if (width == m_rowWidth)
        return;
    m_rowWidth = width;
    m_heights.clear();
}

QString ThreadDelegate::senderLabel(const core::Message &message, const QString &senderName)
{
    const QString &type = message.senderType;
    if (type == QLatin1String("customer"))
        return tr("Customer · %1").arg(senderName);
    if (type == QLatin1String("user"))
        return tr("Teammate · %1").arg(senderName);
    if (type == QLatin1String("agent"))
        return tr("AI agent · %1").arg(senderName);
    if (type == QLatin1String("system"))
        return tr("System");
    return senderName;
}

QString ThreadDelegate::internalNoteLabel()
{
    return tr("Internal note — not sent to the customer");
}

ThreadDelegate::Side ThreadDelegate::sideOf(const core::Message &message)
{
    if (message.senderType == QLatin1String("system"))
        return Side::Centre;
    if (message.senderType == QLatin1String("user") || message.senderType == QLatin1String("agent"))
        return Side::Right;
    return Side::Left;
}

QFont ThreadDelegate::smallFont(const QFont &font)
{
    QFont small = font;
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.88);
    else
        small.setPixelSize(qMax(9, int(small.pixelSize() * 0.88)));
    return small;
}

int ThreadDelegate::textHeight(const QString &text, const QFont &font, int width)
{
    return textSize(text, font, width).height();
}

void ThreadDelegate::drawText(QPainter *painter, const QString &text, const QFont &font, const QRect &rect)
{
    QTextLayout layout(layoutText(text), font);
    layOut(layout, rect.width());
    layout.draw(painter, rect.topLeft());
}

bool ThreadDelegate::hasFooter(const core::Message &message)
{
    return message.emailStatus == QLatin1String("failed") || !message.emailErrorMessage.isEmpty();
}

ThreadDelegate::Bubble ThreadDelegate::layoutBubble(const QModelIndex &index, const core::Message &message,
                                                    const QFont &font, int rowWidth) const
{
    Bubble bubble;
    bubble.side = sideOf(message);

    const QFont small = smallFont(font);
    const QFontMetrics smallMetrics(small);
    const int available = qMax(MinBubbleWidth, rowWidth - 2 * RowMarginX);
    const int maxBubble = qMax(MinBubbleWidth, int(available * MaxBubbleShare));
    const int maxText = maxBubble - 2 * PaddingX;

    const QSize content = textSize(contentOf(message), font, maxText);
    bubble.headerHeight = qMax(smallMetrics.height(), IconSize);
    bubble.noteLineHeight = message.isInternal ? qMax(smallMetrics.height(), IconSize) + LineGap : 0;
    bubble.footerHeight = hasFooter(message)
        ? textHeight(tr("Email not delivered: %1").arg(message.emailErrorMessage), small, maxText - IconSize - 4) + LineGap
        : 0;

    // Wide enough for the header and the note line, which do not wrap.
    QFont bold = small;
    bold.setBold(true);
    const int headerWidth = IconSize + 5 + QFontMetrics(bold).horizontalAdvance(senderLabel(message, senderNameOf(index)))
        + 8 + smallMetrics.horizontalAdvance(sentText(index)) + 2;
    const int noteWidth = message.isInternal ? IconSize + 6 + smallMetrics.horizontalAdvance(internalNoteLabel()) : 0;
    const int innerWidth = qMin(maxText, std::max({content.width(), headerWidth, noteWidth}));
    const int bubbleWidth = innerWidth + 2 * PaddingX;
    const int bubbleHeight = 2 * PaddingY + bubble.noteLineHeight + bubble.headerHeight + LineGap + content.height()
        + bubble.footerHeight;

    const int left = bubble.side == Side::Right ? RowMarginX + available - bubbleWidth : RowMarginX;
    bubble.outer = QRect(left, RowMarginY, bubbleWidth, bubbleHeight);
    const int textTop = RowMarginY + PaddingY + bubble.noteLineHeight + bubble.headerHeight + LineGap;
    bubble.text = QRect(left + PaddingX, textTop, innerWidth, content.height());
    return bubble;
}

QSize ThreadDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString id = index.data(core::PagedListModel::IdRole).toString();
    if (const auto cached = m_heights.constFind(id); cached != m_heights.constEnd())
        return {m_rowWidth, *cached};

    const core::Message message = messageOf(index);
    int height = 0;
    if (sideOf(message) == Side::Centre) {
        const int width = qMax(MinBubbleWidth, m_rowWidth - 4 * RowMarginX);
        height = textHeight(contentOf(message), smallFont(option.font), width) + 2 * RowMarginY + 4;
    } else {
        height = layoutBubble(index, message, option.font, m_rowWidth).outer.height() + 2 * RowMarginY;
    }

    m_heights.insert(id, height);
    return {m_rowWidth, height};
}

void ThreadDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const core::Message message = messageOf(index);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(option.rect.topLeft());
    if (sideOf(message) == Side::Centre)
        paintSystemMessage(painter, QRect(QPoint(0, 0), option.rect.size()), message, option.font);
    else
        paintBubble(painter, option, index, message);
    painter->restore();
}

void ThreadDelegate::paintSystemMessage(QPainter *painter, const QRect &row, const core::Message &message,
                                        const QFont &font) const
{
    QFont small = smallFont(font);
    small.setItalic(true);
    const int width = qMax(MinBubbleWidth, row.width() - 4 * RowMarginX);
    const QSize size = textSize(contentOf(message), small, width);

    // Centred text between two thin rules, in muted grey: a system event, not a message.
    const int left = (row.width() - size.width()) / 2;
    const QRect textRect(left, RowMarginY + 2, size.width(), size.height());
    const int ruleY = textRect.top() + QFontMetrics(small).height() / 2;
    painter->setPen(QPen(QColor(0xd5, 0xda, 0xe0), 1));
    if (left - 8 > RowMarginX) {
        painter->drawLine(RowMarginX, ruleY, left - 8, ruleY);
        painter->drawLine(textRect.right() + 8, ruleY, row.width() - RowMarginX, ruleY);
    }

    painter->setPen(MutedColour);
    drawText(painter, contentOf(message), small, textRect);
}

void ThreadDelegate::paintBubble(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                                 const core::Message &message) const
{
    const Bubble bubble = layoutBubble(index, message, option.font, option.rect.width());
    const Colours colours = coloursFor(message);
    const QFont small = smallFont(option.font);

    QPen border(colours.border, message.isInternal ? 1.6 : 1.0);
    if (message.isInternal)
        border.setStyle(Qt::DashLine);
    if (option.state & QStyle::State_Selected)
        border = QPen(option.palette.highlight().color(), 2.0);
    painter->setPen(border);
    painter->setBrush(colours.background);
    painter->drawRoundedRect(QRectF(bubble.outer).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);

    int top = bubble.outer.top() + PaddingY;
    const int innerLeft = bubble.outer.left() + PaddingX;
    const int innerWidth = bubble.outer.width() - 2 * PaddingX;
    if (message.isInternal) {
        painter->setPen(colours.label);
        paintNoteLine(painter, QRect(innerLeft, top, innerWidth, bubble.noteLineHeight - LineGap), small);
        top += bubble.noteLineHeight;
    }

    painter->setPen(colours.label);
    paintHeader(painter, QRect(innerLeft, top, innerWidth, bubble.headerHeight), index, message, small);

    painter->setPen(TextColour);
    drawText(painter, contentOf(message), option.font, bubble.text);

    if (bubble.footerHeight > 0) {
        const QRect footer(innerLeft, bubble.text.bottom() + 1 + LineGap, innerWidth, bubble.footerHeight - LineGap);
        paintFooter(painter, footer, message, small);
    }
}

void ThreadDelegate::paintHeader(QPainter *painter, const QRect &line, const QModelIndex &index,
                                 const core::Message &message, const QFont &font) const
{
    const QIcon &icon = message.senderType == QLatin1String("agent") ? m_agentIcon : m_teammateIcon;
    const QRect iconRect(line.left(), line.top() + (line.height() - IconSize) / 2, IconSize, IconSize);
    icon.paint(painter, iconRect);

    QFont bold = font;
    bold.setBold(true);
    const QString time = sentText(index);
    const QFontMetrics metrics(font);
    const int timeWidth = metrics.horizontalAdvance(time);

    const QRect labelRect(iconRect.right() + 5, line.top(), line.width() - IconSize - 5 - timeWidth - 8, line.height());
    const QString label = QFontMetrics(bold).elidedText(senderLabel(message, senderNameOf(index)), Qt::ElideRight,
                                                        labelRect.width());
    painter->setFont(bold);
    painter->drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter, label);

    painter->setFont(font);
    painter->setPen(MutedColour);
    painter->drawText(QRect(line.right() - timeWidth, line.top(), timeWidth + 1, line.height()),
                      Qt::AlignRight | Qt::AlignVCenter, time);
}

void ThreadDelegate::paintNoteLine(QPainter *painter, const QRect &line, const QFont &font) const
{
    const QRect iconRect(line.left(), line.top() + (line.height() - IconSize) / 2, IconSize, IconSize);
    m_noteIcon.paint(painter, iconRect);

    QFont bold = font;
    bold.setBold(true);
    painter->setFont(bold);
    const QRect textRect(iconRect.right() + 6, line.top(), line.width() - IconSize - 6, line.height());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(internalNoteLabel(), Qt::ElideRight, textRect.width()));
}

void ThreadDelegate::paintFooter(QPainter *painter, const QRect &line, const core::Message &message, const QFont &font) const
{
    m_warningIcon.paint(painter, QRect(line.left(), line.top(), IconSize, IconSize));
    painter->setPen(QColor(0xa1, 0x1d, 0x1d));
    const QString text = message.emailErrorMessage.isEmpty() ? tr("Email not delivered.")
                                                             : tr("Email not delivered: %1").arg(message.emailErrorMessage);
    drawText(painter, text, font, QRect(line.left() + IconSize + 4, line.top(), line.width() - IconSize - 4, line.height()));
}

} // namespace weav::ui
