#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace weav::core::cli {

// Formats rows as RFC 4180 CSV in UTF-8. Fields are separated by commas and rows end with CRLF.
// A field that contains a comma, a double quote, CR or LF is enclosed in double quotes, and each
// double quote inside it is doubled.
// NOTE: a field that starts with =, +, - or @ is written unchanged, so a spreadsheet may read it
// as a formula. Prefixing such fields would change the data that scripts read back.
class CsvWriter
{
public:
    static QString field(const QString &text);
    static QString row(const QStringList &fields);
    static QByteArray rowUtf8(const QStringList &fields) { return row(fields).toUtf8(); }

    // The UTF-8 byte-order mark, which spreadsheet programs need to read a file as UTF-8.
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
};

} // namespace weav::core::cli
