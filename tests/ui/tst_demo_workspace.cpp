// Not covered yet: the large demo size and a data file that another process is seeding.
#include "api/Endpoints.h"
#include "demo/DemoWorkspace.h"
#include "workspace/Session.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace weav;

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void firstStartSeedsAndSecondStartReusesTheFile();
    void sessionsKnowTheirAbilities();
    void revokedTokenGets401();
    void unknownSizeFailsWithAReason();

private:
    ui::DemoOptions optionsIn(const QTemporaryDir &dir) const
    {
        ui::DemoOptions options;
        options.conversations = 120;
        options.dataPath = dir.filePath(QStringLiteral("demo.sqlite"));
        return options;
    }
};

void TestDemoWorkspace::firstStartSeedsAndSecondStartReusesTheFile()
{
    QTemporaryDir dir;
    QString error;
    {
        ui::DemoWorkspace demo;
        QVERIFY2(demo.startAndWait(optionsIn(dir), &error), qPrintable(error));
        QVERIFY(demo.seededNow());
        QCOMPARE(demo.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(demo.baseUrl().port() > 0);
        QVERIFY(!demo.profile().teammateId.isEmpty());
    }

    ui::DemoWorkspace again;
    QVERIFY2(again.startAndWait(optionsIn(dir), &error), qPrintable(error));
    QVERIFY(!again.seededNow());

    core::Session *session = again.createSession(this);
    QVERIFY(session);
    const core::ApiResponse page = session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::conversations()));
    QVERIFY2(page.ok(), qPrintable(page.error.summary()));
    QCOMPARE(page.object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("total")).toInt(), 120);
    delete session;
}

void TestDemoWorkspace::sessionsKnowTheirAbilities()
{
    QTemporaryDir dir;
    QString error;
    ui::DemoWorkspace demo;
    QVERIFY2(demo.startAndWait(optionsIn(dir), &error), qPrintable(error));

    std::unique_ptr<core::Session> writer(demo.createSession(nullptr));
    QVERIFY(writer->isDemo());
    QVERIFY(writer->canWrite());
    QVERIFY(writer->readOnlyReason().isEmpty());

    std::unique_ptr<core::Session> reader(demo.createSession(nullptr, QStringLiteral("read")));
    QVERIFY(!reader->canWrite());
    QVERIFY(reader->readOnlyReason().contains(QLatin1String("external-api:write")));
}

void TestDemoWorkspace::revokedTokenGets401()
{
    QTemporaryDir dir;
    QString error;
    ui::DemoWorkspace demo;
    QVERIFY2(demo.startAndWait(optionsIn(dir), &error), qPrintable(error));

    const QString token = demo.createToken();
    core::ApiClient client;
    client.setBaseUrl(demo.baseUrl());
    client.setToken(token);
    QVERIFY(client.sendAndWait(core::ApiRequest::get(core::endpoints::users())).ok());

    QVERIFY(demo.revokeToken(token));
    const core::ApiResponse refused = client.sendAndWait(core::ApiRequest::get(core::endpoints::users()));
    QCOMPARE(refused.status, 401);
    QVERIFY(!demo.revokeToken(token));
}

void TestDemoWorkspace::unknownSizeFailsWithAReason()
{
    QTemporaryDir dir;
    ui::DemoOptions options;
    options.size = QStringLiteral("enormous");
    options.dataPath = dir.filePath(QStringLiteral("demo.sqlite"));

    ui::DemoWorkspace demo;
    QString error;
    QVERIFY(!demo.startAndWait(options, &error, 10000));
    QVERIFY2(error.contains(QLatin1String("enormous")), qPrintable(error));
}

QTEST_MAIN(TestDemoWorkspace)
#include "tst_demo_workspace.moc"
