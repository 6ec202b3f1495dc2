#include "StartupWindow.h"

#include "ShellIcons.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace weav::ui {

StartupWindow::StartupWindow(QWidget *parent)
    : QWidget(parent, Qt::Dialog)
    , m_headline(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("startupWindow"));
    setWindowTitle(tr("Weav Console"));
    setMinimumWidth(460);

    auto *icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(40, 40));

    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_headline->setFont(bold);
    m_headline->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);

    auto *progress = new QProgressBar(this);
    progress->setRange(0, 0);
    progress->setTextVisible(false);
    progress->setAccessibleName(tr("Working"));

    auto *texts = new QVBoxLayout;
    texts->addWidget(m_headline);
    texts->addWidget(m_detail);
    texts->addSpacing(6);
    texts->addWidget(progress);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 18);
    layout->setSpacing(16);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
}

void StartupWindow::setHeadline(const QString &headline)
{
    m_headline->setText(headline);
}

void StartupWindow::setDetail(const QString &detail)
{
    m_detail->setText(detail);
}

QString StartupWindow::detail() const
{
    return m_detail->text();
}

void StartupWindow::finish()
{
    m_closingQuietly = true;
    close();
}

void StartupWindow::closeEvent(QCloseEvent *event)
{
    QWidget::closeEvent(event);
    if (!m_closingQuietly)
        emit closedByUser();
}

} // namespace weav::ui
