#pragma once

#include <QWidget>

#include <array>

namespace weav::ui {

// Conversations created by local weekday (rows, Monday first) and hour (columns). Each cell shows
// its count as a number and as a shade, so the shade is never the only signal. A click on a
// non-empty cell emits cellClicked().
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

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void cellClicked(int weekday, int hour);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    // Weekday and hour under a point, or {-1, -1}.
    std::pair<int, int> cellAt(const QPoint &point) const;
    QRect gridRect() const;
    void paintLabels(QPainter &painter) const;
    void paintCell(QPainter &painter, int weekday, int hour) const;

    Counts m_counts{};
    int m_max = 0;
};

} // namespace weav::ui
