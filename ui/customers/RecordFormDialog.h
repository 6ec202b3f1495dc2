#pragma once

#include "api/ApiError.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QPointer>
#include <QStringList>

class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QPushButton;

namespace weav::core {
class Session;
struct ApiResponse;
}

namespace weav::ui {

class FieldMessage;
class NoticeLine;

// A dialog that creates or edits one record (a customer, a company) through the API. Each field
// has a message line under it: the dialog checks a field as the person types (required, length,
// format) and shows the server's 422 messages at the field they name. Save sends POST to the
// create path with every set field, or PUT to the update path with the changed fields only. The
// dialog stays open with everything typed when the request fails, and emits saved() with the
// server's record before it closes.
class RecordFormDialog : public QDialog
{
    Q_OBJECT

public:
    RecordFormDialog(core::Session *session, QWidget *parent = nullptr);
    ~RecordFormDialog() override;

    // Whether the dialog edits an existing record rather than creating one.
    bool isEditing() const { return !m_recordId.isEmpty(); }
    QString recordId() const { return m_recordId; }

    core::Session *session() const;
    QLineEdit *lineEdit(const QString &key) const;
    FieldMessage *fieldMessage(const QString &key) const;
    NoticeLine *errorLine() const { return m_errorLine; }
    QPushButton *saveButton() const { return m_saveButton; }
    bool isSaving() const { return m_saving; }

    // The client-side problem of each field as it is now, by API field name; empty when all fit.
    QHash<QString, QString> problems() const;
    // The body Save sends: every set field of a new record, or the changed fields of an edit.
    QJsonObject requestBody() const;

    // Checks every field, and sends the request when none has a problem.
    void save();

signals:
    // The server stored the record; record is the reply's object.
    void saved(const QJsonObject &record);

protected:
    // Adds a one-line text field with its message line. messageName names the field in messages
    // ("e-mail address"); maxLength is in characters, as the API counts them.
    QLineEdit *addTextField(const QString &key, const QString &label, const QString &messageName, int maxLength,
                            bool required = false);
    // Adds another editor; the subclass gives its value through fieldValue() and its checks through
    // checkField(), and calls fieldEdited(key) when the person changes it.
    void addEditorField(const QString &key, const QString &label, QWidget *editor);

    // Sets the paths and, for an edit, the record's id and the values as loaded (by API name),
    // and puts those values in the text fields.
    void setEndpoints(const QString &createPath, const QString &updatePath);
    void loadRecord(const QString &id, const QJsonObject &values);

    // The field's value as the request carries it. Text fields: the trimmed text, or null when empty.
    virtual QJsonValue fieldValue(const QString &key) const;
    // The field's problem for the person, or "" when it fits. Text fields: required and length.
    virtual QString checkField(const QString &key) const;
    // The server's messages for a field, in the words the dialog shows.
    virtual QString serverFieldMessage(const QString &key, const QStringList &messages) const;
    // What failed, for the error line: "Could not create the customer".
    virtual QString failureText() const = 0;

    // Re-checks one field after the person changed it, and drops the server's message for it.
    void fieldEdited(const QString &key);

private:
    struct Field
    {
        QString key;
        QString messageName;
        int maxLength = 0;
        bool required = false;
        QLineEdit *lineEdit = nullptr;
        FieldMessage *message = nullptr;
    };

    Field *findField(const QString &key);
    const Field *findField(const QString &key) const;
    void addRow(Field field, const QString &label, QWidget *editor);
    bool showProblems();
    void onReply(const core::ApiResponse &response);
    void showServerFieldErrors(const core::ApiError &error);
    void setSaving(bool saving);
    // Makes the dialog tall enough for the messages shown now.
    void growToFit();

    QPointer<core::Session> m_session;
    QFormLayout *m_form = nullptr;
    NoticeLine *m_errorLine = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;
    QList<Field> m_fields;

    QString m_createPath;
    QString m_updatePath;
    QString m_recordId;
    QJsonObject m_loaded;
    bool m_saving = false;
};

} // namespace weav::ui
