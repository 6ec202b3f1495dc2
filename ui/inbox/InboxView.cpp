#include "InboxView.h"

#include "ConversationPane.h"
#include "ConversationTable.h"
#include "FilterBar.h"
#include "api/Endpoints.h"
#include "bulk/BulkActionBar.h"
#include "bulk/BulkController.h"
#include "common/ExportDialog.h"
#include "common/LoadingIndicator.h"
#include "common/TabOrder.h"
#include "live/InboxLiveUpdates.h"
#include "models/AgentListModel.h"
#include "models/ConversationListModel.h"
#include "models/UserListModel.h"
#include "shell/ShellIcons.h"
#include "views/ColumnChooser.h"
#include "workspace/Session.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace weav::ui {

Q_LOGGING_CATEGORY(lcInbox, "weav.ui.inbox")

namespace {

using core::ConversationListModel;

enum ListPage { TablePage, EmptyPage };

QString adviceFor(const core::ApiError &error)
{
    if (error.isAuthentication())
        return InboxView::tr("The token was rejected: enter a new token when asked, and the list loads again.");
    if (error.isMissingAbility())
        return InboxView::tr("The token may not read conversations: ask a workspace admin for a token with the read ability.");

    switch (error.kind) {
    case core::ApiError::Kind::Network:
    case core::ApiError::Kind::Timeout:
        return InboxView::tr("Check that the server is reachable, then press Retry.");
    case core::ApiError::Kind::InvalidResponse:
        return InboxView::tr("The reply could not be read: press Retry, and report the request id if it fails again.");
    case core::ApiError::Kind::Http:
        if (error.httpStatus == 422)
            return InboxView::tr("The server rejected a filter: change the filters.");
        if (error.httpStatus == 429)
            return InboxView::tr("Too many requests: wait a moment, then press Retry.");
        return InboxView::tr("Press Retry, or try again later.");
    default:
        return InboxView::tr("Press Retry.");
    }
}

// The text with a full stop at its end, unless it ends in one already.
QString asSentence(const QString &text)
{
    if (text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('!')) || text.endsWith(QLatin1Char('?')))
        return text;
    return text + QLatin1Char('.');
}

void sortByName(QList<FilterBar::Person> &people)
{
    std::sort(people.begin(), people.end(), [](const FilterBar::Person &a, const FilterBar::Person &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
}

QList<FilterBar::Person> teammatesOf(const QList<core::User> &users)
{
    QList<FilterBar::Person> people;
    for (const core::User &user : users)
        people.append({user.id, user.name});
    sortByName(people);
    return people;
}

// Copilots suggest replies and are never assignees, unlike chat and email agents.
QList<FilterBar::Person> assignableAgentsOf(const QList<core::Agent> &agents)
{
    QList<FilterBar::Person> people;
    for (const core::Agent &agent : agents) {
        if (!agent.isCopilot)
            people.append({agent.id, agent.name});
    }
    sortByName(people);
    return people;
}

} // namespace

InboxView::InboxView(core::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ConversationListModel(session->client(), session->names(), this))
    , m_users(new core::UserListModel(session->client(), session->names(), this))
    , m_agents(new core::AgentListModel(session->client(), session->names(), this))
{
    m_views = new BuiltInViews(this);
    m_filterBar = new FilterBar(this);
    m_table = new ConversationTable(this);
    m_table->setConversationModel(m_model);
    columns::installHeaderMenu(m_table);
    m_pane = new ConversationPane(session, this);
    m_live = new InboxLiveUpdates(session, m_model, m_pane, this);

    m_listStack = new QStackedWidget(this);
    m_listStack->insertWidget(TablePage, m_table);
    m_listStack->insertWidget(EmptyPage, buildEmptyState());

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_views);
    layout->addWidget(m_filterBar);
    layout->addWidget(buildStatusLine());
    setUpBulkActions(layout);
    layout->addWidget(buildErrorLine());
    layout->addWidget(m_splitter, 1);
    // The table and the pane are created before the lines above them.
    setTabOrderByBlocks({m_views, m_filterBar, m_countLabel->parentWidget(), m_bulkBar, m_errorLine, m_splitter});

    connect(m_views, &BuiltInViews::viewSelected, this, &InboxView::onViewSelected);
    connect(m_filterBar, &FilterBar::filterEdited, this, &InboxView::onFilterEdited);
    connect(m_filterBar, &FilterBar::clearRequested, this, &InboxView::clearFilters);
    connect(m_table, &ConversationTable::sortRequested, this, &InboxView::onSortRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InboxView::onSelectionChanged);
    connect(m_pane, &ConversationPane::conversationUpdated, this, &InboxView::onConversationUpdated);
    connectModel();
    connectSession();

    m_views->select(BuiltInViews::View::Open);
}

InboxView::~InboxView() = default;

void InboxView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_splitterSized)
        return;

    // The list gets about two thirds of the width at first. The person's drag decides after that.
    m_splitterSized = true;
    const int width = m_splitter->width();
    m_splitter->setSizes({width * 2 / 3, width - width * 2 / 3});
}

core::ConversationListModel *InboxView::model() const
{
    return m_model;
}

FilterBar *InboxView::filterBar() const
{
    return m_filterBar;
}

QTableView *InboxView::table() const
{
    return m_table;
}

ConversationPane *InboxView::pane() const
{
    return m_pane;
}

BuiltInViews *InboxView::views() const
{
    return m_views;
}

QWidget *InboxView::buildStatusLine()
{
    auto *line = new QWidget(this);
    auto *layout = new QHBoxLayout(line);
    layout->setContentsMargins(0, 0, 0, 0);

    m_countLabel = new QLabel(line);
    m_countLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Wide enough for large counts, so that the text is never clipped while the layout catches up.
    const int sixDigits = 999999;
    m_countLabel->setMinimumWidth(m_countLabel->fontMetrics().horizontalAdvance(
        tr("%1 of %Ln conversations", nullptr, sixDigits).arg(QLocale().toString(sixDigits))));
    layout->addWidget(m_countLabel);
    layout->addWidget(m_live->lastSyncedLabel());

    m_loadingIndicator = createLoadingIndicator(line);
    layout->addWidget(m_loadingIndicator);

    layout->addStretch(1);
    return line;
}

QWidget *InboxView::buildErrorLine()
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("inboxErrorLine"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(QStringLiteral("QFrame#inboxErrorLine { background: #fdecea; border: 1px solid #e0a39d; "
                                        "border-radius: 3px; } QFrame#inboxErrorLine QLabel { color: #5f2120; }"));
    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(8, 4, 8, 4);

    auto *icon = new QLabel(frame);
    icon->setPixmap(shellIcon(QStringLiteral("warning")).pixmap(18, 18));
    icon->setAccessibleName(tr("Error"));
    layout->addWidget(icon, 0, Qt::AlignTop);

    m_errorText = new QLabel(frame);
    m_errorText->setWordWrap(true);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_errorText, 1);

    m_retryButton = new QPushButton(tr("Retry"), frame);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        const std::function<void()> action = m_retryAction;
        hideError();
        if (action)
            action();
    });
    layout->addWidget(m_retryButton, 0, Qt::AlignTop);

    frame->setVisible(false);
    m_errorLine = frame;
    return frame;
}

QWidget *InboxView::buildEmptyState()
{
    m_emptyState = new QWidget(this);
    auto *layout = new QVBoxLayout(m_emptyState);
    layout->addStretch(1);

    m_emptyText = new QLabel(m_emptyState);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    layout->addWidget(m_emptyText);

    m_emptyClearButton = new QPushButton(tr("Clear filters"), m_emptyState);
    connect(m_emptyClearButton, &QPushButton::clicked, this, &InboxView::clearFilters);
    layout->addWidget(m_emptyClearButton, 0, Qt::AlignHCenter);

    layout->addStretch(2);
    return m_emptyState;
}

void InboxView::connectModel()
{
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InboxView::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxView::updateStatus);
    connect(m_model, &core::PagedListModel::totalCountChanged, this, &InboxView::updateStatus);
    connect(m_model, &core::PagedListModel::loadingChanged, this, &InboxView::onLoadingChanged);
    connect(m_model, &core::PagedListModel::loadFailed, this, &InboxView::onLoadFailed);
    connect(m_model, &core::PagedListModel::featureUnavailable, this, [this](const QString &reason) {
        showError(tr("The conversation list is not available. %1 Ask the workspace admin which API this server offers.")
                      .arg(reason),
                  {});
    });
    connect(m_model, &core::PagedListModel::pageLoaded, this, [this] {
        if (m_session)
            m_session->noteSynced();
        // A page that arrives by a reload started elsewhere (the live re-sync after a network gap)
        // ends the list failure shown before.
        if (m_listFailureShown)
            hideError();
    });
}

void InboxView::connectSession()
{
    connect(m_session, &core::Session::tokenRenewed, this, &InboxView::retryFailedList);
    connect(m_session, &core::Session::reachabilityChanged, this, [this](bool reachable) {
        if (reachable)
            retryFailedList();
    });
}

void InboxView::loadPeopleOnce()
{
    // The assignee choice can wait: the first page of conversations goes out alone.
    if (m_users->isStarted())
        return;

    connect(m_users, &core::PagedListModel::completed, this, [this] { m_filterBar->setTeammates(teammatesOf(m_users->rows())); });
    connect(m_agents, &core::PagedListModel::completed, this,
            [this] { m_filterBar->setAgents(assignableAgentsOf(m_agents->rows())); });
    connect(m_users, &core::PagedListModel::loadFailed, this, [](const core::ApiError &error) {
        qCWarning(lcInbox).noquote() << "teammates for the assignee filter not loaded:" << error.summary();
    });
    connect(m_agents, &core::PagedListModel::loadFailed, this, [](const core::ApiError &error) {
        qCWarning(lcInbox).noquote() << "AI agents for the assignee filter not loaded:" << error.summary();
    });

    m_users->loadAll();
    m_agents->loadAll();
}

void InboxView::applyFilter(const core::ConversationFilter &filter)
{
    m_views->clearSelection();
    m_filterBar->setFilter(filter);
    load(filter);
}

core::SavedView InboxView::currentView() const
{
    core::SavedView view;
    view.filter = m_model->filter();
    view.columns = columns::visibleKeys(m_table);
    return view;
}

void InboxView::applyView(const core::SavedView &view)
{
    qCInfo(lcInbox).noquote() << "applying the view" << view.name;
    showColumns(view.columns);
    applyFilter(view.filter);
}

void InboxView::showColumns(const QStringList &columnKeys)
{
    columns::show(m_table, columnKeys);
}

void InboxView::load(const core::ConversationFilter &filter)
{
    qCDebug(lcInbox).noquote() << "loading" << filter.toQuery().toString();
    hideError();
    m_table->showSort(filter.sortKey, filter.descending);
    m_model->setFilter(filter);
    // Set after setFilter(), whose stop of the previous page emits loadingChanged(false) while the
    // previous rows are still there.
    m_awaitingFirstPage = true;
    updateStatus();
}

void InboxView::onViewSelected(BuiltInViews::View view, const core::ConversationFilter &filter)
{
    qCInfo(lcInbox) << "view selected:" << view;
    m_filterBar->setFilter(filter);
    load(filter);
}

void InboxView::onFilterEdited(const core::ConversationFilter &filter)
{
    m_views->clearSelection();

    core::ConversationFilter edited = filter;
    edited.setSort(m_model->filter().sortKey, m_model->filter().descending);
    if (edited == m_model->filter() && !m_model->hasFailed())
        return;
    load(edited);
}

void InboxView::onSortRequested(core::ConversationFilter::SortKey key, bool descending)
{
    core::ConversationFilter sorted = m_model->filter();
    sorted.setSort(key, descending);
    load(sorted);
}

void InboxView::clearFilters()
{
    m_views->select(BuiltInViews::View::All);
}

void InboxView::onRowsInserted(int first, int last)
{
    QStringList tags;
    for (int row = first; row <= last; ++row)
        tags.append(m_model->rowAt(row).tags);
    m_filterBar->addKnownTags(tags);

    restoreSelection();
    updateStatus();
    noteFirstPageIfShown();
}

void InboxView::onLoadingChanged(bool loading)
{
    m_loadingIndicator->setVisible(loading);
    if (!loading)
        noteFirstPageIfShown();
    updateStatus();
}

void InboxView::noteFirstPageIfShown()
{
    // Rows are in the table, or the list is complete without any. A failed page leaves neither.
    if (!m_awaitingFirstPage || (m_model->rowCount() == 0 && !m_model->isComplete()))
        return;

    m_awaitingFirstPage = false;
    emit firstPageShown();
    loadPeopleOnce();
}

void InboxView::onLoadFailed(const core::ApiError &error)
{
    showError(listFailureText(error), [this] { m_model->retry(); });
    m_listFailureShown = true;
    updateStatus();
    loadPeopleOnce();
}

void InboxView::retryFailedList()
{
    if (!m_model->hasFailed())
        return;
    qCInfo(lcInbox) << "loading the conversations again after a failure";
    hideError();
    m_model->retry();
}

QString InboxView::listFailureText(const core::ApiError &error) const
{
    const int loaded = m_model->rowCount();
    const QString what = loaded == 0
        ? tr("Loading the conversations failed.")
        : tr("Loading more conversations after row %1 failed.").arg(QLocale().toString(loaded));
    return QStringLiteral("%1 %2 %3").arg(what, asSentence(error.summary()), adviceFor(error));
}

void InboxView::updateStatus()
{
    const QLocale locale;
    const int loaded = m_model->rowCount();
    const qint64 total = m_model->totalCount();

    if (!m_model->isStarted())
        m_countLabel->clear();
    else if (total >= 0)
        m_countLabel->setText(tr("%1 of %Ln conversations", nullptr, int(total)).arg(locale.toString(loaded)));
    else if (m_model->isComplete())
        m_countLabel->setText(tr("%Ln conversations", nullptr, loaded));
    else
        m_countLabel->setText(tr("%Ln conversations loaded", nullptr, loaded));

    updateEmptyState();
}

void InboxView::updateEmptyState()
{
    const bool empty = m_model->isStarted() && m_model->rowCount() == 0 && m_model->isComplete();
    if (!empty) {
        m_listStack->setCurrentIndex(TablePage);
        return;
    }

    const bool filtered = m_model->filter().hasFilters();
    m_emptyText->setText(filtered ? tr("No conversations match these filters.\nChange or clear the filters to see more.")
                                  : tr("This workspace has no conversations yet."));
    m_emptyClearButton->setVisible(filtered);
    m_listStack->setCurrentIndex(EmptyPage);
}

void InboxView::setUpBulkActions(QVBoxLayout *layout)
{
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_bulkBar = new BulkActionBar(m_session, this);
    m_bulk = new BulkController(m_session, m_model, this);
    layout->addWidget(m_bulkBar);

    m_exportButton = new QPushButton(tr("Export to CSV…"), this);
    m_exportButton->setToolTip(tr("Write the visible columns of this view to a CSV file"));
    m_countLabel->parentWidget()->layout()->addWidget(m_exportButton);

    connect(m_exportButton, &QPushButton::clicked, this, &InboxView::exportToCsv);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InboxView::updateBulkBar);
    connect(m_model, &core::PagedListModel::totalCountChanged, this, &InboxView::updateBulkBar);
    connect(m_bulkBar, &BulkActionBar::actionRequested, this, [this](const BulkAction &action, BulkScope scope) {
        m_bulk->start(action, scope, selectedIds());
    });
}

void InboxView::updateBulkBar()
{
    m_bulkBar->setSelection(int(m_table->selectionModel()->selectedRows().size()), m_model->totalCount());
}

QStringList InboxView::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(m_model->rowAt(row.row()).id);
    return ids;
}

ExportDialog *InboxView::exportToCsv()
{
    return openExportDialog(ExportSource::ofTable(m_table, m_model, tr("conversations")), this);
}

void InboxView::onSelectionChanged()
{
    if (m_restoringSelection)
        return;

    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    // A row that leaves the list (it no longer matches after an edit) takes its selection with it,
    // but the pane keeps showing the conversation.
    if (rows.isEmpty())
        return;

    const core::Conversation &conversation = m_model->rowAt(rows.first().row());
    m_selectedId = conversation.id;
    showInPane(conversation);
}

void InboxView::restoreSelection()
{
    if (m_selectedId.isEmpty())
        return;
    const int row = m_model->rowOf(m_selectedId);
    if (row < 0 || m_table->selectionModel()->isRowSelected(row, QModelIndex()))
        return;

    m_restoringSelection = true;
    m_table->selectRow(row);
    m_restoringSelection = false;
}

void InboxView::showInPane(const core::Conversation &conversation)
{
    m_pane->showConversation(conversation);
}

void InboxView::openConversation(const QString &conversationId)
{
    const QString id = conversationId.trimmed();
    if (id.isEmpty())
        return;

    m_selectedId = id;
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_restoringSelection = true;
        m_table->clearSelection();
        m_restoringSelection = false;
        fetchConversation(id);
        return;
    }

    m_restoringSelection = true;
    m_table->selectRow(row);
    m_restoringSelection = false;
    m_table->scrollTo(m_model->index(row, ConversationListModel::SubjectColumn));
    showInPane(m_model->rowAt(row));
}

void InboxView::fetchConversation(const QString &conversationId)
{
    if (!m_session)
        return;

    const core::ApiRequest request = core::ApiRequest::get(core::endpoints::conversation(conversationId));
    m_session->send(request, this, [this, conversationId](const core::ApiResponse &response) {
        if (m_selectedId != conversationId)
            return; // Another conversation was opened meanwhile.

        if (!response.ok()) {
            const QString advice = response.error.isNotFound()
                ? tr("It may have been deleted: check the id, or reload the list.")
                : adviceFor(response.error);
            showError(tr("Opening conversation %1 failed. %2 %3").arg(conversationId, asSentence(response.error.summary()), advice),
                      [this, conversationId] { openConversation(conversationId); });
            return;
        }

        core::ParseIssues issues;
        const std::optional<core::Conversation> conversation = core::Conversation::fromJson(response.object(), &issues);
        if (!conversation) {
            showError(tr("Opening conversation %1 failed: the reply has no conversation id (request id %2). Press Retry.")
                          .arg(conversationId, response.requestId),
                      [this, conversationId] { openConversation(conversationId); });
            return;
        }
        m_session->noteSynced();
        showInPane(*conversation);
        restoreSelection();
    });
}

void InboxView::onConversationUpdated(const core::Conversation &conversation)
{
    m_model->upsert(conversation);
    restoreSelection();
}

void InboxView::showError(const QString &message, std::function<void()> retry)
{
    qCWarning(lcInbox).noquote() << message;
    m_retryAction = std::move(retry);
    m_errorText->setText(message);
    m_retryButton->setVisible(bool(m_retryAction));
    m_errorLine->setVisible(true);
}

void InboxView::hideError()
{
    m_listFailureShown = false;
    m_retryAction = {};
    m_errorLine->setVisible(false);
    m_errorText->clear();
}

} // namespace weav::ui
