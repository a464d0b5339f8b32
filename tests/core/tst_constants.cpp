#include "core/platform/constants.h"

#include <QSet>
#include <QTest>

#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

class TestConstants final : public QObject
{
    Q_OBJECT

private slots:
    void matchesHeaders_data();
    void matchesHeaders();
    void namesAreUnique();
    void prefix_data();
    void prefix();
    void unknownName();
    void optionLevel_data();
    void optionLevel();
    void pythonDictKeepsLastName();
    void pythonDictForms();
    void portability();
};

void TestConstants::matchesHeaders_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("expected");
#define ROW(n) QTest::newRow(#n) << QStringLiteral(#n) << qint64(n)
    ROW(AF_UNSPEC);
    ROW(AF_UNIX);
    ROW(AF_INET);
    ROW(AF_INET6);
#ifdef AF_PACKET
    ROW(AF_PACKET);
#endif
#ifdef AF_NETLINK
    ROW(AF_NETLINK);
#endif
    ROW(SOCK_STREAM);
    ROW(SOCK_DGRAM);
    ROW(SOCK_RAW);
    ROW(SOCK_SEQPACKET);
#ifdef SOCK_NONBLOCK
    ROW(SOCK_NONBLOCK);
    ROW(SOCK_CLOEXEC);
#endif
    ROW(IPPROTO_IP);
    ROW(IPPROTO_TCP);
    ROW(IPPROTO_UDP);
    ROW(IPPROTO_IPV6);
    ROW(IPPROTO_ICMP);
    ROW(IPPROTO_ICMPV6);
    ROW(IPPROTO_RAW);
    ROW(IPPROTO_SCTP);
    ROW(SOL_SOCKET);
    ROW(SO_REUSEADDR);
    ROW(SO_ERROR);
    ROW(SO_TYPE);
    ROW(SO_KEEPALIVE);
    ROW(SO_RCVBUF);
    ROW(SO_SNDBUF);
    ROW(MSG_PEEK);
    ROW(MSG_WAITALL);
    ROW(MSG_DONTWAIT);
#ifdef MSG_NOSIGNAL
    ROW(MSG_NOSIGNAL);
#endif
#ifdef MSG_TRUNC
    ROW(MSG_TRUNC);
#endif
    ROW(SHUT_RD);
    ROW(SHUT_WR);
    ROW(SHUT_RDWR);
    ROW(AI_PASSIVE);
    ROW(AI_CANONNAME);
    ROW(AI_NUMERICHOST);
    ROW(AI_NUMERICSERV);
    ROW(EAI_NONAME);
    ROW(EAI_SERVICE);
    ROW(EAI_AGAIN);
    ROW(EAI_FAMILY);
    ROW(EAI_SOCKTYPE);
    ROW(TCP_NODELAY);
    ROW(IPV6_V6ONLY);
#undef ROW
}

void TestConstants::matchesHeaders()
{
    QFETCH(QString, name);
    QFETCH(qint64, expected);
    const auto value = Constants::value(name);
    QVERIFY2(value.has_value(), qPrintable(name));
    QCOMPARE(*value, expected);
}

void TestConstants::namesAreUnique()
{
    QSet<QString> seen;
    for (const Constants::Entry &e : Constants::all()) {
        QVERIFY2(!seen.contains(e.name), qPrintable(e.name));
        seen.insert(e.name);
        QVERIFY(e.name.startsWith(e.group));
    }
    QVERIFY(seen.size() > 100);
    const QStringList groups = Constants::groups();
    QCOMPARE(groups.mid(0, 3), (QStringList {u"AF_"_s, u"SOCK_"_s, u"IPPROTO_"_s}));
}

void TestConstants::prefix_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("mustContain");
    QTest::addColumn<QString>("mustNotContain");
    QTest::newRow("AF_") << u"AF_"_s << u"AF_INET6"_s << u"SOCK_STREAM"_s;
    QTest::newRow("lower case af_") << u"af_"_s << u"AF_INET"_s << u"IPPROTO_TCP"_s;
    QTest::newRow("SOCK_") << u"SOCK_"_s << u"SOCK_DGRAM"_s << u"SO_REUSEADDR"_s;
    QTest::newRow("IPPROTO_") << u"IPPROTO_"_s << u"IPPROTO_UDP"_s << u"IPV6_V6ONLY"_s;
    QTest::newRow("AF_INET finds AF_INET6") << u"AF_INET"_s << u"AF_INET6"_s << u"AF_UNIX"_s;
    QTest::newRow("SO_ not SOCK_") << u"SO_"_s << u"SO_REUSEADDR"_s << u"SOCK_STREAM"_s;
    QTest::newRow("EAI_") << u"EAI_"_s << u"EAI_SERVICE"_s << u"AI_PASSIVE"_s;
}

void TestConstants::prefix()
{
    QFETCH(QString, prefix);
    QFETCH(QString, mustContain);
    QFETCH(QString, mustNotContain);
    const QList<Constants::Entry> entries = Constants::withPrefix(prefix);
    QStringList names;
    qint64 previous = std::numeric_limits<qint64>::min();
    for (const Constants::Entry &e : entries) {
        names << e.name;
        QVERIFY(e.value >= previous); // sorted by value
        previous = e.value;
    }
    QVERIFY(names.contains(mustContain));
    QVERIFY(!names.contains(mustNotContain));
    QVERIFY(Constants::withPrefix(u"NO_SUCH_PREFIX_"_s).isEmpty());
}

void TestConstants::unknownName()
{
    QVERIFY(!Constants::value(u"AF_SYSTEM_NOT_HERE"_s).has_value());
    QVERIFY(!Constants::value(u"af_inet"_s).has_value()); // exact names only
    QCOMPARE(Constants::name(-12345, u"AF_"_s), QString());
}

void TestConstants::optionLevel_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("level");
    QTest::addColumn<int>("family"); // a socket the kernel takes the option on; 0: none
    QTest::newRow("SO_REUSEADDR") << u"SO_REUSEADDR"_s << u"SOL_SOCKET"_s << AF_INET;
    QTest::newRow("SO_RCVBUF") << u"SO_RCVBUF"_s << u"SOL_SOCKET"_s << AF_INET6;
    QTest::newRow("TCP_NODELAY") << u"TCP_NODELAY"_s << u"IPPROTO_TCP"_s << AF_INET;
    QTest::newRow("IP_TOS") << u"IP_TOS"_s << u"IPPROTO_IP"_s << AF_INET;
    QTest::newRow("IPV6_V6ONLY") << u"IPV6_V6ONLY"_s << u"IPPROTO_IPV6"_s << AF_INET6;
    QTest::newRow("not an option") << u"AF_INET"_s << QString() << 0;
    QTest::newRow("unknown option") << u"SO_NOT_HERE"_s << QString() << 0;
    QTest::newRow("exact names only") << u"so_reuseaddr"_s << QString() << 0;
    QTest::newRow("empty") << QString() << QString() << 0;
}

// The level, checked against the kernel: getsockopt at that level knows the option.
void TestConstants::optionLevel()
{
    QFETCH(QString, option);
    QFETCH(QString, level);
    QFETCH(int, family);
    QCOMPARE(Constants::optionLevel(option), level);
    if (family == 0)
        return;
    const int fd = ::socket(family, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    int value = 0;
    socklen_t length = sizeof value;
    const int result = ::getsockopt(fd, int(Constants::value(level).value_or(-1)),
        int(Constants::value(option).value_or(-1)), &value, &length);
    const int error = errno;
    ::close(fd);
    QVERIFY2(result == 0, strerror(error));
}

void TestConstants::pythonDictKeepsLastName()
{
    // AF_LOCAL and AF_UNIX are both 1: dir() order puts AF_UNIX last.
    QCOMPARE(Constants::names(AF_UNIX, u"AF_"_s), (QStringList {u"AF_LOCAL"_s, u"AF_UNIX"_s}));
    QCOMPARE(Constants::name(AF_UNIX, u"AF_"_s), u"AF_UNIX"_s);
    QCOMPARE(Constants::name(AF_INET6, u"AF_"_s), u"AF_INET6"_s);
    QCOMPARE(Constants::name(IPPROTO_TCP, u"IPPROTO_"_s), u"IPPROTO_TCP"_s);
}

void TestConstants::pythonDictForms()
{
    const QString af = Constants::pythonDict(u"AF_"_s);
    QVERIFY(af.startsWith(u"{<AddressFamily.AF_UNSPEC: 0>: 'AF_UNSPEC',\n"_s));
    QVERIFY(af.contains(u"<AddressFamily.AF_INET: %1>: 'AF_INET'"_s.arg(AF_INET)));
    QVERIFY(af.contains(u"<AddressFamily.AF_INET6: %1>: 'AF_INET6'"_s.arg(AF_INET6)));
    QVERIFY(!af.contains(u"'AF_LOCAL'"_s));
    QVERIFY(af.endsWith(u"'}"_s));
    const QString sock = Constants::pythonDict(u"SOCK_"_s);
    QVERIFY(sock.contains(u"<SocketKind.SOCK_STREAM: %1>: 'SOCK_STREAM'"_s.arg(SOCK_STREAM)));
    const QString proto = Constants::pythonDict(u"IPPROTO_"_s);
    QVERIFY(proto.contains(u"\n %1: 'IPPROTO_TCP'"_s.arg(IPPROTO_TCP)));
    QVERIFY(proto.contains(u"\n %1: 'IPPROTO_UDP'"_s.arg(IPPROTO_UDP)));
    QCOMPARE(Constants::pythonDict(u"ZZZ_"_s), u"{}"_s);
}

void TestConstants::portability()
{
    const QString note = Constants::portabilityNote(u"AF_INET6"_s);
    QVERIFY(note.contains(u"10 on Linux"_s));
    QVERIFY(note.contains(u"30 on macOS"_s));
    QVERIFY(note.contains(u"23 on Windows"_s));
    QVERIFY(Constants::portabilityNote(u"AF_APPLETALK"_s).isEmpty());
    // A note may say the value is the same everywhere: only the others differ.
    QVERIFY(Constants::differsElsewhere(u"AF_INET6"_s));
    QVERIFY(Constants::differsElsewhere(u"SOL_SOCKET"_s));
    for (const QString &same : {u"IPPROTO_TCP"_s, u"IPPROTO_UDP"_s, u"AF_UNIX"_s}) {
        QVERIFY(!Constants::portabilityNote(same).isEmpty());
        QVERIFY2(!Constants::differsElsewhere(same), qPrintable(same));
    }
    QVERIFY(!Constants::differsElsewhere(u"AF_APPLETALK"_s));
#ifdef Q_OS_LINUX
    QCOMPARE(Constants::platformName(), u"Linux"_s);
    QCOMPARE(*Constants::value(u"AF_INET6"_s), 10);
#endif
}

QTEST_GUILESS_MAIN(TestConstants)
#include "tst_constants.moc"
