#include "BarListWidget.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace weav::ui {

namespace {

constexpr int Margin = 6;
const QColor BarColor(0x3b, 0x6f, 0xb6);
const QColor ApartColor(0x9a, 0x9a, 0x9a);

} // namespace

BarListWidget::BarListWidget(QWidget *parent)
    : QWidget(parent)
{
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void BarListWidget::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    m_max = 0;
    for (const Bar &bar : bars)
        m_max = std::max(m_max, bar.value);
    m_current = bars.isEmpty() ? -1 : std::clamp(m_current, 0, int(bars.size()) - 1);
    describeCurrentRow();
    updateGeometry();
    update();
}

void BarListWidget::setCurrentRow(int index)
{
    if (m_bars.isEmpty())
        return;

    m_current = std::clamp(index, 0, int(m_bars.size()) - 1);
    describeCurrentRow();
    update();
}

QString BarListWidget::rowText(int index) const
{
    const Bar &bar = m_bars.at(index);
    return tr("%1: %n open conversation(s)", nullptr, bar.value).arg(bar.label);
}

// A screen reader reads the description of the focused widget, so it follows the current row.
void BarListWidget::describeCurrentRow()
{
    setAccessibleDescription(m_current >= 0 ? rowText(m_current) : tr("No open conversations"));
}

int BarListWidget::rowHeight() const
{
    return fontMetrics().height() + 8;
}

int BarListWidget::labelWidth() const
{
    int widest = 0;
    for (const Bar &bar : m_bars)
        widest = std::max(widest, fontMetrics().horizontalAdvance(bar.label));
    // At most two fifths of the width, so that the bars keep room; longer labels are elided.
    return std::min(widest, width() * 2 / 5);
}

QSize BarListWidget::sizeHint() const
{
    return {480, int(std::max<qsizetype>(m_bars.size(), 4)) * rowHeight() + 2 * Margin};
}

QSize BarListWidget::minimumSizeHint() const
{
    return {240, sizeHint().height()};
}

QRect BarListWidget::rowRect(int index) const
{
    return QRect(Margin, Margin + index * rowHeight(), width() - 2 * Margin, rowHeight());
}

int BarListWidget::rowAt(const QPoint &point) const
{
    if (point.y() < Margin)
        return -1;
    const int row = (point.y() - Margin) / rowHeight();
    return row < m_bars.size() ? row : -1;
}

void BarListWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));

    const QFontMetrics metrics = fontMetrics();
    const int labels = labelWidth();
    const int valueWidth = metrics.horizontalAdvance(QLocale().toString(m_max)) + Margin;
    for (int index = 0; index < m_bars.size(); ++index) {
        const Bar &bar = m_bars.at(index);
        const QRect row = rowRect(index);

        painter.setPen(palette().color(QPalette::WindowText));
        const QRect labelRect(row.left(), row.top(), labels, row.height());
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, metrics.elidedText(bar.label, Qt::ElideRight, labels));

        const int barLeft = row.left() + labels + Margin;
        const int barSpace = std::max(0, row.right() - barLeft - valueWidth);
        const int barWidth = m_max > 0 ? barSpace * bar.value / m_max : 0;
        const QRect barRect(barLeft, row.top() + 3, barWidth, row.height() - 6);
        painter.fillRect(barRect, bar.apart ? QBrush(ApartColor, Qt::BDiagPattern) : QBrush(BarColor));
        if (bar.apart) {
            painter.setPen(ApartColor);
            painter.drawRect(barRect.adjusted(0, 0, -1, -1));
        }

        painter.setPen(palette().color(QPalette::WindowText));
        const QRect valueRect(barRect.right() + Margin, row.top(), valueWidth, row.height());
        painter.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter, QLocale().toString(bar.value));
    }

    if (hasFocus() && m_current >= 0) {
        painter.setPen(QPen(palette().color(QPalette::Text), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rowRect(m_current).adjusted(0, 0, -1, -1));
    }
}

bool BarListWidget::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);

    auto *help = static_cast<QHelpEvent *>(event);
    const int row = rowAt(help->pos());
    if (row < 0) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const Bar &bar = m_bars.at(row);
    QToolTip::showText(help->globalPos(), tr("%1: %n open conversation(s). Click to list them in the inbox.", nullptr, bar.value).arg(bar.label),
                       this, rowRect(row));
    return true;
}

void BarListWidget::mouseReleaseEvent(QMouseEvent *event)
{
    QWidget::mouseReleaseEvent(event);
    const int row = rowAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || row < 0)
        return;

    setCurrentRow(row);
    emit barClicked(row);
}

void BarListWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        setCurrentRow(m_current - 1);
        break;
    case Qt::Key_Down:
        setCurrentRow(m_current + 1);
        break;
    case Qt::Key_Home:
        setCurrentRow(0);
        break;
    case Qt::Key_End:
        setCurrentRow(int(m_bars.size()) - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0)
            emit barClicked(m_current);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void BarListWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void BarListWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace weav::ui
