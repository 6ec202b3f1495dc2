#include "OfflineBanner.h"

#include "ShellIcons.h"

#include "api/Endpoints.h"
#include "workspace/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QVBoxLayout>

namespace weav::ui {

Q_LOGGING_CATEGORY(lcShellBanner, "weav.ui.shell.banner")

OfflineBanner::OfflineBanner(core::Session *session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_text(new QLabel(this))
    , m_retryResult(new QLabel(this))
    , m_retryButton(new QPushButton(tr("Retry now"), this))
{
    setObjectName(QStringLiteral("offlineBanner"));
    setAccessibleName(tr("Connection problem"));
    // Dark text on light yellow keeps a contrast ratio above 10:1, in light and dark desktop themes.
    setStyleSheet(QStringLiteral("#offlineBanner { background: #fff4ce; border-bottom: 1px solid #e0c35c; }"
                                 "#offlineBanner QLabel { color: #3d2e00; }"));

    auto *icon = new QLabel(this);
    icon->setPixmap(shellIcon(QStringLiteral("offline")).pixmap(24, 24));

    m_text->setText(tr("The workspace cannot be reached. Changes you make are kept; the console retries by itself."));
    m_text->setWordWrap(true);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    m_retryResult->setWordWrap(true);
    m_retryResult->hide();

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_text);
    texts->addWidget(m_retryResult);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(10);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(m_retryButton, 0, Qt::AlignVCenter);

    connect(m_retryButton, &QPushButton::clicked, this, &OfflineBanner::retryNow);
    connect(session, &core::Session::reachabilityChanged, this, &OfflineBanner::onReachabilityChanged);
    setVisible(!session->isReachable());
}

QString OfflineBanner::text() const
{
    return m_text->text();
}

QString OfflineBanner::retryText() const
{
    return m_retryResult->text();
}

void OfflineBanner::retryNow()
{
    if (!m_session)
        return;

    m_retryButton->setEnabled(false);
    m_retryButton->setText(tr("Retrying…"));

    // Any HTTP reply makes the client report the workspace reachable again, which hides the banner.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    core::ApiRequest probe = core::ApiRequest::get(core::endpoints::users(), query);
    probe.retryPolicy = core::RetryPolicy::none();
    core::ApiCall *call = m_session->client()->send(probe);
    connect(call, &core::ApiCall::finished, this, [this](const core::ApiResponse &response) {
        m_retryButton->setEnabled(true);
        m_retryButton->setText(tr("Retry now"));
        if (response.status == 0)
            onProbeFailed(response.error);
    });
}

void OfflineBanner::onProbeFailed(const core::ApiError &error)
{
    qCInfo(lcShellBanner).noquote() << "retry failed:" << error.summary();
    m_retryResult->setText(tr("Still unreachable (%1). Check the network or the server; the console keeps trying.")
                               .arg(error.message));
    m_retryResult->show();
}

void OfflineBanner::onReachabilityChanged(bool reachable)
{
    setVisible(!reachable);
    if (reachable) {
        m_retryResult->clear();
        m_retryResult->hide();
    }
}

} // namespace weav::ui
