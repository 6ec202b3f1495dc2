#pragma once

#include "workspace/ConnectionCheck.h"
#include "workspace/Profile.h"
#include "workspace/ProfileStore.h"

#include <QDialog>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPointer>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSettings;
class QStackedWidget;

namespace weav::core {
class ApiClient;
struct ApiResponse;
}

namespace weav::ui {

Q_DECLARE_LOGGING_CATEGORY(lcConnect)

class FieldMessage;
class TokenField;

// Adds, edits, tests, removes and picks the connection profiles, or opens the demo workspace.
// Tokens go to the profile's credential store (the OS keychain), never to the settings. After
// accept(), choice() returns what the person picked.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, Profile, Demo };
    // The place of a message: under one field, or under the whole form.
    enum class Field { Name, BaseUrl, Token, General };

    // settings contains the profiles (core::ProfileStore); the caller owns it.
    explicit ConnectDialog(QSettings *settings, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Loads the saved profile into the form and selects it in the list.
    void selectProfile(const QString &name);
    // Shows a message at a field, e.g. why the stored token was refused.
    void showProblem(Field field, const QString &message);
    // Shows the findings of a connection check under the form.
    void showReport(const core::ConnectionReport &report);

    Choice choice() const { return m_choice; }
    // The saved profile that was picked; valid when choice() is Profile.
    core::Profile chosenProfile() const { return m_chosenProfile; }
    // The token typed for the chosen profile, or empty when the stored token is kept. Returns it
    // once and then clears it.
    QString takeChosenToken();

    QListWidget *profileList() const { return m_profileList; }
    QLineEdit *nameEdit() const { return m_nameEdit; }
    QLineEdit *baseUrlEdit() const { return m_baseUrlEdit; }
    TokenField *tokenEdit() const { return m_tokenEdit; }
    QCheckBox *allowPlainHttpBox() const { return m_allowPlainHttp; }
    QComboBox *teammateBox() const { return m_teammateBox; }
    QPushButton *newButton() const { return m_newButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    QPushButton *testButton() const { return m_testButton; }
    QPushButton *saveButton() const { return m_saveButton; }
    QPushButton *demoButton() const { return m_demoButton; }
    // The open "remove this profile?" question, or nullptr.
    QMessageBox *removeConfirmation() const { return m_removeConfirmation; }

    QString fieldMessage(Field field) const;
    // The headline and the findings of the last connection check, one per line.
    QString findingsText() const;
    bool isBusy() const { return m_busy; }

signals:
    void connectionTested(const weav::core::ConnectionReport &report);
    void profileSaved(const QString &name);
    void profileRemoved(const QString &name);
    // A message appeared at a field (validation, a keychain error, a failed removal).
    void problemShown(weav::ui::ConnectDialog::Field field, const QString &message);

private:
    void buildForm();
    QWidget *buildProfileColumn();
    QWidget *buildFormColumn();
    QWidget *buildFindings();
    void buildButtons();

    void reloadProfileList(const QString &selectName = {});
    void onProfileSelected();
    void startNewProfile();
    void loadIntoForm(const core::Profile &profile);
    core::Profile profileFromForm() const;
    bool plainHttpOptionApplies() const;
    void updatePlainHttpOption();
    void clearMessages();
    FieldMessage *messageAt(Field field) const;
    void showProfileError(const core::ProfileError &error);
    void setBusy(bool busy, const QString &status = {});

    void testConnection();
    void runCheck(const core::Profile &profile, const QString &token);
    void onChecked(const core::ConnectionReport &report);
    void loadTeammates();
    void onTeammatesLoaded(const core::ApiResponse &response);
    void setTeammateChoice(const QString &userId);

    void saveAndConnect();
    void finishSave(const core::Profile &profile, const QString &token);

    void confirmRemoval();
    void removeProfile(const QString &name);

    void openDemo();

    QSettings *m_settings;
    std::optional<core::Profile> m_loadedProfile;

    QListWidget *m_profileList = nullptr;
    QStackedWidget *m_profileStack = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    FieldMessage *m_nameMessage = nullptr;
    QLineEdit *m_baseUrlEdit = nullptr;
    FieldMessage *m_baseUrlMessage = nullptr;
    QCheckBox *m_allowPlainHttp = nullptr;
    TokenField *m_tokenEdit = nullptr;
    FieldMessage *m_tokenMessage = nullptr;
    QComboBox *m_teammateBox = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_findingsIcon = nullptr;
    QLabel *m_findingsHeadline = nullptr;
    QLabel *m_findingsText = nullptr;
    QWidget *m_findings = nullptr;
    FieldMessage *m_generalMessage = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_demoButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPointer<QMessageBox> m_removeConfirmation;

    QPointer<core::ApiClient> m_testClient;
    bool m_busy = false;

    Choice m_choice = Choice::None;
    core::Profile m_chosenProfile;
    QString m_chosenToken;
};

} // namespace weav::ui
