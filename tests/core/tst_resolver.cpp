#include "core/net/resolver.h"

#include <QSignalSpy>
#include <QTest>

#include <netdb.h>

using namespace Qt::StringLiterals;

namespace {
// Python's 5-tuple repr, built here from its parts.
QString tuple5(const char *family, int familyValue, const char *type, int typeValue, int proto,
    const QString &sockaddr)
{
    return u"(<AddressFamily.%1: %2>, <SocketKind.%3: %4>, %5, '', %6)"_s
        .arg(QString::fromLatin1(family))
        .arg(familyValue)
        .arg(QString::fromLatin1(type))
        .arg(typeValue)
        .arg(proto)
        .arg(sockaddr);
}

// The system's own answer, asked here directly: (family, type, proto, port).
QList<std::tuple<int, int, int>> direct(const char *host, const char *service, int family, int type)
{
    addrinfo hints {};
    hints.ai_family = family;
    hints.ai_socktype = type;
    addrinfo *list = nullptr;
    QList<std::tuple<int, int, int>> out;
    if (::getaddrinfo(host, service, &hints, &list) != 0)
        return out;
    for (addrinfo *ai = list; ai; ai = ai->ai_next)
        out << std::make_tuple(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    freeaddrinfo(list);
    return out;
}

QList<std::tuple<int, int, int>> triples(const Resolution &r)
{
    QList<std::tuple<int, int, int>> out;
    for (const AddrInfo &row : r.rows)
        out << std::make_tuple(row.family, row.type, row.proto);
    return out;
}
} // namespace

class TestResolver final : public QObject
{
    Q_OBJECT

private slots:
    void s6NumericHostServiceName();
    void s6StreamOnly();
    void s6UnknownService();
    void errors_data();
    void errors();
    void python_data();
    void python();
    void pythonCall_data();
    void pythonCall();
    void canonnameRepr();
    void canonname();
    void s7LocalhostOrder();
    void asyncLookup();
    void cancelDropsResult();
    void newLookupReplacesOld();
};

// S6: getaddrinfo("127.0.0.1", "http") with no hints.
void TestResolver::s6NumericHostServiceName()
{
    const Resolution r = Resolver::getaddrinfo(u"127.0.0.1"_s, u"http"_s);
    QVERIFY2(!r.error, qPrintable(r.error.toString()));
    QVERIFY(!r.rows.isEmpty());
    QCOMPARE(triples(r), direct("127.0.0.1", "http", AF_UNSPEC, 0));
    for (const AddrInfo &row : r.rows) {
        QCOMPARE(row.family, AF_INET);
        QCOMPARE(row.sockaddr.toPythonTuple(), u"('127.0.0.1', 80)"_s);
        QVERIFY(row.canonname.isEmpty());
    }
    QCOMPARE(r.rows.first().type, SOCK_STREAM);
    QCOMPARE(r.rows.first().proto, IPPROTO_TCP);
}

void TestResolver::s6StreamOnly()
{
    const Resolution r
        = Resolver::getaddrinfo(u"127.0.0.1"_s, u"http"_s, {AF_UNSPEC, SOCK_STREAM, 0, 0});
    QVERIFY(!r.error);
    QCOMPARE(r.rows.size(), 1);
    QCOMPARE(r.toPython(),
        u'[' % tuple5("AF_INET", 2, "SOCK_STREAM", 1, 6, u"('127.0.0.1', 80)"_s) % u']');
}

void TestResolver::s6UnknownService()
{
    const Resolution r = Resolver::getaddrinfo(u"127.0.0.1"_s, u"nosuchservice"_s);
    QVERIFY(r.rows.isEmpty());
    QCOMPARE(r.error.kind(), SocketError::Kind::Gai);
    QCOMPARE(r.error.code(), EAI_SERVICE);
    QCOMPARE(r.error.name(), u"EAI_SERVICE"_s);
    QCOMPARE(r.error.systemText(), QString::fromLocal8Bit(gai_strerror(EAI_SERVICE)));
}

void TestResolver::errors_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("flags");
    QTest::addColumn<QString>("name");
    QTest::newRow("numerichost refuses a name")
        << u"localhost"_s << u"80"_s << AF_UNSPEC << 0 << AI_NUMERICHOST << u"EAI_NONAME"_s;
    QTest::newRow("both empty") << QString() << QString() << AF_UNSPEC << 0 << 0 << u"EAI_NONAME"_s;
    QTest::newRow("v6 address asked as AF_INET")
        << u"::1"_s << u"80"_s << AF_INET << 0 << AI_NUMERICHOST << u"EAI_ADDRFAMILY"_s;
    QTest::newRow("bad family") << u"127.0.0.1"_s << u"80"_s << 12345 << 0 << 0 << u"EAI_FAMILY"_s;
    QTest::newRow("bad socktype") << u"127.0.0.1"_s << u"80"_s << AF_INET << 12345 << 0
                                  << u"EAI_SOCKTYPE"_s;
    QTest::newRow("numericserv refuses a name")
        << u"127.0.0.1"_s << u"http"_s << AF_INET << 0 << AI_NUMERICSERV << u"EAI_NONAME"_s;
}

void TestResolver::errors()
{
    QFETCH(QString, host);
    QFETCH(QString, service);
    QFETCH(int, family);
    QFETCH(int, type);
    QFETCH(int, flags);
    QFETCH(QString, name);
    const Resolution r = Resolver::getaddrinfo(host, service, {family, type, 0, flags});
    QCOMPARE(r.error.kind(), SocketError::Kind::Gai);
    QCOMPARE(r.error.name(), name);
    QCOMPARE(r.error.systemText(), QString::fromLocal8Bit(gai_strerror(r.error.code())));
}

void TestResolver::python_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("flags");
    QTest::addColumn<QString>("python");
    QTest::newRow("v4 stream") << u"127.0.0.1"_s << u"5000"_s << AF_INET << int(SOCK_STREAM) << 0
                               << u'['
            % tuple5("AF_INET", 2, "SOCK_STREAM", 1, 6, u"('127.0.0.1', 5000)"_s) % u']';
    QTest::newRow("v4 dgram") << u"127.0.0.1"_s << u"53"_s << AF_INET << int(SOCK_DGRAM) << 0
                              << u'['
            % tuple5("AF_INET", 2, "SOCK_DGRAM", 2, 17, u"('127.0.0.1', 53)"_s) % u']';
    QTest::newRow("v6 4-tuple") << u"::1"_s << u"5000"_s << AF_UNSPEC << int(SOCK_STREAM) << 0
                                << u'['
            % tuple5("AF_INET6", AF_INET6, "SOCK_STREAM", 1, 6, u"('::1', 5000, 0, 0)"_s) % u']';
    QTest::newRow("passive wildcard")
        << QString() << u"5000"_s << AF_INET << int(SOCK_STREAM) << AI_PASSIVE
        << u'[' % tuple5("AF_INET", 2, "SOCK_STREAM", 1, 6, u"('0.0.0.0', 5000)"_s) % u']';
    QTest::newRow("no passive loopback")
        << QString() << u"5000"_s << AF_INET << int(SOCK_STREAM) << 0
        << u'[' % tuple5("AF_INET", 2, "SOCK_STREAM", 1, 6, u"('127.0.0.1', 5000)"_s) % u']';
}

void TestResolver::python()
{
    QFETCH(QString, host);
    QFETCH(QString, service);
    QFETCH(int, family);
    QFETCH(int, type);
    QFETCH(int, flags);
    QFETCH(QString, python);
    const Resolution r = Resolver::getaddrinfo(host, service, {family, type, 0, flags});
    QVERIFY2(!r.error, qPrintable(r.error.toString()));
    QCOMPARE(r.toPython(), python);
}

void TestResolver::pythonCall_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("flags");
    QTest::addColumn<QString>("call");
    QTest::newRow("plain") << u"localhost"_s << u"5000"_s << AF_UNSPEC << 0 << 0
                           << u"socket.getaddrinfo('localhost', 5000)"_s;
    QTest::newRow("service name")
        << u"127.0.0.1"_s << u"http"_s << AF_UNSPEC << int(SOCK_STREAM) << 0
        << u"socket.getaddrinfo('127.0.0.1', 'http', type=socket.SOCK_STREAM)"_s;
    QTest::newRow("passive")
        << QString() << u"5000"_s << AF_INET6 << 0 << AI_PASSIVE
        << u"socket.getaddrinfo(None, 5000, family=socket.AF_INET6, flags=socket.AI_PASSIVE)"_s;
    // What a user typed is shown as Python's repr() shows it: control
    // characters escaped, the quote Python picks.
    QTest::newRow("newline in host") << u"local\nhost"_s << u"5000"_s << AF_UNSPEC << 0 << 0
                                     << u"socket.getaddrinfo('local\\nhost', 5000)"_s;
    QTest::newRow("escape byte in host") << u"\x1b[2Jhost"_s << u"5000"_s << AF_UNSPEC << 0 << 0
                                         << u"socket.getaddrinfo('\\x1b[2Jhost', 5000)"_s;
    QTest::newRow("quote in service") << u"localhost"_s << u"it's"_s << AF_UNSPEC << 0 << 0
                                      << u"socket.getaddrinfo('localhost', \"it's\")"_s;
    QTest::newRow("tab and NUL in service")
        << u"localhost"_s << u"a\tb"_s + QChar(0) << AF_UNSPEC << 0 << 0
        << u"socket.getaddrinfo('localhost', 'a\\tb\\x00')"_s;
}

void TestResolver::pythonCall()
{
    QFETCH(QString, host);
    QFETCH(QString, service);
    QFETCH(int, family);
    QFETCH(int, type);
    QFETCH(int, flags);
    QFETCH(QString, call);
    Resolution r;
    r.host = host;
    r.service = service;
    r.hints = {family, type, 0, flags};
    QCOMPARE(r.pythonCall(), call);
}

void TestResolver::canonnameRepr()
{
    // A canonical name comes from DNS, so from outside: shown escaped, never
    // interpreted (a terminal escape stays visible text).
    AddrInfo row;
    row.family = AF_INET;
    row.type = SOCK_STREAM;
    row.proto = IPPROTO_TCP;
    row.canonname = u"evil\x1b[2J\r\nname"_s;
    row.sockaddr = Endpoint::inet(u"127.0.0.1"_s, 80);
    QCOMPARE(row.toPython(),
        tuple5("AF_INET", AF_INET, "SOCK_STREAM", SOCK_STREAM, IPPROTO_TCP, u"('127.0.0.1', 80)"_s)
            .replace(u", '', "_s, u", 'evil\\x1b[2J\\r\\nname', "_s));
}

void TestResolver::canonname()
{
    const Resolution r
        = Resolver::getaddrinfo(u"localhost"_s, u"80"_s, {AF_UNSPEC, SOCK_STREAM, 0, AI_CANONNAME});
    QVERIFY(!r.error);
    QVERIFY(!r.rows.isEmpty());
    QCOMPARE(r.rows.first().canonname, u"localhost"_s);
    QVERIFY(r.rows.first().toPython().contains(u", 'localhost', ("_s));
}

// S7, first half: 'localhost' with AF_UNSPEC comes back in the system's order.
void TestResolver::s7LocalhostOrder()
{
    const Resolution r
        = Resolver::getaddrinfo(u"localhost"_s, u"5000"_s, {AF_UNSPEC, SOCK_STREAM, 0, 0});
    QVERIFY(!r.error);
    QCOMPARE(triples(r), direct("localhost", "5000", AF_UNSPEC, SOCK_STREAM));
    for (const AddrInfo &row : r.rows) {
        QVERIFY(row.sockaddr.host() == u"127.0.0.1"_s || row.sockaddr.host() == u"::1"_s);
        QCOMPARE(row.sockaddr.port(), quint16(5000));
    }
}

void TestResolver::asyncLookup()
{
    Resolver resolver;
    QSignalSpy resolved(&resolver, &Resolver::resolved);
    QSignalSpy events(&resolver, &Resolver::callRecorded);
    resolver.lookup(u"127.0.0.1"_s, u"http"_s, {AF_INET, SOCK_STREAM, 0, 0});
    QVERIFY(resolver.isBusy());
    QVERIFY(resolved.wait(10000));
    QVERIFY(!resolver.isBusy());
    const auto r = resolved.takeFirst().at(0).value<Resolution>();
    QCOMPARE(r.rows.size(), 1);
    QCOMPARE(events.size(), 2);
    const auto waiting = events.at(0).at(0).value<CallEvent>();
    const auto done = events.at(1).at(0).value<CallEvent>();
    QCOMPARE(waiting.phase, CallEvent::Phase::Waiting);
    QCOMPARE(done.phase, CallEvent::Phase::Done);
    QCOMPARE(done.call, CallEvent::Call::Getaddrinfo);
    QCOMPARE(done.host, u"127.0.0.1"_s);
    QCOMPARE(done.service, u"http"_s);
    QCOMPARE(done.type, int(SOCK_STREAM));
    QCOMPARE(done.resultRepr, r.toPython());
    QVERIFY(done.sequence > waiting.sequence);
}

void TestResolver::cancelDropsResult()
{
    Resolver resolver;
    QSignalSpy resolved(&resolver, &Resolver::resolved);
    QSignalSpy cancelled(&resolver, &Resolver::cancelled);
    QSignalSpy events(&resolver, &Resolver::callRecorded);
    resolver.lookup(u"127.0.0.1"_s, u"80"_s);
    resolver.cancel();
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!resolver.isBusy());
    QCOMPARE(events.last().at(0).value<CallEvent>().phase, CallEvent::Phase::Cancelled);
    resolver.cancel(); // idle: nothing happens
    QCOMPARE(cancelled.size(), 1);
    // A later lookup's result arrives; the cancelled one never does.
    resolver.lookup(u"::1"_s, u"81"_s, {AF_INET6, SOCK_STREAM, 0, 0});
    QVERIFY(resolved.wait(10000));
    QTest::qWait(0);
    QCOMPARE(resolved.size(), 1);
    QCOMPARE(resolved.at(0).at(0).value<Resolution>().host, u"::1"_s);
}

void TestResolver::newLookupReplacesOld()
{
    Resolver resolver;
    QSignalSpy resolved(&resolver, &Resolver::resolved);
    QSignalSpy cancelled(&resolver, &Resolver::cancelled);
    resolver.lookup(u"127.0.0.1"_s, u"1"_s);
    resolver.lookup(u"127.0.0.1"_s, u"2"_s, {AF_INET, SOCK_STREAM, 0, 0});
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(resolved.wait(10000));
    QCOMPARE(resolved.size(), 1);
    QCOMPARE(resolved.at(0).at(0).value<Resolution>().service, u"2"_s);
}

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
