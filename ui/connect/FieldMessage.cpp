#include "FieldMessage.h"

#include "settings/Appearance.h"
#include "shell/ShellIcons.h"

#include <QHBoxLayout>
#include <QLabel>

namespace weav::ui {

FieldMessage::FieldMessage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);

    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    hide();
}

void FieldMessage::showMessage(const QString &text, Kind kind)
{
    if (text.isEmpty()) {
        clear();
        return;
    }

    m_kind = kind;
    const bool error = kind == Kind::Error;
    m_icon->setPixmap(shellIcon(error ? QStringLiteral("error") : QStringLiteral("info")).pixmap(16, 16));
    m_text->setStyleSheet(error ? QStringLiteral("color: %1;").arg(appearance::errorTextColor(palette()).name()) : QString());
    m_text->setText(text);
    show();
}

void FieldMessage::clear()
{
    m_text->clear();
    hide();
}

QString FieldMessage::text() const
{
    return m_text->text();
}

} // namespace weav::ui
