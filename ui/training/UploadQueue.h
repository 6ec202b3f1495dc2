#pragma once

#include "UploadEntry.h"
#include "api/ApiClient.h"
#include "types/TrainingItem.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace weav::core {
class Session;
}

namespace weav::ui {

class TrainingItemPoller;

// The upload of the wizard's entries, one row per entry, with what became of each. Each text, Q&A
// pair or file gets its own request (files show their upload progress), all web pages share one,
// and at most MaxRequestsInFlight requests run at a time. Created items that the server still
// processes (web pages) are followed until they are ready or failed.
//
// stop() sends nothing more. Requests already sent are never aborted, because the server may have
// created their items already: their replies are awaited, so that every row ends knowing whether
// its item reached the server. The exception is a request that gets no reply (a timeout or a
// dropped connection after sending), whose row says that the item may or may not be there.
class UploadQueue : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ItemColumn, TypeColumn, ProgressColumn, OutcomeColumn, ColumnCount };
    Q_ENUM(Column)

    enum class State {
        Waiting,
        Sending,
        // On the server and not processed yet (a web page).
        Processing,
        Ready,
        // On the server, but the server could not process it (a page that could not be fetched).
        ProcessingFailed,
        // The request failed, so nothing reached the server.
        Failed,
        // Not sent, because the upload was stopped.
        NotSent,
        // Sent, but no reply came, so whether it reached the server is not known.
        Unknown,
    };
    Q_ENUM(State)

    enum Role {
        StateRole = Qt::UserRole + 1,
        // The upload progress of the row's request, 0 to 100, or -1 before it is sent.
        ProgressRole,
        ItemIdRole,
    };

    struct Row
    {
        UploadEntry entry;
        State state = State::Waiting;
        int percent = -1;
        // The item on the server, once created.
        core::TrainingItem item;
        // The reason the row failed or was not sent.
        QString reason;
        // Endpoint, status, code and request id of a failure, for the tooltip.
        QString details;
    };

    static constexpr int MaxRequestsInFlight = 3;

    UploadQueue(core::Session *session, const QList<UploadEntry> &entries, const QStringList &agentIds,
                QObject *parent = nullptr);
    ~UploadQueue() override;

    void start();
    // Sends nothing more. The waiting rows become NotSent, and finished() follows the last reply.
    void stop();
    // Sends the Failed and NotSent rows again, and processes the ProcessingFailed web pages again.
    void retryFailed();
    // How often created items that are still processing are polled.
    void setPollIntervalMs(int intervalMs);

    // Requests are waiting or in flight.
    bool isRunning() const { return m_running; }
    bool isStopping() const { return m_stopping; }
    // Created items are still being processed, or a page is being processed again.
    bool isFollowing() const;
    int requestsInFlight() const { return m_inFlight; }

    const QList<Row> &rows() const { return m_rows; }
    int count(State state) const;
    // Rows whose item is in the workspace: Processing, Ready and ProcessingFailed.
    int onServerCount() const;
    QStringList itemIdsOnServer() const;
    bool hasRetryableRows() const;

    static bool isOnServer(State state);
    static QString outcomeText(const Row &row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void itemCreated(const weav::core::TrainingItem &item);
    void itemUpdated(const weav::core::TrainingItem &item);
    void itemRemoved(const QString &itemId);
    // No request is waiting or in flight.
    void finished();
    // finished() has been reached and no created item is processing any more.
    void settled();

private:
    void queueWaitingRows();
    void sendMore();
    void sendRequest(const QList<int> &rowIndexes);
    std::optional<core::ApiRequest> requestFor(const QList<int> &rowIndexes, QString *problem) const;
    void onReply(const QList<int> &rowIndexes, const core::ApiResponse &response);
    void acceptUrlItems(const QList<int> &rowIndexes, const QJsonArray &items);
    void applyItem(int rowIndex, const core::TrainingItem &item);
    void failRows(const QList<int> &rowIndexes, const core::ApiError &error);
    void reprocessRow(int rowIndex);
    void onPolledItem(const core::TrainingItem &item);
    void onItemGone(const QString &itemId);
    int rowOfItem(const QString &itemId) const;

    void setProgress(const QList<int> &rowIndexes, qint64 sent, qint64 total);
    void rowChanged(int rowIndex);
    void finishIfIdle();
    void checkSettled();

    QPointer<core::Session> m_session;
    QStringList m_agentIds;
    QList<Row> m_rows;
    // Requests not sent yet, each as the rows it covers.
    QList<QList<int>> m_waiting;
    int m_inFlight = 0;
    int m_reprocessing = 0;
    bool m_running = false;
    bool m_stopping = false;
    TrainingItemPoller *m_poller;
};

} // namespace weav::ui
