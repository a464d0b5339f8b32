#pragma once

#include <QStackedWidget>

class ExplorersWidget;
class Lab;
class QAction;
class QToolButton;

// The centre of the window as a stack of two pages: the timeline (page 0)
// or, in its stead and at its full size, the explorers (page 1). A lesson
// stage with an explorer shows that page; View ▸ Explorers opens it on any
// stage; "Back to the timeline" (the button beside the explorers' tabs, or
// Ctrl+E) returns. Never a squeezed dock: an explorer gets the room the
// timeline and the panels had (the main window hides the panels while the
// explorers show).
//
// The explorers are built the first time they are needed (shown, or
// explorers() called), not at start: most sessions open them late or never,
// and the window paints sooner without them.
class ExplorerStack final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplorerStack)

public:
    // lab: not owned; gives the explorers their resolver and sockets.
    // timeline: page 0, reparented to this stack.
    ExplorerStack(Lab *lab, QWidget *timeline, QWidget *parent = nullptr);

    // The explorers, built now if they were not yet (never null).
    ExplorersWidget *explorers();
    // The explorers if they were built, else null.
    ExplorersWidget *builtExplorers() const { return m_explorers; }

    // True while the explorers page is shown instead of the timeline.
    bool explorersShown() const { return m_shown; }
    // "Show explorers" (Ctrl+E), checkable, in step with explorersShown():
    // for the View menu.
    QAction *toggleAction() const { return m_toggle; }

    // Takes the explorers back as its page after a view that hosted them
    // (presentation's focus view, through MainWindow::explorers()) let them go.
    void takeBack(ExplorersWidget *explorers);

public slots:
    // Shows the explorers (building them) or the timeline again.
    void setExplorersShown(bool shown);

signals:
    // Once, right after the explorers were built: connect to them here.
    void explorersBuilt(ExplorersWidget *explorers);
    // The explorers page came (true) or went (false).
    void explorersShownChanged(bool shown);

private:
    Lab *m_lab = nullptr;
    QWidget *m_timeline = nullptr;
    ExplorersWidget *m_explorers = nullptr;
    QAction *m_toggle = nullptr;
    QToolButton *m_back = nullptr;
    bool m_shown = false;
};
