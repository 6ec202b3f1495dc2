#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace weav::bench {

// Runs the GUI thread's event loop until done() returns true; returns false after timeoutMs.
// The loop sleeps until an event arrives. The timed overload of QCoreApplication::processEvents()
// drops WaitForMoreEvents (Qt 6.4) and so polls without sleeping: with it, the waiting harness
// kept one of two cores busy and slowed the measured console and the in-process server alike.
inline bool runEventLoopUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();

    // Wakes the loop now and then, so that the timeout is noticed when nothing else happens.
    QTimer wake;
    wake.start(50);
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// Runs the event loop for ms milliseconds.
inline void runEventLoopFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace weav::bench
