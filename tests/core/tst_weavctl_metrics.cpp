// Not covered yet: a period that reaches back beyond the seeded data's first conversation.
#include "SandboxFixture.h"
#include "analytics/Metrics.h"
#include "api/Endpoints.h"
#include "cli/WeavctlCommand.h"
#include "seed/SeedGenerator.h"
#include "store/Tokens.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace weav;

namespace {

// 2026-11-30T12:00:00Z: the seed's conversations fall in the 90 days before it.
constexpr qint64 SeedNowMs = 1796040000000LL;

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestWeavctlMetrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonEqualsTheCalculatorOnAllConversations();
    void channelNarrowsTheNumbers();
    void tableShowsBothPeriods();
    void invalidOptionsAreUsageErrors_data();
    void invalidOptionsAreUsageErrors();

private:
    Result run(const QStringList &arguments);
    QList<core::Conversation> allConversations();

    sandbox::test::SandboxFixture m_server;
    QString m_token;
    QTemporaryDir m_dir;
};

void TestWeavctlMetrics::initTestCase()
{
    QVERIFY(m_server.start(true));
    sandbox::SeedOptions options;
    options.workspace = QStringLiteral("metrics");
    options.conversations = 600;
    options.nowMs = SeedNowMs;
    QString error;
    QVERIFY2(sandbox::seed::run(m_server.sandbox().database(), options, &error), qPrintable(error));
    const auto token = sandbox::tokens::create(m_server.sandbox().database(), options.workspace, QStringLiteral("test"),
                                               QStringLiteral("read"), std::nullopt, &error);
    QVERIFY(token);
    m_token = token->plainText;
}

Result TestWeavctlMetrics::run(const QStringList &arguments)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("WEAV_BASE_URL"), m_server.baseUrl().toString());
    env.insert(QStringLiteral("WEAV_API_TOKEN"), m_token);
    QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);

    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    Result result;
    result.code = core::cli::runWeavctl(arguments, out, err, env, &settings);
    out.flush();
    err.flush();
    result.out = outText;
    result.err = errText;
    return result;
}

QList<core::Conversation> TestWeavctlMetrics::allConversations()
{
    QList<core::Conversation> conversations;
    for (const QJsonValue &value : m_server.listAll(core::endpoints::conversations(), m_token))
        conversations.append(*core::Conversation::fromJson(value.toObject()));
    return conversations;
}

void TestWeavctlMetrics::jsonEqualsTheCalculatorOnAllConversations()
{
    const Result result = run({QStringLiteral("metrics"), QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                               QStringLiteral("2026-11-14"), QStringLiteral("--tz"), QStringLiteral("America/New_York"),
                               QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(result.code == 0, qPrintable(result.err));

    const QJsonObject printed = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const core::MetricsReport expected =
        core::MetricsCalculator(QDate(2026, 11, 1), QDate(2026, 11, 14), QTimeZone(QByteArrayLiteral("America/New_York"))).compute(allConversations());
    QCOMPARE(printed, expected.toJson());
    QVERIFY(printed.value(QStringLiteral("created")).toInt() > 0);
    QVERIFY(printed.value(QStringLiteral("backlog_at_end")).toInt() > 0);
    QCOMPARE(printed.value(QStringLiteral("created_per_day")).toArray().size(), 14);
}

void TestWeavctlMetrics::channelNarrowsTheNumbers()
{
    const QStringList base = {QStringLiteral("metrics"), QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                              QStringLiteral("2026-11-14"), QStringLiteral("--tz"), QStringLiteral("UTC"), QStringLiteral("--format"),
                              QStringLiteral("json")};
    const QJsonObject both = QJsonDocument::fromJson(run(base).out.toUtf8()).object();
    const QJsonObject chat = QJsonDocument::fromJson(run(base + QStringList{QStringLiteral("--channel"), QStringLiteral("chat")}).out.toUtf8()).object();

    QCOMPARE(chat.value(QStringLiteral("created")).toInt(), both.value(QStringLiteral("created_by_channel")).toObject().value(QStringLiteral("chat")).toInt());
    QCOMPARE(chat.value(QStringLiteral("created_by_channel")).toObject().value(QStringLiteral("email")).toInt(), 0);
    QCOMPARE(chat.value(QStringLiteral("channel")).toString(), QStringLiteral("chat"));
}

void TestWeavctlMetrics::tableShowsBothPeriods()
{
    const Result result = run({QStringLiteral("metrics"), QStringLiteral("--from"), QStringLiteral("2026-11-08"), QStringLiteral("--to"),
                               QStringLiteral("2026-11-14"), QStringLiteral("--tz"), QStringLiteral("Europe/Berlin")});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("2026-11-08 – 2026-11-14")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("previous 2026-11-01 – 2026-11-07")));
    QVERIFY(result.out.contains(QLatin1String("backlog at end")));
}

void TestWeavctlMetrics::invalidOptionsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no from") << QStringList{QStringLiteral("--to"), QStringLiteral("2026-11-01")} << QStringLiteral("--from");
    QTest::newRow("bad date") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-13-01"), QStringLiteral("--to"), QStringLiteral("2026-11-01")}
                              << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("to before from") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-11-02"), QStringLiteral("--to"), QStringLiteral("2026-11-01")}
                                    << QStringLiteral("before");
    QTest::newRow("bad zone") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-01"),
                                             QStringLiteral("--tz"), QStringLiteral("Mars/Olympus")}
                              << QStringLiteral("Mars/Olympus");
    QTest::newRow("bad channel") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-01"),
                                                QStringLiteral("--channel"), QStringLiteral("fax")}
                                 << QStringLiteral("fax");
}

void TestWeavctlMetrics::invalidOptionsAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result result = run(QStringList{QStringLiteral("metrics")} + arguments);
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestWeavctlMetrics)
#include "tst_weavctl_metrics.moc"
