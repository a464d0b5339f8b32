#include "core/platform/ports.h"

#include <QFile>
#include <QTcpServer>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Ports::Range)

namespace {
// What the kernel says, read here independently of Ports.
QList<int> readProc(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<int> out;
    for (const QByteArray &p : f.readAll().simplified().split(' '))
        out << p.toInt();
    return out;
}
} // namespace

namespace {

// Ports::listeners() on one port, as the port explorer filters them.
QList<Ports::Listener> listenersOn(quint16 port, QString *error = nullptr)
{
    QList<Ports::Listener> out;
    for (const Ports::Listener &l : Ports::listeners(error)) {
        if (l.port == port)
            out << l;
    }
    return out;
}

} // namespace

class TestPorts final : public QObject
{
    Q_OBJECT

private slots:
    void range_data();
    void range();
    void rangesCoverAllPorts();
    void ephemeralFromProc();
    void unprivilegedFloorFromProc();
    void privilege_data();
    void privilege();
    void serviceByPort_data();
    void serviceByPort();
    void serviceByName_data();
    void serviceByName();
    void lessonPorts();
    void listenerTcp4();
    void listenerTcp6();
    void listenerUdp();
    void nobodyOnClosedPort();
};

void TestPorts::range_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<Ports::Range>("range");
    using R = Ports::Range;
    QTest::newRow("0 kernel picks") << 0 << R::System;
    QTest::newRow("22") << 22 << R::System;
    QTest::newRow("1023 last system") << 1023 << R::System;
    QTest::newRow("1024 first registered") << 1024 << R::Registered;
    QTest::newRow("5000 lesson") << 5000 << R::Registered;
    QTest::newRow("49151 last registered") << 49151 << R::Registered;
    QTest::newRow("49152 first dynamic") << 49152 << R::Dynamic;
    QTest::newRow("65535 last") << 65535 << R::Dynamic;
}

void TestPorts::range()
{
    QFETCH(int, port);
    QFETCH(Ports::Range, range);
    QCOMPARE(Ports::rangeOf(quint16(port)), range);
    QVERIFY(port >= Ports::rangeFirst(range) && port <= Ports::rangeLast(range));
    QVERIFY(!Ports::rangeName(range).isEmpty());
    QVERIFY(!Ports::rangeExplanation(range).isEmpty());
}

void TestPorts::rangesCoverAllPorts()
{
    int total = 0;
    for (auto r : {Ports::Range::System, Ports::Range::Registered, Ports::Range::Dynamic})
        total += Ports::rangeLast(r) - Ports::rangeFirst(r) + 1;
    QCOMPARE(total, Ports::portCount);
    QCOMPARE(Ports::portCount, 65536);
    QCOMPARE(Ports::ianaDynamicRange().size(), 16384);
}

void TestPorts::ephemeralFromProc()
{
    const QList<int> proc = readProc(u"/proc/sys/net/ipv4/ip_local_port_range"_s);
    const Ports::Span span = Ports::ephemeralRange();
    if (proc.size() != 2) {
        QVERIFY(!span.fromKernel);
        QVERIFY(!span.source.isEmpty());
        QSKIP("no /proc/sys/net/ipv4/ip_local_port_range here; fallback checked");
    }
    QVERIFY(span.fromKernel);
    QCOMPARE(span.first, proc[0]);
    QCOMPARE(span.last, proc[1]);
    QCOMPARE(span.source, u"/proc/sys/net/ipv4/ip_local_port_range"_s);
}

void TestPorts::unprivilegedFloorFromProc()
{
    const QList<int> proc = readProc(u"/proc/sys/net/ipv4/ip_unprivileged_port_start"_s);
    const Ports::Floor floor = Ports::unprivilegedPortStart();
    if (proc.size() != 1) {
        QCOMPARE(floor.port, 1024);
        QVERIFY(!floor.fromKernel);
        QSKIP("no ip_unprivileged_port_start here; fallback checked");
    }
    QVERIFY(floor.fromKernel);
    QCOMPARE(floor.port, proc[0]);
}

void TestPorts::privilege_data()
{
    QTest::addColumn<int>("port");
    const int floor = Ports::unprivilegedPortStart().port;
    QTest::newRow("0") << 0;
    QTest::newRow("1") << 1;
    QTest::newRow("80") << 80;
    if (floor > 0)
        QTest::newRow("floor-1") << floor - 1;
    QTest::newRow("floor") << floor;
    QTest::newRow("8080") << 8080;
}

void TestPorts::privilege()
{
    QFETCH(int, port);
    const int floor = readProc(u"/proc/sys/net/ipv4/ip_unprivileged_port_start"_s).value(0, 1024);
    const bool expected = port > 0 && port < floor;
    QCOMPARE(Ports::needsPrivilege(quint16(port)), expected);
}

void TestPorts::serviceByPort_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("name"); // empty: no entry
    QTest::newRow("21 tcp") << 21 << u"tcp"_s << u"ftp"_s;
    QTest::newRow("22 tcp") << 22 << u"tcp"_s << u"ssh"_s;
    QTest::newRow("25 tcp") << 25 << u"tcp"_s << u"smtp"_s;
    QTest::newRow("80 tcp") << 80 << u"tcp"_s << u"http"_s;
    QTest::newRow("443 tcp") << 443 << u"tcp"_s << u"https"_s;
    QTest::newRow("53 udp") << 53 << u"udp"_s << u"domain"_s;
    QTest::newRow("5 tcp none") << 5 << u"tcp"_s << QString();
}

void TestPorts::serviceByPort()
{
    if (!Ports::servicesDatabaseExists()) {
        QVERIFY(Ports::servicesDatabaseNote().contains(u"netbase"_s));
        QSKIP("no /etc/services (netbase) on this machine");
    }
    QVERIFY(Ports::servicesDatabaseNote().isEmpty());
    QFETCH(int, port);
    QFETCH(QString, protocol);
    QFETCH(QString, name);
    const auto service = Ports::serviceByPort(quint16(port), protocol);
    if (name.isEmpty()) {
        QVERIFY(!service.has_value());
        return;
    }
    QVERIFY(service.has_value());
    QCOMPARE(service->name, name);
    QCOMPARE(service->protocol, protocol);
    QCOMPARE(int(service->port), port);
}

void TestPorts::serviceByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("port"); // -1: unknown
    QTest::newRow("http") << u"http"_s << 80;
    QTest::newRow("alias www") << u"www"_s << 80;
    QTest::newRow("ssh") << u"ssh"_s << 22;
    QTest::newRow("unknown") << u"nosuchservice"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestPorts::serviceByName()
{
    if (!Ports::servicesDatabaseExists())
        QSKIP("no /etc/services (netbase) on this machine");
    QFETCH(QString, name);
    QFETCH(int, port);
    const auto service = Ports::serviceByName(name, u"tcp"_s);
    QCOMPARE(service.has_value(), port >= 0);
    if (service)
        QCOMPARE(int(service->port), port);
}

void TestPorts::lessonPorts()
{
    const QList<Ports::WellKnown> ports = Ports::lessonPorts();
    QList<int> numbers;
    for (const auto &p : ports) {
        numbers << p.port;
        QVERIFY(!p.protocol.isEmpty());
        QVERIFY(!p.use.isEmpty());
    }
    QCOMPARE(numbers, (QList<int> {20, 21, 22, 23, 25, 80, 443}));
    QCOMPARE(ports[0].protocol, u"FTP data"_s);
    QCOMPARE(ports[1].protocol, u"FTP control"_s);
}

void TestPorts::listenerTcp4()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress(u"127.0.0.1"_s), 0));
    QString error;
    const auto found = listenersOn(server.serverPort(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    bool seen = false;
    for (const auto &l : found)
        seen |= l.transport == u"tcp"_s && l.address == QHostAddress(u"127.0.0.1"_s);
    QVERIFY(seen);
    server.close();
    bool still = false;
    for (const auto &l : listenersOn(server.serverPort()))
        still |= l.transport == u"tcp"_s && l.address == QHostAddress(u"127.0.0.1"_s);
    QVERIFY(!still);
}

void TestPorts::listenerTcp6()
{
    QTcpServer server;
    if (!server.listen(QHostAddress(u"::1"_s), 0))
        QSKIP("no IPv6 loopback here");
    bool seen = false;
    for (const auto &l : listenersOn(server.serverPort()))
        seen |= l.transport == u"tcp"_s && l.address == QHostAddress(u"::1"_s);
    QVERIFY(seen);
}

void TestPorts::listenerUdp()
{
    QUdpSocket socket;
    QVERIFY(socket.bind(QHostAddress(u"127.0.0.1"_s), 0));
    bool seen = false;
    for (const auto &l : listenersOn(socket.localPort()))
        seen |= l.transport == u"udp"_s && l.address == QHostAddress(u"127.0.0.1"_s);
    QVERIFY(seen);
}

void TestPorts::nobodyOnClosedPort()
{
    // Take a free port from the kernel, release it, and look again.
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress(u"127.0.0.1"_s), 0));
        port = server.serverPort();
    }
    for (const auto &l : listenersOn(port))
        QVERIFY(!(l.transport == u"tcp"_s && l.address == QHostAddress(u"127.0.0.1"_s)));
}

QTEST_GUILESS_MAIN(TestPorts)
#include "tst_ports.moc"
