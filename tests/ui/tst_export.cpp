// CSV export of the inbox through ExportDialog against the demo workspace: header, ids, row count,
// the byte-order mark, ISO 8601 times, quoting, all rows of a view, and the path check.
// Not covered yet: cancelling "all rows" while it loads, and the customers and companies lists.
#include "UiTestSupport.h"

#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "common/ExportDialog.h"
#include "demo/DemoWorkspace.h"
#include "inbox/InboxView.h"
#include "models/ConversationListModel.h"
#include "workspace/Session.h"

#include <QCheckBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace weav;
using core::ConversationListModel;
using ui::ExportDialog;
using ui::InboxView;

namespace {

constexpr int SeededConversations = 180;

const QString TrickySubject = QStringLiteral("Refund, \"urgent\" please\nsecond line");

// An RFC 4180 reader written for this test, independent of the writer. Fields in double quotes
// may contain commas, CRLF and doubled quotes, and every record ends with CRLF.
struct CsvTable
{
    QList<QStringList> records;
    QString problem;
};

CsvTable parseCsv(const QString &text)
{
    CsvTable table;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field.append(QLatin1Char('"'));
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field.append(c);
            }
            continue;
        }

        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            table.records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('"')) {
            table.problem = QStringLiteral("bare %1 at offset %2").arg(c == QLatin1Char('"') ? QStringLiteral("quote") : QStringLiteral("LF")).arg(i);
            return table;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }

    if (quoted)
        table.problem = QStringLiteral("unterminated quoted field");
    else if (fieldStarted || !record.isEmpty())
        table.problem = QStringLiteral("last record lacks its CRLF");
    return table;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void exportLoadedRowsWritesHeaderIdsAndRows();
    void exportKeepsCommaQuotesAndNewline();
    void exportWritesTimesInIso8601WithOffset();
    void byteOrderMarkOnlyWhenChosen();
    void exportAllRowsLoadsEveryPage();
    void emptyPathShowsFieldError();
    void unwritableFolderReportsFailure();

private:
    std::unique_ptr<InboxView> openAllView();
    // Exports through the dialog and returns the file's bytes, or nothing when the export failed.
    QByteArray exportThroughDialog(InboxView *inbox, const QString &fileName, bool byteOrderMark, bool allRows);

    QTemporaryDir m_dir;
    ui::DemoWorkspace m_demo;
    core::Session *m_session = nullptr;
    QString m_trickyId;
};

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ui::DemoOptions options;
    options.conversations = SeededConversations;
    options.dataPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(m_demo.startAndWait(options, &error), qPrintable(error));
    m_session = m_demo.createSession(this);
    QVERIFY(m_session);

    // The newest conversation has a subject that needs quoting, so it is on the first page.
    const core::ApiResponse customers = m_session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::customers()));
    QVERIFY2(customers.ok(), qPrintable(customers.error.summary()));
    const QString customerId = customers.object().value(QStringLiteral("data")).toArray().first().toObject().value(QStringLiteral("id")).toString();
    const core::ApiResponse created = m_session->client()->sendAndWait(core::ApiRequest::post(
        core::endpoints::conversations(),
        QJsonObject{{QStringLiteral("channel"), QStringLiteral("email")}, {QStringLiteral("customer_id"), customerId},
                    {QStringLiteral("subject"), TrickySubject}}));
    QVERIFY2(created.ok(), qPrintable(created.error.summary()));
    m_trickyId = created.object().value(QStringLiteral("id")).toString();
}

std::unique_ptr<InboxView> TestExport::openAllView()
{
    auto inbox = std::make_unique<InboxView>(m_session);
    inbox->resize(1400, 800);
    inbox->show();
    inbox->applyFilter(core::ConversationFilter());
    if (!ui::test::waitUntilLoaded(inbox->model()))
        return nullptr;
    return inbox;
}

QByteArray TestExport::exportThroughDialog(InboxView *inbox, const QString &fileName, bool byteOrderMark, bool allRows)
{
    ExportDialog *dialog = inbox->exportToCsv();
    const QString path = m_dir.filePath(fileName);
    dialog->pathField()->setText(path);
    dialog->byteOrderMarkBox()->setChecked(byteOrderMark);
    if (allRows)
        dialog->allRowsButton()->setChecked(true);
    else
        dialog->loadedRowsButton()->setChecked(true);

    QSignalSpy exported(dialog, &ExportDialog::exported);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    if (exported.isEmpty() && !exported.wait(30000))
        return {};

    ui::test::saveScreenshot(dialog, QStringLiteral("export-dialog"));
    const QString outcome = dialog->outcomeLabel()->text();
    if (!outcome.contains(path))
        qWarning() << "the outcome does not name the file:" << outcome;
    dialog->close();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestExport::exportLoadedRowsWritesHeaderIdsAndRows()
{
    auto inbox = openAllView();
    QVERIFY(inbox);
    QTableView *table = inbox->table();
    const int loaded = inbox->model()->rowCount();
    QVERIFY(loaded > 0);
    QVERIFY(!inbox->model()->isComplete());

    const QByteArray bytes = exportThroughDialog(inbox.get(), QStringLiteral("loaded.csv"), false, false);
    QVERIFY(!bytes.isEmpty());
    const CsvTable csv = parseCsv(QString::fromUtf8(bytes));
    QVERIFY2(csv.problem.isEmpty(), qPrintable(csv.problem));

    QStringList expectedHeader{QStringLiteral("id")};
    for (int column : ui::ExportSource::visibleColumns(table))
        expectedHeader.append(inbox->model()->headerData(column, Qt::Horizontal).toString());
    QCOMPARE(csv.records.first(), expectedHeader);
    QCOMPARE(csv.records.size(), loaded + 1);

    for (int row = 0; row < loaded; ++row)
        QCOMPARE(csv.records.at(row + 1).first(), inbox->model()->rowAt(row).id);
    for (const QStringList &record : csv.records)
        QCOMPARE(record.size(), expectedHeader.size());
}

void TestExport::exportKeepsCommaQuotesAndNewline()
{
    auto inbox = openAllView();
    QVERIFY(inbox);
    QVERIFY(inbox->model()->rowOf(m_trickyId) >= 0);

    const QByteArray bytes = exportThroughDialog(inbox.get(), QStringLiteral("quoting.csv"), false, false);
    QVERIFY(bytes.contains("\"Refund, \"\"urgent\"\" please"));
    const CsvTable csv = parseCsv(QString::fromUtf8(bytes));
    QVERIFY2(csv.problem.isEmpty(), qPrintable(csv.problem));

    const int subjectField = csv.records.first().indexOf(inbox->model()->headerData(ConversationListModel::SubjectColumn, Qt::Horizontal).toString());
    QVERIFY(subjectField > 0);
    bool found = false;
    for (const QStringList &record : csv.records) {
        if (record.first() != m_trickyId)
            continue;
        found = true;
        QCOMPARE(record.at(subjectField), TrickySubject);
    }
    QVERIFY(found);
}

void TestExport::exportWritesTimesInIso8601WithOffset()
{
    auto inbox = openAllView();
    QVERIFY(inbox);

    const QByteArray bytes = exportThroughDialog(inbox.get(), QStringLiteral("times.csv"), false, false);
    const CsvTable csv = parseCsv(QString::fromUtf8(bytes));
    QVERIFY2(csv.problem.isEmpty(), qPrintable(csv.problem));

    const int createdField = csv.records.first().indexOf(inbox->model()->headerData(ConversationListModel::CreatedColumn, Qt::Horizontal).toString());
    QVERIFY(createdField > 0);
    const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)$"));
    const QString cell = csv.records.at(1).at(createdField);
    QVERIFY2(iso.match(cell).hasMatch(), qPrintable(cell));

    const QDateTime parsed = QDateTime::fromString(cell, Qt::ISODate);
    QCOMPARE(parsed.toSecsSinceEpoch(), inbox->model()->rowAt(0).createdAt.toSecsSinceEpoch());
}

void TestExport::byteOrderMarkOnlyWhenChosen()
{
    auto inbox = openAllView();
    QVERIFY(inbox);

    const QByteArray with = exportThroughDialog(inbox.get(), QStringLiteral("bom.csv"), true, false);
    QVERIFY(with.startsWith("\xEF\xBB\xBF" "id,"));
    const QByteArray without = exportThroughDialog(inbox.get(), QStringLiteral("nobom.csv"), false, false);
    QVERIFY(without.startsWith("id,"));
}

void TestExport::exportAllRowsLoadsEveryPage()
{
    auto inbox = openAllView();
    QVERIFY(inbox);
    const qint64 total = inbox->model()->totalCount();
    QVERIFY(total > inbox->model()->rowCount());

    const QByteArray bytes = exportThroughDialog(inbox.get(), QStringLiteral("all.csv"), false, true);
    const CsvTable csv = parseCsv(QString::fromUtf8(bytes));
    QVERIFY2(csv.problem.isEmpty(), qPrintable(csv.problem));
    QCOMPARE(qint64(csv.records.size() - 1), total);

    QSet<QString> ids;
    for (qsizetype record = 1; record < csv.records.size(); ++record)
        ids.insert(csv.records.at(record).first());
    QCOMPARE(qint64(ids.size()), total);
}

void TestExport::emptyPathShowsFieldError()
{
    auto inbox = openAllView();
    QVERIFY(inbox);
    ExportDialog *dialog = inbox->exportToCsv();
    QSignalSpy exported(dialog, &ExportDialog::exported);

    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);

    QVERIFY(dialog->pathError()->isVisible());
    QVERIFY(!dialog->pathError()->text().isEmpty());
    QCOMPARE(exported.count(), 0);
    dialog->close();
}

void TestExport::unwritableFolderReportsFailure()
{
    auto inbox = openAllView();
    QVERIFY(inbox);
    ExportDialog *dialog = inbox->exportToCsv();
    dialog->pathField()->setText(m_dir.filePath(QStringLiteral("missing-folder/out.csv")));
    QSignalSpy exported(dialog, &ExportDialog::exported);

    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);

    QVERIFY(dialog->pathError()->isVisible());
    QVERIFY(dialog->pathError()->text().contains(QStringLiteral("missing-folder")));
    QCOMPARE(exported.count(), 0);
    dialog->close();
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
