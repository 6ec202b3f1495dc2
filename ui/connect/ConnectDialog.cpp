#include "ConnectDialog.h"

#include "FieldMessage.h"
#include "ProfileTokens.h"
#include "settings/ProfileChanges.h"
#include "TokenField.h"
#include "shell/HostLabel.h"
#include "shell/ShellIcons.h"

#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "types/People.h"
#include "workspace/ProfileStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace weav::ui {

Q_LOGGING_CATEGORY(lcConnect, "weav.ui.connect")

namespace {

// A connection check gives up on a silent server after this long, instead of the client's 30 s.
constexpr int TestTimeoutMs = 15000;
// Teammates offered in "Reply as": one page of GET /v1/users.
constexpr int TeammatePageSize = 100;
constexpr int ProfileColumnWidth = 240;

// A profile name that passes ProfileStore::validate, for checking the address of a form whose
// name is still empty or being edited.
const QString addressCheckName = QStringLiteral("address-check");

QWidget *withMessage(QWidget *field, FieldMessage *message)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(field);
    layout->addWidget(message);
    return box;
}

// Adds a row whose label gives its mnemonic to the field itself, not to the box around the field
// and its message. The field is named explicitly, because Qt takes a name from a buddy label only
// when the label and the field have the same parent.
void addFieldRow(QFormLayout *form, const QString &label, QWidget *box, QWidget *field)
{
    form->addRow(label, box);
    if (auto *caption = qobject_cast<QLabel *>(form->labelForField(box)))
        caption->setBuddy(field);
    field->setAccessibleName(QString(label).remove(QLatin1Char('&')));
}

} // namespace

ConnectDialog::ConnectDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a Weav workspace"));
    setMinimumSize(820, 560);

    buildForm();

    const QString current = core::ProfileStore(m_settings).currentProfileName();
    reloadProfileList(current);
    if (current.isEmpty())
        startNewProfile();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::buildForm()
{
    auto *intro = new QLabel(tr("Enter the base URL of your Weav workspace and an API token created in the Weav "
                                "dashboard. The token is kept in the system keychain, never in a settings file."),
                             this);
    intro->setWordWrap(true);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(18);
    columns->addWidget(buildProfileColumn());
    columns->addWidget(buildFormColumn(), 1);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    buildButtons();
}

QWidget *ConnectDialog::buildProfileColumn()
{
    auto *column = new QWidget(this);
    column->setFixedWidth(ProfileColumnWidth);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *title = new QLabel(tr("Saved profiles"), column);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_profileList = new QListWidget(column);
    m_profileList->setObjectName(QStringLiteral("profileList"));
    m_profileList->setAccessibleName(tr("Saved profiles"));
    m_profileList->setIconSize(QSize(20, 20));
    connect(m_profileList, &QListWidget::itemSelectionChanged, this, &ConnectDialog::onProfileSelected);

    auto *noProfiles = new QLabel(tr("No saved profiles yet.\n\nFill in the form to add one, or open the demo "
                                     "workspace to look around first."),
                                  column);
    noProfiles->setWordWrap(true);
    noProfiles->setAlignment(Qt::AlignCenter);
    noProfiles->setForegroundRole(QPalette::PlaceholderText);
    noProfiles->setContentsMargins(12, 12, 12, 12);
    noProfiles->setAutoFillBackground(true);
    noProfiles->setBackgroundRole(QPalette::Base);
    m_profileStack = new QStackedWidget(column);
    m_profileStack->addWidget(m_profileList);
    m_profileStack->addWidget(noProfiles);

    m_newButton = new QPushButton(tr("New profile"), column);
    m_removeButton = new QPushButton(tr("Remove…"), column);
    m_removeButton->setToolTip(tr("Remove the selected profile and its token from the keychain"));
    connect(m_newButton, &QPushButton::clicked, this, &ConnectDialog::startNewProfile);
    connect(m_removeButton, &QPushButton::clicked, this, &ConnectDialog::confirmRemoval);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_removeButton);

    layout->addWidget(title);
    layout->addWidget(m_profileStack, 1);
    layout->addLayout(buttons);
    return column;
}

QWidget *ConnectDialog::buildFormColumn()
{
    auto *column = new QWidget(this);
    auto *form = new QFormLayout(column);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_nameEdit = new QLineEdit(column);
    m_nameEdit->setObjectName(QStringLiteral("profileName"));
    m_nameEdit->setPlaceholderText(tr("e.g. Acme support"));
    m_nameMessage = new FieldMessage(column);
    addFieldRow(form, tr("&Name"), withMessage(m_nameEdit, m_nameMessage), m_nameEdit);

    m_baseUrlEdit = new QLineEdit(column);
    m_baseUrlEdit->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrlEdit->setPlaceholderText(QStringLiteral("https://api.weav.com"));
    m_baseUrlMessage = new FieldMessage(column);
    m_allowPlainHttp = new QCheckBox(tr("Allow plain http:// to this host (the token travels unencrypted)"), column);
    m_allowPlainHttp->setObjectName(QStringLiteral("allowPlainHttp"));
    auto *urlBox = withMessage(m_baseUrlEdit, m_baseUrlMessage);
    urlBox->layout()->addWidget(m_allowPlainHttp);
    addFieldRow(form, tr("&Base URL"), urlBox, m_baseUrlEdit);

    m_tokenEdit = new TokenField(column);
    m_tokenEdit->setObjectName(QStringLiteral("token"));
    m_tokenMessage = new FieldMessage(column);
    addFieldRow(form, tr("API &token"), withMessage(m_tokenEdit, m_tokenMessage), m_tokenEdit);

    m_teammateBox = new QComboBox(column);
    m_teammateBox->setObjectName(QStringLiteral("teammate"));
    m_teammateBox->setToolTip(tr("The teammate that replies and notes from this console are sent as. The list "
                                 "fills after a successful connection test."));
    form->addRow(tr("&Reply as"), m_teammateBox);

    m_testButton = new QPushButton(tr("Test connection"), column);
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    connect(m_testButton, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch(1);
    form->addRow(QString(), testRow);
    form->addRow(QString(), buildFindings());

    connect(m_nameEdit, &QLineEdit::textEdited, m_nameMessage, &FieldMessage::clear);
    connect(m_baseUrlEdit, &QLineEdit::textEdited, m_baseUrlMessage, &FieldMessage::clear);
    connect(m_baseUrlEdit, &QLineEdit::textChanged, this, &ConnectDialog::updatePlainHttpOption);
    connect(m_allowPlainHttp, &QCheckBox::toggled, m_baseUrlMessage, &FieldMessage::clear);
    connect(m_tokenEdit, &QLineEdit::textEdited, m_tokenMessage, &FieldMessage::clear);
    return column;
}

QWidget *ConnectDialog::buildFindings()
{
    m_findings = new QWidget(this);
    m_findings->setObjectName(QStringLiteral("findings"));

    m_findingsIcon = new QLabel(m_findings);
    m_findingsHeadline = new QLabel(m_findings);
    m_findingsHeadline->setWordWrap(true);
    QFont bold = m_findingsHeadline->font();
    bold.setBold(true);
    m_findingsHeadline->setFont(bold);
    m_findingsText = new QLabel(m_findings);
    m_findingsText->setWordWrap(true);
    m_findingsText->setTextFormat(Qt::PlainText);
    m_findingsText->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(4);
    texts->addWidget(m_findingsHeadline);
    texts->addWidget(m_findingsText);

    auto *layout = new QHBoxLayout(m_findings);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_findingsIcon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    m_findings->hide();
    return m_findings;
}

void ConnectDialog::buildButtons()
{
    m_generalMessage = new FieldMessage(this);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("status"));

    m_demoButton = new QPushButton(tr("Open the demo workspace"), this);
    m_demoButton->setObjectName(QStringLiteral("openDemo"));
    m_demoButton->setToolTip(tr("A sample workspace that runs inside the console, with seeded teammates, AI agents, "
                                "customers and conversations"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_saveButton = new QPushButton(tr("Save and connect"), this);
    m_saveButton->setObjectName(QStringLiteral("saveAndConnect"));
    m_saveButton->setDefault(true);

    connect(m_demoButton, &QPushButton::clicked, this, &ConnectDialog::openDemo);
    connect(m_cancelButton, &QPushButton::clicked, this, &ConnectDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectDialog::saveAndConnect);

    auto *row = new QHBoxLayout;
    row->addWidget(m_demoButton);
    row->addWidget(m_statusLabel, 1);
    row->addWidget(m_cancelButton);
    row->addWidget(m_saveButton);

    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_generalMessage);
    layout->addLayout(row);
}

void ConnectDialog::reloadProfileList(const QString &selectName)
{
    const core::ProfileStore store(m_settings);
    const QString current = store.currentProfileName();

    const QSignalBlocker blocker(m_profileList);
    m_profileList->clear();
    for (const core::Profile &profile : store.list()) {
        const QString label = profile.name == current ? tr("%1 (current)").arg(profile.name) : profile.name;
        auto *item = new QListWidgetItem(shellIcon(QStringLiteral("workspace")), label, m_profileList);
        item->setData(Qt::UserRole, profile.name);
        item->setToolTip(profile.baseUrl.toDisplayString());
        if (profile.name == selectName)
            item->setSelected(true);
    }
    m_removeButton->setEnabled(!m_profileList->selectedItems().isEmpty() && !m_busy);
    m_profileStack->setCurrentIndex(m_profileList->count() > 0 ? 0 : 1);

    if (!selectName.isEmpty()) {
        if (const auto profile = store.find(selectName))
            loadIntoForm(*profile);
    }
}

void ConnectDialog::selectProfile(const QString &name)
{
    reloadProfileList(name);
}

void ConnectDialog::onProfileSelected()
{
    const QList<QListWidgetItem *> selected = m_profileList->selectedItems();
    m_removeButton->setEnabled(!selected.isEmpty() && !m_busy);
    if (selected.isEmpty())
        return;

    const QString name = selected.first()->data(Qt::UserRole).toString();
    if (const auto profile = core::ProfileStore(m_settings).find(name))
        loadIntoForm(*profile);
}

void ConnectDialog::startNewProfile()
{
    {
        const QSignalBlocker blocker(m_profileList);
        m_profileList->clearSelection();
    }
    m_removeButton->setEnabled(false);

    core::Profile blank;
    blank.baseUrl = QUrl(QStringLiteral("https://api.weav.com"));
    loadIntoForm(blank);
    m_loadedProfile.reset();
    m_nameEdit->setFocus();
}

void ConnectDialog::loadIntoForm(const core::Profile &profile)
{
    m_loadedProfile = profile;
    clearMessages();
    m_findings->hide();

    m_nameEdit->setText(profile.name);
    m_baseUrlEdit->setText(profile.baseUrl.toDisplayString());
    m_allowPlainHttp->setChecked(profile.allowPlainHttp);
    m_tokenEdit->clear();
    m_tokenEdit->setRevealed(false);
    m_tokenEdit->setPlaceholderText(profile.name.isEmpty() ? tr("Paste the token from the Weav dashboard")
                                                           : tr("Stored in the keychain; leave empty to keep it"));
    setTeammateChoice(profile.teammateId);
    updatePlainHttpOption();
}

core::Profile ConnectDialog::profileFromForm() const
{
    core::Profile profile;
    if (m_loadedProfile)
        profile = *m_loadedProfile;

    profile.name = m_nameEdit->text();
    profile.baseUrl = QUrl(m_baseUrlEdit->text().trimmed(), QUrl::StrictMode);
    profile.allowPlainHttp = plainHttpOptionApplies() && m_allowPlainHttp->isChecked();
    profile.teammateId = m_teammateBox->currentData().toString();
    return core::ProfileStore::normalized(profile);
}

// The option matters only for http:// to a host other than loopback; elsewhere it stays hidden.
bool ConnectDialog::plainHttpOptionApplies() const
{
    const QUrl url(m_baseUrlEdit->text().trimmed(), QUrl::StrictMode);
    return url.scheme() == QLatin1String("http") && !url.host().isEmpty() && !core::ApiClient::isLoopback(url);
}

void ConnectDialog::updatePlainHttpOption()
{
    m_allowPlainHttp->setVisible(plainHttpOptionApplies());
}

void ConnectDialog::clearMessages()
{
    for (const Field field : {Field::Name, Field::BaseUrl, Field::Token, Field::General})
        messageAt(field)->clear();
    m_statusLabel->clear();
}

FieldMessage *ConnectDialog::messageAt(Field field) const
{
    switch (field) {
    case Field::Name:
        return m_nameMessage;
    case Field::BaseUrl:
        return m_baseUrlMessage;
    case Field::Token:
        return m_tokenMessage;
    case Field::General:
        break;
    }
    return m_generalMessage;
}

QString ConnectDialog::fieldMessage(Field field) const
{
    return messageAt(field)->text();
}

void ConnectDialog::showProblem(Field field, const QString &message)
{
    messageAt(field)->showMessage(message);
    qCInfo(lcConnect).noquote() << "form message:" << message;
    emit problemShown(field, message);
}

void ConnectDialog::showProfileError(const core::ProfileError &error)
{
    using ProfileField = core::ProfileError::Field;

    const QString &message = error.message;
    switch (error.field) {
    case ProfileField::Name:
        showProblem(Field::Name, message);
        m_nameEdit->setFocus();
        return;
    case ProfileField::BaseUrl:
        showProblem(Field::BaseUrl, message);
        m_baseUrlEdit->setFocus();
        return;
    case ProfileField::CredentialStore:
        showProblem(Field::Token, message);
        return;
    case ProfileField::Settings:
    case ProfileField::None:
        break;
    }
    showProblem(Field::General, message);
}

void ConnectDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_statusLabel->setText(status);
    for (QWidget *control : {static_cast<QWidget *>(m_saveButton), static_cast<QWidget *>(m_testButton),
                             static_cast<QWidget *>(m_demoButton), static_cast<QWidget *>(m_newButton),
                             static_cast<QWidget *>(m_profileList)}) {
        control->setEnabled(!busy);
    }
    m_removeButton->setEnabled(!busy && !m_profileList->selectedItems().isEmpty());
}

void ConnectDialog::testConnection()
{
    clearMessages();

    core::Profile candidate = profileFromForm();
    candidate.name = addressCheckName;
    const core::ProfileError invalid = core::ProfileStore::validate(candidate);
    if (invalid.isError()) {
        showProfileError(invalid);
        return;
    }

    const QString typed = m_tokenEdit->token();
    if (!typed.isEmpty()) {
        runCheck(candidate, typed);
        return;
    }

    const bool hasStoredToken = m_loadedProfile && m_loadedProfile->name == m_nameEdit->text().trimmed()
                                && !m_loadedProfile->name.isEmpty();
    if (!hasStoredToken) {
        showProblem(Field::Token, tr("Enter the API token to test. Weav shows a token once, when it is created in "
                                     "the dashboard."));
        m_tokenEdit->setFocus();
        return;
    }

    setBusy(true, tr("Reading the stored token…"));
    profileTokens::read(*m_loadedProfile, this, [this, candidate](const core::CredentialResult &result) {
        setBusy(false);
        if (!result.ok) {
            showProblem(Field::Token, result.error.message);
            return;
        }
        runCheck(candidate, result.secret);
    });
}

void ConnectDialog::runCheck(const core::Profile &profile, const QString &token)
{
    delete m_testClient;
    m_testClient = new core::ApiClient(nullptr, this);
    m_testClient->setBaseUrl(profile.baseUrl);
    m_testClient->setAllowPlainHttp(profile.allowPlainHttp);
    m_testClient->setToken(token);
    m_testClient->setTransferTimeoutMs(TestTimeoutMs);

    auto *check = new core::ConnectionCheck(m_testClient, m_testClient);
    connect(check, &core::ConnectionCheck::finished, this, &ConnectDialog::onChecked);

    setBusy(true, tr("Testing the connection to %1…").arg(hostLabel(profile.baseUrl)));
    m_testButton->setText(tr("Testing…"));
    qCInfo(lcConnect).noquote() << "testing the connection to" << profile.baseUrl.toDisplayString(QUrl::RemoveUserInfo);
    check->start();
}

void ConnectDialog::onChecked(const core::ConnectionReport &report)
{
    setBusy(false);
    m_testButton->setText(tr("Test connection"));
    showReport(report);

    if (report.isUsable())
        loadTeammates();
    emit connectionTested(report);
}

void ConnectDialog::showReport(const core::ConnectionReport &report)
{
    QString icon = QStringLiteral("error");
    QString headline;
    if (!report.reachable) {
        headline = tr("Connection failed: the server could not be reached.");
    } else if (!report.authenticated) {
        headline = tr("Connection failed: the token was not accepted.");
    } else if (report.canRead != core::ConnectionReport::Ability::Yes) {
        headline = tr("Connected, but the token cannot read this workspace.");
    } else if (report.isReadOnly()) {
        icon = QStringLiteral("read-only");
        headline = tr("Connected, read-only: this token cannot change anything.");
    } else {
        icon = QStringLiteral("check");
        headline = tr("Connected: the token may read and write.");
    }

    m_findingsIcon->setPixmap(shellIcon(icon).pixmap(24, 24));
    m_findingsHeadline->setText(headline);
    m_findingsText->setText(report.findings().join(QLatin1Char('\n')));
    m_findings->show();
}

QString ConnectDialog::findingsText() const
{
    if (m_findings->isHidden())
        return {};
    return m_findingsHeadline->text() + QLatin1Char('\n') + m_findingsText->text();
}

// NOTE: only the first page of teammates (100) is offered; a larger workspace needs a search field.
void ConnectDialog::loadTeammates()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QString::number(TeammatePageSize));
    core::ApiCall *call = m_testClient->send(core::ApiRequest::get(core::endpoints::users(), query));
    connect(call, &core::ApiCall::finished, this, &ConnectDialog::onTeammatesLoaded);
}

void ConnectDialog::onTeammatesLoaded(const core::ApiResponse &response)
{
    if (!response.ok()) {
        qCInfo(lcConnect).noquote() << "teammates not loaded:" << response.error.summary();
        return;
    }

    const QString chosen = m_teammateBox->currentData().toString();
    m_teammateBox->clear();
    m_teammateBox->addItem(tr("Not set"), QString());
    const QJsonArray items = response.object().value(QStringLiteral("data")).toArray();
    for (const QJsonValue &item : items) {
        const auto user = core::User::fromJson(item.toObject());
        if (!user)
            continue;
        m_teammateBox->addItem(shellIcon(QStringLiteral("teammate")),
                               tr("%1 <%2>").arg(user->name, user->email), user->id);
    }
    setTeammateChoice(chosen);
}

void ConnectDialog::setTeammateChoice(const QString &userId)
{
    if (m_teammateBox->count() == 0)
        m_teammateBox->addItem(tr("Not set"), QString());

    int index = m_teammateBox->findData(userId);
    if (index < 0) {
        m_teammateBox->addItem(shellIcon(QStringLiteral("teammate")), tr("Saved teammate %1").arg(userId), userId);
        index = m_teammateBox->count() - 1;
    }
    m_teammateBox->setCurrentIndex(index);
}

void ConnectDialog::saveAndConnect()
{
    clearMessages();

    const core::Profile profile = profileFromForm();
    const core::ProfileError invalid = core::ProfileStore::validate(profile);
    if (invalid.isError()) {
        showProfileError(invalid);
        return;
    }

    const QString token = m_tokenEdit->token();
    const bool keepsStoredToken = token.isEmpty() && m_loadedProfile && m_loadedProfile->name == profile.name;
    if (keepsStoredToken) {
        finishSave(profile, QString());
        return;
    }
    if (token.isEmpty()) {
        showProblem(Field::Token, tr("Enter the API token for the profile \"%1\". Weav shows a token once, when it "
                                     "is created in the dashboard.")
                                      .arg(profile.name));
        m_tokenEdit->setFocus();
        return;
    }

    setBusy(true, tr("Storing the token in the keychain…"));
    profileTokens::write(profile, token, this, [this, profile, token](const core::CredentialResult &result) {
        setBusy(false);
        if (!result.ok) {
            showProblem(Field::Token, tr("The token was not stored, so the profile \"%1\" was not saved. %2")
                                          .arg(profile.name, result.error.message));
            return;
        }
        finishSave(profile, token);
    });
}

void ConnectDialog::finishSave(const core::Profile &profile, const QString &token)
{
    core::ProfileStore store(m_settings);
    core::ProfileError failed = store.save(profile);
    if (!failed.isError())
        failed = store.setCurrentProfile(profile.name);
    if (failed.isError()) {
        showProfileError(failed);
        return;
    }

    qCInfo(lcConnect).noquote() << "saved the profile" << profile.name;
    m_choice = Choice::Profile;
    m_chosenProfile = profile;
    m_chosenToken = token;
    m_tokenEdit->clear();
    reloadProfileList(profile.name);
    emit profileSaved(profile.name);
    accept();
}

QString ConnectDialog::takeChosenToken()
{
    return std::exchange(m_chosenToken, QString());
}

void ConnectDialog::confirmRemoval()
{
    const QList<QListWidgetItem *> selected = m_profileList->selectedItems();
    if (selected.isEmpty() || m_removeConfirmation)
        return;
    const QString name = selected.first()->data(Qt::UserRole).toString();

    m_removeConfirmation = profileChanges::askRemoval(name, this, [this, name] { removeProfile(name); });
}

void ConnectDialog::removeProfile(const QString &name)
{
    clearMessages();
    setBusy(true, tr("Removing the token from the keychain…"));
    profileChanges::remove(m_settings, name, this, [this, name](const core::ProfileError &failed) {
        setBusy(false);
        if (failed.field == core::ProfileError::Field::CredentialStore) {
            showProblem(Field::General, failed.message);
            return;
        }
        if (failed.isError()) {
            showProfileError(failed);
            return;
        }

        reloadProfileList();
        startNewProfile();
        m_statusLabel->setText(tr("Removed the profile \"%1\" and its token.").arg(name));
        emit profileRemoved(name);
    });
}

void ConnectDialog::openDemo()
{
    m_choice = Choice::Demo;
    accept();
}

} // namespace weav::ui
