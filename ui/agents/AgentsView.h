#pragma once

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace weav::core {
class AgentListModel;
class Session;
struct Agent;
struct ApiError;
struct ApiResponse;
}

namespace weav::ui {

class AgentForm;
class AgentTableModel;
class AgentTrainingCounts;
class NoticeLine;

// The Agents area: the workspace's AI agents in a table (active, kind, tone, response length,
// message limit, training items) and the selected agent's form beside it. New creates an agent,
// and Activate/Deactivate and Delete act on the selected one. The server's rejections are explained
// in words. A read-only token leaves every write control disabled with the reason.
//
// What the person typed for an agent and did not save is kept while the area is open, so that
// selecting another agent and coming back loses nothing.
class AgentsView : public QWidget
{
    Q_OBJECT

public:
    explicit AgentsView(core::Session *session, QWidget *parent = nullptr);
    ~AgentsView() override;

    core::AgentListModel *model() const { return m_agents; }
    AgentTableModel *tableModel() const { return m_tableModel; }
    AgentTrainingCounts *trainingCounts() const { return m_counts; }
    QTableView *table() const { return m_table; }
    AgentForm *form() const { return m_form; }
    NoticeLine *notice() const { return m_notice; }
    NoticeLine *readOnlyNote() const { return m_readOnlyNote; }
    QLabel *countLabel() const { return m_countLabel; }
    QPushButton *newButton() const { return m_newButton; }
    QPushButton *activeButton() const { return m_activeButton; }
    QPushButton *deleteButton() const { return m_deleteButton; }
    QPushButton *reloadButton() const { return m_reloadButton; }

    // Loads the list again from the first page. Kept drafts stay.
    void reload();
    // Selects the agent's row and shows it in the form.
    void selectAgent(const QString &agentId);
    // Shows the form for a new agent.
    void startCreate();
    // Activates the selected agent when it is inactive, deactivates it otherwise.
    void toggleActive();
    // Asks, then deletes the selected agent.
    void deleteSelected();

    // The unsaved fields kept for an agent ("" for the new agent), for tests.
    QJsonObject draftFor(const QString &agentId) const { return m_drafts.value(agentId); }

signals:
    // The list has been loaded completely (after the first load and after each reload).
    void listLoaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildToolbar();
    void connectModel();

    void onSelectionChanged();
    void showInForm(const core::Agent &agent);
    void keepDraft();
    std::optional<core::Agent> selectedAgent() const;

    void sendActive(const core::Agent &agent, bool active);
    void onActiveReply(const QString &agentId, bool active, const core::ApiResponse &response);
    void sendDelete(const core::Agent &agent);
    void onDeleteReply(const core::Agent &agent, const core::ApiResponse &response);
    void onAgentSaved(const core::Agent &agent, bool created);
    void applyServerAgent(const core::Agent &agent);

    void onLoadFailed(const core::ApiError &error);
    void updateCount();
    void updateButtons();
    void applyAbilities();

    QPointer<core::Session> m_session;
    core::AgentListModel *m_agents;
    AgentTrainingCounts *m_counts;
    AgentTableModel *m_tableModel;

    QTableView *m_table = nullptr;
    AgentForm *m_form = nullptr;
    QSplitter *m_splitter = nullptr;
    NoticeLine *m_notice = nullptr;
    NoticeLine *m_readOnlyNote = nullptr;
    QLabel *m_countLabel = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_activeButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_reloadButton = nullptr;

    QHash<QString, QJsonObject> m_drafts;
    // Agents with an activate, deactivate or delete request in flight.
    QSet<QString> m_busy;
    bool m_loadedOnce = false;
    bool m_selectFirstWhenLoaded = true;
};

} // namespace weav::ui
