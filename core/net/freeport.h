#pragma once

#include "core/net/socket.h"

#include <QString>

// Asks the kernel for a port that is free right now: bind(2) a TCP socket
// to (host, 0), read the port with getsockname(2), close it. Returns 0 when
// that fails (host not numeric or not local). The port may be taken again by
// the time it is used; it is a suggestion, shown after EADDRINUSE.
//
// isFree(host, port) tells whether a TCP socket could bind (host, port) now,
// the same way. Neither makes a LiveSocket: nothing reaches the transcript.
// `create` (when set) makes the trial socket, so the port is free where the
// sockets that will use it live (Lab::socketFactory: the lab network's
// ports, not this machine's); unset: Socket::create, this process's network.
class FreePort final
{
public:
    static quint16 find(const QString &host, const Socket::Factory &create = {});
    static bool isFree(const QString &host, quint16 port, const Socket::Factory &create = {});

private:
    // bind(2) a TCP socket to (host, port); the port it got, 0 on failure.
    static quint16 tryBind(const QString &host, quint16 port, const Socket::Factory &create);
};
