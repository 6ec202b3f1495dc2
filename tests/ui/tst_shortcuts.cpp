// The keyboard of the main window on a loaded demo inbox: every single-key shortcut, Enter, the
// command palette (Ctrl+K) and the shortcut overlay (?). It checks that no single key fires while
// a text field has the focus, and the palette's fuzzy ranking.
// Not covered yet: shortcuts in the other areas, a failed palette search of the server, and a
// keyboard layout where "?" needs another modifier than Shift.
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "api/Endpoints.h"
#include "demo/DemoWorkspace.h"
#include "inbox/AssigneePicker.h"
#include "inbox/Composer.h"
#include "inbox/ConversationPane.h"
#include "inbox/FilterBar.h"
#include "inbox/InboxView.h"
#include "inbox/TagEditor.h"
#include "inbox/ThreadView.h"
#include "keyboard/CommandPalette.h"
#include "keyboard/ConsoleKeyboard.h"
#include "keyboard/FuzzyMatch.h"
#include "keyboard/ShortcutOverlay.h"
#include "keyboard/ShortcutRegistry.h"
#include "models/ConversationListModel.h"
#include "workspace/Session.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace weav;
using namespace weav::ui;

namespace {

constexpr int WaitMs = 20000;
// Every single key bound in the inbox, typed into text fields to check that none fires there.
const QString TypedKeys = QStringLiteral("jkasprtn?/");

// Sends a key to the widget that has the focus, as the keyboard does.
void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, key, modifiers);
}

void typeText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTRY_VERIFY(widget->hasFocus());
    QTest::keyClicks(widget, text);
}

} // namespace

class TestShortcuts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void jAndKMoveCurrentRow();
    void enterOpensConversationInPane();
    void aOpensAssigneePicker();
    void sTogglesStatusOnServer();
    void pOpensPriorityChoice();
    void tFocusesTagEditor();
    void rAndNFocusComposerInMode();
    void slashFocusesSearch();
    void ctrlKOpensPalette();
    void questionMarkListsEveryShortcut();
    void keysTypedInSearchFieldOnlyType();
    void keysTypedInComposerOnlyType();
    void keysTypedInTagEditorOnlyType();
    void paletteFindsConversationOnServer();
    void fuzzyRankingPutsAssignFirst();
    void fuzzyScoreRejectsNonSubsequence();

private:
    // Selects the first row with J and waits until the pane shows its thread.
    void openFirstConversation();
    ConversationPane *pane() const { return m_window->inbox()->pane(); }
    QTableView *table() const { return m_window->inbox()->table(); }
    // Asserts that the inbox is as openFirstConversation() left it.
    void verifyNothingFired(const QString &status);

    QTemporaryDir m_dir;
    DemoWorkspace m_demo;
    core::Session *m_session = nullptr;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestShortcuts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    DemoOptions options;
    options.conversations = 200;
    options.dataPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(m_demo.startAndWait(options, &error), qPrintable(error));
    m_session = m_demo.createSession(this);
    QVERIFY(m_session);
    QVERIFY(m_session->canWrite());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat);
}

void TestShortcuts::init()
{
    m_window = std::make_unique<MainWindow>(m_session, m_settings.get());
    m_window->resize(1440, 900);
    QSignalSpy shown(m_window->inbox(), &InboxView::firstPageShown);
    m_window->show();
    m_window->showArea(MainWindow::Area::Inbox);
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(shown.count() > 0 || shown.wait(WaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->inbox()->model()->isLoading(), WaitMs);
    QVERIFY(m_window->inbox()->model()->rowCount() > 2);
    table()->setFocus();
    QTRY_VERIFY(table()->hasFocus());
}

void TestShortcuts::cleanup()
{
    m_window.reset();
}

void TestShortcuts::openFirstConversation()
{
    QSignalSpy threadShown(pane(), &ConversationPane::threadShown);
    pressKey(Qt::Key_J);
    QCOMPARE(table()->currentIndex().row(), 0);
    QVERIFY(threadShown.count() > 0 || threadShown.wait(WaitMs));
    QVERIFY(pane()->conversation());
    QCOMPARE(pane()->conversation()->id, m_window->inbox()->model()->rowAt(0).id);
}

void TestShortcuts::verifyNothingFired(const QString &status)
{
    QCOMPARE(table()->currentIndex().row(), 0);
    QVERIFY(!m_window->keyboard()->palette()->isVisible());
    QVERIFY(!m_window->keyboard()->overlay()->isVisible());
    QVERIFY(!pane()->assigneePicker()->view()->isVisible());
    QVERIFY(!pane()->priorityBox()->view()->isVisible());
    QVERIFY(!pane()->isSaving());
    QCOMPARE(pane()->conversation()->status, status);
}

void TestShortcuts::jAndKMoveCurrentRow()
{
    openFirstConversation();
    pressKey(Qt::Key_J);
    pressKey(Qt::Key_J);
    QCOMPARE(table()->currentIndex().row(), 2);
    QCOMPARE(table()->selectionModel()->selectedRows().size(), 1);
    pressKey(Qt::Key_K);
    QCOMPARE(table()->currentIndex().row(), 1);
    QTRY_COMPARE(pane()->conversation()->id, m_window->inbox()->model()->rowAt(1).id);

    // K stops at the first row.
    pressKey(Qt::Key_K);
    pressKey(Qt::Key_K);
    QCOMPARE(table()->currentIndex().row(), 0);
}

void TestShortcuts::enterOpensConversationInPane()
{
    openFirstConversation();
    QVERIFY(table()->hasFocus());
    pressKey(Qt::Key_Return);
    QTRY_VERIFY(pane()->threadView()->hasFocus());
}

void TestShortcuts::aOpensAssigneePicker()
{
    openFirstConversation();
    pressKey(Qt::Key_A);
    QTRY_VERIFY(pane()->assigneePicker()->view()->isVisible());
    pane()->assigneePicker()->hidePopup();
    QTRY_VERIFY(pane()->assigneePicker()->hasFocus());
}

void TestShortcuts::sTogglesStatusOnServer()
{
    openFirstConversation();
    const QString id = pane()->conversation()->id;
    const QString before = pane()->conversation()->status;
    const QString expected = before == QLatin1String("open") ? QStringLiteral("closed") : QStringLiteral("open");

    QSignalSpy updated(pane(), &ConversationPane::conversationUpdated);
    pressKey(Qt::Key_S);
    QVERIFY(updated.count() > 0 || updated.wait(WaitMs));
    QCOMPARE(pane()->conversation()->status, expected);

    const core::ApiResponse reply =
        m_session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::conversation(id)));
    QVERIFY(reply.ok());
    QCOMPARE(reply.object().value(QStringLiteral("status")).toString(), expected);

    // S again puts it back, so that the other tests find the workspace as seeded.
    table()->setFocus();
    QTRY_VERIFY(table()->hasFocus());
    QTRY_VERIFY(!pane()->isSaving());
    updated.clear();
    pressKey(Qt::Key_S);
    QVERIFY(updated.count() > 0 || updated.wait(WaitMs));
    QCOMPARE(pane()->conversation()->status, before);
}

void TestShortcuts::pOpensPriorityChoice()
{
    openFirstConversation();
    pressKey(Qt::Key_P);
    QTRY_VERIFY(pane()->priorityBox()->view()->isVisible());
    pane()->priorityBox()->hidePopup();
}

void TestShortcuts::tFocusesTagEditor()
{
    openFirstConversation();
    pressKey(Qt::Key_T);
    QTRY_VERIFY(pane()->tagEditor()->lineEdit()->hasFocus());
}

void TestShortcuts::rAndNFocusComposerInMode()
{
    openFirstConversation();
    Composer *composer = pane()->composer();

    pressKey(Qt::Key_N);
    QCOMPARE(composer->mode(), Composer::Mode::Note);
    QTRY_VERIFY(composer->editor(Composer::Mode::Note)->hasFocus());

    table()->setFocus();
    QTRY_VERIFY(table()->hasFocus());
    pressKey(Qt::Key_R);
    QCOMPARE(composer->mode(), Composer::Mode::Reply);
    QTRY_VERIFY(composer->editor(Composer::Mode::Reply)->hasFocus());
}

void TestShortcuts::slashFocusesSearch()
{
    pressKey(Qt::Key_Slash);
    QTRY_VERIFY(m_window->inbox()->filterBar()->searchEdit()->hasFocus());
    QVERIFY(m_window->inbox()->filterBar()->searchEdit()->text().isEmpty());
}

void TestShortcuts::ctrlKOpensPalette()
{
    openFirstConversation();
    CommandPalette *palette = m_window->keyboard()->palette();
    pressKey(Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(palette->isVisible());
    QTRY_VERIFY(palette->queryEdit()->hasFocus());
    // Ctrl+K is not K: the current row stays where it was.
    QCOMPARE(table()->currentIndex().row(), 0);

    QTest::keyClicks(palette->queryEdit(), QStringLiteral("asgn"));
    QVERIFY(!palette->resultTitles().isEmpty());
    QCOMPARE(palette->resultTitles().constFirst(), QStringLiteral("Assign…"));
    ui::test::saveScreenshot(m_window.get(), QStringLiteral("shortcuts-palette"));

    QTest::keyClick(palette->queryEdit(), Qt::Key_Escape);
    QVERIFY(!palette->isVisible());

    // Enter runs the selected entry: "Search Conversations" focuses the search field.
    pressKey(Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(palette->queryEdit()->hasFocus());
    QTest::keyClicks(palette->queryEdit(), QStringLiteral("search conv"));
    QCOMPARE(palette->resultTitles().constFirst(), QStringLiteral("Search Conversations"));
    QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
    QVERIFY(!palette->isVisible());
    QTRY_VERIFY(m_window->inbox()->filterBar()->searchEdit()->hasFocus());
}

void TestShortcuts::questionMarkListsEveryShortcut()
{
    ShortcutOverlay *overlay = m_window->keyboard()->overlay();
    pressKey(Qt::Key_Question);
    QTRY_VERIFY(overlay->isVisible());

    const QStringList lines = overlay->listedLines();
    int listed = 0;
    for (const Shortcut &shortcut : m_window->keyboard()->registry()->shortcuts()) {
        if (shortcut.keys.isEmpty())
            continue;
        const QString line = QStringLiteral("%1 — %2").arg(shortcut.keys.toString(QKeySequence::NativeText), shortcut.title);
        QVERIFY2(lines.contains(line), qPrintable(line));
        ++listed;
    }
    QCOMPARE(lines.size(), listed);
    for (const QString &key : {QStringLiteral("J — "), QStringLiteral("K — "), QStringLiteral("A — "),
                               QStringLiteral("S — "), QStringLiteral("P — "), QStringLiteral("T — "),
                               QStringLiteral("R — "), QStringLiteral("N — "), QStringLiteral("/ — "),
                               QStringLiteral("? — "), QStringLiteral("Ctrl+K — ")}) {
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) { return line.startsWith(key); }),
                 qPrintable(key));
    }
    ui::test::saveScreenshot(m_window.get(), QStringLiteral("shortcuts-overlay"));

    pressKey(Qt::Key_Question);
    QTRY_VERIFY(!overlay->isVisible());
}

void TestShortcuts::keysTypedInSearchFieldOnlyType()
{
    openFirstConversation();
    const QString status = pane()->conversation()->status;
    QLineEdit *search = m_window->inbox()->filterBar()->searchEdit();
    typeText(search, TypedKeys);
    QCOMPARE(search->text(), TypedKeys);
    QVERIFY(search->hasFocus());
    verifyNothingFired(status);
}

void TestShortcuts::keysTypedInComposerOnlyType()
{
    openFirstConversation();
    const QString status = pane()->conversation()->status;
    QPlainTextEdit *editor = pane()->composer()->editor(Composer::Mode::Reply);
    typeText(editor, TypedKeys);
    QCOMPARE(editor->toPlainText(), TypedKeys);
    QCOMPARE(pane()->composer()->mode(), Composer::Mode::Reply);
    QVERIFY(editor->hasFocus());
    verifyNothingFired(status);
    editor->clear();
}

void TestShortcuts::keysTypedInTagEditorOnlyType()
{
    openFirstConversation();
    const QString status = pane()->conversation()->status;
    QLineEdit *tags = pane()->tagEditor()->lineEdit();
    tags->clear();
    typeText(tags, TypedKeys);
    QCOMPARE(tags->text(), TypedKeys);
    QVERIFY(tags->hasFocus());
    verifyNothingFired(status);
}

void TestShortcuts::paletteFindsConversationOnServer()
{
    // A closed conversation is not among the loaded rows of the Open view.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("closed"));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    const core::ApiResponse reply = m_session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::conversations(), query));
    QVERIFY(reply.ok());
    const QJsonObject closed = reply.object().value(QStringLiteral("data")).toArray().first().toObject();
    const QString id = closed.value(QStringLiteral("id")).toString();
    const QString subject = closed.value(QStringLiteral("subject")).toString();
    QVERIFY(!subject.isEmpty());
    QCOMPARE(m_window->inbox()->model()->rowOf(id), -1);

    CommandPalette *palette = m_window->keyboard()->palette();
    QSignalSpy searched(palette, &CommandPalette::serverSearchFinished);
    pressKey(Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(palette->queryEdit()->hasFocus());
    QTest::keyClicks(palette->queryEdit(), subject);
    QVERIFY(searched.wait(WaitMs));
    QCOMPARE(searched.count(), 1);
    QCOMPARE(searched.constFirst().constFirst().toString(), subject);
    QVERIFY2(palette->resultTitles().contains(subject), qPrintable(palette->resultTitles().join(QStringLiteral(" | "))));

    // Enter on the conversation opens it in the pane.
    while (palette->results()->currentItem()->text() != subject)
        QTest::keyClick(palette->queryEdit(), Qt::Key_Down);
    QSignalSpy threadShown(pane(), &ConversationPane::threadShown);
    QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
    QVERIFY(!palette->isVisible());
    QVERIFY(threadShown.count() > 0 || threadShown.wait(WaitMs));
    // Seeded subjects repeat, so a loaded row with the same subject may be listed first.
    QCOMPARE(pane()->conversation()->subject, subject);
}

void TestShortcuts::fuzzyRankingPutsAssignFirst()
{
    QList<CommandPalette::Entry> entries;
    for (const QString &title : {QStringLiteral("Show tags again"), QStringLiteral("Add Internal Note"),
                                 QStringLiteral("Search Conversations"), QStringLiteral("Assign…"),
                                 QStringLiteral("Unassigned")})
        entries.append({CommandPalette::Kind::Action, title, QString(), {}});
    const QList<CommandPalette::Entry> ranked = CommandPalette::rank(QStringLiteral("asgn"), entries);
    QVERIFY(!ranked.isEmpty());
    QCOMPARE(ranked.constFirst().title, QStringLiteral("Assign…"));

    // The palette's own action list ranks it first too.
    m_window->keyboard()->openPalette();
    m_window->keyboard()->palette()->queryEdit()->setText(QStringLiteral("asgn"));
    QCOMPARE(m_window->keyboard()->palette()->resultTitles().constFirst(), QStringLiteral("Assign…"));
}

void TestShortcuts::fuzzyScoreRejectsNonSubsequence()
{
    QVERIFY(!fuzzy::score(QStringLiteral("xyz"), QStringLiteral("Assign…")));
    QVERIFY(!fuzzy::score(QStringLiteral("ngsa"), QStringLiteral("Assign")));
    QCOMPARE(fuzzy::score(QString(), QStringLiteral("Assign")), std::optional<int>(0));
    // A word start scores above a match inside a word, and a run above scattered letters.
    QVERIFY(*fuzzy::score(QStringLiteral("n"), QStringLiteral("Add Note")) > *fuzzy::score(QStringLiteral("n"), QStringLiteral("Assign")));
    QVERIFY(*fuzzy::score(QStringLiteral("abc"), QStringLiteral("xabcx")) > *fuzzy::score(QStringLiteral("abc"), QStringLiteral("xaxbxcx")));
}

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
