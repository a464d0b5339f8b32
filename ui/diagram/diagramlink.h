#pragma once

#include "core/record/callevent.h"
#include "core/record/throttle.h"

#include <QObject>
#include <QPointer>

class LayerDiagram;
class LiveSocket;
class SocketPanel;

// Drives the LayerDiagram from what the panels' sockets do, so the window
// never needs to know the diagram's details:
//   client connected / server accepted → the two endpoints and the route;
//   a successful send/sendall          → the payload travels, with headers
//                                         computed from the sender's laddr,
//                                         raddr and kernel MSS;
//   anything arriving or read          → the receiver's kernel buffer
//                                         (bytes waiting for recv());
//   the client's or a conn's close()   → that end closed (not the
//                                         listener's: it ends no connection);
//   a send after the peer reset        → to the peer the diagram shows
//                                         (getpeername fails by then).
class DiagramLink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagramLink)

public:
    DiagramLink(
        LayerDiagram *diagram, SocketPanel *server, SocketPanel *client, QObject *parent = nullptr);

public slots:
    // Feeds one event (connect both panels' callRecorded here).
    void record(const CallEvent &event);
    // Re-reads both receive buffers.
    void refreshBuffers();

private:
    LiveSocket *senderOf(const CallEvent &event) const;
    void showEndpoints(const LiveSocket *clientSide);
    // bind() done on `boundSide` before any connection: the bound laddrs.
    void showBound(CallEvent::Side boundSide);

    QPointer<LayerDiagram> m_diagram;
    QPointer<SocketPanel> m_server;
    QPointer<SocketPanel> m_client;
    Throttle *m_buffers = nullptr; // refreshBuffers at most every 40 ms
};
