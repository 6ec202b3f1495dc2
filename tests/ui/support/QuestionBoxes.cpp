#include "QuestionBoxes.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QTest>

namespace weav::ui::test {

bool clickQuestionButton(QWidget *parent, const QString &buttonText, int timeoutMs)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        const QList<QMessageBox *> boxes = parent->findChildren<QMessageBox *>();
        for (QMessageBox *candidate : boxes) {
            if (candidate->isVisible())
                box = candidate;
        }
        return box != nullptr;
    }, timeoutMs);
    if (!shown)
        return false;

    const QList<QAbstractButton *> buttons = box->buttons();
    for (QAbstractButton *button : buttons) {
        if (button->text() == buttonText) {
            QTest::mouseClick(button, Qt::LeftButton);
            return true;
        }
    }
    return false;
}

} // namespace weav::ui::test
