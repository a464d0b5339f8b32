#pragma once

#include "core/net/resolver.h"
#include "core/record/callevent.h"

#include <QWidget>

#include <optional>

class AddressExplorer;
class Lab;
class DemoAction;
class ConstantsExplorer;
class GetaddrinfoExplorer;
class PortExplorer;
class QTabWidget;
class SocketPlayground;

// The five explorers as tabs, for the main window to show in the
// timeline's place (see ExplorerStack) or anywhere else. Lesson stages open one by name:
//   "address"      AddressExplorer       (stage internet)
//   "ports"        PortExplorer          (stages transport, ports)
//   "constants"    ConstantsExplorer     (families, types, protocols;
//                  "constants:SOCK_" also sets the prefix)
//   "getaddrinfo"  GetaddrinfoExplorer   (stage getaddrinfo)
//   "playground"   SocketPlayground      (stages socket, customize)
// Ctrl+Tab / Ctrl+Shift+Tab move between tabs when focus is inside.
class ExplorersWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplorersWidget)

public:
    enum class Explorer { Address, Ports, Constants, Getaddrinfo, Playground };
    Q_ENUM(Explorer)

    // lab: not owned; the getaddrinfo explorer uses its explorerResolver(),
    // the playground its sockets, and the lesson's explorer actions the Lab
    // performs are shown here (Lab::explorerShown).
    explicit ExplorersWidget(Lab *lab, QWidget *parent = nullptr);

    AddressExplorer *addressExplorer() const { return m_address; }
    PortExplorer *portExplorer() const { return m_ports; }
    ConstantsExplorer *constantsExplorer() const { return m_constants; }
    GetaddrinfoExplorer *getaddrinfoExplorer() const { return m_getaddrinfo; }
    SocketPlayground *socketPlayground() const { return m_playground; }
    QTabWidget *tabs() const { return m_tabs; }

    // Presentation's layouts (default false): the stage's explorer alone,
    // without the tabs, each laid out for a projected screen (their
    // setPresented).
    void setPresented(bool presented);
    bool isPresented() const { return m_presented; }

    Explorer currentExplorer() const;
    // "address", "ports", "constants", "getaddrinfo", "playground".
    static QString explorerName(Explorer explorer);
    static std::optional<Explorer> explorerFromName(const QString &name);

public slots:
    void showExplorer(ExplorersWidget::Explorer explorer);
    // Opens the explorer a lesson stage names (see above); false if unknown.
    bool showExplorerNamed(const QString &name);
    // Opens the constants explorer on `prefix` ("AF_", "SOCK_", "IPPROTO_").
    void showConstants(const QString &prefix);

    // Shows a lesson action aimed at the explorers that the Lab performed
    // (target "explorer", see resources/lesson/README.md): open NAME,
    // address TEXT, port PORT, constants PREFIX, getaddrinfo HOST SERVICE
    // (the form shows the query; the Lab's lookup fills the rows), playground
    // (the Lab made the socket; its outcome shows). Each opens its explorer.
    void showAction(const DemoAction &action);

signals:
    void currentExplorerChanged(ExplorersWidget::Explorer explorer);
    // From the getaddrinfo explorer: a row for socket(*info[:3]) / connect(info[-1]).
    void addressInfoChosen(const AddrInfo &info);

private:
    QTabWidget *m_tabs = nullptr;
    AddressExplorer *m_address = nullptr;
    PortExplorer *m_ports = nullptr;
    ConstantsExplorer *m_constants = nullptr;
    GetaddrinfoExplorer *m_getaddrinfo = nullptr;
    SocketPlayground *m_playground = nullptr;
    bool m_presented = false;
};
