#include "OutputFormat.h"

#include "CsvWriter.h"
#include "TerminalWidth.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTextStream>

namespace weav::core::cli {

namespace {

QString tableCell(const QString &text)
{
    QString cell = text;
    cell.replace(QLatin1String("\r\n"), QLatin1String(" "));
    cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
    cell.replace(QLatin1Char('\r'), QLatin1Char(' '));
    cell.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return elideToColumns(cell, maxTableCellLength);
}

QString timeText(const QDateTime &time, OutputFormat format)
{
    if (!time.isValid())
        return {};
    if (format == OutputFormat::Table)
        return time.toUTC().toString(Qt::ISODate);
    return formatTimestamp(time);
}

// The row with trailing spaces removed, so that the last column is not padded.
QString paddedLine(const QStringList &cells, const QList<int> &widths)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1String("  ");
        line += padToColumns(cells.at(i), widths.value(i));
    }
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line;
}

} // namespace

std::optional<OutputFormat> parseOutputFormat(const QString &name)
{
    if (name == QLatin1String("table"))
        return OutputFormat::Table;
    if (name == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (name == QLatin1String("json"))
        return OutputFormat::Json;
    return std::nullopt;
}

QStringList outputFormatNames()
{
    return {QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")};
}

QString cellText(const QVariant &value, OutputFormat format)
{
    if (value.isNull())
        return {};

    switch (value.typeId()) {
    case QMetaType::QDateTime:
        return timeText(value.toDateTime(), format);
    case QMetaType::QStringList:
        return value.toStringList().join(QLatin1Char(';'));
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return value.toString();
    }
}

void printTable(const QStringList &headers, const QList<QStringList> &rows, QTextStream &out)
{
    QList<QStringList> cells;
    cells.reserve(rows.size());
    for (const QStringList &row : rows) {
        QStringList cleaned;
        for (const QString &text : row)
            cleaned.append(tableCell(text));
        cells.append(cleaned);
    }

    QList<int> widths;
    for (const QString &header : headers)
        widths.append(terminalColumns(header));
    for (const QStringList &row : std::as_const(cells)) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths.at(i), terminalColumns(row.at(i)));
    }

    out << paddedLine(headers, widths) << '\n';
    for (const QStringList &row : std::as_const(cells))
        out << paddedLine(row, widths) << '\n';
}

void printCsv(const QStringList &headers, const QList<QStringList> &rows, QTextStream &out)
{
    out << CsvWriter::row(headers);
    for (const QStringList &row : rows)
        out << CsvWriter::row(row);
}

void printJson(const QJsonArray &items, QTextStream &out)
{
    out << QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
}

QList<QStringList> rowsOf(const QJsonArray &items, const ResourceColumns &columns, OutputFormat format,
                          ParseIssues *issues)
{
    QList<QStringList> rows;
    rows.reserve(items.size());
    for (const QJsonValue &item : items) {
        QStringList row;
        const QVariantList values = columns.cells(item.toObject(), issues);
        for (const QVariant &value : values)
            row.append(cellText(value, format));
        rows.append(row);
    }
    return rows;
}

void printItems(const QJsonArray &items, const ResourceColumns &columns, OutputFormat format, QTextStream &out,
                ParseIssues *issues)
{
    switch (format) {
    case OutputFormat::Json:
        printJson(items, out);
        return;
    case OutputFormat::Csv:
        printCsv(columns.headers, rowsOf(items, columns, format, issues), out);
        return;
    case OutputFormat::Table:
        printTable(columns.headers, rowsOf(items, columns, format, issues), out);
        return;
    }
}

} // namespace weav::core::cli
