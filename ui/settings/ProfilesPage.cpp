#include "ProfilesPage.h"

#include "ProfileChanges.h"

#include "connect/FieldMessage.h"
#include "shell/HostLabel.h"
#include "shell/ShellIcons.h"
#include "workspace/ProfileStore.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace weav::ui {

ProfilesPage::ProfilesPage(QSettings *settings, const QString &connectedProfile, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_connected(connectedProfile)
{
    setObjectName(QStringLiteral("profilesPage"));

    auto *intro = new QLabel(tr("The saved connections to Weav workspaces. Their tokens are kept in the keychain. "
                                "The current profile is the one Weav Console opens at start."),
                             this);
    intro->setWordWrap(true);

    auto *listLabel = new QLabel(tr("&Saved profiles"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Saved profiles"));
    m_list->setIconSize(QSize(20, 20));
    m_list->setSpacing(2);
    listLabel->setBuddy(m_list);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &ProfilesPage::updateButtons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("profilesStatus"));
    m_status->setWordWrap(true);
    m_error = new FieldMessage(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(listLabel);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addWidget(buildButtons());
    layout->addLayout(row, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_status);

    reload();
}

QWidget *ProfilesPage::buildButtons()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);

    m_connect = new QPushButton(shellIcon(QStringLiteral("workspace")), tr("&Connect…"), column);
    m_connect->setObjectName(QStringLiteral("connectProfile"));
    m_connect->setToolTip(tr("Open the connect dialog to switch workspace, add a profile or change a token"));
    connect(m_connect, &QPushButton::clicked, this, &ProfilesPage::connectRequested);

    m_makeCurrent = new QPushButton(tr("Open at S&tart"), column);
    m_makeCurrent->setObjectName(QStringLiteral("makeCurrentProfile"));
    m_makeCurrent->setToolTip(tr("Make the selected profile the one Weav Console opens at start"));
    connect(m_makeCurrent, &QPushButton::clicked, this, &ProfilesPage::makeSelectedCurrent);

    m_rename = new QPushButton(tr("&Rename…"), column);
    m_rename->setObjectName(QStringLiteral("renameProfile"));
    connect(m_rename, &QPushButton::clicked, this, &ProfilesPage::promptRename);

    m_remove = new QPushButton(tr("Re&move…"), column);
    m_remove->setObjectName(QStringLiteral("removeProfile"));
    connect(m_remove, &QPushButton::clicked, this, &ProfilesPage::confirmRemoval);

    layout->addWidget(m_connect);
    layout->addSpacing(12);
    layout->addWidget(m_makeCurrent);
    layout->addWidget(m_rename);
    layout->addWidget(m_remove);
    layout->addStretch(1);
    return column;
}

void ProfilesPage::reload(const QString &selectName)
{
    const core::ProfileStore store(m_settings);
    const QString current = store.currentProfileName();
    const QString select = selectName.isEmpty() ? current : selectName;

    m_list->clear();
    for (const core::Profile &profile : store.list()) {
        QStringList notes;
        if (profile.name == current)
            notes << tr("opens at start");
        if (profile.name == m_connected)
            notes << tr("connected");
        QString text = tr("%1 — %2").arg(profile.name, hostLabel(profile.baseUrl));
        if (!notes.isEmpty())
            text = tr("%1 (%2)").arg(text, notes.join(tr(", ")));

        auto *item = new QListWidgetItem(shellIcon(profile.name == m_connected ? QStringLiteral("online")
                                                                               : QStringLiteral("workspace")),
                                         text, m_list);
        item->setData(Qt::UserRole, profile.name);
        if (profile.name == current) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        if (profile.name == select)
            m_list->setCurrentItem(item);
    }
    if (m_list->count() == 0) {
        m_status->setText(tr("No profile is saved. Use Connect… to add one."));
    }
    updateButtons();
}

QString ProfilesPage::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(Qt::UserRole).toString() : QString();
}

void ProfilesPage::updateButtons()
{
    const QString name = selectedName();
    const bool selected = !name.isEmpty() && !m_busy;
    const bool inUse = !name.isEmpty() && name == m_connected;
    const QString inUseReason = tr("This window is connected with this profile. Connect to another workspace first.");

    m_connect->setEnabled(!m_busy);
    m_makeCurrent->setEnabled(selected && name != core::ProfileStore(m_settings).currentProfileName());
    m_rename->setEnabled(selected && !inUse);
    m_rename->setToolTip(inUse ? inUseReason : tr("Give the selected profile another name; its token moves with it"));
    m_remove->setEnabled(selected && !inUse);
    m_remove->setToolTip(inUse ? inUseReason : tr("Remove the selected profile and its token from the keychain"));
}

void ProfilesPage::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_status->setText(status);
    updateButtons();
}

void ProfilesPage::showError(const QString &message)
{
    m_error->showMessage(message, FieldMessage::Kind::Error);
}

QString ProfilesPage::statusText() const
{
    return m_status->text();
}

QString ProfilesPage::errorText() const
{
    return m_error->text();
}

void ProfilesPage::makeSelectedCurrent()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    m_error->clear();
    const core::ProfileError failed = core::ProfileStore(m_settings).setCurrentProfile(name);
    if (failed.isError()) {
        showError(failed.message);
        return;
    }
    reload(name);
    m_status->setText(tr("Weav Console opens \"%1\" at the next start.").arg(name));
    emit profilesChanged();
}

void ProfilesPage::promptRename()
{
    const QString name = selectedName();
    if (name.isEmpty() || m_renamePrompt)
        return;

    m_renamePrompt = new QInputDialog(this);
    m_renamePrompt->setObjectName(QStringLiteral("renameProfilePrompt"));
    m_renamePrompt->setWindowTitle(tr("Rename Profile"));
    m_renamePrompt->setLabelText(tr("New name for \"%1\":").arg(name));
    m_renamePrompt->setTextValue(name);
    m_renamePrompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_renamePrompt, &QInputDialog::textValueSelected, this, &ProfilesPage::renameSelected);
    m_renamePrompt->open();
}

void ProfilesPage::renameSelected(const QString &newName)
{
    const QString name = selectedName();
    if (name.isEmpty() || m_busy || name == m_connected)
        return;

    m_error->clear();
    setBusy(true, tr("Moving the token in the keychain…"));
    const QString renamed = newName.trimmed();
    profileChanges::rename(m_settings, name, newName, this, [this, name, renamed](const core::ProfileError &failed) {
        setBusy(false);
        if (failed.isError()) {
            showError(failed.message);
        } else {
            reload(renamed);
            m_status->setText(tr("Renamed \"%1\" to \"%2\".").arg(name, renamed));
        }
        emit profilesChanged();
    });
}

void ProfilesPage::confirmRemoval()
{
    const QString name = selectedName();
    if (name.isEmpty() || m_removeConfirmation)
        return;

    m_removeConfirmation = profileChanges::askRemoval(name, this, [this] { removeSelected(); });
}

void ProfilesPage::removeSelected()
{
    const QString name = selectedName();
    if (name.isEmpty() || m_busy || name == m_connected)
        return;

    m_error->clear();
    setBusy(true, tr("Removing the token from the keychain…"));
    profileChanges::remove(m_settings, name, this, [this, name](const core::ProfileError &failed) {
        setBusy(false);
        if (failed.isError()) {
            showError(failed.message);
        } else {
            reload();
            m_status->setText(tr("Removed the profile \"%1\" and its token.").arg(name));
        }
        emit profilesChanged();
    });
}

} // namespace weav::ui
