#include "TagEditor.h"

#include "common/ErrorText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QVBoxLayout>

namespace weav::ui {

namespace {

QString shortened(const QString &tag)
{
    constexpr int Shown = 24;
    return tag.size() > Shown ? tag.left(Shown) + QStringLiteral("…") : tag;
}

} // namespace

TagEditor::TagEditor(QWidget *parent)
    : QWidget(parent)
{
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(tr("Tags, separated by commas"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Tags"));

    m_saveButton = new QPushButton(tr("Save tags"), this);
    m_saveButton->setAutoDefault(false);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::RichText);
    m_error->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_error);

    connect(m_edit, &QLineEdit::textEdited, this, &TagEditor::validate);
    connect(m_edit, &QLineEdit::returnPressed, this, &TagEditor::save);
    connect(m_saveButton, &QPushButton::clicked, this, &TagEditor::save);
    updateSaveButton();
}

QStringList TagEditor::parse(const QString &text)
{
    // The server stores tags trimmed, without blanks and repeats; the editor shows the same list.
    QStringList tags;
    QSet<QString> seen;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString tag = part.trimmed();
        if (tag.isEmpty() || seen.contains(tag))
            continue;
        seen.insert(tag);
        tags.append(tag);
    }
    return tags;
}

void TagEditor::setTags(const QStringList &tags, bool keepUnsavedEdits)
{
    const bool keepText = keepUnsavedEdits && hasUnsavedEdits() && editedTags() != tags;
    m_saved = tags;
    if (!keepText) {
        m_edit->setText(tags.join(QStringLiteral(", ")));
        showFieldError(QString());
        m_valid = true;
    }
    updateSaveButton();
}

QStringList TagEditor::editedTags() const
{
    return parse(m_edit->text());
}

bool TagEditor::hasUnsavedEdits() const
{
    return editedTags() != m_saved;
}

void TagEditor::setWritable(bool writable, const QString &reason)
{
    m_writable = writable;
    m_edit->setReadOnly(!writable);
    m_edit->setEnabled(writable);
    m_edit->setToolTip(writable ? QString() : reason);
    m_saveButton->setToolTip(writable ? tr("Save the tags (Enter)") : reason);
    updateSaveButton();
}

void TagEditor::setSaving(bool saving)
{
    m_saving = saving;
    updateSaveButton();
}

void TagEditor::validate()
{
    QStringList problems;
    for (const QString &tag : editedTags()) {
        if (tag.size() > MaxTagLength)
            problems.append(tr("“%1” is %Ln characters long; a tag may have at most %2.", nullptr, int(tag.size()))
                                .arg(shortened(tag), QLocale().toString(MaxTagLength)));
    }
    m_valid = problems.isEmpty();
    showFieldError(problems.join(QLatin1Char(' ')));
    updateSaveButton();
}

void TagEditor::save()
{
    validate();
    if (!m_saveButton->isEnabled())
        return;
    emit tagsEdited(editedTags());
}

void TagEditor::showServerErrors(const core::ApiError &error, const QStringList &sentTags)
{
    static const QRegularExpression itemKey(QStringLiteral("^tags\\.(\\d+)$"));

    QStringList problems;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        const QRegularExpressionMatch match = itemKey.match(it.key());
        if (match.hasMatch()) {
            const int index = match.captured(1).toInt();
            const QString tag = index < sentTags.size() ? sentTags.at(index) : QString();
            problems.append(tr("Tag “%1”: %2").arg(shortened(tag), it.value().join(QLatin1Char(' '))));
        } else if (it.key() == QLatin1String("tags")) {
            problems.append(it.value().join(QLatin1Char(' ')));
        }
    }
    if (problems.isEmpty())
        problems.append(ErrorText::describe(error, tr("The tags were not saved")));
    showFieldError(problems.join(QLatin1Char(' ')));
}

QString TagEditor::fieldErrorText() const
{
    return m_error->isVisible() ? m_error->property("plainText").toString() : QString();
}

void TagEditor::showFieldError(const QString &message)
{
    m_error->setProperty("plainText", message);
    if (message.isEmpty()) {
        m_error->clear();
        m_error->hide();
        return;
    }
    m_error->setText(QStringLiteral("<span style=\"color:#a11d1d\"><img src=\":/icons/warning.svg\" width=\"14\" "
                                    "height=\"14\"> %1</span>")
                         .arg(message.toHtmlEscaped()));
    m_error->show();
}

void TagEditor::updateSaveButton()
{
    m_saveButton->setEnabled(m_writable && !m_saving && m_valid && hasUnsavedEdits());
    m_saveButton->setText(m_saving ? tr("Saving…") : tr("Save tags"));
}

} // namespace weav::ui
