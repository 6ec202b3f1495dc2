#include "SeedSteps.h"

#include "store/Database.h"

#include <QSqlError>

namespace weav::sandbox::seed {

Q_LOGGING_CATEGORY(lcSeed, "weav.sandbox.seed")

RowInserter::RowInserter(const QSqlDatabase &db, const QString &table, const QStringList &columns)
    : m_query(db), m_table(table)
{
    QStringList placeholders;
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders.append(QStringLiteral("?"));

    m_query.setForwardOnly(true);
    const QString statement = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                  .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
    if (!m_query.prepare(statement))
        throw SqlError(QStringLiteral("Could not prepare the insert into %1: %2").arg(table, m_query.lastError().text()));
}

void RowInserter::insert(std::initializer_list<QVariant> values)
{
    int position = 0;
    for (const QVariant &value : values)
        m_query.bindValue(position++, value);

    if (!m_query.exec())
        throw SqlError(QStringLiteral("Could not insert into %1: %2").arg(m_table, m_query.lastError().text()));
    ++m_rowCount;
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullInteger()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant optionalText(const QString &value)
{
    return value.isEmpty() ? nullText() : QVariant(value);
}

QVariant optionalInteger(std::optional<qint64> value)
{
    return value ? QVariant(*value) : nullInteger();
}

QString jsonStringArray(const QStringList &values)
{
    QString json;
    json.reserve(2 + values.size() * 24);
    json += QLatin1Char('[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            json += QLatin1Char(',');
        json += QLatin1Char('"');
        for (const QChar character : values[i]) {
            if (character == QLatin1Char('"') || character == QLatin1Char('\\'))
                json += QLatin1Char('\\');
            json += character;
        }
        json += QLatin1Char('"');
    }
    json += QLatin1Char(']');
    return json;
}

} // namespace weav::sandbox::seed
