#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace weav::core::cli {

// Formats rows as RFC 4180 CSV in UTF-8. Fields are separated by commas and rows end with CRLF.
// A field that contains a comma, a double quote, CR or LF is enclosed in double quotes, and each
// double quote inside it is doubled. Every field first passes through spreadsheetSafe(), so a
// script that reads the CSV back gets a leading ' on those fields. JSON output keeps the raw values.
class CsvWriter
{
public:
    // The text with a ' in front when it starts with =, +, -, @, a tab or a carriage return, which
    // spreadsheet programs would run as a formula (OWASP's CSV injection rule). A plain negative
    // number such as -3 or -1.5 stays as it is, so it remains a number. A leading + is prefixed even
    // before digits, because +49 30 1234 is a phone number that a spreadsheet would turn into a sum.
    static QString spreadsheetSafe(const QString &text);

    static QString field(const QString &text);
    static QString row(const QStringList &fields);
    static QByteArray rowUtf8(const QStringList &fields) { return row(fields).toUtf8(); }

    // The UTF-8 byte-order mark, which spreadsheet programs need to read a file as UTF-8.
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
};

} // namespace weav::core::cli
