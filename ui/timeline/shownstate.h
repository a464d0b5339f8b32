#pragma once

#include "core/net/livesocket.h"

// The state the window shows for a socket: its lifecycle, except that a
// connection the kernel says the peer has left (TCP_INFO: CLOSE_WAIT after
// its FIN, LAST_ACK, CLOSING, TIME_WAIT, or CLOSE after its RST) reads
// "peer closed" even before a recv() returned b''. LiveSocket::state()
// itself changes only with that recv(): the calls that make sense (recv()
// still reads the bytes before the FIN) follow it, the labels follow this.
class ShownState final
{
public:
    static LiveSocket::State of(const LiveSocket &socket);
    // LiveSocket::stateLabel(of(socket)): "connected", "peer closed"...
    static QString label(const LiveSocket &socket);
};
