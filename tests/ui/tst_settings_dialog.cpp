// The settings dialog through its real widgets, against the in-process demo workspace and the real
// keychain. Covered: the menu entry and its pages, and profiles renamed and removed with their
// tokens. Also the teammate list of every page, and the teammate reaching the composer. Also the
// theme applied at once, the language stored for the next start, the proxy and its password, and
// the screenshot names.
// The keychain is gnome-keyring on a D-Bus session; without a session bus the binary runs itself
// again inside a private one.
// Not covered yet: keychain failures at the proxy password, the System theme on a platform whose
// style is not Fusion, and a console restarted in the chosen language.
// Secrets are compared with QVERIFY only, so that no assert prints one.

#include "PrivateKeyring.h"
#include "QuestionBoxes.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "analytics/AnalyticsView.h"
#include "analytics/HeatmapWidget.h"
#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "app/ConsoleApplication.h"
#include "credentials/KeychainCredentialStore.h"
#include "demo/DemoWorkspace.h"
#include "inbox/Composer.h"
#include "inbox/ConversationPane.h"
#include "inbox/InboxView.h"
#include "keyboard/ConsoleKeyboard.h"
#include "keyboard/ShortcutRegistry.h"
#include "net/ProxySettings.h"
#include "settings/Appearance.h"
#include "settings/AppearancePage.h"
#include "settings/LiveUpdateSettings.h"
#include "settings/NetworkPage.h"
#include "settings/ProfilesPage.h"
#include "settings/RepliesPage.h"
#include "settings/SettingsDialog.h"
#include "shell/ScreenshotRunner.h"
#include "workspace/CredentialKeys.h"
#include "workspace/ProfileStore.h"
#include "workspace/Session.h"
#include "workspace/TeammateList.h"

#include <QAction>
#include <QCheckBox>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLegend>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace weav;
using namespace weav::ui;

namespace {

constexpr int ReplyTimeoutMs = 20000;

QString uniqueName(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

bool isDarkColour(const QColor &colour)
{
    return colour.lightness() < 128;
}

// Returns the ids of the teammates on one page of 100, which contains all of the demo's.
QList<QString> teammateIdsOnOnePage(core::ApiClient *client)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    core::ApiCall *call = client->send(core::ApiRequest::get(core::endpoints::users(), query));
    QList<QString> ids;
    bool finished = false;
    QObject::connect(call, &core::ApiCall::finished, call, [&ids, &finished](const core::ApiResponse &response) {
        for (const QJsonValue &item : response.object().value(QStringLiteral("data")).toArray())
            ids.append(item.toObject().value(QStringLiteral("id")).toString());
        finished = true;
    });
    QTest::qWaitFor([&finished] { return finished; }, ReplyTimeoutMs);
    return ids;
}

} // namespace

class SettingsDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void menu_opensDialogOnEveryPage();
    void profiles_marksCurrentAndConnected();
    void profiles_renameMovesToken();
    void profiles_removeDeletesToken();
    void liveUpdates_messageFitsInDialog();
    void replies_loadsEveryPage();
    void replies_choiceReachesComposerAndProfile();
    void theme_darkChangesPaletteAndChart();
    void theme_optionParsing();
    void language_storesKeyAndShowsRestartNote();
    void language_commandLineComesFirst();
    void proxy_manualSetsApplicationProxy();
    void proxy_storedProxyAppliesWithPassword();
    void proxy_invalidHostShowsError();
    void screenshots_namesFollowLanguageAndTheme();
    void screenshots_savesSettingsDialog();

private:
    std::unique_ptr<MainWindow> openWindow(core::Session *session);
    core::Profile saveProfileWithToken(const QString &name, const QString &token);
    core::CredentialResult readKeychain(const QString &key);
    QByteArray settingsFileBytes();

    QTemporaryDir m_dir;
    DemoWorkspace m_demo;
    std::unique_ptr<QSettings> m_settings;
    QStringList m_keysWritten;
};

void SettingsDialogTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    appearance::captureSystemAppearance();

    DemoOptions options;
    options.conversations = 40;
    options.dataPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(m_demo.startAndWait(options, &error), qPrintable(error));
}

void SettingsDialogTest::init()
{
    const QString path = m_dir.filePath(QStringLiteral("settings-%1.conf").arg(QUuid::createUuid().toString(QUuid::Id128)));
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
}

void SettingsDialogTest::cleanup()
{
    core::KeychainCredentialStore keychain;
    for (const QString &key : std::as_const(m_keysWritten))
        keychain.removeAndWait(key);
    m_keysWritten.clear();

    appearance::applyTheme(Theme::System);
    QNetworkProxyFactory::setUseSystemConfiguration(false);
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    m_settings.reset();
}

std::unique_ptr<MainWindow> SettingsDialogTest::openWindow(core::Session *session)
{
    auto window = std::make_unique<MainWindow>(session, m_settings.get());
    window->resize(1280, 800);
    window->show();
    return window;
}

core::Profile SettingsDialogTest::saveProfileWithToken(const QString &name, const QString &token)
{
    core::Profile profile;
    profile.name = name;
    profile.baseUrl = m_demo.baseUrl();
    if (core::ProfileStore(m_settings.get()).save(profile).isError())
        return {};

    m_keysWritten.append(core::credentialKey(name));
    if (!core::KeychainCredentialStore().writeAndWait(core::credentialKey(name), token).ok)
        return {};
    return profile;
}

core::CredentialResult SettingsDialogTest::readKeychain(const QString &key)
{
    return core::KeychainCredentialStore().readAndWait(key);
}

QByteArray SettingsDialogTest::settingsFileBytes()
{
    m_settings->sync();
    QFile file(m_settings->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void SettingsDialogTest::menu_opensDialogOnEveryPage()
{
    const auto window = openWindow(m_demo.createSession(this));
    QAction *action = window->settingsAction();
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));

    bool listedInPalette = false;
    for (const Shortcut &shortcut : window->keyboard()->registry()->shortcuts())
        listedInPalette = listedInPalette || shortcut.action == action;
    QVERIFY2(listedInPalette, "the command palette lists File > Settings…");

    action->trigger();
    SettingsDialog *dialog = window->settingsDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->currentPage(), SettingsDialog::Page::Profiles);
    QCOMPARE(dialog->pageList()->count(), 5);

    const QList<SettingsDialog::Page> pages = {SettingsDialog::Page::Replies, SettingsDialog::Page::LiveUpdates,
                                               SettingsDialog::Page::Appearance, SettingsDialog::Page::Network,
                                               SettingsDialog::Page::Profiles};
    for (SettingsDialog::Page page : pages) {
        QCOMPARE(window->showSettings(page), dialog);
        QCOMPARE(dialog->currentPage(), page);
    }

    for (int row = 0; row < dialog->pageList()->count(); ++row)
        QVERIFY2(!dialog->pageList()->item(row)->text().isEmpty(), "every page has a title");
    QVERIFY(!dialog->pageList()->accessibleName().isEmpty());
}

void SettingsDialogTest::profiles_marksCurrentAndConnected()
{
    const QString first = uniqueName(QStringLiteral("tst-a-"));
    const QString second = uniqueName(QStringLiteral("tst-b-"));
    QVERIFY(!saveProfileWithToken(first, QStringLiteral("token-one")).name.isEmpty());
    QVERIFY(!saveProfileWithToken(second, QStringLiteral("token-two")).name.isEmpty());
    QVERIFY(!core::ProfileStore(m_settings.get()).setCurrentProfile(first).isError());

    ProfilesPage page(m_settings.get(), second);
    page.show();

    QCOMPARE(page.profileList()->count(), 2);
    QCOMPARE(page.selectedName(), first);
    QVERIFY2(page.profileList()->currentItem()->text().contains(QStringLiteral("opens at start")),
             qPrintable(page.profileList()->currentItem()->text()));
    QVERIFY(page.profileList()->currentItem()->font().bold());
    QVERIFY(page.renameButton()->isEnabled());
    QVERIFY(!page.currentButton()->isEnabled());

    page.profileList()->setCurrentRow(1);
    QCOMPARE(page.selectedName(), second);
    QVERIFY(page.profileList()->currentItem()->text().contains(QStringLiteral("connected")));
    QVERIFY2(!page.renameButton()->isEnabled(), "the profile in use cannot be renamed");
    QVERIFY2(!page.removeButton()->isEnabled(), "the profile in use cannot be removed");

    QTest::mouseClick(page.currentButton(), Qt::LeftButton);
    QCOMPARE(core::ProfileStore(m_settings.get()).currentProfileName(), second);
    test::saveScreenshot(&page, QStringLiteral("settings-profiles"));
}

void SettingsDialogTest::profiles_renameMovesToken()
{
    const QString oldName = uniqueName(QStringLiteral("tst-old-"));
    const QString newName = uniqueName(QStringLiteral("tst-new-"));
    const QString token = m_demo.createToken();
    QVERIFY(!saveProfileWithToken(oldName, token).name.isEmpty());
    QVERIFY(!core::ProfileStore(m_settings.get()).setCurrentProfile(oldName).isError());
    m_keysWritten.append(core::credentialKey(newName));

    ProfilesPage page(m_settings.get(), QString());
    page.show();
    QCOMPARE(page.selectedName(), oldName);
    QSignalSpy changed(&page, &ProfilesPage::profilesChanged);

    page.renameSelected(QStringLiteral("  %1  ").arg(newName));

    QVERIFY(changed.wait(ReplyTimeoutMs));
    QVERIFY2(page.errorText().isEmpty(), qPrintable(page.errorText()));
    const core::ProfileStore store(m_settings.get());
    QVERIFY(store.find(newName).has_value());
    QVERIFY(!store.find(oldName).has_value());
    QCOMPARE(store.currentProfileName(), newName);
    QCOMPARE(page.selectedName(), newName);

    const core::CredentialResult moved = readKeychain(core::credentialKey(newName));
    QVERIFY2(moved.ok, qPrintable(moved.error.message));
    QVERIFY2(moved.secret == token, "the token moved with the profile");
    QCOMPARE(readKeychain(core::credentialKey(oldName)).error.kind, core::CredentialResult::Error::Kind::NotFound);
}

void SettingsDialogTest::profiles_removeDeletesToken()
{
    const QString name = uniqueName(QStringLiteral("tst-remove-"));
    QVERIFY(!saveProfileWithToken(name, QStringLiteral("token-to-remove")).name.isEmpty());
    const QString taken = uniqueName(QStringLiteral("tst-taken-"));
    QVERIFY(!saveProfileWithToken(taken, QStringLiteral("token-kept")).name.isEmpty());

    ProfilesPage page(m_settings.get(), QString());
    page.show();
    page.reload(name);
    QCOMPARE(page.selectedName(), name);

    // Renaming onto another profile's name is rejected at once.
    page.renameSelected(taken);
    QTRY_VERIFY(!page.isBusy());
    QVERIFY2(page.errorText().contains(QStringLiteral("exists already")), qPrintable(page.errorText()));

    QSignalSpy changed(&page, &ProfilesPage::profilesChanged);
    QTest::mouseClick(page.removeButton(), Qt::LeftButton);
    QVERIFY(test::clickQuestionButton(&page, QStringLiteral("Remove")));

    QVERIFY(changed.wait(ReplyTimeoutMs));
    QVERIFY2(page.errorText().isEmpty(), qPrintable(page.errorText()));
    QVERIFY(!core::ProfileStore(m_settings.get()).find(name).has_value());
    QVERIFY(core::ProfileStore(m_settings.get()).find(taken).has_value());
    QCOMPARE(readKeychain(core::credentialKey(name)).error.kind, core::CredentialResult::Error::Kind::NotFound);
    QVERIFY(readKeychain(core::credentialKey(taken)).ok);
    QCOMPARE(page.profileList()->count(), 1);
    QVERIFY(page.statusText().contains(QStringLiteral("Removed")));
}

void SettingsDialogTest::liveUpdates_messageFitsInDialog()
{
    core::Profile profile = m_demo.profile();
    profile.name = uniqueName(QStringLiteral("tst-live-"));
    profile.credentialStore = QStringLiteral("keychain");
    auto *session = new core::Session(profile, m_demo.createToken(), this);
    const auto window = openWindow(session);
    SettingsDialog *dialog = window->showSettings(SettingsDialog::Page::LiveUpdates);
    LiveUpdateSettingsPage *page = dialog->liveUpdatesPage();
    QTRY_VERIFY(page->isVisible());
    QTRY_VERIFY(!page->secretField()->placeholderText().contains(QStringLiteral("Checking")));

    page->webhooksBox()->setChecked(true);
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);

    QVERIFY2(page->secretMessage().contains(QStringLiteral("Enter the webhook secret")), qPrintable(page->secretMessage()));
    QTRY_VERIFY(page->secretField()->height() >= page->secretField()->sizeHint().height());
    QCOMPARE(dialog->size(), SettingsDialog::PreferredSize);
    test::saveScreenshot(dialog, QStringLiteral("settings-live-updates-profile"));
}

void SettingsDialogTest::replies_loadsEveryPage()
{
    core::Session *session = m_demo.createSession(this);
    const QList<QString> expected = teammateIdsOnOnePage(session->client());
    QVERIFY2(expected.size() > 5, "the demo has more teammates than one page of five");

    RepliesPage page(session, m_settings.get());
    page.teammateList()->setPerPage(5);
    QSignalSpy loaded(&page, &RepliesPage::teammatesLoaded);
    page.show();

    QVERIFY(loaded.wait(ReplyTimeoutMs));
    QCOMPARE(loaded.first().first().toInt(), expected.size());
    QCOMPARE(page.teammateBox()->count(), int(expected.size()) + 1);
    for (const QString &id : expected)
        QVERIFY2(page.teammateBox()->findData(id) > 0, qPrintable(id));
    QCOMPARE(page.teammateBox()->currentData().toString(), session->teammateId());
    QVERIFY(page.teammateBox()->isEnabled());
}

void SettingsDialogTest::replies_choiceReachesComposerAndProfile()
{
    // A saved profile (not the demo), so that the choice is stored on it.
    core::Profile profile = m_demo.profile();
    profile.name = uniqueName(QStringLiteral("tst-replies-"));
    profile.credentialStore = QStringLiteral("keychain");
    QVERIFY(!core::ProfileStore(m_settings.get()).save(profile).isError());
    auto *session = new core::Session(profile, m_demo.createToken(), this);
    const auto window = openWindow(session);
    Composer *composer = window->inbox()->pane()->composer();

    SettingsDialog *dialog = window->showSettings(SettingsDialog::Page::Replies);
    RepliesPage *page = dialog->repliesPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), ReplyTimeoutMs);

    QComboBox *box = page->teammateBox();
    int other = -1;
    for (int index = 1; index < box->count() && other < 0; ++index) {
        if (box->itemData(index).toString() != session->teammateId())
            other = index;
    }
    QVERIFY(other > 0);
    const QString chosenId = box->itemData(other).toString();
    const QString chosenName = box->itemText(other).section(QLatin1String(" <"), 0, 0);
    box->setFocus();
    box->setCurrentIndex(other);
    emit box->activated(other);

    QCOMPARE(session->teammateId(), chosenId);
    QTRY_VERIFY2(composer->senderText().contains(chosenName), qPrintable(composer->senderText()));
    QCOMPARE(core::ProfileStore(m_settings.get()).find(profile.name)->teammateId, chosenId);
    QVERIFY2(page->statusText().contains(chosenName), qPrintable(page->statusText()));
    test::saveScreenshot(dialog, QStringLiteral("settings-replies"));

    box->setCurrentIndex(0);
    emit box->activated(0);
    QVERIFY(session->teammateId().isEmpty());
    QTRY_VERIFY2(composer->senderText().contains(QStringLiteral("No teammate")), qPrintable(composer->senderText()));
}

void SettingsDialogTest::theme_darkChangesPaletteAndChart()
{
    const auto window = openWindow(m_demo.createSession(this));
    QSignalSpy metricsShown(window->analytics(), &AnalyticsView::metricsShown);
    window->showArea(MainWindow::Area::Analytics);
    const QList<QChartView *> charts = window->findChildren<QChartView *>();
    QVERIFY(!charts.isEmpty());
    QChart *chart = charts.constFirst()->chart();

    SettingsDialog *dialog = window->showSettings(SettingsDialog::Page::Appearance);
    QComboBox *theme = dialog->appearancePage()->themeBox();
    QVERIFY(!theme->accessibleName().isEmpty());

    theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));

    QCOMPARE(appearance::appliedTheme(), Theme::Dark);
    QVERIFY(isDarkColour(QApplication::palette().color(QPalette::Base)));
    QVERIFY(!isDarkColour(QApplication::palette().color(QPalette::Text)));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QTRY_VERIFY(isDarkColour(window->palette().color(QPalette::Window)));
    QTRY_VERIFY2(isDarkColour(chart->backgroundBrush().color()), "the chart follows the dark palette");
    QVERIFY(!isDarkColour(chart->legend()->labelColor()));
    QCOMPARE(m_settings->value(appearance::ThemeKey).toString(), QStringLiteral("dark"));
    test::saveScreenshot(dialog, QStringLiteral("settings-appearance-dark"));

    // The busiest-hours cells take their scale from the palette, so an empty hour is dark too.
    auto *heatmap = window->analytics()->findChild<HeatmapWidget *>();
    QVERIFY(heatmap);
    QVERIFY(metricsShown.count() > 0 || metricsShown.wait(ReplyTimeoutMs));
    const QImage cells = heatmap->grab().toImage();
    int emptyHours = 0;
    for (int weekday = 0; weekday < 7; ++weekday) {
        for (int hour = 0; hour < 24; ++hour) {
            if (heatmap->count(weekday, hour) > 0)
                continue;
            ++emptyHours;
            const QPoint corner = heatmap->cellRect(weekday, hour).topLeft() + QPoint(2, 2);
            QVERIFY2(isDarkColour(cells.pixelColor(corner)), "an hour without conversations is drawn dark");
        }
    }
    QVERIFY2(emptyHours > 0, "the demo of 40 conversations leaves some hours empty");
    test::saveScreenshot(heatmap, QStringLiteral("heatmap-dark"));

    theme->setCurrentIndex(theme->findData(QStringLiteral("light")));

    QVERIFY(!isDarkColour(QApplication::palette().color(QPalette::Base)));
    QTRY_VERIFY2(!isDarkColour(chart->backgroundBrush().color()), "the chart follows the light palette");
    QCOMPARE(appearance::storedTheme(*m_settings), Theme::Light);
}

void SettingsDialogTest::theme_optionParsing()
{
    const ConsoleOptions dark = parseConsoleOptions({QStringLiteral("weav-console"), QStringLiteral("--theme"), QStringLiteral("Dark")});
    QVERIFY2(!dark.hasError(), qPrintable(dark.error));
    QCOMPARE(dark.theme, QStringLiteral("dark"));
    QVERIFY(parseConsoleOptions({QStringLiteral("weav-console")}).theme.isEmpty());

    const ConsoleOptions unknown = parseConsoleOptions({QStringLiteral("weav-console"), QStringLiteral("--theme=blue")});
    QVERIFY(unknown.hasError());
    QVERIFY2(unknown.error.contains(QStringLiteral("\"blue\" is unknown")), qPrintable(unknown.error));
    QVERIFY(dark.helpText.contains(QStringLiteral("--theme <theme>")));
    QVERIFY2(dark.helpText.contains(QStringLiteral("NAME-dark.png")), "the help names the screenshot files");

    QCOMPARE(appearance::themeFromName(QStringLiteral("light")), std::optional<Theme>(Theme::Light));
    QVERIFY(!appearance::themeFromName(QStringLiteral("sepia")));
    QCOMPARE(appearance::storedTheme(*m_settings), Theme::System);
    m_settings->setValue(appearance::ThemeKey, QStringLiteral("unknown"));
    QCOMPARE(appearance::storedTheme(*m_settings), Theme::System);
}

void SettingsDialogTest::language_storesKeyAndShowsRestartNote()
{
    AppearancePage page(m_settings.get());
    page.show();
    QComboBox *language = page.languageBox();
    QCOMPARE(language->count(), 4);
    QCOMPARE(language->currentIndex(), 0);
    QVERIFY(language->findText(QStringLiteral("Deutsch")) > 0);
    QVERIFY(language->findText(QStringLiteral("Español")) > 0);
    QVERIFY(language->findText(QStringLiteral("English")) > 0);
    QVERIFY(page.languageNote().isEmpty());

    language->setCurrentIndex(language->findText(QStringLiteral("Deutsch")));

    QCOMPARE(m_settings->value(appearance::LanguageKey).toString(), QStringLiteral("de"));
    QCOMPARE(page.languageNote(), QStringLiteral("Restart Weav Console to change the language."));
    test::saveScreenshot(&page, QStringLiteral("settings-language"));

    language->setCurrentIndex(0);
    QCOMPARE(m_settings->value(appearance::LanguageKey).toString(), QStringLiteral("system"));
    QVERIFY2(page.languageNote().isEmpty(), "going back to the running language needs no restart");
}

void SettingsDialogTest::language_commandLineComesFirst()
{
    QVERIFY(appearance::startLanguage(QString(), *m_settings).isEmpty());
    appearance::storeLanguage(*m_settings, QStringLiteral("de"));
    QCOMPARE(appearance::startLanguage(QString(), *m_settings), QStringLiteral("de"));
    QCOMPARE(appearance::startLanguage(QStringLiteral("es"), *m_settings), QStringLiteral("es"));
}

void SettingsDialogTest::proxy_manualSetsApplicationProxy()
{
    m_keysWritten.append(net::ProxySettings::passwordKey());
    const QString password = uniqueName(QStringLiteral("proxy-pw-"));
    NetworkPage page(m_settings.get());
    page.show();
    QVERIFY(page.systemButton()->isChecked());
    QVERIFY(!page.hostField()->isEnabled());

    page.manualButton()->setChecked(true);
    QVERIFY(page.hostField()->isEnabled());
    page.typeBox()->setCurrentIndex(page.typeBox()->findData(int(net::ProxySettings::Type::Socks5)));
    QTest::keyClicks(page.hostField(), QStringLiteral("proxy.invalid"));
    page.portBox()->setValue(1080);
    QTest::keyClicks(page.userField(), QStringLiteral("support"));
    QTest::keyClicks(page.passwordField(), password);
    QSignalSpy applied(&page, &NetworkPage::applied);
    QTest::mouseClick(page.applyButton(), Qt::LeftButton);

    QVERIFY2(applied.wait(ReplyTimeoutMs), qPrintable(page.errorText()));
    const QNetworkProxy proxy = QNetworkProxy::applicationProxy();
    QCOMPARE(proxy.type(), QNetworkProxy::Socks5Proxy);
    QCOMPARE(proxy.hostName(), QStringLiteral("proxy.invalid"));
    QCOMPARE(proxy.port(), quint16(1080));
    QCOMPARE(proxy.user(), QStringLiteral("support"));
    QVERIFY2(proxy.password() == password, "the proxy carries the typed password");
    QVERIFY(page.passwordField()->text().isEmpty());
    QVERIFY2(page.statusText().contains(QStringLiteral("proxy.invalid:1080")), qPrintable(page.statusText()));

    const core::CredentialResult stored = readKeychain(net::ProxySettings::passwordKey());
    QVERIFY2(stored.ok, qPrintable(stored.error.message));
    QVERIFY2(stored.secret == password, "the keychain holds the proxy password");
    const QByteArray bytes = settingsFileBytes();
    QVERIFY(bytes.contains("proxy.invalid"));
    QVERIFY2(!bytes.contains(password.toUtf8()), "the password never reaches the settings file");

    // Loopback connections bypass the proxy, so requests to the demo workspace still succeed.
    core::Session *session = m_demo.createSession(this);
    QVERIFY2(!teammateIdsOnOnePage(session->client()).isEmpty(), "a loopback request went through the proxy");
    test::saveScreenshot(&page, QStringLiteral("settings-network"));

    page.noneButton()->setChecked(true);
    QTest::mouseClick(page.applyButton(), Qt::LeftButton);
    QVERIFY(applied.wait(ReplyTimeoutMs));
    QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::NoProxy);
    QCOMPARE(readKeychain(net::ProxySettings::passwordKey()).error.kind, core::CredentialResult::Error::Kind::NotFound);
}

void SettingsDialogTest::proxy_storedProxyAppliesWithPassword()
{
    m_keysWritten.append(net::ProxySettings::passwordKey());
    net::ProxySettings manual;
    manual.mode = net::ProxySettings::Mode::Manual;
    manual.host = QStringLiteral("cache.invalid");
    manual.port = 3128;
    manual.user = QStringLiteral("agent");
    manual.save(*m_settings);
    QCOMPARE(net::ProxySettings::load(*m_settings), manual);
    core::KeychainCredentialStore keychain;
    QVERIFY(keychain.writeAndWait(net::ProxySettings::passwordKey(), QStringLiteral("stored-proxy-secret")).ok);

    const net::ProxySettings applied = net::applyStoredProxy(*m_settings, keychain);

    QCOMPARE(applied, manual);
    const QNetworkProxy proxy = QNetworkProxy::applicationProxy();
    QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxy.hostName(), QStringLiteral("cache.invalid"));
    QCOMPARE(proxy.port(), quint16(3128));
    QVERIFY2(proxy.password() == QStringLiteral("stored-proxy-secret"), "the stored password is applied");

    m_settings->setValue(QStringLiteral("network/proxyMode"), QStringLiteral("system"));
    net::applyStoredProxy(*m_settings, keychain);
    QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());

    // A hand-edited file with a proxy that cannot work falls back to the system's configuration.
    net::ProxySettings broken = manual;
    broken.host = QStringLiteral("cache.invalid:3128");
    broken.save(*m_settings);
    QCOMPARE(net::applyStoredProxy(*m_settings, keychain).mode, net::ProxySettings::Mode::System);
    QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());
}

void SettingsDialogTest::proxy_invalidHostShowsError()
{
    NetworkPage page(m_settings.get());
    page.show();
    page.manualButton()->setChecked(true);
    QSignalSpy applied(&page, &NetworkPage::applied);

    QTest::mouseClick(page.applyButton(), Qt::LeftButton);
    QVERIFY2(page.errorText().contains(QStringLiteral("Enter the proxy host")), qPrintable(page.errorText()));

    QTest::keyClicks(page.hostField(), QStringLiteral("http://proxy/"));
    QTest::mouseClick(page.applyButton(), Qt::LeftButton);
    QVERIFY2(page.errorText().contains(QStringLiteral("without a scheme or path")), qPrintable(page.errorText()));

    // A port typed into the host field is the usual slip; an IPv6 address keeps its colons.
    page.hostField()->clear();
    QTest::keyClicks(page.hostField(), QStringLiteral("proxy.invalid:3128"));
    QTest::mouseClick(page.applyButton(), Qt::LeftButton);
    QVERIFY2(page.errorText().contains(QStringLiteral("contains a port")), qPrintable(page.errorText()));

    page.hostField()->setText(QStringLiteral("proxy\tinvalid"));
    QTest::mouseClick(page.applyButton(), Qt::LeftButton);
    QVERIFY2(page.errorText().contains(QStringLiteral("is invalid")), qPrintable(page.errorText()));

    net::ProxySettings ipv6;
    ipv6.mode = net::ProxySettings::Mode::Manual;
    ipv6.host = QStringLiteral("::1");
    QVERIFY2(ipv6.validate().isEmpty(), qPrintable(ipv6.validate()));

    QVERIFY(applied.isEmpty());
    QVERIFY(!m_settings->contains(QStringLiteral("network/proxyMode")));
}

void SettingsDialogTest::screenshots_namesFollowLanguageAndTheme()
{
    QCOMPARE(screenshotFileName(QStringLiteral("inbox.png"), QString(), QString()), QStringLiteral("inbox.png"));
    QCOMPARE(screenshotFileName(QStringLiteral("inbox.png"), QStringLiteral("de"), QString()), QStringLiteral("inbox-de.png"));
    QCOMPARE(screenshotFileName(QStringLiteral("inbox.png"), QString(), QStringLiteral("dark")), QStringLiteral("inbox-dark.png"));
    QCOMPARE(screenshotFileName(QStringLiteral("inbox.png"), QStringLiteral("de"), QStringLiteral("dark")),
             QStringLiteral("inbox-de-dark.png"));
    QCOMPARE(screenshotFileName(QStringLiteral("inbox.png"), QStringLiteral("en"), QStringLiteral("dark")),
             QStringLiteral("inbox-dark.png"));
    QCOMPARE(screenshotFileName(QStringLiteral("inbox.png"), QStringLiteral("en_GB"), QString()), QStringLiteral("inbox.png"));
    QCOMPARE(screenshotFileName(QStringLiteral("inbox.png"), QStringLiteral("pt_BR"), QStringLiteral("light")),
             QStringLiteral("inbox-pt_BR.png"));

    bool hasSettingsStep = false;
    for (const ScreenshotStep &step : defaultScreenshotSteps())
        hasSettingsStep = hasSettingsStep || step.fileName == QLatin1String("settings.png");
    QVERIFY(hasSettingsStep);
}

void SettingsDialogTest::screenshots_savesSettingsDialog()
{
    const auto window = openWindow(m_demo.createSession(this));
    QList<ScreenshotStep> steps;
    for (const ScreenshotStep &step : defaultScreenshotSteps()) {
        if (step.fileName == QLatin1String("settings.png"))
            steps.append(step);
    }
    QCOMPARE(steps.size(), 1);

    const QString folder = m_dir.filePath(QStringLiteral("shots"));
    ScreenshotRunner runner(window.get(), folder, steps);
    QSignalSpy finished(&runner, &ScreenshotRunner::finished);
    runner.start();

    QVERIFY(finished.wait(ReplyTimeoutMs));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const QImage image(folder + QStringLiteral("/settings.png"));
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), SettingsDialog::PreferredSize);
    QCOMPARE(window->settingsDialog()->currentPage(), SettingsDialog::Page::LiveUpdates);
}

int main(int argc, char **argv)
{
    if (test::needsPrivateKeyring())
        return test::runInPrivateKeyring(argc, argv);

    QApplication app(argc, argv);
    SettingsDialogTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settings_dialog.moc"
