#include "AgentsView.h"

#include "AdminErrors.h"
#include "AgentForm.h"
#include "AgentTableModel.h"
#include "AgentTrainingCounts.h"
#include "AgentsLogging.h"
#include "ConfirmQuestion.h"
#include "NoticeLine.h"
#include "api/Endpoints.h"
#include "common/ErrorText.h"
#include "models/AgentListModel.h"
#include "shell/ShellIcons.h"
#include "workspace/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace weav::ui {

Q_LOGGING_CATEGORY(lcAgents, "weav.ui.agents")

using core::AgentListModel;

AgentsView::AgentsView(core::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_agents(new AgentListModel(session->client(), session->names(), this))
    , m_counts(new AgentTrainingCounts(session, this))
    , m_tableModel(new AgentTableModel(m_agents, m_counts, this))
{
    setObjectName(QStringLiteral("agentsView"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("agentTable"));
    m_table->setAccessibleName(tr("AI agents"));
    // QTableView moves between cells on Tab by default, which keeps the focus in the table.
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_tableModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AgentListModel::NameColumn, QHeaderView::Stretch);
    // The count is shown beside the other settings, and the hidden creation time goes last.
    m_table->horizontalHeader()->moveSection(m_tableModel->trainingItemsColumn(), AgentListModel::CreatedColumn);
    m_table->setColumnHidden(AgentListModel::CreatedColumn, true);

    m_form = new AgentForm(session, this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_form);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    m_notice = new NoticeLine(this);
    m_readOnlyNote = new NoticeLine(this);
    m_readOnlyNote->setDismissible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);

    connectModel();
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AgentsView::onSelectionChanged);
    connect(m_form, &AgentForm::agentSaved, this, &AgentsView::onAgentSaved);
    connect(m_form, &AgentForm::createCancelled, this, [this] {
        m_drafts.remove(QString());
        if (const auto agent = selectedAgent())
            showInForm(*agent);
    });
    connect(m_session, &core::Session::abilitiesChanged, this, &AgentsView::applyAbilities);
    connect(m_session, &core::Session::tokenRenewed, this, [this] {
        if (m_agents->hasFailed())
            m_agents->retry();
    });
    applyAbilities();
}

AgentsView::~AgentsView() = default;

QWidget *AgentsView::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    m_newButton = new QPushButton(shellIcon(QStringLiteral("ai-agent")), tr("New Agent…"), bar);
    m_activeButton = new QPushButton(tr("Deactivate"), bar);
    m_deleteButton = new QPushButton(tr("Delete…"), bar);
    m_countLabel = new QLabel(bar);
    m_reloadButton = new QPushButton(shellIcon(QStringLiteral("sync")), tr("Reload"), bar);

    layout->addWidget(m_newButton);
    layout->addWidget(m_activeButton);
    layout->addWidget(m_deleteButton);
    layout->addStretch(1);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_reloadButton);

    connect(m_newButton, &QPushButton::clicked, this, &AgentsView::startCreate);
    connect(m_activeButton, &QPushButton::clicked, this, &AgentsView::toggleActive);
    connect(m_deleteButton, &QPushButton::clicked, this, &AgentsView::deleteSelected);
    connect(m_reloadButton, &QPushButton::clicked, this, &AgentsView::reload);
    return bar;
}

void AgentsView::connectModel()
{
    connect(m_agents, &QAbstractItemModel::rowsInserted, this, &AgentsView::updateCount);
    connect(m_agents, &QAbstractItemModel::rowsRemoved, this, &AgentsView::updateCount);
    connect(m_agents, &QAbstractItemModel::modelReset, this, &AgentsView::updateCount);
    connect(m_agents, &core::PagedListModel::loadFailed, this, &AgentsView::onLoadFailed);
    connect(m_agents, &core::PagedListModel::featureUnavailable, this, [this](const QString &reason) {
        m_notice->showNotice(NoticeLine::Kind::Error,
                             tr("The agent list is not available on this server. %1 Ask the workspace admin which API "
                                "this server offers.")
                                 .arg(reason));
    });
    connect(m_agents, &core::PagedListModel::completed, this, [this] {
        m_session->noteSynced();
        if (m_selectFirstWhenLoaded && m_agents->rowCount() > 0 && m_form->mode() == AgentForm::Mode::Empty)
            m_table->selectRow(0);
        m_selectFirstWhenLoaded = false;
        updateCount();
        emit listLoaded();
    });
}

void AgentsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_loadedOnce)
        return;
    m_loadedOnce = true;
    reload();
}

void AgentsView::reload()
{
    keepDraft();
    m_notice->dismiss();
    const QString selected = m_form->mode() == AgentForm::Mode::Edit ? m_form->agentId() : QString();
    if (m_agents->isStarted()) {
        m_counts->refreshAll();
        m_agents->reload();
    }
    m_agents->loadAll();
    if (!selected.isEmpty()) {
        // The form keeps showing the agent, and its row is selected again once loaded.
        connect(m_agents, &core::PagedListModel::completed, this, [this, selected] { selectAgent(selected); },
                Qt::SingleShotConnection);
    }
}

void AgentsView::selectAgent(const QString &agentId)
{
    const int row = m_agents->rowOf(agentId);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_tableModel->index(row, 0));
}

std::optional<core::Agent> AgentsView::selectedAgent() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_agents->rowAt(rows.first().row());
}

void AgentsView::onSelectionChanged()
{
    const std::optional<core::Agent> agent = selectedAgent();
    if (agent && agent->id == m_form->agentId() && m_form->mode() == AgentForm::Mode::Edit) {
        // The same agent after a reload. The form takes the server's values unless it has edits.
        if (!m_form->hasUnsavedChanges() && !(*agent == m_form->agent()))
            m_form->showAgent(*agent);
        updateButtons();
        return;
    }

    keepDraft();
    if (agent)
        showInForm(*agent);
    else if (m_form->mode() == AgentForm::Mode::Edit)
        m_form->clear();
    updateButtons();
}

void AgentsView::showInForm(const core::Agent &agent)
{
    m_form->showAgent(agent);
    const QJsonObject draft = m_drafts.value(agent.id);
    if (!draft.isEmpty())
        m_form->applyFields(draft);
}

void AgentsView::keepDraft()
{
    if (m_form->mode() == AgentForm::Mode::Empty)
        return;

    const QString key = m_form->mode() == AgentForm::Mode::Create ? QString() : m_form->agentId();
    const QJsonObject changed = m_form->changedFields();
    if (changed.isEmpty())
        m_drafts.remove(key);
    else
        m_drafts.insert(key, changed);
}

void AgentsView::startCreate()
{
    keepDraft();
    m_table->clearSelection();
    m_form->startCreate();
    const QJsonObject draft = m_drafts.value(QString());
    if (!draft.isEmpty())
        m_form->applyFields(draft);
    updateButtons();
}

void AgentsView::toggleActive()
{
    const std::optional<core::Agent> agent = selectedAgent();
    if (!agent || !m_activeButton->isEnabled())
        return;
    sendActive(*agent, !agent->isActive);
}

void AgentsView::sendActive(const core::Agent &agent, bool active)
{
    qCInfo(lcAgents).noquote() << (active ? "activating agent" : "deactivating agent") << agent.id;
    m_busy.insert(agent.id);
    m_notice->dismiss();
    updateButtons();

    const core::ApiRequest request = core::ApiRequest::put(core::endpoints::agent(agent.id),
                                                           {{QStringLiteral("is_active"), active}});
    const QString agentId = agent.id;
    m_session->send(request, this, [this, agentId, active](const core::ApiResponse &response) {
        onActiveReply(agentId, active, response);
    });
}

void AgentsView::onActiveReply(const QString &agentId, bool active, const core::ApiResponse &response)
{
    m_busy.remove(agentId);
    const std::optional<core::Agent> known = m_agents->find(agentId);
    const QString name = known ? known->name : agentId;

    if (!response.ok()) {
        const QString failure = active ? tr("Could not activate “%1”").arg(name) : tr("Could not deactivate “%1”").arg(name);
        qCWarning(lcAgents).noquote() << failure << response.error.summary();
        m_notice->showNotice(NoticeLine::Kind::Error, AdminErrors::describe(response.error, failure),
                             ErrorText::details(response.error));
        updateButtons();
        return;
    }

    if (const std::optional<core::Agent> agent = core::Agent::fromJson(response.object()))
        applyServerAgent(*agent);
    updateButtons();
}

void AgentsView::deleteSelected()
{
    const std::optional<core::Agent> agent = selectedAgent();
    if (!agent || !m_deleteButton->isEnabled())
        return;

    ConfirmQuestion question;
    question.objectName = QStringLiteral("deleteAgentQuestion");
    question.title = tr("Delete Agent");
    question.text = tr("Delete the agent “%1”?").arg(agent->name);
    question.informativeText = tr("Conversations assigned to it become unassigned, and its training data is no "
                                  "longer assigned to it. This cannot be undone.");
    question.confirmText = tr("Delete Agent");
    question.icon = QMessageBox::Warning;
    question.destructive = true;
    askToConfirm(this, question, [this, agent = *agent] { sendDelete(agent); });
}

void AgentsView::sendDelete(const core::Agent &agent)
{
    qCInfo(lcAgents).noquote() << "deleting agent" << agent.id;
    m_busy.insert(agent.id);
    m_notice->dismiss();
    updateButtons();
    m_session->send(core::ApiRequest::remove(core::endpoints::agent(agent.id)), this,
                    [this, agent](const core::ApiResponse &response) { onDeleteReply(agent, response); });
}

void AgentsView::onDeleteReply(const core::Agent &agent, const core::ApiResponse &response)
{
    m_busy.remove(agent.id);
    if (!response.ok() && !response.error.isNotFound()) {
        const QString failure = tr("Could not delete “%1”").arg(agent.name);
        qCWarning(lcAgents).noquote() << failure << response.error.summary();
        m_notice->showNotice(NoticeLine::Kind::Error, AdminErrors::describe(response.error, failure),
                             ErrorText::details(response.error));
        updateButtons();
        return;
    }

    // A 404 means that the agent is gone already, which is what the person wanted.
    qCInfo(lcAgents).noquote() << "deleted agent" << agent.id;
    m_drafts.remove(agent.id);
    if (m_form->agentId() == agent.id)
        m_form->clear();
    m_agents->remove(agent.id);
    m_notice->showNotice(NoticeLine::Kind::Note, tr("The agent “%1” was deleted.").arg(agent.name));
    updateButtons();
}

void AgentsView::onAgentSaved(const core::Agent &agent, bool created)
{
    m_drafts.remove(created ? QString() : agent.id);
    m_agents->upsert(agent);
    if (created) {
        m_counts->refresh(agent.id);
        m_notice->showNotice(NoticeLine::Kind::Note, tr("The agent “%1” was created.").arg(agent.name));
    }
    selectAgent(agent.id);
    updateButtons();
}

void AgentsView::applyServerAgent(const core::Agent &agent)
{
    m_agents->upsert(agent);
    if (m_form->mode() != AgentForm::Mode::Edit || m_form->agentId() != agent.id)
        return;

    // The person's unsaved edits of other fields stay in the form.
    QJsonObject edits = m_form->changedFields();
    edits.remove(QStringLiteral("is_active"));
    m_form->showAgent(agent);
    if (!edits.isEmpty())
        m_form->applyFields(edits);
}

void AgentsView::onLoadFailed(const core::ApiError &error)
{
    m_notice->showNotice(NoticeLine::Kind::Error, ErrorText::describe(error, tr("Loading the agents failed")),
                         ErrorText::details(error), tr("Retry"), [this] { m_agents->retry(); });
}

void AgentsView::updateCount()
{
    const int loaded = m_agents->rowCount();
    if (!m_agents->isStarted())
        m_countLabel->clear();
    else if (m_agents->isComplete())
        m_countLabel->setText(tr("Agents: %1").arg(QLocale().toString(loaded)));
    else
        m_countLabel->setText(tr("%Ln agents loaded…", nullptr, loaded));
    updateButtons();
}

void AgentsView::updateButtons()
{
    const bool writable = m_session && m_session->canWrite();
    const std::optional<core::Agent> agent = selectedAgent();
    const bool idle = agent && !m_busy.contains(agent->id);

    m_newButton->setEnabled(writable);
    m_activeButton->setEnabled(writable && idle);
    m_deleteButton->setEnabled(writable && idle);
    m_activeButton->setText(agent && !agent->isActive ? tr("Activate") : tr("Deactivate"));

    const QString reason = writable ? QString() : m_session->readOnlyReason();
    m_newButton->setToolTip(writable ? tr("Create a chat agent") : reason);
    m_activeButton->setToolTip(writable ? tr("Switch whether the selected agent takes conversations") : reason);
    m_deleteButton->setToolTip(writable ? tr("Delete the selected agent") : reason);
}

void AgentsView::applyAbilities()
{
    if (m_session->canWrite())
        m_readOnlyNote->dismiss();
    else
        m_readOnlyNote->showNotice(NoticeLine::Kind::Note, tr("Read-only: %1").arg(m_session->readOnlyReason()));
    updateButtons();
}

} // namespace weav::ui
