#pragma once

#include "workspace/DraftStore.h"

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace weav::ui {

// Writes a reply or an internal note. Each mode has its own editor, so switching keeps both texts.
// The note editor is yellow, and the line above it states that the customer does not see the note.
// Ctrl+Enter or the Send button emits sendRequested(). The composer sends nothing itself: the pane
// sends, then calls messageSent() or showError(), and the text stays until the message is on the
// server.
class Composer : public QWidget
{
    Q_OBJECT

public:
    using Mode = core::DraftStore::Mode;

    explicit Composer(QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QString text(Mode mode) const;
    // Replaces both texts (drafts of another conversation) without emitting textEdited().
    void setTexts(const QString &reply, const QString &note);

    // Sets the teammate that replies are sent as. Without a teammate sending is disabled, and the
    // composer explains how to set one; a known teammate with an empty name is shown generically.
    void setSenderName(const QString &name, bool teammateKnown);
    // Disables writing, with the reason as tooltip (a read-only token).
    void setWritable(bool writable, const QString &reason = {});
    // While a message is in flight the editors are read-only, so that nothing typed meanwhile is
    // cleared with the sent text.
    void setSending(bool sending);
    bool isSending() const { return m_sending; }

    // The message of this mode is on the server: clears its editor and the error.
    void messageSent(Mode mode);
    // A failure under the composer; details go to the tooltip.
    void showError(const QString &message, const QString &details = {});
    // A waiting state that is not an error, e.g. the request waits for a renewed token.
    void showNotice(const QString &message);
    // A validation error of the content, at the editor.
    void showFieldError(const QString &message);
    void clearMessages();

    QString messageText() const;
    QString fieldErrorText() const;
    QString senderText() const;
    QPlainTextEdit *editor(Mode mode) const;
    QPushButton *sendButton() const { return m_sendButton; }
    QAbstractButton *modeButton(Mode mode) const;

signals:
    void sendRequested(const QString &text, bool isInternal);
    // The person changed the text of a mode.
    void textEdited(weav::core::DraftStore::Mode mode, const QString &text);
    void modeChanged(weav::core::DraftStore::Mode mode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildModeBar();
    QPlainTextEdit *buildEditor(Mode mode);
    void requestSend();
    void onTextChanged(Mode mode);
    void validateLength();
    void updateControls();
    void updateSenderLine();

    Mode m_mode = Mode::Reply;
    QButtonGroup *m_modeGroup;
    QStackedWidget *m_editors;
    QPlainTextEdit *m_replyEditor;
    QPlainTextEdit *m_noteEditor;
    QLabel *m_senderLine;
    QLabel *m_fieldError;
    QLabel *m_message;
    QPushButton *m_sendButton;

    QString m_senderName;
    bool m_teammateKnown = false;
    bool m_writable = true;
    QString m_readOnlyReason;
    bool m_sending = false;
    bool m_tooLong = false;
    bool m_settingTexts = false;
};

} // namespace weav::ui
