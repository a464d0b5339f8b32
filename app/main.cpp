#include "firstpaintprobe.h"
#include "mainwindow.h"
#include "version.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SocketLab"));
    QApplication::setOrganizationName(QStringLiteral("SocketLab"));
    QApplication::setApplicationVersion(QString::fromLatin1(socketlabVersion));

    MainWindow window;
    FirstPaintProbe::install(&window);
    window.show();
    return QApplication::exec();
}
