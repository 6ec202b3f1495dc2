#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace weav::core {

struct TableExportOptions
{
    // Model columns to write, in this order. Empty means every column.
    QList<int> columns;
    // The byte-order mark that Excel needs to read UTF-8.
    bool byteOrderMark = false;
    // A first column "id" filled from this role of column 0; -1 writes no id column.
    int idRole = -1;
};

// Writes a list view's rows as RFC 4180 CSV in UTF-8: a header row of the column titles, then one
// row per model row with the cells as the model gives them (Qt::DisplayRole). Times are written
// as ISO 8601 in local time with the UTC offset (2026-12-04T09:30:00+01:00); lists as
// comma-separated text. A cell that a spreadsheet would run as a formula gets a leading ', as
// CsvWriter::spreadsheetSafe() describes.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(weav::core::TableExport)

public:
    static bool write(const QAbstractItemModel &model, const TableExportOptions &options, QIODevice *device, QString *error);
    // Writes to a file atomically; the old file stays when writing fails.
    static bool writeFile(const QAbstractItemModel &model, const TableExportOptions &options, const QString &path, QString *error);

    // A cell value as text: times in ISO 8601 with offset, string lists joined with ", ".
    static QString cellText(const QVariant &value);
};

} // namespace weav::core
