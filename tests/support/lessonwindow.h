#pragma once

// The main window as the app starts it, for widget tests: its lesson
// controller, the built-in lesson at its first stage, demos at pace 0, on an
// offscreen screen of a chosen size. Each step returns "" or what went
// wrong, so a test can QCOMPARE(step, QString()).

#include "core/lab/lesson.h"
#include "core/record/throttle.h"
#include "ui/lesson/lessoncontroller.h"
#include "ui/window/mainwindow.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStandardPaths>
#include <QString>
#include <QTest>

#include <algorithm>
#include <memory>

namespace LessonWindow {

using namespace Qt::StringLiterals;

// For a test's initMain(): the offscreen platform gets the screens of
// `config` (a file in tests/ui/, e.g. "screen-1280x720.json") when run
// through ctest, which sets SOCKETLAB_SOURCE_DIR.
inline void useScreens(const QByteArray &config)
{
    const QByteArray source = qgetenv("SOCKETLAB_SOURCE_DIR");
    if (!source.isEmpty())
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + source + "/tests/ui/" + config);
}

// Makes *window and its *controller (owned by the window) with QSettings in
// test mode, demos at pace 0 and the built-in lesson at stage 0; not shown yet.
inline QString make(std::unique_ptr<MainWindow> *window, LessonController **controller)
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("SOCKETLAB_SOURCE_DIR"))
        return u"run through ctest"_s;
    *window = std::make_unique<MainWindow>();
    *controller = new LessonController(window->get(), window->get());
    (*controller)->setPace(0);
    LessonError error;
    const Lesson lesson = Lesson::load(Lesson::builtInDirectory(), &error);
    if (error.isError())
        return error.toString();
    (*controller)->setLesson(lesson, 0);
    return {};
}

// Shows `window` and waits until it is on screen and `controller` has
// entered its stage.
inline QString show(MainWindow *window, LessonController *controller)
{
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return u"the window was not exposed"_s;
    if (!QTest::qWaitFor([controller] { return !controller->isBusy(); }))
        return u"the lesson controller stayed busy"_s;
    return {};
}

// Waits until `window`'s views have caught up with the calls made: no
// throttled refresh (Throttle, at most every 40 ms) is still scheduled, and
// the layout requests and zero-time timers the refreshes left have run.
// Returns "" or what stayed pending after 5 s.
inline QString settle(QWidget *window)
{
    const auto idle = [window] {
        QCoreApplication::processEvents();
        const QList<Throttle *> throttles = window->findChildren<Throttle *>();
        return std::none_of(throttles.cbegin(), throttles.cend(),
            [](const Throttle *throttle) { return throttle->isScheduled(); });
    };
    if (!QTest::qWaitFor(idle, 5000))
        return u"a throttled refresh stayed scheduled"_s;
    QCoreApplication::processEvents(); // what the last refresh posted
    return {};
}

} // namespace LessonWindow
