#pragma once

#include <QWidget>

namespace weav::ui {

// The workload chart's bars of open conversations. Each row has the label, a bar as long as its
// share of the largest value, and the value as a number. People's names stay readable here, where
// a chart's category axis would cut them short. A click on a row emits barClicked().
class BarListWidget : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label;
        int value = 0;
        // Drawn striped and grey, e.g. the unassigned conversations beside the assignees.
        bool apart = false;
    };

    explicit BarListWidget(QWidget *parent = nullptr);

    void setBars(const QList<Bar> &bars);
    const QList<Bar> &bars() const { return m_bars; }
    // The row's rectangle in widget coordinates.
    QRect rowRect(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void barClicked(int index);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    int rowHeight() const;
    int labelWidth() const;
    int rowAt(const QPoint &point) const;

    QList<Bar> m_bars;
    int m_max = 0;
};

} // namespace weav::ui
