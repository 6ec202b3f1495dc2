#include "LoadingIndicator.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace weav::ui {

QWidget *createLoadingIndicator(QWidget *parent)
{
    auto *indicator = new QWidget(parent);
    auto *layout = new QHBoxLayout(indicator);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *busy = new QProgressBar(indicator);
    busy->setRange(0, 0);
    busy->setTextVisible(false);
    busy->setFixedSize(60, 10);
    layout->addWidget(busy);
    layout->addWidget(new QLabel(QCoreApplication::translate("weav::ui::LoadingIndicator", "Loading…"), indicator));

    indicator->setVisible(false);
    return indicator;
}

} // namespace weav::ui
