// Not covered yet: exports larger than memory (the whole file is written from the loaded rows).
#include "export/TableExport.h"

#include <QBuffer>
#include <QDateTime>
#include <QAbstractTableModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace weav::core;

namespace {

constexpr int IdRole = Qt::UserRole + 1;

// An RFC 4180 reader written for this test, independent of the writer: quoted fields with doubled
// quotes, CRLF row ends, commas and line breaks inside quotes.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field.append(c);
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field.append(c);
        }
    }
    return rows;
}

// Three conversations-like rows: a subject that needs quoting, a string list, and a UTC time.
class SampleModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_subjects.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 3; }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return QStringList{QStringLiteral("Subject"), QStringLiteral("Tags"), QStringLiteral("Created")}.value(section);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == IdRole)
            return QStringLiteral("id-%1").arg(index.row());
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case 0:
            return m_subjects.at(index.row());
        case 1:
            return QStringList{QStringLiteral("vip"), QStringLiteral("billing")};
        default:
            return QDateTime(QDate(2026, 7, 1), QTime(8, 30), Qt::UTC);
        }
    }

private:
    const QStringList m_subjects = {QStringLiteral("Refund, \"urgent\""), QStringLiteral("Line one\nline two"),
                                    QStringLiteral("Ünïcode ✓")};
};

SampleModel *sampleModel(QObject *parent)
{
    return new SampleModel(parent);
}

} // namespace

class TestTableExport : public QObject
{
    Q_OBJECT

private slots:
    void readsBackWithACsvParser();
    void writesTheChosenColumnsInOrder();
    void byteOrderMarkIsOptional();
    void timesCarryTheirOffset();
    void writeFileKeepsTheOldFileOnFailure();
};

void TestTableExport::readsBackWithACsvParser()
{
    SampleModel *model = sampleModel(this);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    TableExportOptions options;
    options.idRole = IdRole;
    QVERIFY(TableExport::write(*model, options, &buffer, &error));

    const QList<QStringList> rows = parseCsv(QString::fromUtf8(buffer.data()));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("id"), QStringLiteral("Subject"), QStringLiteral("Tags"), QStringLiteral("Created")}));
    QCOMPARE(rows.at(1).at(0), QStringLiteral("id-0"));
    QCOMPARE(rows.at(1).at(1), QStringLiteral("Refund, \"urgent\""));
    QCOMPARE(rows.at(2).at(1), QStringLiteral("Line one\nline two"));
    QCOMPARE(rows.at(3).at(1), QStringLiteral("Ünïcode ✓"));
    QCOMPARE(rows.at(1).at(2), QStringLiteral("vip, billing"));
}

void TestTableExport::writesTheChosenColumnsInOrder()
{
    SampleModel *model = sampleModel(this);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    TableExportOptions options;
    options.columns = {2, 0};
    QVERIFY(TableExport::write(*model, options, &buffer, &error));

    const QList<QStringList> rows = parseCsv(QString::fromUtf8(buffer.data()));
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("Created"), QStringLiteral("Subject")}));
}

void TestTableExport::byteOrderMarkIsOptional()
{
    SampleModel *model = sampleModel(this);
    QString error;
    for (const bool mark : {false, true}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        TableExportOptions options;
        options.byteOrderMark = mark;
        QVERIFY(TableExport::write(*model, options, &buffer, &error));
        QCOMPARE(buffer.data().startsWith("\xEF\xBB\xBF"), mark);
    }
}

void TestTableExport::timesCarryTheirOffset()
{
    qputenv("TZ", "Europe/Berlin");
    const QString summer = TableExport::cellText(QDateTime(QDate(2026, 7, 1), QTime(8, 30), Qt::UTC));
    const QString winter = TableExport::cellText(QDateTime(QDate(2026, 12, 1), QTime(8, 30), Qt::UTC));
    qunsetenv("TZ");

    QCOMPARE(summer, QStringLiteral("2026-07-01T10:30:00+02:00"));
    QCOMPARE(winter, QStringLiteral("2026-12-01T09:30:00+01:00"));
    QCOMPARE(TableExport::cellText(QDateTime()), QString());
}

void TestTableExport::writeFileKeepsTheOldFileOnFailure()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    SampleModel *model = sampleModel(this);
    QString error;
    QVERIFY(TableExport::writeFile(*model, {}, path, &error));
    QVERIFY(QFileInfo(path).size() > 0);

    QVERIFY(!TableExport::writeFile(*model, {}, dir.filePath(QStringLiteral("missing/export.csv")), &error));
    QVERIFY(error.contains(QLatin1String("missing/export.csv")));
}

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_table_export.moc"
