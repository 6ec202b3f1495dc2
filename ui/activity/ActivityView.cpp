#include "ActivityView.h"

#include "ActivityPresentation.h"
#include "activity/ActivityModels.h"
#include "live/WebhookListener.h"
#include "workspace/Session.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace weav::ui {

Q_LOGGING_CATEGORY(lcActivity, "weav.ui.activity")

namespace {

using core::ExchangeHistoryModel;
using core::WebhookDeliveryModel;

QTableView *createTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    // QTableView moves between cells on Tab by default, which keeps the focus in the table.
    table->setTabKeyNavigation(false);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    return title;
}

} // namespace

ActivityView::ActivityView(core::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_exchanges(new ExchangeHistoryModel(session->client()->history(), this))
    , m_deliveries(new WebhookDeliveryModel(this))
{
    setObjectName(QStringLiteral("activityView"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(buildExchangeSection());
    splitter->addWidget(buildDeliverySection());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    showReceiverState();
    updateButtons();
}

ActivityView::~ActivityView() = default;

QWidget *ActivityView::buildExchangeSection()
{
    auto *section = new QWidget(this);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QHBoxLayout;
    bar->addWidget(sectionTitle(tr("Requests to the workspace"), section));
    m_exchangeCount = new QLabel(section);
    bar->addWidget(m_exchangeCount);
    bar->addStretch(1);

    m_failuresOnly = new QCheckBox(tr("Failures only"), section);
    m_failuresOnly->setObjectName(QStringLiteral("failuresOnly"));
    connect(m_failuresOnly, &QCheckBox::toggled, m_exchanges, &ExchangeHistoryModel::setFailuresOnly);
    bar->addWidget(m_failuresOnly);

    m_copyCurl = new QPushButton(tr("Copy as curl"), section);
    m_copyCurl->setObjectName(QStringLiteral("copyCurl"));
    m_copyCurl->setToolTip(tr("Copies the request as a curl command; the token is written as $WEAV_API_TOKEN"));
    connect(m_copyCurl, &QPushButton::clicked, this, &ActivityView::copyCurl);
    bar->addWidget(m_copyCurl);

    m_copyRequestId = new QPushButton(tr("Copy request id"), section);
    m_copyRequestId->setObjectName(QStringLiteral("copyRequestId"));
    connect(m_copyRequestId, &QPushButton::clicked, this, &ActivityView::copyRequestId);
    bar->addWidget(m_copyRequestId);
    layout->addLayout(bar);

    auto *presentation = new ActivityPresentation(ActivityPresentation::Source::Exchanges, this);
    presentation->setSourceModel(m_exchanges);
    m_exchangeTable = createTable(presentation, QStringLiteral("exchangeTable"), section);
    m_exchangeTable->setAccessibleName(tr("Requests to the workspace"));
    m_exchangeTable->setContextMenuPolicy(Qt::CustomContextMenu);
    // The path takes the width that the fixed columns leave.
    QHeaderView *header = m_exchangeTable->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ExchangeHistoryModel::PathColumn, QHeaderView::Stretch);
    header->resizeSection(ExchangeHistoryModel::TimeColumn, 80);
    header->resizeSection(ExchangeHistoryModel::MethodColumn, 64);
    header->resizeSection(ExchangeHistoryModel::StatusColumn, 100);
    header->resizeSection(ExchangeHistoryModel::CodeColumn, 180);
    header->resizeSection(ExchangeHistoryModel::RequestIdColumn, 265);
    header->resizeSection(ExchangeHistoryModel::DurationColumn, 70);
    header->resizeSection(ExchangeHistoryModel::AttemptColumn, 64);
    connect(m_exchangeTable, &QWidget::customContextMenuRequested, this, &ActivityView::showExchangeMenu);
    connect(m_exchangeTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActivityView::updateButtons);
    connect(m_exchanges, &QAbstractItemModel::modelReset, this, &ActivityView::updateButtons);
    connect(m_exchanges, &QAbstractItemModel::rowsInserted, this, &ActivityView::updateButtons);
    layout->addWidget(m_exchangeTable, 1);
    return section;
}

QWidget *ActivityView::buildDeliverySection()
{
    auto *section = new QWidget(this);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QHBoxLayout;
    bar->addWidget(sectionTitle(tr("Webhook deliveries received"), section));
    m_receiverLine = new QLabel(section);
    m_receiverLine->setObjectName(QStringLiteral("receiverLine"));
    m_receiverLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_receiverLine, 1);
    layout->addLayout(bar);

    auto *presentation = new ActivityPresentation(ActivityPresentation::Source::Deliveries, this);
    presentation->setSourceModel(m_deliveries);
    m_deliveryTable = createTable(presentation, QStringLiteral("deliveryTable"), section);
    m_deliveryTable->setAccessibleName(tr("Webhook deliveries received"));
    QHeaderView *header = m_deliveryTable->horizontalHeader();
    header->resizeSection(WebhookDeliveryModel::ReceivedColumn, 90);
    header->resizeSection(WebhookDeliveryModel::EventColumn, 300);
    header->resizeSection(WebhookDeliveryModel::DeliveryIdColumn, 300);
    header->resizeSection(WebhookDeliveryModel::VerifiedColumn, 160);
    layout->addWidget(m_deliveryTable, 1);
    return section;
}

void ActivityView::setWebhookListener(WebhookListener *listener)
{
    if (m_listener)
        disconnect(m_listener, nullptr, this, nullptr);
    m_listener = listener;

    if (listener) {
        connect(listener, &WebhookListener::deliveryRecorded, m_deliveries, &WebhookDeliveryModel::addDelivery);
        connect(listener, &WebhookListener::stateChanged, this, &ActivityView::showReceiverState);
        // A restarted receiver may have opened another event log.
        connect(listener, &WebhookListener::stateChanged, this, &ActivityView::loadRecentDeliveries);
    }
    loadRecentDeliveries();
    showReceiverState();
}

void ActivityView::loadRecentDeliveries()
{
    const core::WebhookReceiver *receiver = m_listener ? m_listener->receiver() : nullptr;
    m_deliveries->setDeliveries(receiver ? receiver->recentDeliveries(RecentDeliveries) : QList<core::WebhookDeliveryRecord>());
}

void ActivityView::showReceiverState()
{
    if (!m_listener) {
        m_receiverLine->setText(tr("Webhooks are off. Turn them on in File > Settings > Live Updates."));
        return;
    }
    m_receiverLine->setText(m_listener->stateText());
    if (m_listener->state() == WebhookListener::State::Listening)
        m_receiverLine->setToolTip(tr("The sender must deliver to %1").arg(m_listener->url().toString()));
}

int ActivityView::selectedExchangeRow() const
{
    const QModelIndexList rows = m_exchangeTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

QString ActivityView::selectedCurlCommand() const
{
    const int row = selectedExchangeRow();
    if (row < 0 || row >= m_exchanges->rowCount() || !m_session)
        return {};
    return m_exchanges->recordAt(row).curlCommand(m_session->client()->baseUrl());
}

QString ActivityView::selectedRequestId() const
{
    const int row = selectedExchangeRow();
    if (row < 0 || row >= m_exchanges->rowCount())
        return {};
    return m_exchanges->recordAt(row).requestId;
}

void ActivityView::updateButtons()
{
    const bool selected = selectedExchangeRow() >= 0;
    m_copyCurl->setEnabled(selected);
    m_copyRequestId->setEnabled(selected && !selectedRequestId().isEmpty());
    m_exchangeCount->setText(tr("%n request(s)", nullptr, m_exchanges->rowCount()));
}

void ActivityView::copyCurl()
{
    const QString command = selectedCurlCommand();
    if (!command.isEmpty())
        QApplication::clipboard()->setText(command);
}

void ActivityView::copyRequestId()
{
    const QString requestId = selectedRequestId();
    if (!requestId.isEmpty())
        QApplication::clipboard()->setText(requestId);
}

void ActivityView::showExchangeMenu(const QPoint &position)
{
    const QModelIndex index = m_exchangeTable->indexAt(position);
    if (!index.isValid())
        return;
    m_exchangeTable->selectRow(index.row());

    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Copy as curl"), this, &ActivityView::copyCurl);
    QAction *copyId = menu->addAction(tr("Copy request id"), this, &ActivityView::copyRequestId);
    copyId->setEnabled(!selectedRequestId().isEmpty());
    menu->popup(m_exchangeTable->viewport()->mapToGlobal(position));
}

} // namespace weav::ui
