#pragma once

#include "api/ApiError.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace weav::ui {

// Edits a conversation's tags as one line of comma-separated names. Each tag is checked as it is
// typed (at most MaxTagLength characters) and the error is shown under the field; Save (or Enter)
// emits tagsEdited() only for a valid, changed list. The server's errors for "tags.N" are shown at
// the field with the tag they name. The typed text stays after a failed save.
class TagEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxTagLength = 50;

    explicit TagEditor(QWidget *parent = nullptr);

    // The saved tags. Replaces the text, unless keepUnsavedEdits is set and the person has typed a
    // list that differs from them (a refresh of the same conversation).
    void setTags(const QStringList &tags, bool keepUnsavedEdits = false);
    QStringList savedTags() const { return m_saved; }
    // The tags as typed: trimmed, without blanks and repeats, in order.
    QStringList editedTags() const;
    bool hasUnsavedEdits() const;

    void setWritable(bool writable, const QString &reason = {});
    void setSaving(bool saving);
    // Shows the server's validation errors of "tags" and "tags.N" for the tags that were sent.
    void showServerErrors(const core::ApiError &error, const QStringList &sentTags);
    QString fieldErrorText() const;

    QLineEdit *lineEdit() const { return m_edit; }
    QPushButton *saveButton() const { return m_saveButton; }

    static QStringList parse(const QString &text);

signals:
    void tagsEdited(const QStringList &tags);

private:
    void validate();
    void save();
    void showFieldError(const QString &message);
    void updateSaveButton();

    QLineEdit *m_edit;
    QPushButton *m_saveButton;
    QLabel *m_error;
    QStringList m_saved;
    bool m_valid = true;
    bool m_writable = true;
    bool m_saving = false;
};

} // namespace weav::ui
