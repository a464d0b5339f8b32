#include "core/net/porttable.h"

#include <QFile>
#include <QHostAddress>
#include <QtEndian>

#include <algorithm>
#include <cstring>

#include <errno.h>

using namespace Qt::StringLiterals;

namespace {

// "0100007F:1388" (IPv4) or 32 hex digits ":1388" (IPv6): the address as the
// kernel stores it in memory, four bytes at a time in host order, then the
// port in ordinary hex.
std::optional<Endpoint> parseAddress(const QByteArray &field, bool ipv6)
{
    const qsizetype colon = field.indexOf(':');
    const qsizetype hexDigits = ipv6 ? 32 : 8;
    if (colon != hexDigits)
        return std::nullopt;
    bool ok = false;
    const uint port = field.mid(colon + 1).toUInt(&ok, 16);
    if (!ok || port > 65535)
        return std::nullopt;
    // Each 32-bit word was printed as the machine holds it in memory (host
    // order), so copying the words back into memory gives the address's
    // bytes in network order.
    Q_IPV6ADDR bytes {};
    for (qsizetype i = 0; i < hexDigits / 8; ++i) {
        const quint32 word = field.mid(i * 8, 8).toUInt(&ok, 16);
        if (!ok)
            return std::nullopt;
        std::memcpy(bytes.c + 4 * i, &word, sizeof word);
    }
    if (!ipv6)
        return Endpoint::inet(
            QHostAddress(qFromBigEndian<quint32>(bytes.c)).toString(), quint16(port));
    return Endpoint::inet6(QHostAddress(bytes).toString(), quint16(port));
}

bool isWildcard(const Endpoint &endpoint)
{
    const QHostAddress address(endpoint.host());
    return address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6;
}

} // namespace

QString PortTable::tcpStateName(int state)
{
    switch (state) {
    case 1:
        return u"ESTABLISHED"_s;
    case 2:
        return u"SYN_SENT"_s;
    case 3:
        return u"SYN_RECV"_s;
    case 4:
        return u"FIN_WAIT1"_s;
    case 5:
        return u"FIN_WAIT2"_s;
    case 6:
        return u"TIME_WAIT"_s;
    case 7:
        return u"CLOSE"_s;
    case 8:
        return u"CLOSE_WAIT"_s;
    case 9:
        return u"LAST_ACK"_s;
    case 10:
        return u"LISTEN"_s;
    case 11:
        return u"CLOSING"_s;
    default:
        return tr("state %1").arg(state);
    }
}

QString PortTable::Entry::stateName() const
{
    if (protocol == Protocol::Udp)
        return state == 1 ? u"ESTAB"_s : u"UNCONN"_s;
    return tcpStateName(state);
}

QList<PortTable::Entry> PortTable::parse(Protocol protocol, bool ipv6, QByteArrayView text)
{
    QList<Entry> entries;
    const QList<QByteArray> lines = text.toByteArray().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
        // "sl local_address rem_address st ..."
        if (fields.size() < 4)
            continue;
        const std::optional<Endpoint> local = parseAddress(fields.at(1), ipv6);
        const std::optional<Endpoint> remote = parseAddress(fields.at(2), ipv6);
        bool ok = false;
        const int state = fields.at(3).toInt(&ok, 16);
        if (!local || !remote || !ok)
            continue;
        entries.append(Entry {protocol, *local, *remote, state});
    }
    return entries;
}

QList<PortTable::Entry> PortTable::holders(Protocol protocol, quint16 port, qint64 pid)
{
    QList<Entry> result;
    const QString proc = pid > 0 ? u"/proc/%1/net/"_s.arg(pid) : u"/proc/net/"_s;
    const QString base = proc + (protocol == Protocol::Tcp ? u"tcp"_s : u"udp"_s);
    for (const bool ipv6 : {false, true}) {
        QFile file(ipv6 ? base + u'6' : base);
        // These are not regular files: their size reads as 0, so read to the end.
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = file.readAll();
        for (const Entry &entry : parse(protocol, ipv6, text)) {
            if (entry.local.port() == port)
                result.append(entry);
        }
    }
    return result;
}

bool PortTable::overlaps(const Endpoint &held, const Endpoint &wanted)
{
    if (held.port() != wanted.port())
        return false;
    if (isWildcard(held) || isWildcard(wanted))
        return true;
    return QHostAddress(held.host())
        .isEqual(QHostAddress(wanted.host()), QHostAddress::TolerantConversion);
}

SocketError PortTable::addressInUse(
    const Endpoint &wanted, Protocol protocol, bool reuseAddressSet, const QList<Entry> &holders)
{
    constexpr int timeWait = 6; // tcp_states.h
    constexpr int listen = 10;
    SocketError error = SocketError::fromErrno(EADDRINUSE, u"bind");
    const QString port
        = tr("%1 port %2").arg(protocol == Protocol::Tcp ? u"TCP"_s : u"UDP"_s).arg(wanted.port());
    QList<Entry> blocking;
    for (const Entry &entry : holders) {
        if (overlaps(entry.local, wanted))
            blocking.append(entry);
    }
    const auto find = [&blocking](auto &&test) -> const Entry * {
        const auto it = std::find_if(blocking.cbegin(), blocking.cend(), test);
        return it == blocking.cend() ? nullptr : &*it;
    };
    if (blocking.isEmpty()) {
        // The tables list listening and connected sockets (and TCP's
        // TIME_WAIT), not a TCP socket that is only bound: that is the one
        // holding the port, unless it closed meanwhile.
        error.setExplanation(
            tr("%1 on %2 is taken by a socket of this machine that is bound but neither listens "
               "nor is connected (the kernel's tables do not list such a socket).")
                .arg(port, wanted.host()));
        error.setHint(tr("Close that socket, or bind another port. With SO_REUSEADDR set before "
                         "bind() on both, two sockets may share a port while neither listens."));
        return error;
    }
    if (protocol == Protocol::Udp) {
        error.setExplanation(tr("%1 is taken: another UDP socket of this machine is bound to %2.")
                                 .arg(port, blocking.first().local.toString()));
        error.setHint(tr("Close that socket (or stop its program), or bind another port; port 0 "
                         "lets the kernel choose."));
        return error;
    }
    if (const Entry *listener = find([](const Entry &entry) { return entry.state == listen; })) {
        error.setExplanation(tr("%1 is taken: a socket of this machine listens on %2 (LISTEN).")
                                 .arg(port, listener->local.toString()));
        error.setHint(tr("Close that listening socket (or stop its program), or bind another port; "
                         "port 0 lets the kernel choose. SO_REUSEADDR does not get past a socket "
                         "that listens."));
        return error;
    }
    if (const Entry *live = find([](const Entry &entry) { return entry.state != timeWait; })) {
        error.setExplanation(
            tr("%1 is still held by a connection of this machine, %2 → %3, in %4.")
                .arg(port, live->local.toString(), live->remote.toString(), live->stateName()));
        error.setHint(reuseAddressSet
                ? tr(
                    "This socket has SO_REUSEADDR, so the connection that holds the port lacks it. "
                    "Close that connection first, or bind another port.")
                : tr("Close that connection first, or bind another port. SO_REUSEADDR set before "
                     "bind() passes it only if the connection's socket had the option too."));
        return error;
    }
    error.setExplanation(
        tr("%1 is held only by closed connections waiting in TIME_WAIT (%n of them): the side "
           "that closed first keeps its port for about 60 seconds, so that late segments of the "
           "old connection cannot reach a new one.",
            nullptr, int(blocking.size()))
            .arg(port));
    error.setHint(reuseAddressSet
            ? tr("This socket has SO_REUSEADDR, but the socket that left TIME_WAIT behind did not, "
                 "and Linux needs the option on both. Wait about a minute, or bind another port; "
                 "set SO_REUSEADDR on the server socket every time from now on.")
            : tr("Set SO_REUSEADDR on this socket before bind() (that works when the old server "
                 "socket had it too), wait about a minute, or bind another port."));
    return error;
}
