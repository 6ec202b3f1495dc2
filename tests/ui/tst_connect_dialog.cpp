// The connect dialog through its real widgets: validation at the field, "Test connection" against
// the in-process demo workspace, and saving and removing profiles with the real keychain. The
// keychain is gnome-keyring on a D-Bus session; without a session bus the binary runs itself again
// inside a private one.
// Not covered yet: keychain failures (no Secret Service, a locked keyring) shown at the token
// field, the "file" credential store, and the "Reply as" list of a workspace with over 100 teammates.
// Tokens are compared with QVERIFY only, so that no assert prints one.

#include "PrivateKeyring.h"
#include "UiTestSupport.h"

#include "connect/ConnectDialog.h"
#include "connect/TokenField.h"
#include "credentials/KeychainCredentialStore.h"
#include "demo/DemoWorkspace.h"
#include "workspace/CredentialKeys.h"
#include "workspace/ProfileStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace weav;
using namespace weav::ui;
using Field = ConnectDialog::Field;

namespace {

constexpr int CheckTimeoutMs = 20000;

QString uniqueProfileName()
{
    return QStringLiteral("tst-connect-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

void fillForm(ConnectDialog &dialog, const QString &name, const QString &url, const QString &token)
{
    dialog.nameEdit()->setText(name);
    dialog.baseUrlEdit()->setText(url);
    dialog.tokenEdit()->setText(token);
}

} // namespace

class ConnectDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void validation_showsErrorAtNameField();
    void validation_showsErrorAtUrlField_data();
    void validation_showsErrorAtUrlField();
    void validation_rejectsPlainHttpToRemoteHost();
    void validation_requiresTokenForNewProfile();
    void validation_clearsMessageWhenFieldIsEdited();

    void testConnection_readWriteToken();
    void testConnection_readOnlyToken();
    void testConnection_wrongToken();
    void testConnection_offersTeammates();

    void save_storesTokenInKeychainOnly();
    void save_keepsStoredTokenWhenFieldIsEmpty();
    void remove_deletesProfileAndToken();
    void openDemo_setsDemoChoice();

private:
    std::unique_ptr<ConnectDialog> openDialog();
    core::ConnectionReport runTest(ConnectDialog &dialog, const QString &token);
    void saveProfileWithToken(const QString &name, const QString &token);

    QTemporaryDir m_dir;
    DemoWorkspace m_demo;
    std::unique_ptr<QSettings> m_settings;
    QStringList m_keysWritten;
};

void ConnectDialogTest::initTestCase()
{
    QVERIFY(m_dir.isValid());

    DemoOptions options;
    options.conversations = 40;
    options.dataPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(m_demo.startAndWait(options, &error), qPrintable(error));
}

void ConnectDialogTest::init()
{
    const QString path = m_dir.filePath(QStringLiteral("settings-%1.conf").arg(QUuid::createUuid().toString(QUuid::Id128)));
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
}

void ConnectDialogTest::cleanup()
{
    core::KeychainCredentialStore keychain;
    for (const QString &key : std::as_const(m_keysWritten))
        keychain.removeAndWait(key);
    m_keysWritten.clear();
    m_settings.reset();
}

std::unique_ptr<ConnectDialog> ConnectDialogTest::openDialog()
{
    auto dialog = std::make_unique<ConnectDialog>(m_settings.get());
    dialog->show();
    return dialog;
}

core::ConnectionReport ConnectDialogTest::runTest(ConnectDialog &dialog, const QString &token)
{
    fillForm(dialog, QStringLiteral("Demo"), m_demo.baseUrl().toString(), token);
    QSignalSpy tested(&dialog, &ConnectDialog::connectionTested);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    if (!tested.wait(CheckTimeoutMs))
        return {};
    return tested.first().first().value<core::ConnectionReport>();
}

void ConnectDialogTest::saveProfileWithToken(const QString &name, const QString &token)
{
    core::Profile profile;
    profile.name = name;
    profile.baseUrl = m_demo.baseUrl();
    QVERIFY(!core::ProfileStore(m_settings.get()).save(profile).isError());

    m_keysWritten.append(core::credentialKey(name));
    const core::CredentialResult written = core::KeychainCredentialStore().writeAndWait(core::credentialKey(name), token);
    QVERIFY2(written.ok, qPrintable(written.error.message));
}

void ConnectDialogTest::validation_showsErrorAtNameField()
{
    const auto dialog = openDialog();
    fillForm(*dialog, QString(), QStringLiteral("https://api.weav.com"), QStringLiteral("some-token"));

    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

    QVERIFY(dialog->fieldMessage(Field::Name).contains(QStringLiteral("Enter a name")));
    QVERIFY(dialog->fieldMessage(Field::BaseUrl).isEmpty());
    QVERIFY(dialog->fieldMessage(Field::Token).isEmpty());
    QVERIFY(dialog->isVisible());
    QVERIFY(core::ProfileStore(m_settings.get()).list().isEmpty());
}

void ConnectDialogTest::validation_showsErrorAtUrlField_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QStringLiteral("Enter the workspace base URL");
    QTest::newRow("other scheme") << QStringLiteral("ftp://api.weav.com") << QStringLiteral("must start with https://");
    QTest::newRow("no host") << QStringLiteral("https://") << QStringLiteral("has no host name");
    QTest::newRow("user info") << QStringLiteral("https://me:secret@api.weav.com") << QStringLiteral("user name and password");
    QTest::newRow("query") << QStringLiteral("https://api.weav.com/?token=x") << QStringLiteral("after ? or #");
}

void ConnectDialogTest::validation_showsErrorAtUrlField()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    const auto dialog = openDialog();
    fillForm(*dialog, QStringLiteral("Acme"), url, QStringLiteral("some-token"));

    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

    QVERIFY2(dialog->fieldMessage(Field::BaseUrl).contains(expected), qPrintable(dialog->fieldMessage(Field::BaseUrl)));
    QVERIFY(dialog->fieldMessage(Field::Name).isEmpty());
    QVERIFY(core::ProfileStore(m_settings.get()).list().isEmpty());
}

void ConnectDialogTest::validation_rejectsPlainHttpToRemoteHost()
{
    const auto dialog = openDialog();
    fillForm(*dialog, QStringLiteral("Acme"), QStringLiteral("http://weav.example.com"), QStringLiteral("some-token"));

    QVERIFY(dialog->allowPlainHttpBox()->isVisible());
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);

    QVERIFY(dialog->fieldMessage(Field::BaseUrl).contains(QStringLiteral("unencrypted")));
    QVERIFY(dialog->findingsText().isEmpty());
    test::saveScreenshot(dialog.get(), QStringLiteral("connect-dialog-plain-http"));

    dialog->baseUrlEdit()->setText(QStringLiteral("http://127.0.0.1:8787"));
    QVERIFY2(!dialog->allowPlainHttpBox()->isVisible(), "plain http to loopback needs no permission");
    dialog->baseUrlEdit()->setText(QStringLiteral("https://weav.example.com"));
    QVERIFY(!dialog->allowPlainHttpBox()->isVisible());
}

void ConnectDialogTest::validation_requiresTokenForNewProfile()
{
    const auto dialog = openDialog();
    fillForm(*dialog, QStringLiteral("Acme"), QStringLiteral("https://api.weav.com"), QStringLiteral("   "));

    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

    QVERIFY(dialog->fieldMessage(Field::Token).contains(QStringLiteral("Enter the API token")));
    QVERIFY(core::ProfileStore(m_settings.get()).list().isEmpty());
}

void ConnectDialogTest::validation_clearsMessageWhenFieldIsEdited()
{
    const auto dialog = openDialog();
    fillForm(*dialog, QString(), QStringLiteral("https://api.weav.com"), QStringLiteral("some-token"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(!dialog->fieldMessage(Field::Name).isEmpty());

    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("A"));

    QVERIFY(dialog->fieldMessage(Field::Name).isEmpty());
    QCOMPARE(dialog->tokenEdit()->text(), QStringLiteral("some-token"));
}

void ConnectDialogTest::testConnection_readWriteToken()
{
    const auto dialog = openDialog();

    const core::ConnectionReport report = runTest(*dialog, m_demo.createToken(QStringLiteral("read,write")));

    QVERIFY(report.reachable);
    QVERIFY(report.authenticated);
    QCOMPARE(report.canWrite, core::ConnectionReport::Ability::Yes);
    const QString text = dialog->findingsText();
    QVERIFY2(text.contains(QStringLiteral("may read and write")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("The server answered in")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(" ms.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("The token is valid for this workspace.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("It can write")), qPrintable(text));
    QVERIFY(dialog->testButton()->isEnabled());

    test::saveScreenshot(dialog.get(), QStringLiteral("connect-dialog-tested"));
}

void ConnectDialogTest::testConnection_readOnlyToken()
{
    const auto dialog = openDialog();

    const core::ConnectionReport report = runTest(*dialog, m_demo.createToken(QStringLiteral("read")));

    QVERIFY(report.isReadOnly());
    const QString text = dialog->findingsText();
    QVERIFY2(text.contains(QStringLiteral("read-only")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("It cannot write")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("It can write")), qPrintable(text));
}

void ConnectDialogTest::testConnection_wrongToken()
{
    const auto dialog = openDialog();

    const core::ConnectionReport report = runTest(*dialog, QStringLiteral("not-a-token-of-this-workspace"));

    QVERIFY(report.reachable);
    QVERIFY(!report.authenticated);
    const QString text = dialog->findingsText();
    QVERIFY2(text.contains(QStringLiteral("the token was not accepted")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Check that it is complete")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("It can write")), qPrintable(text));

    test::saveScreenshot(dialog.get(), QStringLiteral("connect-dialog-wrong-token"));
}

void ConnectDialogTest::testConnection_offersTeammates()
{
    const auto dialog = openDialog();
    QCOMPARE(dialog->teammateBox()->count(), 1);

    QVERIFY(runTest(*dialog, m_demo.createToken()).isUsable());

    QTRY_VERIFY_WITH_TIMEOUT(dialog->teammateBox()->count() > 1, CheckTimeoutMs);
    const int lead = dialog->teammateBox()->findData(m_demo.profile().teammateId);
    QVERIFY2(lead > 0, "the seeded lead is offered as the teammate to reply as");
    dialog->teammateBox()->setCurrentIndex(lead);
    test::saveScreenshot(dialog.get(), QStringLiteral("connect-dialog-teammates"));
}

void ConnectDialogTest::save_storesTokenInKeychainOnly()
{
    const QString name = uniqueProfileName();
    const QString token = m_demo.createToken();
    m_keysWritten.append(core::credentialKey(name));
    const auto dialog = openDialog();
    fillForm(*dialog, name, m_demo.baseUrl().toString(), token);
    QSignalSpy saved(dialog.get(), &ConnectDialog::profileSaved);

    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

    QVERIFY2(saved.wait(CheckTimeoutMs), qPrintable(dialog->fieldMessage(Field::Token)));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->choice(), ConnectDialog::Choice::Profile);
    QCOMPARE(dialog->chosenProfile().name, name);
    QVERIFY(dialog->takeChosenToken() == token);
    QVERIFY2(dialog->takeChosenToken().isEmpty(), "the token is handed over once");

    const core::CredentialResult stored = core::KeychainCredentialStore().readAndWait(core::credentialKey(name));
    QVERIFY2(stored.ok, qPrintable(stored.error.message));
    QVERIFY2(stored.secret == token, "the keychain holds the token that was typed");

    const core::ProfileStore profiles(m_settings.get());
    QVERIFY(profiles.find(name).has_value());
    QCOMPARE(profiles.currentProfileName(), name);

    m_settings->sync();
    QFile settingsFile(m_settings->fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray contents = settingsFile.readAll();
    QVERIFY(contents.contains(name.toUtf8()));
    QVERIFY2(!contents.contains(token.toUtf8()), "the token never reaches the settings file");
}

void ConnectDialogTest::save_keepsStoredTokenWhenFieldIsEmpty()
{
    const QString name = uniqueProfileName();
    const QString token = m_demo.createToken();
    saveProfileWithToken(name, token);
    const auto dialog = openDialog();
    dialog->selectProfile(name);
    QCOMPARE(dialog->nameEdit()->text(), name);
    QVERIFY(dialog->tokenEdit()->text().isEmpty());
    test::saveScreenshot(dialog.get(), QStringLiteral("connect-dialog-profile"));

    // An empty token field tests with the stored token.
    QSignalSpy tested(dialog.get(), &ConnectDialog::connectionTested);
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    QVERIFY(tested.wait(CheckTimeoutMs));
    QVERIFY(tested.first().first().value<core::ConnectionReport>().isUsable());

    QSignalSpy saved(dialog.get(), &ConnectDialog::profileSaved);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(saved.count() == 1 || saved.wait(CheckTimeoutMs));
    QVERIFY2(dialog->takeChosenToken().isEmpty(), "no new token: the stored one stays");

    const core::CredentialResult stored = core::KeychainCredentialStore().readAndWait(core::credentialKey(name));
    QVERIFY(stored.ok);
    QVERIFY(stored.secret == token);
}

void ConnectDialogTest::remove_deletesProfileAndToken()
{
    const QString name = uniqueProfileName();
    saveProfileWithToken(name, m_demo.createToken());
    const auto dialog = openDialog();
    dialog->selectProfile(name);
    QVERIFY(dialog->removeButton()->isEnabled());

    QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog->removeConfirmation() && dialog->removeConfirmation()->isVisible());
    QVERIFY(dialog->removeConfirmation()->text().contains(name));
    QVERIFY(dialog->removeConfirmation()->informativeText().contains(QStringLiteral("keychain")));
    test::saveScreenshot(dialog->removeConfirmation(), QStringLiteral("connect-dialog-remove"));

    QAbstractButton *remove = nullptr;
    for (QAbstractButton *button : dialog->removeConfirmation()->buttons()) {
        if (dialog->removeConfirmation()->buttonRole(button) == QMessageBox::DestructiveRole)
            remove = button;
    }
    QVERIFY(remove);
    QSignalSpy removed(dialog.get(), &ConnectDialog::profileRemoved);
    QTest::mouseClick(remove, Qt::LeftButton);

    QVERIFY(removed.wait(CheckTimeoutMs));
    QVERIFY(!core::ProfileStore(m_settings.get()).find(name).has_value());
    QCOMPARE(dialog->profileList()->count(), 0);
    const core::CredentialResult stored = core::KeychainCredentialStore().readAndWait(core::credentialKey(name));
    QVERIFY(!stored.ok);
    QCOMPARE(stored.error.kind, core::CredentialResult::Error::Kind::NotFound);
}

void ConnectDialogTest::openDemo_setsDemoChoice()
{
    const auto dialog = openDialog();

    QTest::mouseClick(dialog->demoButton(), Qt::LeftButton);

    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->choice(), ConnectDialog::Choice::Demo);
}

int main(int argc, char **argv)
{
    if (test::needsPrivateKeyring())
        return test::runInPrivateKeyring(argc, argv);

    QApplication app(argc, argv);
    ConnectDialogTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_connect_dialog.moc"
