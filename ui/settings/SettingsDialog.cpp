#include "SettingsDialog.h"

#include "AppearancePage.h"
#include "LiveUpdateSettings.h"
#include "NetworkPage.h"
#include "ProfilesPage.h"
#include "RepliesPage.h"

#include "live/LiveUpdates.h"
#include "shell/ShellIcons.h"
#include "workspace/Session.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace weav::ui {

namespace {

constexpr int PageListWidth = 190;

QLabel *headingLabel(const QString &text, QWidget *parent)
{
    auto *heading = new QLabel(text, parent);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

} // namespace

SettingsDialog::SettingsDialog(core::Session *session, QSettings *settings, LiveUpdates *liveUpdates, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(QStringLiteral("settingsPages"));
    m_pageList->setAccessibleName(tr("Settings pages"));
    m_pageList->setFixedWidth(PageListWidth);
    m_pageList->setIconSize(QSize(20, 20));
    m_pageList->setSpacing(2);
    m_stack = new QStackedWidget(this);
    connect(m_pageList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    const QString connected = session->isDemo() ? QString() : session->profile().name;
    m_profiles = new ProfilesPage(settings, connected, this);
    connect(m_profiles, &ProfilesPage::connectRequested, this, &SettingsDialog::connectRequested);
    addPage(Page::Profiles, QStringLiteral("workspace"), tr("Profiles"), QString(), m_profiles);

    m_replies = new RepliesPage(session, settings, this);
    addPage(Page::Replies, QStringLiteral("teammate"), tr("Replies"), QString(), m_replies);

    if (liveUpdates) {
        m_liveUpdates = liveUpdates->createSettingsPage(this);
        addPage(Page::LiveUpdates, QStringLiteral("sync"), tr("Live Updates"),
                tr("How the inbox learns about changes made elsewhere."), m_liveUpdates);
    }

    m_appearance = new AppearancePage(settings, this);
    addPage(Page::Appearance, QStringLiteral("eye"), tr("Appearance"), QString(), m_appearance);

    m_network = new NetworkPage(settings, this);
    addPage(Page::Network, QStringLiteral("online"), tr("Network"), QString(), m_network);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addWidget(m_pageList);
    columns->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    setTabOrder(m_pageList, m_stack);
    m_pageList->setCurrentRow(0);
    resize(PreferredSize);
}

void SettingsDialog::addPage(Page page, const QString &iconName, const QString &title, const QString &subtitle,
                             QWidget *content)
{
    auto *frame = new QWidget;
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 4, 8, 8);
    layout->addWidget(headingLabel(title, frame));
    if (!subtitle.isEmpty()) {
        auto *line = new QLabel(subtitle, frame);
        line->setWordWrap(true);
        layout->addWidget(line);
    }
    layout->addSpacing(8);
    layout->addWidget(content, 1);

    // A page taller than the window, e.g. with messages under its fields, scrolls instead of clipping.
    auto *scroll = new QScrollArea(m_stack);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(frame);
    scroll->setAccessibleName(title);

    m_rows.insert(page, m_stack->addWidget(scroll));
    auto *item = new QListWidgetItem(shellIcon(iconName), title, m_pageList);
    item->setData(Qt::UserRole, QVariant::fromValue(page));
    item->setSizeHint(QSize(PageListWidth - 8, 34));
}

void SettingsDialog::showPage(Page page)
{
    const int row = m_rows.value(page, 0);
    m_pageList->setCurrentRow(row);
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return m_rows.key(m_pageList->currentRow(), Page::Profiles);
}

} // namespace weav::ui
