#include "core/net/porttable.h"

#include <QFile>
#include <QHostAddress>
#include <QtEndian>

#include <algorithm>
#include <cstring>

#include <errno.h>
#include <sys/socket.h>
#include <unistd.h>

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

// A phrase made the start of a sentence ("wait 12 seconds" → "Wait 12 seconds").
QString capitalized(QString phrase)
{
    if (!phrase.isEmpty())
        phrase[0] = phrase.at(0).toUpper();
    return phrase;
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
        Entry entry {protocol, *local, *remote, state};
        // "tr:tm->when": which timer runs (0 none) and its delay in clock ticks.
        if (fields.size() > 5) {
            const QList<QByteArray> timer = fields.at(5).split(':');
            bool timerOk = false;
            bool whenOk = false;
            const int which = timer.value(0).toInt(&timerOk, 16);
            const qint64 when = timer.value(1).toLongLong(&whenOk, 16);
            static const long ticks = ::sysconf(_SC_CLK_TCK);
            if (timer.size() == 2 && timerOk && whenOk && which != 0 && ticks > 0)
                entry.timerMs = when * 1000 / ticks;
        }
        entries.append(entry);
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

std::optional<bool> PortTable::bindsWithReuseAddress(
    const Endpoint &wanted, int type, const Socket::Factory &create)
{
    if (wanted.family() != AF_INET && wanted.family() != AF_INET6)
        return std::nullopt;
    sockaddr_storage storage;
    socklen_t length = 0;
    if (wanted.toSockaddr(&storage, &length))
        return std::nullopt;
    SocketError error;
    const Socket trial = create ? create(wanted.family(), type, 0, &error)
                                : Socket::create(wanted.family(), type, 0, &error);
    if (!trial.isValid())
        return std::nullopt;
    const int on = 1;
    // The bind itself, not Socket::bind: its EADDRINUSE would ask all this again.
    return ::setsockopt(trial.fd(), SOL_SOCKET, SO_REUSEADDR, &on, sizeof on) == 0
        && ::bind(trial.fd(), reinterpret_cast<const sockaddr *>(&storage), length) == 0;
}

SocketError PortTable::addressInUse(const Endpoint &wanted, Protocol protocol, bool reuseAddressSet,
    const QList<Entry> &holders, std::optional<bool> passesWithReuse)
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
    // What SO_REUSEADDR would do here, as this socket and a trial bind say.
    enum class Reuse { Set, WouldPass, WouldFail, Unknown };
    const Reuse reuse = reuseAddressSet ? Reuse::Set
        : !passesWithReuse              ? Reuse::Unknown
        : *passesWithReuse              ? Reuse::WouldPass
                                        : Reuse::WouldFail;
    if (blocking.isEmpty()) {
        // The tables list listening and connected sockets (and TCP's
        // TIME_WAIT), not a TCP socket that is only bound: that is the one
        // holding the port, unless it closed meanwhile.
        error.setExplanation(
            tr("%1 on %2 is taken by a socket of this machine that is bound but neither listens "
               "nor is connected (the kernel's tables do not list such a socket).")
                .arg(port, wanted.host()));
        switch (reuse) {
        case Reuse::Set:
            error.setHint(tr("Close that socket, or bind another port. This socket has "
                             "SO_REUSEADDR already, so the other one lacks it."));
            break;
        case Reuse::WouldPass:
            error.setHint(tr("Set SO_REUSEADDR on this socket before bind(): the other one has it "
                             "too, and a trial bind with the option passed (two sockets may share "
                             "a port while neither listens). Or close that socket, or bind "
                             "another port."));
            break;
        case Reuse::WouldFail:
            error.setHint(tr("Close that socket, or bind another port. SO_REUSEADDR would not "
                             "help: the other socket lacks it (a trial bind with the option "
                             "failed too)."));
            break;
        case Reuse::Unknown:
            error.setHint(
                tr("Close that socket, or bind another port. With SO_REUSEADDR set before "
                   "bind() on both, two sockets may share a port while neither listens."));
            break;
        }
        return error;
    }
    if (protocol == Protocol::Udp) {
        error.setExplanation(tr("%1 is taken: another UDP socket of this machine is bound to %2.")
                                 .arg(port, blocking.first().local.toString()));
        error.setHint(reuse == Reuse::Set
                ? tr("Close that socket (or stop its program), or bind another port; port 0 lets "
                     "the kernel choose. This socket has SO_REUSEADDR already, so the other one "
                     "lacks it.")
                : tr("Close that socket (or stop its program), or bind another port; port 0 "
                     "lets the kernel choose."));
        return error;
    }
    if (const Entry *listener = find([](const Entry &entry) { return entry.state == listen; })) {
        error.setExplanation(tr("%1 is taken: a socket of this machine listens on %2 (LISTEN).")
                                 .arg(port, listener->local.toString()));
        error.setHint(reuse == Reuse::Set
                ? tr("Close that listening socket (or stop its program), or bind another port; "
                     "port 0 lets the kernel choose. This socket has SO_REUSEADDR already: the "
                     "option never gets past a socket that listens.")
                : tr("Close that listening socket (or stop its program), or bind another port; "
                     "port 0 lets the kernel choose. SO_REUSEADDR does not get past a socket "
                     "that listens."));
        return error;
    }
    if (const Entry *live = find([](const Entry &entry) { return entry.state != timeWait; })) {
        error.setExplanation(
            tr("%1 is still held by a connection of this machine, %2 → %3, in %4.")
                .arg(port, live->local.toString(), live->remote.toString(), live->stateName()));
        switch (reuse) {
        case Reuse::Set:
            error.setHint(
                tr("This socket has SO_REUSEADDR, so the connection that holds the port lacks it. "
                   "Close that connection first, or bind another port."));
            break;
        case Reuse::WouldPass:
            error.setHint(tr("Set SO_REUSEADDR on this socket before bind(): the connection's "
                             "socket has it too, and a trial bind with the option passed. Or "
                             "close that connection first, or bind another port."));
            break;
        case Reuse::WouldFail:
            error.setHint(tr("Close that connection first, or bind another port. SO_REUSEADDR "
                             "would not help: the connection's socket lacks it (a trial bind with "
                             "the option failed too)."));
            break;
        case Reuse::Unknown:
            error.setHint(
                tr("Close that connection first, or bind another port. SO_REUSEADDR set before "
                   "bind() passes it only if the connection's socket had the option too."));
            break;
        }
        return error;
    }
    // How long the last of them still holds the port, from the kernel's timers.
    qint64 leftMs = -1;
    for (const Entry &entry : std::as_const(blocking))
        leftMs = qMax(leftMs, entry.timerMs);
    const int seconds = int((leftMs + 999) / 1000);
    QString explanation
        = tr("%1 is held only by closed connections waiting in TIME_WAIT (%n of them): the side "
             "that closed first keeps its port for 60 seconds, so that late segments of the old "
             "connection cannot reach a new one.",
            nullptr, int(blocking.size()))
              .arg(port);
    if (leftMs >= 0)
        explanation += u' ' % tr("The kernel frees it in %n second(s).", nullptr, seconds);
    error.setExplanation(explanation);
    const QString wait
        = leftMs >= 0 ? tr("wait %n second(s)", nullptr, seconds) : tr("wait about a minute");
    switch (reuse) {
    case Reuse::Set:
        error.setHint(
            tr("This socket has SO_REUSEADDR already, but the socket that left TIME_WAIT behind "
               "did not, and Linux needs the option on both. %1, or bind another port; from now "
               "on, set SO_REUSEADDR on every server socket before bind().")
                .arg(capitalized(wait)));
        break;
    case Reuse::WouldPass:
        error.setHint(tr("Set SO_REUSEADDR on this socket before bind(): the socket that left "
                         "TIME_WAIT had it too, and a trial bind with the option passed. Or %1, "
                         "or bind another port.")
                          .arg(wait));
        break;
    case Reuse::WouldFail:
        error.setHint(tr("SO_REUSEADDR on this socket alone would not help: the socket that left "
                         "TIME_WAIT did not have it (a trial bind with the option failed too). "
                         "%1, or bind another port; a server that sets SO_REUSEADDR before every "
                         "bind() can restart at once.")
                          .arg(capitalized(wait)));
        break;
    case Reuse::Unknown:
        error.setHint(tr("Set SO_REUSEADDR on this socket before bind() (that works when the old "
                         "server socket had it too), %1, or bind another port.")
                          .arg(wait));
        break;
    }
    return error;
}

SocketError PortTable::listenInUse(const Endpoint &local, const QList<Entry> &holders)
{
    constexpr int listen = 10; // tcp_states.h
    SocketError error = SocketError::fromErrno(EADDRINUSE, u"listen");
    const auto it = std::find_if(holders.cbegin(), holders.cend(), [&local](const Entry &entry) {
        return entry.state == listen && overlaps(entry.local, local);
    });
    if (it == holders.cend())
        return error;
    error.setExplanation(tr("TCP port %1 is shared: SO_REUSEADDR let this socket bind it beside "
                            "another, and that one listens on %2 (LISTEN) already. Only one "
                            "socket may listen on a port.")
                             .arg(local.port())
                             .arg(it->local.toString()));
    error.setHint(tr("Close the listening socket first, or close this one and bind another port."));
    return error;
}
