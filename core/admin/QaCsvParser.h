#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace weav::core {

// A Q&A pair read from one CSV row, trimmed as the API trims it.
struct QaCsvPair
{
    int row = 0;  // 1-based record number, as a spreadsheet numbers its rows (the header is row 1)
    int line = 0; // 1-based line where the record starts; differs from row after multi-line fields
    QString question;
    QString answer;
};

// A problem of one row; a row may have several.
struct QaCsvProblem
{
    int row = 0;
    int line = 0;
    QString message;
};

struct QaCsvContent
{
    // The valid rows, in file order.
    QList<QaCsvPair> pairs;
    // Every problem of every other row. Rows with problems are never in pairs.
    QList<QaCsvProblem> problems;
    bool hasHeader = false;
    // A problem of the whole file (not UTF-8, no rows at all); empty otherwise.
    QString fileProblem;

    bool isUsable() const { return fileProblem.isEmpty() && problems.isEmpty() && !pairs.isEmpty(); }
};

// Reads Q&A pairs from CSV as RFC 4180 writes it: fields separated by commas, fields in double quotes
// may contain commas, line breaks and doubled quotes, records end with CRLF or LF. A UTF-8
// byte-order mark and a first row "question,answer" (any case) are skipped, and blank rows are
// ignored. Each row is checked like a Q&A item: a question of 1 to 1,000 and an answer of 1 to
// 10,000 characters.
class QaCsvParser
{
    Q_DECLARE_TR_FUNCTIONS(weav::core::QaCsvParser)

public:
    // Decodes UTF-8 bytes (with or without a byte-order mark) and parses them.
    static QaCsvContent parse(const QByteArray &bytes);
    static QaCsvContent parseText(const QString &text);
};

} // namespace weav::core
