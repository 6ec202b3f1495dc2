// ProfileStore over a QSettings on a temporary ini file, with tokens in the memory and file stores.
// Not covered yet: the native settings format (the tests use ini files only) and two processes
// saving profiles at the same time.

#include "credentials/FileCredentialStore.h"
#include "credentials/MemoryCredentialStore.h"
#include "workspace/CredentialKeys.h"
#include "workspace/ProfileStore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace weav::core;
using Field = ProfileError::Field;

namespace {

Profile profileNamed(const QString &name, const QString &baseUrl = QStringLiteral("https://api.weav.com"))
{
    Profile profile;
    profile.name = name;
    profile.baseUrl = QUrl(baseUrl);
    return profile;
}

QString throwawayToken()
{
    return QStringLiteral("weav_") + QString::number(QRandomGenerator::global()->generate64(), 36)
           + QString::number(QRandomGenerator::global()->generate64(), 36);
}

} // namespace

namespace QTest {

template<>
char *toString(const Field &field)
{
    switch (field) {
    case Field::None:
        return qstrdup("None");
    case Field::Name:
        return qstrdup("Name");
    case Field::BaseUrl:
        return qstrdup("BaseUrl");
    case Field::CredentialStore:
        return qstrdup("CredentialStore");
    case Field::Settings:
        return qstrdup("Settings");
    }
    return qstrdup("unknown field");
}

} // namespace QTest

class ProfilesTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_iniPath = m_dir->filePath(QStringLiteral("weav-console.ini"));
        m_settings = std::make_unique<QSettings>(m_iniPath, QSettings::IniFormat);
        m_store = std::make_unique<ProfileStore>(m_settings.get());
    }

    void cleanup()
    {
        m_store.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void saveFindListRemove()
    {
        Profile work = profileNamed(QStringLiteral("work"));
        work.teammateId = QStringLiteral("6f0c2a7e-3d5b-4e11-9a0c-1b2c3d4e5f60");
        const Profile local = profileNamed(QStringLiteral("local"), QStringLiteral("http://127.0.0.1:8080"));

        QVERIFY(!m_store->save(work).isError());
        QVERIFY(!m_store->save(local).isError());

        const auto found = m_store->find(QStringLiteral("work"));
        QVERIFY(found.has_value());
        QCOMPARE(found->name, QStringLiteral("work"));
        QCOMPARE(found->baseUrl, QUrl(QStringLiteral("https://api.weav.com")));
        QCOMPARE(found->allowPlainHttp, false);
        QCOMPARE(found->teammateId, work.teammateId);
        QCOMPARE(found->credentialStore, QStringLiteral("keychain"));

        const QList<Profile> profiles = m_store->list();
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(0).name, QStringLiteral("local"));
        QCOMPARE(profiles.at(1).name, QStringLiteral("work"));

        QVERIFY(!m_store->remove(QStringLiteral("work")).isError());
        QVERIFY(!m_store->find(QStringLiteral("work")).has_value());
        QCOMPARE(m_store->list().size(), 1);
    }

    void saveReplacesSameName()
    {
        QVERIFY(!m_store->save(profileNamed(QStringLiteral("work"))).isError());
        Profile changed = profileNamed(QStringLiteral("work"), QStringLiteral("https://eu.api.weav.com"));
        changed.credentialStore = QStringLiteral("file");

        QVERIFY(!m_store->save(changed).isError());

        QCOMPARE(m_store->list().size(), 1);
        QCOMPARE(m_store->find(QStringLiteral("work"))->baseUrl, QUrl(QStringLiteral("https://eu.api.weav.com")));
        QCOMPARE(m_store->find(QStringLiteral("work"))->credentialStore, QStringLiteral("file"));
    }

    void namesWithSpacesAndAccents()
    {
        const QString name = QStringLiteral("Acme Support (Zürich) #2");

        QVERIFY(!m_store->save(profileNamed(name)).isError());

        QSettings reopened(m_iniPath, QSettings::IniFormat);
        ProfileStore store(&reopened);
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.list().at(0).name, name);
        QVERIFY(store.find(name).has_value());
    }

    void profilesSurviveReopen()
    {
        Profile profile = profileNamed(QStringLiteral("staging"), QStringLiteral("http://staging.internal:8080"));
        profile.allowPlainHttp = true;
        QVERIFY(!m_store->save(profile).isError());
        QVERIFY(!m_store->setCurrentProfile(QStringLiteral("staging")).isError());
        m_settings.reset();

        QSettings reopened(m_iniPath, QSettings::IniFormat);
        ProfileStore store(&reopened);

        QCOMPARE(store.find(QStringLiteral("staging")), std::optional<Profile>(profile));
        QCOMPARE(store.currentProfileName(), QStringLiteral("staging"));
    }

    void findMissingReturnsNothing()
    {
        QVERIFY(!m_store->find(QStringLiteral("missing")).has_value());
        QVERIFY(!m_store->find(QString()).has_value());
        QVERIFY(!m_store->find(QStringLiteral("a/b")).has_value());
    }

    void nameEmptyRejected()
    {
        const ProfileError error = m_store->save(profileNamed(QStringLiteral("   ")));

        QCOMPARE(error.field, Field::Name);
        QCOMPARE(error.message, QStringLiteral("Enter a name for the profile."));
        QVERIFY(m_store->list().isEmpty());
    }

    void nameLengthLimit()
    {
        QVERIFY(!m_store->save(profileNamed(QString(64, QLatin1Char('a')))).isError());

        const ProfileError error = m_store->save(profileNamed(QString(65, QLatin1Char('b'))));
        QCOMPARE(error.field, Field::Name);
        QCOMPARE(error.message, QStringLiteral("The profile name is 65 characters long; use at most 64."));
        QCOMPARE(m_store->list().size(), 1);
    }

    void nameWithSlashRejected()
    {
        const ProfileError slash = m_store->save(profileNamed(QStringLiteral("acme/eu")));
        QCOMPARE(slash.field, Field::Name);
        QCOMPARE(slash.message, QStringLiteral("A profile name cannot contain / or \\."));

        QCOMPARE(m_store->save(profileNamed(QStringLiteral("acme\\eu"))).field, Field::Name);
        QVERIFY(m_store->list().isEmpty());
    }

    void nameTrimmed()
    {
        QVERIFY(!m_store->save(profileNamed(QStringLiteral("  work  "))).isError());

        QVERIFY(m_store->find(QStringLiteral("work")).has_value());
    }

    void baseUrlMissingRejected()
    {
        const ProfileError error = m_store->save(profileNamed(QStringLiteral("work"), QString()));

        QCOMPARE(error.field, Field::BaseUrl);
        QCOMPARE(error.message, QStringLiteral("Enter the workspace base URL, for example https://api.weav.com."));
    }

    void baseUrlSchemeRejected()
    {
        const ProfileError ftp = m_store->save(profileNamed(QStringLiteral("work"), QStringLiteral("ftp://api.weav.com")));
        QCOMPARE(ftp.field, Field::BaseUrl);
        QCOMPARE(ftp.message,
                 QStringLiteral("The base URL ftp://api.weav.com must start with https:// (or http:// for a trusted network)."));

        const ProfileError bare = m_store->save(profileNamed(QStringLiteral("work"), QStringLiteral("api.weav.com")));
        QCOMPARE(bare.field, Field::BaseUrl);
        QVERIFY(m_store->list().isEmpty());
    }

    void baseUrlWithoutHostRejected()
    {
        const ProfileError error = m_store->save(profileNamed(QStringLiteral("work"), QStringLiteral("https:///v1")));

        QCOMPARE(error.field, Field::BaseUrl);
        QVERIFY2(error.message.endsWith(QStringLiteral("has no host name.")), qPrintable(error.message));
    }

    void baseUrlWithCredentialsRejected()
    {
        const QString password = throwawayToken();
        const ProfileError error = m_store->save(
            profileNamed(QStringLiteral("work"), QStringLiteral("https://admin:") + password + QStringLiteral("@api.weav.com")));

        QCOMPARE(error.field, Field::BaseUrl);
        QVERIFY(error.message.startsWith(QStringLiteral("Remove the user name and password from the base URL https://api.weav.com.")));
        QVERIFY(!error.message.contains(password));
        QVERIFY(!error.message.contains(QStringLiteral("admin")));
    }

    void baseUrlWithQueryRejected()
    {
        const QString token = throwawayToken();
        const ProfileError error = m_store->save(
            profileNamed(QStringLiteral("work"), QStringLiteral("https://api.weav.com/v1?token=") + token));

        QCOMPARE(error.field, Field::BaseUrl);
        QCOMPARE(error.message, QStringLiteral("Remove the part after ? or # from the base URL https://api.weav.com."));
        QVERIFY(!error.message.contains(token));
    }

    void plainHttpRemoteRejected()
    {
        const ProfileError error = m_store->save(profileNamed(QStringLiteral("work"), QStringLiteral("http://api.weav.com")));

        QCOMPARE(error.field, Field::BaseUrl);
        QCOMPARE(error.message, QStringLiteral("Plain http:// to api.weav.com would send the token unencrypted. Use "
                                               "https://, or allow plain http for this profile."));
        QVERIFY(m_store->list().isEmpty());
    }

    void plainHttpRemoteAllowedWithFlag()
    {
        Profile profile = profileNamed(QStringLiteral("work"), QStringLiteral("http://support.internal:8080/v1"));
        profile.allowPlainHttp = true;

        QVERIFY(!m_store->save(profile).isError());

        const auto saved = m_store->find(QStringLiteral("work"));
        QVERIFY(saved.has_value());
        QCOMPARE(saved->allowPlainHttp, true);
        QCOMPARE(saved->baseUrl, QUrl(QStringLiteral("http://support.internal:8080")));
    }

    void plainHttpLoopbackAllowed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("ipv4") << QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("ipv6") << QStringLiteral("http://[::1]:8080");
        QTest::newRow("localhost") << QStringLiteral("http://localhost:8080/v1");
    }

    void plainHttpLoopbackAllowed()
    {
        QFETCH(QString, url);

        const ProfileError error = m_store->save(profileNamed(QStringLiteral("local"), url));

        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(m_store->find(QStringLiteral("local"))->allowPlainHttp, false);
    }

    void credentialStoreUnknownRejected()
    {
        Profile profile = profileNamed(QStringLiteral("work"));
        profile.credentialStore = QStringLiteral("memory");

        const ProfileError error = m_store->save(profile);

        QCOMPARE(error.field, Field::CredentialStore);
        QCOMPARE(error.message, QStringLiteral("The credential store \"memory\" is unknown; choose keychain or file."));
    }

    void baseUrlNormalised_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("v1 and slash") << QStringLiteral("https://api.weav.com/v1/") << QStringLiteral("https://api.weav.com");
        QTest::newRow("v1") << QStringLiteral("https://api.weav.com/v1") << QStringLiteral("https://api.weav.com");
        QTest::newRow("slash") << QStringLiteral("https://api.weav.com/") << QStringLiteral("https://api.weav.com");
        QTest::newRow("bare") << QStringLiteral("https://api.weav.com") << QStringLiteral("https://api.weav.com");
        QTest::newRow("port") << QStringLiteral("https://api.weav.com:8443/v1/") << QStringLiteral("https://api.weav.com:8443");
        QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:5080/v1") << QStringLiteral("http://127.0.0.1:5080");
        QTest::newRow("path prefix") << QStringLiteral("https://gateway.example.com/weav/v1/") << QStringLiteral("https://gateway.example.com/weav");
        QTest::newRow("v1 as a word") << QStringLiteral("https://api.weav.com/v10") << QStringLiteral("https://api.weav.com/v10");
        QTest::newRow("upper case host") << QStringLiteral("HTTPS://API.Weav.com/V1") << QStringLiteral("https://api.weav.com");
    }

    void baseUrlNormalised()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);

        QCOMPARE(ProfileStore::normalizedBaseUrl(QUrl(input)).toString(), expected);
    }

    void savedBaseUrlNormalised()
    {
        QVERIFY(!m_store->save(profileNamed(QStringLiteral("work"), QStringLiteral("https://api.weav.com/v1/"))).isError());

        QCOMPARE(m_store->find(QStringLiteral("work"))->baseUrl.toString(), QStringLiteral("https://api.weav.com"));
    }

    void currentProfile()
    {
        QVERIFY(!m_store->save(profileNamed(QStringLiteral("work"))).isError());
        QVERIFY(!m_store->save(profileNamed(QStringLiteral("staging"))).isError());
        QVERIFY(m_store->currentProfileName().isEmpty());
        QVERIFY(!m_store->currentProfile().has_value());

        QVERIFY(!m_store->setCurrentProfile(QStringLiteral("staging")).isError());
        QCOMPARE(m_store->currentProfileName(), QStringLiteral("staging"));
        QCOMPARE(m_store->currentProfile()->name, QStringLiteral("staging"));

        const ProfileError missing = m_store->setCurrentProfile(QStringLiteral("missing"));
        QCOMPARE(missing.field, Field::Name);
        QCOMPARE(missing.message, QStringLiteral("There is no profile named \"missing\"."));
        QCOMPARE(m_store->currentProfileName(), QStringLiteral("staging"));

        QVERIFY(!m_store->remove(QStringLiteral("work")).isError());
        QCOMPARE(m_store->currentProfileName(), QStringLiteral("staging"));

        QVERIFY(!m_store->remove(QStringLiteral("staging")).isError());
        QVERIFY(m_store->currentProfileName().isEmpty());
        QVERIFY(!m_store->currentProfile().has_value());
    }

    void unwritableSettingsReported()
    {
        QFile blocker(m_dir->filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QSettings settings(blocker.fileName() + QStringLiteral("/weav-console.ini"), QSettings::IniFormat);
        ProfileStore store(&settings);

        const ProfileError error = store.save(profileNamed(QStringLiteral("work")));

        QCOMPARE(error.field, Field::Settings);
        QVERIFY2(error.message.contains(settings.fileName()), qPrintable(error.message));
    }

    void credentialKeyOfProfile()
    {
        QCOMPARE(credentialKey(QStringLiteral("work")), QStringLiteral("profile/work"));
    }

    void iniHoldsNoToken()
    {
        MemoryCredentialStore keychainStandIn;
        FileCredentialStore fileStore(m_dir->filePath(QStringLiteral("credentials.json")));
        const QString workToken = throwawayToken();
        const QString stagingToken = throwawayToken();

        Profile work = profileNamed(QStringLiteral("work"), QStringLiteral("https://api.weav.com/v1/"));
        work.teammateId = QStringLiteral("6f0c2a7e-3d5b-4e11-9a0c-1b2c3d4e5f60");
        Profile staging = profileNamed(QStringLiteral("staging"), QStringLiteral("http://127.0.0.1:5080"));
        staging.credentialStore = QStringLiteral("file");
        QVERIFY(!m_store->save(work).isError());
        QVERIFY(!m_store->save(staging).isError());
        QVERIFY(!m_store->setCurrentProfile(QStringLiteral("work")).isError());
        QVERIFY(keychainStandIn.writeAndWait(credentialKey(work.name), workToken).ok);
        QVERIFY(fileStore.writeAndWait(credentialKey(staging.name), stagingToken).ok);

        for (const Profile &profile : m_store->list()) {
            CredentialStore &store = profile.credentialStore == QLatin1String("file")
                                         ? static_cast<CredentialStore &>(fileStore)
                                         : static_cast<CredentialStore &>(keychainStandIn);
            QVERIFY(store.readAndWait(credentialKey(profile.name)).ok);
        }
        m_settings->sync();

        QFile ini(m_iniPath);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QString contents = QString::fromUtf8(ini.readAll());
        QVERIFY(contents.contains(QStringLiteral("baseUrl=https://api.weav.com")));
        QVERIFY(!contents.contains(workToken));
        QVERIFY(!contents.contains(stagingToken));
        QVERIFY(!contents.contains(QStringLiteral("weav_")));
        QVERIFY(!contents.contains(QRegularExpression(QStringLiteral("token|secret|password|bearer"),
                                                      QRegularExpression::CaseInsensitiveOption)));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_iniPath;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
};

QTEST_GUILESS_MAIN(ProfilesTest)
#include "tst_profiles.moc"
