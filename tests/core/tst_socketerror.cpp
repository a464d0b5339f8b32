// SocketError: errno and EAI_* names, system texts, explanations, and the
// exception Python's socket module would raise for each.
#include "core/net/socketerror.h"

#include <QFile>
#include <QTest>

#include <cerrno>
#include <cstring>

#include <netdb.h>

using namespace Qt::StringLiterals;

class TestSocketError final : public QObject
{
    Q_OBJECT

private slots:
    void defaultIsSuccess();
    void errnoMapping_data();
    void errnoMapping();
    void unknownErrnoStillNamed();
    void wouldBlock_data();
    void wouldBlock();
    void gaiMapping_data();
    void gaiMapping();
    void gaiSystemKeepsErrno();
    void bindEaccesNamesThePortFloor();
    void bindEaddrinuseSuggestsWayOut();
    void connectEinvalMentionsScope();
    void refusedBeforeTheCall();
};

void TestSocketError::defaultIsSuccess()
{
    const SocketError none;
    QVERIFY(!none);
    QCOMPARE(none.kind(), SocketError::Kind::None);
    QVERIFY(none.name().isEmpty());
    QVERIFY(none.toString().isEmpty());
    QVERIFY(!SocketError::fromErrno(0));
    QVERIFY(!SocketError::fromGai(0));
}

void TestSocketError::errnoMapping_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("pythonClass");

    const auto row = [](int code, const char *name, const char *pythonClass) {
        QTest::newRow(name) << code << QString::fromLatin1(name)
                            << QString::fromLatin1(pythonClass);
    };
    row(EADDRINUSE, "EADDRINUSE", "OSError");
    row(EADDRNOTAVAIL, "EADDRNOTAVAIL", "OSError");
    row(ECONNREFUSED, "ECONNREFUSED", "ConnectionRefusedError");
    row(ECONNRESET, "ECONNRESET", "ConnectionResetError");
    row(ECONNABORTED, "ECONNABORTED", "ConnectionAbortedError");
    row(EACCES, "EACCES", "PermissionError");
    row(EPERM, "EPERM", "PermissionError");
    row(EPIPE, "EPIPE", "BrokenPipeError");
    row(ESHUTDOWN, "ESHUTDOWN", "BrokenPipeError");
    row(ENOTCONN, "ENOTCONN", "OSError");
    row(EISCONN, "EISCONN", "OSError");
    row(EINVAL, "EINVAL", "OSError");
    row(EMSGSIZE, "EMSGSIZE", "OSError");
    row(ENOENT, "ENOENT", "FileNotFoundError");
    row(EAFNOSUPPORT, "EAFNOSUPPORT", "OSError");
    row(EPROTONOSUPPORT, "EPROTONOSUPPORT", "OSError");
    row(EPROTOTYPE, "EPROTOTYPE", "OSError");
    row(ESOCKTNOSUPPORT, "ESOCKTNOSUPPORT", "OSError");
    row(EOPNOTSUPP, "EOPNOTSUPP", "OSError");
    row(ETIMEDOUT, "ETIMEDOUT", "TimeoutError");
    row(EHOSTUNREACH, "EHOSTUNREACH", "OSError");
    row(ENETUNREACH, "ENETUNREACH", "OSError");
    row(EAGAIN, "EAGAIN", "BlockingIOError");
    row(EINPROGRESS, "EINPROGRESS", "BlockingIOError");
    row(EALREADY, "EALREADY", "BlockingIOError");
    row(EBADF, "EBADF", "OSError");
    row(ENOTSOCK, "ENOTSOCK", "OSError");
    row(EDESTADDRREQ, "EDESTADDRREQ", "OSError");
    row(EMFILE, "EMFILE", "OSError");
    row(ENFILE, "ENFILE", "OSError");
    row(ENOBUFS, "ENOBUFS", "OSError");
    row(EINTR, "EINTR", "InterruptedError");
    row(ENAMETOOLONG, "ENAMETOOLONG", "OSError");
    row(EEXIST, "EEXIST", "FileExistsError");
    row(ENOTDIR, "ENOTDIR", "NotADirectoryError");
    row(EISDIR, "EISDIR", "IsADirectoryError");
}

void TestSocketError::errnoMapping()
{
    QFETCH(int, code);
    QFETCH(QString, name);
    QFETCH(QString, pythonClass);

    const SocketError error = SocketError::fromErrno(code);
    QVERIFY(error);
    QCOMPARE(error.kind(), SocketError::Kind::Errno);
    QCOMPARE(error.code(), code);
    QCOMPARE(error.name(), name);
    QCOMPARE(SocketError::errnoName(code), name);
    const QString system = QString::fromLocal8Bit(std::strerror(code));
    QCOMPARE(error.systemText(), system);
    QCOMPARE(error.toString(), name + u" ("_s + system + u')');
    // Every errno the lesson meets has our own sentence and a next step.
    QVERIFY(!error.explanation().isEmpty());
    QVERIFY(error.explanation() != system);
    QVERIFY(!error.hint().isEmpty());
    QCOMPARE(error.pythonException(),
        pythonClass + u": [Errno "_s + QString::number(code) + u"] "_s + system);
}

void TestSocketError::unknownErrnoStillNamed()
{
    // Not in our table, still named by the C library.
    QCOMPARE(SocketError::errnoName(EDOM), u"EDOM"_s);
    QCOMPARE(SocketError::errnoName(100000), u"E100000"_s);
    const SocketError error = SocketError::fromErrno(EDOM);
    QVERIFY(!error.explanation().isEmpty());
    QCOMPARE(error.pythonException(),
        u"OSError: [Errno %1] %2"_s.arg(EDOM).arg(QString::fromLocal8Bit(std::strerror(EDOM))));
}

void TestSocketError::wouldBlock_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("expected");
    QTest::newRow("EAGAIN") << EAGAIN << true;
    QTest::newRow("EWOULDBLOCK") << EWOULDBLOCK << true;
    QTest::newRow("EINPROGRESS") << EINPROGRESS << true;
    QTest::newRow("EALREADY") << EALREADY << true;
    QTest::newRow("ECONNREFUSED") << ECONNREFUSED << false;
    QTest::newRow("EINTR") << EINTR << false;
}

void TestSocketError::wouldBlock()
{
    QFETCH(int, code);
    QFETCH(bool, expected);
    QCOMPARE(SocketError::fromErrno(code).wouldBlock(), expected);
}

void TestSocketError::gaiMapping_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("name");
    const auto row = [](int code, const char *name) {
        QTest::newRow(name) << code << QString::fromLatin1(name);
    };
    row(EAI_AGAIN, "EAI_AGAIN");
    row(EAI_BADFLAGS, "EAI_BADFLAGS");
    row(EAI_FAIL, "EAI_FAIL");
    row(EAI_FAMILY, "EAI_FAMILY");
    row(EAI_MEMORY, "EAI_MEMORY");
    row(EAI_NONAME, "EAI_NONAME");
    row(EAI_SERVICE, "EAI_SERVICE");
    row(EAI_SOCKTYPE, "EAI_SOCKTYPE");
    row(EAI_OVERFLOW, "EAI_OVERFLOW");
#ifdef EAI_NODATA
    row(EAI_NODATA, "EAI_NODATA");
#endif
#ifdef EAI_ADDRFAMILY
    row(EAI_ADDRFAMILY, "EAI_ADDRFAMILY");
#endif
}

void TestSocketError::gaiMapping()
{
    QFETCH(int, code);
    QFETCH(QString, name);
    const SocketError error = SocketError::fromGai(code);
    QCOMPARE(error.kind(), SocketError::Kind::Gai);
    QCOMPARE(error.name(), name);
    QCOMPARE(SocketError::gaiName(code), name);
    const QString system = QString::fromLocal8Bit(gai_strerror(code));
    QCOMPARE(error.systemText(), system);
    QVERIFY(!error.explanation().isEmpty());
    QVERIFY(!error.hint().isEmpty());
    QVERIFY(!error.wouldBlock());
    QCOMPARE(error.pythonException(),
        u"socket.gaierror: [Errno "_s + QString::number(code) + u"] "_s + system);
}

void TestSocketError::gaiSystemKeepsErrno()
{
    const SocketError error = SocketError::fromGai(EAI_SYSTEM, ECONNREFUSED);
    QCOMPARE(error.name(), u"EAI_SYSTEM"_s);
    QVERIFY(error.systemText().contains(QString::fromLocal8Bit(std::strerror(ECONNREFUSED))));
    // CPython raises the errno's OSError for EAI_SYSTEM.
    QVERIFY(error.pythonException().startsWith(
        u"ConnectionRefusedError: [Errno %1]"_s.arg(ECONNREFUSED)));
    QCOMPARE(SocketError::gaiName(12345), u"EAI_12345"_s);
}

void TestSocketError::bindEaccesNamesThePortFloor()
{
    QFile file(u"/proc/sys/net/ipv4/ip_unprivileged_port_start"_s);
    const SocketError error = SocketError::fromErrno(EACCES, u"bind");
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("This kernel does not publish ip_unprivileged_port_start");
    const int floor = file.readAll().trimmed().toInt();
    QCOMPARE(error.explanation(), u"Ports below %1 need privileges on this system."_s.arg(floor));
    QVERIFY(error.hint().contains(QString::number(floor)));
    // Other calls keep the general sentence.
    QVERIFY(!SocketError::fromErrno(EACCES, u"connect").explanation().contains(u"Ports below"_s));
}

void TestSocketError::bindEaddrinuseSuggestsWayOut()
{
    // Without the kernel's tables (see tst_porttable for the real cases) the
    // sentence names neither a listener nor TIME_WAIT: it does not guess.
    const SocketError error = SocketError::fromErrno(EADDRINUSE, u"bind");
    QVERIFY(error.explanation().contains(u"already holds"_s));
    QVERIFY(!error.explanation().contains(u"TIME_WAIT"_s));
    QVERIFY(error.hint().contains(u"port"_s));
    QCOMPARE(
        error.pythonException(), u"OSError: [Errno %1] Address already in use"_s.arg(EADDRINUSE));
}

void TestSocketError::connectEinvalMentionsScope()
{
    const SocketError error = SocketError::fromErrno(EINVAL, u"connect");
    QVERIFY(error.explanation().contains(u"link-local"_s));
    QVERIFY(error.hint().contains(u'%'));
    QVERIFY(SocketError::fromErrno(EINVAL, u"bind").explanation().contains(u"already bound"_s));
    QVERIFY(SocketError::fromErrno(EINVAL, u"accept").hint().contains(u"listen()"_s));
    QVERIFY(SocketError::fromErrno(ECONNREFUSED, u"recv").explanation().contains(u"datagram"_s));
    QVERIFY(SocketError::fromErrno(ENOENT, u"connect").explanation().contains(u"path"_s));
}

void TestSocketError::refusedBeforeTheCall()
{
    SocketError error
        = SocketError::refused(u"The port 70000 is out of range."_s, u"Use 0-65535."_s);
    QVERIFY(error);
    QCOMPARE(error.kind(), SocketError::Kind::Refused);
    QCOMPARE(error.name(), u"EINVAL"_s);
    QCOMPARE(error.systemText(), u"refused before the call"_s);
    QCOMPARE(error.explanation(), u"The port 70000 is out of range."_s);
    QCOMPARE(error.hint(), u"Use 0-65535."_s);
    QVERIFY(error.toString().contains(u"refused before the call"_s));
    QVERIFY(!error.wouldBlock());
    error.setHint(u"Something else."_s);
    QCOMPARE(error.hint(), u"Something else."_s);
    QVERIFY(!(error == SocketError::fromErrno(EINVAL)));
}

QTEST_GUILESS_MAIN(TestSocketError)
#include "tst_socketerror.moc"
