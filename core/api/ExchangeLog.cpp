#include "ExchangeLog.h"

namespace weav::core {

namespace {

// Quotes text for a POSIX shell: inside single quotes nothing is special but the quote itself.
QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QString ExchangeRecord::curlCommand(const QUrl &baseUrl) const
{
    QString base = baseUrl.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);

    QStringList parts = {QStringLiteral("curl"), QStringLiteral("-sS")};
    if (method != "GET")
        parts << QStringLiteral("-X") << QString::fromLatin1(method);
    parts << QStringLiteral("-H") << QStringLiteral("\"Authorization: Bearer $WEAV_API_TOKEN\"");
    parts << QStringLiteral("-H") << shellQuoted(QStringLiteral("Accept: application/json"));
    if (!body.isEmpty()) {
        parts << QStringLiteral("-H") << shellQuoted(QStringLiteral("Content-Type: ") + QString::fromLatin1(contentType));
        parts << QStringLiteral("--data-binary") << shellQuoted(QString::fromUtf8(body));
    }
    parts << shellQuoted(base + target);
    return parts.join(QLatin1Char(' '));
}


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
