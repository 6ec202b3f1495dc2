#pragma once

#include "admin/FieldRules.h"
#include "types/TrainingItem.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace weav::core {
class NameDirectory;
class Session;
struct ApiError;
struct ApiResponse;
}

namespace weav::ui {

class FieldMessage;
class NoticeLine;

// The preview of the selected training item: its status with the error of a failed item, agents,
// times and the type's own fields. Text and Q&A items can be edited in place: the fields are
// checked with core::TextItemCheck and core::QaPairCheck as the person types, and Save sends
// PUT /v1/training-data/{id} with the changed fields. A file shows its name, type and size, because
// the API does not return a file's text. A web page shows its address and the extracted text.
//
// Unsaved edits of an item are kept while the preview lives, so that selecting another item and
// coming back loses nothing.
class TrainingPreview : public QWidget
{
    Q_OBJECT

public:
    TrainingPreview(core::Session *session, core::NameDirectory *names, QWidget *parent = nullptr);
    ~TrainingPreview() override;

    void showItem(const core::TrainingItem &item);
    // Takes a newer copy of the shown item from the server (a poll, a list update), keeping edits.
    void updateItem(const core::TrainingItem &item);
    void clear();

    QString itemId() const { return m_item.id; }
    const core::TrainingItem &item() const { return m_item; }
    bool hasUnsavedChanges() const;
    // The changed fields as PUT carries them.
    QJsonObject changedFields() const;
    core::FieldErrors problems() const;

    void save();
    void revert();

    QLabel *headingLabel() const { return m_heading; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *detailsLabel() const { return m_details; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *contentEdit() const { return m_content; }
    QPlainTextEdit *questionEdit() const { return m_question; }
    QPlainTextEdit *answerEdit() const { return m_answer; }
    QPlainTextEdit *extractedText() const { return m_extracted; }
    QPushButton *saveButton() const { return m_saveButton; }
    QPushButton *revertButton() const { return m_revertButton; }
    FieldMessage *messageFor(const QString &field) const { return m_messages.value(field); }
    NoticeLine *notice() const { return m_notice; }

signals:
    void itemSaved(const core::TrainingItem &item);

private:
    QWidget *buildEditor();
    QWidget *buildReadOnlyPage();
    FieldMessage *addMessage(QWidget *parent, const QString &field);

    void keepDraft();
    void loadFields(const core::TrainingItem &item);
    void showHeader(const core::TrainingItem &item);
    QString agentNames(const core::TrainingItem &item) const;
    QJsonObject currentFields() const;
    QJsonObject originalFields() const;
    bool isEditable() const;

    void onEdited(const QString &field);
    void updateMessages();
    void updateButtons();
    void onSaveReply(const QString &itemId, const core::ApiResponse &response);

    QPointer<core::Session> m_session;
    QPointer<core::NameDirectory> m_names;
    core::TrainingItem m_item;
    QHash<QString, QJsonObject> m_drafts;
    core::FieldErrors m_serverErrors;
    bool m_loading = false;
    bool m_saving = false;

    QLabel *m_heading = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_hint = nullptr;
    NoticeLine *m_notice = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_editor = nullptr;
    QWidget *m_readOnlyPage = nullptr;
    QLabel *m_readOnlyText = nullptr;
    QPlainTextEdit *m_extracted = nullptr;
    QWidget *m_textFields = nullptr;
    QWidget *m_qaFields = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_content = nullptr;
    QPlainTextEdit *m_question = nullptr;
    QPlainTextEdit *m_answer = nullptr;
    QLabel *m_counter = nullptr;
    QHash<QString, FieldMessage *> m_messages;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
};

} // namespace weav::ui
