#include "ui/window/firstpaintprobe.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

FirstPaintProbe::FirstPaintProbe(QObject *parent)
    : QObject(parent)
{ }

void FirstPaintProbe::install(QWidget *window)
{
    if (!qEnvironmentVariableIsSet("SOCKETLAB_REPORT_FIRST_PAINT"))
        return;
    window->installEventFilter(new FirstPaintProbe(window));
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        // Report once the paint event has been delivered and flushed: queue it
        // behind the current event so the window's own paintEvent has run.
        watched->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] {
            timespec now {};
            clock_gettime(CLOCK_MONOTONIC, &now);
            std::printf("first-paint %lld\n",
                static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
            std::fflush(stdout);
            deleteLater();
        });
    }
    return false;
}
