#pragma once

#include <QString>

// The kernel's view of a TCP socket, read with getsockopt(TCP_INFO) on Linux
// (tcp(7); struct tcp_info in <netinet/tcp.h>). valid is false where the
// kernel does not tell (not TCP, not Linux, closed fd).
struct TcpInfo
{
    // RFC 793 states, named as Linux names them.
    enum class State {
        Unknown,
        Established,
        SynSent,
        SynRecv,
        FinWait1,
        FinWait2,
        TimeWait,
        Closed,
        CloseWait,
        LastAck,
        Listen,
        Closing,
    };

    bool valid = false;
    State state = State::Unknown;
    // For a LISTEN socket Linux reports the accept queue here: connections
    // completed but not yet accepted (tcpi_unacked), and its limit, the
    // backlog (tcpi_sacked).
    quint32 acceptQueueLength = 0;
    quint32 acceptQueueLimit = 0;
    quint32 mss = 0; // tcpi_snd_mss, bytes
    quint32 rttUs = 0; // tcpi_rtt, microseconds
    // Bytes the peer acknowledged (tcpi_bytes_acked, Linux 4.1+); our SYN
    // counts as 1, so > 0 once the handshake completed, even after a later
    // reset closed the socket. -1 where the kernel does not tell.
    qint64 bytesAcked = -1;
    // Bytes that arrived from the peer (tcpi_bytes_received, Linux 4.1+), -1 unknown.
    qint64 bytesReceived = -1;

    // The three-way handshake of this socket's connect() completed: the
    // kernel's state is past SYN_SENT, or (closed by a reset or a timeout
    // since) the peer had acknowledged our SYN. False when the kernel does
    // not tell (then SO_ERROR is all there is).
    bool handshakeCompleted() const;

    // "ESTABLISHED", "CLOSE_WAIT", "TIME_WAIT", ...; "" for Unknown.
    static QString stateName(State state);
    // getsockopt(fd, IPPROTO_TCP, TCP_INFO) on Linux; valid = false when the
    // call fails (not a TCP socket, closed fd) or elsewhere.
    static TcpInfo read(int fd);
};
