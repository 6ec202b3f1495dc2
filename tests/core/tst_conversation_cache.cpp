// Not covered yet: two consoles refreshing the cache of one profile at the same time.
#include "SandboxFixture.h"
#include "analytics/ConversationCache.h"
#include "api/Endpoints.h"
#include "seed/SeedGenerator.h"
#include "store/Tokens.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace weav;

class TestConversationCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstRefreshReadsEverything();
    void reopenedCacheHasTheSameConversations();
    void laterRefreshReadsOnlyChanges();
    void deletionTriggersFullReload();
    void cancelLeavesNoFalseCompleteness();
    void cancelDropsPagesStillBeingRead();
    void truncatedFileReadsAsEmpty();
    void fileOfOtherFormatIsIgnored();

private:
    std::unique_ptr<core::ConversationCache> openCache();
    bool refresh(core::ConversationCache &cache, int *changed = nullptr);
    qint64 serverTotal();

    sandbox::test::SandboxFixture m_server;
    QString m_token;
    core::ApiClient m_client;
    QTemporaryDir m_dir;
    QHash<QString, core::Conversation> m_firstRefresh;
};

void TestConversationCache::initTestCase()
{
    QVERIFY(m_server.start(true));
    sandbox::SeedOptions options;
    options.workspace = QStringLiteral("cached");
    options.conversations = 700;
    QString error;
    QVERIFY2(sandbox::seed::run(m_server.sandbox().database(), options, &error), qPrintable(error));
    const auto token = sandbox::tokens::create(m_server.sandbox().database(), options.workspace, QStringLiteral("test"),
                                               QStringLiteral("read,write"), std::nullopt, &error);
    QVERIFY(token);
    m_token = token->plainText;
    m_client.setBaseUrl(m_server.baseUrl());
    m_client.setToken(m_token);
}

std::unique_ptr<core::ConversationCache> TestConversationCache::openCache()
{
    auto cache = std::make_unique<core::ConversationCache>(QStringLiteral("cached"), m_dir.path());
    QSignalSpy loaded(cache.get(), &core::ConversationCache::loaded);
    cache->load();
    if (!loaded.wait(10000))
        return nullptr;
    return cache;
}

bool TestConversationCache::refresh(core::ConversationCache &cache, int *changed)
{
    QSignalSpy refreshed(&cache, &core::ConversationCache::refreshed);
    QSignalSpy saved(&cache, &core::ConversationCache::saved);
    cache.refresh(&m_client);
    if (!refreshed.wait(20000) || !saved.wait(10000) || !saved.first().at(0).toBool())
        return false;
    if (changed)
        *changed = refreshed.first().at(0).toInt();
    return true;
}

qint64 TestConversationCache::serverTotal()
{
    const core::ApiResponse page = m_client.sendAndWait(core::ApiRequest::get(core::endpoints::conversations()));
    return page.object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("total")).toInteger();
}

void TestConversationCache::firstRefreshReadsEverything()
{
    std::unique_ptr<core::ConversationCache> cache = openCache();
    QVERIFY(cache);
    QCOMPARE(cache->size(), 0);

    int changed = 0;
    QVERIFY(refresh(*cache, &changed));
    QCOMPARE(cache->size(), 700);
    QCOMPARE(changed, 700);
    QVERIFY(cache->refreshedAt().isValid());
    m_firstRefresh = cache->conversationsById();
}

void TestConversationCache::reopenedCacheHasTheSameConversations()
{
    std::unique_ptr<core::ConversationCache> cache = openCache();
    QVERIFY(cache);
    QCOMPARE(cache->size(), 700);
    QVERIFY(cache->newestUpdate().isValid());

    // Every field comes back from the file as the API sent it.
    const QHash<QString, core::Conversation> reopened = cache->conversationsById();
    for (auto it = m_firstRefresh.cbegin(); it != m_firstRefresh.cend(); ++it) {
        QVERIFY2(reopened.contains(it.key()), qPrintable(it.key()));
        QVERIFY2(reopened.value(it.key()) == it.value(), qPrintable(it.key()));
    }
}

void TestConversationCache::laterRefreshReadsOnlyChanges()
{
    std::unique_ptr<core::ConversationCache> cache = openCache();
    QVERIFY(cache);
    const QString id = cache->conversations().first().id;
    QTest::qWait(1100);
    QCOMPARE(m_server.call("PUT", core::endpoints::conversation(id), {{QStringLiteral("subject"), QStringLiteral("Cached and changed")}}, m_token).status, 200);

    m_client.history()->clear();
    int changed = 0;
    QVERIFY(refresh(*cache, &changed));

    QCOMPARE(changed, 1);
    QCOMPARE(cache->size(), 700);
    const QList<core::ExchangeRecord> exchanges = m_client.history()->records();
    QVERIFY(exchanges.first().target.contains(QLatin1String("updated_since")));
    const QList<core::Conversation> conversations = cache->conversations();
    const auto changedOne = std::find_if(conversations.cbegin(), conversations.cend(), [&](const core::Conversation &c) { return c.id == id; });
    QVERIFY(changedOne != conversations.cend());
    QCOMPARE(changedOne->subject, QStringLiteral("Cached and changed"));
}

void TestConversationCache::deletionTriggersFullReload()
{
    std::unique_ptr<core::ConversationCache> cache = openCache();
    QVERIFY(cache);
    const QString id = cache->conversations().first().id;
    QCOMPARE(m_server.call("DELETE", core::endpoints::conversation(id), {}, m_token).status, 204);

    QVERIFY(refresh(*cache));
    QCOMPARE(cache->size(), int(serverTotal()));
    QCOMPARE(cache->size(), 699);
}

void TestConversationCache::cancelLeavesNoFalseCompleteness()
{
    QTemporaryDir other;
    core::ConversationCache cache(QStringLiteral("cancelled"), other.path());
    QSignalSpy progress(&cache, &core::ConversationCache::progress);
    QSignalSpy cancelled(&cache, &core::ConversationCache::cancelled);
    cache.refresh(&m_client);
    QVERIFY(progress.wait(10000));
    cache.cancel();

    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!cache.isRefreshing());
    QVERIFY(!cache.newestUpdate().isValid());
}

// Regression: pages are read on a worker thread, and a page that was still there at cancel() was
// merged afterwards and reported progress for a fetch that no longer ran.
void TestConversationCache::cancelDropsPagesStillBeingRead()
{
    QTemporaryDir other;
    core::ConversationCache cache(QStringLiteral("cancelled-early"), other.path());
    QSignalSpy progress(&cache, &core::ConversationCache::progress);
    QSignalSpy refreshed(&cache, &core::ConversationCache::refreshed);
    cache.refresh(&m_client);
    QVERIFY(progress.wait(10000));
    cache.cancel();
    const int sizeAtCancel = cache.size();
    const qsizetype progressAtCancel = progress.size();

    QTest::qWait(500);
    QCOMPARE(cache.size(), sizeAtCancel);
    QCOMPARE(progress.size(), progressAtCancel);
    QCOMPARE(refreshed.size(), 0);
    QVERIFY(!cache.isRefreshing());
}

void TestConversationCache::truncatedFileReadsAsEmpty()
{
    QTemporaryDir other;
    const QString source = core::ConversationCache(QStringLiteral("cached"), m_dir.path()).filePath();
    const QString target = core::ConversationCache(QStringLiteral("cached"), other.path()).filePath();
    QFile input(source);
    QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(source));
    const QByteArray bytes = input.readAll();
    QVERIFY(bytes.size() > 1000);
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile output(target);
    QVERIFY(output.open(QIODevice::WriteOnly));
    output.write(bytes.left(bytes.size() / 2));
    output.close();

    core::ConversationCache cache(QStringLiteral("cached"), other.path());
    QSignalSpy loaded(&cache, &core::ConversationCache::loaded);
    cache.load();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().at(0).toInt(), 0);
    QCOMPARE(cache.size(), 0);
    QVERIFY(!cache.newestUpdate().isValid());

    // The next refresh rebuilds it whole.
    QVERIFY(refresh(cache));
    QCOMPARE(cache.size(), int(serverTotal()));
}

void TestConversationCache::fileOfOtherFormatIsIgnored()
{
    QTemporaryDir other;
    const QString path = core::ConversationCache(QStringLiteral("cached"), other.path()).filePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile output(path);
    QVERIFY(output.open(QIODevice::WriteOnly));
    output.write(QByteArrayLiteral("{\"version\": 1, \"conversations\": []}"));
    output.close();

    core::ConversationCache cache(QStringLiteral("cached"), other.path());
    QSignalSpy loaded(&cache, &core::ConversationCache::loaded);
    cache.load();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(cache.size(), 0);
    QVERIFY(!cache.newestUpdate().isValid());
}

QTEST_GUILESS_MAIN(TestConversationCache)
#include "tst_conversation_cache.moc"
