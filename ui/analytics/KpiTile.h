#pragma once

#include "MetricFormat.h"
#include "MetricHelp.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace weav::ui {

// One key figure of the period: its value, the previous period's value and the change as an arrow
// with a signed text, coloured by whether it is an improvement (the colour is never the only
// signal). The definition is the tooltip. The accessible description reads the value, the change
// in words and the previous value. A tile that can list its conversations is clicked with the
// mouse, or with Enter or Space when it has focus.
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    KpiTile(Metric metric, MetricFormat::Kind kind, MetricFormat::Better better, QWidget *parent = nullptr);

    Metric metric() const { return m_metric; }

    // detail is a line under the value, e.g. "412 of 1,761 created".
    void showValues(std::optional<double> current, std::optional<double> previous, const QString &detail = {});
    void clearValues();
    void setClickable(bool clickable);
    bool isClickable() const { return m_clickable; }

    QString valueText() const;
    QString previousText() const;
    QString deltaText() const;
    QString detailText() const;

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showDelta(const MetricFormat::Delta &delta);
    void describe(const MetricFormat::Delta &delta);

    Metric m_metric;
    MetricFormat::Kind m_kind;
    MetricFormat::Better m_better;
    bool m_clickable = false;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_previous;
    QLabel *m_delta;
    QLabel *m_detail;
};

} // namespace weav::ui
