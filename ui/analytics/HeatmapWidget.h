#pragma once

#include <QWidget>

#include <array>
#include <utility>

namespace weav::ui {

// Conversations created by local weekday (rows, Monday first) and hour (columns). Each cell shows
// its count as a number and as a shade, so the shade is never the only signal. A click on a
// non-empty cell emits cellClicked(). With keyboard focus, the arrow keys move a current cell,
// whose text is the accessible description, and Enter or Space on it acts as a click.
class HeatmapWidget : public QWidget
{
    Q_OBJECT

public:
    using Counts = std::array<std::array<int, 24>, 7>;

    explicit HeatmapWidget(QWidget *parent = nullptr);

    void setCounts(const Counts &counts);
    int count(int weekday, int hour) const { return m_counts.at(weekday).at(hour); }
    // The cell's rectangle in widget coordinates.
    QRect cellRect(int weekday, int hour) const;

    // The cell that the keyboard moves and activates, as {weekday, hour}.
    std::pair<int, int> currentCell() const { return m_current; }
    void setCurrentCell(int weekday, int hour);
    // The cell's weekday, hour range and count, e.g. "Tuesday, 14:00–15:00: 12 conversations created".
    QString cellText(int weekday, int hour) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void cellClicked(int weekday, int hour);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    // Weekday and hour under a point, or {-1, -1}.
    std::pair<int, int> cellAt(const QPoint &point) const;
    QRect gridRect() const;
    void paintLabels(QPainter &painter) const;
    void paintCell(QPainter &painter, int weekday, int hour) const;
    void paintCurrentCell(QPainter &painter) const;
    void describeCurrentCell();
    void activateCurrentCell();

    Counts m_counts{};
    int m_max = 0;
    std::pair<int, int> m_current{0, 0};
};

} // namespace weav::ui
