#pragma once

#include <QString>

#include <functional>

class QObject;
class QWidget;

// The screenshot runner's steps of the Agents and Training data areas: agents.png, agent-form.png,
// training.png, wizard-source.png and wizard-result.png.
namespace weav::ui {

class MainWindow;

using ScreenshotReady = std::function<void()>;
using ScreenshotFail = std::function<void(const QString &reason)>;

// The Agents area with the first agent selected and every training item count shown.
void prepareAgentsScreenshot(MainWindow *window, QObject *context, ScreenshotReady ready, ScreenshotFail fail);
// The form of a new agent with values past their limits, so that the field messages show.
void prepareAgentFormScreenshot(MainWindow *window, QObject *context, ScreenshotReady ready, ScreenshotFail fail);
// The Training data area with a text item selected and previewed.
void prepareTrainingScreenshot(MainWindow *window, QObject *context, ScreenshotReady ready, ScreenshotFail fail);
// The upload wizard's first page.
void prepareWizardSourceScreenshot(MainWindow *window, QObject *context, ScreenshotReady ready, ScreenshotFail fail);
// The wizard's result page after web pages were uploaded, one of which cannot be fetched. It uploads
// to the workspace, so it runs in the demo workspace only.
void prepareWizardResultScreenshot(MainWindow *window, QObject *context, ScreenshotReady ready, ScreenshotFail fail);
// The open upload wizard, or null.
QWidget *trainingWizardScreenshotTarget(MainWindow *window);
// Whether the window is connected to a workspace other than the demo one, in which a step must
// not upload anything.
bool skipOutsideDemoWorkspace(MainWindow *window);
// Whether the window's token cannot write, so that the wizard cannot be used.
bool skipWithoutWriteAbility(MainWindow *window);

} // namespace weav::ui
