#include "RecordListPanel.h"

#include "agents/NoticeLine.h"
#include "common/ExportDialog.h"
#include "common/LoadingIndicator.h"
#include "common/ErrorText.h"
#include "inbox/TimeDelegate.h"
#include "models/PagedListModel.h"
#include "workspace/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace weav::ui {

namespace {

enum ListPage { TablePage, EmptyPage };

} // namespace

RecordListPanel::RecordListPanel(core::Session *session, core::PagedListModel *model, const RecordListTexts &texts,
                                 QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(model)
    , m_texts(texts)
{
    m_table = new QTableView(this);
    m_table->setModel(model);
    configureTable();
    m_table->setAccessibleName(texts.rowsName);
    // QTableView moves between cells on Tab by default, which keeps the focus in the table.
    m_table->setTabKeyNavigation(false);

    m_errorLine = new NoticeLine(this);

    m_stack = new QStackedWidget(this);
    m_stack->insertWidget(TablePage, m_table);
    m_stack->insertWidget(EmptyPage, buildEmptyState());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(buildSearchBar(texts));
    layout->addWidget(buildStatusLine());
    layout->addWidget(m_errorLine);
    layout->addWidget(m_stack, 1);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &RecordListPanel::applySearch);
    connect(m_search, &QLineEdit::textEdited, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &RecordListPanel::applySearch);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordListPanel::onSelectionChanged);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit activated(index.data(core::PagedListModel::IdRole).toString());
    });
    connectModel();

    if (m_session)
        connect(m_session, &core::Session::abilitiesChanged, this, &RecordListPanel::updateWriteAbility);
    updateWriteAbility();
    updateStatus();
}

QWidget *RecordListPanel::buildSearchBar(const RecordListTexts &texts)
{
    auto *bar = new QWidget(this);
    m_toolbar = bar;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("recordSearch"));
    m_search->setPlaceholderText(texts.searchPlaceholder);
    m_search->setToolTip(texts.searchToolTip);
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    // The clear button empties the text without a textEdited signal.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_appliedSearch.isEmpty())
            m_searchTimer.start();
    });
    layout->addWidget(m_search, 1);

    m_createButton = new QPushButton(texts.createLabel, bar);
    m_editButton = new QPushButton(tr("Edit…"), bar);
    m_deleteButton = new QPushButton(tr("Delete…"), bar);
    connect(m_createButton, &QPushButton::clicked, this, &RecordListPanel::createRequested);
    connect(m_editButton, &QPushButton::clicked, this, &RecordListPanel::editRequested);
    connect(m_deleteButton, &QPushButton::clicked, this, &RecordListPanel::deleteRequested);
    layout->addWidget(m_createButton);
    layout->addWidget(m_editButton);
    layout->addWidget(m_deleteButton);

    m_rowsName = texts.rowsName;
    m_exportButton = new QPushButton(tr("Export to CSV…"), bar);
    connect(m_exportButton, &QPushButton::clicked, this, &RecordListPanel::exportToCsv);
    layout->addWidget(m_exportButton);
    return bar;
}

QWidget *RecordListPanel::buildStatusLine()
{
    auto *line = new QWidget(this);
    auto *layout = new QHBoxLayout(line);
    layout->setContentsMargins(0, 0, 0, 0);

    m_countLabel = new QLabel(line);
    m_countLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_countLabel);

    m_loadingIndicator = createLoadingIndicator(line);
    layout->addWidget(m_loadingIndicator);

    layout->addStretch(1);
    return line;
}

QWidget *RecordListPanel::buildEmptyState()
{
    m_emptyState = new QWidget(this);
    auto *layout = new QVBoxLayout(m_emptyState);
    layout->addStretch(1);

    m_emptyText = new QLabel(m_emptyState);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    layout->addWidget(m_emptyText);

    m_clearSearchButton = new QPushButton(tr("Clear search"), m_emptyState);
    connect(m_clearSearchButton, &QPushButton::clicked, this, [this] {
        m_search->clear();
        applySearch();
    });
    layout->addWidget(m_clearSearchButton, 0, Qt::AlignHCenter);

    layout->addStretch(2);
    return m_emptyState;
}

void RecordListPanel::configureTable()
{
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(130);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The server sorts: newest first.
    m_table->setSortingEnabled(false);
}

void RecordListPanel::connectModel()
{
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_awaitingFirstPage = true;
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordListPanel::onRowsInserted);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RecordListPanel::updateStatus);
    connect(m_model, &core::PagedListModel::totalCountChanged, this, &RecordListPanel::updateStatus);
    connect(m_model, &core::PagedListModel::loadingChanged, this, [this](bool loading) {
        m_loadingIndicator->setVisible(loading);
        if (!loading)
            noteFirstPageIfShown();
        updateStatus();
    });
    connect(m_model, &core::PagedListModel::loadFailed, this, &RecordListPanel::onLoadFailed);
    connect(m_model, &core::PagedListModel::featureUnavailable, this, [this](const QString &reason) {
        showError(tr("This list is not available on this server. %1").arg(reason));
    });
    connect(m_model, &core::PagedListModel::pageLoaded, this, [this] {
        if (m_session)
            m_session->noteSynced();
    });

    if (!m_session)
        return;
    auto retryFailed = [this] {
        if (m_model->hasFailed()) {
            hideError();
            m_model->retry();
        }
    };
    connect(m_session, &core::Session::tokenRenewed, this, retryFailed);
    connect(m_session, &core::Session::reachabilityChanged, this, [retryFailed](bool reachable) {
        if (reachable)
            retryFailed();
    });
}

void RecordListPanel::applySearch()
{
    m_searchTimer.stop();
    const QString text = m_search->text().trimmed();
    if (text == m_appliedSearch && m_model->isStarted() && !m_model->hasFailed())
        return;

    m_appliedSearch = text;
    hideError();
    emit searchChanged(text);
}

void RecordListPanel::setSearchText(const QString &text)
{
    m_searchTimer.stop();
    m_appliedSearch = text.trimmed();
    if (m_search->text().trimmed() != m_appliedSearch)
        m_search->setText(m_appliedSearch);
    hideError();
}

void RecordListPanel::onLoadFailed(const core::ApiError &error)
{
    const int loaded = m_model->rowCount();
    const QString what = loaded == 0 ? m_texts.loadFailed : m_texts.loadMoreFailed.arg(QLocale().toString(loaded));
    showError(ErrorText::describe(error, what), [this] { m_model->retry(); });
    m_errorLine->setToolTip(ErrorText::details(error));
    updateStatus();
}

void RecordListPanel::onRowsInserted()
{
    restoreSelection();
    updateStatus();
    noteFirstPageIfShown();
}

void RecordListPanel::noteFirstPageIfShown()
{
    if (!m_awaitingFirstPage || (m_model->rowCount() == 0 && !m_model->isComplete()))
        return;
    m_awaitingFirstPage = false;
    emit firstPageShown();
}

void RecordListPanel::updateStatus()
{
    const int loaded = m_model->rowCount();
    const qint64 total = m_model->totalCount();

    if (!m_model->isStarted())
        m_countLabel->clear();
    else if (total >= 0)
        m_countLabel->setText(m_texts.countOfTotal(loaded, int(total)));
    else if (m_model->isComplete())
        m_countLabel->setText(m_texts.countComplete(loaded));
    else
        m_countLabel->setText(m_texts.countLoaded(loaded));

    const bool empty = m_model->isStarted() && loaded == 0 && m_model->isComplete();
    if (!empty) {
        m_stack->setCurrentIndex(TablePage);
        return;
    }
    const bool searching = !m_appliedSearch.isEmpty();
    m_emptyText->setText(searching ? m_texts.emptySearch.arg(m_appliedSearch) : m_texts.emptyWorkspace);
    m_clearSearchButton->setVisible(searching);
    m_stack->setCurrentIndex(EmptyPage);
}

void RecordListPanel::updateWriteAbility()
{
    const bool canWrite = !m_session || m_session->canWrite();
    const QString reason = m_session ? m_session->readOnlyReason() : QString();
    for (QPushButton *button : {m_createButton, m_editButton, m_deleteButton}) {
        button->setEnabled(canWrite && (button == m_createButton || !m_currentId.isEmpty()));
        button->setToolTip(canWrite ? QString() : reason);
    }
}

void RecordListPanel::setToolbarVisible(bool visible)
{
    m_toolbar->setVisible(visible);
}

void RecordListPanel::setTimeColumns(const QList<int> &columns)
{
    auto *delegate = new TimeDelegate(m_table);
    for (int column : columns)
        m_table->setItemDelegateForColumn(column, delegate);
}

void RecordListPanel::setStretchColumn(int column)
{
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

void RecordListPanel::onSelectionChanged()
{
    if (m_restoringSelection)
        return;

    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    // A row that leaves the list takes its selection with it; the detail keeps its record.
    if (rows.isEmpty())
        return;

    m_currentId = rows.first().data(core::PagedListModel::IdRole).toString();
    updateWriteAbility();
    emit currentChanged(m_currentId);
}

void RecordListPanel::selectId(const QString &id)
{
    m_currentId = id;
    updateWriteAbility();
    restoreSelection();
}

void RecordListPanel::restoreSelection()
{
    if (m_currentId.isEmpty())
        return;

    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(core::PagedListModel::IdRole).toString() != m_currentId)
            continue;
        if (m_table->selectionModel()->isRowSelected(row, QModelIndex()))
            return;
        m_restoringSelection = true;
        m_table->selectRow(row);
        m_table->scrollTo(index);
        m_restoringSelection = false;
        return;
    }
}

void RecordListPanel::showError(const QString &text, std::function<void()> retry)
{
    if (retry)
        m_errorLine->showNotice(NoticeLine::Kind::Error, text, {}, tr("Retry"), std::move(retry));
    else
        m_errorLine->showNotice(NoticeLine::Kind::Error, text);
}

void RecordListPanel::hideError()
{
    m_errorLine->dismiss();
}

ExportDialog *RecordListPanel::exportToCsv()
{
    return openExportDialog(ExportSource::ofTable(m_table, m_model, m_rowsName), this);
}

} // namespace weav::ui
