#pragma once

#include "BuiltInViews.h"
#include "models/ConversationFilter.h"
#include "views/SavedView.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

namespace weav::core {
class AgentListModel;
class ConversationListModel;
class Session;
class UserListModel;
struct ApiError;
struct Conversation;
}

namespace weav::ui {

Q_DECLARE_LOGGING_CATEGORY(lcInbox)

class ConversationPane;
class ConversationTable;
class FilterBar;
class InboxLiveUpdates;
class BulkActionBar;
class BulkController;
class ExportDialog;

// The inbox: built-in views, the filter bar, the conversation table with its count, loading and
// error lines, and the selected conversation in a pane beside it. The server filters and sorts,
// and the table pages in more rows as it scrolls.
class InboxView : public QWidget
{
    Q_OBJECT

public:
    explicit InboxView(core::Session *session, QWidget *parent = nullptr);
    ~InboxView() override;

    core::ConversationListModel *model() const;
    FilterBar *filterBar() const;
    QTableView *table() const;
    ConversationPane *pane() const;
    BuiltInViews *views() const;
    // Polling, webhook events and the "Synced … ago" label of the list.
    InboxLiveUpdates *liveUpdates() const { return m_live; }

    // Loads the list with this filter and its sort, and shows the filter in the filter bar.
    void applyFilter(const core::ConversationFilter &filter);

    // The list's filters and sort and the table's visible columns, as a view without a name.
    core::SavedView currentView() const;
    // Loads the view's filters and sort and shows its columns (all of them when it names none).
    void applyView(const core::SavedView &view);
    // Shows these columns (SavedView column keys) in this order; an empty list shows all.
    void showColumns(const QStringList &columnKeys);
    // Selects the conversation when its row is loaded, or fetches it with GET /v1/conversations/{id}
    // otherwise, and shows it in the pane.
    void openConversation(const QString &conversationId);

    // The parts of the status line, for tests and screenshots.
    QLabel *countLabel() const { return m_countLabel; }

    // Bulk actions on the selected rows or on every conversation matching the view.
    BulkActionBar *bulkBar() const { return m_bulkBar; }
    BulkController *bulkController() const { return m_bulk; }
    QStringList selectedIds() const;
    QPushButton *exportButton() const { return m_exportButton; }
    // Opens the CSV export of the list's visible columns and returns the dialog.
    ExportDialog *exportToCsv();
    QWidget *errorLine() const { return m_errorLine; }
    QLabel *errorText() const { return m_errorText; }
    QPushButton *retryButton() const { return m_retryButton; }
    QWidget *emptyState() const { return m_emptyState; }
    QWidget *loadingIndicator() const { return m_loadingIndicator; }

protected:
    void showEvent(QShowEvent *event) override;

signals:
    // After each reload, once the first page is in the table (or has come back empty).
    void firstPageShown();

private:
    QWidget *buildStatusLine();
    QWidget *buildErrorLine();
    QWidget *buildEmptyState();
    void connectModel();
    void connectSession();
    void loadPeopleOnce();

    void load(const core::ConversationFilter &filter);
    void onViewSelected(BuiltInViews::View view, const core::ConversationFilter &filter);
    void onFilterEdited(const core::ConversationFilter &filter);
    void onSortRequested(core::ConversationFilter::SortKey key, bool descending);
    void clearFilters();

    void onRowsInserted(int first, int last);
    void onLoadingChanged(bool loading);
    void onLoadFailed(const core::ApiError &error);
    void retryFailedList();
    void noteFirstPageIfShown();
    void updateStatus();
    void updateEmptyState();

    void onSelectionChanged();
    void setUpBulkActions(QVBoxLayout *layout);
    void updateBulkBar();
    void restoreSelection();
    void showInPane(const core::Conversation &conversation);
    void fetchConversation(const QString &conversationId);
    void onConversationUpdated(const core::Conversation &conversation);

    void showError(const QString &message, std::function<void()> retry);
    void hideError();
    QString listFailureText(const core::ApiError &error) const;

    QPointer<core::Session> m_session;
    core::ConversationListModel *m_model;
    core::UserListModel *m_users;
    core::AgentListModel *m_agents;

    BuiltInViews *m_views = nullptr;
    FilterBar *m_filterBar = nullptr;
    BulkActionBar *m_bulkBar = nullptr;
    BulkController *m_bulk = nullptr;
    QPushButton *m_exportButton = nullptr;
    ConversationTable *m_table = nullptr;
    ConversationPane *m_pane = nullptr;
    InboxLiveUpdates *m_live = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QLabel *m_countLabel = nullptr;
    QWidget *m_loadingIndicator = nullptr;
    QWidget *m_errorLine = nullptr;
    QLabel *m_errorText = nullptr;
    QPushButton *m_retryButton = nullptr;
    QWidget *m_emptyState = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyClearButton = nullptr;

    std::function<void()> m_retryAction;
    // The error line shows a failure of the list itself, which a loaded page ends.
    bool m_listFailureShown = false;
    // The conversation shown in the pane, whose row is selected whenever it is loaded.
    QString m_selectedId;
    bool m_restoringSelection = false;
    bool m_awaitingFirstPage = false;
    bool m_splitterSized = false;
};

} // namespace weav::ui
