#pragma once

#include <QtGlobal>

// Loopback throughput for the lesson's measure.throughput action: a writer
// thread send(2)s `totalBytes` over a connected pair (socketpair(2) for
// AF_UNIX, a 127.0.0.1 TCP connection for AF_INET) while the calling thread
// recv(2)s them `bufferBytes` at a time. Blocking calls: run it off the GUI
// thread. Returns the bytes per second, or -1 when not every byte arrived
// (or a socket could not be set up).
class Throughput final
{
public:
    static double measure(int family, int bufferBytes, qint64 totalBytes);
};
