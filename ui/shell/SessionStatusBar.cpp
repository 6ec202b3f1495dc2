#include "SessionStatusBar.h"

#include "HostLabel.h"
#include "ShellIcons.h"

#include "workspace/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace weav::ui {

namespace {

// Below this share of the rate limit left, the entry shows a warning icon.
constexpr double LowHeadroomShare = 0.1;

} // namespace

StatusItem::StatusItem(const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(objectName);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
}

void StatusItem::setIconName(const QString &iconName)
{
    m_iconName = iconName;
    m_icon->setPixmap(shellIcon(iconName).pixmap(16, 16));
}

void StatusItem::setText(const QString &text)
{
    m_text->setText(text);
}

QString StatusItem::text() const
{
    return m_text->text();
}

void StatusItem::reserveWidthFor(const QString &sample)
{
    m_text->setMinimumWidth(m_text->fontMetrics().horizontalAdvance(sample));
}

SessionStatusBar::SessionStatusBar(core::Session *session, QWidget *parent)
    : QStatusBar(parent)
    , m_session(session)
    , m_workspace(new StatusItem(QStringLiteral("workspaceStatus"), this))
    , m_readOnly(new StatusItem(QStringLiteral("readOnlyBadge"), this))
    , m_connection(new StatusItem(QStringLiteral("connectionStatus"), this))
    , m_sync(new StatusItem(QStringLiteral("syncStatus"), this))
    , m_rateLimit(new StatusItem(QStringLiteral("rateLimitStatus"), this))
{
    setSizeGripEnabled(true);

    // The texts are set before the entries are added, so that the first layout (and a screenshot
    // taken right after show()) already has their widths.
    showWorkspace();
    showAbilities();
    showReachability(session->isReachable());
    showLastSync();
    showRateLimit(session->rateLimitLimit(), session->rateLimitRemaining());
    m_sync->reserveWidthFor(tr("Synced 59 min ago"));
    for (StatusItem *item : {m_workspace, m_readOnly, m_connection, m_sync, m_rateLimit})
        addPermanentWidget(item);

    connect(session, &core::Session::abilitiesChanged, this, &SessionStatusBar::showAbilities);
    connect(session, &core::Session::reachabilityChanged, this, &SessionStatusBar::showReachability);
    connect(session, &core::Session::lastSyncChanged, this, &SessionStatusBar::showLastSync);
    connect(session, &core::Session::rateLimitChanged, this, &SessionStatusBar::showRateLimit);
    connect(&m_syncTimer, &QTimer::timeout, this, &SessionStatusBar::showLastSync);
    m_syncTimer.start(SyncRefreshMs);
}

void SessionStatusBar::showWorkspace()
{
    const core::Profile &profile = m_session->profile();
    const QString host = hostLabel(profile.baseUrl);
    const QString name = m_session->isDemo() ? tr("Demo workspace") : profile.name;

    m_workspace->setIconName(QStringLiteral("workspace"));
    m_workspace->setText(tr("%1 · %2").arg(name, host));
    m_workspace->setToolTip(m_session->isDemo()
                                ? tr("The demo workspace, served inside this console at %1")
                                      .arg(profile.baseUrl.toDisplayString())
                                : tr("Profile \"%1\" at %2").arg(profile.name, profile.baseUrl.toDisplayString()));
}

void SessionStatusBar::showAbilities()
{
    m_readOnly->setIconName(QStringLiteral("read-only"));
    m_readOnly->setText(tr("Read-only"));
    m_readOnly->setToolTip(m_session->readOnlyReason());
    m_readOnly->setVisible(!m_session->canWrite());
}

void SessionStatusBar::showReachability(bool reachable)
{
    m_connection->setIconName(reachable ? QStringLiteral("online") : QStringLiteral("offline"));
    m_connection->setText(reachable ? tr("Online") : tr("Offline"));
    m_connection->setToolTip(reachable ? tr("The workspace answers requests.")
                                       : tr("The workspace cannot be reached; the console retries by itself."));
}

void SessionStatusBar::showLastSync()
{
    const QDateTime when = m_session ? m_session->lastSync() : QDateTime();
    m_sync->setIconName(QStringLiteral("sync"));
    m_sync->setText(relativeSyncText(when, QDateTime::currentDateTimeUtc()));
    m_sync->setToolTip(when.isValid() ? tr("Last synced at %1 (local time)")
                                            .arg(QLocale().toString(when.toLocalTime(), QLocale::LongFormat))
                                      : tr("No list or record has been read from the workspace yet."));
}

QString SessionStatusBar::relativeSyncText(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("Not synced yet");

    const qint64 seconds = qMax<qint64>(0, when.secsTo(now));
    if (seconds < 5)
        return tr("Synced just now");
    if (seconds < 60)
        return tr("Synced %1 s ago").arg(seconds);
    if (seconds < 3600)
        return tr("Synced %1 min ago").arg(seconds / 60);
    if (seconds < 86400)
        return tr("Synced %1 h ago").arg(seconds / 3600);
    return tr("Synced on %1").arg(QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat));
}

void SessionStatusBar::showRateLimit(int limit, int remaining)
{
    if (limit < 0 || remaining < 0) {
        m_rateLimit->hide();
        return;
    }

    const bool low = remaining < limit * LowHeadroomShare;
    m_rateLimit->setIconName(low ? QStringLiteral("warning") : QStringLiteral("analytics"));
    const QLocale locale;
    m_rateLimit->setText(tr("API: %1/%2 left").arg(locale.toString(remaining), locale.toString(limit)));
    m_rateLimit->setToolTip(low ? tr("Only %1 of %Ln requests are left in this minute; a request over the limit "
                                     "waits for the server's reset and is sent again.", nullptr, limit)
                                      .arg(locale.toString(remaining))
                                : tr("The server allows %Ln requests per minute; %1 are left.", nullptr, limit)
                                      .arg(locale.toString(remaining)));
    m_rateLimit->show();
}

} // namespace weav::ui
