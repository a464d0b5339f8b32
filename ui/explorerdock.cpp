#include "explorerdock.h"

#include "explorerswidget.h"

using namespace Qt::StringLiterals;

ExplorerDock::ExplorerDock(QWidget *parent)
    : QDockWidget(tr("Explorers"), parent)
    , m_explorers(new ExplorersWidget(this))
{
    setObjectName(u"explorerDock"_s);
    setAccessibleName(tr("Explorers"));
    setAllowedAreas(Qt::AllDockWidgetAreas);
    setWidget(m_explorers);
}
