#include "core/platform/addressinfo.h"

#include <QTest>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(AddressInfo::Kind)

class TestAddressInfo final : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void bits_data();
    void bits();
    void endpointNotation_data();
    void endpointNotation();
    void mapped();
    void addressSpace();
    void agreesWithQHostAddress_data();
    void agreesWithQHostAddress();
};

void TestAddressInfo::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("expanded");
    QTest::addColumn<AddressInfo::Kind>("kind");
    QTest::addColumn<int>("port"); // -1: no port
    QTest::addColumn<QString>("scope");

    using K = AddressInfo::Kind;
    QTest::newRow("v4 loopback") << u"127.0.0.1"_s << AF_INET << u"127.0.0.1"_s << u"127.0.0.1"_s
                                 << K::Loopback << -1 << QString();
    QTest::newRow("v4 loopback end of /8")
        << u"127.255.255.254"_s << AF_INET << u"127.255.255.254"_s << u"127.255.255.254"_s
        << K::Loopback << -1 << QString();
    QTest::newRow("v4 private 192.168") << u"192.168.1.100"_s << AF_INET << u"192.168.1.100"_s
                                        << u"192.168.1.100"_s << K::Private << -1 << QString();
    QTest::newRow("v4 private 10") << u"10.1.2.3"_s << AF_INET << u"10.1.2.3"_s << u"10.1.2.3"_s
                                   << K::Private << -1 << QString();
    QTest::newRow("v4 private 172.16") << u"172.16.0.1"_s << AF_INET << u"172.16.0.1"_s
                                       << u"172.16.0.1"_s << K::Private << -1 << QString();
    QTest::newRow("v4 private 172.31") << u"172.31.255.255"_s << AF_INET << u"172.31.255.255"_s
                                       << u"172.31.255.255"_s << K::Private << -1 << QString();
    QTest::newRow("v4 172.32 is global") << u"172.32.0.1"_s << AF_INET << u"172.32.0.1"_s
                                         << u"172.32.0.1"_s << K::Global << -1 << QString();
    QTest::newRow("v4 shared") << u"100.64.0.1"_s << AF_INET << u"100.64.0.1"_s << u"100.64.0.1"_s
                               << K::Shared << -1 << QString();
    QTest::newRow("v4 100.128 is global") << u"100.128.0.1"_s << AF_INET << u"100.128.0.1"_s
                                          << u"100.128.0.1"_s << K::Global << -1 << QString();
    QTest::newRow("v4 link-local") << u"169.254.10.20"_s << AF_INET << u"169.254.10.20"_s
                                   << u"169.254.10.20"_s << K::LinkLocal << -1 << QString();
    QTest::newRow("v4 multicast") << u"224.0.0.251"_s << AF_INET << u"224.0.0.251"_s
                                  << u"224.0.0.251"_s << K::Multicast << -1 << QString();
    QTest::newRow("v4 doc 1") << u"192.0.2.7"_s << AF_INET << u"192.0.2.7"_s << u"192.0.2.7"_s
                              << K::Documentation << -1 << QString();
    QTest::newRow("v4 doc 2") << u"198.51.100.1"_s << AF_INET << u"198.51.100.1"_s
                              << u"198.51.100.1"_s << K::Documentation << -1 << QString();
    QTest::newRow("v4 doc 3") << u"203.0.113.254"_s << AF_INET << u"203.0.113.254"_s
                              << u"203.0.113.254"_s << K::Documentation << -1 << QString();
    QTest::newRow("v4 unspecified") << u"0.0.0.0"_s << AF_INET << u"0.0.0.0"_s << u"0.0.0.0"_s
                                    << K::Unspecified << -1 << QString();
    QTest::newRow("v4 broadcast") << u"255.255.255.255"_s << AF_INET << u"255.255.255.255"_s
                                  << u"255.255.255.255"_s << K::Broadcast << -1 << QString();
    QTest::newRow("v4 reserved 240") << u"240.0.0.1"_s << AF_INET << u"240.0.0.1"_s
                                     << u"240.0.0.1"_s << K::Reserved << -1 << QString();
    QTest::newRow("v4 global") << u"8.8.8.8"_s << AF_INET << u"8.8.8.8"_s << u"8.8.8.8"_s
                               << K::Global << -1 << QString();
    QTest::newRow("v4 with port") << u"192.168.1.100:80"_s << AF_INET << u"192.168.1.100"_s
                                  << u"192.168.1.100"_s << K::Private << 80 << QString();
    QTest::newRow("v4 port 0") << u"127.0.0.1:0"_s << AF_INET << u"127.0.0.1"_s << u"127.0.0.1"_s
                               << K::Loopback << 0 << QString();
    QTest::newRow("v4 port max") << u"127.0.0.1:65535"_s << AF_INET << u"127.0.0.1"_s
                                 << u"127.0.0.1"_s << K::Loopback << 65535 << QString();
    QTest::newRow("v4 spaces around") << u"  10.0.0.1  "_s << AF_INET << u"10.0.0.1"_s
                                      << u"10.0.0.1"_s << K::Private << -1 << QString();

    QTest::newRow("v6 doc") << u"2001:db8::1"_s << AF_INET6 << u"2001:db8::1"_s
                            << u"2001:0db8:0000:0000:0000:0000:0000:0001"_s << K::Documentation
                            << -1 << QString();
    QTest::newRow("v6 lesson") << u"2001:0db8:85a3:0042:0000:8a2e:0370:7334"_s << AF_INET6
                               << u"2001:db8:85a3:42:0:8a2e:370:7334"_s
                               << u"2001:0db8:85a3:0042:0000:8a2e:0370:7334"_s << K::Documentation
                               << -1 << QString();
    QTest::newRow("v6 upper case")
        << u"2001:DB8::A"_s << AF_INET6 << u"2001:db8::a"_s
        << u"2001:0db8:0000:0000:0000:0000:0000:000a"_s << K::Documentation << -1 << QString();
    QTest::newRow("v6 loopback") << u"::1"_s << AF_INET6 << u"::1"_s
                                 << u"0000:0000:0000:0000:0000:0000:0000:0001"_s << K::Loopback
                                 << -1 << QString();
    QTest::newRow("v6 unspecified")
        << u"::"_s << AF_INET6 << u"::"_s << u"0000:0000:0000:0000:0000:0000:0000:0000"_s
        << K::Unspecified << -1 << QString();
    QTest::newRow("v6 link-local scoped")
        << u"fe80::1%eth0"_s << AF_INET6 << u"fe80::1"_s
        << u"fe80:0000:0000:0000:0000:0000:0000:0001"_s << K::LinkLocal << -1 << u"eth0"_s;
    QTest::newRow("v6 link-local index")
        << u"fe80::abcd%2"_s << AF_INET6 << u"fe80::abcd"_s
        << u"fe80:0000:0000:0000:0000:0000:0000:abcd"_s << K::LinkLocal << -1 << u"2"_s;
    QTest::newRow("v6 multicast") << u"ff02::1"_s << AF_INET6 << u"ff02::1"_s
                                  << u"ff02:0000:0000:0000:0000:0000:0000:0001"_s << K::Multicast
                                  << -1 << QString();
    QTest::newRow("v6 unique-local fd")
        << u"fd12:3456::1"_s << AF_INET6 << u"fd12:3456::1"_s
        << u"fd12:3456:0000:0000:0000:0000:0000:0001"_s << K::UniqueLocal << -1 << QString();
    QTest::newRow("v6 unique-local fc")
        << u"fc00::1"_s << AF_INET6 << u"fc00::1"_s << u"fc00:0000:0000:0000:0000:0000:0000:0001"_s
        << K::UniqueLocal << -1 << QString();
    QTest::newRow("v6 mapped") << u"::ffff:127.0.0.1"_s << AF_INET6 << u"::ffff:127.0.0.1"_s
                               << u"0000:0000:0000:0000:0000:ffff:7f00:0001"_s << K::Ipv4Mapped
                               << -1 << QString();
    QTest::newRow("v6 global") << u"2a00:1450:4001:80b::200e"_s << AF_INET6
                               << u"2a00:1450:4001:80b::200e"_s
                               << u"2a00:1450:4001:080b:0000:0000:0000:200e"_s << K::Global << -1
                               << QString();
    QTest::newRow("v6 one zero group not compressed")
        << u"1:0:2:3:4:5:6:7"_s << AF_INET6 << u"1:0:2:3:4:5:6:7"_s
        << u"0001:0000:0002:0003:0004:0005:0006:0007"_s << K::Reserved << -1 << QString();
    QTest::newRow("v6 longest run compressed")
        << u"2001:0:0:1:0:0:0:1"_s << AF_INET6 << u"2001:0:0:1::1"_s
        << u"2001:0000:0000:0001:0000:0000:0000:0001"_s << K::Global << -1 << QString();
    QTest::newRow("v6 seven groups and ::")
        << u"1:2:3:4:5:6:7::"_s << AF_INET6 << u"1:2:3:4:5:6:7:0"_s
        << u"0001:0002:0003:0004:0005:0006:0007:0000"_s << K::Reserved << -1 << QString();
    QTest::newRow("v6 bracket port")
        << u"[2001:db8::1]:443"_s << AF_INET6 << u"2001:db8::1"_s
        << u"2001:0db8:0000:0000:0000:0000:0000:0001"_s << K::Documentation << 443 << QString();
    QTest::newRow("v6 bracket no port")
        << u"[::1]"_s << AF_INET6 << u"::1"_s << u"0000:0000:0000:0000:0000:0000:0000:0001"_s
        << K::Loopback << -1 << QString();
    QTest::newRow("v6 bracket scope port")
        << u"[fe80::1%lo]:80"_s << AF_INET6 << u"fe80::1"_s
        << u"fe80:0000:0000:0000:0000:0000:0000:0001"_s << K::LinkLocal << 80 << u"lo"_s;
}

void TestAddressInfo::valid()
{
    QFETCH(QString, input);
    QFETCH(int, family);
    QFETCH(QString, canonical);
    QFETCH(QString, expanded);
    QFETCH(AddressInfo::Kind, kind);
    QFETCH(int, port);
    QFETCH(QString, scope);

    const AddressInfo info = AddressInfo::parse(input);
    QVERIFY2(info.isValid(), qPrintable(info.problem()));
    QVERIFY(info.problem().isEmpty());
    QCOMPARE(info.family(), family);
    QCOMPARE(info.canonical(), canonical);
    QCOMPARE(info.expanded(), expanded);
    QCOMPARE(info.kind(), kind);
    QCOMPARE(info.hasPort(), port >= 0);
    if (port >= 0)
        QCOMPARE(int(info.port()), port);
    QCOMPARE(info.scope(), scope);
    QCOMPARE(info.bytes().size(), family == AF_INET ? 4 : 16);
    QVERIFY(!AddressInfo::kindName(kind).isEmpty());
    QVERIFY(!AddressInfo::kindExplanation(kind).isEmpty());
}

void TestAddressInfo::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("problemContains");

    QTest::newRow("empty") << QString() << u"nothing"_s;
    QTest::newRow("blank") << u"   "_s << u"nothing"_s;
    QTest::newRow("inner space") << u"10.0. 0.1"_s << u"space"_s;
    QTest::newRow("v4 byte over 255") << u"192.168.1.256"_s << u"256 is over 255"_s;
    QTest::newRow("v4 huge part") << u"1.2.3.4000"_s << u"over 255"_s;
    QTest::newRow("v4 three parts") << u"192.168.1"_s << u"exactly four"_s;
    QTest::newRow("v4 shortened 127.1") << u"127.1"_s << u"exactly four"_s;
    QTest::newRow("v4 five parts") << u"1.2.3.4.5"_s << u"exactly four"_s;
    QTest::newRow("v4 empty part") << u"1..3.4"_s << u"empty number"_s;
    QTest::newRow("v4 trailing dot") << u"1.2.3.4."_s << u"empty number"_s;
    QTest::newRow("v4 leading zero") << u"10.01.0.1"_s << u"leading zero"_s;
    QTest::newRow("v4 letters") << u"10.0.0.x"_s << u"not a decimal"_s;
    QTest::newRow("v4 hostname") << u"localhost"_s << u"not a decimal"_s;
    QTest::newRow("v4 scope") << u"10.0.0.1%eth0"_s << u"only to IPv6"_s;
    QTest::newRow("v4 port too big") << u"10.0.0.1:65536"_s << u"over 65535"_s;
    QTest::newRow("v4 port very long") << u"10.0.0.1:99999999999"_s << u"over 65535"_s;
    QTest::newRow("v4 port negative") << u"10.0.0.1:-1"_s << u"not a whole number"_s;
    QTest::newRow("v4 port empty") << u"10.0.0.1:"_s << u"no port"_s;
    QTest::newRow("v4 port letters") << u"10.0.0.1:http"_s << u"not a whole number"_s;
    QTest::newRow("one colon no dots") << u"fe80:1"_s << u"one colon"_s;
    QTest::newRow("v6 two ::") << u"2001::db8::1"_s << u"appears 2 times"_s;
    QTest::newRow("v6 triple colon") << u"2001:::1"_s << u"three colons"_s;
    QTest::newRow("v6 bad hex") << u"2001:db8::g"_s << u"not a hexadecimal"_s;
    QTest::newRow("v6 long group") << u"2001:db8::12345"_s << u"more than four"_s;
    QTest::newRow("v6 too few groups") << u"1:2:3:4:5:6:7"_s << u"it has 7 groups"_s;
    QTest::newRow("v6 too many groups") << u"1:2:3:4:5:6:7:8:9"_s << u"more than the 8"_s;
    QTest::newRow("v6 eight groups plus ::") << u"1:2:3:4::5:6:7:8"_s << u"more than the 8"_s;
    QTest::newRow("v6 single leading colon") << u":1:2:3:4:5:6:7"_s << u"single colon"_s;
    QTest::newRow("v6 single trailing colon") << u"1:2:3:4:5:6:7:"_s << u"single colon"_s;
    QTest::newRow("v6 bad mapped v4") << u"::ffff:1.2.3.999"_s << u"IPv4 part"_s;
    QTest::newRow("v6 empty scope") << u"fe80::1%"_s << u"nothing follows"_s;
    QTest::newRow("v6 bad scope") << u"fe80::1%e/th"_s << u"not an interface"_s;
    QTest::newRow("bracket unclosed") << u"[::1:80"_s << u"no matching"_s;
    QTest::newRow("bracket junk after") << u"[::1]80"_s << u"may follow"_s;
    QTest::newRow("bracket v4") << u"[127.0.0.1]:80"_s << u"only for IPv6"_s;
    QTest::newRow("bracket port too big") << u"[::1]:70000"_s << u"over 65535"_s;
}

void TestAddressInfo::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, problemContains);
    const AddressInfo info = AddressInfo::parse(input);
    QVERIFY(!info.isValid());
    QCOMPARE(info.kind(), AddressInfo::Kind::Invalid);
    QVERIFY2(info.problem().contains(problemContains), qPrintable(info.problem()));
    QVERIFY(!info.hint().isEmpty());
    QVERIFY(info.canonical().isEmpty());
    QCOMPARE(info.input(), input);
}

void TestAddressInfo::bits_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("bits");
    QTest::newRow("loopback") << u"127.0.0.1"_s << u"01111111.00000000.00000000.00000001"_s;
    QTest::newRow("private") << u"192.168.1.100"_s << u"11000000.10101000.00000001.01100100"_s;
    QTest::newRow("v6 loopback")
        << u"::1"_s
        << u"0000000000000000:0000000000000000:0000000000000000:0000000000000000:"
           "0000000000000000:0000000000000000:0000000000000000:0000000000000001"_s;
    QTest::newRow("v6 doc")
        << u"2001:db8::ff"_s
        << u"0010000000000001:0000110110111000:0000000000000000:0000000000000000:"
           "0000000000000000:0000000000000000:0000000000000000:0000000011111111"_s;
}

void TestAddressInfo::bits()
{
    QFETCH(QString, input);
    QFETCH(QString, bits);
    QCOMPARE(AddressInfo::parse(input).bits(), bits);
}

void TestAddressInfo::endpointNotation_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("notation");
    QTest::newRow("v4") << u"192.168.1.100"_s << 80 << u"192.168.1.100:80"_s;
    QTest::newRow("v6") << u"2001:0db8:0000::1"_s << 443 << u"[2001:db8::1]:443"_s;
    QTest::newRow("v6 scoped") << u"fe80::1%eth0"_s << 80 << u"[fe80::1%eth0]:80"_s;
    QTest::newRow("invalid") << u"nope"_s << 80 << QString();
}

void TestAddressInfo::endpointNotation()
{
    QFETCH(QString, input);
    QFETCH(int, port);
    QFETCH(QString, notation);
    QCOMPARE(AddressInfo::parse(input).endpointNotation(quint16(port)), notation);
}

void TestAddressInfo::mapped()
{
    const AddressInfo info = AddressInfo::parse(u"::ffff:192.168.1.1"_s);
    QCOMPARE(info.kind(), AddressInfo::Kind::Ipv4Mapped);
    QCOMPARE(info.mappedIpv4(), u"192.168.1.1"_s);
    QCOMPARE(info.mappedKind(), AddressInfo::Kind::Private);
    QCOMPARE(AddressInfo::parse(u"::1"_s).mappedKind(), AddressInfo::Kind::Invalid);
    QVERIFY(AddressInfo::parse(u"::1"_s).mappedIpv4().isEmpty());
}

void TestAddressInfo::addressSpace()
{
    QCOMPARE(AddressInfo::addressSpaceSize(AF_INET), u"4,294,967,296"_s);
    QCOMPARE(AddressInfo::addressSpaceSize(AF_INET6),
        u"340,282,366,920,938,463,463,374,607,431,768,211,456"_s);
    QCOMPARE(AddressInfo::powerOfTwo(128), u"340282366920938463463374607431768211456"_s);
    QCOMPARE(AddressInfo::powerOfTwo(0), u"1"_s);
    QCOMPARE(AddressInfo::powerOfTwo(16), u"65536"_s);
    QCOMPARE(AddressInfo::addressSpaceApprox(AF_INET), u"4.3\u00d710^9"_s);
    QCOMPARE(AddressInfo::addressSpaceApprox(AF_INET6), u"3.4\u00d710^38"_s);
}

// Qt's own classification must agree where Qt 6.4 has one.
void TestAddressInfo::agreesWithQHostAddress_data()
{
    QTest::addColumn<QString>("input");
    for (const char *a : {"127.0.0.1", "10.0.0.1", "169.254.1.1", "224.0.0.1", "8.8.8.8", "::1",
             "fe80::1", "ff02::1", "fd00::1", "2a00:1450::1", "255.255.255.255"})
        QTest::newRow(a) << QString::fromLatin1(a);
}

void TestAddressInfo::agreesWithQHostAddress()
{
    QFETCH(QString, input);
    const AddressInfo info = AddressInfo::parse(input);
    const QHostAddress q(input);
    QCOMPARE(info.address(), q);
    using K = AddressInfo::Kind;
    QCOMPARE(info.kind() == K::Loopback, q.isLoopback());
    QCOMPARE(info.kind() == K::LinkLocal, q.isLinkLocal());
    QCOMPARE(info.kind() == K::Multicast, q.isMulticast());
    QCOMPARE(info.kind() == K::UniqueLocal, q.isUniqueLocalUnicast());
    QCOMPARE(info.kind() == K::Broadcast, q.isBroadcast());
}

QTEST_GUILESS_MAIN(TestAddressInfo)
#include "tst_addressinfo.moc"
