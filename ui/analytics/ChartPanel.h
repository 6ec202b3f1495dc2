#pragma once

#include "MetricHelp.h"

#include <QFrame>

class QChart;
class QChartView;
class QLabel;
class QStandardItemModel;
class QToolButton;

namespace weav::ui {

// A chart of the dashboard with its title, an information mark whose tooltip is the definition, a
// note line and an Export menu. The menu saves the picture as PNG or SVG, and the numbers behind it
// as CSV from dataModel(). The dashboard fills that model with every value the chart shows.
class ChartPanel : public QFrame
{
    Q_OBJECT

public:
    // content is a QChartView or a custom widget; the panel takes ownership.
    ChartPanel(Metric metric, QWidget *content, QWidget *parent = nullptr);

    Metric metric() const { return m_metric; }
    QWidget *content() const { return m_content; }
    // The chart, or nullptr when the content is not a QChartView.
    QChart *chart() const;
    QChartView *chartView() const;
    QStandardItemModel *dataModel() const { return m_data; }

    // A line under the title, e.g. "The 15 assignees with the most open conversations".
    void setNote(const QString &text);
    QLabel *noteLabel() const { return m_note; }
    QToolButton *exportButton() const { return m_export; }

    // Writes the picture as PNG or SVG, by the file's suffix.
    bool exportImage(const QString &path, QString *error) const;
    bool exportCsv(const QString &path, QString *error) const;
    // A file name for the export dialogs, e.g. "created-per-day".
    QString baseFileName() const;

private:
    enum class Format { Png, Svg, Csv };

    void chooseFileAndExport(Format format);
    bool exportPng(const QString &path, QString *error) const;
    bool exportSvg(const QString &path, QString *error) const;

    Metric m_metric;
    QWidget *m_content;
    QLabel *m_note;
    QToolButton *m_export;
    QStandardItemModel *m_data;
};

} // namespace weav::ui
