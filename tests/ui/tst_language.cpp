// The console in German and Spanish. installTranslations() with a language code, as --lang and the
// language setting call it, translates the main window's menus and navigation. It also sets the
// default QLocale for numbers and dates and loads Qt's and QtKeychain's catalogues where they are
// installed. English gets its plural forms, and an unknown language stays English.
// Not covered yet: switching the language of a running window (the console asks for a restart),
// and the screenshots of --lang (tst_console_options runs the binary for those).

#include "MainWindow.h"
#include "app/ConsoleApplication.h"
#include "demo/DemoWorkspace.h"
#include "workspace/ConnectionCheck.h"
#include "workspace/Session.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace weav;
using namespace weav::ui;

namespace {

// Removes every catalogue installed by an earlier case, and the default locale it set.
void resetLanguage()
{
    const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QStringList menuTitles(MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

QStringList navigationTexts(MainWindow &window)
{
    QStringList texts;
    for (int row = 0; row < window.navigation()->count(); ++row)
        texts.append(window.navigation()->item(row)->text());
    return texts;
}

bool hasTranslator(const QString &fileNamePart)
{
    const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
    return std::any_of(translators.cbegin(), translators.cend(), [&fileNamePart](const QTranslator *translator) {
        return translator->filePath().contains(fileNamePart);
    });
}

} // namespace

class LanguageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void german_translatesMenusAndNavigation();
    void german_formatsNumbersAndDates();
    void german_loadsQtCatalogues();
    void spanish_translatesMenusAndNavigation();
    void spanish_formatsNumbers();
    void english_givesPluralForms();
    void unknownLanguage_staysEnglish();

private:
    std::unique_ptr<MainWindow> openWindow();

    QTemporaryDir m_dir;
    DemoWorkspace m_demo;
    core::Session *m_session = nullptr;
    std::unique_ptr<QSettings> m_settings;
};

void LanguageTest::initTestCase()
{
    QVERIFY(m_dir.isValid());

    DemoOptions options;
    options.conversations = 20;
    options.dataPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(m_demo.startAndWait(options, &error), qPrintable(error));

    m_session = new core::Session(m_demo.profile(), m_demo.createToken(QStringLiteral("read")), this);
    m_session->setDemo(true);
    m_session->applyReport(core::ConnectionCheck::runAndWait(m_session->client()));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat);
}

void LanguageTest::cleanup()
{
    resetLanguage();
}

std::unique_ptr<MainWindow> LanguageTest::openWindow()
{
    auto window = std::make_unique<MainWindow>(m_session, m_settings.get());
    window->resize(1280, 800);
    return window;
}

void LanguageTest::german_translatesMenusAndNavigation()
{
    installTranslations(*qApp, QStringLiteral("de"));
    std::unique_ptr<MainWindow> window = openWindow();

    const QStringList titles = menuTitles(*window);
    QVERIFY2(titles.size() >= 3, qPrintable(titles.join(u',')));
    QCOMPARE(titles.at(0), QStringLiteral("&Datei"));
    QCOMPARE(titles.at(1), QStringLiteral("&Ansicht"));
    QCOMPARE(titles.constLast(), QStringLiteral("&Hilfe"));

    const QStringList areas = navigationTexts(*window);
    QVERIFY(!areas.isEmpty());
    QVERIFY2(!areas.contains(QStringLiteral("Inbox")), qPrintable(areas.join(u',')));
    QVERIFY2(!areas.contains(QStringLiteral("Customers")), qPrintable(areas.join(u',')));
    QVERIFY2(!areas.contains(QStringLiteral("Companies")), qPrintable(areas.join(u',')));
    QVERIFY2(!areas.contains(QStringLiteral("Training data")), qPrintable(areas.join(u',')));
}

void LanguageTest::german_formatsNumbersAndDates()
{
    installTranslations(*qApp, QStringLiteral("de"));

    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QLocale().toString(12345), QStringLiteral("12.345"));
    QCOMPARE(QLocale().toString(1.5, 'f', 1), QStringLiteral("1,5"));
    QCOMPARE(QLocale().toString(QDate(2026, 12, 24), QLocale::ShortFormat), QStringLiteral("24.12.26"));
}

void LanguageTest::german_loadsQtCatalogues()
{
    installTranslations(*qApp, QStringLiteral("de"));

    QVERIFY(hasTranslator(QStringLiteral("weav-console_de")));
    // qt6-translations-l10n and QtKeychain's package install these on Debian; bootstrap installs both.
    QVERIFY(hasTranslator(QStringLiteral("qtbase_de")));
    QVERIFY(hasTranslator(QStringLiteral("qtkeychain_de")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

void LanguageTest::spanish_translatesMenusAndNavigation()
{
    installTranslations(*qApp, QStringLiteral("es"));
    std::unique_ptr<MainWindow> window = openWindow();

    const QStringList titles = menuTitles(*window);
    QVERIFY2(titles.size() >= 3, qPrintable(titles.join(u',')));
    QCOMPARE(titles.at(0), QStringLiteral("&Archivo"));
    QCOMPARE(titles.at(1), QStringLiteral("&Ver"));
    QCOMPARE(titles.constLast(), QStringLiteral("Ay&uda"));

    const QStringList areas = navigationTexts(*window);
    QVERIFY(!areas.isEmpty());
    QVERIFY2(!areas.contains(QStringLiteral("Inbox")), qPrintable(areas.join(u',')));
    QVERIFY2(!areas.contains(QStringLiteral("Customers")), qPrintable(areas.join(u',')));
}

void LanguageTest::spanish_formatsNumbers()
{
    installTranslations(*qApp, QStringLiteral("es"));

    QCOMPARE(QLocale().language(), QLocale::Spanish);
    QCOMPARE(QLocale().toString(12345), QStringLiteral("12.345"));
    QCOMPARE(QLocale().toString(1.5, 'f', 1), QStringLiteral("1,5"));
}

void LanguageTest::english_givesPluralForms()
{
    installTranslations(*qApp, QStringLiteral("en_GB"));

    QVERIFY(hasTranslator(QStringLiteral("weav-console_en")));
    QCOMPARE(QCoreApplication::translate("weav::core::PagedListModel", "%n row(s) without an id skipped", nullptr, 1),
             QStringLiteral("1 row without an id skipped"));
    QCOMPARE(QCoreApplication::translate("weav::core::PagedListModel", "%n row(s) without an id skipped", nullptr, 3),
             QStringLiteral("3 rows without an id skipped"));
}

void LanguageTest::unknownLanguage_staysEnglish()
{
    installTranslations(*qApp, QStringLiteral("fi"), false);
    std::unique_ptr<MainWindow> window = openWindow();

    QCOMPARE(menuTitles(*window).at(0), QStringLiteral("&File"));
    QVERIFY(hasTranslator(QStringLiteral("weav-console_en")));
    QVERIFY(!hasTranslator(QStringLiteral("qtbase_fi")));
}

QTEST_MAIN(LanguageTest)
#include "tst_language.moc"
