#pragma once

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QUrl>

namespace weav::core {

// One HTTP exchange as the activity view shows it. Holds no header and no body, so no secret.
struct ExchangeRecord
{
    QDateTime startedAt;
    QByteArray method;
    // Path and query, e.g. /v1/conversations?status=open&page=2
    QString target;
    int status = 0;
    QString code;
    QString requestId;
    qint64 elapsedMs = 0;
    int attempt = 1;
    // Empty on success; the error summary otherwise.
    QString error;
    // The JSON body of a write request, for "copy as curl"; empty for other bodies (multipart
    // uploads) and for bodies over MaxRecordedBody. Request bodies of this API carry no secret.
    QByteArray body;
    QByteArray contentType;

    static constexpr qsizetype MaxRecordedBody = 64 * 1024;

    // The exchange as a shell command that repeats it against baseUrl. The token is written as
    // $WEAV_API_TOKEN, so the command can be shared and the token comes from the environment.
    QString curlCommand(const QUrl &baseUrl) const;

    bool failed() const { return status == 0 || status >= 400; }
};

// A bounded, thread-safe history of exchanges, newest last.
class ExchangeLog : public QObject
{
    Q_OBJECT

public:
    explicit ExchangeLog(int capacity = 2000, QObject *parent = nullptr);

    void append(const ExchangeRecord &record);
    QList<ExchangeRecord> records() const;
    int capacity() const { return m_capacity; }
    void clear();

signals:
    void appended(const weav::core::ExchangeRecord &record);

private:
    int m_capacity;
    mutable QMutex m_mutex;
    QList<ExchangeRecord> m_records;
};

} // namespace weav::core
