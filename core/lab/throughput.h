#pragma once

#include <QtGlobal>

// Loopback throughput for the lesson's measure actions: a writer thread
// send(2)s `totalBytes` over a connected pair (socketpair(2) for AF_UNIX, a
// 127.0.0.1 TCP connection for AF_INET) while the calling thread recv(2)s
// them `bufferBytes` at a time. Blocking calls: run it off the GUI thread.
class Throughput final
{
public:
    // What a rate is measured against.
    enum class Clock {
        // Wall-clock time from the first send to the last byte: what both
        // ends together achieve (measure.throughput).
        Wall,
        // The receiving thread's own CPU time (CLOCK_THREAD_CPUTIME_ID), its
        // recv(2) calls and their copies: what the calls cost the reader,
        // which other programs' load barely changes, unlike wall time, which
        // counts the time it was not running (measure.recvcpu).
        ReceiverCpu,
    };
    // Each figure is the median of this many transfers: one run on a busy
    // machine can be several times slower than the next.
    static constexpr int Runs = 5;

    // Bytes per second against `clock`, the median of Runs transfers, or -1
    // when a transfer lost bytes (or a socket could not be set up).
    static double measure(
        int family, int bufferBytes, qint64 totalBytes, Clock clock = Clock::Wall);

private:
    static double once(int family, int bufferBytes, qint64 totalBytes, Clock clock);
};
