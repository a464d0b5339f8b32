#include "core/net/porttable.h"
#include "core/net/socket.h"
#include "core/net/socketerror.h"

#include <QRegularExpression>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// PortTable reads the kernel's socket tables (/proc/net/tcp, tcp6, udp,
// udp6); bind(2)'s EADDRINUSE is explained from them. The cases are made on
// loopback with real sockets: a live listener, connections in TIME_WAIT left
// by a server socket with and without SO_REUSEADDR, a live connection, a
// socket that is only bound, a UDP socket. The SO_REUSEADDR facts were
// measured on this kernel with Python first:
//   old server without, new with    → EADDRINUSE
//   old server with, new with       → bind succeeds
//   old server with, new without    → EADDRINUSE
// and each message must say which of them holds for the sockets involved:
// the hint advises SO_REUSEADDR only where a trial bind with it passed.
class TestPortTable final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void tcpStateNames();
    void overlaps_data();
    void overlaps();
    void listenerIsListed();
    void timeWaitTimer();
    void bindNextToListener_data();
    void bindNextToListener();
    void bindOverTimeWait_data();
    void bindOverTimeWait();
    void bindNextToConnection_data();
    void bindNextToConnection();
    void bindNextToBoundSocket_data();
    void bindNextToBoundSocket();
    void listenBesideListener();
    void bindNextToUdp_data();
    void bindNextToUdp();

private:
    // A plain blocking socket of the test's own (fixture), closed by the caller.
    static int plainSocket(int type, bool reuse);
    static quint16 boundPort(int fd);
    // Leaves a connection in TIME_WAIT on a server port: listen (with or
    // without SO_REUSEADDR), one client, the server's side closes first
    // (the active closer keeps TIME_WAIT), then the listener closes too.
    static quint16 leaveTimeWait(bool serverReuse);
};

int TestPortTable::plainSocket(int type, bool reuse)
{
    const int fd = ::socket(AF_INET, type | SOCK_CLOEXEC, 0);
    const int on = 1;
    if (fd >= 0 && reuse)
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    return fd;
}

quint16 TestPortTable::boundPort(int fd)
{
    sockaddr_in address {};
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    return ntohs(address.sin_port);
}

quint16 TestPortTable::leaveTimeWait(bool serverReuse)
{
    const int listener = plainSocket(SOCK_STREAM, serverReuse);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(listener, 1) != 0)
        return 0;
    address.sin_port = htons(boundPort(listener));
    const int client = plainSocket(SOCK_STREAM, false);
    if (::connect(client, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        return 0;
    const int conn = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
    ::close(conn);
    // The client reads the FIN (recv → 0) and closes: its FIN is answered,
    // and the server's side of the connection enters TIME_WAIT.
    pollfd readable {client, POLLIN, 0};
    ::poll(&readable, 1, 5000);
    char byte = 0;
    (void)::recv(client, &byte, 1, 0);
    ::close(client);
    ::close(listener);
    const quint16 port = ntohs(address.sin_port);
    // Bounded wait until the kernel lists the TIME_WAIT.
    const bool listed = QTest::qWaitFor(
        [port] {
            const QList<PortTable::Entry> entries
                = PortTable::holders(PortTable::Protocol::Tcp, port);
            return std::any_of(entries.cbegin(), entries.cend(),
                [](const PortTable::Entry &entry) { return entry.state == 6; });
        },
        5000);
    return listed ? port : 0;
}

void TestPortTable::parse_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("remote");
    QTest::addColumn<QString>("state");

    // Lines in the kernel's format (proc(5)), taken from this machine's
    // tables; the header line comes first.
    QTest::newRow("IPv4 listener on 127.0.0.1:5000")
        << false
        << QByteArray("   0: 0100007F:1388 00000000:0000 0A 00000000:00000000 00:00000000 "
                      "00000000     0        0 12345 1 0000000000000000 100 0 0 10 0")
        << u"127.0.0.1:5000"_s << u"0.0.0.0:0"_s << u"LISTEN"_s;
    QTest::newRow("IPv4 TIME_WAIT")
        << false
        << QByteArray("   1: 0100007F:B02F 0100007F:8258 06 00000000:00000000 03:00001748 "
                      "00000000     0        0 0 3 00000000381c0365")
        << u"127.0.0.1:45103"_s << u"127.0.0.1:33368"_s << u"TIME_WAIT"_s;
    QTest::newRow("IPv6 ::1 listener")
        << true
        << QByteArray("   0: 00000000000000000000000001000000:1388 "
                      "00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 "
                      "00000000     0        0 1 1 0000000000000000 100 0 0 10 0")
        << u"[::1]:5000"_s << u"[::]:0"_s << u"LISTEN"_s;
    QTest::newRow("IPv6 v4-mapped ESTABLISHED")
        << true
        << QByteArray("   2: 0000000000000000FFFF00000100007F:1388 "
                      "0000000000000000FFFF00000100007F:A000 01 00000000:00000000 00:00000000 "
                      "00000000     0        0 1 1 0000000000000000 20 4 30 10 -1")
        << u"[::ffff:127.0.0.1]:5000"_s << u"[::ffff:127.0.0.1]:40960"_s << u"ESTABLISHED"_s;
}

void TestPortTable::parse()
{
    QFETCH(bool, ipv6);
    QFETCH(QByteArray, line);
    QFETCH(QString, local);
    QFETCH(QString, remote);
    QFETCH(QString, state);
    const QByteArray text
        = "  sl  local_address rem_address   st tx_queue rx_queue\n" + line + '\n';
    const QList<PortTable::Entry> entries = PortTable::parse(PortTable::Protocol::Tcp, ipv6, text);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().local.toString(), local);
    QCOMPARE(entries.first().remote.toString(), remote);
    QCOMPARE(entries.first().stateName(), state);
    // A line cut short, or garbage, is skipped, never misread.
    const qsizetype cut = text.indexOf('\n') + 1 + line.indexOf(':', 8) + 4; // mid-line
    QVERIFY(PortTable::parse(PortTable::Protocol::Tcp, ipv6, text.left(cut)).isEmpty());
    QVERIFY(
        PortTable::parse(PortTable::Protocol::Tcp, ipv6, "header\nnot a table line\n").isEmpty());
}

void TestPortTable::tcpStateNames()
{
    QCOMPARE(PortTable::tcpStateName(1), u"ESTABLISHED"_s);
    QCOMPARE(PortTable::tcpStateName(6), u"TIME_WAIT"_s);
    QCOMPARE(PortTable::tcpStateName(8), u"CLOSE_WAIT"_s);
    QCOMPARE(PortTable::tcpStateName(10), u"LISTEN"_s);
    QCOMPARE(PortTable::tcpStateName(99), u"state 99"_s);
}

void TestPortTable::overlaps_data()
{
    QTest::addColumn<QString>("held");
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<bool>("overlap");
    QTest::newRow("same address") << u"127.0.0.1:5000"_s << u"127.0.0.1:5000"_s << true;
    QTest::newRow("held wildcard") << u"0.0.0.0:5000"_s << u"127.0.0.1:5000"_s << true;
    QTest::newRow("wanted wildcard") << u"127.0.0.1:5000"_s << u"0.0.0.0:5000"_s << true;
    QTest::newRow("IPv6 wildcard") << u"[::]:5000"_s << u"127.0.0.1:5000"_s << true;
    QTest::newRow("other address") << u"127.0.0.2:5000"_s << u"127.0.0.1:5000"_s << false;
    QTest::newRow("other port") << u"127.0.0.1:5001"_s << u"127.0.0.1:5000"_s << false;
}

void TestPortTable::overlaps()
{
    QFETCH(QString, held);
    QFETCH(QString, wanted);
    QFETCH(bool, overlap);
    SocketError error;
    const std::optional<Endpoint> a = Endpoint::parseNotation(held, &error);
    const std::optional<Endpoint> b = Endpoint::parseNotation(wanted, &error);
    QVERIFY(a && b);
    QCOMPARE(PortTable::overlaps(*a, *b), overlap);
}

void TestPortTable::listenerIsListed()
{
    SocketError error;
    Socket server = Socket::create(AF_INET, SOCK_STREAM, 0, &error);
    QVERIFY(!error);
    QVERIFY(!server.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
    QVERIFY(!server.listen(1));
    const quint16 port = server.localAddress().port();
    const QList<PortTable::Entry> entries = PortTable::holders(PortTable::Protocol::Tcp, port);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().local, Endpoint::inet(u"127.0.0.1"_s, port));
    QCOMPARE(entries.first().stateName(), u"LISTEN"_s);
}

void TestPortTable::timeWaitTimer()
{
    // "03:00001748": the TIME_WAIT timer, 0x1748 clock ticks from now.
    const QByteArray text = "  sl  local_address rem_address   st tx_queue rx_queue\n"
                            "   1: 0100007F:B02F 0100007F:8258 06 00000000:00000000 03:00001748 "
                            "00000000     0        0 0 3 00000000381c0365\n"
                            "   0: 0100007F:1388 00000000:0000 0A 00000000:00000000 00:00000000 "
                            "00000000     0        0 12345 1 0000000000000000 100 0 0 10 0\n";
    const QList<PortTable::Entry> entries = PortTable::parse(PortTable::Protocol::Tcp, false, text);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).timerMs, 0x1748 * 1000 / ::sysconf(_SC_CLK_TCK));
    QCOMPARE(entries.at(1).timerMs, -1); // no timer on a listener
}

void TestPortTable::bindNextToListener_data()
{
    QTest::addColumn<bool>("oldReuse");
    QTest::addColumn<bool>("newReuse");
    QTest::addColumn<QString>("hint");
    // A listener blocks the port on Linux whoever has SO_REUSEADDR.
    QTest::newRow("neither") << false << false << u"SO_REUSEADDR does not get past"_s;
    QTest::newRow("both") << true << true << u"This socket has SO_REUSEADDR already"_s;
    QTest::newRow("only the new one") << false << true << u"This socket has SO_REUSEADDR already"_s;
}

void TestPortTable::bindNextToListener()
{
    QFETCH(bool, oldReuse);
    QFETCH(bool, newReuse);
    QFETCH(QString, hint);
    SocketError error;
    Socket server = Socket::create(AF_INET, SOCK_STREAM, 0, &error);
    QVERIFY(!server.setReuseAddress(oldReuse));
    QVERIFY(!server.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
    QVERIFY(!server.listen(1));
    const quint16 port = server.localAddress().port();
    Socket second = Socket::create(AF_INET, SOCK_STREAM, 0, &error);
    QVERIFY(!second.setReuseAddress(newReuse));
    const SocketError clash = second.bind(Endpoint::inet(u"127.0.0.1"_s, port));
    QCOMPARE(clash.name(), u"EADDRINUSE"_s);
    QVERIFY2(
        clash.explanation().contains(u"TCP port %1"_s.arg(port)), qPrintable(clash.explanation()));
    QVERIFY2(clash.explanation().contains(u"listens"_s), qPrintable(clash.explanation()));
    QVERIFY(!clash.explanation().contains(u"TIME_WAIT"_s));
    QVERIFY2(clash.hint().contains(hint), qPrintable(clash.hint()));
    QVERIFY2(!clash.hint().contains(u"Set SO_REUSEADDR"_s), qPrintable(clash.hint()));
}

void TestPortTable::bindOverTimeWait_data()
{
    QTest::addColumn<bool>("oldReuse");
    QTest::addColumn<bool>("newReuse");
    QTest::addColumn<bool>("binds");
    QTest::addColumn<QString>("hint");
    // The old socket lacked the option: setting it now would not help.
    QTest::newRow("neither") << false << false << false
                             << u"SO_REUSEADDR on this socket alone would not help"_s;
    QTest::newRow("only the new one")
        << false << true << false << u"This socket has SO_REUSEADDR already"_s;
    // The old socket had it: setting it on this one is the fix.
    QTest::newRow("only the old one") << true << false << false
                                      << u"Set SO_REUSEADDR on this socket before bind(): the "
                                         "socket that left TIME_WAIT had it too"_s;
    QTest::newRow("both") << true << true << true << QString();
}

void TestPortTable::bindOverTimeWait()
{
    QFETCH(bool, oldReuse);
    QFETCH(bool, newReuse);
    QFETCH(bool, binds);
    QFETCH(QString, hint);
    const quint16 port = leaveTimeWait(oldReuse);
    QVERIFY(port != 0);
    SocketError error;
    Socket server = Socket::create(AF_INET, SOCK_STREAM, 0, &error);
    QVERIFY(!server.setReuseAddress(newReuse));
    const SocketError result = server.bind(Endpoint::inet(u"127.0.0.1"_s, port));
    if (binds) {
        QVERIFY2(!result, qPrintable(result.toString()));
        return;
    }
    QCOMPARE(result.name(), u"EADDRINUSE"_s);
    QVERIFY2(result.explanation().contains(u"TCP port %1"_s.arg(port)),
        qPrintable(result.explanation()));
    QVERIFY2(result.explanation().contains(u"TIME_WAIT"_s), qPrintable(result.explanation()));
    QVERIFY(!result.explanation().contains(u"listens"_s));
    // How long the kernel still holds it, from its own timer (at most 60 s).
    static const QRegularExpression frees(u"frees it in (\\d+) seconds?"_s);
    const QRegularExpressionMatch match = frees.match(result.explanation());
    QVERIFY2(match.hasMatch(), qPrintable(result.explanation()));
    QVERIFY(match.captured(1).toInt() > 0 && match.captured(1).toInt() <= 60);
    QVERIFY2(result.hint().contains(hint), qPrintable(result.hint()));
    // Advice to set the option only where it would work.
    QCOMPARE(result.hint().startsWith(u"Set SO_REUSEADDR"_s), oldReuse && !newReuse);
}

void TestPortTable::bindNextToConnection_data()
{
    QTest::addColumn<bool>("oldReuse");
    QTest::addColumn<bool>("newReuse");
    QTest::addColumn<QString>("hint");
    QTest::newRow("neither") << false << false << u"SO_REUSEADDR would not help"_s;
    QTest::newRow("only the old one")
        << true << false << u"Set SO_REUSEADDR on this socket before bind(): the connection's"_s;
    QTest::newRow("only the new one") << false << true << u"This socket has SO_REUSEADDR"_s;
}

void TestPortTable::bindNextToConnection()
{
    // The listener is gone, its accepted connection lives on (ESTABLISHED):
    // it keeps the port, and it has SO_REUSEADDR if its listener had.
    QFETCH(bool, oldReuse);
    QFETCH(bool, newReuse);
    QFETCH(QString, hint);
    SocketError error;
    Socket listener = Socket::create(AF_INET, SOCK_STREAM, 0, &error);
    QVERIFY(!listener.setReuseAddress(oldReuse));
    QVERIFY(!listener.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
    QVERIFY(!listener.listen(1));
    const Endpoint address = listener.localAddress();
    const int client = plainSocket(SOCK_STREAM, false); // blocking: connect() completes
    sockaddr_in target {};
    target.sin_family = AF_INET;
    target.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    target.sin_port = htons(address.port());
    QCOMPARE(::connect(client, reinterpret_cast<sockaddr *>(&target), sizeof target), 0);
    pollfd queued {listener.fd(), POLLIN, 0};
    QCOMPARE(::poll(&queued, 1, 5000), 1);
    AcceptResult conn = listener.accept();
    QVERIFY(!conn.error);
    QVERIFY(!listener.close());
    Socket second = Socket::create(AF_INET, SOCK_STREAM, 0, &error);
    QVERIFY(!second.setReuseAddress(newReuse));
    const SocketError clash = second.bind(address);
    QCOMPARE(clash.name(), u"EADDRINUSE"_s);
    QVERIFY2(clash.explanation().contains(u"TCP port %1"_s.arg(address.port())),
        qPrintable(clash.explanation()));
    QVERIFY2(clash.explanation().contains(u"ESTABLISHED"_s), qPrintable(clash.explanation()));
    QVERIFY2(clash.hint().contains(hint), qPrintable(clash.hint()));
    QCOMPARE(clash.hint().startsWith(u"Set SO_REUSEADDR"_s), oldReuse && !newReuse);
    ::close(client);
}

void TestPortTable::bindNextToBoundSocket_data()
{
    QTest::addColumn<bool>("oldReuse");
    QTest::addColumn<bool>("newReuse");
    QTest::addColumn<QString>("hint");
    QTest::newRow("neither") << false << false << u"SO_REUSEADDR would not help"_s;
    QTest::newRow("only the old one")
        << true << false << u"Set SO_REUSEADDR on this socket before bind(): the other one"_s;
    QTest::newRow("only the new one")
        << false << true << u"This socket has SO_REUSEADDR already, so the other one lacks it"_s;
}

void TestPortTable::bindNextToBoundSocket()
{
    // A TCP socket that is only bound is in no table of the kernel.
    QFETCH(bool, oldReuse);
    QFETCH(bool, newReuse);
    QFETCH(QString, hint);
    const int held = plainSocket(SOCK_STREAM, oldReuse);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(held, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    const quint16 port = boundPort(held);
    SocketError error;
    Socket second = Socket::create(AF_INET, SOCK_STREAM, 0, &error);
    QVERIFY(!second.setReuseAddress(newReuse));
    const SocketError clash = second.bind(Endpoint::inet(u"127.0.0.1"_s, port));
    ::close(held);
    QCOMPARE(clash.name(), u"EADDRINUSE"_s);
    QVERIFY2(clash.explanation().contains(u"bound but neither listens"_s),
        qPrintable(clash.explanation()));
    QVERIFY2(clash.hint().contains(hint), qPrintable(clash.hint()));
}

void TestPortTable::listenBesideListener()
{
    // SO_REUSEADDR on both: two sockets bind one port, only one may listen.
    SocketError error;
    Socket first = Socket::create(AF_INET, SOCK_STREAM, 0, &error);
    Socket second = Socket::create(AF_INET, SOCK_STREAM, 0, &error);
    QVERIFY(!first.setReuseAddress(true));
    QVERIFY(!second.setReuseAddress(true));
    QVERIFY(!first.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
    const quint16 port = first.localAddress().port();
    QVERIFY(!second.bind(Endpoint::inet(u"127.0.0.1"_s, port)));
    QVERIFY(!first.listen(1));
    const SocketError clash = second.listen(1);
    QCOMPARE(clash.name(), u"EADDRINUSE"_s);
    QVERIFY2(
        clash.explanation().contains(u"TCP port %1"_s.arg(port)), qPrintable(clash.explanation()));
    QVERIFY2(clash.explanation().contains(u"127.0.0.1:%1 (LISTEN)"_s.arg(port)),
        qPrintable(clash.explanation()));
}

void TestPortTable::bindNextToUdp_data()
{
    QTest::addColumn<bool>("newReuse");
    QTest::newRow("without SO_REUSEADDR") << false;
    QTest::newRow("with SO_REUSEADDR") << true;
}

void TestPortTable::bindNextToUdp()
{
    QFETCH(bool, newReuse);
    const int held = plainSocket(SOCK_DGRAM, false);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(held, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    const quint16 port = boundPort(held);
    SocketError error;
    Socket udp = Socket::create(AF_INET, SOCK_DGRAM, 0, &error);
    QVERIFY(!udp.setReuseAddress(newReuse));
    const SocketError clash = udp.bind(Endpoint::inet(u"127.0.0.1"_s, port));
    ::close(held);
    QCOMPARE(clash.name(), u"EADDRINUSE"_s);
    QVERIFY2(
        clash.explanation().contains(u"UDP port %1"_s.arg(port)), qPrintable(clash.explanation()));
    QVERIFY(!clash.explanation().contains(u"TIME_WAIT"_s));
    QCOMPARE(clash.hint().contains(u"This socket has SO_REUSEADDR already"_s), newReuse);
    QVERIFY(!clash.hint().contains(u"Set SO_REUSEADDR"_s));
}

QTEST_GUILESS_MAIN(TestPortTable)
#include "tst_porttable.moc"
