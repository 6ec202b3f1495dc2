#include "HeatmapWidget.h"

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
const QColor EmptyColor(0xf3, 0xf5, 0xf9);
const QColor FullColor(0x1f, 0x4e, 0x96);
// On a dark palette the scale runs from a raised base colour to a light blue, so that busy hours
// still stand out most.
const QColor DarkFullColor(0x6f, 0xa8, 0xf5);

// The cell colour for ratio (0 to 1) of the busiest hour's count, from the palette's scale.
QColor shade(double ratio, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QColor empty = dark ? palette.color(QPalette::Base).lighter(160) : EmptyColor;
    const QColor full = dark ? DarkFullColor : FullColor;
    const auto mix = [ratio](int from, int to) { return int(from + (to - from) * ratio); };
    return QColor(mix(empty.red(), full.red()), mix(empty.green(), full.green()), mix(empty.blue(), full.blue()));
}

QString dayName(int weekday, QLocale::FormatType format)
{
    return QLocale().dayName(weekday + 1, format);
}

} // namespace

HeatmapWidget::HeatmapWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("busiestHours"));
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Busiest hours"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    describeCurrentCell();
}

void HeatmapWidget::setCounts(const Counts &counts)
{
    m_counts = counts;
    m_max = 0;
    for (const auto &day : counts)
        m_max = std::max(m_max, *std::max_element(day.cbegin(), day.cend()));
    describeCurrentCell();
    update();
}

void HeatmapWidget::setCurrentCell(int weekday, int hour)
{
    const std::pair<int, int> cell{std::clamp(weekday, 0, 6), std::clamp(hour, 0, 23)};
    if (cell == m_current)
        return;

    m_current = cell;
    describeCurrentCell();
    update();
}

QString HeatmapWidget::cellText(int weekday, int hour) const
{
    return tr("%1, %2:00–%3:00: %n conversation(s) created", nullptr, count(weekday, hour))
        .arg(dayName(weekday, QLocale::LongFormat))
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(hour + 1, 2, 10, QLatin1Char('0'));
}

// A screen reader reads the description of the focused widget, so it follows the current cell.
void HeatmapWidget::describeCurrentCell()
{
    const auto [weekday, hour] = m_current;
    setAccessibleDescription(cellText(weekday, hour));
}

QSize HeatmapWidget::sizeHint() const
{
    return {900, fontMetrics().height() * 2 * 8 + 2 * Margin};
}

QSize HeatmapWidget::minimumSizeHint() const
{
    return {24 * 14 + 60, fontMetrics().height() * 8 + 2 * Margin};
}

QRect HeatmapWidget::gridRect() const
{
    const QFontMetrics metrics = fontMetrics();
    int labelWidth = 0;
    for (int weekday = 0; weekday < 7; ++weekday)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(dayName(weekday, QLocale::ShortFormat)));

    const int left = Margin + labelWidth + Margin;
    const int top = Margin + metrics.height() + 4;
    return QRect(left, top, width() - left - Margin, height() - top - Margin);
}

QRect HeatmapWidget::cellRect(int weekday, int hour) const
{
    const QRect grid = gridRect();
    const int left = grid.left() + grid.width() * hour / 24;
    const int right = grid.left() + grid.width() * (hour + 1) / 24;
    const int top = grid.top() + grid.height() * weekday / 7;
    const int bottom = grid.top() + grid.height() * (weekday + 1) / 7;
    return QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
}

std::pair<int, int> HeatmapWidget::cellAt(const QPoint &point) const
{
    const QRect grid = gridRect();
    if (!grid.contains(point) || grid.width() <= 0 || grid.height() <= 0)
        return {-1, -1};
    const int hour = std::clamp((point.x() - grid.left()) * 24 / grid.width(), 0, 23);
    const int weekday = std::clamp((point.y() - grid.top()) * 7 / grid.height(), 0, 6);
    return {weekday, hour};
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    paintLabels(painter);
    for (int weekday = 0; weekday < 7; ++weekday) {
        for (int hour = 0; hour < 24; ++hour)
            paintCell(painter, weekday, hour);
    }
    if (hasFocus())
        paintCurrentCell(painter);
}

void HeatmapWidget::paintLabels(QPainter &painter) const
{
    const QRect grid = gridRect();
    const QFontMetrics metrics = fontMetrics();
    painter.setPen(palette().color(QPalette::WindowText));

    for (int weekday = 0; weekday < 7; ++weekday) {
        const QRect cell = cellRect(weekday, 0);
        const QRect label(Margin, cell.top(), grid.left() - 2 * Margin, cell.height());
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, dayName(weekday, QLocale::ShortFormat));
    }

    // Every hour when the columns are wide enough for "00", otherwise every third.
    const int step = grid.width() / 24 >= metrics.horizontalAdvance(QStringLiteral("00")) + 4 ? 1 : 3;
    for (int hour = 0; hour < 24; hour += step) {
        const QRect cell = cellRect(0, hour);
        const QRect label(cell.left(), Margin, cell.width(), metrics.height());
        painter.drawText(label, Qt::AlignCenter, QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')));
    }
}

void HeatmapWidget::paintCell(QPainter &painter, int weekday, int hour) const
{
    const QRect cell = cellRect(weekday, hour);
    const int value = count(weekday, hour);
    const double ratio = m_max > 0 ? double(value) / double(m_max) : 0.0;

    const QColor fill = shade(ratio, palette());
    painter.fillRect(cell, fill);
    painter.setPen(palette().color(QPalette::Base));
    painter.drawRect(cell);

    const QString text = QLocale().toString(value);
    if (painter.fontMetrics().horizontalAdvance(text) + 2 > cell.width())
        return;
    painter.setPen(fill.lightness() > 140 ? Qt::black : Qt::white);
    painter.drawText(cell, Qt::AlignCenter, text);
}

// A text-coloured outline inside a base-coloured one, so that the current cell is visible on light
// and dark shades alike.
void HeatmapWidget::paintCurrentCell(QPainter &painter) const
{
    const auto [weekday, hour] = m_current;
    const QRectF outline = QRectF(cellRect(weekday, hour)).adjusted(1.5, 1.5, -1.5, -1.5);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(palette().color(QPalette::Base), 3));
    painter.drawRect(outline);
    painter.setPen(QPen(palette().color(QPalette::Text), 1));
    painter.drawRect(outline);
}

bool HeatmapWidget::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);

    auto *help = static_cast<QHelpEvent *>(event);
    const auto [weekday, hour] = cellAt(help->pos());
    if (weekday < 0) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }

    QString text = cellText(weekday, hour);
    if (count(weekday, hour) > 0)
        text += QLatin1Char('\n') + tr("Click to list them.");
    QToolTip::showText(help->globalPos(), text, this, cellRect(weekday, hour));
    return true;
}

void HeatmapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    QWidget::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;

    const auto [weekday, hour] = cellAt(event->position().toPoint());
    if (weekday < 0)
        return;

    setCurrentCell(weekday, hour);
    activateCurrentCell();
}

void HeatmapWidget::activateCurrentCell()
{
    const auto [weekday, hour] = m_current;
    if (count(weekday, hour) > 0)
        emit cellClicked(weekday, hour);
}

void HeatmapWidget::keyPressEvent(QKeyEvent *event)
{
    const auto [weekday, hour] = m_current;
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentCell(weekday, hour - 1);
        break;
    case Qt::Key_Right:
        setCurrentCell(weekday, hour + 1);
        break;
    case Qt::Key_Up:
        setCurrentCell(weekday - 1, hour);
        break;
    case Qt::Key_Down:
        setCurrentCell(weekday + 1, hour);
        break;
    case Qt::Key_Home:
        setCurrentCell(weekday, 0);
        break;
    case Qt::Key_End:
        setCurrentCell(weekday, 23);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        activateCurrentCell();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void HeatmapWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void HeatmapWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace weav::ui
