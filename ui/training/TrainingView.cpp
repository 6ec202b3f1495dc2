#include "TrainingView.h"

#include "AssignAgentsDialog.h"
#include "BulkResultPanel.h"
#include "TrainingDelegates.h"
#include "TrainingItemPoller.h"
#include "TrainingLogging.h"
#include "TrainingPreview.h"
#include "TrainingStatus.h"
#include "TrainingWizard.h"
#include "UrlReprocess.h"
#include "admin/TrainingRequests.h"
#include "agents/AdminErrors.h"
#include "agents/ConfirmQuestion.h"
#include "agents/NoticeLine.h"
#include "api/Endpoints.h"
#include "bulk/BulkOperation.h"
#include "common/ErrorText.h"
#include "inbox/TimeDelegate.h"
#include "models/AgentListModel.h"
#include "models/TrainingListModel.h"
#include "shell/ShellIcons.h"
#include "workspace/Session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace weav::ui {

Q_LOGGING_CATEGORY(lcTraining, "weav.ui.training")

using core::TrainingListModel;

namespace {

constexpr int SearchDelayMs = 300;
constexpr int RelativeTimeRefreshMs = 60 * 1000;

bool isFailedPage(const core::TrainingItem &item)
{
    return item.type == QLatin1String("url") && item.status == QLatin1String("failed") && !item.sourceUrl.isEmpty();
}

bool isProcessingPage(const core::TrainingItem &item)
{
    return item.type == QLatin1String("url") && !item.isSettled();
}

QString titleOf(const core::TrainingItem &item)
{
    if (!item.title.isEmpty())
        return item.title;
    if (!item.question.isEmpty())
        return item.question;
    return item.fileName.isEmpty() ? item.sourceUrl : item.fileName;
}

void selectData(QComboBox *box, const QString &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

TrainingView::TrainingView(core::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new TrainingListModel(session->client(), session->names(), this))
    , m_agents(new core::AgentListModel(session->client(), session->names(), this))
    , m_poller(new TrainingItemPoller(session, this))
{
    setObjectName(QStringLiteral("trainingView"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("trainingTable"));
    m_table->setAccessibleName(tr("Training items"));
    // QTableView moves between cells on Tab by default, which keeps the focus in the table.
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(TrainingListModel::StatusColumn, new TrainingStatusDelegate(m_table));
    m_table->setItemDelegateForColumn(TrainingListModel::SizeColumn, new ByteSizeDelegate(m_table));
    m_table->setItemDelegateForColumn(TrainingListModel::UpdatedColumn, new TimeDelegate(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(TrainingListModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(TrainingListModel::TypeColumn, 80);
    header->resizeSection(TrainingListModel::StatusColumn, 160);
    header->resizeSection(TrainingListModel::AgentsColumn, 130);
    header->resizeSection(TrainingListModel::SizeColumn, 70);
    header->resizeSection(TrainingListModel::UpdatedColumn, 90);
    m_relativeTimeTimer.setInterval(RelativeTimeRefreshMs);
    connect(&m_relativeTimeTimer, &QTimer::timeout, m_table->viewport(), qOverload<>(&QWidget::update));
    m_relativeTimeTimer.start();

    m_preview = new TrainingPreview(session, session->names(), this);
    m_resultPanel = new BulkResultPanel(this);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_resultPanel);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(listSide);
    m_splitter->addWidget(m_preview);
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
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);

    connectModel();
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TrainingView::onSelectionChanged);
    connect(m_preview, &TrainingPreview::itemSaved, this, &TrainingView::applyServerItem);
    connect(m_poller, &TrainingItemPoller::itemUpdated, this, &TrainingView::applyServerItem);
    connect(m_poller, &TrainingItemPoller::itemGone, this, &TrainingView::removeItem);
    connect(m_session, &core::Session::abilitiesChanged, this, &TrainingView::applyAbilities);
    connect(m_session, &core::Session::tokenRenewed, this, [this] {
        if (m_model->hasFailed())
            m_model->retry();
    });
    connect(m_session, &core::Session::reachabilityChanged, this, [this](bool reachable) {
        if (reachable && m_model->hasFailed())
            m_model->retry();
    });
    applyAbilities();
}

TrainingView::~TrainingView() = default;

QWidget *TrainingView::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    m_addButton = new QPushButton(shellIcon(QStringLiteral("training")), tr("Add Training Data…"), bar);
    m_assignButton = new QPushButton(shellIcon(QStringLiteral("ai-agent")), tr("Assign to Agents…"), bar);
    m_reprocessButton = new QPushButton(tr("Process Again"), bar);
    m_deleteButton = new QPushButton(tr("Delete…"), bar);
    m_countLabel = new QLabel(bar);
    // Wide enough for large counts, so that the text is never cut while the layout catches up.
    const int sixDigits = 999999;
    m_countLabel->setMinimumWidth(m_countLabel->fontMetrics().horizontalAdvance(
        tr("%1 of %Ln training items", nullptr, sixDigits).arg(QLocale().toString(sixDigits))));
    m_reloadButton = new QPushButton(shellIcon(QStringLiteral("sync")), tr("Reload"), bar);

    layout->addWidget(m_addButton);
    layout->addWidget(m_assignButton);
    layout->addWidget(m_reprocessButton);
    layout->addWidget(m_deleteButton);
    layout->addStretch(1);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_reloadButton);

    connect(m_addButton, &QPushButton::clicked, this, &TrainingView::openWizard);
    connect(m_assignButton, &QPushButton::clicked, this, &TrainingView::assignSelected);
    connect(m_reprocessButton, &QPushButton::clicked, this, &TrainingView::reprocessSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &TrainingView::deleteSelected);
    connect(m_reloadButton, &QPushButton::clicked, this, &TrainingView::reload);
    return bar;
}

QWidget *TrainingView::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    m_typeFilter = new QComboBox(bar);
    m_typeFilter->setAccessibleName(tr("Type"));
    m_typeFilter->addItem(tr("All types"), QString());
    for (const QString &type : {QStringLiteral("text"), QStringLiteral("qa"), QStringLiteral("file"), QStringLiteral("url")})
        m_typeFilter->addItem(TrainingListModel::typeLabel(type), type);

    m_statusFilter = new QComboBox(bar);
    m_statusFilter->setAccessibleName(tr("Status"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const QString &status : {QStringLiteral("pending"), QStringLiteral("processing"), QStringLiteral("ready"),
                                  QStringLiteral("failed")}) {
        m_statusFilter->addItem(TrainingStatus::icon(status), TrainingListModel::statusLabel(status), status);
    }

    m_agentFilter = new QComboBox(bar);
    m_agentFilter->setAccessibleName(tr("Agent"));
    m_agentFilter->setMinimumContentsLength(16);
    m_agentFilter->addItem(tr("All agents"), QString());

    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Search titles"));
    m_search->setAccessibleName(tr("Search titles"));
    m_search->setClearButtonEnabled(true);

    layout->addWidget(new QLabel(tr("Type:"), bar));
    layout->addWidget(m_typeFilter);
    layout->addWidget(new QLabel(tr("Status:"), bar));
    layout->addWidget(m_statusFilter);
    layout->addWidget(new QLabel(tr("Agent:"), bar));
    layout->addWidget(m_agentFilter);
    layout->addWidget(m_search, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &TrainingView::onFilterEdited);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchDelay.start(); });
    for (QComboBox *box : {m_typeFilter, m_statusFilter, m_agentFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &TrainingView::onFilterEdited);
    return bar;
}

void TrainingView::connectModel()
{
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateCount();
        followUnsettledItems();
        noteFirstPageIfShown();
        if (!m_selectedId.isEmpty() && selectedIds().isEmpty())
            selectItem(m_selectedId);
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TrainingView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrainingView::updateCount);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TrainingView::followUnsettledItems);
    connect(m_model, &core::PagedListModel::totalCountChanged, this, &TrainingView::updateCount);
    connect(m_model, &core::PagedListModel::loadingChanged, this, [this](bool loading) {
        if (!loading)
            noteFirstPageIfShown();
        updateCount();
    });
    connect(m_model, &core::PagedListModel::loadFailed, this, &TrainingView::onLoadFailed);
    connect(m_model, &core::PagedListModel::featureUnavailable, this, [this](const QString &reason) {
        m_notice->showNotice(NoticeLine::Kind::Error,
                             tr("Training data is not available on this server. %1 Ask the workspace admin which API "
                                "this server offers.")
                                 .arg(reason));
    });
    connect(m_model, &core::PagedListModel::pageLoaded, this, [this] { m_session->noteSynced(); });
    connect(m_agents, &core::PagedListModel::completed, this, &TrainingView::fillAgentFilter);
}

void TrainingView::fillAgentFilter()
{
    QList<core::Agent> agents = m_agents->rows();
    std::sort(agents.begin(), agents.end(),
              [](const core::Agent &a, const core::Agent &b) { return a.name.localeAwareCompare(b.name) < 0; });

    const QString chosen = m_agentFilter->currentData().toString();
    m_fillingFilters = true;
    m_agentFilter->clear();
    m_agentFilter->addItem(tr("All agents"), QString());
    for (const core::Agent &agent : std::as_const(agents))
        m_agentFilter->addItem(shellIcon(QStringLiteral("ai-agent")), agent.name, agent.id);
    selectData(m_agentFilter, chosen);
    m_fillingFilters = false;
}

void TrainingView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_poller->resume();
    if (m_loadedOnce)
        return;

    m_loadedOnce = true;
    m_agents->loadAll();
    load(filterFromBar());
    // The list gets about two thirds of the width at first. The person's drag decides after that.
    const int width = m_splitter->width();
    m_splitter->setSizes({width * 2 / 3, width - width * 2 / 3});
}

void TrainingView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Web pages are followed while the list is visible only.
    m_poller->pause();
}

core::TrainingFilter TrainingView::filterFromBar() const
{
    core::TrainingFilter filter;
    filter.type = m_typeFilter->currentData().toString();
    filter.status = m_statusFilter->currentData().toString();
    filter.agentId = m_agentFilter->currentData().toString();
    filter.text = m_search->text().trimmed();
    return filter;
}

void TrainingView::applyFilter(const core::TrainingFilter &filter)
{
    m_fillingFilters = true;
    selectData(m_typeFilter, filter.type);
    selectData(m_statusFilter, filter.status);
    if (m_agentFilter->findData(filter.agentId) < 0 && !filter.agentId.isEmpty())
        m_agentFilter->addItem(filter.agentId, filter.agentId);
    selectData(m_agentFilter, filter.agentId);
    m_search->setText(filter.text);
    m_fillingFilters = false;
    load(filter);
}

void TrainingView::onFilterEdited()
{
    if (m_fillingFilters)
        return;
    m_searchDelay.stop();
    const core::TrainingFilter filter = filterFromBar();
    if (filter == m_model->filter() && m_model->isStarted() && !m_model->hasFailed())
        return;
    load(filter);
}

void TrainingView::load(const core::TrainingFilter &filter)
{
    qCDebug(lcTraining).noquote() << "loading training data" << filter.toQuery().toString();
    m_notice->dismiss();
    m_model->setFilter(filter);
    m_awaitingFirstPage = true;
    updateCount();
}

void TrainingView::reload()
{
    load(m_model->filter());
    m_agents->reload();
    m_agents->loadAll();
}

void TrainingView::noteFirstPageIfShown()
{
    if (!m_awaitingFirstPage || (m_model->rowCount() == 0 && !m_model->isComplete()))
        return;
    m_awaitingFirstPage = false;
    emit firstPageShown();
}

void TrainingView::onLoadFailed(const core::ApiError &error)
{
    const QString failure = m_model->rowCount() == 0 ? tr("Loading the training data failed")
                                                     : tr("Loading more training data failed");
    m_notice->showNotice(NoticeLine::Kind::Error, ErrorText::describe(error, failure), ErrorText::details(error),
                         tr("Retry"), [this] { m_model->retry(); });
    updateCount();
}

void TrainingView::updateCount()
{
    const QLocale locale;
    const int loaded = m_model->rowCount();
    const qint64 total = m_model->totalCount();
    if (!m_model->isStarted())
        m_countLabel->clear();
    else if (total >= 0)
        m_countLabel->setText(tr("%1 of %Ln training items", nullptr, int(total)).arg(locale.toString(loaded)));
    else if (m_model->isComplete())
        m_countLabel->setText(tr("Training items: %1").arg(locale.toString(loaded)));
    else
        m_countLabel->setText(tr("%Ln training items loaded", nullptr, loaded));
    updateButtons();
}

void TrainingView::selectItem(const QString &itemId)
{
    m_selectedId = itemId;
    const int row = m_model->rowOf(itemId);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

QStringList TrainingView::selectedIds() const
{
    QStringList ids;
    const QList<core::TrainingItem> items = selectedItems();
    for (const core::TrainingItem &item : items)
        ids.append(item.id);
    return ids;
}

QList<core::TrainingItem> TrainingView::selectedItems() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<core::TrainingItem> items;
    for (const QModelIndex &row : std::as_const(rows))
        items.append(m_model->rowAt(row.row()));
    return items;
}

void TrainingView::onSelectionChanged()
{
    updateButtons();
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), QModelIndex())) {
        const QList<core::TrainingItem> items = selectedItems();
        if (items.isEmpty())
            return;
        m_selectedId = items.first().id;
        m_preview->showItem(items.first());
        return;
    }
    const core::TrainingItem &item = m_model->rowAt(current.row());
    m_selectedId = item.id;
    if (item.id != m_preview->itemId())
        m_preview->showItem(item);
}

void TrainingView::deleteSelected()
{
    const QList<core::TrainingItem> items = selectedItems();
    if (items.isEmpty() || !m_deleteButton->isEnabled())
        return;

    const QString question = items.size() == 1 ? tr("Delete the training item “%1”?").arg(titleOf(items.first()))
                                               : tr("Delete %n training items?", nullptr, int(items.size()));
    ConfirmQuestion confirm;
    confirm.objectName = QStringLiteral("deleteTrainingQuestion");
    confirm.title = tr("Delete Training Data");
    confirm.text = question;
    confirm.informativeText = tr("The agents stop using the deleted items. This cannot be undone.");
    confirm.confirmText = tr("Delete");
    confirm.icon = QMessageBox::Warning;
    confirm.destructive = true;
    askToConfirm(this, confirm, [this, items] { runDelete(items); });
}

void TrainingView::runDelete(const QList<core::TrainingItem> &items)
{
    QStringList ids;
    QHash<QString, QString> titles;
    for (const core::TrainingItem &item : items) {
        ids.append(item.id);
        titles.insert(item.id, titleOf(item));
    }
    qCInfo(lcTraining) << "deleting" << ids.size() << "training items";

    auto *operation = new core::BulkOperation(m_session, ids, [](const QString &id) {
        return core::ApiRequest::remove(core::endpoints::trainingItem(id));
    });
    connect(operation, &core::BulkOperation::itemChanged, this, [this, operation](int index) {
        const core::BulkItem &item = operation->items().at(index);
        // A 404 means that the item is gone already, as the person wanted.
        if (item.state == core::BulkItem::State::Done || item.error.isNotFound())
            removeItem(item.id);
    });
    m_resultPanel->follow(operation, tr("Deleting training data"), tr("Deleted"), titles);
    operation->start();
}

void TrainingView::assignSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || !m_assignButton->isEnabled())
        return;

    auto *dialog = new AssignAgentsDialog(m_agents, int(ids.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] { runAssign(ids, dialog->agentIds()); });
    dialog->open();
}

void TrainingView::runAssign(const QStringList &itemIds, const QStringList &agentIds)
{
    if (agentIds.isEmpty())
        return;

    QHash<QString, QString> titles;
    for (const QString &id : itemIds) {
        if (const std::optional<core::TrainingItem> item = m_model->find(id))
            titles.insert(id, titleOf(*item));
    }
    qCInfo(lcTraining) << "assigning" << itemIds.size() << "training items to" << agentIds.size() << "agents";

    auto *operation = new core::BulkOperation(m_session, itemIds, [agentIds](const QString &id) {
        return core::trainingRequests::assignAgents(id, agentIds);
    });
    connect(operation, &core::BulkOperation::itemChanged, this, [this, operation, agentIds](int index) {
        const core::BulkItem &done = operation->items().at(index);
        if (done.state != core::BulkItem::State::Done)
            return;
        std::optional<core::TrainingItem> item = m_model->find(done.id);
        if (!item)
            return;
        // POST /training-data/{id}/agents adds the agents to those the item has. The list is merged
        // here, because BulkOperation does not keep the replies.
        for (const QString &agentId : agentIds) {
            if (!item->agentIds.contains(agentId))
                item->agentIds.append(agentId);
        }
        applyServerItem(*item);
    });
    m_resultPanel->follow(operation, tr("Assigning to agents"), tr("Assigned"), titles);
    operation->start();
}

void TrainingView::reprocessSelected()
{
    if (!m_reprocessButton->isEnabled())
        return;
    const QList<core::TrainingItem> items = selectedItems();
    for (const core::TrainingItem &item : items) {
        if (isFailedPage(item))
            reprocess(item);
    }
}

void TrainingView::reprocess(const core::TrainingItem &item)
{
    m_notice->dismiss();
    reprocessUrlItem(m_session, item, this, [this, item](const ReprocessOutcome &outcome) {
        if (!outcome.accepted) {
            m_notice->showNotice(NoticeLine::Kind::Error,
                                 AdminErrors::describe(outcome.error, tr("Could not process “%1” again").arg(item.sourceUrl)),
                                 ErrorText::details(outcome.error));
            return;
        }

        applyServerItem(outcome.newItem);
        if (outcome.failedItemRemoved) {
            removeItem(item.id);
        } else {
            m_notice->showNotice(NoticeLine::Kind::Error,
                                 AdminErrors::describe(outcome.removeError,
                                                       tr("The page is being processed again, but the failed item could "
                                                          "not be deleted, so it is listed twice")),
                                 ErrorText::details(outcome.removeError));
        }
        selectItem(outcome.newItem.id);
    });
}

TrainingWizard *TrainingView::openWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }

    m_wizard = new TrainingWizard(m_session, m_agents, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &TrainingWizard::itemCreated, this, &TrainingView::applyServerItem);
    connect(m_wizard, &TrainingWizard::itemUpdated, this, &TrainingView::applyServerItem);
    connect(m_wizard, &TrainingWizard::itemRemoved, this, &TrainingView::removeItem);
    // Not on destroyed(): the wizard is also destroyed as a child of this view, which is gone then.
    connect(m_wizard, &QDialog::finished, this, [this] { load(m_model->filter()); });
    m_wizard->show();
    return m_wizard;
}

TrainingWizard *TrainingView::wizard() const
{
    return m_wizard;
}

void TrainingView::applyServerItem(const core::TrainingItem &item)
{
    m_model->upsert(item);
    m_preview->updateItem(item);
    followUnsettledItems();
}

void TrainingView::removeItem(const QString &itemId)
{
    m_model->remove(itemId);
    m_poller->unwatch(itemId);
    if (m_preview->itemId() == itemId)
        m_preview->clear();
    if (m_selectedId == itemId)
        m_selectedId.clear();
}

void TrainingView::followUnsettledItems()
{
    QStringList ids;
    for (const core::TrainingItem &item : m_model->rows()) {
        if (isProcessingPage(item))
            ids.append(item.id);
    }
    m_poller->setWatched(ids);
}

void TrainingView::updateButtons()
{
    const bool writable = m_session && m_session->canWrite();
    const QList<core::TrainingItem> items = selectedItems();
    const bool anyFailedPage = std::any_of(items.cbegin(), items.cend(), isFailedPage);

    m_addButton->setEnabled(writable);
    m_assignButton->setEnabled(writable && !items.isEmpty());
    m_deleteButton->setEnabled(writable && !items.isEmpty());
    m_reprocessButton->setEnabled(writable && anyFailedPage);

    const QString reason = writable ? QString() : m_session->readOnlyReason();
    m_addButton->setToolTip(writable ? tr("Add text, Q&A pairs, files or web pages") : reason);
    m_assignButton->setToolTip(writable ? tr("Assign the selected items to agents") : reason);
    m_deleteButton->setToolTip(writable ? tr("Delete the selected items") : reason);
    m_reprocessButton->setToolTip(writable ? tr("Process the selected failed web pages again; each failed item is "
                                                "replaced by a new one")
                                           : reason);
}

void TrainingView::applyAbilities()
{
    if (m_session->canWrite())
        m_readOnlyNote->dismiss();
    else
        m_readOnlyNote->showNotice(NoticeLine::Kind::Note, tr("Read-only: %1").arg(m_session->readOnlyReason()));
    updateButtons();
}

} // namespace weav::ui
