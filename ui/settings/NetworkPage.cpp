#include "NetworkPage.h"

#include "connect/FieldMessage.h"
#include "credentials/KeychainCredentialStore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace weav::ui {

using Mode = net::ProxySettings::Mode;

NetworkPage::NetworkPage(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_store(std::make_unique<core::KeychainCredentialStore>())
{
    setObjectName(QStringLiteral("networkPage"));

    auto *proxyGroup = new QGroupBox(tr("Proxy"), this);
    m_system = new QRadioButton(tr("Use the &system's proxy settings"), proxyGroup);
    m_system->setObjectName(QStringLiteral("proxySystem"));
    m_none = new QRadioButton(tr("&No proxy"), proxyGroup);
    m_none->setObjectName(QStringLiteral("proxyNone"));
    m_manual = new QRadioButton(tr("&Manual proxy:"), proxyGroup);
    m_manual->setObjectName(QStringLiteral("proxyManual"));
    m_modes = new QButtonGroup(this);
    m_modes->addButton(m_system, int(Mode::System));
    m_modes->addButton(m_none, int(Mode::None));
    m_modes->addButton(m_manual, int(Mode::Manual));
    connect(m_modes, &QButtonGroup::idToggled, this, &NetworkPage::updateManualFields);

    auto *groupLayout = new QVBoxLayout(proxyGroup);
    groupLayout->addWidget(m_system);
    groupLayout->addWidget(m_none);
    groupLayout->addWidget(m_manual);
    groupLayout->addWidget(buildManualGroup());

    auto *note = new QLabel(tr("The proxy applies to new connections at once; connections that are open keep "
                               "theirs. Connections to this computer (the demo workspace) never use a proxy."),
                            this);
    note->setWordWrap(true);

    m_error = new FieldMessage(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("networkStatus"));
    m_status->setWordWrap(true);
    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setObjectName(QStringLiteral("applyProxy"));
    connect(m_apply, &QPushButton::clicked, this, &NetworkPage::apply);
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_status, 1);
    applyRow->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(proxyGroup);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addLayout(applyRow);
    layout->addStretch(1);

    loadFields(net::ProxySettings::load(*m_settings));
}

NetworkPage::~NetworkPage() = default;

QWidget *NetworkPage::buildManualGroup()
{
    m_manualGroup = new QWidget(this);
    auto *form = new QFormLayout(m_manualGroup);
    form->setContentsMargins(24, 0, 0, 0);

    m_type = new QComboBox(m_manualGroup);
    m_type->setObjectName(QStringLiteral("proxyType"));
    m_type->setAccessibleName(tr("Proxy type"));
    m_type->addItem(tr("HTTP"), int(net::ProxySettings::Type::Http));
    m_type->addItem(tr("SOCKS5"), int(net::ProxySettings::Type::Socks5));
    form->addRow(tr("&Type"), m_type);

    m_host = new QLineEdit(m_manualGroup);
    m_host->setObjectName(QStringLiteral("proxyHost"));
    m_host->setAccessibleName(tr("Proxy host"));
    m_host->setPlaceholderText(tr("proxy.example.com"));
    m_port = new QSpinBox(m_manualGroup);
    m_port->setObjectName(QStringLiteral("proxyPort"));
    m_port->setAccessibleName(tr("Proxy port"));
    m_port->setRange(1, 65535);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("P&ort"), m_manualGroup);
    portLabel->setBuddy(m_port);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    form->addRow(tr("&Host"), hostRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(hostRow)))
        label->setBuddy(m_host);

    m_user = new QLineEdit(m_manualGroup);
    m_user->setObjectName(QStringLiteral("proxyUser"));
    m_user->setAccessibleName(tr("Proxy user name"));
    m_user->setPlaceholderText(tr("Only when the proxy asks for one"));
    form->addRow(tr("&User name"), m_user);

    m_password = new QLineEdit(m_manualGroup);
    m_password->setObjectName(QStringLiteral("proxyPassword"));
    m_password->setAccessibleName(tr("Proxy password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password"), m_password);
    return m_manualGroup;
}

void NetworkPage::loadFields(const net::ProxySettings &proxy)
{
    m_modes->button(int(proxy.mode))->setChecked(true);
    m_type->setCurrentIndex(m_type->findData(int(proxy.type)));
    m_host->setText(proxy.host);
    m_port->setValue(proxy.port);
    m_user->setText(proxy.user);
    updateManualFields();
    readPasswordState();
}

net::ProxySettings NetworkPage::proxy() const
{
    net::ProxySettings proxy;
    proxy.mode = Mode(m_modes->checkedId());
    proxy.type = net::ProxySettings::Type(m_type->currentData().toInt());
    proxy.host = m_host->text().trimmed();
    proxy.port = m_port->value();
    proxy.user = m_user->text().trimmed();
    return proxy;
}

void NetworkPage::updateManualFields()
{
    m_manualGroup->setEnabled(m_manual->isChecked());
    m_status->clear();
}

// Shows whether a password is stored, without ever putting it into the field.
void NetworkPage::readPasswordState()
{
    m_store->read(net::ProxySettings::passwordKey(), this, [this](const core::CredentialResult &result) {
        m_passwordStored = result.ok && !result.secret.isEmpty();
        m_password->setPlaceholderText(m_passwordStored ? tr("A password is stored; type a new one to replace it")
                                                        : tr("Stored in the keychain, not in the settings"));
    });
}

void NetworkPage::apply()
{
    const net::ProxySettings chosen = proxy();
    m_error->clear();
    m_status->clear();

    if (const QString invalid = chosen.validate(); !invalid.isEmpty()) {
        failApply(invalid);
        m_host->setFocus();
        return;
    }

    const bool manualWithUser = chosen.mode == Mode::Manual && !chosen.user.isEmpty();
    const QString typed = m_password->text();
    m_apply->setEnabled(false);

    if (manualWithUser && !typed.isEmpty()) {
        m_status->setText(tr("Storing the password in the keychain…"));
        m_store->write(net::ProxySettings::passwordKey(), typed, this, [this, chosen, typed](const core::CredentialResult &result) {
            if (!result.ok) {
                failApply(tr("The proxy password was not stored, so the proxy was not changed. %1").arg(result.error.message));
                return;
            }
            m_passwordStored = true;
            m_password->clear();
            finishApply(chosen, typed);
        });
        return;
    }
    if (manualWithUser) {
        m_store->read(net::ProxySettings::passwordKey(), this, [this, chosen](const core::CredentialResult &result) {
            finishApply(chosen, result.ok ? result.secret : QString());
        });
        return;
    }
    // Only a manual proxy with a user name uses a password. Any other choice, No proxy and System
    // included, removes the stored one, so that an unused secret does not stay in the keychain.
    m_store->remove(net::ProxySettings::passwordKey(), this, [this, chosen](const core::CredentialResult &) {
        m_passwordStored = false;
        m_password->clear();
        finishApply(chosen, QString());
    });
}

void NetworkPage::finishApply(const net::ProxySettings &proxy, const QString &password)
{
    proxy.save(*m_settings);
    proxy.apply(password);
    readPasswordState();
    m_apply->setEnabled(true);

    switch (proxy.mode) {
    case Mode::System:
        m_status->setText(tr("New connections use the system's proxy settings."));
        break;
    case Mode::None:
        m_status->setText(tr("New connections use no proxy."));
        break;
    case Mode::Manual:
        m_status->setText(tr("New connections go through %1:%2.").arg(proxy.host).arg(proxy.port));
        break;
    }
    emit applied(proxy);
}

void NetworkPage::failApply(const QString &message)
{
    m_apply->setEnabled(true);
    m_status->clear();
    m_error->showMessage(message);
}

QString NetworkPage::statusText() const
{
    return m_status->text();
}

QString NetworkPage::errorText() const
{
    return m_error->text();
}

} // namespace weav::ui
