#include "Composer.h"

#include "common/TabOrder.h"
#include "settings/Appearance.h"
#include "shell/ShellIcons.h"
#include "workspace/ConversationActions.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace weav::ui {

namespace {

// The note editor is amber and dashed so that an internal note never passes for a reply; each
// editor has a variant for dark palettes.
const QString NoteEditorStyle = QStringLiteral(
    "QPlainTextEdit { background: #fff6cc; color: #1f2933; border: 1px dashed #b58700; border-radius: 4px; }"
    "QPlainTextEdit:disabled { background: #f1f3f5; color: #6b7580; }");
const QString DarkNoteEditorStyle = QStringLiteral(
    "QPlainTextEdit { background: #3a3220; color: #f1e6c4; border: 1px dashed #c89b2c; border-radius: 4px; }"
    "QPlainTextEdit:disabled { background: #2b2d31; color: #7d8288; }");
const QString ReplyEditorStyle = QStringLiteral(
    "QPlainTextEdit { background: #ffffff; color: #1f2933; border: 1px solid #b8c2cc; border-radius: 4px; }"
    "QPlainTextEdit:disabled { background: #f1f3f5; color: #6b7580; }");
const QString DarkReplyEditorStyle = QStringLiteral(
    "QPlainTextEdit { background: #1f2124; color: #e3e5e8; border: 1px solid #4a4d53; border-radius: 4px; }"
    "QPlainTextEdit:disabled { background: #2b2d31; color: #7d8288; }");

QString editorStyle(Composer::Mode mode, const QPalette &palette)
{
    const bool dark = appearance::isDark(palette);
    if (mode == Composer::Mode::Note)
        return dark ? DarkNoteEditorStyle : NoteEditorStyle;
    return dark ? DarkReplyEditorStyle : ReplyEditorStyle;
}

// Shows an icon before the text, and keeps the plain text in the "plainText" property.
void setIconText(QLabel *label, const QString &icon, const QString &text)
{
    label->setProperty("plainText", text);
    if (icon.isEmpty())
        label->setText(text.toHtmlEscaped());
    else
        label->setText(QStringLiteral("<img src=\":/icons/%1\" width=\"14\" height=\"14\"> %2").arg(icon, text.toHtmlEscaped()));
}

} // namespace

Composer::Composer(QWidget *parent)
    : QWidget(parent)
{
    m_replyEditor = buildEditor(Mode::Reply);
    m_noteEditor = buildEditor(Mode::Note);
    m_editors = new QStackedWidget(this);
    m_editors->addWidget(m_replyEditor);
    m_editors->addWidget(m_noteEditor);

    m_fieldError = new QLabel(this);
    m_fieldError->setWordWrap(true);
    m_fieldError->setStyleSheet(QStringLiteral("QLabel { color: #a11d1d; }"));
    m_fieldError->hide();

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_sendButton = new QPushButton(this);
    m_sendButton->setDefault(false);
    m_sendButton->setAutoDefault(false);
    connect(m_sendButton, &QPushButton::clicked, this, &Composer::requestSend);

    auto *hint = new QLabel(tr("Ctrl+Enter sends"), this);
    hint->setStyleSheet(QStringLiteral("QLabel { color: #5f6b7a; }"));
    auto *sendRow = new QHBoxLayout;
    sendRow->addStretch();
    sendRow->addWidget(hint);
    sendRow->addWidget(m_sendButton);

    QWidget *modeBar = buildModeBar();
    // The mode bar is created after the editors and the send button, but sits above them.
    setTabOrderByBlocks({modeBar, m_editors, m_sendButton});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(modeBar);
    layout->addWidget(m_editors, 1);
    layout->addWidget(m_fieldError);
    layout->addWidget(m_message);
    layout->addLayout(sendRow);

    updateSenderLine();
    updateControls();
}

QWidget *Composer::buildModeBar()
{
    auto *bar = new QWidget(this);
    auto *replyButton = new QToolButton(bar);
    replyButton->setText(tr("Reply"));
    replyButton->setIcon(shellIcon(QStringLiteral("teammate")));
    auto *noteButton = new QToolButton(bar);
    noteButton->setText(tr("Internal note"));
    noteButton->setIcon(shellIcon(QStringLiteral("eye-off")));
    noteButton->setToolTip(tr("A note for teammates; the customer never sees it."));

    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->setExclusive(true);
    for (auto [button, mode] : {std::pair{replyButton, Mode::Reply}, std::pair{noteButton, Mode::Note}}) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(false);
        m_modeGroup->addButton(button, int(mode));
    }
    replyButton->setChecked(true);
    connect(m_modeGroup, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });

    m_senderLine = new QLabel(bar);
    m_senderLine->setWordWrap(true);
    m_senderLine->setTextFormat(Qt::RichText);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(replyButton);
    layout->addWidget(noteButton);
    layout->addSpacing(8);
    layout->addWidget(m_senderLine, 1);
    return bar;
}

QPlainTextEdit *Composer::buildEditor(Mode mode)
{
    auto *editor = new QPlainTextEdit(this);
    editor->setTabChangesFocus(true);
    editor->setMinimumHeight(56);
    editor->setStyleSheet(editorStyle(mode, palette()));
    editor->setPlaceholderText(mode == Mode::Note ? tr("Internal note for teammates; the customer never sees it.")
                                                  : tr("Write a reply to the customer."));
    editor->setAccessibleName(mode == Mode::Note ? tr("Internal note") : tr("Reply"));
    editor->installEventFilter(this);
    connect(editor, &QPlainTextEdit::textChanged, this, [this, mode] { onTextChanged(mode); });
    return editor;
}

void Composer::setMode(Mode mode)
{
    if (m_modeGroup->checkedId() != int(mode))
        m_modeGroup->button(int(mode))->setChecked(true);
    if (mode == m_mode)
        return;

    m_mode = mode;
    m_editors->setCurrentWidget(editor(mode));
    validateLength();
    updateSenderLine();
    updateControls();
    emit modeChanged(mode);
}

QString Composer::text(Mode mode) const
{
    return editor(mode)->toPlainText();
}

void Composer::setTexts(const QString &reply, const QString &note)
{
    m_settingTexts = true;
    m_replyEditor->setPlainText(reply);
    m_noteEditor->setPlainText(note);
    m_settingTexts = false;
    clearMessages();
    validateLength();
    updateControls();
}

void Composer::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;

    // A theme switch reaches the composer as a palette change; the editors' style sheets follow.
    m_replyEditor->setStyleSheet(editorStyle(Mode::Reply, palette()));
    m_noteEditor->setStyleSheet(editorStyle(Mode::Note, palette()));
}

QPlainTextEdit *Composer::editor(Mode mode) const
{
    return mode == Mode::Note ? m_noteEditor : m_replyEditor;
}

QAbstractButton *Composer::modeButton(Mode mode) const
{
    return m_modeGroup->button(int(mode));
}

void Composer::setSenderName(const QString &name, bool teammateKnown)
{
    m_senderName = name;
    m_teammateKnown = teammateKnown;
    updateSenderLine();
    updateControls();
}

void Composer::setWritable(bool writable, const QString &reason)
{
    m_writable = writable;
    m_readOnlyReason = reason;
    updateSenderLine();
    updateControls();
}

void Composer::setSending(bool sending)
{
    m_sending = sending;
    updateControls();
}

void Composer::messageSent(Mode mode)
{
    m_sending = false;
    editor(mode)->clear();
    clearMessages();
    updateControls();
}

void Composer::showError(const QString &message, const QString &details)
{
    m_message->setTextFormat(Qt::RichText);
    setIconText(m_message, QStringLiteral("warning.svg"), message);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #a11d1d; }"));
    m_message->setToolTip(details);
    m_message->show();
}

void Composer::showNotice(const QString &message)
{
    m_message->setTextFormat(Qt::RichText);
    setIconText(m_message, QStringLiteral("info.svg"), message);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #37414f; }"));
    m_message->setToolTip(QString());
    m_message->show();
}

void Composer::showFieldError(const QString &message)
{
    m_fieldError->setText(message);
    m_fieldError->setVisible(!message.isEmpty());
}

void Composer::clearMessages()
{
    m_message->clear();
    m_message->setProperty("plainText", QString());
    m_message->setToolTip(QString());
    m_message->hide();
    if (!m_tooLong)
        showFieldError(QString());
}

QString Composer::messageText() const
{
    if (!m_message->isVisible())
        return {};
    return m_message->property("plainText").toString();
}

QString Composer::fieldErrorText() const
{
    return m_fieldError->isVisible() ? m_fieldError->text() : QString();
}

QString Composer::senderText() const
{
    return m_senderLine->property("plainText").toString();
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_replyEditor || watched == m_noteEditor)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && key->modifiers().testFlag(Qt::ControlModifier)) {
            requestSend();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Composer::requestSend()
{
    if (!m_sendButton->isEnabled())
        return;

    const QString content = text(m_mode);
    clearMessages();
    emit sendRequested(content, m_mode == Mode::Note);
}

void Composer::onTextChanged(Mode mode)
{
    if (mode == m_mode)
        validateLength();
    updateControls();
    if (!m_settingTexts)
        emit textEdited(mode, text(mode));
}

void Composer::validateLength()
{
    const qsizetype length = text(m_mode).size();
    const bool tooLong = length > core::ConversationActions::MaxContentLength;
    if (tooLong == m_tooLong && !tooLong)
        return;

    m_tooLong = tooLong;
    if (!tooLong) {
        showFieldError(QString());
        return;
    }
    const QLocale locale;
    showFieldError(tr("This text is %Ln characters long; one message may have at most %1. Shorten it or send it in parts.",
                      nullptr, int(length))
                       .arg(locale.toString(core::ConversationActions::MaxContentLength)));
}

void Composer::updateControls()
{
    const bool hasText = !text(m_mode).trimmed().isEmpty();
    const bool canSend = m_writable && m_teammateKnown && !m_sending && !m_tooLong && hasText;
    m_sendButton->setEnabled(canSend);

    if (m_sending)
        m_sendButton->setText(tr("Sending…"));
    else
        m_sendButton->setText(m_mode == Mode::Note ? tr("Add note") : tr("Send reply"));

    for (QPlainTextEdit *each : {m_replyEditor, m_noteEditor}) {
        each->setReadOnly(m_sending || !m_writable);
        each->setEnabled(m_writable);
        each->setToolTip(m_writable ? QString() : m_readOnlyReason);
    }
    for (QAbstractButton *button : m_modeGroup->buttons())
        button->setEnabled(m_writable);
    m_sendButton->setToolTip(m_writable ? tr("Send (Ctrl+Enter)") : m_readOnlyReason);
}

void Composer::updateSenderLine()
{
    if (!m_writable) {
        setIconText(m_senderLine, QStringLiteral("read-only.svg"), tr("Read-only: nothing can be sent with this token."));
        return;
    }
    if (!m_teammateKnown) {
        setIconText(m_senderLine, QStringLiteral("warning.svg"),
            tr("No teammate is set to reply as, so nothing can be sent. Choose the teammate you reply as in "
               "File > Settings > Replies."));
        return;
    }

    const QString name = m_senderName.isEmpty() ? tr("your teammate account") : m_senderName;
    if (m_mode == Mode::Note)
        setIconText(m_senderLine, QStringLiteral("eye-off.svg"), tr("Internal note by %1 — not sent to the customer").arg(name));
    else
        setIconText(m_senderLine, QString(), tr("Replying as %1").arg(name));
}

} // namespace weav::ui
