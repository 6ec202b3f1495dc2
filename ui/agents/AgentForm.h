#pragma once

#include "admin/FieldRules.h"
#include "types/Agent.h"

#include <QHash>
#include <QSet>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTreeWidget;

namespace weav::core {
class Session;
struct ApiError;
struct ApiResponse;
}

namespace weav::ui {

class FieldMessage;
class NoticeLine;

// The detail and edit form of one AI agent, or of a new one. It has every field the API writes:
// name, description, avatar URL, max messages per session, tone, response length and active.
// core::AgentValidator checks each field as the person types, and the message appears under the
// field. Save sends POST /v1/agents for a new agent and PUT /v1/agents/{id} with the changed fields
// for an existing one, and the server's 422 messages appear under their fields too. Prohibited
// phrases and escalation rules are shown read-only, because the API does not write them.
class AgentForm : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Empty, Create, Edit };

    explicit AgentForm(core::Session *session, QWidget *parent = nullptr);
    ~AgentForm() override;

    // Shows the agent for editing, dropping what was typed for another agent.
    void showAgent(const core::Agent &agent);
    // Shows an empty form for a new agent.
    void startCreate();
    // Shows nothing but a hint to select an agent.
    void clear();

    Mode mode() const { return m_mode; }
    // The agent shown, or an empty id for a new one.
    QString agentId() const { return m_agent.id; }
    const core::Agent &agent() const { return m_agent; }

    // Whether the fields differ from the agent as loaded (for a new agent: whether anything is typed).
    bool hasUnsavedChanges() const;
    // The fields the person changed, with their values as the request carries them.
    QJsonObject changedFields() const;
    // Puts values in the fields as if the person had typed them, e.g. a kept draft.
    void applyFields(const QJsonObject &fields);
    // The body that Save sends: every set field for a new agent, the changed ones otherwise.
    QJsonObject requestBody() const;
    // The client-side problems of the fields as they are now, by API field name.
    core::FieldErrors problems() const;
    bool isSaving() const { return m_saving; }

    // Sends the form, when it can be sent.
    void save();
    // Puts the loaded values back (or leaves a new agent).
    void revert();

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLineEdit *avatarUrlEdit() const { return m_avatarUrl; }
    QLineEdit *maxMessagesEdit() const { return m_maxMessages; }
    QComboBox *toneBox() const { return m_tone; }
    QComboBox *responseLengthBox() const { return m_responseLength; }
    QCheckBox *activeBox() const { return m_active; }
    QPushButton *saveButton() const { return m_saveButton; }
    QPushButton *revertButton() const { return m_revertButton; }
    // The message line under a field, by API field name.
    FieldMessage *messageFor(const QString &field) const { return m_messages.value(field); }
    // The form's line for failures that belong to no field.
    NoticeLine *notice() const { return m_notice; }
    QTreeWidget *prohibitedPhrases() const { return m_phrases; }
    QTreeWidget *escalationRules() const { return m_rules; }

signals:
    void agentSaved(const core::Agent &agent, bool created);
    // The person left the form of a new agent without creating it.
    void createCancelled();
    // hasUnsavedChanges() may have changed.
    void editedChanged();

private:
    void buildFields(QGridLayout *grid);
    QWidget *buildReadOnlyPart();
    void addField(QGridLayout *grid, const QString &label, QWidget *field, const QString &name);
    void connectEdits();

    void loadFields(const core::Agent &agent);
    void showReadOnlyPart(const core::Agent &agent);
    QJsonObject currentFields() const;
    QJsonObject originalFields() const;
    QJsonValue fieldValue(const QString &field) const;

    void onFieldEdited(const QString &field);
    void updateMessages();
    void updateButtons();
    void updateHeading();
    void applyAbilities();

    void onSaveReply(const core::ApiResponse &response, bool created);
    void showServerErrors(const core::ApiError &error, bool created);

    QPointer<core::Session> m_session;
    Mode m_mode = Mode::Empty;
    core::Agent m_agent;
    bool m_loading = false;
    bool m_saving = false;
    // Fields the person has edited since the form was loaded, for the "name is missing" message.
    QSet<QString> m_touched;
    core::FieldErrors m_serverErrors;

    QLabel *m_heading = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_body = nullptr;
    QScrollArea *m_scroll = nullptr;
    NoticeLine *m_notice = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_avatarUrl = nullptr;
    QLineEdit *m_maxMessages = nullptr;
    QComboBox *m_tone = nullptr;
    QComboBox *m_responseLength = nullptr;
    QCheckBox *m_active = nullptr;
    QHash<QString, FieldMessage *> m_messages;
    QLabel *m_details = nullptr;
    QTreeWidget *m_phrases = nullptr;
    QTreeWidget *m_rules = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
};

} // namespace weav::ui
