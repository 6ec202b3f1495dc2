#include "TableExport.h"

#include "cli/CsvWriter.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QSaveFile>

namespace weav::core {

namespace {

QList<int> exportedColumns(const QAbstractItemModel &model, const TableExportOptions &options)
{
    if (!options.columns.isEmpty())
        return options.columns;

    QList<int> all;
    for (int column = 0; column < model.columnCount(); ++column)
        all.append(column);
    return all;
}

QStringList headerRow(const QAbstractItemModel &model, const QList<int> &columns, bool withId)
{
    QStringList headers;
    if (withId)
        headers.append(QStringLiteral("id"));
    for (int column : columns)
        headers.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    return headers;
}

QStringList dataRow(const QAbstractItemModel &model, int row, const QList<int> &columns, int idRole)
{
    QStringList fields;
    if (idRole >= 0)
        fields.append(model.index(row, 0).data(idRole).toString());
    for (int column : columns)
        fields.append(TableExport::cellText(model.index(row, column).data(Qt::DisplayRole)));
    return fields;
}

} // namespace

QString TableExport::cellText(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QDateTime) {
        const QDateTime local = value.toDateTime().toLocalTime();
        if (!local.isValid())
            return {};
        return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
    }
    if (value.metaType().id() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", "));
    return value.toString();
}

bool TableExport::write(const QAbstractItemModel &model, const TableExportOptions &options, QIODevice *device, QString *error)
{
    const QList<int> columns = exportedColumns(model, options);
    if (options.byteOrderMark)
        device->write(cli::CsvWriter::byteOrderMark());
    device->write(cli::CsvWriter::rowUtf8(headerRow(model, columns, options.idRole >= 0)));

    for (int row = 0; row < model.rowCount(); ++row) {
        if (device->write(cli::CsvWriter::rowUtf8(dataRow(model, row, columns, options.idRole))) < 0) {
            *error = tr("Writing row %1 failed: %2").arg(row + 1).arg(device->errorString());
            return false;
        }
    }
    return true;
}

bool TableExport::writeFile(const QAbstractItemModel &model, const TableExportOptions &options, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 could not be opened for writing: %2").arg(path, file.errorString());
        return false;
    }
    if (!write(model, options, &file, error))
        return false;
    if (!file.commit()) {
        *error = tr("%1 could not be saved: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace weav::core
