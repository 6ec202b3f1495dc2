#include "UploadQueue.h"

#include "TrainingItemPoller.h"
#include "TrainingLogging.h"
#include "TrainingStatus.h"
#include "UrlReprocess.h"
#include "admin/TrainingFileCheck.h"
#include "admin/TrainingRequests.h"
#include "admin/UrlListParser.h"
#include "api/Endpoints.h"
#include "agents/AdminErrors.h"
#include "common/ErrorText.h"
#include "models/TrainingListModel.h"
#include "shell/ShellIcons.h"
#include "workspace/Session.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkReply>

namespace weav::ui {

namespace {

using Kind = UploadEntry::Kind;

QString typeOf(Kind kind)
{
    switch (kind) {
    case Kind::Text:
        return QStringLiteral("text");
    case Kind::Qa:
        return QStringLiteral("qa");
    case Kind::File:
        return QStringLiteral("file");
    case Kind::Url:
        return QStringLiteral("url");
    }
    return {};
}

// Whether a failed request cannot have reached the server: it got an HTTP reply, or the connection
// was never made.
bool surelyNotCreated(const core::ApiError &error)
{
    if (error.kind != core::ApiError::Kind::Network && error.kind != core::ApiError::Kind::Timeout)
        return true;
    return error.networkError == QNetworkReply::ConnectionRefusedError
        || error.networkError == QNetworkReply::HostNotFoundError;
}

} // namespace

UploadQueue::UploadQueue(core::Session *session, const QList<UploadEntry> &entries, const QStringList &agentIds,
                         QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_agentIds(agentIds)
    , m_poller(new TrainingItemPoller(session, this))
{
    m_rows.reserve(entries.size());
    for (const UploadEntry &entry : entries)
        m_rows.append(Row{entry, State::Waiting, -1, {}, {}, {}});

    connect(m_poller, &TrainingItemPoller::itemUpdated, this, &UploadQueue::onPolledItem);
    connect(m_poller, &TrainingItemPoller::itemGone, this, &UploadQueue::onItemGone);
    connect(m_poller, &TrainingItemPoller::idle, this, &UploadQueue::checkSettled);
}

UploadQueue::~UploadQueue() = default;

void UploadQueue::setPollIntervalMs(int intervalMs)
{
    m_poller->setIntervalMs(intervalMs);
}

void UploadQueue::start()
{
    if (m_running)
        return;

    queueWaitingRows();
    if (m_waiting.isEmpty()) {
        checkSettled();
        return;
    }

    m_running = true;
    m_stopping = false;
    qCInfo(lcTrainingWizard) << "upload started:" << m_rows.size() << "entries in" << m_waiting.size() << "requests,"
                             << m_agentIds.size() << "agents";
    sendMore();
    finishIfIdle();
}

void UploadQueue::queueWaitingRows()
{
    // Web pages go in one request, which the API takes as a list; every other entry has its own.
    QList<int> pages;
    for (int index = 0; index < m_rows.size(); ++index) {
        if (m_rows.at(index).state != State::Waiting)
            continue;
        if (m_rows.at(index).entry.kind == Kind::Url)
            pages.append(index);
        else
            m_waiting.append(QList<int>{index});
    }
    if (!pages.isEmpty())
        m_waiting.append(pages);
}

void UploadQueue::stop()
{
    if (!m_running || m_stopping)
        return;

    m_stopping = true;
    int notSent = 0;
    for (const QList<int> &request : std::as_const(m_waiting)) {
        for (int index : request) {
            m_rows[index].state = State::NotSent;
            m_rows[index].reason = tr("The upload was stopped before this was sent.");
            rowChanged(index);
            ++notSent;
        }
    }
    m_waiting.clear();
    qCInfo(lcTrainingWizard) << "upload stopped:" << notSent << "entries not sent," << m_inFlight
                             << "requests in flight are awaited";
    finishIfIdle();
}

void UploadQueue::retryFailed()
{
    if (m_running)
        return;

    for (int index = 0; index < m_rows.size(); ++index) {
        Row &row = m_rows[index];
        if (row.state == State::Failed || row.state == State::NotSent) {
            row.state = State::Waiting;
            row.percent = -1;
            row.reason.clear();
            row.details.clear();
            rowChanged(index);
        } else if (row.state == State::ProcessingFailed && row.entry.kind == Kind::Url) {
            reprocessRow(index);
        }
    }
    start();
}

void UploadQueue::sendMore()
{
    while (!m_stopping && m_inFlight < MaxRequestsInFlight && !m_waiting.isEmpty())
        sendRequest(m_waiting.takeFirst());
}

void UploadQueue::sendRequest(const QList<int> &rowIndexes)
{
    QString problem;
    std::optional<core::ApiRequest> request = requestFor(rowIndexes, &problem);
    if (!request || !m_session) {
        for (int index : rowIndexes) {
            m_rows[index].state = State::Failed;
            m_rows[index].reason = problem;
            rowChanged(index);
        }
        return;
    }

    request->retryPolicy = core::RetryPolicy::none();
    for (int index : rowIndexes) {
        m_rows[index].state = State::Sending;
        m_rows[index].percent = 0;
        rowChanged(index);
    }

    // Sent through the client rather than the session, so that the upload progress is known. A
    // 401 then fails the rows, and Retry Failed sends them again once the token is renewed.
    core::ApiCall *call = m_session->client()->send(*request);
    ++m_inFlight;
    connect(call, &core::ApiCall::uploadProgress, this,
            [this, rowIndexes](qint64 sent, qint64 total) { setProgress(rowIndexes, sent, total); });
    connect(call, &core::ApiCall::finished, this,
            [this, rowIndexes](const core::ApiResponse &response) { onReply(rowIndexes, response); });
}

std::optional<core::ApiRequest> UploadQueue::requestFor(const QList<int> &rowIndexes, QString *problem) const
{
    const UploadEntry &entry = m_rows.at(rowIndexes.first()).entry;
    switch (entry.kind) {
    case Kind::Text:
        return core::trainingRequests::createText(entry.title, entry.content, m_agentIds);
    case Kind::Qa:
        return core::trainingRequests::createQa(entry.question, entry.answer, m_agentIds);
    case Kind::Url: {
        QList<QUrl> urls;
        for (int index : rowIndexes)
            urls.append(m_rows.at(index).entry.url);
        return core::trainingRequests::processUrls(urls, m_agentIds);
    }
    case Kind::File:
        break;
    }

    // The file is checked again, because it may have changed since it was added.
    const core::TrainingFileVerdict verdict = core::TrainingFileCheck::check(entry.filePath);
    if (!verdict.isAccepted()) {
        *problem = verdict.reasons().join(QLatin1Char(' '));
        return std::nullopt;
    }
    QFile file(entry.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("The file could not be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    // NOTE: the file (at most 10 MiB) is read on the GUI thread. That takes a few milliseconds from
    // a local disk, and may take longer from a network share.
    const QByteArray data = file.readAll();
    return core::trainingRequests::uploadFile(QFileInfo(entry.filePath).fileName(), data, entry.title, m_agentIds);
}

void UploadQueue::setProgress(const QList<int> &rowIndexes, qint64 sent, qint64 total)
{
    if (total <= 0)
        return;
    const int percent = int(qBound(qint64(0), sent * 100 / total, qint64(100)));
    for (int index : rowIndexes) {
        if (m_rows.at(index).state != State::Sending || m_rows.at(index).percent == percent)
            continue;
        m_rows[index].percent = percent;
        rowChanged(index);
    }
}

void UploadQueue::onReply(const QList<int> &rowIndexes, const core::ApiResponse &response)
{
    --m_inFlight;
    const bool pages = m_rows.at(rowIndexes.first()).entry.kind == Kind::Url;

    if (!response.ok()) {
        qCWarning(lcTrainingWizard).noquote() << "upload request failed for" << rowIndexes.size() << "entries:"
                                              << response.error.summary();
        failRows(rowIndexes, response.error);
    } else if (pages) {
        acceptUrlItems(rowIndexes, response.object().value(QStringLiteral("data")).toArray());
    } else if (const std::optional<core::TrainingItem> item = core::TrainingItem::fromJson(response.object())) {
        applyItem(rowIndexes.first(), *item);
    } else {
        core::ApiError error;
        error.kind = core::ApiError::Kind::InvalidResponse;
        error.message = tr("The reply has no training item id.");
        error.endpoint = QStringLiteral("POST ") + core::endpoints::trainingData();
        error.requestId = response.requestId;
        // The server replied with a 2xx status, so the item was probably created. The list, loaded
        // again, shows it.
        for (int index : rowIndexes) {
            m_rows[index].state = State::Unknown;
            m_rows[index].reason = tr("The server accepted the request, but its reply names no item. Reload the "
                                      "training list to see whether it is there.");
            m_rows[index].details = ErrorText::details(error);
            rowChanged(index);
        }
    }

    sendMore();
    finishIfIdle();
}

void UploadQueue::acceptUrlItems(const QList<int> &rowIndexes, const QJsonArray &items)
{
    QHash<QString, int> rowByAddress;
    for (int index : rowIndexes)
        rowByAddress.insert(core::UrlListParser::comparisonKey(m_rows.at(index).entry.url), index);

    for (const QJsonValue &value : items) {
        const std::optional<core::TrainingItem> item = core::TrainingItem::fromJson(value.toObject());
        if (!item)
            continue;
        const auto found = rowByAddress.constFind(core::UrlListParser::comparisonKey(QUrl(item->sourceUrl)));
        int index = -1;
        if (found != rowByAddress.cend()) {
            index = found.value();
            rowByAddress.erase(found);
        } else {
            // An item for an address that was not asked for (the server rewrote it): it is on the
            // server all the same, so it gets a row of its own.
            index = int(m_rows.size());
            UploadEntry entry;
            entry.kind = Kind::Url;
            entry.url = QUrl(item->sourceUrl);
            beginInsertRows(QModelIndex(), index, index);
            m_rows.append(Row{entry, State::Sending, 100, {}, {}, {}});
            endInsertRows();
        }
        applyItem(index, *item);
    }

    for (auto it = rowByAddress.cbegin(); it != rowByAddress.cend(); ++it) {
        Row &row = m_rows[it.value()];
        row.state = State::Failed;
        row.reason = tr("The server did not accept this address, so no item was created for it.");
        rowChanged(it.value());
    }
}

void UploadQueue::applyItem(int rowIndex, const core::TrainingItem &item)
{
    Row &row = m_rows[rowIndex];
    const bool created = row.item.id != item.id;
    row.item = item;
    row.percent = 100;
    row.details.clear();
    if (item.status == QLatin1String("ready")) {
        row.state = State::Ready;
        row.reason.clear();
    } else if (item.status == QLatin1String("failed")) {
        row.state = State::ProcessingFailed;
        row.reason = item.error;
    } else {
        row.state = State::Processing;
        row.reason.clear();
        m_poller->watch(item.id);
    }
    rowChanged(rowIndex);

    if (created) {
        qCInfo(lcTrainingWizard).noquote() << "training item" << item.id << "created, status" << item.status;
        emit itemCreated(item);
    } else {
        emit itemUpdated(item);
    }
}

void UploadQueue::failRows(const QList<int> &rowIndexes, const core::ApiError &error)
{
    const bool notCreated = surelyNotCreated(error);
    for (int index : rowIndexes) {
        Row &row = m_rows[index];
        row.state = notCreated ? State::Failed : State::Unknown;
        row.reason = notCreated ? AdminErrors::reason(error)
                                : tr("The request was sent, but no reply came (%1), so it is not known whether the "
                                     "item was created. The training list, loaded again when the wizard closes, "
                                     "shows it if it was.")
                                      .arg(ErrorText::reason(error));
        row.details = ErrorText::details(error);
        rowChanged(index);
    }
}

void UploadQueue::reprocessRow(int rowIndex)
{
    Row &row = m_rows[rowIndex];
    const core::TrainingItem failed = row.item;
    row.state = State::Sending;
    row.percent = -1;
    row.reason.clear();
    rowChanged(rowIndex);
    ++m_reprocessing;

    reprocessUrlItem(m_session, failed, this, [this, rowIndex, failed](const ReprocessOutcome &outcome) {
        --m_reprocessing;
        Row &current = m_rows[rowIndex];
        if (!outcome.accepted) {
            current.state = State::ProcessingFailed;
            current.reason = tr("Processing again failed: %1").arg(AdminErrors::reason(outcome.error));
            current.details = ErrorText::details(outcome.error);
            rowChanged(rowIndex);
            checkSettled();
            return;
        }

        applyItem(rowIndex, outcome.newItem);
        if (outcome.failedItemRemoved) {
            emit itemRemoved(failed.id);
        } else {
            m_rows[rowIndex].details = tr("The failed item %1 could not be deleted and is still in the workspace: %2")
                                           .arg(failed.id, AdminErrors::reason(outcome.removeError));
        }
        checkSettled();
    });
}

void UploadQueue::onPolledItem(const core::TrainingItem &item)
{
    const int index = rowOfItem(item.id);
    if (index >= 0)
        applyItem(index, item);
}

void UploadQueue::onItemGone(const QString &itemId)
{
    const int index = rowOfItem(itemId);
    if (index < 0)
        return;
    Row &row = m_rows[index];
    row.item = core::TrainingItem();
    row.state = State::Failed;
    row.reason = tr("The item was deleted from the workspace while it was being processed.");
    rowChanged(index);
    emit itemRemoved(itemId);
}

int UploadQueue::rowOfItem(const QString &itemId) const
{
    for (int index = 0; index < m_rows.size(); ++index) {
        if (m_rows.at(index).item.id == itemId)
            return index;
    }
    return -1;
}

void UploadQueue::finishIfIdle()
{
    if (!m_running || m_inFlight > 0 || !m_waiting.isEmpty())
        return;

    m_running = false;
    m_stopping = false;
    qCInfo(lcTrainingWizard) << "upload finished:" << onServerCount() << "of" << m_rows.size()
                             << "entries on the server," << count(State::Failed) << "failed," << count(State::NotSent)
                             << "not sent," << count(State::Unknown) << "unknown";
    emit finished();
    checkSettled();
}

void UploadQueue::checkSettled()
{
    if (!m_running && !isFollowing())
        emit settled();
}

bool UploadQueue::isFollowing() const
{
    return m_poller->isWatching() || m_reprocessing > 0;
}

int UploadQueue::count(State state) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [state](const Row &row) { return row.state == state; }));
}

bool UploadQueue::isOnServer(State state)
{
    return state == State::Processing || state == State::Ready || state == State::ProcessingFailed;
}

int UploadQueue::onServerCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return isOnServer(row.state); }));
}

QStringList UploadQueue::itemIdsOnServer() const
{
    QStringList ids;
    for (const Row &row : m_rows) {
        if (isOnServer(row.state))
            ids.append(row.item.id);
    }
    return ids;
}

bool UploadQueue::hasRetryableRows() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return row.state == State::Failed || row.state == State::NotSent
            || (row.state == State::ProcessingFailed && row.entry.kind == Kind::Url);
    });
}

QString UploadQueue::outcomeText(const Row &row)
{
    switch (row.state) {
    case State::Waiting:
        return tr("Waiting");
    case State::Sending:
        return row.percent < 0 ? tr("Processing again…") : tr("Sending…");
    case State::Processing:
        return row.item.status == QLatin1String("pending") ? tr("On the server, waiting to be processed")
                                                            : tr("On the server, processing");
    case State::Ready:
        return tr("Ready");
    case State::ProcessingFailed:
        return tr("On the server, but processing failed: %1").arg(row.reason);
    case State::Failed:
        return tr("Not uploaded: %1").arg(row.reason);
    case State::NotSent:
        return tr("Not sent: %1").arg(row.reason);
    case State::Unknown:
        return tr("Unknown: %1").arg(row.reason);
    }
    return {};
}

void UploadQueue::rowChanged(int rowIndex)
{
    emit dataChanged(index(rowIndex, 0), index(rowIndex, ColumnCount - 1));
}

int UploadQueue::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UploadQueue::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UploadQueue::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};

    const Row &row = m_rows.at(index.row());
    if (role == StateRole)
        return QVariant::fromValue(row.state);
    if (role == ProgressRole)
        return row.percent;
    if (role == ItemIdRole)
        return row.item.id;

    switch (index.column()) {
    case ItemColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.entry.label();
        return {};
    case TypeColumn:
        return role == Qt::DisplayRole ? QVariant(core::TrainingListModel::typeLabel(typeOf(row.entry.kind))) : QVariant();
    case ProgressColumn:
        if (role == Qt::DisplayRole)
            return row.percent < 0 ? QVariant() : QVariant(tr("%1%").arg(row.percent));
        return {};
    case OutcomeColumn:
        break;
    default:
        return {};
    }

    switch (role) {
    case Qt::DisplayRole:
        return outcomeText(row);
    case Qt::ToolTipRole:
        return row.details.isEmpty() ? outcomeText(row) : outcomeText(row) + QLatin1Char('\n') + row.details;
    case Qt::DecorationRole:
        switch (row.state) {
        case State::Sending:
        case State::Processing:
            return shellIcon(QStringLiteral("sync"));
        case State::Ready:
            return shellIcon(QStringLiteral("check"));
        case State::ProcessingFailed:
        case State::Failed:
            return shellIcon(QStringLiteral("error"));
        case State::NotSent:
            return shellIcon(QStringLiteral("info"));
        case State::Unknown:
            return shellIcon(QStringLiteral("warning"));
        case State::Waiting:
            return {};
        }
        return {};
    default:
        return {};
    }
}

QVariant UploadQueue::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case TypeColumn:
        return tr("Type");
    case ProgressColumn:
        return tr("Progress");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace weav::ui
