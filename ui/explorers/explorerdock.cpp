#include "ui/explorers/explorerdock.h"

#include "ui/explorers/explorerswidget.h"

using namespace Qt::StringLiterals;

ExplorerDock::ExplorerDock(Lab *lab, QWidget *parent)
    : QDockWidget(tr("Explorers"), parent)
    , m_lab(lab)
{
    setObjectName(u"explorerDock"_s);
    setAccessibleName(tr("Explorers"));
    setAllowedAreas(Qt::AllDockWidgetAreas);
}

ExplorersWidget *ExplorerDock::explorers()
{
    if (!m_explorers) {
        m_explorers = new ExplorersWidget(m_lab, this);
        setWidget(m_explorers);
        emit explorersBuilt(m_explorers);
    }
    return m_explorers;
}

void ExplorerDock::showEvent(QShowEvent *event)
{
    explorers();
    QDockWidget::showEvent(event);
}
