// Endpoint: parsing typed input, endpoint notation, the Python tuple form,
// and the sockaddr round trip, with good and bad input.
#include "core/net/endpoint.h"
#include "endpointprinter.h"

#include <QNetworkInterface>
#include <QTest>

#include <cstring>

#include <net/if.h>
#include <netinet/in.h>
#include <sys/un.h>

using namespace Qt::StringLiterals;

class TestEndpoint final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseNotation_data();
    void parseNotation();
    void interfaceScope();
    void unixPathLimit_data();
    void unixPathLimit();
    void sockaddrRoundTrip_data();
    void sockaddrRoundTrip();
    void fromSockaddrEdges();
    void pythonStringQuoting();
};

void TestEndpoint::parse_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("parsedFamily");
    QTest::addColumn<QString>("notation");
    QTest::addColumn<QString>("python");
    QTest::addColumn<QString>("problem"); // a word the error must contain

    QTest::newRow("v4") << AF_INET << u"127.0.0.1"_s << u"5000"_s << true << AF_INET
                        << u"127.0.0.1:5000"_s << u"('127.0.0.1', 5000)"_s << QString();
    QTest::newRow("v4 spaces") << AF_INET << u" 10.0.0.7 "_s << u" 80 "_s << true << AF_INET
                               << u"10.0.0.7:80"_s << u"('10.0.0.7', 80)"_s << QString();
    QTest::newRow("v4 inferred") << AF_UNSPEC << u"192.168.1.100"_s << u"80"_s << true << AF_INET
                                 << u"192.168.1.100:80"_s << u"('192.168.1.100', 80)"_s
                                 << QString();
    QTest::newRow("v4 port 0") << AF_INET << u"0.0.0.0"_s << u"0"_s << true << AF_INET
                               << u"0.0.0.0:0"_s << u"('0.0.0.0', 0)"_s << QString();
    QTest::newRow("v4 port max") << AF_INET << u"127.0.0.1"_s << u"65535"_s << true << AF_INET
                                 << u"127.0.0.1:65535"_s << u"('127.0.0.1', 65535)"_s << QString();
    QTest::newRow("v4 empty host is any")
        << AF_INET << QString() << u"5000"_s << true << AF_INET << u"0.0.0.0:5000"_s
        << u"('0.0.0.0', 5000)"_s << QString();
    QTest::newRow("v6 loopback") << AF_INET6 << u"::1"_s << u"443"_s << true << AF_INET6
                                 << u"[::1]:443"_s << u"('::1', 443, 0, 0)"_s << QString();
    QTest::newRow("v6 inferred") << AF_UNSPEC << u"2001:db8::1"_s << u"443"_s << true << AF_INET6
                                 << u"[2001:db8::1]:443"_s << u"('2001:db8::1', 443, 0, 0)"_s
                                 << QString();
    QTest::newRow("v6 brackets") << AF_INET6 << u"[::1]"_s << u"5000"_s << true << AF_INET6
                                 << u"[::1]:5000"_s << u"('::1', 5000, 0, 0)"_s << QString();
    QTest::newRow("v6 canonical") << AF_INET6 << u"0:0:0:0:0:0:0:1"_s << u"5000"_s << true
                                  << AF_INET6 << u"[::1]:5000"_s << u"('::1', 5000, 0, 0)"_s
                                  << QString();
    QTest::newRow("v6 mapped") << AF_INET6 << u"::ffff:127.0.0.1"_s << u"5010"_s << true << AF_INET6
                               << u"[::ffff:127.0.0.1]:5010"_s
                               << u"('::ffff:127.0.0.1', 5010, 0, 0)"_s << QString();
    QTest::newRow("v6 empty host is any") << AF_INET6 << QString() << u"1"_s << true << AF_INET6
                                          << u"[::]:1"_s << u"('::', 1, 0, 0)"_s << QString();
    QTest::newRow("v6 numeric scope") << AF_INET6 << u"fe80::1%7"_s << u"80"_s << true << AF_INET6
                                      << QString() << QString() << QString();
    QTest::newRow("unix") << AF_UNIX << u"/tmp/socketlab.sock"_s << QString() << true << AF_UNIX
                          << u"/tmp/socketlab.sock"_s << u"'/tmp/socketlab.sock'"_s << QString();
    QTest::newRow("unix inferred") << AF_UNSPEC << u"/run/x.sock"_s << QString() << true << AF_UNIX
                                   << u"/run/x.sock"_s << u"'/run/x.sock'"_s << QString();

    // Bad input: refused before any call, with the problem named.
    QTest::newRow("port too big") << AF_INET << u"127.0.0.1"_s << u"65536"_s << false << 0
                                  << QString() << QString() << u"65535"_s;
    QTest::newRow("port huge") << AF_INET << u"127.0.0.1"_s << u"99999999999999999999"_s << false
                               << 0 << QString() << QString() << u"65535"_s;
    QTest::newRow("port negative") << AF_INET << u"127.0.0.1"_s << u"-1"_s << false << 0
                                   << QString() << QString() << u"whole number"_s;
    QTest::newRow("port text") << AF_INET << u"127.0.0.1"_s << u"http"_s << false << 0 << QString()
                               << QString() << u"whole number"_s;
    QTest::newRow("port decimal") << AF_INET << u"127.0.0.1"_s << u"80.5"_s << false << 0
                                  << QString() << QString() << u"whole number"_s;
    QTest::newRow("port empty") << AF_INET << u"127.0.0.1"_s << QString() << false << 0 << QString()
                                << QString() << u"empty"_s;
    QTest::newRow("v4 octet") << AF_INET << u"256.0.0.1"_s << u"80"_s << false << 0 << QString()
                              << QString() << u"IPv4"_s;
    QTest::newRow("v4 short") << AF_INET << u"127.1"_s << u"80"_s << false << 0 << QString()
                              << QString() << u"IPv4"_s;
    QTest::newRow("name") << AF_INET << u"localhost"_s << u"80"_s << false << 0 << QString()
                          << QString() << u"getaddrinfo"_s;
    QTest::newRow("v6 on v4 socket")
        << AF_INET << u"::1"_s << u"80"_s << false << 0 << QString() << QString() << u"AF_INET"_s;
    QTest::newRow("v4 on v6 socket") << AF_INET6 << u"127.0.0.1"_s << u"80"_s << false << 0
                                     << QString() << QString() << u"::ffff:127.0.0.1"_s;
    QTest::newRow("v6 bad") << AF_INET6 << u"1:::2"_s << u"80"_s << false << 0 << QString()
                            << QString() << u"IPv6"_s;
    QTest::newRow("v6 no such iface") << AF_INET6 << u"fe80::1%nosuchif0"_s << u"80"_s << false << 0
                                      << QString() << QString() << u"nosuchif0"_s;
    QTest::newRow("v4 with scope") << AF_INET << u"127.0.0.1%lo"_s << u"80"_s << false << 0
                                   << QString() << QString() << u"IPv6"_s;
    QTest::newRow("unix empty") << AF_UNIX << QString() << QString() << false << 0 << QString()
                                << QString() << u"empty"_s;
}

void TestEndpoint::parse()
{
    QFETCH(int, family);
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(bool, ok);
    QFETCH(int, parsedFamily);
    QFETCH(QString, notation);
    QFETCH(QString, python);
    QFETCH(QString, problem);

    SocketError error;
    const std::optional<Endpoint> endpoint = Endpoint::parse(family, host, port, &error);
    QCOMPARE(endpoint.has_value(), ok);
    if (!ok) {
        QCOMPARE(error.kind(), SocketError::Kind::Refused);
        const QString said = error.explanation() + u' ' + error.hint();
        QVERIFY2(said.contains(problem), qPrintable(said));
        QVERIFY(!error.hint().isEmpty());
        return;
    }
    QVERIFY(!error);
    QVERIFY(endpoint->isValid());
    QCOMPARE(endpoint->family(), parsedFamily);
    if (!notation.isEmpty())
        QCOMPARE(endpoint->toString(), notation);
    if (!python.isEmpty())
        QCOMPARE(endpoint->toPythonTuple(), python);
    if (QTest::currentDataTag() == QByteArrayView("v6 numeric scope"))
        QCOMPARE(endpoint->scopeId(), 7u);
}

void TestEndpoint::parseNotation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("notation");
    QTest::addColumn<QString>("problem");

    QTest::newRow("v4") << u"1.2.3.4:80"_s << true << u"1.2.3.4:80"_s << QString();
    QTest::newRow("v6") << u"[::1]:443"_s << true << u"[::1]:443"_s << QString();
    QTest::newRow("v6 doc") << u"[2001:db8::1]:443"_s << true << u"[2001:db8::1]:443"_s
                            << QString();
    QTest::newRow("unix") << u"/tmp/x.sock"_s << true << u"/tmp/x.sock"_s << QString();
    QTest::newRow("no port") << u"1.2.3.4"_s << false << QString() << u"no port"_s;
    QTest::newRow("v6 unbracketed") << u"::1:443"_s << false << QString() << u"brackets"_s;
    QTest::newRow("v6 no port") << u"[::1]"_s << false << QString() << u"[IPv6]:port"_s;
    QTest::newRow("v6 unclosed") << u"[::1:80"_s << false << QString() << u"[IPv6]:port"_s;
    QTest::newRow("empty") << QString() << false << QString() << u"empty"_s;
    QTest::newRow("port range") << u"1.2.3.4:70000"_s << false << QString() << u"65535"_s;
    QTest::newRow("name") << u"example.org:80"_s << false << QString() << u"getaddrinfo"_s;
}

void TestEndpoint::parseNotation()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, notation);
    QFETCH(QString, problem);

    SocketError error;
    const std::optional<Endpoint> endpoint = Endpoint::parseNotation(text, &error);
    QCOMPARE(endpoint.has_value(), ok);
    if (ok) {
        QCOMPARE(endpoint->toString(), notation);
        // Notation round-trips.
        const std::optional<Endpoint> again
            = Endpoint::parseNotation(endpoint->toString(), nullptr);
        QVERIFY(again);
        QCOMPARE(*again, *endpoint);
    } else {
        QCOMPARE(error.kind(), SocketError::Kind::Refused);
        const QString said = error.explanation() + u' ' + error.hint();
        QVERIFY2(said.contains(problem), qPrintable(said));
    }
}

void TestEndpoint::interfaceScope()
{
    const unsigned loIndex = if_nametoindex("lo");
    if (loIndex == 0)
        QSKIP("No interface named lo");
    SocketError error;
    const std::optional<Endpoint> byName
        = Endpoint::parse(AF_INET6, u"fe80::1%lo"_s, u"80"_s, &error);
    QVERIFY(byName);
    QCOMPARE(byName->scopeId(), loIndex);
    QCOMPARE(byName->host(), u"fe80::1"_s);
    QCOMPARE(byName->toString(), u"[fe80::1%lo]:80"_s);
    // Python's getnameinfo names the scope of a link-local host.
    QCOMPARE(byName->toPythonTuple(), u"('fe80::1%lo', 80, 0, %1)"_s.arg(loIndex));
    const std::optional<Endpoint> byIndex
        = Endpoint::parse(AF_INET6, u"fe80::1%"_s + QString::number(loIndex), u"80"_s, &error);
    QVERIFY(byIndex);
    QCOMPARE(*byIndex, *byName);
    const std::optional<Endpoint> notation = Endpoint::parseNotation(u"[fe80::1%lo]:80"_s, &error);
    QVERIFY(notation);
    QCOMPARE(*notation, *byName);
    // A global address keeps its scope id in the tuple only.
    QCOMPARE(Endpoint::inet6(u"2001:db8::5"_s, 1, 0, loIndex).toPythonTuple(),
        u"('2001:db8::5', 1, 0, %1)"_s.arg(loIndex));
}

void TestEndpoint::unixPathLimit_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("ok");
    QTest::newRow("107 bytes") << 107 << true;
    QTest::newRow("108 bytes") << 108 << false;
    QTest::newRow("120 bytes") << 120 << false;
}

void TestEndpoint::unixPathLimit()
{
    QFETCH(int, length);
    QFETCH(bool, ok);
    const QString path = u"/tmp/"_s + QString(length - 5, u'p');
    QCOMPARE(path.toUtf8().size(), length);

    SocketError error;
    QCOMPARE(Endpoint::parse(AF_UNIX, path, QString(), &error).has_value(), ok);
    sockaddr_storage storage;
    socklen_t socklen = 0;
    const SocketError converted = Endpoint::unixPath(path).toSockaddr(&storage, &socklen);
    QCOMPARE(!converted, ok);
    if (ok) {
        QCOMPARE(socklen, socklen_t(offsetof(sockaddr_un, sun_path) + size_t(length) + 1));
    } else {
        QCOMPARE(error.kind(), SocketError::Kind::Refused);
        QVERIFY(error.explanation().contains(QString::number(length)));
        QVERIFY(error.explanation().contains(u"107"_s));
        QVERIFY(error.explanation().contains(u"sun_path"_s));
        QCOMPARE(converted.kind(), SocketError::Kind::Refused);
    }
}

void TestEndpoint::sockaddrRoundTrip_data()
{
    QTest::addColumn<Endpoint>("endpoint");
    QTest::newRow("v4") << Endpoint::inet(u"127.0.0.1"_s, 5000);
    QTest::newRow("v4 any") << Endpoint::inet(u"0.0.0.0"_s, 0);
    QTest::newRow("v6") << Endpoint::inet6(u"::1"_s, 443);
    QTest::newRow("v6 flow scope") << Endpoint::inet6(u"fe80::1"_s, 80, 0x12345, 1);
    QTest::newRow("unix") << Endpoint::unixPath(u"/tmp/s\u00fc.sock"_s);
    QTest::newRow("unix abstract") << Endpoint::unixPath(u"@socketlab-test"_s);
}

void TestEndpoint::sockaddrRoundTrip()
{
    QFETCH(Endpoint, endpoint);
    sockaddr_storage storage;
    socklen_t length = 0;
    QVERIFY(!endpoint.toSockaddr(&storage, &length));
    const Endpoint back
        = Endpoint::fromSockaddr(reinterpret_cast<const sockaddr *>(&storage), length);
    QCOMPARE(back, endpoint);
    if (endpoint.family() == AF_INET6) {
        const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(&storage);
        QCOMPARE(ntohs(in6->sin6_port), endpoint.port());
        QCOMPARE(in6->sin6_scope_id, endpoint.scopeId());
    }
}

void TestEndpoint::fromSockaddrEdges()
{
    QVERIFY(!Endpoint::fromSockaddr(nullptr, 0).isValid());
    sockaddr_storage storage {};
    storage.ss_family = AF_UNSPEC;
    QVERIFY(!Endpoint::fromSockaddr(reinterpret_cast<const sockaddr *>(&storage), sizeof storage)
                 .isValid());
    // An unnamed AF_UNIX socket: the family and nothing else, Python's ''.
    storage.ss_family = AF_UNIX;
    const Endpoint unnamed
        = Endpoint::fromSockaddr(reinterpret_cast<const sockaddr *>(&storage), sizeof(sa_family_t));
    QCOMPARE(unnamed.family(), AF_UNIX);
    QVERIFY(unnamed.path().isEmpty());
    QCOMPARE(unnamed.toPythonTuple(), u"''"_s);
    // A truncated IPv4 address is not trusted.
    storage.ss_family = AF_INET;
    QVERIFY(!Endpoint::fromSockaddr(reinterpret_cast<const sockaddr *>(&storage), 4).isValid());
    QVERIFY(Endpoint().toSockaddr(&storage, nullptr).kind() == SocketError::Kind::Refused);
    QCOMPARE(Endpoint().toPythonTuple(), u"None"_s);
}

void TestEndpoint::pythonStringQuoting()
{
    QCOMPARE(Endpoint::unixPath(u"/tmp/it's"_s).toPythonTuple(), u"\"/tmp/it's\""_s);
    QCOMPARE(Endpoint::unixPath(u"/tmp/a\\b"_s).toPythonTuple(), u"'/tmp/a\\\\b'"_s);
    QCOMPARE(Endpoint::unixPath(u"/tmp/a\nb"_s).toPythonTuple(), u"'/tmp/a\\nb'"_s);
    QCOMPARE(Endpoint::unixPath(u"@lab"_s).toPythonTuple(), u"b'\\x00lab'"_s);
    // As Python's repr(): a C1 control and a bidi override are escaped; an
    // abstract name is bytes, so a non-ASCII letter shows as its UTF-8 bytes.
    QCOMPARE(
        Endpoint::unixPath(u"/tmp/a\u0085\u202eb"_s).toPythonTuple(), u"'/tmp/a\\x85\\u202eb'"_s);
    QCOMPARE(Endpoint::unixPath(u"@l\u00fcb"_s).toPythonTuple(), u"b'\\x00l\\xc3\\xbcb'"_s);
    QCOMPARE(Endpoint::unixPath(u"@it's"_s).toPythonTuple(), u"b\"\\x00it's\""_s);
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
