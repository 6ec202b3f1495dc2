#include "LiveUpdateSettings.h"

#include "connect/FieldMessage.h"
#include "live/WebhookSecretAccess.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace weav::ui {

namespace {

QString groupOf(const QString &profileName)
{
    // QSettings treats '/' as a group separator, so a '/' in a profile name is replaced.
    QString name = profileName;
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("liveUpdates/%1/").arg(name);
}

int boundedValue(const QSettings &settings, const QString &key, int fallback, int minimum, int maximum)
{
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    return ok && value >= minimum && value <= maximum ? value : fallback;
}

} // namespace

LiveUpdatePreferences LiveUpdatePreferences::load(const QSettings &settings, const QString &profileName)
{
    const QString group = groupOf(profileName);
    LiveUpdatePreferences preferences;
    preferences.pollSeconds = boundedValue(settings, group + QStringLiteral("pollSeconds"), DefaultPollSeconds,
                                           MinPollSeconds, MaxPollSeconds);
    preferences.webhooksEnabled = settings.value(group + QStringLiteral("webhooksEnabled"), false).toBool();
    preferences.webhookPort = boundedValue(settings, group + QStringLiteral("webhookPort"), DefaultWebhookPort, MinWebhookPort, 65535);
    return preferences;
}

void LiveUpdatePreferences::save(QSettings &settings, const QString &profileName) const
{
    const QString group = groupOf(profileName);
    settings.setValue(group + QStringLiteral("pollSeconds"), pollSeconds);
    settings.setValue(group + QStringLiteral("webhooksEnabled"), webhooksEnabled);
    settings.setValue(group + QStringLiteral("webhookPort"), webhookPort);
}

LiveUpdateSettingsPage::LiveUpdateSettingsPage(const core::Profile &profile, bool demo,
                                               const LiveUpdatePreferences &preferences, QWidget *parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_demo(demo)
{
    setObjectName(QStringLiteral("liveUpdateSettings"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildPollingGroup());
    layout->addWidget(buildWebhookGroup());
    layout->addLayout(buildSaveRow());
    layout->addStretch(1);

    m_pollSeconds->setValue(preferences.pollSeconds);
    m_webhooks->setChecked(preferences.webhooksEnabled || m_demo);
    m_port->setValue(preferences.webhookPort);
    updateWebhookFields();
    if (!m_demo)
        readSecretState();
}

QHBoxLayout *LiveUpdateSettingsPage::buildSaveRow()
{
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("liveUpdateStatus"));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveLiveUpdates"));
    m_save->setToolTip(tr("Apply the interval and the receiver now"));
    connect(m_save, &QPushButton::clicked, this, &LiveUpdateSettingsPage::save);
    connect(m_pollSeconds, &QSpinBox::valueChanged, m_status, &QLabel::clear);
    connect(m_webhooks, &QCheckBox::toggled, m_status, &QLabel::clear);

    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_save);
    return row;
}

QWidget *LiveUpdateSettingsPage::buildPollingGroup()
{
    auto *group = new QGroupBox(tr("Polling"), this);
    auto *form = new QFormLayout(group);

    m_pollSeconds = new QSpinBox(group);
    m_pollSeconds->setObjectName(QStringLiteral("pollSeconds"));
    m_pollSeconds->setRange(LiveUpdatePreferences::MinPollSeconds, LiveUpdatePreferences::MaxPollSeconds);
    m_pollSeconds->setSuffix(tr(" s"));
    m_pollSeconds->setAccessibleName(tr("Polling interval in seconds"));
    form->addRow(tr("Ask for changes every"), m_pollSeconds);

    auto *note = new QLabel(tr("From 5 s to 10 min. The inbox asks only while its window is shown, and four times "
                               "less often while the webhook receiver listens."),
                            group);
    note->setWordWrap(true);
    form->addRow(note);
    return group;
}

QWidget *LiveUpdateSettingsPage::buildWebhookGroup()
{
    auto *group = new QGroupBox(tr("Webhooks"), this);
    auto *form = new QFormLayout(group);

    m_webhooks = new QCheckBox(tr("Receive webhook deliveries on this computer"), group);
    m_webhooks->setObjectName(QStringLiteral("webhooksEnabled"));
    connect(m_webhooks, &QCheckBox::toggled, this, &LiveUpdateSettingsPage::updateWebhookFields);
    form->addRow(m_webhooks);

    m_port = new QSpinBox(group);
    m_port->setObjectName(QStringLiteral("webhookPort"));
    m_port->setRange(LiveUpdatePreferences::MinWebhookPort, 65535);
    m_port->setAccessibleName(tr("Port on 127.0.0.1"));
    form->addRow(tr("Port on 127.0.0.1"), m_port);

    m_secret = new QLineEdit(group);
    m_secret->setObjectName(QStringLiteral("webhookSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Webhook secret"));
    m_secret->setMinimumWidth(m_secret->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 48);
    m_secretMessage = new FieldMessage(group);
    auto *secretColumn = new QVBoxLayout;
    secretColumn->setContentsMargins(0, 0, 0, 0);
    secretColumn->addWidget(m_secret);
    secretColumn->addWidget(m_secretMessage);
    form->addRow(tr("Secret"), secretColumn);

    m_receiverState = new QLabel(group);
    m_receiverState->setObjectName(QStringLiteral("receiverState"));
    m_receiverState->setWordWrap(true);
    m_receiverState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Receiver"), m_receiverState);

    if (m_demo) {
        m_webhooks->setEnabled(false);
        m_port->setEnabled(false);
        m_secret->setEnabled(false);
        showSecretMessage(tr("The demo workspace delivers webhooks to this console with a secret kept in "
                                        "memory, so nothing here needs setting."),
                                     FieldMessage::Kind::Hint);
    }
    return group;
}

// Shows a message under the secret field. The message wraps, and a window does not grow with a
// wrapped label by itself, so a page shown as its own window adjusts its size once the layout has
// run. Inside the settings dialog the page scrolls instead.
void LiveUpdateSettingsPage::showSecretMessage(const QString &text, FieldMessage::Kind kind)
{
    m_secretMessage->showMessage(text, kind);
    if (isWindow() && isVisible())
        QMetaObject::invokeMethod(this, &QWidget::adjustSize, Qt::QueuedConnection);
}

void LiveUpdateSettingsPage::setReceiverState(const QString &text)
{
    m_receiverState->setText(text);
}

QString LiveUpdateSettingsPage::secretMessage() const
{
    return m_secretMessage->text();
}

QString LiveUpdateSettingsPage::statusText() const
{
    return m_status->text();
}

LiveUpdatePreferences LiveUpdateSettingsPage::preferences() const
{
    LiveUpdatePreferences preferences;
    preferences.pollSeconds = m_pollSeconds->value();
    preferences.webhooksEnabled = m_webhooks->isChecked();
    preferences.webhookPort = m_port->value();
    return preferences;
}

// Tells whether a secret is stored, without ever putting it into the field.
void LiveUpdateSettingsPage::readSecretState()
{
    m_secret->setPlaceholderText(tr("Checking the keychain…"));
    webhookSecrets::read(m_profile, this, [this](const core::CredentialResult &result) {
        m_secretStored = result.ok && !result.secret.isEmpty();
        m_secret->setPlaceholderText(m_secretStored ? tr("A secret is stored; type a new one to replace it")
                                                    : tr("The secret the webhook sender signs deliveries with"));
        if (!result.ok && result.error.kind != core::CredentialResult::Error::Kind::NotFound)
            showSecretMessage(result.error.message, FieldMessage::Kind::Error);
    });
}

void LiveUpdateSettingsPage::updateWebhookFields()
{
    if (m_demo)
        return;
    const bool enabled = m_webhooks->isChecked();
    m_port->setEnabled(enabled);
    m_secret->setEnabled(enabled);
}

void LiveUpdateSettingsPage::save()
{
    const LiveUpdatePreferences chosen = preferences();
    m_secretMessage->clear();
    m_status->clear();

    if (!m_demo && chosen.webhooksEnabled && !m_secretStored && m_secret->text().isEmpty()) {
        showSecretMessage(tr("Enter the webhook secret: deliveries are accepted only when signed with it."), FieldMessage::Kind::Error);
        m_secret->setFocus();
        return;
    }
    if (!m_demo && !m_secret->text().isEmpty()) {
        storeSecretAndFinish(chosen);
        return;
    }
    finish(chosen);
}

void LiveUpdateSettingsPage::storeSecretAndFinish(const LiveUpdatePreferences &preferences)
{
    m_save->setEnabled(false);
    showSecretMessage(tr("Storing the secret in the keychain…"), FieldMessage::Kind::Hint);
    webhookSecrets::write(m_profile, m_secret->text(), this, [this, preferences](const core::CredentialResult &result) {
        m_save->setEnabled(true);
        if (!result.ok) {
            showSecretMessage(tr("The secret was not stored. %1").arg(result.error.message), FieldMessage::Kind::Error);
            return;
        }
        m_secretStored = true;
        m_secret->clear();
        finish(preferences);
    });
}

void LiveUpdateSettingsPage::finish(const LiveUpdatePreferences &preferences)
{
    emit preferencesSaved(preferences);
    m_status->setText(tr("Saved. The inbox uses the new settings now."));
}

} // namespace weav::ui
