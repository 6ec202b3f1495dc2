#pragma once

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QString>

class QSettings;

namespace weav::core {
class CredentialStore;
}

namespace weav::net {

Q_DECLARE_LOGGING_CATEGORY(lcProxy)

// The network proxy that weav-console and weavctl use for new connections, stored in the settings
// under network/proxy*. The password is not stored there, because it belongs in the OS keychain,
// under passwordKey(), and is used only when a user name is set.
struct ProxySettings
{
    Q_DECLARE_TR_FUNCTIONS(weav::net::ProxySettings)

public:
    enum class Mode { System, None, Manual };
    enum class Type { Http, Socks5 };

    static constexpr int DefaultPort = 8080;

    // System: the platform's proxy configuration. On Debian 12, Qt 6.4 queries libproxy, which reads
    // http_proxy, https_proxy and no_proxy among its sources.
    Mode mode = Mode::System;
    Type type = Type::Http;
    QString host;
    int port = DefaultPort;
    // Empty when the proxy needs no authentication.
    QString user;

    // Reads the stored values. A missing or unknown value reads as its default.
    static ProxySettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    // Returns why a Manual proxy cannot be used (no host, port out of range), or an empty string.
    QString validate() const;
    // Returns the QNetworkProxy of a Manual proxy, NoProxy for None and DefaultProxy for System.
    QNetworkProxy toNetworkProxy(const QString &password) const;
    // Sets the application-wide proxy. Connections that are already open keep their proxy.
    void apply(const QString &password) const;

    // The credential store key of the proxy password.
    static QString passwordKey() { return QStringLiteral("network/proxy-password"); }

    static QString modeName(Mode mode);
    static QString typeName(Type type);

    friend bool operator==(const ProxySettings &, const ProxySettings &) = default;
};

// Loads the stored proxy, reads its password from store when a user name is set, and applies it.
// Blocks on the credential store, so it is meant for start-up and for weavctl. A password that
// cannot be read is logged and the proxy is applied without one. Returns the applied settings.
ProxySettings applyStoredProxy(const QSettings &settings, core::CredentialStore &store);

} // namespace weav::net
