#pragma once

#include "core/net/endpoint.h"
#include "core/net/socket.h"
#include "core/net/socketerror.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The kernel's socket tables: which sockets of this machine (of this network
// namespace) hold a local port, and in which state. Linux shows them in
// /proc/net/tcp, tcp6, udp and udp6, one socket a line (proc(5)): local and
// remote address as hex, then the state as a number of include/net/tcp_states.h.
// This is what tells, after bind(2) failed with EADDRINUSE, a live listener
// from connections that only wait in TIME_WAIT.
class PortTable final
{
    Q_DECLARE_TR_FUNCTIONS(PortTable)

public:
    enum class Protocol { Tcp, Udp };

    // One socket as the kernel lists it.
    struct Entry
    {
        Protocol protocol = Protocol::Tcp;
        Endpoint local; // laddr
        Endpoint remote; // raddr; port 0 and a wildcard address when unconnected
        int state = 0; // tcp_states.h: 1 ESTABLISHED ... 6 TIME_WAIT, 7 CLOSE, 10 LISTEN
        // The kernel's timer on this socket in ms ("tm->when", in clock ticks
        // of sysconf(_SC_CLK_TCK)); in TIME_WAIT, how long it still holds the
        // port. -1 when no timer runs.
        qint64 timerMs = -1;
        QString stateName() const; // "LISTEN", "TIME_WAIT"; UDP: "UNCONN" or "ESTAB", as ss(8) says
        bool isTimeWait() const { return protocol == Protocol::Tcp && state == 6; }
    };

    // Every socket of `protocol` whose local port is `port`, from the IPv4
    // and the IPv6 table. Empty when none holds it, or when the tables cannot
    // be read (not Linux, /proc not mounted).
    // `pid` > 0: the tables of that process's network namespace
    // (/proc/PID/net/tcp...), e.g. the lab network's helper's (Lab::tablesProcess).
    static QList<Entry> holders(Protocol protocol, quint16 port, qint64 pid = 0);

    // Parses one table's text in the format of /proc/net/tcp (header line
    // first); `ipv6` for tcp6/udp6. Lines that do not parse are skipped.
    static QList<Entry> parse(Protocol protocol, bool ipv6, QByteArrayView text);

    // The kernel's name of a TCP state number (tcp_states.h), e.g. 10 →
    // "LISTEN"; "state N" for a number it does not know.
    static QString tcpStateName(int state);

    // bind(2)'s EADDRINUSE for `wanted` (AF_INET or AF_INET6), explained by
    // who holds the port according to the kernel's socket tables
    // (holders()): a live listener, a connection, or only closed
    // connections in TIME_WAIT, with the protocol named. `reuseAddressSet`:
    // the failed socket had SO_REUSEADDR. `passesWithReuse`: what a trial
    // bind with SO_REUSEADDR said (bindsWithReuseAddress()), when the failed
    // socket lacked the option; nullopt when not tried. The hint is what is
    // true on Linux for these sockets: SO_REUSEADDR lets a bind pass a socket
    // that is not listening only when both sockets have it (so a TIME_WAIT
    // left by a socket without it blocks the port until its 60 s are over),
    // and never passes a listener.
    static SocketError addressInUse(const Endpoint &wanted, Protocol protocol, bool reuseAddressSet,
        const QList<PortTable::Entry> &holders, std::optional<bool> passesWithReuse = std::nullopt);
    // listen(2)'s EADDRINUSE for a TCP socket bound to `local`: two sockets
    // shared the port with SO_REUSEADDR, and the other one listens already
    // (found in `holders`).
    static SocketError listenInUse(const Endpoint &local, const QList<PortTable::Entry> &holders);
    // Asks the kernel whether a new socket of `type` (SOCK_STREAM or
    // SOCK_DGRAM) with SO_REUSEADDR may bind `wanted` now: a real bind(2) on
    // a trial socket, closed at once (a socket that never listened or
    // connected leaves nothing behind). nullopt when the trial socket cannot
    // be made (EMFILE) or the endpoint is not AF_INET/AF_INET6. `create`
    // (when set) makes the trial socket where the failed one lives (the lab
    // network: Socket::setNetwork); unset, in this process's network.
    static std::optional<bool> bindsWithReuseAddress(
        const Endpoint &wanted, int type, const Socket::Factory &create = {});
    // True when a socket bound to `held` keeps a bind(2) to `wanted` (same
    // port) from succeeding because the addresses overlap: the same address,
    // or either is the wildcard (0.0.0.0, ::).
    static bool overlaps(const Endpoint &held, const Endpoint &wanted);
};
