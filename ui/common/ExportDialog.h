#pragma once

#include <QDialog>
#include <QList>
#include <QLoggingCategory>
#include <QPointer>

class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;

namespace weav::core {
class PagedListModel;
}

namespace weav::ui {

Q_DECLARE_LOGGING_CATEGORY(lcExport)

// What a list view exports: its model, the columns on screen, and the role that contains each
// row's id. pagedModel, when set, is the model (or the source of a proxy model) that "all rows of
// this view" loads to the end first.
struct ExportSource
{
    QAbstractItemModel *model = nullptr;
    QList<int> columns;
    int idRole = -1;
    core::PagedListModel *pagedModel = nullptr;
    // The rows as a person calls them, for the title: "conversations", "customers".
    QString rowsName;

    // The columns a table shows, in the order they appear on screen.
    static QList<int> visibleColumns(const QTableView *view);
    // The source of a table over a paged list: its visible columns and the rows' ids.
    static ExportSource ofTable(const QTableView *view, core::PagedListModel *model, const QString &rowsName);
};

// Opens an export dialog for the source, deleted when it closes.
class ExportDialog;
ExportDialog *openExportDialog(const ExportSource &source, QWidget *parent);

// Exports a list view to a CSV file: the path, a byte-order mark for Excel, and the loaded rows or
// all rows of the view. Loading all rows shows its progress and can be cancelled. The outcome, row
// count and path or the reason of a failure, stays in the dialog.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const ExportSource &source, QWidget *parent = nullptr);

    QLineEdit *pathField() const { return m_path; }
    QCheckBox *byteOrderMarkBox() const { return m_byteOrderMark; }
    QRadioButton *loadedRowsButton() const { return m_loadedRows; }
    QRadioButton *allRowsButton() const { return m_allRows; }
    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *cancelLoadButton() const { return m_cancelLoadButton; }
    QLabel *outcomeLabel() const { return m_outcome; }
    QLabel *pathError() const { return m_pathError; }

    // What the Export button does: checks the path, loads all rows when asked, writes the file.
    void startExport();

signals:
    void exported(const QString &path, int rows);
    void exportFailed(const QString &message);

private:
    QWidget *buildPathRow();
    void choosePath();
    void loadAllThenWrite();
    void onAllLoaded();
    void onLoadFailed(const QString &reason);
    void cancelLoading();
    void writeFile();
    void setBusy(bool busy);
    void showOutcome(const QString &text, bool failed);

    ExportSource m_source;
    QPointer<core::PagedListModel> m_paged;
    QLineEdit *m_path = nullptr;
    QLabel *m_pathError = nullptr;
    QCheckBox *m_byteOrderMark = nullptr;
    QRadioButton *m_loadedRows = nullptr;
    QRadioButton *m_allRows = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelLoadButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_outcome = nullptr;
    QList<QMetaObject::Connection> m_loadConnections;
};

} // namespace weav::ui
