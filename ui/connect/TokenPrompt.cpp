#include "TokenPrompt.h"

#include "TokenField.h"
#include "shell/HostLabel.h"
#include "shell/ShellIcons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace weav::ui {

namespace {

QString workspaceLabel(const core::Profile &profile, bool demo)
{
    const QString host = hostLabel(profile.baseUrl);
    if (demo)
        return TokenPrompt::tr("The demo workspace at %1").arg(host);
    return TokenPrompt::tr("The workspace of the profile \"%1\" at %2").arg(profile.name, host);
}

} // namespace

TokenPrompt::TokenPrompt(const core::Profile &profile, bool demo, const core::ApiError &error, QWidget *parent)
    : QDialog(parent)
    , m_explanation(new QLabel(this))
    , m_tokenEdit(new TokenField(this))
    , m_storeBox(new QCheckBox(tr("Store the new token in the keychain for this profile"), this))
    , m_useButton(nullptr)
    , m_discardButton(nullptr)
{
    setObjectName(QStringLiteral("tokenPrompt"));
    setWindowTitle(tr("New API token needed"));
    setModal(true);
    setMinimumWidth(560);

    auto *icon = new QLabel(this);
    icon->setPixmap(shellIcon(QStringLiteral("warning")).pixmap(32, 32));

    auto *headline = new QLabel(tr("The workspace no longer accepts the API token."), this);
    QFont bold = headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    headline->setFont(bold);
    headline->setWordWrap(true);

    const QString reason = error.message.isEmpty() ? tr("HTTP 401") : error.message;
    m_explanation->setText(tr("%1 answered \"%2\" to %3. The token may have expired or been revoked.\n\n"
                              "Enter a new token created in the Weav dashboard: the changes waiting for it are then "
                              "sent again. Cancel lets them fail with this error; nothing you typed in the console "
                              "is lost.")
                               .arg(workspaceLabel(profile, demo), reason,
                                    error.endpoint.isEmpty() ? tr("a request") : error.endpoint));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);

    m_tokenEdit->setPlaceholderText(tr("New API token"));
    m_storeBox->setChecked(!demo);
    m_storeBox->setVisible(!demo);

    auto *buttons = new QDialogButtonBox(this);
    m_useButton = buttons->addButton(tr("Use this token"), QDialogButtonBox::AcceptRole);
    m_useButton->setObjectName(QStringLiteral("useToken"));
    m_discardButton = buttons->addButton(tr("Cancel waiting changes"), QDialogButtonBox::RejectRole);
    m_discardButton->setObjectName(QStringLiteral("cancelWaitingChanges"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tokenEdit, &QLineEdit::textChanged, this, &TokenPrompt::updateUseButton);

    auto *texts = new QVBoxLayout;
    texts->addWidget(headline);
    texts->addWidget(m_explanation);
    texts->addSpacing(6);
    texts->addWidget(m_tokenEdit);
    texts->addWidget(m_storeBox);

    auto *top = new QHBoxLayout;
    top->setSpacing(14);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(texts, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(buttons);

    updateUseButton();
    m_tokenEdit->setFocus();
}

QString TokenPrompt::token() const
{
    return m_tokenEdit->token();
}

bool TokenPrompt::storeToken() const
{
    return m_storeBox->isChecked() && !m_storeBox->isHidden();
}

QString TokenPrompt::explanation() const
{
    return m_explanation->text();
}

void TokenPrompt::updateUseButton()
{
    m_useButton->setEnabled(!token().isEmpty());
}

} // namespace weav::ui
