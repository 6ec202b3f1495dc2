#pragma once

#include <QWidget>

namespace weav::ui {

// The workload chart's bars of open conversations. Each row has the label, a bar as long as its
// share of the largest value, and the value as a number. People's names stay readable here, where
// a chart's category axis would cut them short. A click on a row emits barClicked(). With keyboard
// focus, Up and Down move a current row, whose text is the accessible description, and Enter or
// Space on it acts as a click.
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

    // The row that the keyboard moves and activates, or -1 when there are no bars.
    int currentRow() const { return m_current; }
    void setCurrentRow(int index);
    // The row's label and value, e.g. "Ana Lima: 12 open conversations".
    QString rowText(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void barClicked(int index);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    int rowHeight() const;
    int labelWidth() const;
    int rowAt(const QPoint &point) const;
    void describeCurrentRow();

    QList<Bar> m_bars;
    int m_max = 0;
    int m_current = -1;
};

} // namespace weav::ui
