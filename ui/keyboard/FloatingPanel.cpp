#include "FloatingPanel.h"

#include <QFrame>
#include <QGraphicsDropShadowEffect>

namespace weav::ui {

void styleAsFloatingPanel(QFrame *frame)
{
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setStyleSheet(QStringLiteral("QFrame#%1 { border: 1px solid palette(mid); border-radius: 6px; "
                                        "background: palette(window); }")
                             .arg(frame->objectName()));

    auto *shadow = new QGraphicsDropShadowEffect(frame);
    shadow->setBlurRadius(24);
    shadow->setOffset(0, 4);
    frame->setGraphicsEffect(shadow);
}

} // namespace weav::ui
