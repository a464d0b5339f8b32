#pragma once

#include "core/net/endpoint.h"
#include "core/net/lifecycle.h"
#include "core/net/socketerror.h"
#include "core/net/tcpinfo.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>

// One system call as the transcript records it: who made it, with what,
// and what the kernel answered. LiveSocket and Resolver emit these; the
// transcript renders them as IPython lines, C calls and JSON Lines.
//
// Field use per call (anything not listed stays at its default):
//   socket      family, type, proto; returned = new fd
//   bind        address
//   listen      backlog
//   accept      Waiting: nothing; Done: returned = new fd, address = peer,
//               acceptedObject = the new socket's object name ("conn")
//   connect     address; Waiting while EINPROGRESS
//   send        data = bytes offered; returned = bytes the kernel took
//   sendall     data = all bytes; returned = bytes sent (before an error too)
//   sendto      data, address; returned = bytes the kernel took
//   recv        bufsize; data = bytes returned (empty = EOF), returned =
//               their count; a run (LiveSocket::recvRun): chunkSizes holds
//               what each of its calls returned (every one > 0, each asked
//               `bufsize`), data their bytes back to back, sequence the first
//               call's number (the run takes callCount() of them)
//   recvfrom    bufsize, data, returned, address = source, truncatedBytes
//   shutdown    how
//   close       -
//   setsockopt  option, optionValue
//   getaddrinfo host, service, family/type/proto/flags = hints; returned =
//               rows; resultRepr = the Python list of 5-tuples
struct CallEvent
{
    // The system calls the app records, one per Python socket method (and
    // socket.getaddrinfo); callName() gives the name Python and C use.
    enum class Call {
        Socket,
        Bind,
        Listen,
        Accept,
        Connect,
        Send,
        Sendall,
        Sendto,
        Recv,
        Recvfrom,
        Shutdown,
        Close,
        Setsockopt,
        Getaddrinfo,
    };

    // The lane a call belongs to; sideName() gives "server" or "client".
    // The crowd's and the playground's sockets and both resolvers are on
    // the client side.
    enum class Side {
        Server,
        Client,
    };

    // The socket as the call left it, read by LiveSocket right after the
    // call (a recv run's: after its last call). Views show these instead of
    // asking the socket, which may have moved on since.
    struct Snapshot
    {
        // Filled: false for getaddrinfo's events and for events made by hand.
        bool taken = false;
        Endpoint laddr; // getsockname(2); invalid when unnamed or closed
        Endpoint raddr; // getpeername(2); invalid when not connected or closed
        Lifecycle::State lifecycle = Lifecycle::State::Unopened;
        // getsockopt(TCP_INFO)'s state; Unknown for a socket that is not
        // TCP (UDP, AF_UNIX) or is closed.
        TcpInfo::State tcpState = TcpInfo::State::Unknown;
        // ioctl(FIONREAD): bytes that arrived and wait for recv(); -1 where
        // the kernel does not tell (a listening or closed socket).
        qint64 bytesWaiting = -1;
    };

    enum class Phase {
        Done, // the call returned (successfully or with error)
        Waiting, // the call would block; the app waits for the kernel
        Cancelled, // a waiting call the user cancelled
    };

    // A Cancelled call was given up by the socket's own timeout (Python's
    // settimeout: socket.timeout, "timed out"), not by the user.
    bool timedOut = false;
    qint64 sequence = 0; // 1, 2, 3... across the whole app
    QDateTime time; // wall clock when the phase happened (UTC from LiveSocket)
    // When the call began (a Waiting or immediate call: before its system
    // call; a waiting call's Done: when the kernel let it finish), in
    // CLOCK_MONOTONIC nanoseconds (clockNow()), the clock captured segments
    // are put on (Frame::clockNs), so calls and segments order on one line.
    qint64 clockNs = 0;
    Side side = Side::Client;
    QString object; // Python variable: "server", "conn", "client"
    Call call = Call::Socket;
    Phase phase = Phase::Done;
    int fd = -1; // the socket's fd when the call was made (-1: none)

    // socket(2)'s arguments, or getaddrinfo's hints (0: any).
    int family = 0; // AF_*
    int type = 0; // SOCK_*
    int proto = 0; // IPPROTO_* (0: the default for the type)
    int flags = 0; // getaddrinfo: AI_* OR-ed; send: MSG_* beyond MSG_NOSIGNAL (MSG_MORE)
    Endpoint address; // see the table above: the call's address argument, or the peer
    int backlog = 0; // listen: connections the accept queue may hold
    qint64 bufsize = 0; // recv, recvfrom: the most bytes asked for
    int how = 0; // shutdown: SHUT_RD, SHUT_WR or SHUT_RDWR
    QString option; // setsockopt: the option's name ("SO_REUSEADDR", "IPV6_V6ONLY")
    int optionValue = 0; // setsockopt: the value set (0 or 1; bytes for SO_RCVBUF, SO_SNDBUF)
    QByteArray data; // bytes offered (send*) or returned (recv*)
    QString host; // getaddrinfo: as typed; empty = NULL
    QString service; // getaddrinfo: port number or service name; empty = NULL

    // The call's return value on success: a new fd (socket, accept), a
    // count of bytes (send, sendto, sendall, recv, recvfrom) or of rows
    // (getaddrinfo); 0 otherwise.
    qint64 returned = 0;
    qint64 truncatedBytes = 0; // recvfrom: bytes of the datagram that did not fit
    // close: bytes that had arrived and were never read (ioctl FIONREAD just
    // before close(2)); a TCP connection closed so sends RST, not FIN
    // (RFC 2525, 2.17; Linux tcp_close).
    qint64 unreadAtClose = 0;
    // accept that did not wait: connections in the listener's accept queue
    // just before accept(2) took one (TCP_INFO tcpi_unacked), their
    // handshakes already done; -1 when not read.
    qint64 queuedAtAccept = -1;
    QString acceptedObject; // accept: the new socket's object name ("conn", "conn2")
    // A call SocketLab made on its own, not asked for by the lesson's actions
    // or the user: why, in one short sentence (the timeline shows it beside
    // the row, --events as "why"). Empty for every other call.
    QString why;
    QString resultRepr; // getaddrinfo: Python's repr of the returned list
    SocketError error;
    // recv runs only: bytes returned by each call of the run, in order.
    // Empty for an event that stands for one call.
    QList<qint32> chunkSizes;
    Snapshot after; // the socket right after the call (LiveSocket's events)

    // A run of recv calls reported together (see chunkSizes).
    bool isRun() const { return !chunkSizes.isEmpty(); }
    // System calls this event stands for: chunkSizes.size() for a run, else 1.
    qsizetype callCount() const { return isRun() ? chunkSizes.size() : 1; }
    // Calls `f` with each call of this event as an event of its own, from
    // call `first` (0-based) on: a run's calls get their own sequence number,
    // data and `returned`; any other event is passed as it is (first == 0).
    void forEachCall(qsizetype first, const std::function<void(const CallEvent &)> &f) const;

    // CLOCK_MONOTONIC now, in nanoseconds (clock_gettime(2)).
    static qint64 clockNow();

    // The next sequence number (thread-safe, starts at 1); `count` > 1
    // reserves that many numbers and returns the first.
    static qint64 nextSequence(qint64 count = 1);

    // The call's name as Python's socket module and C spell it: "socket",
    // "sendall", "recvfrom", "getaddrinfo", ... (display and --events JSON).
    static QString callName(Call call);
    // "server" or "client" (display, --events JSON, transcript tabs).
    static QString sideName(Side side);
};

Q_DECLARE_METATYPE(CallEvent)
