#pragma once

#include <QLineEdit>

class QAction;

namespace weav::ui {

// A masked line edit for an API token, with a "Show"/"Hide" action at its end. The text is never
// logged, and copying it out of the field is allowed only while it is shown.
class TokenField : public QLineEdit
{
    Q_OBJECT

public:
    explicit TokenField(QWidget *parent = nullptr);

    bool isRevealed() const { return echoMode() == QLineEdit::Normal; }
    void setRevealed(bool revealed);
    QAction *revealAction() const { return m_revealAction; }

    // The trimmed text, because a pasted token may carry a trailing space or newline.
    QString token() const { return text().trimmed(); }

private:
    QAction *m_revealAction;
};

} // namespace weav::ui
