#pragma once

#include "core/record/callevent.h"
#include "core/record/throttle.h"

#include <QObject>
#include <QPointer>

class Lab;
class LayerDiagram;
class LiveSocket;

// Drives the LayerDiagram from what the Lab's server, its connections and
// its client do (not the crowd's or the playground's sockets), so the window
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
    // Follows every call `lab` reports (Lab::callRecorded); neither is owned.
    DiagramLink(LayerDiagram *diagram, Lab *lab, QObject *parent = nullptr);

public slots:
    // Feeds one event (the Lab's callRecorded comes here); events of other
    // sockets than the server, its connections and the client are ignored.
    void record(const CallEvent &event);
    // Re-reads both receive buffers: the client's and the newest connection's.
    void refreshBuffers();

private:
    LiveSocket *senderOf(const CallEvent &event) const;
    // The server's listener, a connection of it or the client.
    bool isShown(const CallEvent &event) const;
    LiveSocket *newestConnection() const;
    void showEndpoints(const LiveSocket *clientSide);
    // bind() done on `boundSide` before any connection: the bound laddrs.
    void showBound(CallEvent::Side boundSide);

    QPointer<LayerDiagram> m_diagram;
    QPointer<Lab> m_lab;
    Throttle *m_buffers = nullptr; // refreshBuffers at most every 40 ms
};
