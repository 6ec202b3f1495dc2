#include "ExportDialog.h"

#include "ErrorText.h"
#include "export/TableExport.h"
#include "models/PagedListModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace weav::ui {

Q_LOGGING_CATEGORY(lcExport, "weav.ui.export")

QList<int> ExportSource::visibleColumns(const QTableView *view)
{
    const QHeaderView *header = view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

ExportDialog::ExportDialog(const ExportSource &source, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_paged(source.pagedModel)
{
    setWindowTitle(tr("Export %1 to CSV").arg(source.rowsName));

    m_byteOrderMark = new QCheckBox(tr("Add a byte-order mark for Excel"), this);
    m_byteOrderMark->setToolTip(tr("Excel needs it to read accents and other non-ASCII letters in a CSV file."));

    const int loaded = source.model->rowCount();
    m_loadedRows = new QRadioButton(tr("Only the loaded rows (%L1)").arg(loaded), this);
    m_allRows = new QRadioButton(tr("All rows of this view"), this);
    if (m_paged && m_paged->totalCount() >= 0)
        m_allRows->setText(tr("All rows of this view (%L1)").arg(m_paged->totalCount()));
    m_allRows->setEnabled(m_paged != nullptr);
    m_loadedRows->setChecked(true);

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_cancelLoadButton = new QPushButton(tr("Cancel loading"), this);
    m_cancelLoadButton->setVisible(false);
    connect(m_cancelLoadButton, &QPushButton::clicked, this, &ExportDialog::cancelLoading);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelLoadButton);

    m_outcome = new QLabel(this);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildPathRow());
    layout->addWidget(m_pathError);
    layout->addWidget(m_byteOrderMark);
    layout->addWidget(m_loadedRows);
    layout->addWidget(m_allRows);
    layout->addLayout(progressRow);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QWidget *ExportDialog::buildPathRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);

    m_path = new QLineEdit(row);
    m_path->setPlaceholderText(tr("File to write, e.g. %1").arg(QDir::home().filePath(m_source.rowsName + QStringLiteral(".csv"))));
    auto *browse = new QPushButton(tr("Browse…"), row);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::choosePath);

    auto *pathLabel = new QLabel(tr("&File:"), row);
    pathLabel->setBuddy(m_path);
    layout->addWidget(pathLabel);
    layout->addWidget(m_path, 1);
    layout->addWidget(browse);

    m_pathError = new QLabel(this);
    m_pathError->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_pathError->setVisible(false);
    return row;
}

void ExportDialog::choosePath()
{
    const QString start = m_path->text().isEmpty() ? QDir::home().filePath(m_source.rowsName + QStringLiteral(".csv")) : m_path->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to CSV"), start, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::startExport()
{
    const QString path = m_path->text().trimmed();
    const QFileInfo info(path);
    QString problem;
    if (path.isEmpty())
        problem = tr("Enter the file to write, or choose one with Browse….");
    else if (info.isDir())
        problem = tr("%1 is a folder: enter a file name.").arg(path);
    else if (!info.absoluteDir().exists())
        problem = tr("The folder %1 does not exist: choose another folder.").arg(info.absolutePath());

    m_pathError->setText(problem);
    m_pathError->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        m_path->setFocus();
        return;
    }

    if (m_allRows->isChecked() && m_paged && !m_paged->isComplete())
        loadAllThenWrite();
    else
        writeFile();
}

void ExportDialog::loadAllThenWrite()
{
    setBusy(true);
    const qint64 total = m_paged->totalCount();
    m_progress->setRange(0, total > 0 ? int(total) : 0);
    m_progress->setValue(m_paged->rowCount());
    m_progress->setFormat(tr("Loading rows: %v of %m"));

    m_loadConnections.append(connect(m_paged, &core::PagedListModel::pageLoaded, this, [this] {
        m_progress->setValue(qMin(m_progress->maximum(), m_paged->rowCount()));
    }));
    m_loadConnections.append(connect(m_paged, &core::PagedListModel::completed, this, &ExportDialog::onAllLoaded));
    m_loadConnections.append(connect(m_paged, &core::PagedListModel::loadFailed, this, [this](const core::ApiError &error) {
        onLoadFailed(ErrorText::reason(error) + QLatin1Char(' ') + ErrorText::remedy(error));
    }));
    qCInfo(lcExport) << "loading every page before the export of" << m_source.rowsName;
    m_paged->loadAll();
}

void ExportDialog::onAllLoaded()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_loadConnections))
        disconnect(connection);
    m_loadConnections.clear();
    setBusy(false);
    m_loadedRows->setText(tr("Only the loaded rows (%L1)").arg(m_source.model->rowCount()));
    writeFile();
}

void ExportDialog::onLoadFailed(const QString &reason)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_loadConnections))
        disconnect(connection);
    m_loadConnections.clear();
    setBusy(false);
    showOutcome(tr("Nothing was exported, because loading the rows failed: %1").arg(reason), true);
}

void ExportDialog::cancelLoading()
{
    if (m_paged)
        m_paged->cancel();
    onLoadFailed(tr("you cancelled it. Export the loaded rows, or try again."));
}

void ExportDialog::writeFile()
{
    const QString path = QFileInfo(m_path->text().trimmed()).absoluteFilePath();
    core::TableExportOptions options;
    options.columns = m_source.columns;
    options.byteOrderMark = m_byteOrderMark->isChecked();
    options.idRole = m_source.idRole;

    QString error;
    if (!core::TableExport::writeFile(*m_source.model, options, path, &error)) {
        qCWarning(lcExport) << "export failed:" << error;
        showOutcome(tr("The export failed: %1. Choose another file or folder, and export again.").arg(error), true);
        emit exportFailed(error);
        return;
    }

    const int rows = m_source.model->rowCount();
    qCInfo(lcExport) << "exported" << rows << m_source.rowsName << "to" << path;
    showOutcome(tr("Exported %Ln rows to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)), false);
    emit exported(path, rows);
}

void ExportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancelLoadButton->setVisible(busy);
    m_exportButton->setEnabled(!busy);
}

void ExportDialog::showOutcome(const QString &text, bool failed)
{
    m_outcome->setText(text);
    m_outcome->setStyleSheet(failed ? QStringLiteral("color: #b02020;") : QString());
    m_outcome->setVisible(true);
}

ExportSource ExportSource::ofTable(const QTableView *view, core::PagedListModel *model, const QString &rowsName)
{
    ExportSource source;
    source.model = model;
    source.columns = visibleColumns(view);
    source.idRole = core::PagedListModel::IdRole;
    source.pagedModel = model;
    source.rowsName = rowsName;
    return source;
}

ExportDialog *openExportDialog(const ExportSource &source, QWidget *parent)
{
    auto *dialog = new ExportDialog(source, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace weav::ui
