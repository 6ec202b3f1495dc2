#include "RecordFormDialog.h"

#include "admin/FieldRules.h"
#include "agents/NoticeLine.h"
#include "common/ErrorText.h"
#include "connect/FieldMessage.h"
#include "workspace/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace weav::ui {

RecordFormDialog::RecordFormDialog(core::Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    m_errorLine = new NoticeLine(this);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = m_buttons->button(QDialogButtonBox::Save);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordFormDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_errorLine);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setMinimumWidth(460);
}

RecordFormDialog::~RecordFormDialog() = default;

core::Session *RecordFormDialog::session() const
{
    return m_session;
}

QLineEdit *RecordFormDialog::addTextField(const QString &key, const QString &label, const QString &messageName,
                                          int maxLength, bool required)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key);
    edit->setAccessibleName(label);
    connect(edit, &QLineEdit::textEdited, this, [this, key] { fieldEdited(key); });

    Field field;
    field.key = key;
    field.messageName = messageName;
    field.maxLength = maxLength;
    field.required = required;
    field.lineEdit = edit;
    addRow(field, required ? tr("%1 (required):").arg(label) : tr("%1:").arg(label), edit);
    return edit;
}

void RecordFormDialog::addEditorField(const QString &key, const QString &label, QWidget *editor)
{
    editor->setObjectName(key);
    editor->setAccessibleName(label);
    Field field;
    field.key = key;
    addRow(field, tr("%1:").arg(label), editor);
}

void RecordFormDialog::addRow(Field field, const QString &label, QWidget *editor)
{
    auto *cell = new QWidget(this);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(editor);

    field.message = new FieldMessage(cell);
    field.message->setObjectName(field.key + QStringLiteral("Message"));
    column->addWidget(field.message);

    m_form->addRow(label, cell);
    m_fields.append(field);
}

RecordFormDialog::Field *RecordFormDialog::findField(const QString &key)
{
    for (Field &field : m_fields) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}

const RecordFormDialog::Field *RecordFormDialog::findField(const QString &key) const
{
    for (const Field &field : m_fields) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}

QLineEdit *RecordFormDialog::lineEdit(const QString &key) const
{
    const Field *field = findField(key);
    return field ? field->lineEdit : nullptr;
}

FieldMessage *RecordFormDialog::fieldMessage(const QString &key) const
{
    const Field *field = findField(key);
    return field ? field->message : nullptr;
}

void RecordFormDialog::setEndpoints(const QString &createPath, const QString &updatePath)
{
    m_createPath = createPath;
    m_updatePath = updatePath;
}

void RecordFormDialog::loadRecord(const QString &id, const QJsonObject &values)
{
    m_recordId = id;
    m_loaded = values;
    for (const Field &field : std::as_const(m_fields)) {
        if (field.lineEdit)
            field.lineEdit->setText(values.value(field.key).toVariant().toString());
    }
}

QJsonValue RecordFormDialog::fieldValue(const QString &key) const
{
    const Field *field = findField(key);
    if (!field || !field->lineEdit)
        return QJsonValue::Null;
    const QString text = field->lineEdit->text().trimmed();
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString RecordFormDialog::checkField(const QString &key) const
{
    const Field *field = findField(key);
    if (!field || !field->lineEdit)
        return {};

    const QString text = field->lineEdit->text();
    if (field->required && core::FieldRules::isBlank(text))
        return tr("Enter the %1: it is required.").arg(field->messageName);
    if (field->maxLength > 0)
        return core::FieldRules::tooLongMessage(text.trimmed(), field->maxLength, field->messageName);
    return {};
}

QString RecordFormDialog::serverFieldMessage(const QString &key, const QStringList &messages) const
{
    Q_UNUSED(key);
    return messages.join(QLatin1Char(' '));
}

QHash<QString, QString> RecordFormDialog::problems() const
{
    QHash<QString, QString> found;
    for (const Field &field : m_fields) {
        const QString problem = checkField(field.key);
        if (!problem.isEmpty())
            found.insert(field.key, problem);
    }
    return found;
}

QJsonObject RecordFormDialog::requestBody() const
{
    QJsonObject body;
    for (const Field &field : m_fields) {
        const QJsonValue value = fieldValue(field.key);
        if (!isEditing()) {
            if (!value.isNull())
                body.insert(field.key, value);
            continue;
        }

        // A loaded null and an absent field both mean "not set".
        const QJsonValue loaded = m_loaded.value(field.key);
        const bool unchanged = value == loaded || (value.isNull() && (loaded.isNull() || loaded.isUndefined()));
        if (!unchanged)
            body.insert(field.key, value);
    }
    return body;
}

void RecordFormDialog::fieldEdited(const QString &key)
{
    if (Field *field = findField(key))
        field->message->showMessage(checkField(key));
    growToFit();
}

void RecordFormDialog::growToFit()
{
    // Messages wrap, so the height they need depends on the width, which a dialog's minimum size
    // does not follow by itself.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

bool RecordFormDialog::showProblems()
{
    QWidget *first = nullptr;
    for (const Field &field : std::as_const(m_fields)) {
        const QString problem = checkField(field.key);
        field.message->showMessage(problem);
        if (!problem.isEmpty() && !first)
            first = field.lineEdit ? static_cast<QWidget *>(field.lineEdit) : field.message;
    }
    if (first)
        first->setFocus();
    growToFit();
    return first != nullptr;
}

void RecordFormDialog::save()
{
    if (m_saving || !m_session)
        return;

    m_errorLine->dismiss();
    if (showProblems())
        return;

    const QJsonObject body = requestBody();
    if (isEditing() && body.isEmpty()) {
        // Nothing changed: there is nothing to send.
        accept();
        return;
    }

    const core::ApiRequest request = isEditing() ? core::ApiRequest::put(m_updatePath, body)
                                                 : core::ApiRequest::post(m_createPath, body);
    setSaving(true);
    m_session->send(request, this, [this](const core::ApiResponse &response) { onReply(response); });
}

void RecordFormDialog::onReply(const core::ApiResponse &response)
{
    setSaving(false);
    if (response.ok()) {
        emit saved(response.object());
        accept();
        return;
    }

    if (response.error.isValidation()) {
        showServerFieldErrors(response.error);
        return;
    }
    m_errorLine->showNotice(NoticeLine::Kind::Error, ErrorText::describe(response.error, failureText()),
                            ErrorText::details(response.error));
    growToFit();
}

void RecordFormDialog::showServerFieldErrors(const core::ApiError &error)
{
    // Messages for fields this form has go under them; any other goes to the error line.
    QStringList elsewhere;
    QWidget *first = nullptr;
    for (auto it = error.fieldErrors.constBegin(); it != error.fieldErrors.constEnd(); ++it) {
        const Field *field = findField(it.key());
        if (!field) {
            elsewhere.append(it.value());
            continue;
        }
        field->message->showMessage(serverFieldMessage(it.key(), it.value()));
        if (!first)
            first = field->lineEdit;
    }
    if (first)
        first->setFocus();

    const QString summary = elsewhere.isEmpty()
        ? tr("%1: the server rejected the fields marked below. Correct them and save again.").arg(failureText())
        : tr("%1: %2").arg(failureText(), elsewhere.join(QLatin1Char(' ')));
    m_errorLine->showNotice(NoticeLine::Kind::Error, summary, ErrorText::details(error));
    growToFit();
}

void RecordFormDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_saveButton->setEnabled(!saving);
    m_saveButton->setText(saving ? tr("Saving…") : tr("Save"));
}

} // namespace weav::ui
