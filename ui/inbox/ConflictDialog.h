#pragma once

#include "workspace/ConversationActions.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;

namespace weav::ui {

// Asks what to do when someone else changed a conversation after the person opened it and before
// their edit was sent. It lists, field by field, what the other change did
// ("Status: Open → Closed (changed by someone else)") and the person's own pending change, and
// offers two choices: apply my change anyway, or discard it and show the new version.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, ApplyMine, DiscardMine };

    // Text of one field's value in a conversation, e.g. ("status", c) → "Closed".
    using ValueText = std::function<QString(const QString &field, const core::Conversation &conversation)>;

    ConflictDialog(const core::ConversationConflict &conflict, ValueText valueText, QWidget *parent = nullptr);

    const core::ConversationConflict &conflict() const { return m_conflict; }
    Choice choice() const { return m_choice; }

    // One line per field someone else changed, as shown.
    QStringList otherChangeLines() const { return m_otherLines; }
    // One line per field of the person's pending change, as shown.
    QStringList pendingChangeLines() const { return m_pendingLines; }

    QPushButton *applyButton() const { return m_applyButton; }
    QPushButton *discardButton() const { return m_discardButton; }

    // The label of a field for a person, e.g. "first_response_at" → "First response".
    static QString fieldLabel(const QString &field);

signals:
    void applyChosen();
    void discardChosen();

private:
    void buildLines();
    QLabel *listLabel(const QStringList &lines);
    void choose(Choice choice);

    core::ConversationConflict m_conflict;
    ValueText m_valueText;
    QStringList m_otherLines;
    QStringList m_pendingLines;
    QPushButton *m_applyButton;
    QPushButton *m_discardButton;
    Choice m_choice = Choice::None;
};

} // namespace weav::ui
