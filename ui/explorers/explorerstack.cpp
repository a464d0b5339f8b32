#include "ui/explorers/explorerstack.h"

#include "ui/explorers/explorerswidget.h"

#include <QAction>
#include <QTabWidget>
#include <QToolButton>

using namespace Qt::StringLiterals;

ExplorerStack::ExplorerStack(Lab *lab, QWidget *timeline, QWidget *parent)
    : QStackedWidget(parent)
    , m_lab(lab)
    , m_timeline(timeline)
    , m_toggle(new QAction(tr("Show &explorers"), this))
{
    setObjectName(u"explorerStack"_s);
    addWidget(timeline);
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(u"Ctrl+E"_s));
    m_toggle->setToolTip(tr("The explorers in the timeline's place, or the timeline again"));
    connect(m_toggle, &QAction::toggled, this, &ExplorerStack::setExplorersShown);
}

ExplorersWidget *ExplorerStack::explorers()
{
    if (!m_explorers) {
        m_explorers = new ExplorersWidget(m_lab, this);
        // The way back sits beside the explorers' tabs: no extra row.
        m_back = new QToolButton(m_explorers);
        m_back->setObjectName(u"backToTimeline"_s);
        m_back->setText(tr("Back to the timeline"));
        m_back->setToolTip(tr("The timeline and the panels again (Ctrl+E)"));
        m_back->setAutoRaise(true);
        connect(m_back, &QToolButton::clicked, this, [this] { setExplorersShown(false); });
        m_explorers->tabs()->setCornerWidget(m_back, Qt::TopRightCorner);
        addWidget(m_explorers);
        emit explorersBuilt(m_explorers);
    }
    return m_explorers;
}

void ExplorerStack::setExplorersShown(bool shown)
{
    if (shown)
        setCurrentWidget(explorers());
    else
        setCurrentWidget(m_timeline);
    m_toggle->setChecked(shown); // toggled comes back here with nothing to change
    if (shown == m_shown)
        return;
    m_shown = shown;
    emit explorersShownChanged(shown);
}

void ExplorerStack::takeBack(ExplorersWidget *explorers)
{
    if (!explorers || explorers != m_explorers || indexOf(explorers) >= 0)
        return;
    addWidget(explorers);
    explorers->tabs()->setCornerWidget(m_back, Qt::TopRightCorner);
    m_back->show();
    setCurrentWidget(m_shown ? static_cast<QWidget *>(explorers) : m_timeline);
}
