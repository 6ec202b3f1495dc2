#include "UiTestSupport.h"

#include "models/PagedListModel.h"

#include <QDir>
#include <QTest>
#include <QWidget>

namespace weav::ui::test {

bool waitUntilLoaded(core::PagedListModel *model, int timeoutMs)
{
    return QTest::qWaitFor([model] { return model->isStarted() && (!model->isLoading() || model->hasFailed()); }, timeoutMs)
        && !model->hasFailed();
}

QString saveScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("WEAV_TEST_SCREENSHOTS");
    if (folder.isEmpty())
        return {};

    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    return widget->grab().save(path) ? path : QString();
}

} // namespace weav::ui::test
