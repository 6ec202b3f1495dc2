#include "ProfileCommands.h"

#include "WorkspaceConnection.h"
#include "credentials/FileCredentialStore.h"
#include "workspace/CredentialKeys.h"
#include "workspace/ProfileStore.h"

#include <QFile>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace weav::core::cli {

namespace {

class Profiles
{
    Q_DECLARE_TR_FUNCTIONS(weavctl)

public:
    static QString storeDescription(const Profile &profile, const QProcessEnvironment &env);
    static std::optional<QString> readToken(CommandContext &context);
};

QString Profiles::storeDescription(const Profile &profile, const QProcessEnvironment &env)
{
    if (profile.credentialStore != QLatin1String("file"))
        return tr("the keychain");

    const QString path = env.value(CredentialsFileVariable);
    return tr("the file %1").arg(path.isEmpty() ? FileCredentialStore::defaultPath() : path);
}

// Turns off the terminal's echo while it lives, so that a token typed at a prompt stays hidden.
class EchoOff
{
public:
    EchoOff()
    {
        m_active = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (!m_active)
            return;
        termios silent = m_saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    bool isActive() const { return m_active; }

private:
    termios m_saved{};
    bool m_active = false;
};

// The first line of the context's input, or of the process's standard input.
std::optional<QString> Profiles::readToken(CommandContext &context)
{
    QByteArray line;
    if (context.input) {
        line = context.input->readLine();
    } else {
        const EchoOff echoOff;
        if (echoOff.isActive()) {
            context.err << tr("API token (not shown): ");
            context.err.flush();
        }
        QFile standardInput;
        if (standardInput.open(stdin, QIODevice::ReadOnly))
            line = standardInput.readLine();
        if (echoOff.isActive())
            context.err << '\n';
    }

    const QString token = QString::fromUtf8(line).trimmed();
    if (token.isEmpty())
        return std::nullopt;
    return token;
}

int saveToken(CommandContext &context, const Profile &profile, const QString &token)
{
    const auto store = credentialStoreFor(profile, context.env);
    const CredentialResult written = store->writeAndWait(credentialKey(profile.name), token);
    if (written.ok)
        return Success;
    return context.fail(LocalFailure, Profiles::tr("The token was not stored, so the profile \"%1\" was not saved: %2")
                                          .arg(profile.name, written.error.message));
}

QJsonObject profileObject(const Profile &profile, bool current)
{
    return {{QStringLiteral("name"), profile.name},
            {QStringLiteral("base_url"), profile.baseUrl.toString()},
            {QStringLiteral("allow_plain_http"), profile.allowPlainHttp},
            {QStringLiteral("credential_store"), profile.credentialStore},
            {QStringLiteral("current"), current}};
}

ResourceColumns profileColumns()
{
    ResourceColumns columns;
    columns.headers = {QStringLiteral("name"), QStringLiteral("base_url"), QStringLiteral("allow_plain_http"),
                       QStringLiteral("credential_store"), QStringLiteral("current")};
    columns.cells = [](const QJsonObject &object, ParseIssues *) {
        QVariantList cells;
        for (const QString &key : {QStringLiteral("name"), QStringLiteral("base_url"), QStringLiteral("allow_plain_http"),
                                   QStringLiteral("credential_store"), QStringLiteral("current")})
            cells.append(object.value(key).toVariant());
        return cells;
    };
    return columns;
}

} // namespace

QList<OptionSpec> profilesAddOptions()
{
    return {{QStringLiteral("allow-plain-http"), false},
            {QStringLiteral("token-stdin"), false},
            {QStringLiteral("file-store"), false}};
}

int runProfilesAdd(CommandContext &context)
{
    const QString name = context.word(2);
    if (name.isEmpty())
        return context.usage(Profiles::tr("profiles add needs a profile name."));
    if (!context.line.isSet(QStringLiteral("base-url")))
        return context.usage(Profiles::tr("profiles add needs --base-url, for example https://api.weav.com."));

    Profile profile;
    profile.name = name;
    profile.baseUrl = QUrl(context.line.value(QStringLiteral("base-url")).trimmed(), QUrl::StrictMode);
    profile.allowPlainHttp = context.line.isSet(QStringLiteral("allow-plain-http"));
    profile.credentialStore = context.line.isSet(QStringLiteral("file-store")) ? QStringLiteral("file") : QStringLiteral("keychain");
    profile = ProfileStore::normalized(profile);

    const ProfileError invalid = ProfileStore::validate(profile);
    if (invalid.isError())
        return context.fail(Usage, invalid.message);

    if (context.line.isSet(QStringLiteral("token-stdin"))) {
        const auto token = Profiles::readToken(context);
        if (!token)
            return context.usage(Profiles::tr("No token came on standard input; pipe it in, for example "
                                              "weavctl profiles add %1 --base-url URL --token-stdin < token.txt.")
                                     .arg(profile.name));
        const int stored = saveToken(context, profile, *token);
        if (stored != Success)
            return stored;
    }

    ProfileStore profiles(context.settings);
    const ProfileError saveError = profiles.save(profile);
    if (saveError.isError())
        return context.fail(LocalFailure, saveError.message);
    if (profiles.currentProfileName().isEmpty())
        profiles.setCurrentProfile(profile.name);

    context.out << Profiles::tr("Saved the profile \"%1\" for %2.").arg(profile.name, profile.baseUrl.toString()) << '\n';
    if (context.line.isSet(QStringLiteral("token-stdin")))
        context.out << Profiles::tr("Its token is stored in %1.").arg(Profiles::storeDescription(profile, context.env)) << '\n';
    else
        context.out << Profiles::tr("No token was given; add one with --token-stdin, or set %1.").arg(TokenVariable) << '\n';
    if (profiles.currentProfileName() == profile.name)
        context.out << Profiles::tr("It is the current profile, used when no --profile or --base-url is given.") << '\n';
    return Success;
}

int runProfilesList(CommandContext &context)
{
    const ProfileStore profiles(context.settings);
    const QString current = profiles.currentProfileName();

    QJsonArray items;
    const QList<Profile> all = profiles.list();
    for (const Profile &profile : all)
        items.append(profileObject(profile, profile.name == current));

    printItems(items, profileColumns(), context.format, context.out, nullptr);
    return Success;
}

int runProfilesRemove(CommandContext &context)
{
    const QString name = context.word(2);
    if (name.isEmpty())
        return context.usage(Profiles::tr("profiles remove needs a profile name."));

    ProfileStore profiles(context.settings);
    const auto profile = profiles.find(name);
    if (!profile)
        return context.fail(NotFound, Profiles::tr("There is no profile named \"%1\"; weavctl profiles list shows the profiles.").arg(name));

    const auto store = credentialStoreFor(*profile, context.env);
    const CredentialResult removed = store->removeAndWait(credentialKey(profile->name));
    if (!removed.ok)
        context.note(Profiles::tr("The token of the profile \"%1\" was not removed from %2: %3")
                         .arg(profile->name, Profiles::storeDescription(*profile, context.env), removed.error.message));

    const ProfileError removeError = profiles.remove(profile->name);
    if (removeError.isError())
        return context.fail(LocalFailure, removeError.message);

    context.out << Profiles::tr("Removed the profile \"%1\".").arg(profile->name) << '\n';
    return Success;
}

} // namespace weav::core::cli
