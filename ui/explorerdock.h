#pragma once

#include <QDockWidget>

class ExplorersWidget;

// A dock holding the explorers (object name "explorerDock", for
// QMainWindow::saveState). The main window adds it with addDockWidget and
// reaches the explorers through explorers().
class ExplorerDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplorerDock)

public:
    explicit ExplorerDock(QWidget *parent = nullptr);

    ExplorersWidget *explorers() const { return m_explorers; }

private:
    ExplorersWidget *m_explorers = nullptr;
};
