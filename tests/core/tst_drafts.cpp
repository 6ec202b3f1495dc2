// DraftStore: drafts per conversation and mode, saved to a JSON file that a new store reads back.
// Not covered yet: a drafts folder that is not writable (saveFailed and the retry on the next save).

#include "workspace/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace weav::core;
using Mode = DraftStore::Mode;

class DraftsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void draftIsKeptPerConversationAndMode();
    void newStoreReadsSavedDrafts();
    void typingIsSavedAfterTheDelay();
    void destructionSavesUnsavedText();
    void clearingRemovesTheDraftFromTheFile();
    void blankTextRemovesTheDraft();
    void profilesAreKeptApart();
    void twoStoresOfOneProfileKeepEachOthersDrafts();
    void fileIsWrittenAtomically();
    void unreadableFileIsKeptAside();
    void fileNameIsTheProfileHash();

private:
    QJsonObject readFile(const QString &path) const;

    std::unique_ptr<QTemporaryDir> dir;
};

void DraftsTest::init()
{
    dir = std::make_unique<QTemporaryDir>();
    QVERIFY(dir->isValid());
}

QJsonObject DraftsTest::readFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void DraftsTest::draftIsKeptPerConversationAndMode()
{
    DraftStore store(QStringLiteral("acme"), dir->path());
    store.setText(QStringLiteral("c1"), Mode::Reply, QStringLiteral("Hello"));
    store.setText(QStringLiteral("c1"), Mode::Note, QStringLiteral("Check refund"));
    store.setText(QStringLiteral("c2"), Mode::Reply, QStringLiteral("Other"));

    QCOMPARE(store.text(QStringLiteral("c1"), Mode::Reply), QStringLiteral("Hello"));
    QCOMPARE(store.text(QStringLiteral("c1"), Mode::Note), QStringLiteral("Check refund"));
    QCOMPARE(store.text(QStringLiteral("c2"), Mode::Reply), QStringLiteral("Other"));
    QVERIFY(store.text(QStringLiteral("c2"), Mode::Note).isEmpty());
    QVERIFY(store.editedAt(QStringLiteral("c1"), Mode::Reply).isValid());
    QCOMPARE(store.conversationIds(), (QStringList{QStringLiteral("c1"), QStringLiteral("c2")}));
}

void DraftsTest::newStoreReadsSavedDrafts()
{
    {
        DraftStore store(QStringLiteral("acme"), dir->path());
        store.setText(QStringLiteral("c1"), Mode::Reply, QStringLiteral("Line one\nLine two"));
        store.setText(QStringLiteral("c1"), Mode::Note, QStringLiteral("Internal"));
        QVERIFY(store.save());
        QVERIFY(!store.hasUnsavedChanges());
    }

    DraftStore restarted(QStringLiteral("acme"), dir->path());
    QCOMPARE(restarted.text(QStringLiteral("c1"), Mode::Reply), QStringLiteral("Line one\nLine two"));
    QCOMPARE(restarted.text(QStringLiteral("c1"), Mode::Note), QStringLiteral("Internal"));
}

void DraftsTest::typingIsSavedAfterTheDelay()
{
    DraftStore store(QStringLiteral("acme"), dir->path());
    store.setSaveDelayMs(50);
    store.setText(QStringLiteral("c1"), Mode::Reply, QStringLiteral("typed"));
    QVERIFY(!QFile::exists(store.filePath()));
    QVERIFY(store.hasUnsavedChanges());

    QTRY_VERIFY(!store.hasUnsavedChanges());
    const QJsonArray drafts = readFile(store.filePath()).value(QStringLiteral("drafts")).toArray();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().toObject().value(QStringLiteral("text")).toString(), QStringLiteral("typed"));
    QCOMPARE(drafts.first().toObject().value(QStringLiteral("mode")).toString(), QStringLiteral("reply"));
}

void DraftsTest::destructionSavesUnsavedText()
{
    QString path;
    {
        DraftStore store(QStringLiteral("acme"), dir->path());
        store.setSaveDelayMs(60000);
        store.setText(QStringLiteral("c1"), Mode::Note, QStringLiteral("unsaved"));
        path = store.filePath();
        QVERIFY(!QFile::exists(path));
    }
    QVERIFY(QFile::exists(path));
    DraftStore restarted(QStringLiteral("acme"), dir->path());
    QCOMPARE(restarted.text(QStringLiteral("c1"), Mode::Note), QStringLiteral("unsaved"));
}

void DraftsTest::clearingRemovesTheDraftFromTheFile()
{
    DraftStore store(QStringLiteral("acme"), dir->path());
    store.setText(QStringLiteral("c1"), Mode::Reply, QStringLiteral("to send"));
    store.setText(QStringLiteral("c1"), Mode::Note, QStringLiteral("kept"));
    QVERIFY(store.save());

    store.clear(QStringLiteral("c1"), Mode::Reply);
    QVERIFY(store.text(QStringLiteral("c1"), Mode::Reply).isEmpty());
    QVERIFY(store.save());

    DraftStore restarted(QStringLiteral("acme"), dir->path());
    QVERIFY(restarted.text(QStringLiteral("c1"), Mode::Reply).isEmpty());
    QCOMPARE(restarted.text(QStringLiteral("c1"), Mode::Note), QStringLiteral("kept"));
}

void DraftsTest::blankTextRemovesTheDraft()
{
    DraftStore store(QStringLiteral("acme"), dir->path());
    store.setText(QStringLiteral("c1"), Mode::Reply, QStringLiteral("x"));
    store.setText(QStringLiteral("c1"), Mode::Reply, QStringLiteral("  \n "));
    QVERIFY(store.text(QStringLiteral("c1"), Mode::Reply).isEmpty());
    QVERIFY(store.conversationIds().isEmpty());
}

void DraftsTest::profilesAreKeptApart()
{
    DraftStore acme(QStringLiteral("acme"), dir->path());
    DraftStore globex(QStringLiteral("globex"), dir->path());
    QVERIFY(acme.filePath() != globex.filePath());

    acme.setText(QStringLiteral("c1"), Mode::Reply, QStringLiteral("for acme"));
    globex.setText(QStringLiteral("c1"), Mode::Reply, QStringLiteral("for globex"));
    QVERIFY(acme.save());
    QVERIFY(globex.save());

    QCOMPARE(DraftStore(QStringLiteral("acme"), dir->path()).text(QStringLiteral("c1"), Mode::Reply), QStringLiteral("for acme"));
    QCOMPARE(DraftStore(QStringLiteral("globex"), dir->path()).text(QStringLiteral("c1"), Mode::Reply), QStringLiteral("for globex"));
    QCOMPARE(readFile(acme.filePath()).value(QStringLiteral("profile")).toString(), QStringLiteral("acme"));
}

void DraftsTest::twoStoresOfOneProfileKeepEachOthersDrafts()
{
    DraftStore first(QStringLiteral("acme"), dir->path());
    DraftStore second(QStringLiteral("acme"), dir->path());

    first.setText(QStringLiteral("c1"), Mode::Reply, QStringLiteral("from the first pane"));
    QVERIFY(first.save());
    second.setText(QStringLiteral("c2"), Mode::Reply, QStringLiteral("from the second pane"));
    QVERIFY(second.save());

    DraftStore restarted(QStringLiteral("acme"), dir->path());
    QCOMPARE(restarted.text(QStringLiteral("c1"), Mode::Reply), QStringLiteral("from the first pane"));
    QCOMPARE(restarted.text(QStringLiteral("c2"), Mode::Reply), QStringLiteral("from the second pane"));
}

void DraftsTest::fileIsWrittenAtomically()
{
    DraftStore store(QStringLiteral("acme"), dir->path());
    store.setText(QStringLiteral("c1"), Mode::Reply, QStringLiteral("first"));
    QVERIFY(store.save());
    store.setText(QStringLiteral("c1"), Mode::Reply, QStringLiteral("second"));
    QVERIFY(store.save());

    // QSaveFile leaves no temporary file behind, and the file is whole JSON.
    const QStringList files = QDir(dir->path()).entryList(QDir::Files);
    QCOMPARE(files, QStringList{DraftStore::fileNameFor(QStringLiteral("acme"))});
    QCOMPARE(readFile(store.filePath()).value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(DraftStore(QStringLiteral("acme"), dir->path()).text(QStringLiteral("c1"), Mode::Reply), QStringLiteral("second"));
}

void DraftsTest::unreadableFileIsKeptAside()
{
    const QString path = QDir(dir->path()).filePath(DraftStore::fileNameFor(QStringLiteral("acme")));
    {
        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
    }

    DraftStore store(QStringLiteral("acme"), dir->path());
    QVERIFY(store.conversationIds().isEmpty());
    store.setText(QStringLiteral("c1"), Mode::Reply, QStringLiteral("new"));
    QVERIFY(store.save());

    QFile copy(path + QStringLiteral(".unreadable"));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), QByteArray("{ not json"));
    QCOMPARE(DraftStore(QStringLiteral("acme"), dir->path()).text(QStringLiteral("c1"), Mode::Reply), QStringLiteral("new"));
}

void DraftsTest::fileNameIsTheProfileHash()
{
    const QString name = DraftStore::fileNameFor(QStringLiteral("Acme / EU"));
    QVERIFY(name.endsWith(QLatin1String(".json")));
    QCOMPARE(name.size(), 64 + 5);
    QVERIFY(!name.contains(QLatin1Char('/')));
    QVERIFY(DraftStore::defaultDirectory().endsWith(QLatin1String("/drafts")));
}

QTEST_GUILESS_MAIN(DraftsTest)
#include "tst_drafts.moc"
