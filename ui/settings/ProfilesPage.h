#pragma once

#include <QInputDialog>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QSettings;

namespace weav::ui {

class FieldMessage;

// The Profiles page of the settings dialog: the saved connection profiles, which one is current
// (the one weav-console opens without --profile), and which one this window is connected with.
// Rename and Remove keep the token in the profile's credential store in step. The connected
// profile cannot be renamed or removed while it is in use. Connect… opens the connect dialog.
class ProfilesPage : public QWidget
{
    Q_OBJECT

public:
    // connectedProfile is the profile of the open session, or empty for the demo workspace.
    ProfilesPage(QSettings *settings, const QString &connectedProfile, QWidget *parent = nullptr);

    // Reads the profiles again and selects name, or the current profile.
    void reload(const QString &selectName = {});

    // The name of the selected profile, or empty.
    QString selectedName() const;
    // Renames the selected profile, without a prompt.
    void renameSelected(const QString &newName);
    // Removes the selected profile and its token, without a confirmation.
    void removeSelected();
    void makeSelectedCurrent();

    QListWidget *profileList() const { return m_list; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *currentButton() const { return m_makeCurrent; }
    // The open "remove this profile?" question, or nullptr.
    QMessageBox *removeConfirmation() const { return m_removeConfirmation; }
    // The open name prompt of Rename…, or nullptr.
    QInputDialog *renamePrompt() const { return m_renamePrompt; }
    QString statusText() const;
    QString errorText() const;
    bool isBusy() const { return m_busy; }

signals:
    void connectRequested();
    // A rename, removal or current-profile change finished, successfully or not.
    void profilesChanged();

private:
    QWidget *buildButtons();
    void updateButtons();
    void setBusy(bool busy, const QString &status = {});
    void showError(const QString &message);
    void promptRename();
    void confirmRemoval();

    QSettings *m_settings;
    QString m_connected;
    QListWidget *m_list = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_makeCurrent = nullptr;
    QLabel *m_status = nullptr;
    FieldMessage *m_error = nullptr;
    QPointer<QMessageBox> m_removeConfirmation;
    QPointer<QInputDialog> m_renamePrompt;
    bool m_busy = false;
};

} // namespace weav::ui
