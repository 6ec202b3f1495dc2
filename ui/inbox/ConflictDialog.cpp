#include "ConflictDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace weav::ui {

ConflictDialog::ConflictDialog(const core::ConversationConflict &conflict, ValueText valueText, QWidget *parent)
    : QDialog(parent)
    , m_conflict(conflict)
    , m_valueText(std::move(valueText))
{
    setWindowTitle(tr("Someone else changed this conversation"));
    buildLines();

    const QString subject = conflict.current.subject.isEmpty() ? tr("(no subject)") : conflict.current.subject;
    auto *intro = new QLabel(tr("“%1” was changed on the server after you opened it. Your change has not been "
                                "saved yet.")
                                 .arg(subject),
                             this);
    intro->setWordWrap(true);

    auto *otherTitle = new QLabel(tr("<b>Changed by someone else</b>"), this);
    auto *pendingTitle = new QLabel(tr("<b>Your change, not saved yet</b>"), this);

    m_applyButton = new QPushButton(tr("Apply my change anyway"), this);
    m_discardButton = new QPushButton(tr("Discard my change and show the new version"), this);
    m_applyButton->setAutoDefault(false);
    m_discardButton->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_discardButton, QDialogButtonBox::RejectRole);
    buttons->addButton(m_applyButton, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(otherTitle);
    layout->addWidget(listLabel(m_otherLines));
    layout->addSpacing(6);
    layout->addWidget(pendingTitle);
    layout->addWidget(listLabel(m_pendingLines));
    layout->addSpacing(8);
    layout->addWidget(buttons);

    connect(m_applyButton, &QPushButton::clicked, this, [this] { choose(Choice::ApplyMine); });
    connect(m_discardButton, &QPushButton::clicked, this, [this] { choose(Choice::DiscardMine); });
    // Closing the dialog sends nothing, as discarding does.
    connect(this, &QDialog::rejected, this, [this] {
        if (m_choice == Choice::None)
            choose(Choice::DiscardMine);
    });
    setMinimumWidth(460);
}

QString ConflictDialog::fieldLabel(const QString &field)
{
    if (field == QLatin1String("subject"))
        return tr("Subject");
    if (field == QLatin1String("status"))
        return tr("Status");
    if (field == QLatin1String("priority"))
        return tr("Priority");
    if (field == QLatin1String("assignee"))
        return tr("Assignee");
    if (field == QLatin1String("tags"))
        return tr("Tags");
    if (field == QLatin1String("first_response_at"))
        return tr("First response");
    if (field == QLatin1String("last_message_at"))
        return tr("Last message");
    if (field == QLatin1String("closed_at"))
        return tr("Closed");
    if (field == QLatin1String("is_spam"))
        return tr("Spam");
    return field;
}

void ConflictDialog::buildLines()
{
    const core::Conversation &shown = m_conflict.shown;
    const core::Conversation &current = m_conflict.current;
    const QStringList pendingFields = m_conflict.changes.fieldNames();

    for (const QString &field : m_conflict.changedFields()) {
        QString line = tr("%1: %2 → %3 (changed by someone else)")
                           .arg(fieldLabel(field), m_valueText(field, shown), m_valueText(field, current));
        if (pendingFields.contains(field))
            line += tr(" — your change sets this field too");
        m_otherLines.append(line);
    }
    if (m_otherLines.isEmpty())
        m_otherLines.append(tr("No field you can see changed; the conversation was updated on the server."));

    const core::Conversation mine = m_conflict.changes.appliedTo(current);
    for (const QString &field : pendingFields)
        m_pendingLines.append(tr("%1: %2 → %3").arg(fieldLabel(field), m_valueText(field, current), m_valueText(field, mine)));
    if (m_conflict.changes.againstVersion(current).isEmpty())
        m_pendingLines.append(tr("The new version already contains your change."));
}

QLabel *ConflictDialog::listLabel(const QStringList &lines)
{
    QStringList items;
    for (const QString &line : lines)
        items.append(QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped()));
    auto *label = new QLabel(QStringLiteral("<ul style=\"margin-left:-20px\">%1</ul>").arg(items.join(QString())), this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void ConflictDialog::choose(Choice choice)
{
    if (m_choice != Choice::None)
        return;
    m_choice = choice;
    if (choice == Choice::ApplyMine) {
        emit applyChosen();
        accept();
    } else {
        emit discardChosen();
        reject();
    }
}

} // namespace weav::ui
