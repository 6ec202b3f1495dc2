#pragma once

#include "api/ExchangeLog.h"
#include "webhooks/WebhookEventLog.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace weav::core {

// The exchange history of a client, newest first, for the Activity view: one row per HTTP
// exchange with method, path, status, code, request id, duration and attempt. Rows are added as
// the client records them, at most capacity rows; with failuresOnly only failed exchanges show.
class ExchangeHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, MethodColumn, PathColumn, StatusColumn, CodeColumn, RequestIdColumn, DurationColumn, AttemptColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        // The whole ExchangeRecord.
        RecordRole = Qt::UserRole + 1,
        FailedRole,
        // The raw value to sort on.
        SortRole,
    };

    explicit ExchangeHistoryModel(ExchangeLog *log, QObject *parent = nullptr);

    void setFailuresOnly(bool failuresOnly);
    bool failuresOnly() const { return m_failuresOnly; }
    const ExchangeRecord &recordAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onAppended(const ExchangeRecord &record);
    void rebuild();
    bool accepts(const ExchangeRecord &record) const;
    QVariant displayValue(const ExchangeRecord &record, int column) const;

    QPointer<ExchangeLog> m_log;
    QList<ExchangeRecord> m_rows;
    bool m_failuresOnly = false;
};

// Received webhook deliveries, newest first: id, event, time, whether the signature was verified
// and whether the delivery was a duplicate. A new receipt of a delivery id already shown replaces
// its row and moves it to the top.
class WebhookDeliveryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ReceivedColumn, EventColumn, DeliveryIdColumn, VerifiedColumn, DuplicateColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole + 1 };

    static constexpr int DefaultCapacity = 2000;

    explicit WebhookDeliveryModel(QObject *parent = nullptr);

    // Replaces the rows, e.g. with WebhookReceiver::recentDeliveries() when the view opens.
    void setDeliveries(const QList<WebhookDeliveryRecord> &newestFirst);
    void addDelivery(const WebhookDeliveryRecord &record);
    const WebhookDeliveryRecord &deliveryAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WebhookDeliveryRecord> m_rows;
};

} // namespace weav::core
