#pragma once

#include "ResourceColumns.h"

#include <QJsonArray>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

class QTextStream;

namespace weav::core::cli {

enum class OutputFormat { Table, Csv, Json };

std::optional<OutputFormat> parseOutputFormat(const QString &name);
QStringList outputFormatNames();

// A cell as text. Times are ISO 8601 in UTC: with milliseconds and Z in CSV, to the second in a
// table. Lists are joined with ";", booleans are true or false, and a null value is empty.
QString cellText(const QVariant &value, OutputFormat format);

// Columns padded to their widest cell, under a header line. Widths count terminal columns (see
// TerminalWidth.h), so wide characters, emoji and combining marks keep the columns aligned. Line
// breaks and tabs in a cell become spaces, and cells wider than maxTableCellLength columns are cut
// with "…".
void printTable(const QStringList &headers, const QList<QStringList> &rows, QTextStream &out);
// A header row and one row per item, as CsvWriter writes them.
void printCsv(const QStringList &headers, const QList<QStringList> &rows, QTextStream &out);
// One indented JSON array.
void printJson(const QJsonArray &items, QTextStream &out);

// The items in the format: JSON prints the objects as they came; table and CSV print columns.
// Parse problems of the items are added to *issues.
void printItems(const QJsonArray &items, const ResourceColumns &columns, OutputFormat format, QTextStream &out,
                ParseIssues *issues);

// The cells of each item as text in the format.
QList<QStringList> rowsOf(const QJsonArray &items, const ResourceColumns &columns, OutputFormat format,
                          ParseIssues *issues);

constexpr int maxTableCellLength = 60;

} // namespace weav::core::cli
