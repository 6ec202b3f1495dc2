#pragma once

#include "SavedView.h"
#include "api/ApiClient.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace weav::core {

// The number of conversations in a view, with the time it was taken.
struct ViewCount
{
    // -1 when the server sent no meta.total (the count is then unknown, not zero).
    qint64 total = -1;
    QDateTime takenAt;
    ApiError error;
};

// Counts the conversations of views with the list's own query (per_page=1, reading meta.total),
// so that a sidebar count and the list it opens agree. Counts of one refresh run a few at a time.
class ViewCounter : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxInFlight = 3;

    explicit ViewCounter(ApiClient *client, QObject *parent = nullptr);

    // Counts each view again; keyed by view name.
    void refresh(const QList<SavedView> &views);
    std::optional<ViewCount> count(const QString &viewName) const;

signals:
    void counted(const QString &viewName, const weav::core::ViewCount &count);
    void finished();

private:
    void sendNext();

    QPointer<ApiClient> m_client;
    QList<SavedView> m_queue;
    QHash<QString, ViewCount> m_counts;
    int m_inFlight = 0;
    quint64 m_generation = 0;
};

} // namespace weav::core
