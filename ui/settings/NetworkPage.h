#pragma once

#include "net/ProxySettings.h"

#include <QWidget>

#include <memory>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSettings;
class QSpinBox;

namespace weav::core {
class CredentialStore;
struct CredentialResult;
}

namespace weav::ui {

class FieldMessage;

// The Network page of the settings dialog: the proxy for new connections (system, none, or a
// manual HTTP or SOCKS5 proxy with an optional user name). Apply saves and applies it at once. A
// typed password goes to the keychain under net::ProxySettings::passwordKey(), never to the
// settings; the field is write-only and shows whether a password is stored.
class NetworkPage : public QWidget
{
    Q_OBJECT

public:
    NetworkPage(QSettings *settings, QWidget *parent = nullptr);
    ~NetworkPage() override;

    // The proxy as the fields show it.
    net::ProxySettings proxy() const;
    void apply();

    QRadioButton *systemButton() const { return m_system; }
    QRadioButton *noneButton() const { return m_none; }
    QRadioButton *manualButton() const { return m_manual; }
    QComboBox *typeBox() const { return m_type; }
    QLineEdit *hostField() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QPushButton *applyButton() const { return m_apply; }
    QString statusText() const;
    QString errorText() const;

signals:
    // Apply finished and the proxy is in effect for new connections.
    void applied(const weav::net::ProxySettings &proxy);

private:
    QWidget *buildManualGroup();
    void loadFields(const net::ProxySettings &proxy);
    void updateManualFields();
    void readPasswordState();
    void finishApply(const net::ProxySettings &proxy, const QString &password);
    void failApply(const QString &message);

    QSettings *m_settings;
    std::unique_ptr<core::CredentialStore> m_store;
    bool m_passwordStored = false;
    QButtonGroup *m_modes = nullptr;
    QRadioButton *m_system = nullptr;
    QRadioButton *m_none = nullptr;
    QRadioButton *m_manual = nullptr;
    QWidget *m_manualGroup = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    FieldMessage *m_error = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace weav::ui
