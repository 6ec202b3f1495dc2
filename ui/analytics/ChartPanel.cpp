#include "ChartPanel.h"

#include "export/TableExport.h"

#include <QChartView>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>

namespace weav::ui {

namespace {

QString fileNameOf(Metric metric)
{
    switch (metric) {
    case Metric::CreatedPerDay:
        return QStringLiteral("created-per-day");
    case Metric::FirstResponsePerDay:
        return QStringLiteral("first-response-per-day");
    case Metric::FirstResponseHistogram:
        return QStringLiteral("first-response-times");
    case Metric::BacklogAge:
        return QStringLiteral("backlog-age");
    case Metric::AssigneeSplit:
        return QStringLiteral("assignee-types");
    case Metric::Workload:
        return QStringLiteral("workload");
    case Metric::BusiestHours:
        return QStringLiteral("busiest-hours");
    default:
        return QStringLiteral("metric");
    }
}

} // namespace

ChartPanel::ChartPanel(Metric metric, QWidget *content, QWidget *parent)
    : QFrame(parent)
    , m_metric(metric)
    , m_content(content)
    , m_note(new QLabel(this))
    , m_export(new QToolButton(this))
    , m_data(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("chartPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    auto *title = new QLabel(MetricHelp::title(metric), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setToolTip(MetricHelp::tooltip(metric));

    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setVisible(false);

    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Save this chart as a PNG or SVG picture, or its numbers as CSV"));
    // Every panel has an Export button, so the name says which chart it saves.
    m_export->setAccessibleName(tr("Export %1").arg(MetricHelp::title(metric)));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("Picture as PNG…"), this, [this] { chooseFileAndExport(Format::Png); });
    menu->addAction(tr("Picture as SVG…"), this, [this] { chooseFileAndExport(Format::Svg); });
    menu->addAction(tr("Numbers as CSV…"), this, [this] { chooseFileAndExport(Format::Csv); });
    m_export->setMenu(menu);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addWidget(MetricHelp::createMark(metric, this));
    header->addStretch(1);
    header->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_note);
    content->setParent(this);
    content->setToolTip(MetricHelp::tooltip(metric));
    if (content->accessibleName().isEmpty())
        content->setAccessibleName(MetricHelp::title(metric));
    if (content->accessibleDescription().isEmpty())
        content->setAccessibleDescription(MetricHelp::definition(metric));
    layout->addWidget(content, 1);
}

QChartView *ChartPanel::chartView() const
{
    return qobject_cast<QChartView *>(m_content);
}

QChart *ChartPanel::chart() const
{
    QChartView *view = chartView();
    return view ? view->chart() : nullptr;
}

void ChartPanel::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QString ChartPanel::baseFileName() const
{
    return fileNameOf(m_metric);
}

bool ChartPanel::exportImage(const QString &path, QString *error) const
{
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0)
        return exportSvg(path, error);
    return exportPng(path, error);
}

bool ChartPanel::exportPng(const QString &path, QString *error) const
{
    if (m_content->grab().save(path, "PNG"))
        return true;
    *error = tr("the picture could not be written");
    return false;
}

bool ChartPanel::exportSvg(const QString &path, QString *error) const
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(m_content->size());
    generator.setViewBox(QRect(QPoint(0, 0), m_content->size()));
    generator.setTitle(MetricHelp::title(m_metric));
    generator.setDescription(MetricHelp::definition(m_metric));

    QPainter painter;
    if (!painter.begin(&generator)) {
        *error = tr("the file could not be opened for writing");
        return false;
    }
    m_content->render(&painter);
    painter.end();

    if (QFileInfo(path).size() > 0)
        return true;
    *error = tr("the picture could not be written");
    return false;
}

bool ChartPanel::exportCsv(const QString &path, QString *error) const
{
    core::TableExportOptions options;
    return core::TableExport::writeFile(*m_data, options, path, error);
}

void ChartPanel::chooseFileAndExport(Format format)
{
    QString suffix = QStringLiteral("csv");
    QString filter = tr("CSV files (*.csv)");
    if (format == Format::Png) {
        suffix = QStringLiteral("png");
        filter = tr("PNG pictures (*.png)");
    } else if (format == Format::Svg) {
        suffix = QStringLiteral("svg");
        filter = tr("SVG pictures (*.svg)");
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("%1-%2.%3").arg(baseFileName(), QDate::currentDate().toString(Qt::ISODate), suffix));

    QString path = QFileDialog::getSaveFileName(this, tr("Export “%1”").arg(MetricHelp::title(m_metric)), suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;

    QString error;
    const bool ok = format == Format::Csv ? exportCsv(path, &error) : format == Format::Svg ? exportSvg(path, &error) : exportPng(path, &error);
    if (ok)
        return;
    QMessageBox::warning(this, tr("Export failed"),
                         tr("Could not export “%1” to %2: %3. Check that the folder exists and is writable, or choose "
                            "another file.")
                             .arg(MetricHelp::title(m_metric), QDir::toNativeSeparators(path), error));
}

} // namespace weav::ui
