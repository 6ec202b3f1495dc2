#include "NoticeLine.h"

#include "shell/ShellIcons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace weav::ui {

NoticeLine::NoticeLine(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("noticeLine"));
    setFrameShape(QFrame::StyledPanel);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_action, &QPushButton::clicked, this, &NoticeLine::runAction);
    connect(m_close, &QPushButton::clicked, this, &NoticeLine::dismiss);
    hide();
}

void NoticeLine::showNotice(Kind kind, const QString &text, const QString &details, const QString &actionText,
                            std::function<void()> action)
{
    m_kind = kind;
    const bool error = kind == Kind::Error;
    setStyleSheet(error ? QStringLiteral("QFrame#noticeLine { background: #fdecea; border: 1px solid #e0a39d; border-radius: 3px; }"
                                         "QFrame#noticeLine QLabel { color: #5f2120; }")
                        : QStringLiteral("QFrame#noticeLine { background: #eef4fb; border: 1px solid #a9c4e4; border-radius: 3px; }"
                                         "QFrame#noticeLine QLabel { color: #1b3a5c; }"));
    m_icon->setPixmap(shellIcon(error ? QStringLiteral("warning") : QStringLiteral("info")).pixmap(18, 18));
    m_icon->setAccessibleName(error ? tr("Error") : tr("Note"));
    m_text->setText(text);
    m_text->setToolTip(details);

    m_callback = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    m_close->setVisible(m_dismissible);
    show();
}

void NoticeLine::setDismissible(bool dismissible)
{
    m_dismissible = dismissible;
    m_close->setVisible(dismissible);
}

void NoticeLine::dismiss()
{
    m_callback = {};
    m_text->clear();
    hide();
}

QString NoticeLine::text() const
{
    return m_text->text();
}

void NoticeLine::runAction()
{
    const std::function<void()> action = m_callback;
    dismiss();
    if (action)
        action();
}

} // namespace weav::ui
