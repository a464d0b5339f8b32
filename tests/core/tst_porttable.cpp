#include "core/net/porttable.h"
#include "core/net/socket.h"
#include "core/net/socketerror.h"

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
// by a server socket with and without SO_REUSEADDR, a UDP socket. The
// SO_REUSEADDR facts were measured on this kernel with Python first:
//   old server without, new with    → EADDRINUSE
//   old server with, new with       → bind succeeds
//   old server with, new without    → EADDRINUSE
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
    void bindNextToListener();
    void bindOverTimeWait_data();
    void bindOverTimeWait();
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

void TestPortTable::bindNextToListener()
{
    // Both with SO_REUSEADDR: a listener still blocks the port on Linux.
    SocketError error;
    Socket server = Socket::create(AF_INET, SOCK_STREAM, 0, &error);
    QVERIFY(!server.setReuseAddress(true));
    QVERIFY(!server.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
    QVERIFY(!server.listen(1));
    const quint16 port = server.localAddress().port();
    Socket second = Socket::create(AF_INET, SOCK_STREAM, 0, &error);
    QVERIFY(!second.setReuseAddress(true));
    const SocketError clash = second.bind(Endpoint::inet(u"127.0.0.1"_s, port));
    QCOMPARE(clash.name(), u"EADDRINUSE"_s);
    QVERIFY2(
        clash.explanation().contains(u"TCP port %1"_s.arg(port)), qPrintable(clash.explanation()));
    QVERIFY2(clash.explanation().contains(u"listens"_s), qPrintable(clash.explanation()));
    QVERIFY(!clash.explanation().contains(u"TIME_WAIT"_s));
    QVERIFY2(clash.hint().contains(u"SO_REUSEADDR does not"_s), qPrintable(clash.hint()));
}

void TestPortTable::bindOverTimeWait_data()
{
    QTest::addColumn<bool>("oldReuse");
    QTest::addColumn<bool>("newReuse");
    QTest::addColumn<bool>("binds");
    QTest::addColumn<QString>("hint");
    QTest::newRow("neither") << false << false << false << u"Set SO_REUSEADDR on this socket"_s;
    QTest::newRow("only the new one") << false << true << false << u"did not"_s;
    QTest::newRow("only the old one")
        << true << false << false << u"Set SO_REUSEADDR on this socket"_s;
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
    QVERIFY2(result.hint().contains(hint), qPrintable(result.hint()));
}

void TestPortTable::bindNextToUdp()
{
    const int held = plainSocket(SOCK_DGRAM, false);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(held, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    const quint16 port = boundPort(held);
    SocketError error;
    Socket udp = Socket::create(AF_INET, SOCK_DGRAM, 0, &error);
    const SocketError clash = udp.bind(Endpoint::inet(u"127.0.0.1"_s, port));
    ::close(held);
    QCOMPARE(clash.name(), u"EADDRINUSE"_s);
    QVERIFY2(
        clash.explanation().contains(u"UDP port %1"_s.arg(port)), qPrintable(clash.explanation()));
    QVERIFY(!clash.explanation().contains(u"TIME_WAIT"_s));
}

QTEST_GUILESS_MAIN(TestPortTable)
#include "tst_porttable.moc"
