#include "core/bytes/receiveloop.h"
#include "core/lab/demoaction.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The demo action vocabulary of resources/lesson/README.md: what parses, into
// what, and the errors for what does not.
class TestDemoAction final : public QObject
{
    Q_OBJECT

private slots:
    void parsesValid_data();
    void parsesValid();
    void refusesInvalid_data();
    void refusesInvalid();
    void withPortRewritesPorts();
    void everyVerbHasForms();
    void python_data();
    void python();
    void configuresReceiveLoops();
};

void TestDemoAction::parsesValid_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("socket defaults")
        << u"server.socket"_s << u"server.socket"_s << QStringList() << QByteArray();
    QTest::newRow("socket explicit")
        << u"server.socket AF_INET SOCK_STREAM IPPROTO_TCP"_s << u"server.socket"_s
        << QStringList {u"AF_INET"_s, u"SOCK_STREAM"_s, u"IPPROTO_TCP"_s} << QByteArray();
    QTest::newRow("bind v4") << u"server.bind 127.0.0.1 5000"_s << u"server.bind"_s
                             << QStringList {u"127.0.0.1"_s, u"5000"_s} << QByteArray();
    QTest::newRow("bind v6") << u"server.bind ::1 0"_s << u"server.bind"_s
                             << QStringList {u"::1"_s, u"0"_s} << QByteArray();
    QTest::newRow("bind last") << u"server.bind 127.0.0.1 last"_s << u"server.bind"_s
                               << QStringList {u"127.0.0.1"_s, u"last"_s} << QByteArray();
    QTest::newRow("bind path") << u"server.bind socketlab.sock"_s << u"server.bind"_s
                               << QStringList {u"socketlab.sock"_s} << QByteArray();
    QTest::newRow("setsockopt") << u"server.setsockopt SO_REUSEADDR 1"_s << u"server.setsockopt"_s
                                << QStringList {u"SO_REUSEADDR"_s, u"1"_s} << QByteArray();
    QTest::newRow("listen") << u"server.listen 1"_s << u"server.listen"_s << QStringList {u"1"_s}
                            << QByteArray();
    QTest::newRow("close conn") << u"server.close conn"_s << u"server.close"_s
                                << QStringList {u"conn"_s} << QByteArray();
    QTest::newRow("sendall spaces and ü")
        << u"client.sendall Grüezi, server! Two  spaces"_s << u"client.sendall"_s << QStringList()
        << u"Grüezi, server! Two  spaces"_s.toUtf8();
    QTest::newRow("sendall escapes")
        << u"client.sendall \\x00\\x00\\x00\\x18ab\\n"_s << u"client.sendall"_s << QStringList()
        << QByteArray("\0\0\0\x18"
                      "ab\n",
               7);
    QTest::newRow("recvloop default")
        << u"server.recvloop 8"_s << u"server.recvloop"_s << QStringList {u"8"_s} << QByteArray();
    QTest::newRow("recvloop eof") << u"client.recvloop 8 eof"_s << u"client.recvloop"_s
                                  << QStringList {u"8"_s, u"eof"_s} << QByteArray();
    QTest::newRow("recvloop delimiter")
        << u"server.recvloop 8 delimiter \\r\\n"_s << u"server.recvloop"_s
        << QStringList {u"8"_s, u"delimiter"_s} << QByteArray("\r\n");
    QTest::newRow("getaddrinfo service")
        << u"client.getaddrinfo localhost http"_s << u"client.getaddrinfo"_s
        << QStringList {u"localhost"_s, u"http"_s} << QByteArray();
    QTest::newRow("socket from info") << u"client.socket *info[:3]"_s << u"client.socket"_s
                                      << QStringList {u"*info[:3]"_s} << QByteArray();
    QTest::newRow("connect info") << u"client.connect info[-1]"_s << u"client.connect"_s
                                  << QStringList {u"info[-1]"_s} << QByteArray();
    QTest::newRow("connect server")
        << u"client.connect"_s << u"client.connect"_s << QStringList() << QByteArray();
    QTest::newRow("shutdown") << u"client.shutdown SHUT_WR"_s << u"client.shutdown"_s
                              << QStringList {u"SHUT_WR"_s} << QByteArray();
    QTest::newRow("crowd") << u"crowd.connect 4 1000"_s << u"crowd.connect"_s
                           << QStringList {u"4"_s, u"1000"_s} << QByteArray();
    QTest::newRow("explorer address")
        << u"explorer.address [2001:db8::1]:443"_s << u"explorer.address"_s << QStringList()
        << QByteArray("[2001:db8::1]:443");
    QTest::newRow("measure") << u"measure.throughput AF_UNIX 65536 16777216"_s
                             << u"measure.throughput"_s
                             << QStringList {u"AF_UNIX"_s, u"65536"_s, u"16777216"_s}
                             << QByteArray();
    QTest::newRow("reset") << u"reset"_s << u"reset"_s << QStringList() << QByteArray();
}

void TestDemoAction::parsesValid()
{
    QFETCH(QString, source);
    QFETCH(QString, name);
    QFETCH(QStringList, args);
    QFETCH(QByteArray, text);

    QString error;
    const std::optional<DemoAction> action = DemoAction::parse(source, &error);
    QVERIFY2(action, qPrintable(error));
    QCOMPARE(action->name(), name);
    QCOMPARE(action->args(), args);
    QCOMPARE(action->text(), text);
    QCOMPARE(action->source(), source);
}

void TestDemoAction::refusesInvalid_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("problem");

    QTest::newRow("empty") << QString() << u"empty action"_s;
    QTest::newRow("unknown target") << u"router.route"_s << u"unknown action \"router.route\""_s;
    QTest::newRow("unknown verb lists same target")
        << u"server.sokcet"_s << u"server knows socket, setsockopt"_s;
    QTest::newRow("port too big") << u"server.bind 127.0.0.1 70000"_s << u"bad port \"70000\""_s;
    QTest::newRow("port negative") << u"server.bind 127.0.0.1 -1"_s << u"bad port \"-1\""_s;
    QTest::newRow("bracketed host") << u"server.bind [::1] 5000"_s << u"bad host"_s;
    QTest::newRow("backlog word") << u"server.listen lots"_s << u"bad backlog \"lots\""_s;
    QTest::newRow("recv zero") << u"server.recv 0"_s << u"bad buffer size \"0\""_s;
    QTest::newRow("recv too big") << u"server.recv 65537"_s << u"from 1 to 65536"_s;
    QTest::newRow("extra argument") << u"server.accept now"_s << u"bad arguments"_s;
    QTest::newRow("missing text") << u"client.sendall"_s << u"bad arguments"_s;
    QTest::newRow("bad escape") << u"client.sendall a\\qb"_s << u"Unknown escape \\q"_s;
    QTest::newRow("short hex") << u"client.sendall \\x4"_s << u"two hex digits"_s;
    QTest::newRow("lone backslash") << u"client.sendall a\\"_s << u"lone backslash"_s;
    QTest::newRow("family") << u"server.socket AF_APPLETALK SOCK_STREAM 0"_s
                            << u"bad family \"AF_APPLETALK\""_s;
    QTest::newRow("rule") << u"server.recvloop 8 forever"_s << u"bad stop rule"_s;
    QTest::newRow("fill zero") << u"client.sendfill 0"_s << u"bad byte count"_s;
    QTest::newRow("fill too big") << u"client.sendfill 16777217"_s << u"from 1 to 16777216"_s;
    QTest::newRow("rcvbuf size") << u"server.setsockopt SO_RCVBUF 0"_s << u"bad buffer size"_s;
    QTest::newRow("client option") << u"client.setsockopt SO_REUSEADDR 1"_s << u"SO_SNDBUF"_s;
    QTest::newRow("how") << u"client.shutdown SHUT_UP"_s << u"bad shutdown mode"_s;
    QTest::newRow("explorer") << u"explorer.open wireshark"_s << u"bad explorer"_s;
    QTest::newRow("crowd") << u"crowd.connect 100"_s << u"bad client count"_s;
    QTest::newRow("path without dot") << u"server.bind 5000"_s << u"bad path"_s;
    QTest::newRow("long path") << u"server.bind /tmp/"_s + QString(120, u'x') + u".sock"_s
                               << u"longer than 107 bytes"_s;
}

void TestDemoAction::refusesInvalid()
{
    QFETCH(QString, source);
    QFETCH(QString, problem);

    QString error;
    QVERIFY(!DemoAction::parse(source, &error));
    QVERIFY2(error.contains(problem), qPrintable(error));
}

void TestDemoAction::withPortRewritesPorts()
{
    QString error;
    const auto bind = DemoAction::parse(u"server.bind 127.0.0.1 5000"_s, &error);
    QVERIFY(bind);
    QCOMPARE(bind->withPort(5000, 40123).args().at(1), u"40123"_s);
    QCOMPARE(bind->withPort(5000, 40123).source(), u"server.bind 127.0.0.1 40123"_s);
    const auto info = DemoAction::parse(u"client.getaddrinfo 127.0.0.1 5000"_s, &error);
    QVERIFY(info);
    QCOMPARE(info->withPort(5000, 40123).args().at(1), u"40123"_s);
    // The port explorer looks at port 5000 as a number; it is not the lesson's socket.
    const auto look = DemoAction::parse(u"explorer.port 5000"_s, &error);
    QVERIFY(look);
    QCOMPARE(look->withPort(5000, 40123).args().at(0), u"5000"_s);
    const auto other = DemoAction::parse(u"server.bind 127.0.0.1 0"_s, &error);
    QVERIFY(other);
    QCOMPARE(other->withPort(5000, 40123).source(), other->source());
}

void TestDemoAction::everyVerbHasForms()
{
    const QStringList verbs = DemoAction::verbs();
    QVERIFY(verbs.contains(u"server.recvloop"_s));
    QVERIFY(verbs.contains(u"reset"_s));
    for (const QString &verb : verbs)
        QVERIFY2(!DemoAction::forms(verb).isEmpty(), qPrintable(verb));
    QVERIFY(DemoAction::forms(u"server.nothing"_s).isEmpty());
}

void TestDemoAction::python_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("python");

    QTest::newRow("default socket") << u"server.socket"_s << u"server = socket.socket()"_s;
    QTest::newRow("tcp socket")
        << u"server.socket AF_INET SOCK_STREAM IPPROTO_TCP"_s
        << u"server = socket.socket(family=socket.AF_INET, type=socket.SOCK_STREAM, "
           "proto=socket.IPPROTO_TCP)"_s;
    QTest::newRow("unix socket")
        << u"client.socket AF_UNIX SOCK_STREAM 0"_s
        << u"client = socket.socket(family=socket.AF_UNIX, type=socket.SOCK_STREAM, proto=0)"_s;
    QTest::newRow("reuse") << u"server.setsockopt SO_REUSEADDR 1"_s
                           << u"server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)"_s;
    QTest::newRow("bind v4") << u"server.bind 127.0.0.1 5000"_s
                             << u"server.bind(('127.0.0.1', 5000))"_s;
    QTest::newRow("bind v6") << u"server.bind ::1 5000"_s << u"server.bind(('::1', 5000, 0, 0))"_s;
    QTest::newRow("bind last") << u"server.bind 127.0.0.1 last"_s
                               << u"server.bind(('127.0.0.1', port))"_s;
    QTest::newRow("bind path") << u"server.bind socketlab.sock"_s
                               << u"server.bind('socketlab.sock')"_s;
    QTest::newRow("listen") << u"server.listen 1"_s << u"server.listen(1)"_s;
    QTest::newRow("rcvbuf") << u"server.setsockopt SO_RCVBUF 4096"_s
                            << u"server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)"_s;
    QTest::newRow("sndbuf") << u"client.setsockopt SO_SNDBUF 4096"_s
                            << u"client.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)"_s;
    QTest::newRow("send more") << u"client.sendmore Hi"_s
                               << u"client.send(b'Hi', socket.MSG_MORE)"_s;
    QTest::newRow("send fill") << u"client.sendfill 100000"_s << u"client.sendall(b'x' * 100000)"_s;
    QTest::newRow("accept") << u"server.accept"_s << u"conn, addr = server.accept()"_s;
    QTest::newRow("recv") << u"server.recv 8"_s << u"conn.recv(8)"_s;
    QTest::newRow("recvfrom") << u"server.recvfrom 8"_s << u"server.recvfrom(8)"_s;
    QTest::newRow("loop short") << u"server.recvloop 8"_s
                                << u"conn.recv(8)  # again until a chunk is shorter than 8"_s;
    QTest::newRow("loop eof") << u"client.recvloop 8 eof"_s
                              << u"client.recv(8)  # again until b''"_s;
    QTest::newRow("loop delimiter")
        << u"server.recvloop 8 delimiter \\n"_s << u"conn.recv(8)  # again until b'\\n' arrives"_s;
    QTest::newRow("sendall text") << u"client.sendall Grüezi"_s
                                  << u"client.sendall('Grüezi'.encode())"_s;
    QTest::newRow("sendall bytes") << u"client.sendall Hi\\n"_s << u"client.sendall(b'Hi\\n')"_s;
    QTest::newRow("sendall prefix")
        << u"client.sendall \\x00\\x18ab"_s << u"client.sendall(b'\\x00\\x18ab')"_s;
    QTest::newRow("server sendall") << u"server.sendall ok"_s << u"conn.sendall(b'ok')"_s;
    QTest::newRow("sendto") << u"client.sendto Hi"_s
                            << u"client.sendto(b'Hi', server.getsockname())"_s;
    QTest::newRow("shutdown") << u"client.shutdown SHUT_WR"_s
                              << u"client.shutdown(socket.SHUT_WR)"_s;
    QTest::newRow("close conn") << u"server.close conn"_s << u"conn.close()"_s;
    QTest::newRow("close server") << u"server.close"_s << u"server.close()"_s;
    QTest::newRow("getaddrinfo") << u"client.getaddrinfo 127.0.0.1 5000"_s
                                 << u"infos = socket.getaddrinfo('127.0.0.1', 5000)"_s;
    QTest::newRow("getaddrinfo service")
        << u"explorer.getaddrinfo 127.0.0.1 http"_s << u"socket.getaddrinfo('127.0.0.1', 'http')"_s;
    QTest::newRow("socket from info")
        << u"client.socket *info[:3]"_s << u"client = socket.socket(*info[:3])"_s;
    QTest::newRow("connect info") << u"client.connect info[-1]"_s << u"client.connect(info[-1])"_s;
    QTest::newRow("connect server")
        << u"client.connect"_s << u"client.connect(server.getsockname())"_s;
    QTest::newRow("constants") << u"explorer.constants AF_"_s << u"get_constants('AF_')"_s;
    QTest::newRow("crowd") << u"crowd.connect 4 1000"_s
                           << u"# 4 more clients connect, each giving up after 1000 ms"_s;
    QTest::newRow("reset") << u"reset"_s << u"# fresh panels: every socket closed"_s;
}

void TestDemoAction::python()
{
    QFETCH(QString, source);
    QFETCH(QString, python);
    QString error;
    const std::optional<DemoAction> action = DemoAction::parse(source, &error);
    QVERIFY2(action, qPrintable(error));
    QCOMPARE(action->python(), python);
}

// recvloop actions set up a real ReceiveLoop: buffer, stop rule, delimiter.
void TestDemoAction::configuresReceiveLoops()
{
    ReceiveLoop loop(nullptr);
    QString error;
    const auto eof = DemoAction::parse(u"server.recvloop 16 eof"_s, &error);
    QVERIFY2(eof, qPrintable(error));
    QVERIFY(!eof->configure(&loop));
    QCOMPARE(loop.bufferLength(), 16);
    QCOMPARE(loop.stopRule(), ReceiveLoop::StopRule::Eof);

    const auto delimiter = DemoAction::parse(u"client.recvloop 4 delimiter \\r\\n"_s, &error);
    QVERIFY2(delimiter, qPrintable(error));
    QVERIFY(!delimiter->configure(&loop));
    QCOMPARE(loop.stopRule(), ReceiveLoop::StopRule::Delimiter);
    QCOMPARE(loop.delimiter(), QByteArray("\r\n"));

    const auto plain = DemoAction::parse(u"server.recvloop 8"_s, &error);
    QVERIFY(plain && !plain->configure(&loop));
    QCOMPARE(loop.stopRule(), ReceiveLoop::StopRule::ShortChunk);

    const auto length = DemoAction::parse(u"server.recvloop 65536 length"_s, &error);
    QVERIFY2(length, qPrintable(error));
    QVERIFY(!length->configure(&loop));
    QCOMPARE(loop.bufferLength(), 65536);
    QCOMPARE(loop.stopRule(), ReceiveLoop::StopRule::LengthPrefix);
}

QTEST_GUILESS_MAIN(TestDemoAction)
#include "tst_demoaction.moc"
