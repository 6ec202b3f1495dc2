#include "ProxySettings.h"

#include "credentials/CredentialStore.h"

#include <QHostAddress>
#include <QNetworkProxyFactory>
#include <QSettings>

#include <algorithm>

namespace weav::net {

Q_LOGGING_CATEGORY(lcProxy, "weav.core.net.proxy")

namespace {

const QString modeKey = QStringLiteral("network/proxyMode");
const QString typeKey = QStringLiteral("network/proxyType");
const QString hostKey = QStringLiteral("network/proxyHost");
const QString portKey = QStringLiteral("network/proxyPort");
const QString userKey = QStringLiteral("network/proxyUser");

ProxySettings::Mode modeFromName(const QString &name)
{
    if (name == QLatin1String("none"))
        return ProxySettings::Mode::None;
    if (name == QLatin1String("manual"))
        return ProxySettings::Mode::Manual;
    return ProxySettings::Mode::System;
}

} // namespace

QString ProxySettings::modeName(Mode mode)
{
    switch (mode) {
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual:
        return QStringLiteral("manual");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

QString ProxySettings::typeName(Type type)
{
    return type == Type::Socks5 ? QStringLiteral("socks5") : QStringLiteral("http");
}

ProxySettings ProxySettings::load(const QSettings &settings)
{
    ProxySettings proxy;
    proxy.mode = modeFromName(settings.value(modeKey).toString());
    proxy.type = settings.value(typeKey).toString() == QLatin1String("socks5") ? Type::Socks5 : Type::Http;
    proxy.host = settings.value(hostKey).toString().trimmed();

    bool ok = false;
    const int port = settings.value(portKey, DefaultPort).toInt(&ok);
    proxy.port = ok && port >= 1 && port <= 65535 ? port : DefaultPort;
    proxy.user = settings.value(userKey).toString();
    return proxy;
}

void ProxySettings::save(QSettings &settings) const
{
    settings.setValue(modeKey, modeName(mode));
    settings.setValue(typeKey, typeName(type));
    settings.setValue(hostKey, host.trimmed());
    settings.setValue(portKey, port);
    settings.setValue(userKey, user);
}

QString ProxySettings::validate() const
{
    if (mode != Mode::Manual)
        return {};
    if (host.trimmed().isEmpty())
        return tr("Enter the proxy host, e.g. proxy.example.com.");
    const QString name = host.trimmed();
    const bool hasSpace = std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isSpace(); });
    if (hasSpace || name.contains(QLatin1Char('/')))
        return tr("The proxy host \"%1\" is invalid: give a host name or an IP address, without a scheme or path.")
            .arg(name);
    // An IPv6 address has colons of its own; any other colon is a port typed into the host.
    if (name.contains(QLatin1Char(':')) && QHostAddress(name).protocol() != QAbstractSocket::IPv6Protocol)
        return tr("The proxy host \"%1\" contains a port: enter the host alone and the port in its own field.").arg(name);
    if (port < 1 || port > 65535)
        return tr("The proxy port %1 is invalid: use a port from 1 to 65535.").arg(port);
    return {};
}

QNetworkProxy ProxySettings::toNetworkProxy(const QString &password) const
{
    switch (mode) {
    case Mode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case Mode::System:
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    case Mode::Manual:
        break;
    }
    const auto proxyType = type == Type::Socks5 ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy;
    return QNetworkProxy(proxyType, host.trimmed(), quint16(port), user, user.isEmpty() ? QString() : password);
}

void ProxySettings::apply(const QString &password) const
{
    // setApplicationProxy() turns the system configuration off, and the system configuration
    // replaces an application proxy, so each mode sets exactly one of them.
    if (mode == Mode::System) {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        qCDebug(lcProxy) << "proxy: the system configuration";
        return;
    }

    QNetworkProxyFactory::setUseSystemConfiguration(false);
    QNetworkProxy::setApplicationProxy(toNetworkProxy(password));
    if (mode == Mode::None)
        qCDebug(lcProxy) << "proxy: none";
    else
        qCInfo(lcProxy).noquote() << "proxy:" << typeName(type) << host.trimmed() << "port" << port
                                  << (user.isEmpty() ? "without authentication" : "with a user name");
}

ProxySettings applyStoredProxy(const QSettings &settings, core::CredentialStore &store)
{
    ProxySettings proxy = ProxySettings::load(settings);
    // The dialog validates before it saves; a hand-edited file may still hold a proxy that cannot work.
    if (const QString problem = proxy.validate(); !problem.isEmpty()) {
        qCWarning(lcProxy).noquote() << "the stored proxy is not used:" << problem;
        proxy.mode = ProxySettings::Mode::System;
    }
    QString password;
    if (proxy.mode == ProxySettings::Mode::Manual && !proxy.user.isEmpty()) {
        const core::CredentialResult result = store.readAndWait(ProxySettings::passwordKey());
        if (result.ok)
            password = result.secret;
        else if (result.error.kind != core::CredentialResult::Error::Kind::NotFound)
            qCWarning(lcProxy).noquote() << "the proxy password could not be read:" << result.error.message;
    }
    proxy.apply(password);
    return proxy;
}

} // namespace weav::net
