#include "core/platform/encapsulation.h"

#include "core/net/endpoint.h"
#include "core/net/socket.h"

#include <QFile>
#include <QTest>

#include <netinet/in.h>
#include <poll.h>

using namespace Qt::StringLiterals;

namespace {

Encapsulation::Flow flow(int family, int type)
{
    Encapsulation::Flow f;
    f.family = family;
    f.type = type;
    f.sourceHost = family == AF_INET6 ? u"::1"_s : u"127.0.0.1"_s;
    f.sourcePort = 55971;
    f.destinationHost = f.sourceHost;
    f.destinationPort = 5000;
    return f;
}

Encapsulation::Path path(
    QNetworkInterface::InterfaceType type, const QString &name, int mtu, int tcpOptions)
{
    Encapsulation::Path p;
    p.interfaceName = name;
    p.mtu = mtu;
    p.linkType = type;
    p.tcpOptionBytes = tcpOptions;
    return p;
}

Encapsulation::Path ethernet(int mtu = 1500, int tcpOptions = 12)
{
    return path(QNetworkInterface::Ethernet, u"eth0"_s, mtu, tcpOptions);
}

Encapsulation::Path loopback(int tcpOptions = 12)
{
    return path(QNetworkInterface::Loopback, u"lo"_s, 65536, tcpOptions);
}

QByteArray readFile(const QString &name)
{
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().trimmed();
}

constexpr qint64 TenMiB = 10 * 1024 * 1024;
// glibc makes SOCK_* an enum; QTest columns want plain ints.
constexpr int Stream = SOCK_STREAM;
constexpr int Datagram = SOCK_DGRAM;

} // namespace

class TestEncapsulation final : public QObject
{
    Q_OBJECT

private slots:
    void headerSizes_data();
    void headerSizes();
    void labels();
    void unixHasNoHeaders();
    void tcpSegments_data();
    void tcpSegments();
    void kernelMssWins();
    void udpFragments_data();
    void udpFragments();
    void wireBytes_data();
    void wireBytes();
    void layerIds();
    void routeInterface_data();
    void routeInterface();
    void loopbackPath_data();
    void loopbackPath();
    void ownAddressGoesThroughLoopback();
    void flowFromEndpoints_data();
    void flowFromEndpoints();
    void realConnectionOnLoopback_data();
    void realConnectionOnLoopback();
};

void TestEncapsulation::headerSizes_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("tcpOptions");
    QTest::addColumn<QString>("transport");
    QTest::addColumn<int>("transportBytes");
    QTest::addColumn<QString>("internet");
    QTest::addColumn<int>("internetBytes");
    QTest::addColumn<int>("protocolNumber");

    QTest::newRow("ipv4 tcp timestamps")
        << AF_INET << Stream << 12 << u"TCP"_s << 32 << u"IPv4"_s << 20 << 6;
    QTest::newRow("ipv4 tcp no options")
        << AF_INET << Stream << 0 << u"TCP"_s << 20 << u"IPv4"_s << 20 << 6;
    QTest::newRow("ipv4 udp") << AF_INET << Datagram << 12 << u"UDP"_s << 8 << u"IPv4"_s << 20
                              << 17;
    QTest::newRow("ipv6 tcp timestamps")
        << AF_INET6 << Stream << 12 << u"TCP"_s << 32 << u"IPv6"_s << 40 << 6;
    QTest::newRow("ipv6 tcp no options")
        << AF_INET6 << Stream << 0 << u"TCP"_s << 20 << u"IPv6"_s << 40 << 6;
    QTest::newRow("ipv6 udp") << AF_INET6 << Datagram << 12 << u"UDP"_s << 8 << u"IPv6"_s << 40
                              << 17;
}

void TestEncapsulation::headerSizes()
{
    QFETCH(int, family);
    QFETCH(int, type);
    QFETCH(int, tcpOptions);
    QFETCH(QString, transport);
    QFETCH(int, transportBytes);
    QFETCH(QString, internet);
    QFETCH(int, internetBytes);
    QFETCH(int, protocolNumber);

    for (const auto &p : {ethernet(1500, tcpOptions), loopback(tcpOptions)}) {
        const auto e = Encapsulation::compute(flow(family, type), 13, p);
        const auto t = e.header(Encapsulation::Layer::Transport);
        QVERIFY(t.present);
        QCOMPARE(t.protocol, transport);
        QCOMPARE(t.bytes, transportBytes);
        QCOMPARE(t.trailerBytes, 0);
        const auto i = e.header(Encapsulation::Layer::Internet);
        QVERIFY(i.present);
        QCOMPARE(i.protocol, internet);
        QCOMPARE(i.bytes, internetBytes);
        QCOMPARE(i.protocolNumber, protocolNumber);
        const auto a = e.header(Encapsulation::Layer::Application);
        QCOMPARE(a.label, u"payload 13 B"_s);
    }

    // IEEE 802.3: 14-byte header + 4-byte FCS; lo: 14-byte header, no FCS.
    const auto eth = Encapsulation::compute(flow(family, type), 13, ethernet())
                         .header(Encapsulation::Layer::Link);
    QCOMPARE(eth.protocol, u"Ethernet"_s);
    QCOMPARE(eth.bytes, 14);
    QCOMPARE(eth.trailerBytes, 4);
    const auto lo = Encapsulation::compute(flow(family, type), 13, loopback())
                        .header(Encapsulation::Layer::Link);
    QCOMPARE(lo.protocol, u"loopback"_s);
    QCOMPARE(lo.bytes, 14);
    QCOMPARE(lo.trailerBytes, 0);
}

void TestEncapsulation::labels()
{
    using L = Encapsulation::Layer;
    const auto tcp4 = Encapsulation::compute(flow(AF_INET, SOCK_STREAM), 13, loopback(0));
    QCOMPARE(tcp4.header(L::Transport).label, u"TCP 20 B  src 55971 → dst 5000"_s);
    QCOMPARE(tcp4.header(L::Internet).label, u"IPv4 20 B  127.0.0.1 → 127.0.0.1  proto 6"_s);
    QCOMPARE(tcp4.header(L::Link).label, u"frame lo 14 B"_s);

    const auto udp6 = Encapsulation::compute(flow(AF_INET6, SOCK_DGRAM), 13, ethernet());
    QCOMPARE(udp6.header(L::Transport).label, u"UDP 8 B  src 55971 → dst 5000"_s);
    QCOMPARE(udp6.header(L::Internet).label, u"IPv6 40 B  ::1 → ::1  next header 17"_s);
    QCOMPARE(udp6.header(L::Link).label, u"frame eth0 14 B + 4 B FCS"_s);
}

void TestEncapsulation::unixHasNoHeaders()
{
    Encapsulation::Flow f;
    f.family = AF_UNIX;
    f.sourceHost = u"/tmp/client.sock"_s;
    f.destinationHost = u"/tmp/server.sock"_s;
    const auto e = Encapsulation::compute(f, 100);
    QVERIFY(e.isUnix());
    QVERIFY(e.path().local);
    QVERIFY(e.path().interfaceName.isEmpty());
    QVERIFY(!e.header(Encapsulation::Layer::Transport).present);
    QVERIFY(!e.header(Encapsulation::Layer::Internet).present);
    QVERIFY(!e.header(Encapsulation::Layer::Link).present);
    QCOMPARE(e.segmentCount(), 1);
    QCOMPARE(e.wireBytes(), 0);
    QCOMPARE(e.mss(), 0);
}

void TestEncapsulation::tcpSegments_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("mtu");
    QTest::addColumn<bool>("isLoopback");
    QTest::addColumn<int>("tcpOptions");
    QTest::addColumn<int>("mss");
    QTest::addColumn<int>("limit");
    QTest::addColumn<qint64>("payload");
    QTest::addColumn<qint64>("segments");
    QTest::addColumn<qint64>("last");

    // Ethernet, IPv4, timestamps: MSS 1500 − 20 − 20 = 1460, 1448 of data per segment.
    const int e4 = 1448;
    QTest::newRow("eth4 0") << AF_INET << 1500 << false << 12 << 1460 << e4 << 0LL << 0LL << 0LL;
    QTest::newRow("eth4 1") << AF_INET << 1500 << false << 12 << 1460 << e4 << 1LL << 1LL << 1LL;
    QTest::newRow("eth4 mss-1") << AF_INET << 1500 << false << 12 << 1460 << e4 << qint64(e4 - 1)
                                << 1LL << qint64(e4 - 1);
    QTest::newRow("eth4 mss") << AF_INET << 1500 << false << 12 << 1460 << e4 << qint64(e4) << 1LL
                              << qint64(e4);
    QTest::newRow("eth4 mss+1") << AF_INET << 1500 << false << 12 << 1460 << e4 << qint64(e4 + 1)
                                << 2LL << 1LL;
    QTest::newRow("eth4 10MiB") << AF_INET << 1500 << false << 12 << 1460 << e4 << TenMiB << 7242LL
                                << TenMiB - 7241LL * e4;
    // Without options the whole MSS carries data.
    QTest::newRow("eth4 noopt mss")
        << AF_INET << 1500 << false << 0 << 1460 << 1460 << 1460LL << 1LL << 1460LL;
    QTest::newRow("eth4 noopt mss+1")
        << AF_INET << 1500 << false << 0 << 1460 << 1460 << 1461LL << 2LL << 1LL;
    QTest::newRow("eth4 noopt 10MiB") << AF_INET << 1500 << false << 0 << 1460 << 1460 << TenMiB
                                      << 7183LL << TenMiB - 7182LL * 1460;
    // IPv6 on Ethernet: 1500 − 40 − 20 = 1440, 1428 with timestamps.
    QTest::newRow("eth6 mss") << AF_INET6 << 1500 << false << 12 << 1440 << 1428 << 1428LL << 1LL
                              << 1428LL;
    QTest::newRow("eth6 mss+1") << AF_INET6 << 1500 << false << 12 << 1440 << 1428 << 1429LL << 2LL
                                << 1LL;
    // lo: MTU 65536, but an IPv4 packet stops at 65535 bytes: MSS 65495.
    const int l4 = 65483;
    QTest::newRow("lo4 mss-1") << AF_INET << 65536 << true << 12 << 65495 << l4 << qint64(l4 - 1)
                               << 1LL << qint64(l4 - 1);
    QTest::newRow("lo4 mss") << AF_INET << 65536 << true << 12 << 65495 << l4 << qint64(l4) << 1LL
                             << qint64(l4);
    QTest::newRow("lo4 mss+1") << AF_INET << 65536 << true << 12 << 65495 << l4 << qint64(l4 + 1)
                               << 2LL << 1LL;
    QTest::newRow("lo4 10MiB") << AF_INET << 65536 << true << 12 << 65495 << l4 << TenMiB << 161LL
                               << TenMiB - 160LL * l4;
    // IPv6 lo: the payload length field allows 65535 after the 40-byte header.
    QTest::newRow("lo6 mss") << AF_INET6 << 65536 << true << 12 << 65476 << 65464 << 65464LL << 1LL
                             << 65464LL;
}

void TestEncapsulation::tcpSegments()
{
    QFETCH(int, family);
    QFETCH(int, mtu);
    QFETCH(bool, isLoopback);
    QFETCH(int, tcpOptions);
    QFETCH(int, mss);
    QFETCH(int, limit);
    QFETCH(qint64, payload);
    QFETCH(qint64, segments);
    QFETCH(qint64, last);

    const auto p = isLoopback ? loopback(tcpOptions) : ethernet(mtu, tcpOptions);
    QCOMPARE(p.mtu, mtu);
    const auto e = Encapsulation::compute(flow(family, SOCK_STREAM), payload, p);
    QVERIFY(e.isTcp());
    QCOMPARE(e.mss(), mss);
    QCOMPARE(e.segmentPayloadLimit(), limit);
    QCOMPARE(e.segmentCount(), segments);
    QCOMPARE(e.lastSegmentPayload(), last);
    QCOMPARE(e.fragmentCount(), 1);
    QCOMPARE(e.maxDatagramPayload(), -1);
    QVERIFY(!e.exceedsDatagramLimit());
}

void TestEncapsulation::kernelMssWins()
{
    // Linux on lo reports tcpi_snd_mss 32741 (half the peer's window).
    auto p = loopback();
    p.kernelMss = 32741;
    const auto e = Encapsulation::compute(flow(AF_INET, SOCK_STREAM), 100000, p);
    QCOMPARE(e.mss(), 65495);
    QCOMPARE(e.segmentPayloadLimit(), 32741);
    QCOMPARE(e.segmentCount(), 4);
    QCOMPARE(e.lastSegmentPayload(), 100000 - 3 * 32741);
}

void TestEncapsulation::udpFragments_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<bool>("isLoopback");
    QTest::addColumn<qint64>("payload");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("fragments");
    QTest::addColumn<qint64>("datagrams");

    // IPv4, MTU 1500: 1500 − 20 − 8 = 1472 fit; fragments carry 1480 bytes.
    QTest::newRow("eth4 fits") << AF_INET << false << 1472LL << 1472 << 1 << 1LL;
    QTest::newRow("eth4 +1") << AF_INET << false << 1473LL << 1472 << 2 << 1LL;
    QTest::newRow("eth4 two full") << AF_INET << false << qint64(2 * 1480 - 8) << 1472 << 2 << 1LL;
    QTest::newRow("eth4 three") << AF_INET << false << qint64(2 * 1480 - 7) << 1472 << 3 << 1LL;
    QTest::newRow("eth4 max") << AF_INET << false << 65507LL << 1472 << 45 << 1LL;
    QTest::newRow("eth4 too big") << AF_INET << false << 65508LL << 1472 << 1 << 0LL;
    // IPv6, MTU 1500: 1452 fit; fragments carry 1448 after the Fragment header.
    QTest::newRow("eth6 fits") << AF_INET6 << false << 1452LL << 1452 << 1 << 1LL;
    QTest::newRow("eth6 +1") << AF_INET6 << false << 1453LL << 1452 << 2 << 1LL;
    QTest::newRow("eth6 max") << AF_INET6 << false << 65527LL << 1452 << 46 << 1LL;
    QTest::newRow("eth6 too big") << AF_INET6 << false << 65528LL << 1452 << 1 << 0LL;
    // lo: every IPv4 datagram fits; the largest IPv6 one does not (65575 > 65536).
    QTest::newRow("lo4 max") << AF_INET << true << 65507LL << 65507 << 1 << 1LL;
    QTest::newRow("lo6 fits") << AF_INET6 << true << 65488LL << 65488 << 1 << 1LL;
    QTest::newRow("lo6 +1") << AF_INET6 << true << 65489LL << 65488 << 2 << 1LL;
    QTest::newRow("lo6 max") << AF_INET6 << true << 65527LL << 65488 << 2 << 1LL;
}

void TestEncapsulation::udpFragments()
{
    QFETCH(int, family);
    QFETCH(bool, isLoopback);
    QFETCH(qint64, payload);
    QFETCH(int, limit);
    QFETCH(int, fragments);
    QFETCH(qint64, datagrams);

    const auto e = Encapsulation::compute(
        flow(family, SOCK_DGRAM), payload, isLoopback ? loopback() : ethernet());
    QVERIFY(e.isUdp());
    QCOMPARE(e.mss(), 0);
    QCOMPARE(e.segmentPayloadLimit(), limit);
    QCOMPARE(e.fragmentCount(), fragments);
    QCOMPARE(e.segmentCount(), datagrams);
    QCOMPARE(e.exceedsDatagramLimit(), datagrams == 0);
    QCOMPARE(e.maxDatagramPayload(), family == AF_INET6 ? 65527 : 65507);
}

void TestEncapsulation::wireBytes_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("isLoopback");
    QTest::addColumn<qint64>("payload");
    QTest::addColumn<qint64>("wire");

    QTest::newRow("tcp4 lo 13") << AF_INET << Stream << true << 13LL << 13LL + 32 + 20 + 14;
    QTest::newRow("tcp4 eth 13") << AF_INET << Stream << false << 13LL << 13LL + 32 + 20 + 14 + 4;
    QTest::newRow("tcp4 eth 0") << AF_INET << Stream << false << 0LL << 0LL;
    QTest::newRow("tcp4 eth 2 segments")
        << AF_INET << Stream << false << 1449LL << 1449LL + 2 * (32 + 20 + 18);
    QTest::newRow("tcp6 lo 13") << AF_INET6 << Stream << true << 13LL << 13LL + 32 + 40 + 14;
    QTest::newRow("udp4 eth 13") << AF_INET << Datagram << false << 13LL << 13LL + 8 + 20 + 18;
    QTest::newRow("udp4 eth 2 fragments")
        << AF_INET << Datagram << false << 1473LL << 1473LL + 8 + 2 * (20 + 18);
    QTest::newRow("udp6 eth 2 fragments")
        << AF_INET6 << Datagram << false << 1453LL << 1453LL + 8 + 2 * (40 + 8 + 18);
    QTest::newRow("udp4 too big") << AF_INET << Datagram << false << 70000LL << 0LL;
}

void TestEncapsulation::wireBytes()
{
    QFETCH(int, family);
    QFETCH(int, type);
    QFETCH(bool, isLoopback);
    QFETCH(qint64, payload);
    QFETCH(qint64, wire);

    const auto e
        = Encapsulation::compute(flow(family, type), payload, isLoopback ? loopback() : ethernet());
    QCOMPARE(e.wireBytes(), wire);
    if (wire > 0)
        QCOMPARE(e.overheadBytes(), wire - payload);
}

void TestEncapsulation::layerIds()
{
    using L = Encapsulation::Layer;
    for (L layer : {L::Application, L::Transport, L::Internet, L::Link})
        QCOMPARE(Encapsulation::layerFromId(Encapsulation::layerId(layer)), layer);
    QCOMPARE(Encapsulation::layerId(L::Internet), u"internet"_s);
    QCOMPARE(Encapsulation::layerFromId(u"Transport"), L::Transport);
    QVERIFY(!Encapsulation::layerFromId(u"physical").has_value());
}

void TestEncapsulation::routeInterface_data()
{
    QTest::addColumn<QByteArray>("table");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("interface");

    // As Linux prints /proc/net/route on a little-endian machine.
    const QByteArray v4
        = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
          "eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0\n"
          "eth0\t000200C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0\n"
          "tun0\t0000000A\t00000000\t0001\t0\t0\t0\t000000FF\t0\t0\t0\n"
          "wlan0\t0000A8C0\t00000000\t0200\t0\t0\t0\t0000FFFF\t0\t0\t0\n";
    if (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
        QTest::newRow("v4 default") << v4 << u"8.8.8.8"_s << u"eth0"_s;
        QTest::newRow("v4 subnet") << v4 << u"192.0.2.77"_s << u"eth0"_s;
        QTest::newRow("v4 longer prefix") << v4 << u"10.1.2.3"_s << u"tun0"_s;
        QTest::newRow("v4 down route skipped") << v4 << u"192.168.1.1"_s << u"eth0"_s;
        QTest::newRow("v4 empty table") << QByteArray() << u"8.8.8.8"_s << QString();
    }

    const QByteArray v6
        = "fd000000000000000000000000000000 40 00000000000000000000000000000000 00 "
          "00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth0\n"
          "20010db8000000000000000000000000 20 00000000000000000000000000000000 00 "
          "00000000000000000000000000000000 00000100 00000001 00000000 00000001     tun0\n"
          "00000000000000000000000000000000 00 00000000000000000000000000000000 00 "
          "fd000000000000000000000000000001 00000400 00000002 00000000 00000003     eth0\n"
          "00000000000000000000000000000001 80 00000000000000000000000000000000 00 "
          "00000000000000000000000000000000 00000000 00000003 00000000 80200001       lo\n"
          "20010db8000100000000000000000000 30 00000000000000000000000000000000 00 "
          "00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo\n";
    QTest::newRow("v6 default") << v6 << u"2606:4700::1"_s << u"eth0"_s;
    QTest::newRow("v6 subnet") << v6 << u"fd00::42"_s << u"eth0"_s;
    QTest::newRow("v6 /32") << v6 << u"2001:db8:2::1"_s << u"tun0"_s;
    QTest::newRow("v6 reject skipped") << v6 << u"2001:db8:1::1"_s << u"tun0"_s;
    QTest::newRow("v6 host route") << v6 << u"::1"_s << u"lo"_s;
    QTest::newRow("v6 garbage") << QByteArray("not a table\n\n") << u"::1"_s << QString();
}

void TestEncapsulation::routeInterface()
{
    QFETCH(QByteArray, table);
    QFETCH(QString, destination);
    QFETCH(QString, interface);
    QCOMPARE(Encapsulation::routeInterface(table, QHostAddress(destination)), interface);
}

void TestEncapsulation::loopbackPath_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("host");
    QTest::newRow("127.0.0.1") << AF_INET << u"127.0.0.1"_s;
    QTest::newRow("127.0.0.2") << AF_INET << u"127.0.0.2"_s;
    QTest::newRow("::1") << AF_INET6 << u"::1"_s;
    QTest::newRow("v4-mapped") << AF_INET6 << u"::ffff:127.0.0.1"_s;
}

void TestEncapsulation::loopbackPath()
{
    QFETCH(int, family);
    QFETCH(QString, host);
    // What this kernel reports for its loopback device.
    const int mtu = readFile(u"/sys/class/net/lo/mtu"_s).toInt();
    const int type = readFile(u"/sys/class/net/lo/type"_s).toInt();
    if (mtu <= 0)
        QSKIP("no /sys/class/net/lo on this system");
    QCOMPARE(type, 772); // ARPHRD_LOOPBACK

    const auto p = Encapsulation::pathTo(family, host);
    QCOMPARE(p.interfaceName, u"lo"_s);
    QCOMPARE(p.mtu, mtu);
    QCOMPARE(p.linkType, QNetworkInterface::Loopback);
    QVERIFY(p.local);

    Encapsulation::Flow f = flow(family, SOCK_STREAM);
    f.destinationHost = host;
    const auto e = Encapsulation::compute(f, 13);
    QCOMPARE(e.path().interfaceName, u"lo"_s);
    QCOMPARE(e.header(Encapsulation::Layer::Link).label, u"frame lo 14 B"_s);
    QVERIFY(e.path().tcpOptionBytes == 0 || e.path().tcpOptionBytes == 12);
}

void TestEncapsulation::ownAddressGoesThroughLoopback()
{
    // Linux's local table routes a machine's own address through lo.
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        if (iface.type() == QNetworkInterface::Loopback)
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            if (entry.ip().protocol() != QHostAddress::IPv4Protocol)
                continue;
            const auto p = Encapsulation::pathTo(AF_INET, entry.ip().toString());
            QCOMPARE(p.interfaceName, u"lo"_s);
            QVERIFY(p.local);
            return;
        }
    }
    QSKIP("this machine has no IPv4 address besides loopback");
}

void TestEncapsulation::flowFromEndpoints_data()
{
    QTest::addColumn<Endpoint>("source");
    QTest::addColumn<Endpoint>("destination");
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("sourceHost");
    QTest::addColumn<int>("sourcePort");

    QTest::newRow("inet") << Endpoint::inet(u"127.0.0.1"_s, 55971)
                          << Endpoint::inet(u"127.0.0.1"_s, 5000) << int(AF_INET) << u"127.0.0.1"_s
                          << 55971;
    QTest::newRow("inet6") << Endpoint::inet6(u"::1"_s, 40000) << Endpoint::inet6(u"::1"_s, 5000)
                           << int(AF_INET6) << u"::1"_s << 40000;
    QTest::newRow("unix") << Endpoint::unixPath(u"/tmp/c.sock"_s)
                          << Endpoint::unixPath(u"/tmp/s.sock"_s) << int(AF_UNIX)
                          << u"/tmp/c.sock"_s << 0;
    QTest::newRow("unbound source")
        << Endpoint() << Endpoint::inet(u"127.0.0.1"_s, 5000) << int(AF_INET) << QString() << 0;
}

void TestEncapsulation::flowFromEndpoints()
{
    QFETCH(Endpoint, source);
    QFETCH(Endpoint, destination);
    QFETCH(int, family);
    QFETCH(QString, sourceHost);
    QFETCH(int, sourcePort);

    const auto f = Encapsulation::Flow::fromEndpoints(SOCK_STREAM, source, destination);
    QCOMPARE(f.family, family);
    QCOMPARE(f.type, int(SOCK_STREAM));
    QCOMPARE(f.sourceHost, sourceHost);
    QCOMPARE(int(f.sourcePort), sourcePort);
    QCOMPARE(f.destinationHost, family == AF_UNIX ? destination.path() : destination.host());
    QCOMPARE(f.destinationPort, destination.port());
}

void TestEncapsulation::realConnectionOnLoopback_data()
{
    QTest::addColumn<int>("family");
    QTest::newRow("IPv4") << int(AF_INET);
    QTest::newRow("IPv6") << int(AF_INET6);
}

void TestEncapsulation::realConnectionOnLoopback()
{
    QFETCH(int, family);
    // A real connection on loopback, as the main window sees it.
    SocketError error;
    Socket server = Socket::create(family, SOCK_STREAM, IPPROTO_TCP, &error);
    if (error && family == AF_INET6)
        QSKIP("no IPv6 on this machine");
    QVERIFY(!error);
    const Endpoint any
        = family == AF_INET6 ? Endpoint::inet6(u"::1"_s, 0) : Endpoint::inet(u"127.0.0.1"_s, 0);
    QVERIFY(!server.bind(any));
    QVERIFY(!server.listen(1));
    Socket client = Socket::create(family, SOCK_STREAM, IPPROTO_TCP, &error);
    QVERIFY(!error);
    const SocketError connecting = client.connect(server.localAddress());
    QVERIFY(!connecting || connecting.wouldBlock());
    pollfd pfd {client.fd(), POLLOUT, 0};
    QCOMPARE(::poll(&pfd, 1, 5000), 1);
    QVERIFY(!client.takeError());

    const Endpoint laddr = client.localAddress();
    const Endpoint raddr = client.peerAddress();
    QCOMPARE(raddr, server.localAddress());
    auto path = Encapsulation::pathTo(family, raddr.host(), laddr.host());
    QCOMPARE(path.interfaceName, u"lo"_s);
    const auto flow = Encapsulation::Flow::fromEndpoints(SOCK_STREAM, laddr, raddr);
    const auto e = Encapsulation::compute(flow, 100000, path);
    QCOMPARE(e.header(Encapsulation::Layer::Transport).label,
        u"TCP %1 B  src %2 → dst %3"_s.arg(20 + e.path().tcpOptionBytes)
            .arg(laddr.port())
            .arg(raddr.port()));
    QVERIFY(e.header(Encapsulation::Layer::Internet).label.contains(raddr.host()));

    // The kernel's own MSS for this connection never exceeds the MTU-based
    // one; given to the Path, it sets the segment size.
    const TcpInfo info = client.tcpInfo();
    QVERIFY(info.valid);
    QVERIFY(info.mss > 0);
    QVERIFY2(int(info.mss) <= e.segmentPayloadLimit(),
        qPrintable(u"kernel %1 > computed %2"_s.arg(info.mss).arg(e.segmentPayloadLimit())));
    path.kernelMss = int(info.mss);
    const auto kernel = Encapsulation::compute(flow, 100000, path);
    QCOMPARE(kernel.segmentPayloadLimit(), int(info.mss));
    QCOMPARE(kernel.segmentCount(), (100000 + info.mss - 1) / info.mss);
}

QTEST_GUILESS_MAIN(TestEncapsulation)
#include "tst_encapsulation.moc"
