#include "TrainingPreview.h"

#include "TrainingLogging.h"
#include "TrainingStatus.h"
#include "admin/TextItemCheck.h"
#include "agents/AdminErrors.h"
#include "agents/NoticeLine.h"
#include "api/Endpoints.h"
#include "common/ErrorText.h"
#include "common/RelativeTime.h"
#include "connect/FieldMessage.h"
#include "models/NameDirectory.h"
#include "models/TrainingListModel.h"
#include "workspace/Session.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace weav::ui {

using core::QaPairCheck;
using core::TextItemCheck;

namespace {

const QString TitleField = QStringLiteral("title");
const QString ContentField = QStringLiteral("content");
const QString QuestionField = QStringLiteral("question");
const QString AnswerField = QStringLiteral("answer");

bool isText(const core::TrainingItem &item)
{
    return item.type == QLatin1String("text");
}

bool isQa(const core::TrainingItem &item)
{
    return item.type == QLatin1String("qa");
}

QPlainTextEdit *textBox(QWidget *parent, int lines)
{
    auto *box = new QPlainTextEdit(parent);
    box->setTabChangesFocus(true);
    box->setMinimumHeight(box->fontMetrics().lineSpacing() * lines + 12);
    return box;
}

} // namespace

TrainingPreview::TrainingPreview(core::Session *session, core::NameDirectory *names, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_names(names)
{
    setObjectName(QStringLiteral("trainingPreview"));

    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);

    m_statusIcon = new QLabel(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);

    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_hint = new QLabel(tr("Select a training item to see it here."), this);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);

    m_notice = new NoticeLine(this);

    m_pages = new QStackedWidget(this);
    m_editor = buildEditor();
    m_readOnlyPage = buildReadOnlyPage();
    m_pages->addWidget(m_editor);
    m_pages->addWidget(m_readOnlyPage);

    m_saveButton = new QPushButton(tr("Save Changes"), this);
    m_revertButton = new QPushButton(tr("Revert"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addLayout(statusRow);
    layout->addWidget(m_details);
    layout->addWidget(m_notice);
    layout->addWidget(m_hint, 1);
    layout->addWidget(m_pages, 100);
    layout->addLayout(buttons);

    connect(m_saveButton, &QPushButton::clicked, this, &TrainingPreview::save);
    connect(m_revertButton, &QPushButton::clicked, this, &TrainingPreview::revert);
    connect(m_title, &QLineEdit::textEdited, this, [this] { onEdited(TitleField); });
    connect(m_content, &QPlainTextEdit::textChanged, this, [this] { onEdited(ContentField); });
    connect(m_question, &QPlainTextEdit::textChanged, this, [this] { onEdited(QuestionField); });
    connect(m_answer, &QPlainTextEdit::textChanged, this, [this] { onEdited(AnswerField); });
    if (m_names) {
        connect(m_names, &core::NameDirectory::namesChanged, this, [this](core::NameDirectory::Kind kind) {
            if (kind == core::NameDirectory::Kind::Agent && !m_item.id.isEmpty())
                showHeader(m_item);
        });
    }
    if (m_session)
        connect(m_session, &core::Session::abilitiesChanged, this, &TrainingPreview::updateButtons);

    clear();
}

TrainingPreview::~TrainingPreview() = default;

QWidget *TrainingPreview::buildEditor()
{
    auto *editor = new QWidget(this);
    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *titleLabel = new QLabel(tr("&Title:"), editor);
    m_title = new QLineEdit(editor);
    titleLabel->setBuddy(m_title);
    layout->addWidget(titleLabel);
    layout->addWidget(m_title);
    layout->addWidget(addMessage(editor, TitleField));

    m_textFields = new QWidget(editor);
    auto *textLayout = new QVBoxLayout(m_textFields);
    textLayout->setContentsMargins(0, 0, 0, 0);
    auto *contentLabel = new QLabel(tr("&Content:"), m_textFields);
    m_content = textBox(m_textFields, 8);
    contentLabel->setBuddy(m_content);
    m_counter = new QLabel(m_textFields);
    textLayout->addWidget(contentLabel);
    textLayout->addWidget(m_content, 1);
    textLayout->addWidget(m_counter, 0, Qt::AlignRight);
    textLayout->addWidget(addMessage(m_textFields, ContentField));
    layout->addWidget(m_textFields, 1);

    m_qaFields = new QWidget(editor);
    auto *qaLayout = new QVBoxLayout(m_qaFields);
    qaLayout->setContentsMargins(0, 0, 0, 0);
    auto *questionLabel = new QLabel(tr("&Question:"), m_qaFields);
    m_question = textBox(m_qaFields, 3);
    questionLabel->setBuddy(m_question);
    auto *answerLabel = new QLabel(tr("&Answer:"), m_qaFields);
    m_answer = textBox(m_qaFields, 6);
    answerLabel->setBuddy(m_answer);
    qaLayout->addWidget(questionLabel);
    qaLayout->addWidget(m_question);
    qaLayout->addWidget(addMessage(m_qaFields, QuestionField));
    qaLayout->addWidget(answerLabel);
    qaLayout->addWidget(m_answer, 1);
    qaLayout->addWidget(addMessage(m_qaFields, AnswerField));
    layout->addWidget(m_qaFields, 1);
    return editor;
}

QWidget *TrainingPreview::buildReadOnlyPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    m_readOnlyText = new QLabel(page);
    m_readOnlyText->setWordWrap(true);
    m_readOnlyText->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_readOnlyText->setOpenExternalLinks(true);
    layout->addWidget(m_readOnlyText);

    m_extracted = textBox(page, 6);
    m_extracted->setReadOnly(true);
    m_extracted->setPlaceholderText(tr("No text has been extracted yet."));
    layout->addWidget(m_extracted, 1);
    return page;
}

FieldMessage *TrainingPreview::addMessage(QWidget *parent, const QString &field)
{
    auto *message = new FieldMessage(parent);
    message->setObjectName(field + QStringLiteral("Message"));
    m_messages.insert(field, message);
    return message;
}

void TrainingPreview::showItem(const core::TrainingItem &item)
{
    if (item.id != m_item.id)
        keepDraft();

    m_item = item;
    m_serverErrors.clear();
    m_notice->dismiss();
    loadFields(item);

    const QJsonObject draft = m_drafts.value(item.id);
    if (!draft.isEmpty()) {
        m_loading = true;
        if (draft.contains(TitleField))
            m_title->setText(draft.value(TitleField).toString());
        if (draft.contains(ContentField))
            m_content->setPlainText(draft.value(ContentField).toString());
        if (draft.contains(QuestionField))
            m_question->setPlainText(draft.value(QuestionField).toString());
        if (draft.contains(AnswerField))
            m_answer->setPlainText(draft.value(AnswerField).toString());
        m_loading = false;
    }
    updateMessages();
    updateButtons();
}

void TrainingPreview::updateItem(const core::TrainingItem &item)
{
    if (item.id != m_item.id)
        return;
    if (!hasUnsavedChanges()) {
        showItem(item);
        return;
    }
    // The person's edits stay in the fields, and the header shows the server's state.
    m_item = item;
    showHeader(item);
    updateButtons();
}

void TrainingPreview::clear()
{
    keepDraft();
    m_item = core::TrainingItem();
    m_notice->dismiss();
    m_heading->setText(tr("Preview"));
    m_statusIcon->clear();
    m_status->clear();
    m_details->clear();
    m_hint->show();
    m_pages->hide();
    m_saveButton->hide();
    m_revertButton->hide();
}

void TrainingPreview::keepDraft()
{
    if (m_item.id.isEmpty())
        return;
    const QJsonObject changed = changedFields();
    if (changed.isEmpty())
        m_drafts.remove(m_item.id);
    else
        m_drafts.insert(m_item.id, changed);
}

void TrainingPreview::loadFields(const core::TrainingItem &item)
{
    m_loading = true;
    showHeader(item);
    m_hint->hide();
    m_pages->show();

    const bool editable = isText(item) || isQa(item);
    m_pages->setCurrentWidget(editable ? m_editor : m_readOnlyPage);
    m_saveButton->setVisible(editable);
    m_revertButton->setVisible(editable);
    m_textFields->setVisible(isText(item));
    m_qaFields->setVisible(isQa(item));

    m_title->setText(item.title);
    m_content->setPlainText(isText(item) ? item.content : QString());
    m_question->setPlainText(item.question);
    m_answer->setPlainText(item.answer);

    if (item.type == QLatin1String("url")) {
        const QString url = item.sourceUrl.toHtmlEscaped();
        m_readOnlyText->setText(tr("Web page: <a href=\"%1\">%1</a><br>The extracted text is read-only.").arg(url));
        m_extracted->setPlainText(item.content);
        m_extracted->show();
    } else {
        m_readOnlyText->setText(tr("The API returns a file's details but not its text, so the file cannot be "
                                   "previewed or edited here. Delete it and upload a new version to change it."));
        m_extracted->hide();
    }
    m_loading = false;
}

void TrainingPreview::showHeader(const core::TrainingItem &item)
{
    QString heading = item.title;
    if (heading.isEmpty())
        heading = isQa(item) ? item.question : (item.fileName.isEmpty() ? item.sourceUrl : item.fileName);
    m_heading->setText(heading);
    m_statusIcon->setPixmap(TrainingStatus::icon(item.status).pixmap(16, 16));
    m_status->setText(TrainingStatus::text(item));

    QStringList lines;
    lines.append(tr("Type: %1").arg(core::TrainingListModel::typeLabel(item.type)));
    const QString agents = agentNames(item);
    lines.append(agents.isEmpty() ? tr("Agents: none; assign the item to agents so that they use it")
                                  : tr("Agents: %1").arg(agents));
    if (!item.fileName.isEmpty())
        lines.append(tr("File: %1").arg(item.fileName));
    if (!item.mimeType.isEmpty())
        lines.append(tr("File type: %1").arg(item.mimeType));
    if (item.sizeBytes) {
        lines.append(tr("Size: %1 (%2 bytes)")
                         .arg(TrainingStatus::sizeText(*item.sizeBytes), QLocale().toString(*item.sizeBytes)));
    }
    if (item.createdAt.isValid())
        lines.append(tr("Created: %1").arg(RelativeTime::localText(item.createdAt)));
    if (item.updatedAt.isValid())
        lines.append(tr("Updated: %1").arg(RelativeTime::localText(item.updatedAt)));
    m_details->setText(lines.join(QLatin1Char('\n')));
}

QString TrainingPreview::agentNames(const core::TrainingItem &item) const
{
    QStringList names;
    for (const QString &agentId : item.agentIds) {
        const core::NameDirectory::Entry entry = m_names ? m_names->lookup(core::NameDirectory::Kind::Agent, agentId)
                                                         : core::NameDirectory::Entry{};
        names.append(entry.state == core::NameDirectory::State::Known ? entry.name : agentId);
    }
    return names.join(QStringLiteral(", "));
}

bool TrainingPreview::isEditable() const
{
    return isText(m_item) || isQa(m_item);
}

QJsonObject TrainingPreview::currentFields() const
{
    if (isText(m_item))
        return {{TitleField, m_title->text()}, {ContentField, m_content->toPlainText()}};
    if (isQa(m_item))
        return {{TitleField, m_title->text()}, {QuestionField, m_question->toPlainText()}, {AnswerField, m_answer->toPlainText()}};
    return {};
}

QJsonObject TrainingPreview::originalFields() const
{
    if (isText(m_item))
        return {{TitleField, m_item.title}, {ContentField, m_item.content}};
    if (isQa(m_item))
        return {{TitleField, m_item.title}, {QuestionField, m_item.question}, {AnswerField, m_item.answer}};
    return {};
}

QJsonObject TrainingPreview::changedFields() const
{
    const QJsonObject current = currentFields();
    const QJsonObject original = originalFields();
    QJsonObject changed;
    for (auto it = current.constBegin(); it != current.constEnd(); ++it) {
        if (it.value() != original.value(it.key()))
            changed.insert(it.key(), it.value());
    }
    return changed;
}

bool TrainingPreview::hasUnsavedChanges() const
{
    return !changedFields().isEmpty();
}

core::FieldErrors TrainingPreview::problems() const
{
    core::FieldErrors errors;
    if (isText(m_item)) {
        errors = TextItemCheck::check(m_title->text(), m_content->toPlainText());
    } else if (isQa(m_item)) {
        errors = QaPairCheck::check(m_question->toPlainText(), m_answer->toPlainText());
        // Every stored item has a title, and PUT rejects an empty one. Only an item without a title
        // may keep it empty.
        const QStringList titleProblems = TextItemCheck::checkTitle(m_title->text(), !m_item.title.isEmpty());
        if (!titleProblems.isEmpty())
            errors.insert(TitleField, titleProblems);
    }
    return errors;
}

void TrainingPreview::onEdited(const QString &field)
{
    if (m_loading)
        return;
    m_serverErrors.remove(field);
    updateMessages();
    updateButtons();
}

void TrainingPreview::updateMessages()
{
    const core::FieldErrors clientProblems = problems();
    for (auto it = m_messages.constBegin(); it != m_messages.constEnd(); ++it) {
        QStringList lines = m_serverErrors.value(it.key());
        lines.append(clientProblems.value(it.key()));
        lines.removeDuplicates();
        it.value()->showMessage(lines.join(QLatin1Char('\n')));
    }

    const qsizetype characters = core::FieldRules::characterCount(m_content->toPlainText());
    m_counter->setText(tr("%1 of %Ln characters", nullptr, int(TextItemCheck::MaxContentLength))
                           .arg(QLocale().toString(characters)));
}

void TrainingPreview::updateButtons()
{
    const bool writable = m_session && m_session->canWrite();
    const bool changed = hasUnsavedChanges();
    const bool valid = problems().isEmpty();

    for (QWidget *field : std::initializer_list<QWidget *>{m_title, m_content, m_question, m_answer}) {
        if (auto *line = qobject_cast<QLineEdit *>(field))
            line->setReadOnly(!writable);
        else if (auto *box = qobject_cast<QPlainTextEdit *>(field))
            box->setReadOnly(!writable);
        field->setToolTip(writable || !m_session ? QString() : m_session->readOnlyReason());
    }

    m_saveButton->setEnabled(isEditable() && writable && changed && valid && !m_saving);
    m_revertButton->setEnabled(isEditable() && changed && !m_saving);
    if (!writable && m_session)
        m_saveButton->setToolTip(m_session->readOnlyReason());
    else if (!valid)
        m_saveButton->setToolTip(tr("Correct the fields marked below first."));
    else
        m_saveButton->setToolTip(QString());
}

void TrainingPreview::save()
{
    if (!m_saveButton->isEnabled() || !m_session)
        return;

    const QString itemId = m_item.id;
    const QJsonObject body = changedFields();
    qCInfo(lcTraining).noquote() << "updating training item" << itemId << "fields:" << body.keys().join(QLatin1Char(','));

    m_saving = true;
    m_notice->dismiss();
    m_saveButton->setText(tr("Saving…"));
    updateButtons();
    m_session->send(core::ApiRequest::put(core::endpoints::trainingItem(itemId), body), this,
                    [this, itemId](const core::ApiResponse &response) { onSaveReply(itemId, response); });
}

void TrainingPreview::onSaveReply(const QString &itemId, const core::ApiResponse &response)
{
    m_saving = false;
    m_saveButton->setText(tr("Save Changes"));

    if (!response.ok()) {
        const QString failure = tr("Could not save “%1”").arg(m_heading->text());
        qCWarning(lcTraining).noquote() << "saving training item" << itemId << "failed:" << response.error.summary();
        if (itemId == m_item.id) {
            m_serverErrors.clear();
            for (auto it = response.error.fieldErrors.constBegin(); it != response.error.fieldErrors.constEnd(); ++it) {
                if (m_messages.contains(it.key()))
                    m_serverErrors.insert(it.key(), it.value());
            }
            updateMessages();
        }
        m_notice->showNotice(NoticeLine::Kind::Error, AdminErrors::describe(response.error, failure),
                             ErrorText::details(response.error));
        updateButtons();
        return;
    }

    const std::optional<core::TrainingItem> saved = core::TrainingItem::fromJson(response.object());
    if (!saved) {
        updateButtons();
        return;
    }
    m_drafts.remove(saved->id);
    if (saved->id == m_item.id) {
        m_item = core::TrainingItem();
        showItem(*saved);
    }
    emit itemSaved(*saved);
}

void TrainingPreview::revert()
{
    m_drafts.remove(m_item.id);
    const core::TrainingItem item = m_item;
    m_item = core::TrainingItem();
    showItem(item);
}

} // namespace weav::ui
