#include "ui/explorers/explorerswidget.h"

#include "core/lab/demoaction.h"
#include "core/lab/lab.h"
#include "ui/explorers/addressexplorer.h"
#include "ui/explorers/constantsexplorer.h"
#include "ui/explorers/getaddrinfoexplorer.h"
#include "ui/explorers/portexplorer.h"
#include "ui/explorers/socketplayground.h"

#include <QTabBar>
#include <QTabWidget>

#include <QVBoxLayout>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

ExplorersWidget::ExplorersWidget(Lab *lab, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"explorers"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_tabs->setObjectName(u"explorerTabs"_s);
    m_tabs->setAccessibleName(tr("Explorers"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);

    m_address = new AddressExplorer(m_tabs);
    m_ports = new PortExplorer(m_tabs);
    m_constants = new ConstantsExplorer(m_tabs);
    m_getaddrinfo = new GetaddrinfoExplorer(lab->explorerResolver(), m_tabs);
    m_playground = new SocketPlayground(lab, m_tabs);
    // Same order as Explorer.
    m_tabs->addTab(m_address, tr("Addresses"));
    m_tabs->addTab(m_ports, tr("Ports"));
    m_tabs->addTab(m_constants, tr("Constants"));
    m_tabs->addTab(m_getaddrinfo, tr("getaddrinfo"));
    m_tabs->addTab(m_playground, tr("Socket playground"));
    m_tabs->setTabToolTip(
        0, tr("IPv4 and IPv6 addresses: forms, bits, kinds; this machine's interfaces"));
    m_tabs->setTabToolTip(1, tr("Port ranges, services, this kernel's ephemeral range, listeners"));
    m_tabs->setTabToolTip(2, tr("AF_, SOCK_, IPPROTO_ and other constants of this system"));
    m_tabs->setTabToolTip(3, tr("Host and service to the list of 5-tuples"));
    m_tabs->setTabToolTip(4, tr("socket() with any family, type and protocol"));

    // Only the shown explorer sets the dock's minimum width: the widest tab
    // would otherwise squeeze the panels and narration beside the dock.
    auto fitCurrent = [this](int index) {
        for (int i = 0; i < m_tabs->count(); ++i)
            m_tabs->widget(i)->setSizePolicy(
                i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    };
    fitCurrent(m_tabs->currentIndex());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, fitCurrent](int index) {
        fitCurrent(index);
        emit currentExplorerChanged(Explorer(index));
    });
    connect(m_getaddrinfo, &GetaddrinfoExplorer::addressInfoChosen, this,
        &ExplorersWidget::addressInfoChosen);
    connect(lab, &Lab::explorerShown, this, &ExplorersWidget::showAction);
}

void ExplorersWidget::setPresented(bool presented)
{
    m_presented = presented;
    m_tabs->tabBar()->setVisible(!presented);
    m_address->setPresented(presented);
    m_ports->setPresented(presented);
    m_constants->setPresented(presented);
    m_getaddrinfo->setPresented(presented);
    m_playground->setPresented(presented);
}

ExplorersWidget::Explorer ExplorersWidget::currentExplorer() const
{
    return Explorer(m_tabs->currentIndex());
}

QString ExplorersWidget::explorerName(Explorer explorer)
{
    switch (explorer) {
    case Explorer::Address:
        return u"address"_s;
    case Explorer::Ports:
        return u"ports"_s;
    case Explorer::Constants:
        return u"constants"_s;
    case Explorer::Getaddrinfo:
        return u"getaddrinfo"_s;
    case Explorer::Playground:
        return u"playground"_s;
    }
    return {};
}

std::optional<ExplorersWidget::Explorer> ExplorersWidget::explorerFromName(const QString &name)
{
    const QString key = name.section(u':', 0, 0).trimmed().toLower();
    for (Explorer e : {Explorer::Address, Explorer::Ports, Explorer::Constants,
             Explorer::Getaddrinfo, Explorer::Playground}) {
        if (explorerName(e) == key)
            return e;
    }
    return std::nullopt;
}

void ExplorersWidget::showExplorer(Explorer explorer)
{
    m_tabs->setCurrentIndex(int(explorer));
}

bool ExplorersWidget::showExplorerNamed(const QString &name)
{
    const auto explorer = explorerFromName(name);
    if (!explorer)
        return false;
    if (*explorer == Explorer::Constants && name.contains(u':'))
        m_constants->setPrefix(name.section(u':', 1).trimmed());
    showExplorer(*explorer);
    return true;
}

void ExplorersWidget::showConstants(const QString &prefix)
{
    m_constants->setPrefix(prefix);
    showExplorer(Explorer::Constants);
}

void ExplorersWidget::showAction(const DemoAction &action)
{
    const QString verb = action.verb();
    const QStringList args = action.args();
    if (verb == u"open"_s) {
        showExplorerNamed(args.value(0));
    } else if (verb == u"address"_s) {
        m_address->setAddress(QString::fromUtf8(action.text()));
        showExplorer(Explorer::Address);
    } else if (verb == u"port"_s) {
        m_ports->setPortText(args.value(0));
        showExplorer(Explorer::Ports);
    } else if (verb == u"constants"_s) {
        showConstants(args.value(0));
    } else if (verb == u"getaddrinfo"_s) {
        m_getaddrinfo->setQuery(args.value(0), args.value(1));
        showExplorer(Explorer::Getaddrinfo);
    } else if (verb == u"playground"_s) {
        showExplorer(Explorer::Playground);
        const auto family = SocketPlayground::parseValue(args.value(0, u"AF_INET"_s), u"AF_"_s);
        const auto type = SocketPlayground::parseValue(args.value(1, u"SOCK_STREAM"_s), u"SOCK_"_s);
        const auto proto = SocketPlayground::parseValue(args.value(2, u"0"_s), u"IPPROTO_"_s);
        m_playground->showLastOutcome(family.value_or(0), type.value_or(0), proto.value_or(0));
    }
}
