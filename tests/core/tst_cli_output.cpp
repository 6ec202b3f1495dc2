// The text that weavctl and the console's CSV export write: formula-safe CSV fields in CsvWriter,
// printCsv and TableExport, and `--format table` columns measured in terminal columns.
// Not covered yet: how a real terminal emulator draws emoji joined by U+200D or ambiguous-width
// characters; the tests check the column arithmetic only.

#include "cli/CsvWriter.h"
#include "cli/OutputFormat.h"
#include "cli/TerminalWidth.h"
#include "export/TableExport.h"

#include <QBuffer>
#include <QStringListModel>
#include <QTest>
#include <QTextStream>

using weav::core::TableExport;
using weav::core::TableExportOptions;
using weav::core::cli::CsvWriter;
using weav::core::cli::elideToColumns;
using weav::core::cli::maxTableCellLength;
using weav::core::cli::padToColumns;
using weav::core::cli::printCsv;
using weav::core::cli::printTable;
using weav::core::cli::terminalColumns;

namespace {

const QString Japan = QStringLiteral("日本");
const QString DecomposedE = QStringLiteral("e\u0301");
const QString GrinningFace = QString::fromUtf8("\xF0\x9F\x98\x80"); // U+1F600, a surrogate pair in UTF-16

QString tableOf(const QStringList &headers, const QList<QStringList> &rows)
{
    QString text;
    QTextStream out(&text);
    printTable(headers, rows, out);
    out.flush();
    return text;
}

// The terminal column at which `cell` starts in `line`, or -1 when the line does not contain it.
int startColumnOf(const QString &line, const QString &cell)
{
    const qsizetype index = line.lastIndexOf(cell);
    return index < 0 ? -1 : terminalColumns(QStringView(line).left(index));
}

} // namespace

class CliOutputTest : public QObject
{
    Q_OBJECT

private slots:
    void spreadsheetSafe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        QTest::newRow("sum formula") << QStringLiteral("=SUM(A1)") << QStringLiteral("'=SUM(A1)");
        QTest::newRow("plus number") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("phone number") << QStringLiteral("+49 30 1234") << QStringLiteral("'+49 30 1234");
        QTest::newRow("at sign") << QStringLiteral("@x") << QStringLiteral("'@x");
        QTest::newRow("minus text") << QStringLiteral("-x") << QStringLiteral("'-x");
        QTest::newRow("minus formula") << QStringLiteral("-3+cmd|' /C calc'!A0") << QStringLiteral("'-3+cmd|' /C calc'!A0");
        QTest::newRow("minus alone") << QStringLiteral("-") << QStringLiteral("'-");
        QTest::newRow("leading tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("leading carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("negative integer") << QStringLiteral("-3") << QStringLiteral("-3");
        QTest::newRow("negative decimal") << QStringLiteral("-1.5") << QStringLiteral("-1.5");
        QTest::newRow("negative with two points") << QStringLiteral("-1.5.2") << QStringLiteral("'-1.5.2");
        QTest::newRow("equals inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("plain number") << QStringLiteral("42") << QStringLiteral("42");
        QTest::newRow("empty") << QString() << QString();
    }

    void spreadsheetSafe()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);

        QCOMPARE(CsvWriter::spreadsheetSafe(text), expected);
    }

    void csvFieldPrefixesBeforeQuoting()
    {
        QCOMPARE(CsvWriter::field(QStringLiteral("=1,2")), QStringLiteral("\"'=1,2\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("\rline")), QStringLiteral("\"'\rline\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("@\"x\"")), QStringLiteral("\"'@\"\"x\"\"\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("-3")), QStringLiteral("-3"));
    }

    void printCsvPrefixesFormulaCells()
    {
        QString text;
        QTextStream out(&text);
        printCsv({QStringLiteral("subject"), QStringLiteral("delta")},
                 {{QStringLiteral("=SUM(A1)"), QStringLiteral("-3")}, {QStringLiteral("@x"), QStringLiteral("-x")}}, out);
        out.flush();

        QCOMPARE(text, QStringLiteral("subject,delta\r\n'=SUM(A1),-3\r\n'@x,'-x\r\n"));
    }

    void tableExportPrefixesFormulaCells()
    {
        QStringListModel model({QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("+1"), QStringLiteral("-1.5"),
                                QStringLiteral("Refund")});
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));

        QString error;
        QVERIFY2(TableExport::write(model, TableExportOptions(), &buffer, &error), qPrintable(error));

        const QStringList lines = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(1), QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
        QCOMPARE(lines.at(2), QStringLiteral("'+1"));
        QCOMPARE(lines.at(3), QStringLiteral("-1.5"));
        QCOMPARE(lines.at(4), QStringLiteral("Refund"));
        QCOMPARE(lines.at(5), QString());
    }

    void terminalColumns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("columns");

        QTest::newRow("ascii") << QStringLiteral("abc") << 3;
        QTest::newRow("cjk") << Japan << 4;
        QTest::newRow("combining acute") << DecomposedE << 1;
        QTest::newRow("emoji outside the bmp") << GrinningFace << 2;
        QTest::newRow("hangul") << QStringLiteral("한국") << 4;
        QTest::newRow("fullwidth letter") << QStringLiteral("\uFF21") << 2;
        QTest::newRow("zero width space") << QStringLiteral("a\u200Bb") << 2;
        QTest::newRow("enclosing keycap") << QStringLiteral("1\u20E3") << 1;
        QTest::newRow("ellipsis") << QStringLiteral("…") << 1;
        QTest::newRow("unpaired surrogate") << QString(QChar(0xD83D)) << 1;
        QTest::newRow("empty") << QString() << 0;
    }

    void terminalColumns()
    {
        QFETCH(QString, text);
        QFETCH(int, columns);

        QCOMPARE(::terminalColumns(text), columns);
    }

    void elideCutsWideCharactersWhole()
    {
        const QString wide = QString(10, QChar(0x65E5)); // ten times 日, 20 columns

        const QString cut = elideToColumns(wide, 8);

        QCOMPARE(cut, QString(3, QChar(0x65E5)) + QStringLiteral("…"));
        QCOMPARE(::terminalColumns(cut), 7);
    }

    void elideKeepsSurrogatePairsAndMarks()
    {
        const QString emoji = QString(5, QLatin1Char('a')) + GrinningFace + GrinningFace;
        QCOMPARE(elideToColumns(emoji, 8), QStringLiteral("aaaaa") + GrinningFace + QStringLiteral("…"));

        const QString accents = DecomposedE + DecomposedE + DecomposedE + QStringLiteral("xyz");
        QCOMPARE(elideToColumns(accents, 4), DecomposedE + DecomposedE + DecomposedE + QStringLiteral("…"));

        QCOMPARE(elideToColumns(QStringLiteral("short"), 5), QStringLiteral("short"));
    }

    void padCountsColumns()
    {
        QCOMPARE(padToColumns(Japan, 6), Japan + QStringLiteral("  "));
        QCOMPARE(padToColumns(DecomposedE, 3), DecomposedE + QStringLiteral("  "));
        QCOMPARE(padToColumns(QStringLiteral("toolong"), 3), QStringLiteral("toolong"));
    }

    void tableAlignsWideAndCombiningText()
    {
        const QString text = tableOf({QStringLiteral("name"), QStringLiteral("mark")},
                                     {{Japan, QStringLiteral("m1")},
                                      {DecomposedE, QStringLiteral("m2")},
                                      {GrinningFace, QStringLiteral("m3")},
                                      {QStringLiteral("plain"), QStringLiteral("m4")}});
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);

        // The widest first cell is "plain" (5 columns), so the second column starts at 5 + 2.
        QCOMPARE(startColumnOf(lines.at(0), QStringLiteral("mark")), 7);
        QCOMPARE(startColumnOf(lines.at(1), QStringLiteral("m1")), 7);
        QCOMPARE(startColumnOf(lines.at(2), QStringLiteral("m2")), 7);
        QCOMPARE(startColumnOf(lines.at(3), QStringLiteral("m3")), 7);
        QCOMPARE(startColumnOf(lines.at(4), QStringLiteral("m4")), 7);
    }

    void tableWidthFollowsWidestWideCell()
    {
        const QString text = tableOf({QStringLiteral("a"), QStringLiteral("b")},
                                     {{Japan + Japan + Japan, QStringLiteral("x")}, {QStringLiteral("abc"), QStringLiteral("y")}});
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);

        QCOMPARE(startColumnOf(lines.at(0), QStringLiteral("b")), 14);
        QCOMPARE(startColumnOf(lines.at(1), QStringLiteral("x")), 14);
        QCOMPARE(startColumnOf(lines.at(2), QStringLiteral("y")), 14);
    }

    void tableCutsLongCellsByColumns()
    {
        const QString longWide = QString(maxTableCellLength, QChar(0x65E5));
        const QString text = tableOf({QStringLiteral("subject")}, {{longWide}});
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);

        QVERIFY(lines.at(1).endsWith(QStringLiteral("…")));
        QVERIFY(::terminalColumns(lines.at(1)) <= maxTableCellLength);
        QCOMPARE(::terminalColumns(lines.at(1)), maxTableCellLength - 1);
    }
};

QTEST_GUILESS_MAIN(CliOutputTest)
#include "tst_cli_output.moc"
