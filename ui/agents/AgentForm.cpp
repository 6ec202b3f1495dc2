#include "AgentForm.h"

#include "AdminErrors.h"
#include "AgentsLogging.h"
#include "NoticeLine.h"
#include "admin/AgentValidator.h"
#include "api/Endpoints.h"
#include "common/ErrorText.h"
#include "common/RelativeTime.h"
#include "connect/FieldMessage.h"
#include "workspace/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace weav::ui {

using core::AgentValidator;

namespace {

const QString NameField = QStringLiteral("name");
const QString DescriptionField = QStringLiteral("description");
const QString AvatarUrlField = QStringLiteral("avatar_url");
const QString MaxMessagesField = QStringLiteral("max_messages_per_session");
const QString ToneField = QStringLiteral("tone");
const QString ResponseLengthField = QStringLiteral("response_length");
const QString IsActiveField = QStringLiteral("is_active");

// Text as the API stores it: trimmed, and null when nothing is left.
QJsonValue textOrNull(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(trimmed);
}

// A whole number as a JSON number; other text stays text, so that the validator names the problem.
QJsonValue integerOrText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QJsonValue::Null;
    bool ok = false;
    const qint64 number = trimmed.toLongLong(&ok);
    return ok ? QJsonValue(number) : QJsonValue(trimmed);
}

QComboBox *suggestionBox(const QStringList &suggestions, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->addItem(QString());
    box->addItems(suggestions);
    return box;
}

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString kindText(const core::Agent &agent)
{
    if (agent.isCopilot)
        return AgentForm::tr("Copilot: suggests replies to teammates; it cannot be deleted or deactivated");
    if (agent.isEmailAgent)
        return AgentForm::tr("Email agent: answers email conversations");
    return AgentForm::tr("Chat agent");
}

} // namespace

AgentForm::AgentForm(core::Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);
    // A long name is cut at the form's edge instead of widening the form; the tooltip has all of it.
    m_heading->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_hint = new QLabel(tr("Select an agent to see and change its settings, or create a new agent."), this);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);

    m_notice = new NoticeLine(this);

    m_body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(4);
    buildFields(grid);
    bodyLayout->addLayout(grid);
    bodyLayout->addWidget(buildReadOnlyPart());
    bodyLayout->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_body);
    m_scroll->setAccessibleName(tr("Agent settings"));

    m_saveButton = new QPushButton(tr("Save"), this);
    m_saveButton->setDefault(true);
    m_revertButton = new QPushButton(tr("Revert"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    // Save is created first but shown right of Revert.
    QWidget::setTabOrder(m_revertButton, m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_notice);
    layout->addWidget(m_hint, 1);
    layout->addWidget(m_scroll, 100);
    layout->addLayout(buttons);

    connect(m_saveButton, &QPushButton::clicked, this, &AgentForm::save);
    connect(m_revertButton, &QPushButton::clicked, this, &AgentForm::revert);
    connectEdits();
    if (m_session)
        connect(m_session, &core::Session::abilitiesChanged, this, &AgentForm::applyAbilities);

    clear();
}

AgentForm::~AgentForm() = default;

void AgentForm::buildFields(QGridLayout *grid)
{
    m_name = new QLineEdit(m_body);
    m_name->setPlaceholderText(tr("Required, up to %Ln characters", nullptr, int(AgentValidator::MaxNameLength)));
    addField(grid, tr("&Name:"), m_name, NameField);

    m_description = new QPlainTextEdit(m_body);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What the agent is for (optional)"));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    addField(grid, tr("&Description:"), m_description, DescriptionField);

    m_avatarUrl = new QLineEdit(m_body);
    m_avatarUrl->setPlaceholderText(QStringLiteral("https://example.com/avatar.png"));
    addField(grid, tr("&Avatar URL:"), m_avatarUrl, AvatarUrlField);

    m_maxMessages = new QLineEdit(m_body);
    m_maxMessages->setPlaceholderText(tr("No limit; or %1 to %2")
                                          .arg(AgentValidator::MinMessagesPerSession)
                                          .arg(AgentValidator::MaxMessagesPerSession));
    addField(grid, tr("&Max messages per session:"), m_maxMessages, MaxMessagesField);

    m_tone = suggestionBox(AgentValidator::toneSuggestions(), m_body);
    m_tone->setToolTip(tr("Choose a tone the product offers, or type your own (up to %Ln characters).", nullptr,
                          int(AgentValidator::MaxToneLength)));
    addField(grid, tr("&Tone:"), m_tone, ToneField);

    m_responseLength = suggestionBox(AgentValidator::responseLengthSuggestions(), m_body);
    m_responseLength->setToolTip(tr("Choose a length the product offers, or type your own (up to %Ln characters).",
                                    nullptr, int(AgentValidator::MaxResponseLengthLength)));
    addField(grid, tr("&Response length:"), m_responseLength, ResponseLengthField);

    m_active = new QCheckBox(tr("Active: the agent takes conversations"), m_body);
    addField(grid, QString(), m_active, IsActiveField);
}

// Adds the label and the field on one row and the field's message line under the field.
void AgentForm::addField(QGridLayout *grid, const QString &label, QWidget *field, const QString &name)
{
    const int row = grid->rowCount();
    if (!label.isEmpty()) {
        auto *caption = new QLabel(label, m_body);
        caption->setBuddy(field);
        const bool tall = qobject_cast<QPlainTextEdit *>(field) != nullptr;
        grid->addWidget(caption, row, 0, Qt::AlignLeft | (tall ? Qt::AlignTop : Qt::AlignVCenter));
    }
    grid->addWidget(field, row, 1);

    auto *message = new FieldMessage(m_body);
    message->setObjectName(name + QStringLiteral("Message"));
    grid->addWidget(message, row + 1, 1);
    m_messages.insert(name, message);
}

QWidget *AgentForm::buildReadOnlyPart()
{
    auto *part = new QWidget(m_body);
    auto *layout = new QVBoxLayout(part);
    layout->setContentsMargins(0, 8, 0, 0);

    m_details = new QLabel(part);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);

    auto *note = new QLabel(tr("Prohibited phrases and escalation rules are set in the Weav dashboard; the API "
                               "shows them but does not change them."),
                            part);
    note->setWordWrap(true);
    layout->addWidget(note);

    layout->addWidget(sectionLabel(tr("Prohibited phrases"), part));
    m_phrases = new QTreeWidget(part);
    m_phrases->setHeaderLabels({tr("Phrase"), tr("Added")});
    m_phrases->setAccessibleName(tr("Prohibited phrases"));
    m_phrases->setRootIsDecorated(false);
    m_phrases->setFixedHeight(110);
    m_phrases->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_phrases->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_phrases->header()->setStretchLastSection(false);
    layout->addWidget(m_phrases);

    layout->addWidget(sectionLabel(tr("Escalation rules"), part));
    m_rules = new QTreeWidget(part);
    m_rules->setHeaderLabels({tr("Channel"), tr("Rule"), tr("Escalate to")});
    m_rules->setAccessibleName(tr("Escalation rules"));
    m_rules->setRootIsDecorated(false);
    m_rules->setWordWrap(true);
    m_rules->setFixedHeight(150);
    m_rules->header()->setStretchLastSection(false);
    m_rules->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rules->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_rules->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_rules);
    return part;
}

void AgentForm::connectEdits()
{
    connect(m_name, &QLineEdit::textEdited, this, [this] { onFieldEdited(NameField); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] { onFieldEdited(DescriptionField); });
    connect(m_avatarUrl, &QLineEdit::textEdited, this, [this] { onFieldEdited(AvatarUrlField); });
    connect(m_maxMessages, &QLineEdit::textEdited, this, [this] { onFieldEdited(MaxMessagesField); });
    connect(m_tone, &QComboBox::currentTextChanged, this, [this] { onFieldEdited(ToneField); });
    connect(m_responseLength, &QComboBox::currentTextChanged, this, [this] { onFieldEdited(ResponseLengthField); });
    connect(m_active, &QCheckBox::toggled, this, [this] { onFieldEdited(IsActiveField); });
}

void AgentForm::showAgent(const core::Agent &agent)
{
    m_mode = Mode::Edit;
    m_agent = agent;
    m_touched.clear();
    m_serverErrors.clear();
    m_notice->dismiss();
    loadFields(agent);
    showReadOnlyPart(agent);
    m_saveButton->setText(tr("Save"));
    m_revertButton->setText(tr("Revert"));
    updateHeading();
    applyAbilities();
}

void AgentForm::startCreate()
{
    m_mode = Mode::Create;
    m_agent = core::Agent();
    m_touched.clear();
    m_serverErrors.clear();
    m_notice->dismiss();
    loadFields(m_agent);
    showReadOnlyPart(m_agent);
    m_saveButton->setText(tr("Create Agent"));
    m_revertButton->setText(tr("Cancel"));
    updateHeading();
    applyAbilities();
    m_name->setFocus();
}

void AgentForm::clear()
{
    m_mode = Mode::Empty;
    m_agent = core::Agent();
    m_touched.clear();
    m_serverErrors.clear();
    m_notice->dismiss();
    loadFields(m_agent);
    updateHeading();
    applyAbilities();
}

void AgentForm::loadFields(const core::Agent &agent)
{
    m_loading = true;
    m_name->setText(agent.name);
    m_description->setPlainText(agent.description);
    m_avatarUrl->setText(agent.avatarUrl);
    m_maxMessages->setText(agent.maxMessagesPerSession ? QString::number(*agent.maxMessagesPerSession) : QString());
    m_tone->setCurrentText(agent.tone);
    m_responseLength->setCurrentText(agent.responseLength);
    m_active->setChecked(agent.isActive);
    m_loading = false;

    updateMessages();
    updateButtons();
    emit editedChanged();
}

void AgentForm::showReadOnlyPart(const core::Agent &agent)
{
    QStringList lines;
    if (m_mode == Mode::Edit) {
        lines.append(tr("Kind: %1").arg(kindText(agent)));
        if (!agent.slug.isEmpty())
            lines.append(tr("Slug: %1").arg(agent.slug));
        if (agent.createdAt.isValid())
            lines.append(tr("Created: %1").arg(RelativeTime::localText(agent.createdAt)));
        if (agent.updatedAt.isValid())
            lines.append(tr("Updated: %1").arg(RelativeTime::localText(agent.updatedAt)));
    } else {
        lines.append(tr("The API creates chat agents. The copilot and the email agent come with the workspace."));
    }
    m_details->setText(lines.join(QLatin1Char('\n')));

    m_phrases->clear();
    for (const core::ProhibitedPhrase &phrase : agent.prohibitedPhrases)
        new QTreeWidgetItem(m_phrases, {phrase.phrase, RelativeTime::format(phrase.createdAt)});
    if (agent.prohibitedPhrases.isEmpty())
        new QTreeWidgetItem(m_phrases, {tr("None")});

    m_rules->clear();
    for (const core::EscalationRule &rule : agent.escalationRules) {
        auto *item = new QTreeWidgetItem(m_rules, {rule.channel, rule.rule, rule.escalateTo});
        item->setToolTip(1, rule.rule);
    }
    if (agent.escalationRules.isEmpty())
        new QTreeWidgetItem(m_rules, {tr("None")});
}

QJsonValue AgentForm::fieldValue(const QString &field) const
{
    if (field == NameField)
        return m_name->text().trimmed();
    if (field == DescriptionField)
        return m_description->toPlainText().trimmed().isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(m_description->toPlainText());
    if (field == AvatarUrlField)
        return textOrNull(m_avatarUrl->text());
    if (field == MaxMessagesField)
        return integerOrText(m_maxMessages->text());
    if (field == ToneField)
        return textOrNull(m_tone->currentText());
    if (field == ResponseLengthField)
        return textOrNull(m_responseLength->currentText());
    if (field == IsActiveField)
        return m_active->isChecked();
    return {};
}

QJsonObject AgentForm::currentFields() const
{
    QJsonObject fields;
    const QStringList names = AgentValidator::fieldNames();
    for (const QString &field : names)
        fields.insert(field, fieldValue(field));
    return fields;
}

QJsonObject AgentForm::originalFields() const
{
    const core::Agent &agent = m_agent;
    return QJsonObject{
        {NameField, agent.name},
        {DescriptionField, agent.description.trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(agent.description)},
        {AvatarUrlField, textOrNull(agent.avatarUrl)},
        {MaxMessagesField, agent.maxMessagesPerSession ? QJsonValue(*agent.maxMessagesPerSession) : QJsonValue(QJsonValue::Null)},
        {ToneField, textOrNull(agent.tone)},
        {ResponseLengthField, textOrNull(agent.responseLength)},
        {IsActiveField, agent.isActive},
    };
}

QJsonObject AgentForm::changedFields() const
{
    if (m_mode == Mode::Empty)
        return {};

    const QJsonObject current = currentFields();
    const QJsonObject original = originalFields();
    QJsonObject changed;
    for (auto it = current.constBegin(); it != current.constEnd(); ++it) {
        if (it.value() != original.value(it.key()))
            changed.insert(it.key(), it.value());
    }
    return changed;
}

bool AgentForm::hasUnsavedChanges() const
{
    return !changedFields().isEmpty();
}

void AgentForm::applyFields(const QJsonObject &fields)
{
    m_loading = true;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QString &field = it.key();
        const QJsonValue &value = it.value();
        const QString text = value.isDouble() ? QString::number(value.toInteger()) : value.toString();
        if (field == NameField)
            m_name->setText(text);
        else if (field == DescriptionField)
            m_description->setPlainText(text);
        else if (field == AvatarUrlField)
            m_avatarUrl->setText(text);
        else if (field == MaxMessagesField)
            m_maxMessages->setText(text);
        else if (field == ToneField)
            m_tone->setCurrentText(text);
        else if (field == ResponseLengthField)
            m_responseLength->setCurrentText(text);
        else if (field == IsActiveField)
            m_active->setChecked(value.toBool());
        m_touched.insert(field);
    }
    m_loading = false;

    updateMessages();
    updateButtons();
    emit editedChanged();
}

QJsonObject AgentForm::requestBody() const
{
    if (m_mode != Mode::Create)
        return changedFields();

    // A new agent gets every field that has a value; null fields are left to the server's defaults.
    QJsonObject body;
    const QJsonObject current = currentFields();
    for (auto it = current.constBegin(); it != current.constEnd(); ++it) {
        if (!it.value().isNull())
            body.insert(it.key(), it.value());
    }
    return body;
}

core::FieldErrors AgentForm::problems() const
{
    if (m_mode == Mode::Empty)
        return {};
    return AgentValidator::validate(requestBody(), m_mode == Mode::Create ? AgentValidator::Mode::Create
                                                                         : AgentValidator::Mode::Update);
}

void AgentForm::onFieldEdited(const QString &field)
{
    if (m_loading)
        return;

    m_touched.insert(field);
    m_serverErrors.remove(field);
    updateMessages();
    updateButtons();
    emit editedChanged();
}

void AgentForm::updateMessages()
{
    const core::FieldErrors clientProblems = problems();
    for (auto it = m_messages.constBegin(); it != m_messages.constEnd(); ++it) {
        const QString &field = it.key();
        QStringList lines = m_serverErrors.value(field);
        // A new agent's empty name is reported once the person has been in the field, not at once.
        const bool untouchedNewName = m_mode == Mode::Create && field == NameField && !m_touched.contains(field);
        if (!untouchedNewName)
            lines.append(clientProblems.value(field));
        lines.removeDuplicates();
        it.value()->showMessage(lines.join(QLatin1Char('\n')));
    }
}

void AgentForm::updateButtons()
{
    const bool writable = m_session && m_session->canWrite();
    const bool valid = problems().isEmpty();
    const bool changed = m_mode == Mode::Create || hasUnsavedChanges();

    m_saveButton->setEnabled(m_mode != Mode::Empty && writable && valid && changed && !m_saving);
    m_revertButton->setEnabled(m_mode == Mode::Create || (m_mode == Mode::Edit && hasUnsavedChanges() && !m_saving));

    if (!writable && m_session)
        m_saveButton->setToolTip(m_session->readOnlyReason());
    else if (!valid)
        m_saveButton->setToolTip(tr("Correct the fields marked below first."));
    else
        m_saveButton->setToolTip(QString());
}

void AgentForm::updateHeading()
{
    const bool empty = m_mode == Mode::Empty;
    m_hint->setVisible(empty);
    m_scroll->setVisible(!empty);
    m_saveButton->setVisible(!empty);
    m_revertButton->setVisible(!empty);

    if (m_mode == Mode::Create)
        m_heading->setText(tr("New agent"));
    else if (m_mode == Mode::Edit)
        m_heading->setText(m_agent.name);
    else
        m_heading->setText(tr("Agent"));
    m_heading->setToolTip(m_heading->text());
}

void AgentForm::applyAbilities()
{
    const bool writable = m_session && m_session->canWrite();
    const QString reason = writable || !m_session ? QString() : m_session->readOnlyReason();
    for (QWidget *field : std::initializer_list<QWidget *>{m_name, m_description, m_avatarUrl, m_maxMessages, m_tone,
                                                           m_responseLength, m_active}) {
        field->setEnabled(writable);
        field->setToolTip(reason);
    }
    updateButtons();
}

void AgentForm::save()
{
    if (!m_saveButton->isEnabled() || m_mode == Mode::Empty)
        return;

    const bool creating = m_mode == Mode::Create;
    const QJsonObject body = requestBody();
    const core::ApiRequest request = creating ? core::ApiRequest::post(core::endpoints::agents(), body)
                                              : core::ApiRequest::put(core::endpoints::agent(m_agent.id), body);
    qCInfo(lcAgents).noquote() << (creating ? "creating an agent" : "updating agent") << m_agent.id
                               << "fields:" << body.keys().join(QLatin1Char(','));

    m_saving = true;
    m_notice->dismiss();
    m_saveButton->setText(creating ? tr("Creating…") : tr("Saving…"));
    updateButtons();
    m_session->send(request, this, [this, creating](const core::ApiResponse &response) { onSaveReply(response, creating); });
}

void AgentForm::onSaveReply(const core::ApiResponse &response, bool created)
{
    m_saving = false;
    m_saveButton->setText(created ? tr("Create Agent") : tr("Save"));

    if (!response.ok()) {
        showServerErrors(response.error, created);
        updateButtons();
        return;
    }

    const std::optional<core::Agent> agent = core::Agent::fromJson(response.object());
    if (!agent) {
        m_notice->showNotice(NoticeLine::Kind::Error,
                             tr("The agent was saved, but the server's reply has no agent id. Reload the list to see it."));
        updateButtons();
        return;
    }

    qCInfo(lcAgents).noquote() << (created ? "created agent" : "updated agent") << agent->id;
    showAgent(*agent);
    emit agentSaved(*agent, created);
}

void AgentForm::showServerErrors(const core::ApiError &error, bool created)
{
    const QString failure = created ? tr("Could not create the agent")
                                    : tr("Could not save “%1”").arg(m_agent.name);
    qCWarning(lcAgents).noquote() << failure << error.summary();

    // Field messages go under their fields. The rest, and every other failure, go to the form's line.
    QStringList elsewhere;
    m_serverErrors.clear();
    for (auto it = error.fieldErrors.constBegin(); it != error.fieldErrors.constEnd(); ++it) {
        if (m_messages.contains(it.key()))
            m_serverErrors.insert(it.key(), it.value());
        else
            elsewhere.append(it.value());
    }
    updateMessages();

    if (error.isValidation() && elsewhere.isEmpty()) {
        m_notice->showNotice(NoticeLine::Kind::Error,
                             tr("%1: the server rejected the fields marked below. Correct them and save again.").arg(failure),
                             ErrorText::details(error));
        return;
    }
    m_notice->showNotice(NoticeLine::Kind::Error, AdminErrors::describe(error, failure), ErrorText::details(error));
}

void AgentForm::revert()
{
    if (m_mode == Mode::Create) {
        clear();
        emit createCancelled();
        return;
    }
    if (m_mode == Mode::Edit)
        showAgent(m_agent);
}

} // namespace weav::ui
