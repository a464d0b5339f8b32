#pragma once

#include <QMainWindow>

// SocketLab's main window: the layer diagram beside the server and client panels.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
};
