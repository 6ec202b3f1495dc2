#include "RecordDetailPane.h"

#include "DetailFields.h"
#include "RecordListPanel.h"
#include "models/PagedListModel.h"
#include "workspace/Session.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace weav::ui {

namespace {

enum Page { HintPage, ProfilePage };

} // namespace

RecordDetailPane::RecordDetailPane(core::Session *session, core::PagedListModel *relatedModel,
                                   const RecordListTexts &relatedTexts, const QString &hint, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_relatedModel(relatedModel)
{
    relatedModel->setParent(this);

    auto *hintLabel = new QLabel(hint, this);
    hintLabel->setAlignment(Qt::AlignCenter);
    hintLabel->setWordWrap(true);

    m_stack = new QStackedWidget(this);
    m_stack->insertWidget(HintPage, hintLabel);
    m_stack->insertWidget(ProfilePage, buildProfile(relatedModel, relatedTexts));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->setCurrentIndex(HintPage);
}

QWidget *RecordDetailPane::buildProfile(core::PagedListModel *relatedModel, const RecordListTexts &relatedTexts)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 0, 0, 0);

    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("recordTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_fields = new DetailFields(page);
    layout->addWidget(m_fields);

    m_relatedList = new RecordListPanel(m_session, relatedModel, relatedTexts, page);
    m_relatedList->setToolbarVisible(false);
    layout->addWidget(m_relatedList, 1);
    return page;
}

core::Session *RecordDetailPane::session() const
{
    return m_session;
}

void RecordDetailPane::showProfile(const QString &title)
{
    m_title->setText(title);
    m_stack->setCurrentIndex(ProfilePage);
}

void RecordDetailPane::showHint()
{
    m_fields->clearValues();
    m_stack->setCurrentIndex(HintPage);
}

} // namespace weav::ui
