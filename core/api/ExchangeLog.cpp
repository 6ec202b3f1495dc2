#include "ExchangeLog.h"

namespace weav::core {

ExchangeLog::ExchangeLog(int capacity, QObject *parent) : QObject(parent), m_capacity(qMax(1, capacity)) {}

void ExchangeLog::append(const ExchangeRecord &record)
{
    {
        QMutexLocker lock(&m_mutex);
        m_records.append(record);
        if (m_records.size() > m_capacity)
            m_records.remove(0, m_records.size() - m_capacity);
    }
    emit appended(record);
}

QList<ExchangeRecord> ExchangeLog::records() const
{
    QMutexLocker lock(&m_mutex);
    return m_records;
}

void ExchangeLog::clear()
{
    QMutexLocker lock(&m_mutex);
    m_records.clear();
}

} // namespace weav::core
