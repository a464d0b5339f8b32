// CallEvent::after, the socket as each call left it, checked on real
// loopback sockets against what the kernel says right after the call
// (getsockname, getpeername, TCP_INFO, FIONREAD): bind, listen, connect,
// accept, send, recv (one call and a run), shutdown and close.
#include "core/net/livesocket.h"
#include "core/net/resolver.h"
#include "endpointprinter.h"

#include <QSignalSpy>
#include <QTest>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 5000;
using Call = CallEvent::Call;
using Phase = CallEvent::Phase;
using Lifecycle::State;
using Tcp = TcpInfo::State;

// Every event a socket (and the connections it accepts) records, in order.
class Recorder final : public QObject
{
public:
    void watch(LiveSocket *socket)
    {
        connect(socket, &LiveSocket::callRecorded, this,
            [this](const CallEvent &event) { events.append(event); });
        connect(socket, &LiveSocket::accepted, this,
            [this](LiveSocket *conn, const Endpoint &) { watch(conn); });
    }
    // The newest event of `call` in `phase` made on `object`; a default event when none.
    CallEvent last(const QString &object, Call call, Phase phase = Phase::Done) const
    {
        for (auto it = events.crbegin(); it != events.crend(); ++it) {
            if (it->object == object && it->call == call && it->phase == phase)
                return *it;
        }
        return {};
    }
    QList<CallEvent> events;
};

} // namespace

class TestCallSnapshot final : public QObject
{
    Q_OBJECT

private slots:
    void streamCalls();
    void recvRunTakesOneSnapshot();
    void resolverEventsHaveNone();
    void firstSendtoBinds();
};

void TestCallSnapshot::streamCalls()
{
    Recorder recorder;
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    recorder.watch(&server);
    recorder.watch(&client);

    // socket(): open, nothing named yet; a fresh TCP socket is in CLOSE.
    QVERIFY(!server.open(AF_INET, SOCK_STREAM, 0));
    CallEvent e = recorder.last(u"server"_s, Call::Socket);
    QVERIFY(e.after.taken);
    QCOMPARE(e.after.lifecycle, State::Created);
    QCOMPARE(e.after.tcpState, Tcp::Closed);
    QVERIFY(!e.after.raddr.isValid());

    // bind(): laddr is the kernel's name (the port it chose for 0).
    QVERIFY(!server.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
    e = recorder.last(u"server"_s, Call::Bind);
    QCOMPARE(e.after.lifecycle, State::Bound);
    QCOMPARE(e.after.laddr, server.laddr());
    QVERIFY(e.after.laddr.port() != 0);
    QVERIFY(!e.after.raddr.isValid());
    QCOMPARE(e.after.tcpState, Tcp::Closed);
    const Endpoint serverAddress = server.laddr();

    // listen(): LISTEN; FIONREAD says nothing on a listening socket.
    QVERIFY(!server.listen(4));
    e = recorder.last(u"server"_s, Call::Listen);
    QCOMPARE(e.after.lifecycle, State::Listening);
    QCOMPARE(e.after.tcpState, Tcp::Listen);
    QCOMPARE(e.after.tcpState, server.tcpInfo().state);
    QCOMPARE(e.after.laddr, serverAddress);

    // accept() waits: the listener as it was when the wait began.
    QVERIFY(!server.accept());
    e = recorder.last(u"server"_s, Call::Accept, Phase::Waiting);
    QVERIFY(e.after.taken);
    QCOMPARE(e.after.lifecycle, State::Listening);

    // connect(): raddr is the server's address, the handshake done.
    QSignalSpy accepted(&server, &LiveSocket::accepted);
    QVERIFY(!client.open(AF_INET, SOCK_STREAM, 0));
    QVERIFY(!client.connect(serverAddress));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Connected, waitMs);
    e = recorder.last(u"client"_s, Call::Connect);
    QCOMPARE(e.after.lifecycle, State::Connected);
    QCOMPARE(e.after.raddr, serverAddress);
    QCOMPARE(e.after.laddr, client.laddr());
    QCOMPARE(e.after.tcpState, Tcp::Established);
    QCOMPARE(e.after.bytesWaiting, 0);

    // accept() returns: the listener's snapshot, the peer in the event.
    QVERIFY(accepted.count() == 1 || accepted.wait(waitMs));
    auto *conn = accepted.first().first().value<LiveSocket *>();
    e = recorder.last(u"server"_s, Call::Accept);
    QCOMPARE(e.address, client.laddr());
    QCOMPARE(e.after.lifecycle, State::Listening);
    QCOMPARE(e.after.tcpState, Tcp::Listen);
    QCOMPARE(e.after.laddr, serverAddress);
    QCOMPARE(conn->raddr(), client.laddr());

    // send(): the sender's view; the bytes then wait on the receiver.
    const IoResult sent = client.send("Hello, world");
    QVERIFY(!sent.error);
    QCOMPARE(sent.bytes, 12);
    e = recorder.last(u"client"_s, Call::Send);
    QCOMPARE(e.after.tcpState, Tcp::Established);
    QCOMPARE(e.after.raddr, serverAddress);
    QCOMPARE(e.after.bytesWaiting, 0);
    QTRY_COMPARE_WITH_TIMEOUT(conn->bytesWaiting(), qint64(12), waitMs);

    // recv(5): 7 of the 12 bytes still wait, as FIONREAD says now.
    QVERIFY(!conn->recv(5));
    e = recorder.last(u"conn"_s, Call::Recv);
    QCOMPARE(e.data, QByteArray("Hello"));
    QCOMPARE(e.after.bytesWaiting, 7);
    QCOMPARE(e.after.bytesWaiting, conn->bytesWaiting());
    QCOMPARE(e.after.laddr, serverAddress);
    QCOMPARE(e.after.raddr, client.laddr());
    QCOMPARE(e.after.lifecycle, State::Connected);
    QCOMPARE(e.after.tcpState, Tcp::Established);

    // shutdown(SHUT_WR): our FIN went; the lifecycle does not change.
    QVERIFY(!client.shutdown(SHUT_WR));
    e = recorder.last(u"client"_s, Call::Shutdown);
    QCOMPARE(e.how, SHUT_WR);
    QVERIFY2(e.after.tcpState == Tcp::FinWait1 || e.after.tcpState == Tcp::FinWait2,
        qPrintable(TcpInfo::stateName(e.after.tcpState)));
    QCOMPARE(e.after.lifecycle, State::Connected);
    QTRY_COMPARE_WITH_TIMEOUT(conn->tcpInfo().state, Tcp::CloseWait, waitMs);

    // recv() of the rest, then the FIN: PeerClosed and CLOSE_WAIT.
    QVERIFY(!conn->recv(64));
    e = recorder.last(u"conn"_s, Call::Recv);
    QCOMPARE(e.data, QByteArray(", world"));
    QCOMPARE(e.after.bytesWaiting, 0);
    QVERIFY(!conn->recv(64));
    e = recorder.last(u"conn"_s, Call::Recv);
    QVERIFY(e.data.isEmpty());
    QCOMPARE(e.after.lifecycle, State::PeerClosed);
    QCOMPARE(e.after.tcpState, Tcp::CloseWait);
    QCOMPARE(e.after.tcpState, conn->tcpInfo().state);

    // close(): closed; no fd left to ask, so nothing else is known.
    QVERIFY(!conn->close());
    e = recorder.last(u"conn"_s, Call::Close);
    QCOMPARE(e.after.lifecycle, State::Closed);
    QVERIFY(!e.after.laddr.isValid());
    QVERIFY(!e.after.raddr.isValid());
    QCOMPARE(e.after.tcpState, Tcp::Unknown);
    QCOMPARE(e.after.bytesWaiting, -1);
    QVERIFY(!client.close());
    QCOMPARE(recorder.last(u"client"_s, Call::Close).after.lifecycle, State::Closed);
    QVERIFY(!server.close());
    QCOMPARE(recorder.last(u"server"_s, Call::Close).after.lifecycle, State::Closed);

    // Every event of a socket carries a snapshot.
    for (const CallEvent &event : std::as_const(recorder.events))
        QVERIFY2(event.after.taken, qPrintable(CallEvent::callName(event.call)));
}

// A run of recv calls is one event with one snapshot, taken after its last call.
void TestCallSnapshot::recvRunTakesOneSnapshot()
{
    Recorder recorder;
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    recorder.watch(&server);
    QSignalSpy accepted(&server, &LiveSocket::accepted);
    QVERIFY(!server.open(AF_INET, SOCK_STREAM, 0));
    QVERIFY(!server.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
    QVERIFY(!server.listen(1));
    QVERIFY(!server.accept());
    QVERIFY(!client.open(AF_INET, SOCK_STREAM, 0));
    QVERIFY(!client.connect(server.laddr()));
    QVERIFY(accepted.count() == 1 || accepted.wait(waitMs));
    auto *conn = accepted.first().first().value<LiveSocket *>();
    QVERIFY(!client.sendall("0123456789abcdefghij"));
    QTRY_COMPARE_WITH_TIMEOUT(conn->bytesWaiting(), qint64(20), waitMs);

    int calls = 0;
    const LiveSocket::RecvRun run
        = conn->recvRun(4, [&calls](QByteArrayView) { return ++calls < 3; });
    QCOMPARE(run.calls, 3);
    const CallEvent e = recorder.last(u"conn"_s, Call::Recv);
    QCOMPARE(e.chunkSizes, QList<qint32>({4, 4, 4}));
    QCOMPARE(e.after.bytesWaiting, 8);
    QCOMPARE(e.after.bytesWaiting, conn->bytesWaiting());
    QCOMPARE(e.after.lifecycle, State::Connected);
    QCOMPARE(e.after.tcpState, Tcp::Established);
    QCOMPARE(e.after.raddr, client.laddr());
}

// getaddrinfo is made on no socket: its events say they carry no snapshot.
void TestCallSnapshot::resolverEventsHaveNone()
{
    Resolver resolver;
    QSignalSpy events(&resolver, &Resolver::callRecorded);
    QSignalSpy resolved(&resolver, &Resolver::resolved);
    resolver.lookup(u"127.0.0.1"_s, u"5000"_s);
    QVERIFY(resolved.wait(waitMs));
    QCOMPARE(events.size(), 2); // Waiting, Done
    for (const QList<QVariant> &args : std::as_const(events)) {
        const auto e = args.first().value<CallEvent>();
        QCOMPARE(e.call, Call::Getaddrinfo);
        QVERIFY(!e.after.taken);
        QCOMPARE(e.after.bytesWaiting, -1);
    }
}

// Issue 12: after the first sendto on an unbound UDP socket the client still
// read "created" while the kernel had bound it to a port of its choosing.
void TestCallSnapshot::firstSendtoBinds()
{
    Recorder recorder;
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    recorder.watch(&client);
    QVERIFY(!server.open(AF_INET, SOCK_DGRAM, 0));
    QVERIFY(!server.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
    QVERIFY(!client.open(AF_INET, SOCK_DGRAM, 0));
    QCOMPARE(client.state(), State::Created);
    QCOMPARE(client.laddr().port(), 0);

    const IoResult sent = client.sendto("Hi", server.laddr());
    QVERIFY(!sent.error);
    QCOMPARE(sent.bytes, 2);
    const CallEvent e = recorder.last(u"client"_s, Call::Sendto);
    QCOMPARE(e.after.lifecycle, State::Bound);
    QCOMPARE(client.state(), State::Bound);
    QVERIFY(client.laddr().port() != 0); // the kernel's choice (getsockname)
    QCOMPARE(e.after.laddr, client.laddr());
}

QTEST_GUILESS_MAIN(TestCallSnapshot)
#include "tst_callsnapshot.moc"
