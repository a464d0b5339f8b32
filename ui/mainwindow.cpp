#include "mainwindow.h"

#include <QLabel>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("SocketLab"));
    setCentralWidget(new QLabel(tr("SocketLab"), this));
}
