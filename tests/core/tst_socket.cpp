// Socket: one system call per method on real loopback sockets. Python's
// repr (checked against CPython when python3 is here) and the cases of
// shared/cases/socket-behaviours.md that need no event loop (S5, S8-S11,
// S14, S15).
#include "core/net/socket.h"
#include "endpointprinter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 5000;

// Waits (bounded) until the fd reports one of `events`; returns revents.
short waitFor(const Socket &socket, short events, int timeoutMs = waitMs)
{
    pollfd p {socket.fd(), events, 0};
    if (::poll(&p, 1, timeoutMs) <= 0)
        return 0;
    return p.revents;
}

int openFdCount()
{
    return int(QDir(u"/proc/self/fd"_s)
                   .entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)
                   .size());
}

// A connected TCP pair on loopback: {listener, client, accepted}.
struct Pair
{
    Socket server;
    Socket client;
    Socket conn;
    Endpoint peer;
};

bool makePair(Pair *pair, int family)
{
    SocketError error;
    pair->server = Socket::create(family, SOCK_STREAM, IPPROTO_TCP, &error);
    if (error)
        return false;
    const Endpoint loopback
        = family == AF_INET6 ? Endpoint::inet6(u"::1"_s, 0) : Endpoint::inet(u"127.0.0.1"_s, 0);
    if (pair->server.bind(loopback) || pair->server.listen(4))
        return false;
    pair->client = Socket::create(family, SOCK_STREAM, IPPROTO_TCP, &error);
    const SocketError connecting = pair->client.connect(pair->server.localAddress());
    if (connecting && !connecting.wouldBlock())
        return false;
    if (!(waitFor(pair->client, POLLOUT) & POLLOUT) || pair->client.takeError())
        return false;
    if (!(waitFor(pair->server, POLLIN) & POLLIN))
        return false;
    AcceptResult accepted = pair->server.accept();
    if (accepted.error)
        return false;
    pair->conn = std::move(accepted.socket);
    pair->peer = accepted.peer;
    return true;
}

QByteArray recvAll(Socket &socket, qsizetype total)
{
    QByteArray all;
    for (int i = 0; i < 1000 && all.size() < total; ++i) {
        if (!(waitFor(socket, POLLIN) & POLLIN))
            break;
        const RecvResult r = socket.recv(64);
        if (r.error || r.isEof())
            break;
        all += r.data;
    }
    return all;
}

// Fills the placeholders of an expected repr: {fd}, {port}, {path}, family
// and type names, {any4}/{any6} wildcard tuples, {lo4}/{lo6} loopback tuples
// with {port}, and {lo4:N} with port N.
QString expandRepr(QString text, int fd, quint16 port, const QString &path)
{
    static const QRegularExpression lo4Port(u"\\{lo4:(\\d+)\\}"_s);
    QRegularExpressionMatch match;
    while ((match = lo4Port.match(text)).hasMatch())
        text.replace(match.capturedStart(), match.capturedLength(),
            Endpoint::inet(u"127.0.0.1"_s, quint16(match.captured(1).toUInt())).toPythonTuple());
    return text.replace(u"{INET6}"_s, u"AddressFamily.AF_INET6"_s)
        .replace(u"{INET}"_s, u"AddressFamily.AF_INET"_s)
        .replace(u"{UNIX}"_s, u"AddressFamily.AF_UNIX"_s)
        .replace(u"{STREAM}"_s, u"SocketKind.SOCK_STREAM"_s)
        .replace(u"{DGRAM}"_s, u"SocketKind.SOCK_DGRAM"_s)
        .replace(u"{any4}"_s, u"('0.0.0.0', 0)"_s)
        .replace(u"{any6}"_s, u"('::', 0, 0, 0)"_s)
        .replace(u"{lo4}"_s, u"('127.0.0.1', {port})"_s)
        .replace(u"{lo6}"_s, u"('::1', {port}, 0, 0)"_s)
        .replace(u"{fd}"_s, QString::number(fd))
        .replace(u"{port}"_s, QString::number(port))
        .replace(u"{path}"_s, path);
}

QString fdFree(QString repr)
{
    static const QRegularExpression fd(u"fd=-?\\d+"_s);
    return repr.replace(fd, u"fd=N"_s);
}

} // namespace

class TestSocket final : public QObject
{
    Q_OBJECT

private slots:
    void createFailuresAreValues_data();
    void createFailuresAreValues();
    void moveOnly();
    void repr_data();
    void repr();
    void reprConnected();
    void reprMatchesCPython();
    void options();
    void epipeNotSigpipe();
    void streamRecvfromKeepsData();
    void s5PrivilegedPorts_data();
    void s5PrivilegedPorts();
    void s8DualStack();
    void s9Ipv6FourTuples();
    void s10LinkLocalNeedsScope();
    void s11ConnectedUdpSeesRefusal();
    void s11UnconnectedUdpSeesNothing();
    void s14UnixSocketFiles();
    void s15NulAndControlBytes();
    void noFdLeakAfterManyCycles();
};

void TestSocket::createFailuresAreValues_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("proto");
    QTest::addColumn<QString>("name");
    QTest::newRow("tcp on dgram") << AF_INET << int(SOCK_DGRAM) << int(IPPROTO_TCP)
                                  << u"EPROTONOSUPPORT"_s;
    QTest::newRow("udp on stream")
        << AF_INET << int(SOCK_STREAM) << int(IPPROTO_UDP) << u"EPROTONOSUPPORT"_s;
    QTest::newRow("unknown family") << 4242 << int(SOCK_STREAM) << 0 << u"EAFNOSUPPORT"_s;
    QTest::newRow("unknown type") << AF_INET << 4242 << 0 << u"EINVAL"_s;
    QTest::newRow("unix with tcp")
        << AF_UNIX << int(SOCK_STREAM) << int(IPPROTO_TCP) << u"EPROTONOSUPPORT"_s;
}

void TestSocket::createFailuresAreValues()
{
    QFETCH(int, family);
    QFETCH(int, type);
    QFETCH(int, proto);
    QFETCH(QString, name);
    SocketError error;
    const Socket socket = Socket::create(family, type, proto, &error);
    QVERIFY(!socket.isValid());
    QCOMPARE(error.name(), name);
    QVERIFY(!error.explanation().isEmpty());
}

void TestSocket::moveOnly()
{
    static_assert(!std::is_copy_constructible_v<Socket>);
    static_assert(std::is_nothrow_move_constructible_v<Socket>);
    SocketError error;
    Socket a = Socket::create(AF_INET, SOCK_STREAM, 0, &error);
    QVERIFY(!error);
    const int fd = a.fd();
    QVERIFY(fcntl(fd, F_GETFL) & O_NONBLOCK);
    QVERIFY(fcntl(fd, F_GETFD) & FD_CLOEXEC);
    QCOMPARE(a.protocol(), int(IPPROTO_TCP)); // SO_PROTOCOL
    QCOMPARE(a.pythonProto(), 0); // as asked
    Socket b = std::move(a);
    QVERIFY(!a.isValid());
    QCOMPARE(b.fd(), fd);
    QCOMPARE(b.family(), AF_INET);
    QCOMPARE(b.type(), SOCK_STREAM);
    {
        Socket c = std::move(b);
        QCOMPARE(c.fd(), fd);
    }
    // The destructor closed the fd.
    QCOMPARE(fcntl(fd, F_GETFD), -1);
    QCOMPARE(errno, EBADF);
    // Taking ownership of a plain fd makes it non-blocking and close-on-exec.
    const int raw = ::socket(AF_INET, SOCK_DGRAM, 0);
    Socket adopted(raw);
    QVERIFY(fcntl(raw, F_GETFL) & O_NONBLOCK);
    QVERIFY(fcntl(raw, F_GETFD) & FD_CLOEXEC);
    QCOMPARE(adopted.type(), SOCK_DGRAM);
    QCOMPARE(adopted.pythonProto(), int(IPPROTO_UDP));
    QVERIFY(!adopted.close());
    QCOMPARE(adopted.close().name(), u"EBADF"_s);
}

void TestSocket::repr_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("proto");
    QTest::addColumn<QString>(
        "bindTo"); // "" = unbound, "port0" = loopback port 0, else a unix file name
    QTest::addColumn<bool>("close");
    QTest::addColumn<QString>("expected"); // %1 = fd, {port} = port, %3 = unix path

    QTest::newRow("tcp default")
        << AF_INET << int(SOCK_STREAM) << 0 << QString() << false
        << u"<socket.socket fd={fd}, family={INET}, type={STREAM}, proto=0, laddr={any4}>"_s;
    QTest::newRow("tcp bound")
        << AF_INET << int(SOCK_STREAM) << int(IPPROTO_TCP) << u"port0"_s << false
        << u"<socket.socket fd={fd}, family={INET}, type={STREAM}, proto=6, laddr={lo4}>"_s;
    QTest::newRow("udp")
        << AF_INET << int(SOCK_DGRAM) << int(IPPROTO_UDP) << QString() << false
        << u"<socket.socket fd={fd}, family={INET}, type={DGRAM}, proto=17, laddr={any4}>"_s;
    QTest::newRow("tcp6")
        << AF_INET6 << int(SOCK_STREAM) << 0 << QString() << false
        << u"<socket.socket fd={fd}, family={INET6}, type={STREAM}, proto=0, laddr={any6}>"_s;
    QTest::newRow("tcp6 bound")
        << AF_INET6 << int(SOCK_STREAM) << int(IPPROTO_TCP) << u"port0"_s << false
        << u"<socket.socket fd={fd}, family={INET6}, type={STREAM}, proto=6, laddr={lo6}>"_s;
    QTest::newRow("unix unbound")
        << AF_UNIX << int(SOCK_STREAM) << 0 << QString() << false
        << u"<socket.socket fd={fd}, family={UNIX}, type={STREAM}, proto=0>"_s;
    QTest::newRow("unix bound")
        << AF_UNIX << int(SOCK_STREAM) << 0 << u"r.sock"_s << false
        << u"<socket.socket fd={fd}, family={UNIX}, type={STREAM}, proto=0, laddr={path}>"_s;
    QTest::newRow("unix dgram")
        << AF_UNIX << int(SOCK_DGRAM) << 0 << QString() << false
        << u"<socket.socket fd={fd}, family={UNIX}, type={DGRAM}, proto=0>"_s;
    QTest::newRow("closed")
        << AF_INET << int(SOCK_STREAM) << int(IPPROTO_TCP) << u"port0"_s << true
        << u"<socket.socket [closed] fd=-1, family={INET}, type={STREAM}, proto=6>"_s;
}

void TestSocket::repr()
{
    QFETCH(int, family);
    QFETCH(int, type);
    QFETCH(int, proto);
    QFETCH(QString, bindTo);
    QFETCH(bool, close);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SocketError error;
    Socket socket = Socket::create(family, type, proto, &error);
    if (error.name() == u"EAFNOSUPPORT"_s)
        QSKIP("No IPv6 on this machine");
    QVERIFY(!error);
    QString path;
    if (bindTo == u"port0"_s) {
        QVERIFY(!socket.bind(
            family == AF_INET6 ? Endpoint::inet6(u"::1"_s, 0) : Endpoint::inet(u"127.0.0.1"_s, 0)));
    } else if (!bindTo.isEmpty()) {
        path = dir.filePath(bindTo);
        QVERIFY(!socket.bind(Endpoint::unixPath(path)));
    }
    const int fd = socket.fd();
    const quint16 port = socket.localAddress().port();
    if (close)
        QVERIFY(!socket.close());
    QCOMPARE(socket.repr(), expandRepr(expected, fd, port, path));
}

void TestSocket::reprConnected()
{
    Pair pair;
    QVERIFY(makePair(&pair, AF_INET));
    const quint16 port = pair.server.localAddress().port();
    const quint16 ephemeral = pair.client.localAddress().port();
    QCOMPARE(pair.client.repr(),
        expandRepr(
            u"<socket.socket fd=%1, family={INET}, type={STREAM}, proto=6, laddr={lo4:%2}, raddr={lo4:%3}>"_s
                .arg(pair.client.fd())
                .arg(ephemeral)
                .arg(port),
            -1, 0, {}));
    QCOMPARE(pair.conn.repr(),
        expandRepr(
            u"<socket.socket fd=%1, family={INET}, type={STREAM}, proto=6, laddr={lo4:%2}, raddr={lo4:%3}>"_s
                .arg(pair.conn.fd())
                .arg(port)
                .arg(ephemeral),
            -1, 0, {}));
    // The listening socket has no peer.
    QVERIFY(!pair.server.repr().contains(u"raddr"_s));
    QCOMPARE(pair.peer, pair.client.localAddress());

    // AF_UNIX: the client has no name of its own, the accepted one has the server's.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"c.sock"_s);
    SocketError error;
    Socket server = Socket::create(AF_UNIX, SOCK_STREAM, 0, &error);
    QVERIFY(!server.bind(Endpoint::unixPath(path)));
    QVERIFY(!server.listen(1));
    Socket client = Socket::create(AF_UNIX, SOCK_STREAM, 0, &error);
    QVERIFY(!client.connect(Endpoint::unixPath(path)));
    AcceptResult accepted = server.accept();
    QVERIFY(!accepted.error);
    QCOMPARE(accepted.peer.toPythonTuple(), u"''"_s);
    QCOMPARE(client.repr(),
        expandRepr(u"<socket.socket fd=%1, family={UNIX}, type={STREAM}, proto=0, raddr=%2>"_s
                       .arg(client.fd())
                       .arg(path),
            -1, 0, {}));
    QCOMPARE(accepted.socket.repr(),
        expandRepr(u"<socket.socket fd=%1, family={UNIX}, type={STREAM}, proto=0, laddr=%2>"_s
                       .arg(accepted.socket.fd())
                       .arg(path),
            -1, 0, {}));
}

void TestSocket::reprMatchesCPython()
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("python3 is not installed");

    // The same kernel sockets seen by CPython: each fd is dup()ed without
    // close-on-exec so the child can wrap it with socket.socket(fileno=).
    QTemporaryDir dir;
    Pair pair;
    QVERIFY(makePair(&pair, AF_INET));
    SocketError error;
    Socket udp = Socket::create(AF_INET, SOCK_DGRAM, IPPROTO_UDP, &error);
    QVERIFY(!udp.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
    Socket unixServer = Socket::create(AF_UNIX, SOCK_STREAM, 0, &error);
    QVERIFY(!unixServer.bind(Endpoint::unixPath(dir.filePath(u"py.sock"_s))));
    QVERIFY(!unixServer.listen(1));
    Socket unixClient = Socket::create(AF_UNIX, SOCK_STREAM, 0, &error);
    QVERIFY(!unixClient.connect(Endpoint::unixPath(dir.filePath(u"py.sock"_s))));
    Socket abstract = Socket::create(AF_UNIX, SOCK_DGRAM, 0, &error);
    QVERIFY(
        !abstract.bind(Endpoint::unixPath(u"@socketlab-repr-"_s + QString::number(::getpid()))));
    Pair pair6;
    const bool haveIpv6 = makePair(&pair6, AF_INET6);

    std::vector<const Socket *> sockets
        = {&pair.server, &pair.client, &pair.conn, &udp, &unixServer, &unixClient, &abstract};
    if (haveIpv6) {
        sockets.push_back(&pair6.client);
        sockets.push_back(&pair6.conn);
    }
    QStringList arguments {u"-c"_s,
        QStringLiteral(
            "import socket, sys\n"
            "for a in sys.argv[1:]:\n"
            "    s = socket.socket(fileno=int(a))\n"
            "    r = repr(s)\n"
            "    r = r.replace('family=%d,' % s.family, 'family=AddressFamily.%s,' % "
            "s.family.name, 1)\n"
            "    r = r.replace('type=%d,' % s.type, 'type=SocketKind.%s,' % s.type.name, 1)\n"
            "    print(r)\n"
            "    s.detach()\n")};
    std::vector<int> duplicates;
    for (const Socket *socket : sockets) {
        const int dup = ::dup(socket->fd());
        QVERIFY(dup >= 0);
        duplicates.push_back(dup);
        arguments << QString::number(dup);
    }
    QProcess process;
    process.start(python, arguments);
    const bool finished = process.waitForFinished(waitMs);
    for (const int dup : duplicates)
        ::close(dup);
    QVERIFY(finished);
    const QString stderrText = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(stderrText));
    const QStringList lines
        = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), qsizetype(sockets.size()));
    for (size_t i = 0; i < sockets.size(); ++i)
        QCOMPARE(fdFree(sockets[i]->repr()), fdFree(lines.at(qsizetype(i))));
}

void TestSocket::options()
{
    SocketError error;
    Socket socket = Socket::create(AF_INET6, SOCK_STREAM, 0, &error);
    if (error)
        QSKIP("No IPv6 on this machine");
    QVERIFY(!socket.reuseAddress());
    QVERIFY(!socket.setReuseAddress(true));
    QVERIFY(socket.reuseAddress());
    QVERIFY(!socket.setV6Only(true));
    QVERIFY(socket.v6Only());
    QVERIFY(!socket.setV6Only(false));
    QVERIFY(!socket.v6Only());
    Socket v4 = Socket::create(AF_INET, SOCK_STREAM, 0, &error);
    const SocketError wrongLevel = v4.setV6Only(true);
    QVERIFY(wrongLevel);
    QCOMPARE(v4.tcpInfo().state, TcpInfo::State::Closed);
    QCOMPARE(Socket().tcpInfo().valid, false);
    Socket udp = Socket::create(AF_INET, SOCK_DGRAM, 0, &error);
    QCOMPARE(udp.tcpInfo().valid, false);
}

void TestSocket::epipeNotSigpipe()
{
    Pair pair;
    QVERIFY(makePair(&pair, AF_INET));
    QVERIFY(!pair.conn.close());
    // The first send after the peer closed is answered with RST; the next one
    // fails with EPIPE. SIGPIPE would end this test process.
    SocketError last;
    for (int i = 0; i < 50 && last.name() != u"EPIPE"_s; ++i) {
        last = pair.client.send("ping").error;
        if (!last)
            waitFor(pair.client, POLLERR | POLLHUP, 100);
    }
    QVERIFY(last.name() == u"EPIPE"_s || last.name() == u"ECONNRESET"_s);
}

void TestSocket::streamRecvfromKeepsData()
{
    Pair pair;
    QVERIFY(makePair(&pair, AF_INET));
    QCOMPARE(pair.client.send("stream data").bytes, 11);
    QVERIFY(waitFor(pair.conn, POLLIN) & POLLIN);
    const RecvResult r = pair.conn.recvfrom(64);
    QVERIFY(!r.error);
    QCOMPARE(r.data, QByteArray("stream data"));
    QCOMPARE(r.truncatedBytes, 0);
    // Nothing waiting: the would-block answer is a value, not a failure.
    const RecvResult empty = pair.conn.recv(8);
    QVERIFY(empty.error.wouldBlock());
    QCOMPARE(empty.error.name(), u"EAGAIN"_s);
    QCOMPARE(pair.conn.bytesAvailable(), 0);
    QCOMPARE(pair.conn.recv(0).error.kind(), SocketError::Kind::Refused);
}

void TestSocket::s5PrivilegedPorts_data()
{
    QTest::addColumn<int>("port");
    QTest::newRow("80") << 80;
    QTest::newRow("1023") << 1023;
    QTest::newRow("1024") << 1024;
}

void TestSocket::s5PrivilegedPorts()
{
    QFETCH(int, port);
    int floor = 1024;
    QFile file(u"/proc/sys/net/ipv4/ip_unprivileged_port_start"_s);
    if (file.open(QIODevice::ReadOnly))
        floor = file.readAll().trimmed().toInt();
    const bool privileged = ::geteuid() == 0;

    SocketError error;
    Socket socket = Socket::create(AF_INET, SOCK_STREAM, 0, &error);
    QVERIFY(!error);
    const SocketError bound = socket.bind(Endpoint::inet(u"127.0.0.1"_s, quint16(port)));
    if (!privileged && port < floor) {
        QCOMPARE(bound.name(), u"EACCES"_s);
        QCOMPARE(
            bound.explanation(), u"Ports below %1 need privileges on this system."_s.arg(floor));
        QCOMPARE(bound.pythonException(),
            u"PermissionError: [Errno %1] Permission denied"_s.arg(EACCES));
    } else {
        // Allowed; another program may happen to hold the port.
        QVERIFY2(!bound || bound.name() == u"EADDRINUSE"_s, qPrintable(bound.toString()));
    }
}

void TestSocket::s8DualStack()
{
    SocketError error;
    Socket a = Socket::create(AF_INET6, SOCK_STREAM, IPPROTO_TCP, &error);
    if (error)
        QSKIP("No IPv6 on this machine");
    QVERIFY(!a.setV6Only(false));
    QVERIFY(!a.bind(Endpoint::inet6(u"::"_s, 0)));
    const quint16 port = a.localAddress().port();

    Socket b = Socket::create(AF_INET, SOCK_STREAM, IPPROTO_TCP, &error);
    const SocketError clash = b.bind(Endpoint::inet(u"0.0.0.0"_s, port));
    QCOMPARE(clash.name(), u"EADDRINUSE"_s);
    QVERIFY(clash.hint().contains(u"SO_REUSEADDR"_s));

    // An IPv4 client reaches the IPv6 listener as a mapped address.
    QVERIFY(!a.listen(1));
    Socket client = Socket::create(AF_INET, SOCK_STREAM, IPPROTO_TCP, &error);
    const SocketError connecting = client.connect(Endpoint::inet(u"127.0.0.1"_s, port));
    QVERIFY(!connecting || connecting.wouldBlock());
    QVERIFY(waitFor(a, POLLIN) & POLLIN);
    const AcceptResult accepted = a.accept();
    QVERIFY(!accepted.error);
    const quint16 clientPort = client.localAddress().port();
    QCOMPARE(accepted.peer, Endpoint::inet6(u"::ffff:127.0.0.1"_s, clientPort));
    QCOMPARE(accepted.peer.toPythonTuple(), u"('::ffff:127.0.0.1', %1, 0, 0)"_s.arg(clientPort));
    QCOMPARE(accepted.socket.peerAddress().toPythonTuple(),
        u"('::ffff:127.0.0.1', %1, 0, 0)"_s.arg(clientPort));

    // With IPV6_V6ONLY the IPv4 side of the port stays free.
    Socket a2 = Socket::create(AF_INET6, SOCK_STREAM, IPPROTO_TCP, &error);
    QVERIFY(!a2.setV6Only(true));
    QVERIFY(!a2.bind(Endpoint::inet6(u"::"_s, 0)));
    Socket b2 = Socket::create(AF_INET, SOCK_STREAM, IPPROTO_TCP, &error);
    const SocketError second = b2.bind(Endpoint::inet(u"0.0.0.0"_s, a2.localAddress().port()));
    QVERIFY2(!second, qPrintable(second.toString()));
}

void TestSocket::s9Ipv6FourTuples()
{
    Pair pair;
    if (!makePair(&pair, AF_INET6))
        QSKIP("No IPv6 loopback on this machine");
    const quint16 port = pair.server.localAddress().port();
    const quint16 ephemeral = pair.client.localAddress().port();
    QCOMPARE(pair.conn.localAddress().toPythonTuple(), u"('::1', %1, 0, 0)"_s.arg(port));
    QCOMPARE(pair.conn.peerAddress().toPythonTuple(), u"('::1', %1, 0, 0)"_s.arg(ephemeral));
    QCOMPARE(pair.peer.toPythonTuple(), u"('::1', %1, 0, 0)"_s.arg(ephemeral));
    QCOMPARE(pair.server.localAddress().toString(), u"[::1]:%1"_s.arg(port));
    QCOMPARE(pair.client.peerAddress(), pair.server.localAddress());
}

void TestSocket::s10LinkLocalNeedsScope()
{
    QHostAddress linkLocal;
    QNetworkInterface iface;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &candidate : interfaces) {
        if (!(candidate.flags() & QNetworkInterface::IsUp)
            || (candidate.flags() & QNetworkInterface::IsLoopBack))
            continue;
        const auto entries = candidate.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            if (entry.ip().protocol() == QAbstractSocket::IPv6Protocol
                && entry.ip().isLinkLocal()) {
                linkLocal = entry.ip();
                iface = candidate;
                break;
            }
        }
        if (!linkLocal.isNull())
            break;
    }
    if (linkLocal.isNull())
        QSKIP("This machine has no IPv6 link-local address");
    QHostAddress bare = linkLocal;
    bare.setScopeId(QString());
    const QString host = bare.toString();

    // A port on that address where nothing listens.
    SocketError error;
    Socket holder = Socket::create(AF_INET6, SOCK_STREAM, IPPROTO_TCP, &error);
    QVERIFY(!holder.bind(Endpoint::inet6(host, 0, 0, quint32(iface.index()))));
    const quint16 port = holder.localAddress().port();
    QCOMPARE(holder.localAddress().scopeId(), quint32(iface.index()));

    Socket first = Socket::create(AF_INET6, SOCK_STREAM, IPPROTO_TCP, &error);
    const SocketError noScope = first.connect(Endpoint::inet6(host, port));
    QCOMPARE(noScope.name(), u"EINVAL"_s);
    QVERIFY(noScope.explanation().contains(u"link-local"_s));

    const std::optional<Endpoint> scoped
        = Endpoint::parse(AF_INET6, host + u'%' + iface.name(), QString::number(port), &error);
    QVERIFY2(scoped, qPrintable(error.explanation()));
    QCOMPARE(scoped->scopeId(), quint32(iface.index()));
    QCOMPARE(scoped->toString(), u"[%1%%2]:%3"_s.arg(host, iface.name()).arg(port));
    Socket second = Socket::create(AF_INET6, SOCK_STREAM, IPPROTO_TCP, &error);
    SocketError outcome = second.connect(*scoped);
    if (outcome.wouldBlock()) {
        QVERIFY(waitFor(second, POLLOUT) & POLLOUT);
        outcome = second.takeError();
    }
    QCOMPARE(outcome.name(), u"ECONNREFUSED"_s);
}

void TestSocket::s11ConnectedUdpSeesRefusal()
{
    // A UDP port where nothing is bound: take one from the kernel, free it.
    SocketError error;
    quint16 port = 0;
    {
        Socket probe = Socket::create(AF_INET, SOCK_DGRAM, IPPROTO_UDP, &error);
        QVERIFY(!probe.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
        port = probe.localAddress().port();
    }
    Socket client = Socket::create(AF_INET, SOCK_DGRAM, IPPROTO_UDP, &error);
    QVERIFY(!client.connect(Endpoint::inet(u"127.0.0.1"_s, port)));

    IoResult sent = client.send("ping");
    QVERIFY(!sent.error);
    QCOMPARE(sent.bytes, 4);
    // The ICMP port-unreachable comes back as a pending socket error.
    QVERIFY(waitFor(client, POLLERR) & POLLERR);
    sent = client.send("ping");
    QCOMPARE(sent.error.name(), u"ECONNREFUSED"_s);
    QVERIFY(sent.error.explanation().contains(u"datagram"_s));
    sent = client.send("ping");
    QVERIFY(!sent.error);
    QCOMPARE(sent.bytes, 4);
    QVERIFY(waitFor(client, POLLERR) & POLLERR);
    const RecvResult received = client.recv(64);
    QCOMPARE(received.error.name(), u"ECONNREFUSED"_s);
    QCOMPARE(received.error.pythonException(),
        u"ConnectionRefusedError: [Errno %1] Connection refused"_s.arg(ECONNREFUSED));
    // Still usable.
    QVERIFY(client.isValid());
    QCOMPARE(client.send("ping").bytes, 4);
}

void TestSocket::s11UnconnectedUdpSeesNothing()
{
    SocketError error;
    quint16 port = 0;
    {
        Socket probe = Socket::create(AF_INET, SOCK_DGRAM, IPPROTO_UDP, &error);
        QVERIFY(!probe.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
        port = probe.localAddress().port();
    }
    Socket client = Socket::create(AF_INET, SOCK_DGRAM, IPPROTO_UDP, &error);
    const Endpoint target = Endpoint::inet(u"127.0.0.1"_s, port);
    for (int i = 0; i < 3; ++i) {
        const IoResult sent = client.sendto("ping", target);
        QVERIFY2(!sent.error, qPrintable(sent.error.toString()));
        QCOMPARE(sent.bytes, 4);
    }
    // No error is ever queued for an unconnected socket (bounded look).
    QCOMPARE(waitFor(client, POLLERR | POLLIN, 200), short(0));
    QVERIFY(client.recvfrom(64).error.wouldBlock());
    QVERIFY(!client.takeError());
}

void TestSocket::s14UnixSocketFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"lab.sock"_s);
    SocketError error;
    {
        Socket server = Socket::create(AF_UNIX, SOCK_STREAM, 0, &error);
        QVERIFY(!server.bind(Endpoint::unixPath(path)));
        QVERIFY(!server.listen(1));
        QVERIFY(!server.close());
    }
    // close() does not unlink: the file stays.
    QVERIFY(QFileInfo(path).exists());

    Socket again = Socket::create(AF_UNIX, SOCK_STREAM, 0, &error);
    const SocketError rebind = again.bind(Endpoint::unixPath(path));
    QCOMPARE(rebind.name(), u"EADDRINUSE"_s);

    Socket client = Socket::create(AF_UNIX, SOCK_STREAM, 0, &error);
    const SocketError stale = client.connect(Endpoint::unixPath(path));
    QCOMPARE(stale.name(), u"ECONNREFUSED"_s);
    QVERIFY(stale.hint().contains(u"stale"_s));

    Socket missingClient = Socket::create(AF_UNIX, SOCK_STREAM, 0, &error);
    const SocketError missing
        = missingClient.connect(Endpoint::unixPath(dir.filePath(u"nothing-here.sock"_s)));
    QCOMPARE(missing.name(), u"ENOENT"_s);
    QCOMPARE(missing.pythonException(),
        u"FileNotFoundError: [Errno %1] No such file or directory"_s.arg(ENOENT));

    const QString longPath = u"/tmp/"_s + QString(115, u'x');
    QCOMPARE(longPath.size(), 120);
    Socket longClient = Socket::create(AF_UNIX, SOCK_STREAM, 0, &error);
    const SocketError tooLong = longClient.connect(Endpoint::unixPath(longPath));
    QCOMPARE(tooLong.kind(), SocketError::Kind::Refused);
    QVERIFY(tooLong.explanation().contains(u"120 bytes"_s));
    QVERIFY(tooLong.explanation().contains(u"108"_s));
    QCOMPARE(longClient.bind(Endpoint::unixPath(longPath)).kind(), SocketError::Kind::Refused);
    QVERIFY(!QFileInfo::exists(longPath));
}

void TestSocket::s15NulAndControlBytes()
{
    Pair pair;
    QVERIFY(makePair(&pair, AF_INET));
    const QByteArray payloads[] = {
        QByteArray("\x88\x77\x66\x55\x00\x11\x22\x33", 8),
        QByteArray("test\0test", 9),
        QByteArray("\x1b[31mRED\x1b[0m\r"),
    };
    const qint64 lengths[] = {8, 9, 13};
    QByteArray expected;
    for (int i = 0; i < 3; ++i) {
        const IoResult sent = pair.client.send(payloads[i]);
        QVERIFY(!sent.error);
        QCOMPARE(sent.bytes, lengths[i]);
        expected += payloads[i];
    }
    const QByteArray all = recvAll(pair.conn, expected.size());
    QCOMPARE(all.size(), 30);
    QCOMPARE(all, expected);
    QCOMPARE(all.toHex(' '),
        QByteArray("88 77 66 55 00 11 22 33 74 65 73 74 00 74 65 73 74 1b 5b 33 31 6d 52 45 44 1b "
                   "5b 30 6d 0d"));
}

void TestSocket::noFdLeakAfterManyCycles()
{
    SocketError error;
    Socket server = Socket::create(AF_INET, SOCK_STREAM, IPPROTO_TCP, &error);
    QVERIFY(!server.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
    QVERIFY(!server.listen(16));
    const Endpoint address = server.localAddress();
    const int before = openFdCount();
    for (int i = 0; i < 1000; ++i) {
        Socket client = Socket::create(AF_INET, SOCK_STREAM, IPPROTO_TCP, &error);
        QVERIFY(!error);
        const SocketError connecting = client.connect(address);
        QVERIFY(!connecting || connecting.wouldBlock());
        QVERIFY(waitFor(client, POLLOUT) & POLLOUT);
        QVERIFY(!client.takeError());
        QVERIFY(waitFor(server, POLLIN) & POLLIN);
        AcceptResult accepted = server.accept();
        QVERIFY(!accepted.error);
        if (i % 2 == 0)
            QVERIFY(!accepted.socket.close()); // the other half closes in the destructor
        QVERIFY(!client.close());
    }
    QCOMPARE(openFdCount(), before);
}

QTEST_GUILESS_MAIN(TestSocket)
#include "tst_socket.moc"
