#include "TokenField.h"

#include "shell/ShellIcons.h"

#include <QAction>

namespace weav::ui {

TokenField::TokenField(QWidget *parent)
    : QLineEdit(parent)
    , m_revealAction(new QAction(this))
{
    setEchoMode(QLineEdit::Password);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    setClearButtonEnabled(false);

    m_revealAction->setCheckable(true);
    m_revealAction->setObjectName(QStringLiteral("revealToken"));
    connect(m_revealAction, &QAction::toggled, this, &TokenField::setRevealed);
    addAction(m_revealAction, QLineEdit::TrailingPosition);
    setRevealed(false);
}

void TokenField::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);

    const QSignalBlocker blocker(m_revealAction);
    m_revealAction->setChecked(revealed);
    m_revealAction->setText(revealed ? tr("Hide") : tr("Show"));
    m_revealAction->setToolTip(revealed ? tr("Hide the token") : tr("Show the token"));
    m_revealAction->setIcon(shellIcon(revealed ? QStringLiteral("eye-off") : QStringLiteral("eye")));
}

} // namespace weav::ui
