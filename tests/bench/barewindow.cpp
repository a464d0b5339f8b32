// The reference for bench_startup: a bare QMainWindow that reports its first
// paint exactly as SocketLab does (see firstpaintprobe.h). With --text, the
// window shows one line of text, so the first paint also starts the font
// system (fontconfig, FreeType, glyph loading), as any window with words does.
#include "ui/window/firstpaintprobe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bare"));
    window.resize(1280, 720);
    if (app.arguments().contains(QStringLiteral("--text")))
        window.setCentralWidget(new QLabel(QStringLiteral("SocketLab"), &window));
    FirstPaintProbe::install(&window);
    window.show();
    return QApplication::exec();
}
