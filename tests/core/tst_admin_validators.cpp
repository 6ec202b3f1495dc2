// The checks that the agent form, the training wizard and weavctl run before sending: agent fields,
// training files on disk, pasted web addresses, Q&A CSV files, text items, the upload request and
// the explanations of admin API errors.
// Not covered yet: an unreadable file when the tests run as root (root reads any file), and CSV in
// encodings other than UTF-8 beyond the "not UTF-8" refusal.

#include "admin/AdminErrorText.h"
#include "admin/AgentValidator.h"
#include "admin/QaCsvParser.h"
#include "admin/TextItemCheck.h"
#include "admin/TrainingFileCheck.h"
#include "admin/TrainingRequests.h"
#include "admin/UrlListParser.h"
#include "api/Endpoints.h"
#include "net/Multipart.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace weav::core;

namespace {

// count copies of an emoji, which is two UTF-16 code units but one character for the API.
QString emoji(int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QString::fromUtf8("\xF0\x9F\x98\x80");
    return text;
}

// An https address of exactly `length` characters.
QString addressOfLength(int length)
{
    const QString prefix = QStringLiteral("https://example.com/");
    return prefix + QString(length - prefix.size(), QLatin1Char('a'));
}

QStringList messagesOf(const FieldErrors &errors, const QString &field)
{
    return errors.value(field);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

bool writeSizedFile(const QString &path, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.resize(size);
}

} // namespace

class AdminValidatorsTest : public QObject
{
    Q_OBJECT

private slots:
    // ---- AgentValidator -------------------------------------------------------------------

    void agentCreateRequiresName()
    {
        const FieldErrors errors = AgentValidator::validate({}, AgentValidator::Mode::Create);
        QCOMPARE(errors.keys(), QStringList{QStringLiteral("name")});
        QVERIFY(errors.value(QStringLiteral("name")).first().contains(QStringLiteral("missing")));
    }

    void agentUpdateAcceptsEmptyBody()
    {
        QVERIFY(AgentValidator::validate({}, AgentValidator::Mode::Update).isEmpty());
    }

    void agentBlankNameRejectedInBothModes()
    {
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("   ")}};
        QVERIFY(AgentValidator::validate(body, AgentValidator::Mode::Create).contains(QStringLiteral("name")));
        QVERIFY(AgentValidator::validate(body, AgentValidator::Mode::Update).contains(QStringLiteral("name")));
        QVERIFY(!AgentValidator::validateField(QStringLiteral("name"), QJsonValue::Null).isEmpty());
    }

    void agentFieldLimits_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("valid");

        const QString name = QStringLiteral("name");
        QTest::newRow("name 1") << name << QJsonValue(QStringLiteral("A")) << true;
        QTest::newRow("name 255") << name << QJsonValue(QString(255, QLatin1Char('n'))) << true;
        QTest::newRow("name 256") << name << QJsonValue(QString(256, QLatin1Char('n'))) << false;
        QTest::newRow("name 255 emoji") << name << QJsonValue(emoji(255)) << true;
        QTest::newRow("name 256 emoji") << name << QJsonValue(emoji(256)) << false;
        QTest::newRow("name number") << name << QJsonValue(5) << false;

        const QString description = QStringLiteral("description");
        QTest::newRow("description long") << description << QJsonValue(QString(20000, QLatin1Char('d'))) << true;
        QTest::newRow("description null") << description << QJsonValue(QJsonValue::Null) << true;
        QTest::newRow("description number") << description << QJsonValue(3) << false;

        const QString avatar = QStringLiteral("avatar_url");
        QTest::newRow("avatar 500") << avatar << QJsonValue(addressOfLength(500)) << true;
        QTest::newRow("avatar 501") << avatar << QJsonValue(addressOfLength(501)) << false;
        QTest::newRow("avatar http") << avatar << QJsonValue(QStringLiteral("http://example.com/a.png")) << true;
        QTest::newRow("avatar upper-case scheme") << avatar << QJsonValue(QStringLiteral("HTTPS://example.com/a.png")) << true;
        QTest::newRow("avatar ftp") << avatar << QJsonValue(QStringLiteral("ftp://example.com/a.png")) << false;
        QTest::newRow("avatar without scheme") << avatar << QJsonValue(QStringLiteral("example.com/a.png")) << false;
        QTest::newRow("avatar without host") << avatar << QJsonValue(QStringLiteral("https:///a.png")) << false;
        QTest::newRow("avatar with space") << avatar << QJsonValue(QStringLiteral("https://exa mple.com/a.png")) << false;
        QTest::newRow("avatar empty") << avatar << QJsonValue(QString()) << true;
        QTest::newRow("avatar null") << avatar << QJsonValue(QJsonValue::Null) << true;

        const QString maxMessages = QStringLiteral("max_messages_per_session");
        QTest::newRow("max 1") << maxMessages << QJsonValue(1) << true;
        QTest::newRow("max 1000") << maxMessages << QJsonValue(1000) << true;
        QTest::newRow("max 0") << maxMessages << QJsonValue(0) << false;
        QTest::newRow("max 1001") << maxMessages << QJsonValue(1001) << false;
        QTest::newRow("max -5") << maxMessages << QJsonValue(-5) << false;
        QTest::newRow("max fraction") << maxMessages << QJsonValue(12.5) << false;
        QTest::newRow("max text digits") << maxMessages << QJsonValue(QStringLiteral("12")) << true;
        QTest::newRow("max text word") << maxMessages << QJsonValue(QStringLiteral("twelve")) << false;
        QTest::newRow("max null") << maxMessages << QJsonValue(QJsonValue::Null) << true;

        const QString tone = QStringLiteral("tone");
        QTest::newRow("tone suggestion") << tone << QJsonValue(QStringLiteral("Warm")) << true;
        QTest::newRow("tone free text") << tone << QJsonValue(QStringLiteral("Cheerful but brief")) << true;
        QTest::newRow("tone 255") << tone << QJsonValue(QString(255, QLatin1Char('t'))) << true;
        QTest::newRow("tone 256") << tone << QJsonValue(QString(256, QLatin1Char('t'))) << false;

        const QString length = QStringLiteral("response_length");
        QTest::newRow("response length 255") << length << QJsonValue(QString(255, QLatin1Char('r'))) << true;
        QTest::newRow("response length 256") << length << QJsonValue(QString(256, QLatin1Char('r'))) << false;

        const QString active = QStringLiteral("is_active");
        QTest::newRow("active true") << active << QJsonValue(true) << true;
        QTest::newRow("active text false") << active << QJsonValue(QStringLiteral("false")) << true;
        QTest::newRow("active 0") << active << QJsonValue(0) << true;
        QTest::newRow("active 2") << active << QJsonValue(2) << false;
        QTest::newRow("active yes") << active << QJsonValue(QStringLiteral("yes")) << false;
    }

    void agentFieldLimits()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(bool, valid);

        const QStringList messages = AgentValidator::validateField(field, value);
        QCOMPARE(messages.isEmpty(), valid);

        const FieldErrors errors = AgentValidator::validate({{field, value}}, AgentValidator::Mode::Update);
        QCOMPARE(errors.contains(field), !valid);
        QCOMPARE(messagesOf(errors, field), messages);
    }

    void agentMessagesNameLimitAndFix()
    {
        const QStringList tooLong = AgentValidator::validateField(QStringLiteral("name"), QString(300, QLatin1Char('n')));
        QCOMPARE(tooLong.size(), 1);
        QVERIFY(tooLong.first().contains(QStringLiteral("300")));
        QVERIFY(tooLong.first().contains(QStringLiteral("255")));
        QVERIFY(tooLong.first().contains(QStringLiteral("Shorten it by 45")));

        const QStringList outOfRange = AgentValidator::validateField(QStringLiteral("max_messages_per_session"), 0);
        QVERIFY(outOfRange.first().contains(QStringLiteral("1 to 1000")));

        const QStringList ftp = AgentValidator::validateField(QStringLiteral("avatar_url"), QStringLiteral("ftp://x.example"));
        QVERIFY(ftp.first().contains(QStringLiteral("ftp://")));
        QVERIFY(ftp.first().contains(QStringLiteral("https://")));
    }

    void agentValidateCollectsEveryField()
    {
        const QJsonObject body{{QStringLiteral("name"), QString(256, QLatin1Char('n'))},
                               {QStringLiteral("max_messages_per_session"), 0},
                               {QStringLiteral("is_active"), QStringLiteral("maybe")},
                               {QStringLiteral("slug"), 42},
                               {QStringLiteral("tone"), QStringLiteral("Direct")}};
        const FieldErrors errors = AgentValidator::validate(body, AgentValidator::Mode::Create);
        QCOMPARE(errors.keys(), (QStringList{QStringLiteral("is_active"), QStringLiteral("max_messages_per_session"),
                                             QStringLiteral("name")}));
    }

    void agentUnknownFieldHasNoMessages()
    {
        QVERIFY(AgentValidator::validateField(QStringLiteral("is_copilot"), QStringLiteral("anything")).isEmpty());
    }

    void agentSuggestionsAreProductValues()
    {
        QCOMPARE(AgentValidator::toneSuggestions(),
                 (QStringList{QStringLiteral("Warm"), QStringLiteral("Neutral"), QStringLiteral("Professional"),
                              QStringLiteral("Direct"), QStringLiteral("Witty")}));
        QCOMPARE(AgentValidator::responseLengthSuggestions(),
                 (QStringList{QStringLiteral("Short"), QStringLiteral("Standard"), QStringLiteral("Long")}));
        QCOMPARE(AgentValidator::fieldNames().size(), 7);
    }

    // ---- TrainingFileCheck ----------------------------------------------------------------

    void fileCheckAcceptsSupportedTypes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList names{QStringLiteral("a.txt"), QStringLiteral("b.md"),  QStringLiteral("c.csv"),
                                QStringLiteral("d.html"), QStringLiteral("e.pdf"), QStringLiteral("f.docx"),
                                QStringLiteral("G.PDF"), QStringLiteral("h.Md")};
        for (const QString &name : names) {
            QVERIFY(writeFile(dir.filePath(name), "content"));
            const TrainingFileVerdict verdict = TrainingFileCheck::check(dir.filePath(name));
            QVERIFY2(verdict.isAccepted(), qPrintable(name + QLatin1String(": ") + verdict.reasons().join(QLatin1Char(' '))));
            QCOMPARE(verdict.sizeBytes, 7);
        }
    }

    void fileCheckRejectsWrongSuffix()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("setup.exe")), "MZ"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("README")), "text"));

        const TrainingFileVerdict exe = TrainingFileCheck::check(dir.filePath(QStringLiteral("setup.exe")));
        QVERIFY(exe.hasProblem(TrainingFileProblem::Kind::UnsupportedType));
        QCOMPARE(exe.problems.size(), 1);
        QVERIFY(exe.reasons().first().contains(QStringLiteral(".exe")));
        QVERIFY(exe.reasons().first().contains(QStringLiteral(".docx")));

        const TrainingFileVerdict noSuffix = TrainingFileCheck::check(dir.filePath(QStringLiteral("README")));
        QVERIFY(noSuffix.hasProblem(TrainingFileProblem::Kind::UnsupportedType));
    }

    void fileCheckRejectsEmptyFile()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("empty.txt")), QByteArray()));
        const TrainingFileVerdict verdict = TrainingFileCheck::check(dir.filePath(QStringLiteral("empty.txt")));
        QCOMPARE(verdict.problems.size(), 1);
        QVERIFY(verdict.hasProblem(TrainingFileProblem::Kind::Empty));
        QCOMPARE(verdict.sizeBytes, 0);
    }

    void fileCheckReportsEveryBrokenRule()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("empty.exe")), QByteArray()));
        const TrainingFileVerdict verdict = TrainingFileCheck::check(dir.filePath(QStringLiteral("empty.exe")));
        QCOMPARE(verdict.problems.size(), 2);
        QVERIFY(verdict.hasProblem(TrainingFileProblem::Kind::UnsupportedType));
        QVERIFY(verdict.hasProblem(TrainingFileProblem::Kind::Empty));
    }

    void fileCheckSizeLimitExactlyTenMiB()
    {
        QTemporaryDir dir;
        const QString exact = dir.filePath(QStringLiteral("exact.md"));
        const QString over = dir.filePath(QStringLiteral("over.md"));
        QVERIFY(writeSizedFile(exact, 10 * 1024 * 1024));
        QVERIFY(writeSizedFile(over, 10 * 1024 * 1024 + 1));

        const TrainingFileVerdict accepted = TrainingFileCheck::check(exact);
        QVERIFY(accepted.isAccepted());
        QCOMPARE(accepted.sizeBytes, TrainingFileCheck::MaxBytes);

        const TrainingFileVerdict rejected = TrainingFileCheck::check(over);
        QCOMPARE(rejected.problems.size(), 1);
        QVERIFY(rejected.hasProblem(TrainingFileProblem::Kind::TooLarge));
        QVERIFY(rejected.reasons().first().contains(QStringLiteral("10 MiB")));
    }

    void fileCheckMissingFileAndFolder()
    {
        QTemporaryDir dir;
        const TrainingFileVerdict missing = TrainingFileCheck::check(dir.filePath(QStringLiteral("nowhere.txt")));
        QCOMPARE(missing.problems.size(), 1);
        QVERIFY(missing.hasProblem(TrainingFileProblem::Kind::Missing));
        QCOMPARE(missing.sizeBytes, -1);

        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.txt")));
        const TrainingFileVerdict folder = TrainingFileCheck::check(dir.filePath(QStringLiteral("folder.txt")));
        QVERIFY(folder.hasProblem(TrainingFileProblem::Kind::NotAFile));
    }

    void fileCheckUnreadableFile()
    {
        if (::geteuid() == 0)
            QSKIP("root reads files without read permission");

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secret.txt"));
        QVERIFY(writeFile(path, "text"));
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        const TrainingFileVerdict verdict = TrainingFileCheck::check(path);
        QVERIFY(verdict.hasProblem(TrainingFileProblem::Kind::Unreadable));
    }

    void fileCheckNameFilterListsSuffixes()
    {
        const QString filter = TrainingFileCheck::nameFilter();
        for (const QString &suffix : TrainingFileCheck::acceptedSuffixes())
            QVERIFY(filter.contains(QStringLiteral("*.") + suffix));
    }

    // ---- UrlListParser --------------------------------------------------------------------

    void urlParserMessyBlock()
    {
        const QString block = QStringLiteral("https://example.com/a\n"
                                             "\n"
                                             "  HTTPS://Example.com/a#top, ftp://files.example.com/x\n"
                                             "example.org/page https://example.com\n"
                                             "http://\n"
                                             "https://example.com/\r\n"
                                             "\t\n"
                                             "https://docs.example.com/guide?x=1,https://docs.example.com/guide?x=1\n");
        const UrlList list = UrlListParser::parse(block);

        QCOMPARE(list.urls, (QList<QUrl>{QUrl(QStringLiteral("https://example.com/a")), QUrl(QStringLiteral("https://example.com")),
                                         QUrl(QStringLiteral("https://docs.example.com/guide?x=1"))}));

        QCOMPARE(list.invalid.size(), 3);
        QCOMPARE(list.invalid.at(0).line, 3);
        QCOMPARE(list.invalid.at(0).text, QStringLiteral("ftp://files.example.com/x"));
        QVERIFY(list.invalid.at(0).reason.contains(QStringLiteral("ftp://")));
        QCOMPARE(list.invalid.at(1).line, 4);
        QCOMPARE(list.invalid.at(1).text, QStringLiteral("example.org/page"));
        QVERIFY(list.invalid.at(1).reason.contains(QStringLiteral("https://example.org/page")));
        QCOMPARE(list.invalid.at(2).line, 5);
        QVERIFY(list.invalid.at(2).reason.contains(QStringLiteral("host")));

        QCOMPARE(list.duplicates.size(), 3);
        QCOMPARE(list.duplicates.at(0).line, 3);
        QCOMPARE(list.duplicates.at(0).text, QStringLiteral("HTTPS://Example.com/a#top"));
        QVERIFY(list.duplicates.at(0).reason.contains(QStringLiteral("line 1")));
        QCOMPARE(list.duplicates.at(1).line, 6);
        QVERIFY(list.duplicates.at(1).reason.contains(QStringLiteral("line 4")));
        QCOMPARE(list.duplicates.at(2).line, 8);

        QVERIFY(list.summary.isEmpty());
    }

    void urlParserNoValidAddressSummary()
    {
        const UrlList list = UrlListParser::parse(QStringLiteral("ftp://a.example\nexample.com\n\nmailto:help@example.com\n"));
        QVERIFY(list.urls.isEmpty());
        QCOMPARE(list.invalid.size(), 3);
        QCOMPARE(list.summary, QStringLiteral("None of the 3 lines is a web address starting with http:// or https://."));
    }

    void urlParserOneInvalidLineSummary()
    {
        const UrlList list = UrlListParser::parse(QStringLiteral("www.example.com"));
        QCOMPARE(list.summary, QStringLiteral("The line is not a web address starting with http:// or https://."));
    }

    void urlParserEmptyBlockSummary()
    {
        const UrlList list = UrlListParser::parse(QStringLiteral(" \n\n"));
        QVERIFY(list.urls.isEmpty());
        QVERIFY(list.invalid.isEmpty());
        QVERIFY(list.summary.contains(QStringLiteral("No web address")));
    }

    void urlParserComparisonKeyNormalises()
    {
        QCOMPARE(UrlListParser::comparisonKey(QUrl(QStringLiteral("HTTP://WWW.Example.COM#x"))),
                 UrlListParser::comparisonKey(QUrl(QStringLiteral("http://www.example.com/"))));
        QVERIFY(UrlListParser::comparisonKey(QUrl(QStringLiteral("https://example.com/A")))
                != UrlListParser::comparisonKey(QUrl(QStringLiteral("https://example.com/a"))));
        QVERIFY(UrlListParser::comparisonKey(QUrl(QStringLiteral("https://example.com/a/")))
                != UrlListParser::comparisonKey(QUrl(QStringLiteral("https://example.com/a"))));
    }

    // ---- QaCsvParser ----------------------------------------------------------------------

    void csvQuotedFieldsWithHeaderAndBom()
    {
        const QByteArray csv = "\xEF\xBB\xBFQuestion,ANSWER\r\n"
                               "\"Do you ship to Canada, too?\",\"Yes, within 5 days.\"\r\n"
                               "\"What does \"\"express\"\" mean?\",\"Next day.\nOrder before noon.\"\r\n"
                               "Plain question,Plain answer\r\n";
        const QaCsvContent content = QaCsvParser::parse(csv);

        QVERIFY(content.isUsable());
        QVERIFY(content.hasHeader);
        QCOMPARE(content.pairs.size(), 3);
        QCOMPARE(content.pairs.at(0).question, QStringLiteral("Do you ship to Canada, too?"));
        QCOMPARE(content.pairs.at(0).answer, QStringLiteral("Yes, within 5 days."));
        QCOMPARE(content.pairs.at(0).row, 2);
        QCOMPARE(content.pairs.at(1).question, QStringLiteral("What does \"express\" mean?"));
        QCOMPARE(content.pairs.at(1).answer, QStringLiteral("Next day.\nOrder before noon."));
        QCOMPARE(content.pairs.at(2).row, 4);
        QCOMPARE(content.pairs.at(2).line, 5);
    }

    void csvWithoutHeaderKeepsFirstRow()
    {
        const QaCsvContent content = QaCsvParser::parseText(QStringLiteral("How do I reset my password?,Use the link on the sign-in page.\n"
                                                                           "Where is my invoice?,Under Billing."));
        QVERIFY(content.isUsable());
        QVERIFY(!content.hasHeader);
        QCOMPARE(content.pairs.size(), 2);
        QCOMPARE(content.pairs.at(0).row, 1);
        QCOMPARE(content.pairs.at(1).answer, QStringLiteral("Under Billing."));
    }

    void csvBlankRowsAndTrailingColumnsIgnored()
    {
        const QaCsvContent content = QaCsvParser::parseText(QStringLiteral("\n q1 , a1 ,,\n\n,\nq2,a2\n\n"));
        QVERIFY(content.isUsable());
        QCOMPARE(content.pairs.size(), 2);
        QCOMPARE(content.pairs.at(0).question, QStringLiteral("q1"));
        QCOMPARE(content.pairs.at(0).answer, QStringLiteral("a1"));
        QCOMPARE(content.pairs.at(1).row, 5);
    }

    void csvBadRowsReportedWithNumbers()
    {
        const QString csv = QStringLiteral("question,answer\n"
                                           "Good question,Good answer\n"
                                           ",Answer without question\n"
                                           "Only a question\n"
                                           "one,two,three\n"
                                           "\"Multi\nline\",%1\n"
                                           "Last good,Still read\n")
                                .arg(QString(10001, QLatin1Char('a')));
        const QaCsvContent content = QaCsvParser::parseText(csv);

        QVERIFY(!content.isUsable());
        QCOMPARE(content.pairs.size(), 2);
        QCOMPARE(content.pairs.at(1).question, QStringLiteral("Last good"));

        QCOMPARE(content.problems.size(), 4);
        QCOMPARE(content.problems.at(0).row, 3);
        QVERIFY(content.problems.at(0).message.contains(QStringLiteral("question is empty")));
        QCOMPARE(content.problems.at(1).row, 4);
        QVERIFY(content.problems.at(1).message.contains(QStringLiteral("one column")));
        QCOMPARE(content.problems.at(2).row, 5);
        QVERIFY(content.problems.at(2).message.contains(QStringLiteral("3 columns")));
        QCOMPARE(content.problems.at(3).row, 6);
        QCOMPARE(content.problems.at(3).line, 6);
        QVERIFY(content.problems.at(3).message.contains(QStringLiteral("10001")));
    }

    void csvQuestionAndAnswerLimits()
    {
        const QString atLimit = QStringLiteral("%1,%2\n").arg(QString(1000, QLatin1Char('q')), QString(10000, QLatin1Char('a')));
        QVERIFY(QaCsvParser::parseText(atLimit).isUsable());

        const QString questionOver = QStringLiteral("%1,answer\n").arg(QString(1001, QLatin1Char('q')));
        const QaCsvContent content = QaCsvParser::parseText(questionOver);
        QCOMPARE(content.problems.size(), 1);
        QVERIFY(content.problems.first().message.contains(QStringLiteral("1000")));
    }

    void csvUnterminatedQuoteReported()
    {
        const QaCsvContent content = QaCsvParser::parseText(QStringLiteral("q1,a1\n\"q2,a2\nq3,a3\n"));
        QCOMPARE(content.pairs.size(), 1);
        QCOMPARE(content.problems.size(), 1);
        QCOMPARE(content.problems.first().line, 2);
        QVERIFY(content.problems.first().message.contains(QStringLiteral("closing double quote")));
    }

    void csvHeaderOnlyIsFileProblem()
    {
        const QaCsvContent content = QaCsvParser::parseText(QStringLiteral("question,answer\r\n"));
        QVERIFY(content.hasHeader);
        QVERIFY(!content.fileProblem.isEmpty());
        QVERIFY(!content.isUsable());
    }

    void csvNotUtf8IsFileProblem()
    {
        const QaCsvContent content = QaCsvParser::parse(QByteArray("Caf\xE9 hours?,Until 6\n"));
        QVERIFY(content.fileProblem.contains(QStringLiteral("UTF-8")));
        QVERIFY(content.pairs.isEmpty());
    }

    // ---- TextItemCheck and QaPairCheck ----------------------------------------------------

    void textItemLimits()
    {
        QVERIFY(TextItemCheck::check(QString(255, QLatin1Char('t')), QString(100000, QLatin1Char('c'))).isEmpty());

        const FieldErrors over = TextItemCheck::check(QString(256, QLatin1Char('t')), QString(100001, QLatin1Char('c')));
        QCOMPARE(over.keys(), (QStringList{QStringLiteral("content"), QStringLiteral("title")}));

        const FieldErrors missing = TextItemCheck::check(QStringLiteral("  "), QString());
        QVERIFY(missing.value(QStringLiteral("title")).first().contains(QStringLiteral("missing")));
        QVERIFY(missing.value(QStringLiteral("content")).first().contains(QStringLiteral("empty")));
    }

    void textItemOptionalTitle()
    {
        QVERIFY(TextItemCheck::checkTitle(QStringLiteral(" "), false).isEmpty());
        QVERIFY(!TextItemCheck::checkTitle(QStringLiteral(" "), true).isEmpty());
        QVERIFY(!TextItemCheck::checkTitle(QString(256, QLatin1Char('t')), false).isEmpty());
    }

    void qaPairLimits()
    {
        QVERIFY(QaPairCheck::check(QString(1000, QLatin1Char('q')), QString(10000, QLatin1Char('a'))).isEmpty());
        const FieldErrors errors = QaPairCheck::check(QString(1001, QLatin1Char('q')), QString());
        QVERIFY(errors.contains(QStringLiteral("question")));
        QVERIFY(errors.contains(QStringLiteral("answer")));
    }

    // ---- Requests and error texts ---------------------------------------------------------

    void uploadRequestIsMultipart()
    {
        const QByteArray data("line one\r\n--not a boundary\r\n");
        const ApiRequest request = trainingRequests::uploadFile(QStringLiteral("Guide \"v2\".md"), data, QStringLiteral("Guide"),
                                                                {QStringLiteral("a1"), QStringLiteral("a2")});
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, endpoints::trainingData());
        QVERIFY(request.contentType.startsWith("multipart/form-data; boundary="));

        const auto parts = weav::net::parseMultipart(request.body, weav::net::multipartBoundary(request.contentType));
        QVERIFY(parts);
        QCOMPARE(parts->size(), 5);
        QCOMPARE(parts->at(0).name, QStringLiteral("type"));
        QCOMPARE(parts->at(0).data, QByteArray("file"));
        QCOMPARE(parts->at(1).name, QStringLiteral("title"));
        QCOMPARE(parts->at(1).data, QByteArray("Guide"));
        QCOMPARE(parts->at(2).name, QStringLiteral("agent_ids[]"));
        QCOMPARE(parts->at(3).data, QByteArray("a2"));
        QCOMPARE(parts->at(4).name, QStringLiteral("file"));
        QCOMPARE(parts->at(4).fileName, QStringLiteral("Guide %22v2%22.md"));
        QCOMPARE(parts->at(4).contentType, QByteArray("text/markdown"));
        QCOMPARE(parts->at(4).data, data);
    }

    void urlRequestListsAddressesAndAgents()
    {
        const ApiRequest request = trainingRequests::processUrls({QUrl(QStringLiteral("https://example.com/a b"))},
                                                                 {QStringLiteral("a1")});
        QCOMPARE(request.path, endpoints::trainingUrlsProcess());
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(QStringLiteral("urls")).toArray(), QJsonArray{QStringLiteral("https://example.com/a%20b")});
        QCOMPARE(body.value(QStringLiteral("agent_ids")).toArray(), QJsonArray{QStringLiteral("a1")});
    }

    void errorTextExplainsAdminCodes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("expected");

        QTest::newRow("copilot delete") << 403 << QStringLiteral("FORBIDDEN") << QStringLiteral("DELETE /v1/agents/x")
                                        << QStringLiteral("copilot agent cannot be deleted or deactivated");
        QTest::newRow("forbidden elsewhere") << 403 << QStringLiteral("FORBIDDEN") << QStringLiteral("DELETE /v1/agentsx/x")
                                             << QString();
        QTest::newRow("read-only token") << 403 << QStringLiteral("INSUFFICIENT_TOKEN_ABILITY")
                                         << QStringLiteral("POST /v1/agents") << QStringLiteral("external-api:write");
        QTest::newRow("invalid agent") << 400 << QStringLiteral("INVALID_AGENT") << QStringLiteral("POST /v1/training-data/x/agents")
                                       << QStringLiteral("not an agent of this workspace");
        QTest::newRow("no urls") << 422 << QStringLiteral("NO_URLS_PROVIDED") << QStringLiteral("POST /v1/training-data/urls/process")
                                 << QStringLiteral("http:// or https://");
        QTest::newRow("processing failed") << 500 << QStringLiteral("PROCESSING_FAILED")
                                           << QStringLiteral("POST /v1/training-data/urls/process") << QStringLiteral("request id");
        QTest::newRow("not found") << 404 << QStringLiteral("RESOURCE_NOT_FOUND") << QStringLiteral("GET /v1/agents/x") << QString();
    }

    void errorTextExplainsAdminCodes()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, endpoint);
        QFETCH(QString, expected);

        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.httpStatus = status;
        error.code = code;
        error.endpoint = endpoint;
        const QString explanation = AdminErrorText::explain(error);
        if (expected.isEmpty())
            QCOMPARE(explanation, QString());
        else
            QVERIFY2(explanation.contains(expected), qPrintable(explanation));
    }
};

QTEST_GUILESS_MAIN(AdminValidatorsTest)
#include "tst_admin_validators.moc"
