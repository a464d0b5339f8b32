// The reference for bench_startup: a bare QMainWindow that reports its first
// paint exactly as SocketLab does (see firstpaintprobe.h).
#include "firstpaintprobe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bare"));
    window.resize(1280, 720);
    FirstPaintProbe::install(&window);
    window.show();
    return QApplication::exec();
}
