#include "ActivityModels.h"

#include <QUrl>

namespace weav::core {

namespace {

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("weav::core::ActivityModels", "Yes")
                 : QCoreApplication::translate("weav::core::ActivityModels", "No");
}

} // namespace

ExchangeHistoryModel::ExchangeHistoryModel(ExchangeLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    connect(log, &ExchangeLog::appended, this, &ExchangeHistoryModel::onAppended);
    rebuild();
}

void ExchangeHistoryModel::setFailuresOnly(bool failuresOnly)
{
    if (failuresOnly == m_failuresOnly)
        return;
    m_failuresOnly = failuresOnly;
    rebuild();
}

bool ExchangeHistoryModel::accepts(const ExchangeRecord &record) const
{
    return !m_failuresOnly || record.failed();
}

void ExchangeHistoryModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_log) {
        const QList<ExchangeRecord> records = m_log->records();
        for (auto it = records.crbegin(); it != records.crend(); ++it) {
            if (accepts(*it))
                m_rows.append(*it);
        }
    }
    endResetModel();
}

void ExchangeHistoryModel::onAppended(const ExchangeRecord &record)
{
    if (!accepts(record))
        return;

    beginInsertRows({}, 0, 0);
    m_rows.prepend(record);
    endInsertRows();

    const int capacity = m_log ? m_log->capacity() : 2000;
    if (m_rows.size() > capacity) {
        beginRemoveRows({}, capacity, int(m_rows.size()) - 1);
        m_rows.resize(capacity);
        endRemoveRows();
    }
}

int ExchangeHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExchangeHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExchangeHistoryModel::displayValue(const ExchangeRecord &record, int column) const
{
    switch (column) {
    case TimeColumn:
        return record.startedAt;
    case MethodColumn:
        return QString::fromLatin1(record.method);
    case PathColumn:
        return QUrl::fromPercentEncoding(record.target.toUtf8());
    case StatusColumn:
        return record.status > 0 ? QVariant(record.status) : QVariant(tr("no reply"));
    case CodeColumn:
        return record.code;
    case RequestIdColumn:
        return record.requestId;
    case DurationColumn:
        return tr("%1 ms").arg(record.elapsedMs);
    case AttemptColumn:
        return record.attempt;
    default:
        return {};
    }
}

QVariant ExchangeHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};

    const ExchangeRecord &record = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(record, index.column());
    case Qt::ToolTipRole:
        return record.error.isEmpty() ? QVariant() : QVariant(record.error);
    case RecordRole:
        return QVariant::fromValue(record);
    case FailedRole:
        return record.failed();
    case SortRole:
        if (index.column() == DurationColumn)
            return record.elapsedMs;
        if (index.column() == TimeColumn)
            return record.startedAt.toMSecsSinceEpoch();
        return displayValue(record, index.column());
    default:
        return {};
    }
}

QVariant ExchangeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};

    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case CodeColumn:
        return tr("Code");
    case RequestIdColumn:
        return tr("Request id");
    case DurationColumn:
        return tr("Duration");
    case AttemptColumn:
        return tr("Attempt");
    default:
        return {};
    }
}

WebhookDeliveryModel::WebhookDeliveryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WebhookDeliveryModel::setDeliveries(const QList<WebhookDeliveryRecord> &newestFirst)
{
    beginResetModel();
    m_rows = newestFirst.mid(0, DefaultCapacity);
    endResetModel();
}

void WebhookDeliveryModel::addDelivery(const WebhookDeliveryRecord &record)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const WebhookDeliveryRecord &shown = m_rows.at(row);
        if (record.deliveryId.isEmpty() || shown.deliveryId != record.deliveryId || shown.signatureVerified != record.signatureVerified)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        break;
    }

    beginInsertRows({}, 0, 0);
    m_rows.prepend(record);
    endInsertRows();

    if (m_rows.size() > DefaultCapacity) {
        beginRemoveRows({}, DefaultCapacity, int(m_rows.size()) - 1);
        m_rows.resize(DefaultCapacity);
        endRemoveRows();
    }
}

int WebhookDeliveryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WebhookDeliveryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhookDeliveryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};

    const WebhookDeliveryRecord &record = m_rows.at(index.row());
    if (role == SortRole && index.column() == ReceivedColumn)
        return record.receivedAt.toMSecsSinceEpoch();
    if (role != Qt::DisplayRole && role != SortRole)
        return {};

    switch (index.column()) {
    case ReceivedColumn:
        return record.receivedAt;
    case EventColumn:
        return record.event;
    case DeliveryIdColumn:
        return record.deliveryId;
    case VerifiedColumn:
        return record.signatureVerified ? yesNo(true) : tr("No: rejected");
    case DuplicateColumn:
        return record.duplicate ? tr("Yes (%n repeat(s))", nullptr, record.duplicateCount) : yesNo(false);
    default:
        return {};
    }
}

QVariant WebhookDeliveryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};

    switch (section) {
    case ReceivedColumn:
        return tr("Received");
    case EventColumn:
        return tr("Event");
    case DeliveryIdColumn:
        return tr("Delivery id");
    case VerifiedColumn:
        return tr("Signature verified");
    case DuplicateColumn:
        return tr("Duplicate");
    default:
        return {};
    }
}

} // namespace weav::core
