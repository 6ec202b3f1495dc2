#pragma once

#include "models/ListFilters.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace weav::core {
class AgentListModel;
class Session;
class TrainingListModel;
struct ApiError;
struct TrainingItem;
}

namespace weav::ui {

class BulkResultPanel;
class NoticeLine;
class TrainingItemPoller;
class TrainingPreview;
class TrainingWizard;

// The Training data area. It lists the workspace's training items with filters by type, status and
// agent and a title search, and previews the selected item, where text and Q&A are edited. The
// actions on the selection assign it to agents, process failed web pages again, and delete one or
// many items with the outcome of each. Add Training Data opens the upload wizard. Web pages that the
// server is still processing are polled while the area is visible, until they are ready or failed.
class TrainingView : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingView(core::Session *session, QWidget *parent = nullptr);
    ~TrainingView() override;

    core::TrainingListModel *model() const { return m_model; }
    core::AgentListModel *agentModel() const { return m_agents; }
    QTableView *table() const { return m_table; }
    TrainingPreview *preview() const { return m_preview; }
    BulkResultPanel *resultPanel() const { return m_resultPanel; }
    TrainingItemPoller *poller() const { return m_poller; }
    NoticeLine *notice() const { return m_notice; }
    NoticeLine *readOnlyNote() const { return m_readOnlyNote; }
    QComboBox *typeFilter() const { return m_typeFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QComboBox *agentFilter() const { return m_agentFilter; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *countLabel() const { return m_countLabel; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *assignButton() const { return m_assignButton; }
    QPushButton *reprocessButton() const { return m_reprocessButton; }
    QPushButton *deleteButton() const { return m_deleteButton; }
    QPushButton *reloadButton() const { return m_reloadButton; }

    // Shows the filter in the filter bar and loads the list with it.
    void applyFilter(const core::TrainingFilter &filter);
    void reload();
    // Selects the item's row, when it is loaded, and shows it in the preview.
    void selectItem(const QString &itemId);
    QStringList selectedIds() const;

    // Asks, then deletes the selected items one request each, and lists each item's outcome.
    void deleteSelected();
    // Asks for agents, then assigns the selected items to them, one request per item.
    void assignSelected();
    // Processes the selected failed web pages again.
    void reprocessSelected();
    // Opens the upload wizard (or raises the open one). It is deleted when closed, and the list is
    // loaded again then, so that it shows what reached the server.
    TrainingWizard *openWizard();
    TrainingWizard *wizard() const;

signals:
    // After each load, once the first page is in the table (or has come back empty).
    void firstPageShown();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildFilterBar();
    QWidget *buildToolbar();
    void connectModel();
    void fillAgentFilter();

    void load(const core::TrainingFilter &filter);
    core::TrainingFilter filterFromBar() const;
    void onFilterEdited();
    void noteFirstPageIfShown();

    void onSelectionChanged();
    QList<core::TrainingItem> selectedItems() const;
    void runAssign(const QStringList &itemIds, const QStringList &agentIds);
    void runDelete(const QList<core::TrainingItem> &items);
    void reprocess(const core::TrainingItem &item);
    void applyServerItem(const core::TrainingItem &item);
    void removeItem(const QString &itemId);

    void followUnsettledItems();
    void onLoadFailed(const core::ApiError &error);
    void updateCount();
    void updateButtons();
    void applyAbilities();

    QPointer<core::Session> m_session;
    core::TrainingListModel *m_model;
    core::AgentListModel *m_agents;
    TrainingItemPoller *m_poller;

    QComboBox *m_typeFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_agentFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer m_searchDelay;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_assignButton = nullptr;
    QPushButton *m_reprocessButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QLabel *m_countLabel = nullptr;
    NoticeLine *m_notice = nullptr;
    NoticeLine *m_readOnlyNote = nullptr;
    QTableView *m_table = nullptr;
    TrainingPreview *m_preview = nullptr;
    BulkResultPanel *m_resultPanel = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer m_relativeTimeTimer;
    QPointer<TrainingWizard> m_wizard;

    QString m_selectedId;
    bool m_loadedOnce = false;
    bool m_awaitingFirstPage = false;
    bool m_fillingFilters = false;
};

} // namespace weav::ui
