#pragma once

#include <QString>

// Asks the kernel for a port that is free right now: bind(2) a TCP socket
// to (host, 0), read the port with getsockname(2), close it. Returns 0 when
// that fails (host not numeric or not local). The port may be taken again by
// the time it is used; it is a suggestion, shown after EADDRINUSE.
class FreePort final
{
public:
    static quint16 find(const QString &host);
};
