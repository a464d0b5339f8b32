#include "core/record/transcript.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cerrno>

#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

class TestTranscript final : public QObject
{
    Q_OBJECT

private slots:
    void renders_data();
    void renders();
    void promptsPerSideAndWaiting();
    void cancelledWait();
    void timedOutWait();
    void jsonLine();
    void capKeepsCount();
    void bytesCapKeepsNewest();
    void countsPerSide();
    void runRecordedCallByCall();
    void scriptsAreValidPython();
};

namespace {

CallEvent makeEvent(CallEvent::Side side, const QString &object, CallEvent::Call call, int fd)
{
    CallEvent e;
    e.sequence = 1;
    e.time = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    e.side = side;
    e.object = object;
    e.call = call;
    e.fd = fd;
    return e;
}

const QByteArray lessonMessage
    = u"This is a fancy message, containing über-important information"_s.toUtf8();

} // namespace

void TestTranscript::renders_data()
{
    QTest::addColumn<CallEvent>("event");
    QTest::addColumn<QString>("ipython");
    QTest::addColumn<QString>("c");

    CallEvent e = makeEvent(CallEvent::Side::Server, u"server"_s, CallEvent::Call::Socket, -1);
    e.family = AF_INET6;
    e.type = SOCK_STREAM;
    e.proto = IPPROTO_TCP;
    e.returned = 3;
    QTest::newRow("socket")
        << e
        << u"In [2]: server = socket.socket(socket.AF_INET6, socket.SOCK_STREAM, socket.IPPROTO_TCP)\n# server is fd 3"_s
        << u"socket(AF_INET6, SOCK_STREAM, IPPROTO_TCP) → 3"_s;
    e.object = u"udp"_s;
    e.family = AF_INET;
    e.type = SOCK_DGRAM;
    e.proto = 0;
    e.returned = 7;
    QTest::newRow("socket proto 0")
        << e << u"In [2]: udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n# udp is fd 7"_s
        << u"socket(AF_INET, SOCK_DGRAM, 0) → 7"_s;

    e = makeEvent(CallEvent::Side::Server, u"server"_s, CallEvent::Call::Bind, 3);
    e.address = Endpoint::inet(u"127.0.0.1"_s, 5000);
    QTest::newRow("bind")
        << e << u"In [2]: server.bind(('127.0.0.1', 5000))"_s
        << u"bind(3, (struct sockaddr *)&addr, sizeof addr) → 0  // 127.0.0.1:5000"_s;
    e.error = SocketError::fromErrno(EADDRINUSE, u"bind");
    QTest::newRow("bind EADDRINUSE")
        << e
        << u"In [2]: server.bind(('127.0.0.1', 5000))\nOSError: [Errno 98] Address already in use"_s
        << u"bind(3, (struct sockaddr *)&addr, sizeof addr) → -1 EADDRINUSE (Address already in use)  // 127.0.0.1:5000"_s;
    e = makeEvent(CallEvent::Side::Server, u"server"_s, CallEvent::Call::Bind, 3);
    e.address = Endpoint::inet6(u"::1"_s, 5000);
    QTest::newRow("bind IPv6")
        << e << u"In [2]: server.bind(('::1', 5000, 0, 0))"_s
        << u"bind(3, (struct sockaddr *)&addr, sizeof addr) → 0  // [::1]:5000"_s;

    e = makeEvent(CallEvent::Side::Server, u"server"_s, CallEvent::Call::Listen, 3);
    e.backlog = 1;
    QTest::newRow("listen") << e << u"In [2]: server.listen(1)"_s << u"listen(3, 1) → 0"_s;

    e = makeEvent(CallEvent::Side::Server, u"server"_s, CallEvent::Call::Accept, 3);
    e.returned = 4;
    e.address = Endpoint::inet(u"127.0.0.1"_s, 55971);
    e.acceptedObject = u"conn"_s;
    QTest::newRow("accept")
        << e
        << u"In [2]: conn, addr = server.accept()\n# conn is fd 4, addr = ('127.0.0.1', 55971)"_s
        << u"accept(3, (struct sockaddr *)&peer, &peerlen) → 4  // peer 127.0.0.1:55971"_s;
    e.acceptedObject = u"conn2"_s;
    e.returned = 5;
    QTest::newRow("accept second")
        << e
        << u"In [2]: conn2, addr2 = server.accept()\n# conn2 is fd 5, addr2 = ('127.0.0.1', 55971)"_s
        << u"accept(3, (struct sockaddr *)&peer, &peerlen) → 5  // peer 127.0.0.1:55971"_s;

    e = makeEvent(CallEvent::Side::Client, u"client"_s, CallEvent::Call::Connect, 3);
    e.address = Endpoint::inet(u"127.0.0.1"_s, 5000);
    QTest::newRow("connect")
        << e << u"In [2]: client.connect(('127.0.0.1', 5000))"_s
        << u"connect(3, (struct sockaddr *)&addr, sizeof addr) → 0  // 127.0.0.1:5000"_s;
    e.phase = CallEvent::Phase::Waiting;
    QTest::newRow("connect waiting")
        << e << u"In [2]: client.connect(('127.0.0.1', 5000))"_s
        << u"connect(3, (struct sockaddr *)&addr, sizeof addr) → -1 EINPROGRESS  // handshake under way; wait for POLLOUT"_s;
    e.phase = CallEvent::Phase::Done;
    e.error = SocketError::fromErrno(ECONNREFUSED, u"connect");
    QTest::newRow("connect refused")
        << e
        << u"In [2]: client.connect(('127.0.0.1', 5000))\nConnectionRefusedError: [Errno 111] Connection refused"_s
        << u"connect(3, (struct sockaddr *)&addr, sizeof addr) → -1 ECONNREFUSED (Connection refused)  // 127.0.0.1:5000"_s;

    e = makeEvent(CallEvent::Side::Client, u"client"_s, CallEvent::Call::Sendall, 3);
    e.data = lessonMessage;
    e.returned = lessonMessage.size();
    QTest::newRow("sendall")
        << e
        << u"In [2]: client.sendall(b'This is a fancy message, containing \\xc3\\xbcber-important information')"_s
        << u"send(3, buf + sent, 63 - sent, MSG_NOSIGNAL) → 63 of 63 bytes, in a loop"_s;
    e.data = QByteArray(20000, 'x');
    e.returned = 20000;
    QTest::newRow("sendall one byte repeated")
        << e << u"In [2]: client.sendall(b'x' * 20000)"_s
        << u"send(3, buf + sent, 20000 - sent, MSG_NOSIGNAL) → 20,000 of 20000 bytes, in a loop"_s;
    e.data = "request!";
    e.returned = 0;
    e.error = SocketError::fromErrno(EPIPE, u"send");
    QTest::newRow("sendall EPIPE")
        << e << u"In [2]: client.sendall(b'request!')\nBrokenPipeError: [Errno 32] Broken pipe"_s
        << u"send(3, buf + sent, 8 - sent, MSG_NOSIGNAL) → -1 EPIPE (Broken pipe)  // 0 of 8 bytes went before the error"_s;

    e = makeEvent(CallEvent::Side::Client, u"client"_s, CallEvent::Call::Send, 3);
    e.data = "Hi";
    e.returned = 2;
    QTest::newRow("send") << e << u"In [2]: client.send(b'Hi')\nOut[2]: 2"_s
                          << u"send(3, buf, 2, MSG_NOSIGNAL) → 2"_s;

    e = makeEvent(CallEvent::Side::Server, u"conn"_s, CallEvent::Call::Recv, 4);
    e.bufsize = 8;
    e.data = "This is ";
    e.returned = 8;
    QTest::newRow("recv") << e << u"In [2]: conn.recv(8)\nOut[2]: b'This is '"_s
                          << u"recv(4, buf, 8, 0) → 8"_s;
    e.data = QByteArray("\x1b[31mRED\x1b[0m\r");
    e.bufsize = 16;
    QTest::newRow("recv control bytes")
        << e << u"In [2]: conn.recv(16)\nOut[2]: b'\\x1b[31mRED\\x1b[0m\\r'"_s
        << u"recv(4, buf, 16, 0) → 13"_s;
    e.bufsize = 8;
    e.data.clear();
    e.returned = 0;
    QTest::newRow("recv EOF")
        << e
        << u"In [2]: conn.recv(8)\nOut[2]: b''\n# recv returned 0 bytes: the peer closed its side"_s
        << u"recv(4, buf, 8, 0) → 0  // end of stream: the peer closed its side"_s;
    e.error = SocketError::fromErrno(ECONNRESET, u"recv");
    QTest::newRow("recv ECONNRESET")
        << e
        << u"In [2]: conn.recv(8)\nConnectionResetError: [Errno 104] Connection reset by peer"_s
        << u"recv(4, buf, 8, 0) → -1 ECONNRESET (Connection reset by peer)"_s;
    e.error = {};
    e.phase = CallEvent::Phase::Waiting;
    QTest::newRow("recv waiting")
        << e << u"In [2]: conn.recv(8)"_s
        << u"recv(4, buf, 8, 0) → -1 EAGAIN  // nothing ready yet; wait for POLLIN"_s;

    e = makeEvent(CallEvent::Side::Client, u"udp"_s, CallEvent::Call::Recvfrom, 7);
    e.bufsize = 4;
    e.data = "ping";
    e.truncatedBytes = 6;
    e.address = Endpoint::inet(u"127.0.0.1"_s, 5999);
    QTest::newRow("recvfrom truncated")
        << e
        << u"In [2]: udp.recvfrom(4)\nOut[2]: (b'ping', ('127.0.0.1', 5999))\n# the datagram was cut: 6 byte(s) lost"_s
        << u"recvfrom(7, buf, 4, MSG_TRUNC, (struct sockaddr *)&src, &srclen) → 10  // 127.0.0.1:5999; only 4 fit in buf, 6 lost"_s;

    e = makeEvent(CallEvent::Side::Client, u"udp"_s, CallEvent::Call::Sendto, 7);
    e.data = "ping";
    e.returned = 4;
    e.address = Endpoint::inet(u"127.0.0.1"_s, 5999);
    QTest::newRow("sendto")
        << e << u"In [2]: udp.sendto(b'ping', ('127.0.0.1', 5999))\nOut[2]: 4"_s
        << u"sendto(7, buf, 4, MSG_NOSIGNAL, (struct sockaddr *)&addr, sizeof addr) → 4  // 127.0.0.1:5999"_s;

    e = makeEvent(CallEvent::Side::Client, u"client"_s, CallEvent::Call::Shutdown, 3);
    e.how = SHUT_WR;
    QTest::newRow("shutdown") << e << u"In [2]: client.shutdown(socket.SHUT_WR)"_s
                              << u"shutdown(3, SHUT_WR) → 0"_s;

    e = makeEvent(CallEvent::Side::Server, u"conn"_s, CallEvent::Call::Close, 4);
    QTest::newRow("close") << e << u"In [2]: conn.close()"_s << u"close(4) → 0"_s;

    e = makeEvent(CallEvent::Side::Server, u"server"_s, CallEvent::Call::Setsockopt, 3);
    e.option = u"SO_REUSEADDR"_s;
    e.optionValue = 1;
    QTest::newRow("setsockopt")
        << e << u"In [2]: server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)"_s
        << u"setsockopt(3, SOL_SOCKET, SO_REUSEADDR, &value, sizeof value) → 0  // value = 1"_s;
    e.option = u"IPV6_V6ONLY"_s;
    e.optionValue = 0;
    QTest::newRow("setsockopt v6only")
        << e << u"In [2]: server.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)"_s
        << u"setsockopt(3, IPPROTO_IPV6, IPV6_V6ONLY, &value, sizeof value) → 0  // value = 0"_s;

    e = makeEvent(CallEvent::Side::Client, QString(), CallEvent::Call::Getaddrinfo, -1);
    e.host = u"::1"_s;
    e.service = u"http"_s;
    e.resultRepr
        = u"[(<AddressFamily.AF_INET6: 10>, <SocketKind.SOCK_STREAM: 1>, 6, '', ('::1', 80, 0, 0))]"_s;
    QTest::newRow("getaddrinfo")
        << e
        << u"In [2]: socket.getaddrinfo('::1', 'http')\nOut[2]: [(<AddressFamily.AF_INET6: 10>, <SocketKind.SOCK_STREAM: 1>, 6, '', ('::1', 80, 0, 0))]"_s
        << u"getaddrinfo(\"::1\", \"http\", &hints, &res) → 0"_s;
    e.host = u"127.0.0.1"_s;
    e.service = u"5000"_s;
    e.type = SOCK_STREAM;
    e.resultRepr
        = u"[(<AddressFamily.AF_INET: 2>, <SocketKind.SOCK_RAW: 3>, 0, 'x', ('127.0.0.1', 5002))]"_s;
    QTest::newRow("getaddrinfo hints")
        << e
        << u"In [2]: socket.getaddrinfo('127.0.0.1', 5000, type=socket.SOCK_STREAM)\nOut[2]: [(<AddressFamily.AF_INET: 2>, <SocketKind.SOCK_RAW: 3>, 0, 'x', ('127.0.0.1', 5002))]"_s
        << u"getaddrinfo(\"127.0.0.1\", \"5000\", &hints, &res) → 0"_s;
    e.service = u"nosuchservice"_s;
    e.type = 0;
    e.resultRepr.clear();
    e.error = SocketError::fromGai(EAI_SERVICE);
    QTest::newRow("getaddrinfo EAI_SERVICE")
        << e
        << u"In [2]: socket.getaddrinfo('127.0.0.1', 'nosuchservice')\nsocket.gaierror: [Errno -8] Servname not supported for ai_socktype"_s
        << u"getaddrinfo(\"127.0.0.1\", \"nosuchservice\", &hints, &res) → EAI_SERVICE (Servname not supported for ai_socktype)"_s;
}

void TestTranscript::renders()
{
    QFETCH(CallEvent, event);
    QFETCH(QString, ipython);
    QFETCH(QString, c);

    Transcript::Entry entry;
    entry.event = event;
    entry.prompt = 2;
    QCOMPARE(Transcript::ipythonBlock(entry), ipython);
    QCOMPARE(Transcript::cCall(event), c);
    // Every event also makes one valid JSON object on one line.
    const QString json = Transcript::jsonLine(event);
    QVERIFY(!json.contains(u'\n'));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(u"call"_s).toString(), CallEvent::callName(event.call));
}

// Each side numbers its own prompts; a waiting call keeps its number and its
// outcome appears without a second In line.
void TestTranscript::promptsPerSideAndWaiting()
{
    Transcript transcript;
    QSignalSpy recorded(&transcript, &Transcript::recorded);

    CallEvent accept = makeEvent(CallEvent::Side::Server, u"server"_s, CallEvent::Call::Accept, 3);
    accept.phase = CallEvent::Phase::Waiting;
    transcript.record(accept);
    CallEvent connect
        = makeEvent(CallEvent::Side::Client, u"client"_s, CallEvent::Call::Connect, 3);
    connect.address = Endpoint::inet(u"127.0.0.1"_s, 5000);
    transcript.record(connect);
    accept.phase = CallEvent::Phase::Done;
    accept.returned = 4;
    accept.acceptedObject = u"conn"_s;
    accept.address = Endpoint::inet(u"127.0.0.1"_s, 40000);
    transcript.record(accept);
    CallEvent recv = makeEvent(CallEvent::Side::Server, u"conn"_s, CallEvent::Call::Recv, 4);
    recv.bufsize = 8;
    recv.data = "This is ";
    transcript.record(recv);

    QCOMPARE(recorded.size(), 4);
    QCOMPARE(transcript.entryCount(), 4);
    QCOMPARE(transcript.entry(0).prompt, 2);
    QCOMPARE(transcript.entry(0).peerName, u"conn"_s);
    QCOMPARE(transcript.entry(1).prompt, 2);
    QCOMPARE(transcript.entry(2).prompt, 2);
    QVERIFY(transcript.entry(2).afterWaiting);
    QCOMPARE(transcript.entry(3).prompt, 3);
    QCOMPARE(Transcript::ipythonBlock(transcript.entry(2)),
        u"# conn is fd 4, addr = ('127.0.0.1', 40000)"_s);
    QCOMPARE(transcript.ipythonText(CallEvent::Side::Server),
        u"In [1]: import socket\n"
        "In [2]: conn, addr = server.accept()\n"
        "# conn is fd 4, addr = ('127.0.0.1', 40000)\n"
        "In [3]: conn.recv(8)\n"
        "Out[3]: b'This is '\n"_s);
    QCOMPARE(transcript.ipythonText(CallEvent::Side::Client),
        u"In [1]: import socket\nIn [2]: client.connect(('127.0.0.1', 5000))\n"_s);
    QCOMPARE(transcript.cText(CallEvent::Side::Server),
        u"accept(3, (struct sockaddr *)&peer, &peerlen) → -1 EAGAIN  // nothing ready yet; wait "
        u"for POLLIN\n"
        "accept(3, (struct sockaddr *)&peer, &peerlen) → 4  // peer 127.0.0.1:40000\n"
        "recv(4, buf, 8, 0) → 8\n"_s);
    // The second accept on the same listening socket is predicted as conn2.
    accept.phase = CallEvent::Phase::Waiting;
    accept.acceptedObject.clear();
    accept.returned = 0;
    transcript.record(accept);
    QCOMPARE(transcript.entry(4).peerName, u"conn2"_s);
    QCOMPARE(
        Transcript::ipythonBlock(transcript.entry(4)), u"In [4]: conn2, addr2 = server.accept()"_s);
}

void TestTranscript::cancelledWait()
{
    Transcript transcript;
    CallEvent recv = makeEvent(CallEvent::Side::Server, u"conn"_s, CallEvent::Call::Recv, 4);
    recv.bufsize = 8;
    recv.phase = CallEvent::Phase::Waiting;
    transcript.record(recv);
    recv.phase = CallEvent::Phase::Cancelled;
    transcript.record(recv);
    QCOMPARE(transcript.entry(1).prompt, 2);
    QVERIFY(Transcript::ipythonBlock(transcript.entry(1)).startsWith(u"KeyboardInterrupt"_s));
    QVERIFY(Transcript::cCall(recv, true).startsWith(u"// recv(): stopped waiting"_s));
    QVERIFY(transcript.pythonScript(CallEvent::Side::Server)
                .contains(u"# cancelled while waiting: conn.recv(8)"_s));
}

void TestTranscript::timedOutWait()
{
    // A connect given up by the socket's timeout (settimeout) raises in Python.
    CallEvent connect
        = makeEvent(CallEvent::Side::Client, u"crowd3"_s, CallEvent::Call::Connect, 5);
    connect.phase = CallEvent::Phase::Cancelled;
    connect.timedOut = true;
    QCOMPARE(Transcript::pythonResult(connect), u"TimeoutError: timed out"_s);
    connect.timedOut = false;
    QVERIFY(Transcript::pythonResult(connect).startsWith(u"KeyboardInterrupt"_s));
}

void TestTranscript::jsonLine()
{
    CallEvent e = makeEvent(CallEvent::Side::Server, u"conn"_s, CallEvent::Call::Recv, 4);
    e.sequence = 42;
    e.bufsize = 16;
    e.data = QByteArray("test\0test", 9);
    e.returned = 9;
    const QJsonObject o = QJsonDocument::fromJson(Transcript::jsonLine(e).toUtf8()).object();
    QCOMPARE(o.value(u"seq"_s).toInteger(), 42);
    QCOMPARE(o.value(u"side"_s).toString(), u"server"_s);
    QCOMPARE(o.value(u"object"_s).toString(), u"conn"_s);
    QCOMPARE(o.value(u"phase"_s).toString(), u"done"_s);
    QCOMPARE(o.value(u"fd"_s).toInt(), 4);
    QCOMPARE(o.value(u"asked"_s).toInt(), 16);
    QCOMPARE(o.value(u"returned"_s).toInt(), 9);
    QCOMPARE(o.value(u"time"_s).toString(), u"2026-11-30T09:00:00.000Z"_s);
    const QJsonObject data = o.value(u"data"_s).toObject();
    QCOMPARE(data.value(u"length"_s).toInt(), 9);
    QCOMPARE(data.value(u"hex"_s).toString(), u"746573740074657374"_s);
    QCOMPARE(data.value(u"text"_s).toString(), u"test\\x00test"_s);

    e.error = SocketError::fromErrno(ECONNRESET, u"recv");
    const QJsonObject failed = QJsonDocument::fromJson(Transcript::jsonLine(e).toUtf8()).object();
    QCOMPARE(failed.value(u"error"_s).toObject().value(u"name"_s).toString(), u"ECONNRESET"_s);
    QCOMPARE(failed.value(u"error"_s).toObject().value(u"code"_s).toInt(), ECONNRESET);
    QVERIFY(!failed.contains(u"returned"_s));

    // Constants by name where the platform has one; getaddrinfo's hint 0 ("any type") as a number.
    CallEvent lookup
        = makeEvent(CallEvent::Side::Client, u"socket"_s, CallEvent::Call::Getaddrinfo, -1);
    lookup.family = AF_INET6;
    lookup.type = 0;
    lookup.host = u"localhost"_s;
    lookup.service = u"http"_s;
    const QJsonObject hints
        = QJsonDocument::fromJson(Transcript::jsonLine(lookup).toUtf8()).object();
    QCOMPARE(hints.value(u"family"_s).toString(), u"AF_INET6"_s);
    QVERIFY(hints.value(u"type"_s).isDouble());
    QCOMPARE(hints.value(u"type"_s).toInt(), 0);
    lookup.type = SOCK_DGRAM;
    QCOMPARE(QJsonDocument::fromJson(Transcript::jsonLine(lookup).toUtf8())
                 .object()
                 .value(u"type"_s)
                 .toString(),
        u"SOCK_DGRAM"_s);
}

void TestTranscript::capKeepsCount()
{
    Transcript transcript;
    transcript.setMaxEvents(100);
    CallEvent recv = makeEvent(CallEvent::Side::Server, u"conn"_s, CallEvent::Call::Recv, 4);
    recv.bufsize = 8;
    recv.data = "12345678";
    for (int i = 1; i <= 10000; ++i) {
        recv.sequence = i;
        transcript.record(recv);
    }
    QCOMPARE(transcript.recordedCount(), 10000);
    QCOMPARE(transcript.entryCount(), 100);
    QCOMPARE(transcript.droppedCount(), 9900);
    QCOMPARE(transcript.entry(99).prompt, 10001);
    QVERIFY(transcript.findEntry(10000));
    QVERIFY(!transcript.findEntry(5));
    QCOMPARE(transcript.findEntry(9950)->event.sequence, 9950);
    QVERIFY(transcript.ipythonText(CallEvent::Side::Server)
                .contains(QLocale().toString(9900))); // 9,900
    transcript.clear();
    QCOMPARE(transcript.recordedCount(), 0);
    QCOMPARE(transcript.entryCount(), 0);
}

// Bounded in bytes, not only in events: 64 KiB calls fill DefaultMaxBytes
// long before DefaultMaxEvents; the newest stay, the counts stay exact.
void TestTranscript::bytesCapKeepsNewest()
{
    Transcript transcript;
    QCOMPARE(transcript.maxBytes(), Transcript::DefaultMaxBytes);
    CallEvent recv = makeEvent(CallEvent::Side::Server, u"conn"_s, CallEvent::Call::Recv, 4);
    recv.bufsize = 65536;
    for (int i = 1; i <= 1000; ++i) {
        recv.sequence = i;
        recv.data = QByteArray(65536, char('a' + i % 26)); // its own buffer, as recv's are
        transcript.record(recv);
    }
    QCOMPARE(transcript.recordedCount(), 1000);
    QVERIFY(transcript.keptBytes() <= transcript.maxBytes());
    const qint64 perEntry = Transcript::entryBytes(recv);
    QCOMPARE(transcript.entryCount(), int(Transcript::DefaultMaxBytes / perEntry));
    QCOMPARE(transcript.entry(transcript.entryCount() - 1).event.sequence, 1000);
    QCOMPARE(transcript.droppedCount(), 1000 - transcript.entryCount());

    // A run of 64 calls of 64 KiB: only its newest calls that fit become entries.
    CallEvent run = recv;
    run.sequence = 1001;
    run.data = QByteArray(64 * 65536, 'r');
    run.chunkSizes = QList<qint32>(64, 65536);
    transcript.record(run);
    QCOMPARE(transcript.recordedCount(), 1064);
    QVERIFY(transcript.keptBytes() <= transcript.maxBytes());
    QCOMPARE(transcript.entry(transcript.entryCount() - 1).event.sequence, 1064);
    QCOMPARE(transcript.entry(transcript.entryCount() - 1).prompt, 1065);

    // Lowering the cap drops the oldest at once; one entry is always kept,
    // even when it alone is bigger.
    transcript.setMaxBytes(1);
    QCOMPARE(transcript.entryCount(), 1);
    QCOMPARE(transcript.entry(0).event.sequence, 1064);
    QCOMPARE(transcript.keptBytes(), perEntry);
    transcript.clear();
    QCOMPARE(transcript.keptBytes(), 0);
}

// recordedCount(side): each side's calls, exact, runs counted call by call.
void TestTranscript::countsPerSide()
{
    Transcript transcript;
    transcript.setMaxEvents(10);
    CallEvent recv = makeEvent(CallEvent::Side::Server, u"conn"_s, CallEvent::Call::Recv, 4);
    recv.bufsize = 8;
    recv.data = "12345678";
    for (int i = 1; i <= 50; ++i) {
        recv.sequence = i;
        transcript.record(recv);
    }
    CallEvent run = makeEvent(CallEvent::Side::Client, u"client"_s, CallEvent::Call::Recv, 3);
    run.sequence = 51;
    run.bufsize = 4;
    run.data = "abcdefgh";
    run.chunkSizes = {4, 4};
    transcript.record(run);
    QCOMPARE(transcript.recordedCount(CallEvent::Side::Server), 50);
    QCOMPARE(transcript.recordedCount(CallEvent::Side::Client), 2);
    QCOMPARE(Transcript().recordedCount(CallEvent::Side::Server), 0); // none yet
    QCOMPARE(transcript.recordedCount(), 52);
}

// A recv run (LiveSocket::recvRun) becomes one entry per call, prompts and
// counts as if each call had come alone; only the kept calls are entries.
void TestTranscript::runRecordedCallByCall()
{
    CallEvent run = makeEvent(CallEvent::Side::Server, u"conn"_s, CallEvent::Call::Recv, 4);
    run.sequence = 40;
    run.bufsize = 8;
    run.data = "abcdefghijklmnopqrstuvwxyz";
    run.chunkSizes = {8, 8, 8, 2};
    run.returned = run.data.size();

    Transcript alone;
    run.forEachCall(0, [&alone](const CallEvent &one) { alone.record(one); });
    Transcript together;
    together.record(run);
    QCOMPARE(together.recordedCount(), 4);
    QCOMPARE(together.entryCount(), 4);
    QCOMPARE(
        together.ipythonText(CallEvent::Side::Server), alone.ipythonText(CallEvent::Side::Server));
    QCOMPARE(together.cText(CallEvent::Side::Server), alone.cText(CallEvent::Side::Server));
    QCOMPARE(together.entry(3).prompt, 5);
    QCOMPARE(together.entry(3).event.sequence, 43);
    QCOMPARE(together.entry(3).event.data, QByteArray("yz"));
    QVERIFY(together.ipythonText(CallEvent::Side::Server).contains(u"b'yz'"_s));

    // Over the cap: the prompts still count every call.
    Transcript capped;
    capped.setMaxEvents(3);
    capped.record(run);
    capped.record(run);
    QCOMPARE(capped.recordedCount(), 8);
    QCOMPARE(capped.entryCount(), 3);
    QCOMPARE(capped.entry(0).prompt, 7);
    QCOMPARE(capped.entry(2).prompt, 9);
    QCOMPARE(capped.entry(0).event.data, QByteArray("ijklmnop"));
}

// The scripts of a whole exchange, errors included, parse as Python 3.
void TestTranscript::scriptsAreValidPython()
{
    Transcript transcript;
    CallEvent e = makeEvent(CallEvent::Side::Server, u"server"_s, CallEvent::Call::Socket, -1);
    e.family = AF_INET;
    e.type = SOCK_STREAM;
    e.returned = 3;
    transcript.record(e);
    e = makeEvent(CallEvent::Side::Server, u"server"_s, CallEvent::Call::Bind, 3);
    e.address = Endpoint::inet(u"127.0.0.1"_s, 5000);
    e.error = SocketError::fromErrno(EADDRINUSE, u"bind");
    transcript.record(e);
    e.error = {};
    e.address = Endpoint::inet(u"127.0.0.1"_s, 5001);
    transcript.record(e);
    e = makeEvent(CallEvent::Side::Server, u"server"_s, CallEvent::Call::Listen, 3);
    e.backlog = 1;
    transcript.record(e);
    e = makeEvent(CallEvent::Side::Server, u"server"_s, CallEvent::Call::Accept, 3);
    e.phase = CallEvent::Phase::Waiting;
    transcript.record(e);
    e.phase = CallEvent::Phase::Done;
    e.acceptedObject = u"conn"_s;
    e.returned = 4;
    transcript.record(e);
    e = makeEvent(CallEvent::Side::Server, u"conn"_s, CallEvent::Call::Recv, 4);
    e.bufsize = 8;
    e.data = QByteArray("it's \"\x00\xc3", 9);
    transcript.record(e);
    e = makeEvent(CallEvent::Side::Server, u"conn"_s, CallEvent::Call::Sendall, 4);
    e.data = QByteArray(5000, 'x');
    e.data[4999] = 'y';
    e.returned = 5000;
    transcript.record(e);
    e.data = QByteArray(6000, 'z');
    e.returned = 6000;
    transcript.record(e);
    e = makeEvent(CallEvent::Side::Client, u"infos"_s, CallEvent::Call::Getaddrinfo, -1);
    e.host = u"127.0.0.1"_s;
    e.service = u"5001"_s;
    e.error = SocketError::fromGai(EAI_SERVICE);
    transcript.record(e);

    const QString server = transcript.pythonScript(CallEvent::Side::Server);
    QVERIFY(server.contains(u"\nimport socket\n"_s));
    QVERIFY(server.contains(u"server.bind(('127.0.0.1', 5001))\n"_s));
    QVERIFY(server.contains(u"except OSError as error:  # EADDRINUSE"_s));
    QVERIFY(server.contains(
        QString(u"b'"_s + QString(4999, u'x') + u"y'"_s))); // full data in the script
    QVERIFY(
        server.contains(u"conn.sendall(b'z' * 6000)"_s)); // one byte repeated, as Python builds it
    QCOMPARE(server.count(u"server.accept()"_s), 1);

    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    for (const QString &script : {server, transcript.pythonScript(CallEvent::Side::Client)}) {
        QProcess check;
        check.start(python, {u"-c"_s, u"import ast, sys; ast.parse(sys.stdin.read())"_s});
        QVERIFY(check.waitForStarted());
        check.write(script.toUtf8());
        check.closeWriteChannel();
        QVERIFY(check.waitForFinished());
        QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
    }
}

QTEST_GUILESS_MAIN(TestTranscript)
#include "tst_transcript.moc"
