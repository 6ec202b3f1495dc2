#include "RepliesPage.h"

#include "common/ErrorText.h"
#include "connect/FieldMessage.h"
#include "shell/ShellIcons.h"
#include "workspace/ProfileStore.h"
#include "workspace/Session.h"
#include "workspace/TeammateList.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace weav::ui {

RepliesPage::RepliesPage(core::Session *session, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("repliesPage"));
    m_list = new core::TeammateList(m_session->client(), this);
    connect(m_list, &core::TeammateList::loaded, this, &RepliesPage::onLoaded);
    connect(m_list, &core::TeammateList::failed, this, &RepliesPage::onFailed);

    auto *intro = new QLabel(tr("Replies and internal notes from this console are sent in the name of one teammate. "
                                "Customers see that teammate's name on replies."),
                             this);
    intro->setWordWrap(true);

    m_teammates = new QComboBox(this);
    m_teammates->setObjectName(QStringLiteral("replyAsTeammate"));
    m_teammates->setAccessibleName(tr("Reply as teammate"));
    m_teammates->setMinimumContentsLength(36);
    m_teammates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_teammates->setEnabled(false);
    m_teammates->addItem(tr("Loading the teammates…"), m_session->teammateId());
    connect(m_teammates, &QComboBox::activated, this, &RepliesPage::applyChoice);

    m_retry = new QPushButton(tr("Load &Again"), this);
    m_retry->setObjectName(QStringLiteral("reloadTeammates"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &RepliesPage::loadTeammates);

    auto *row = new QHBoxLayout;
    row->addWidget(m_teammates, 1);
    row->addWidget(m_retry);

    auto *form = new QFormLayout;
    form->addRow(tr("Reply &as"), row);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(row)))
        label->setBuddy(m_teammates);

    m_error = new FieldMessage(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("repliesStatus"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addStretch(1);
}

void RepliesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && !m_list->isRunning())
        loadTeammates();
}

void RepliesPage::loadTeammates()
{
    if (!m_session || m_list->isRunning())
        return;
    m_error->clear();
    m_retry->hide();
    m_status->setText(tr("Loading the teammates…"));
    m_list->start();
}

void RepliesPage::onLoaded(const QList<core::User> &teammates)
{
    const QString chosen = m_session ? m_session->teammateId() : QString();

    m_teammates->clear();
    m_teammates->addItem(tr("Not set (nothing can be sent)"), QString());
    for (const core::User &user : teammates) {
        const QString text = user.email.isEmpty() ? user.name : tr("%1 <%2>").arg(user.name, user.email);
        m_teammates->addItem(shellIcon(QStringLiteral("teammate")), text, user.id);
    }
    int index = m_teammates->findData(chosen);
    if (index < 0 && !chosen.isEmpty()) {
        // A teammate removed from the workspace stays visible, so the choice is not changed silently.
        m_teammates->addItem(tr("Unknown teammate %1").arg(chosen), chosen);
        index = m_teammates->count() - 1;
    }
    m_teammates->setCurrentIndex(qMax(0, index));
    m_teammates->setEnabled(true);

    m_loaded = true;
    m_status->setText(tr("%n teammate(s) in this workspace.", nullptr, int(teammates.size())));
    emit teammatesLoaded(int(teammates.size()));
}

void RepliesPage::onFailed(const core::ApiError &error)
{
    m_status->clear();
    m_error->showMessage(ErrorText::describe(error, tr("Could not load the teammates")));
    m_retry->show();
}

void RepliesPage::applyChoice()
{
    if (!m_session)
        return;
    const QString userId = m_teammates->currentData().toString();
    m_session->setTeammateId(userId);
    m_error->clear();

    if (m_session->isDemo()) {
        m_status->setText(tr("Replies are sent as %1 until the console closes.").arg(m_teammates->currentText()));
        return;
    }

    core::ProfileStore store(m_settings);
    std::optional<core::Profile> profile = store.find(m_session->profile().name);
    if (!profile) {
        m_error->showMessage(tr("The profile \"%1\" is no longer saved, so the choice lasts until the console closes.")
                                 .arg(m_session->profile().name));
        return;
    }
    profile->teammateId = userId;
    const core::ProfileError failed = store.save(*profile);
    if (failed.isError()) {
        m_error->showMessage(failed.message);
        return;
    }
    m_status->setText(userId.isEmpty() ? tr("No teammate is set: the composer cannot send.")
                                        : tr("Replies are sent as %1.").arg(m_teammates->currentText()));
}

QString RepliesPage::statusText() const
{
    return m_status->text();
}

QString RepliesPage::errorText() const
{
    return m_error->text();
}

} // namespace weav::ui
