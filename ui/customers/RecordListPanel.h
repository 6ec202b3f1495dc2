#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace weav::core {
class PagedListModel;
class Session;
struct ApiError;
}

namespace weav::ui {

class ExportDialog;
class NoticeLine;

// The words of one record list, e.g. the customers. Texts with %1 take a number or the search text.
// The count texts are functions of the counts, so that the plural form can follow the number.
struct RecordListTexts
{
    QString searchPlaceholder; // "Search by name or e-mail"
    QString searchToolTip;     // what the search matches on the server
    std::function<QString(int loaded, int total)> countOfTotal; // "%1 of %Ln customers"
    std::function<QString(int loaded)> countComplete;           // "%Ln customers"
    std::function<QString(int loaded)> countLoaded;             // "%Ln customers loaded"
    QString emptyWorkspace;    // "This workspace has no customers yet."
    QString emptySearch;       // "No customer matches “%1”."
    QString loadFailed;        // "Could not load the customers"
    QString loadMoreFailed;    // "Could not load more customers after row %1"
    QString createLabel;       // "New customer…"
    QString rowsName;          // "customers", for the export dialog
};

// A searchable list of one kind of record over a paged list model. It has a debounced search box,
// New/Edit/Delete buttons, "N of TOTAL", a loading indicator, an error line with Retry, a table that
// pages in more rows as it scrolls, and an empty state. The owner loads the model when
// searchChanged() is emitted and handles the buttons' requests.
class RecordListPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 300;

    RecordListPanel(core::Session *session, core::PagedListModel *model, const RecordListTexts &texts,
                    QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QTableView *table() const { return m_table; }
    QLabel *countLabel() const { return m_countLabel; }
    NoticeLine *errorLine() const { return m_errorLine; }
    QWidget *emptyState() const { return m_emptyState; }
    QPushButton *createButton() const { return m_createButton; }
    QPushButton *editButton() const { return m_editButton; }
    QPushButton *deleteButton() const { return m_deleteButton; }
    QPushButton *exportButton() const { return m_exportButton; }
    // Opens the CSV export of the list's visible columns.
    ExportDialog *exportToCsv();

    // The search text as last sent, trimmed.
    QString searchText() const { return m_appliedSearch; }
    // Puts text in the search box as the search in effect, without emitting searchChanged().
    void setSearchText(const QString &text);
    // The id of the selected row, or "".
    QString currentId() const { return m_currentId; }
    // Selects the row of id now, or once a page brings it.
    void selectId(const QString &id);

    // Shows a failure above the list, with Retry when retry is set.
    void showError(const QString &text, std::function<void()> retry = {});
    void hideError();

    // Enables the write buttons, or disables them with the reason in their tooltips.
    void updateWriteAbility();

    // Hides the search box and the write buttons, for a list inside a detail pane.
    void setToolbarVisible(bool visible);
    // Paints these columns as relative times with the exact time in the tooltip.
    void setTimeColumns(const QList<int> &columns);
    // Gives this column the space the others leave.
    void setStretchColumn(int column);

signals:
    // The search text settled (SearchDelayMs after the last key, or Enter).
    void searchChanged(const QString &text);
    // The selected row changed; id is "" when nothing is selected.
    void currentChanged(const QString &id);
    // A row was double-clicked, or Enter was pressed on it.
    void activated(const QString &id);
    void createRequested();
    void editRequested();
    void deleteRequested();
    // After each load, once the first page is in the table (or has come back empty).
    void firstPageShown();

private:
    QWidget *buildSearchBar(const RecordListTexts &texts);
    QWidget *buildStatusLine();
    QWidget *buildEmptyState();
    void configureTable();
    void connectModel();

    void applySearch();
    void onLoadFailed(const core::ApiError &error);
    void onRowsInserted();
    void noteFirstPageIfShown();
    void updateStatus();
    void onSelectionChanged();
    void restoreSelection();

    QPointer<core::Session> m_session;
    core::PagedListModel *m_model;
    RecordListTexts m_texts;

    QWidget *m_toolbar = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QString m_rowsName;
    QLabel *m_countLabel = nullptr;
    QWidget *m_loadingIndicator = nullptr;
    NoticeLine *m_errorLine = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_emptyState = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_clearSearchButton = nullptr;

    QTimer m_searchTimer;
    QString m_appliedSearch;
    QString m_currentId;
    bool m_restoringSelection = false;
    bool m_awaitingFirstPage = false;
};

} // namespace weav::ui
