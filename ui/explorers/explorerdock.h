#pragma once

#include <QDockWidget>

class ExplorersWidget;
class Lab;

// A dock holding the explorers (object name "explorerDock", for
// QMainWindow::saveState). The main window adds it with addDockWidget and
// reaches the explorers through explorers(). The explorers are built the
// first time they are needed (the dock is shown, or explorers() is called),
// not at start: most sessions open them late or never, and the window
// paints sooner without them.
class ExplorerDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplorerDock)

public:
    // lab: not owned; gives the explorers their resolver and sockets.
    explicit ExplorerDock(Lab *lab, QWidget *parent = nullptr);

    // The explorers, built now if they were not yet (never null).
    ExplorersWidget *explorers();
    // The explorers if they were built, else null.
    ExplorersWidget *builtExplorers() const { return m_explorers; }

signals:
    // Once, right after the explorers were built: connect to them here.
    void explorersBuilt(ExplorersWidget *explorers);

protected:
    void showEvent(QShowEvent *event) override;

private:
    ExplorersWidget *m_explorers = nullptr;
    Lab *m_lab = nullptr;
};
