#include "PlaceholderPage.h"

#include "ShellIcons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace weav::ui {

namespace {

// The width of the text column; wider lines are hard to read in the middle of a large window.
constexpr int TextWidth = 560;

} // namespace

PlaceholderPage::PlaceholderPage(const QString &iconName, const QString &title, const QString &plannedContent,
                                 QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title))
    , m_notice(new QLabel(tr("This area is not available in this version yet.")))
    , m_planned(new QLabel(tr("It will hold: %1").arg(plannedContent)))
{
    auto *icon = new QLabel;
    icon->setPixmap(shellIcon(iconName).pixmap(56, 56));
    icon->setAlignment(Qt::AlignCenter);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    QFont noticeFont = m_notice->font();
    noticeFont.setPointSizeF(noticeFont.pointSizeF() * 1.1);
    m_notice->setFont(noticeFont);
    m_planned->setForegroundRole(QPalette::PlaceholderText);

    for (QLabel *label : {m_title, m_notice, m_planned}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }

    // A fixed-width column keeps the word-wrapped labels' heights right; alignment flags in the
    // layout would size them by their one-line width instead.
    auto *column = new QWidget;
    column->setFixedWidth(TextWidth);
    auto *texts = new QVBoxLayout(column);
    texts->setContentsMargins(0, 0, 0, 0);
    texts->addWidget(icon);
    texts->addSpacing(8);
    texts->addWidget(m_title);
    texts->addWidget(m_notice);
    texts->addSpacing(4);
    texts->addWidget(m_planned);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

QString PlaceholderPage::title() const
{
    return m_title->text();
}

QString PlaceholderPage::text() const
{
    return m_title->text() + QLatin1Char('\n') + m_notice->text() + QLatin1Char('\n') + m_planned->text();
}

} // namespace weav::ui
