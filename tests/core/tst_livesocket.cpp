// LiveSocket on real loopback sockets: the lesson's exchange and the cases of
// shared/cases/socket-behaviours.md that need the event loop (S1-S4, S12, S13).
#include "core/net/livesocket.h"
#include "endpointprinter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <cerrno>
#include <ctime>

#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 5000;

// CPU time this process used so far, in milliseconds.
double processCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

// Small kernel buffers (setsockopt SO_SNDBUF / SO_RCVBUF), so that a sendall
// of a few MiB surely waits for the peer to read.
bool shrinkBuffers(const LiveSocket &socket)
{
    const int size = 32 * 1024;
    const int fd = socket.socket().fd();
    return ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &size, sizeof size) == 0
        && ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size) == 0;
}

// A pseudo-random payload, different per seed, so mixed-up bytes would show.
QByteArray pattern(qsizetype size, char seed)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 31 + (i >> 13) + seed) & 0xff);
    return data;
}

int openFdCount()
{
    return int(QDir(u"/proc/self/fd"_s)
                   .entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)
                   .size());
}

} // namespace

class TestLiveSocket final : public QObject
{
    Q_OBJECT

private:
    // A listening server on 127.0.0.1 (or ::1) port 0.
    bool listenOn(LiveSocket &server, int family, int backlog = 5);
    // Client connects to server, server accepts; returns the accepted conn.
    LiveSocket *connectPair(LiveSocket &server, LiveSocket &client);
    // recv(n) until EOF or error (bounded); each chunk as the kernel gave it.
    QList<QByteArray> recvUntilEof(LiveSocket &socket, qint64 n, SocketError *error = nullptr);
    // One recv(n), waiting for it when it pends.
    QByteArray recvOnce(LiveSocket &socket, qint64 n, SocketError *error);
    // A connected pair whose conn has `bytes` waiting to be received.
    LiveSocket *connWithBytes(
        LiveSocket &server, LiveSocket &client, int family, const QByteArray &bytes);

private slots:
    void pendingNames_data();
    void pendingNames();
    void isOpen_data();
    void isOpen();
    void isOpenFollowsTheFd();
    void lessonExchange();
    void s1StreamsHaveNoBoundaries();
    void s2OrderlyShutdownOnce();
    void s2PendingRecvSeesEof();
    void s3HalfClose();
    void s4ResetIsNotOrderly();
    void s12BacklogBeforeAccept();
    void s13NonBlockingConnectRefused();
    void s13NonBlockingConnectAccepted();
    void cancelAcceptAndRecv();
    void secondPendingCallRefused();
    void acceptedConnectionsAreNamed();
    void udpRecvfromTruncates();
    void receiveLoopFromSlotDoesNotRecurse();
    void closeFromOwnSignals();
    void sendallWaitsForRoom();
    void sendallFailsMidwayWithProgress();
    void udpReadableAndRefusal();
    void noFdLeakAfterManyCycles();
    // Reading and writing are independent directions.
    void sendWhileRecvPending();
    void bothSidesSendallWhileRecvPending();
    void secondRecvRefusedWhileRecvPending();
    void secondSendallRefusedWhileSendallPending();
    void closeCancelsBothPending();
    void cancelRecvLeavesSendallRunning();
    void cancelSendallFromItsProgressSlot();
    void recvRunReportsEveryCallOnce();
    void readableAtEachArrival();
    void recvRunStopsWhenAsked();
    void recvRunEndsWithEof();
    void recvRunSurvivesCloseFromMore();
};

bool TestLiveSocket::listenOn(LiveSocket &server, int family, int backlog)
{
    if (server.open(family, SOCK_STREAM, IPPROTO_TCP))
        return false;
    if (server.objectName() == u"small")
        shrinkBuffers(server); // inherited by the accepted connections
    const Endpoint any
        = family == AF_INET6 ? Endpoint::inet6(u"::1"_s, 0) : Endpoint::inet(u"127.0.0.1"_s, 0);
    if (server.bind(any))
        return false;
    return !server.listen(backlog);
}

LiveSocket *TestLiveSocket::connectPair(LiveSocket &server, LiveSocket &client)
{
    QSignalSpy acceptedSpy(&server, &LiveSocket::accepted);
    if (server.accept())
        return nullptr;
    if (client.open(server.laddr().family(), SOCK_STREAM, IPPROTO_TCP))
        return nullptr;
    if (client.connect(server.laddr()))
        return nullptr;
    if (!QTest::qWaitFor([&] { return client.state() == LiveSocket::State::Connected; }, waitMs))
        return nullptr;
    if (acceptedSpy.isEmpty() && !acceptedSpy.wait(waitMs))
        return nullptr;
    return acceptedSpy.first().first().value<LiveSocket *>();
}

LiveSocket *TestLiveSocket::connWithBytes(
    LiveSocket &server, LiveSocket &client, int family, const QByteArray &bytes)
{
    if (!listenOn(server, family))
        return nullptr;
    LiveSocket *conn = connectPair(server, client);
    if (!conn || client.send(bytes).bytes != bytes.size())
        return nullptr;
    const bool arrived
        = QTest::qWaitFor([&] { return conn->bytesWaiting() == bytes.size(); }, waitMs);
    return arrived ? conn : nullptr;
}

QByteArray TestLiveSocket::recvOnce(LiveSocket &socket, qint64 n, SocketError *error)
{
    QSignalSpy receivedSpy(&socket, &LiveSocket::received);
    QSignalSpy failedSpy(&socket, &LiveSocket::failed);
    *error = socket.recv(n);
    if (*error)
        return {};
    if (receivedSpy.isEmpty() && failedSpy.isEmpty())
        (void)QTest::qWaitFor(
            [&] { return !receivedSpy.isEmpty() || !failedSpy.isEmpty(); }, waitMs);
    if (!failedSpy.isEmpty()) {
        *error = failedSpy.first().at(1).value<SocketError>();
        return {};
    }
    if (receivedSpy.isEmpty()) {
        *error = SocketError::refused(u"test: recv timed out"_s, {});
        return {};
    }
    return receivedSpy.first().first().toByteArray();
}

QList<QByteArray> TestLiveSocket::recvUntilEof(LiveSocket &socket, qint64 n, SocketError *error)
{
    QList<QByteArray> chunks;
    for (int i = 0; i < 1000; ++i) {
        SocketError e;
        const QByteArray chunk = recvOnce(socket, n, &e);
        if (e) {
            if (error)
                *error = e;
            break;
        }
        chunks.append(chunk);
        if (chunk.isEmpty())
            break;
    }
    return chunks;
}

void TestLiveSocket::lessonExchange()
{
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    QSignalSpy serverEvents(&server, &LiveSocket::callRecorded);
    QSignalSpy serverStates(&server, &LiveSocket::stateChanged);
    QVERIFY(!server.open(AF_INET, SOCK_STREAM, IPPROTO_TCP));
    QCOMPARE(server.state(), LiveSocket::State::Created);
    QVERIFY(!server.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
    const Endpoint address = server.laddr();
    QCOMPARE(address.host(), u"127.0.0.1"_s);
    QVERIFY(address.port() != 0);
    QVERIFY(!server.listen(1));
    QCOMPARE(server.tcpInfo().state, TcpInfo::State::Listen);

    QSignalSpy acceptedSpy(&server, &LiveSocket::accepted);
    QVERIFY(!server.accept());
    QCOMPARE(server.pending(), LiveSocket::Pending::Accept);
    QCOMPARE(LiveSocket::pendingText(server.pending()), u"waiting in accept()"_s);

    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    QSignalSpy clientEvents(&client, &LiveSocket::callRecorded);
    QSignalSpy connectedSpy(&client, &LiveSocket::connected);
    QVERIFY(!client.open(AF_INET, SOCK_STREAM, IPPROTO_TCP));
    QVERIFY(!client.connect(address));
    QVERIFY(connectedSpy.size() == 1 || connectedSpy.wait(waitMs));
    QCOMPARE(client.state(), LiveSocket::State::Connected);
    QVERIFY(acceptedSpy.size() == 1 || acceptedSpy.wait(waitMs));
    QCOMPARE(server.pending(), LiveSocket::Pending::None);

    auto *conn = acceptedSpy.first().first().value<LiveSocket *>();
    QVERIFY(conn);
    QCOMPARE(conn->name(), u"conn"_s);
    QCOMPARE(conn->side(), CallEvent::Side::Server);
    QCOMPARE(conn->parent(), &server);
    QCOMPARE(conn->state(), LiveSocket::State::Connected);
    // laddr and raddr mirror each other.
    QCOMPARE(conn->laddr(), client.raddr());
    QCOMPARE(conn->raddr(), client.laddr());
    QCOMPARE(acceptedSpy.first().at(1).value<Endpoint>(), client.laddr());
    QCOMPARE(conn->laddr(), address);
    QCOMPARE(conn->tcpInfo().state, TcpInfo::State::Established);
    QCOMPARE(client.tcpInfo().state, TcpInfo::State::Established);

    // UTF-8: 'ü' is two bytes, and the 8-byte chunks cut it in half.
    const QString text = u"Packet \u00fcber loopback: bytes, not characters, travel here"_s;
    const QByteArray message = text.toUtf8();
    QCOMPARE(message.size(), text.size() + 1);
    QSignalSpy sentSpy(&client, &LiveSocket::sent);
    QVERIFY(!client.sendall(message));
    QVERIFY(sentSpy.size() == 1 || sentSpy.wait(waitMs));
    QCOMPARE(sentSpy.first().first().toLongLong(), message.size());

    QTRY_COMPARE_WITH_TIMEOUT(conn->bytesWaiting(), qint64(message.size()), waitMs);
    QList<QByteArray> chunks;
    QByteArray all;
    while (all.size() < message.size() && chunks.size() < 100) {
        SocketError error;
        const QByteArray chunk = recvOnce(*conn, 8, &error);
        QVERIFY2(!error, qPrintable(error.toString()));
        QVERIFY(!chunk.isEmpty());
        chunks.append(chunk);
        all += chunk;
    }
    QCOMPARE(all, message);
    // Everything had arrived, so the kernel filled every buffer but the last.
    for (qsizetype i = 0; i + 1 < chunks.size(); ++i)
        QCOMPARE(chunks.at(i).size(), 8);
    QCOMPARE(chunks.last().size(), message.size() % 8 == 0 ? 8 : message.size() % 8);
    QCOMPARE(chunks.at(0), QByteArray("Packet \xc3"));
    QCOMPARE(chunks.at(1).at(0), '\xbc');

    // Reply.
    const QByteArray reply = "Thanks, all " + QByteArray::number(message.size()) + " bytes arrived";
    QVERIFY(!conn->sendall(reply));
    QTRY_COMPARE_WITH_TIMEOUT(client.bytesWaiting(), qint64(reply.size()), waitMs);
    SocketError error;
    QCOMPARE(recvOnce(client, 1024, &error), reply);
    QVERIFY(!error);

    const Endpoint clientAddress = client.laddr();
    // Close conn, client, then the listening socket.
    QVERIFY(!conn->close());
    QCOMPARE(conn->state(), LiveSocket::State::Closed);
    QVERIFY(conn->repr().startsWith(u"<socket.socket [closed] fd=-1, family=AddressFamily."_s));
    QVERIFY(!client.close());
    QVERIFY(!server.close());
    QCOMPARE(server.state(), LiveSocket::State::Closed);

    // The transcript: every call once, in order, numbered.
    QStringList serverCalls;
    qint64 lastSequence = 0;
    for (const QList<QVariant> &args : serverEvents) {
        const auto event = args.first().value<CallEvent>();
        QVERIFY(event.sequence > lastSequence);
        lastSequence = event.sequence;
        QCOMPARE(event.side, CallEvent::Side::Server);
        QCOMPARE(event.object, u"server"_s);
        QVERIFY(event.time.isValid());
        serverCalls << CallEvent::callName(event.call)
                + (event.phase == CallEvent::Phase::Waiting ? u"…"_s : QString());
    }
    QCOMPARE(serverCalls,
        (QStringList {u"socket"_s, u"bind"_s, u"listen"_s, u"accept…"_s, u"accept"_s, u"close"_s}));
    const auto acceptDone = serverEvents.at(4).first().value<CallEvent>();
    QCOMPARE(acceptDone.acceptedObject, u"conn"_s);
    QCOMPARE(acceptDone.address, clientAddress);
    QVERIFY(acceptDone.returned >= 0);
    const auto bindEvent = serverEvents.at(1).first().value<CallEvent>();
    QCOMPARE(bindEvent.address, Endpoint::inet(u"127.0.0.1"_s, 0));
    QCOMPARE(serverEvents.at(2).first().value<CallEvent>().backlog, 1);

    QStringList clientCalls;
    for (const QList<QVariant> &args : clientEvents) {
        const auto event = args.first().value<CallEvent>();
        QCOMPARE(event.object, u"client"_s);
        clientCalls << CallEvent::callName(event.call);
    }
    QVERIFY(clientCalls.startsWith(u"socket"_s));
    QVERIFY(clientCalls.contains(u"connect"_s));
    const auto sendallEvent
        = std::find_if(clientEvents.cbegin(), clientEvents.cend(), [](const QList<QVariant> &a) {
              return a.first().value<CallEvent>().call == CallEvent::Call::Sendall;
          });
    QVERIFY(sendallEvent != clientEvents.cend());
    QCOMPARE(sendallEvent->first().value<CallEvent>().data, message);
    QCOMPARE(sendallEvent->first().value<CallEvent>().returned, message.size());

    QList<LiveSocket::State> states;
    for (const QList<QVariant> &args : serverStates)
        states << args.first().value<LiveSocket::State>();
    QCOMPARE(states,
        (QList<LiveSocket::State> {LiveSocket::State::Created, LiveSocket::State::Bound,
            LiveSocket::State::Listening, LiveSocket::State::Closed}));
}

void TestLiveSocket::s1StreamsHaveNoBoundaries()
{
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    QVERIFY(listenOn(server, AF_INET));
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    LiveSocket *conn = connectPair(server, client);
    QVERIFY(conn);

    QVERIFY(!client.sendall("Hi"));
    QVERIFY(!client.sendall("there"));
    QTRY_COMPARE_WITH_TIMEOUT(conn->bytesWaiting(), qint64(7), waitMs);
    QSignalSpy events(conn, &LiveSocket::callRecorded);
    SocketError error;
    QCOMPARE(recvOnce(*conn, 8, &error), QByteArray("Hithere"));
    QVERIFY(!error);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().first().value<CallEvent>().returned, 7);
}

void TestLiveSocket::s2OrderlyShutdownOnce()
{
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    QVERIFY(listenOn(server, AF_INET));
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    LiveSocket *conn = connectPair(server, client);
    QVERIFY(conn);

    QSignalSpy readableSpy(conn, &LiveSocket::readable);
    QSignalSpy receivedSpy(conn, &LiveSocket::received);
    QVERIFY(!client.close());
    QVERIFY(readableSpy.wait(waitMs));
    QTRY_COMPARE_WITH_TIMEOUT(conn->tcpInfo().state, TcpInfo::State::CloseWait, waitMs);
    QCOMPARE(TcpInfo::stateName(conn->tcpInfo().state), u"CLOSE_WAIT"_s);

    // No busy loop: the FIN keeps the fd readable, yet readable() fired once
    // and the process stays idle.
    const double cpuBefore = processCpuMs();
    QElapsedTimer wall;
    wall.start();
    QTest::qWait(300);
    const double cpuUsed = processCpuMs() - cpuBefore;
    QCOMPARE(readableSpy.size(), 1);
    QVERIFY2(cpuUsed < 0.5 * double(wall.elapsed()),
        qPrintable(u"CPU %1 ms in %2 ms"_s.arg(cpuUsed).arg(wall.elapsed())));

    QVERIFY(!conn->recv(8));
    QCOMPARE(receivedSpy.size(), 1);
    QVERIFY(receivedSpy.first().first().toByteArray().isEmpty());
    QCOMPARE(conn->state(), LiveSocket::State::PeerClosed);
    QCOMPARE(LiveSocket::stateName(conn->state()), u"peer closed"_s);
    QCOMPARE(conn->tcpInfo().state, TcpInfo::State::CloseWait);

    // Exactly one 0-byte result: nothing more arrives by itself.
    const double cpuAfterEof = processCpuMs();
    wall.restart();
    QTest::qWait(200);
    QCOMPARE(receivedSpy.size(), 1);
    QCOMPARE(readableSpy.size(), 1);
    QVERIFY(processCpuMs() - cpuAfterEof < 0.5 * double(wall.elapsed()));

    QVERIFY(!conn->close());
}

void TestLiveSocket::s2PendingRecvSeesEof()
{
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    QVERIFY(listenOn(server, AF_INET6) || listenOn(server, AF_INET));
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    LiveSocket *conn = connectPair(server, client);
    QVERIFY(conn);

    QSignalSpy receivedSpy(conn, &LiveSocket::received);
    QSignalSpy readableSpy(conn, &LiveSocket::readable);
    QVERIFY(!conn->recv(8));
    QCOMPARE(conn->pending(), LiveSocket::Pending::Recv);
    QVERIFY(receivedSpy.isEmpty());
    QVERIFY(!client.close());
    QVERIFY(receivedSpy.wait(waitMs));
    QCOMPARE(receivedSpy.size(), 1);
    QVERIFY(receivedSpy.first().first().toByteArray().isEmpty());
    QCOMPARE(receivedSpy.first().at(1).toLongLong(), 8);
    QCOMPARE(conn->state(), LiveSocket::State::PeerClosed);
    QCOMPARE(conn->pending(), LiveSocket::Pending::None);
    QVERIFY(!receivedSpy.wait(100));
    QCOMPARE(readableSpy.size(), 0);
}

void TestLiveSocket::s3HalfClose()
{
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    QVERIFY(listenOn(server, AF_INET));
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    LiveSocket *conn = connectPair(server, client);
    QVERIFY(conn);

    QVERIFY(!client.sendall("request!"));
    QVERIFY(!client.shutdown(SHUT_WR));
    SocketError error;
    const QList<QByteArray> serverChunks = recvUntilEof(*conn, 8, &error);
    QVERIFY(!error);
    QCOMPARE(serverChunks, (QList<QByteArray> {"request!", ""}));

    QVERIFY(!conn->sendall("response after EOF"));
    QTRY_COMPARE_WITH_TIMEOUT(client.bytesWaiting(), qint64(18), waitMs);
    QVERIFY(!conn->close());
    const QList<QByteArray> clientChunks = recvUntilEof(client, 8, &error);
    QVERIFY(!error);
    QCOMPARE(clientChunks, (QList<QByteArray> {"response", " after E", "OF", ""}));

    // Sending after our own shutdown(SHUT_WR): EPIPE as a value, no SIGPIPE.
    const IoResult late = client.send("late");
    QCOMPARE(late.error.name(), u"EPIPE"_s);
    QCOMPARE(late.error.pythonException(), u"BrokenPipeError: [Errno %1] Broken pipe"_s.arg(EPIPE));
    const SocketError lateAll = client.sendall("late again");
    QCOMPARE(lateAll.name(), u"EPIPE"_s);
    QVERIFY(!client.close());
}

void TestLiveSocket::s4ResetIsNotOrderly()
{
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    QVERIFY(listenOn(server, AF_INET));
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    LiveSocket *conn = connectPair(server, client);
    QVERIFY(conn);

    QVERIFY(!client.sendall("unread data"));
    QTRY_COMPARE_WITH_TIMEOUT(conn->bytesWaiting(), qint64(11), waitMs);
    QVERIFY(!conn->sendall("reply"));
    // Closing with unread data makes the kernel send RST, not FIN.
    QVERIFY(!conn->close());
    QTRY_COMPARE_WITH_TIMEOUT(client.tcpInfo().state, TcpInfo::State::Closed, waitMs);

    QSignalSpy events(&client, &LiveSocket::callRecorded);
    SocketError error;
    QCOMPARE(recvOnce(client, 8, &error), QByteArray("reply"));
    QVERIFY(!error);
    QCOMPARE(recvOnce(client, 8, &error), QByteArray());
    QCOMPARE(error.name(), u"ECONNRESET"_s);
    QCOMPARE(error.systemText(), u"Connection reset by peer"_s);
    QCOMPARE(error.pythonException(),
        u"ConnectionResetError: [Errno %1] Connection reset by peer"_s.arg(ECONNRESET));
    QVERIFY(client.state() != LiveSocket::State::PeerClosed);
    QCOMPARE(recvOnce(client, 8, &error), QByteArray());
    QVERIFY(!error);
    QCOMPARE(client.state(), LiveSocket::State::PeerClosed);

    // The transcript tells the reset apart from the orderly end.
    QCOMPARE(events.size(), 3);
    const auto reset = events.at(1).first().value<CallEvent>();
    const auto eof = events.at(2).first().value<CallEvent>();
    QCOMPARE(reset.error.name(), u"ECONNRESET"_s);
    QVERIFY(!eof.error);
    QCOMPARE(eof.returned, 0);
}

void TestLiveSocket::s12BacklogBeforeAccept()
{
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    QVERIFY(listenOn(server, AF_INET, 1));

    std::vector<std::unique_ptr<LiveSocket>> clients;
    for (int i = 0; i < 4; ++i) {
        clients.push_back(
            std::make_unique<LiveSocket>(CallEvent::Side::Client, u"client%1"_s.arg(i + 1)));
        QVERIFY(!clients.back()->open(AF_INET, SOCK_STREAM, IPPROTO_TCP));
        QVERIFY(!clients.back()->connect(server.laddr()));
    }
    const auto countConnected = [&] {
        return std::count_if(clients.cbegin(), clients.cend(),
            [](const auto &c) { return c->state() == LiveSocket::State::Connected; });
    };
    QTRY_COMPARE_WITH_TIMEOUT(countConnected(), 2, waitMs);

    // The other two wait (SYN dropped while the queue is full): no refusal
    // within the 1 s timeout.
    std::vector<std::unique_ptr<QSignalSpy>> failedSpies;
    for (const auto &c : clients)
        failedSpies.push_back(std::make_unique<QSignalSpy>(c.get(), &LiveSocket::failed));
    const bool changed = QTest::qWaitFor(
        [&] {
            return countConnected() != 2
                || std::any_of(failedSpies.cbegin(), failedSpies.cend(),
                    [](const auto &s) { return !s->isEmpty(); });
        },
        1000);
    QVERIFY(!changed);
    int connecting = 0;
    for (const auto &c : clients) {
        if (c->state() == LiveSocket::State::Connecting) {
            ++connecting;
            QCOMPARE(c->tcpInfo().state, TcpInfo::State::SynSent);
        } else {
            QCOMPARE(c->tcpInfo().state, TcpInfo::State::Established);
        }
    }
    QCOMPARE(connecting, 2);

    const TcpInfo info = server.tcpInfo();
    QVERIFY(info.valid);
    QCOMPARE(info.state, TcpInfo::State::Listen);
    QCOMPARE(info.acceptQueueLength, 2u);
    QCOMPARE(info.acceptQueueLimit, 1u);

    // Data sent before accept() waits in the kernel and arrives after it.
    for (const auto &c : clients) {
        if (c->state() == LiveSocket::State::Connected)
            QVERIFY(!c->sendall("early from " + c->name().toUtf8()));
    }
    QSet<QByteArray> arrived;
    for (int i = 0; i < 2; ++i) {
        QSignalSpy acceptedSpy(&server, &LiveSocket::accepted);
        QVERIFY(!server.accept());
        QVERIFY(acceptedSpy.size() == 1 || acceptedSpy.wait(waitMs));
        auto *conn = acceptedSpy.first().first().value<LiveSocket *>();
        QTRY_VERIFY_WITH_TIMEOUT(conn->bytesWaiting() > 0, waitMs);
        SocketError error;
        arrived.insert(recvOnce(*conn, 64, &error));
        QVERIFY(!error);
    }
    QCOMPARE(arrived.size(), 2);
    for (const QByteArray &a : arrived)
        QVERIFY(a.startsWith("early from client"));

    for (const auto &c : clients) {
        if (c->state() == LiveSocket::State::Connecting) {
            c->cancel();
            QCOMPARE(c->state(), LiveSocket::State::Created);
            QCOMPARE(c->pending(), LiveSocket::Pending::None);
        }
        QVERIFY(!c->close());
    }
}

void TestLiveSocket::s13NonBlockingConnectRefused()
{
    // A bound port with no listener: the kernel answers the SYN with RST.
    LiveSocket holder(CallEvent::Side::Server, u"holder"_s);
    QVERIFY(!holder.open(AF_INET, SOCK_STREAM, IPPROTO_TCP));
    QVERIFY(!holder.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));

    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    QSignalSpy events(&client, &LiveSocket::callRecorded);
    QSignalSpy failedSpy(&client, &LiveSocket::failed);
    QSignalSpy states(&client, &LiveSocket::stateChanged);
    QVERIFY(!client.open(AF_INET, SOCK_STREAM, IPPROTO_TCP));
    // EINPROGRESS is not an error: connect() reports none and the state is connecting.
    const SocketError started = client.connect(holder.laddr());
    QVERIFY2(!started, qPrintable(started.toString()));
    QCOMPARE(client.state(), LiveSocket::State::Connecting);
    QCOMPARE(client.pending(), LiveSocket::Pending::Connect);
    const auto waiting = events.last().first().value<CallEvent>();
    QCOMPARE(waiting.phase, CallEvent::Phase::Waiting);
    QCOMPARE(waiting.error.name(), u"EINPROGRESS"_s);
    QVERIFY(waiting.error.wouldBlock());

    QVERIFY(failedSpy.wait(waitMs));
    QCOMPARE(failedSpy.first().at(0).toString(), u"connect"_s);
    const auto error = failedSpy.first().at(1).value<SocketError>();
    QCOMPARE(error.name(), u"ECONNREFUSED"_s);
    QCOMPARE(client.state(), LiveSocket::State::Created);
    QVERIFY(states.size() >= 3);
    QCOMPARE(states.at(1).first().value<LiveSocket::State>(), LiveSocket::State::Connecting);
    const auto done = events.last().first().value<CallEvent>();
    QCOMPARE(done.phase, CallEvent::Phase::Done);
    QCOMPARE(done.error.name(), u"ECONNREFUSED"_s);
}

void TestLiveSocket::s13NonBlockingConnectAccepted()
{
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    QVERIFY(listenOn(server, AF_INET));
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    QSignalSpy connectedSpy(&client, &LiveSocket::connected);
    QSignalSpy events(&client, &LiveSocket::callRecorded);
    QVERIFY(!client.open(AF_INET, SOCK_STREAM, IPPROTO_TCP));
    QVERIFY(!client.connect(server.laddr()));
    QVERIFY(connectedSpy.size() == 1 || connectedSpy.wait(waitMs));
    QCOMPARE(connectedSpy.first().first().value<Endpoint>(), server.laddr());
    const auto done = events.last().first().value<CallEvent>();
    QCOMPARE(done.call, CallEvent::Call::Connect);
    QCOMPARE(done.phase, CallEvent::Phase::Done);
    QVERIFY(!done.error); // SO_ERROR 0
    QCOMPARE(client.raddr(), server.laddr());
}

void TestLiveSocket::cancelAcceptAndRecv()
{
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    QVERIFY(listenOn(server, AF_INET));
    QSignalSpy events(&server, &LiveSocket::callRecorded);
    QVERIFY(!server.accept());
    QCOMPARE(server.pending(), LiveSocket::Pending::Accept);
    server.cancel();
    QCOMPARE(server.pending(), LiveSocket::Pending::None);
    QCOMPARE(server.state(), LiveSocket::State::Listening);
    const auto cancelled = events.last().first().value<CallEvent>();
    QCOMPARE(cancelled.call, CallEvent::Call::Accept);
    QCOMPARE(cancelled.phase, CallEvent::Phase::Cancelled);

    // A connection arriving now is not accepted by itself; readable() tells views.
    QSignalSpy acceptedSpy(&server, &LiveSocket::accepted);
    QSignalSpy readableSpy(&server, &LiveSocket::readable);
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    QVERIFY(!client.open(AF_INET, SOCK_STREAM, IPPROTO_TCP));
    QVERIFY(!client.connect(server.laddr()));
    QVERIFY(readableSpy.wait(waitMs));
    QVERIFY(acceptedSpy.isEmpty());
    QVERIFY(!server.accept());
    QCOMPARE(acceptedSpy.size(), 1);
    auto *conn = acceptedSpy.first().first().value<LiveSocket *>();

    QSignalSpy receivedSpy(conn, &LiveSocket::received);
    QVERIFY(!conn->recv(8));
    QCOMPARE(conn->pending(), LiveSocket::Pending::Recv);
    conn->cancel();
    QCOMPARE(conn->pending(), LiveSocket::Pending::None);
    QVERIFY(!client.sendall("after cancel"));
    QSignalSpy connReadable(conn, &LiveSocket::readable);
    QVERIFY(connReadable.wait(waitMs));
    QVERIFY(receivedSpy.isEmpty());
    SocketError error;
    QCOMPARE(recvOnce(*conn, 64, &error), QByteArray("after cancel"));
}

void TestLiveSocket::secondPendingCallRefused()
{
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    QVERIFY(listenOn(server, AF_INET));
    QVERIFY(!server.accept());
    const SocketError error = server.accept();
    QCOMPARE(error.kind(), SocketError::Kind::Refused);
    QVERIFY(error.explanation().contains(u"waiting in accept()"_s));
    QCOMPARE(server.pending(), LiveSocket::Pending::Accept);
    // close() abandons the pending accept.
    QSignalSpy events(&server, &LiveSocket::callRecorded);
    QVERIFY(!server.close());
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).first().value<CallEvent>().phase, CallEvent::Phase::Cancelled);
    QCOMPARE(events.at(1).first().value<CallEvent>().call, CallEvent::Call::Close);
    // Closing twice is EBADF.
    QCOMPARE(server.close().name(), u"EBADF"_s);
}

void TestLiveSocket::acceptedConnectionsAreNamed()
{
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    QVERIFY(listenOn(server, AF_INET));
    QStringList names;
    LiveSocket a(CallEvent::Side::Client, u"a"_s);
    LiveSocket b(CallEvent::Side::Client, u"b"_s);
    LiveSocket c(CallEvent::Side::Client, u"c"_s);
    for (LiveSocket *client : {&a, &b, &c}) {
        LiveSocket *conn = connectPair(server, *client);
        QVERIFY(conn);
        names << conn->name();
    }
    QCOMPARE(names, (QStringList {u"conn"_s, u"conn2"_s, u"conn3"_s}));
}

void TestLiveSocket::udpRecvfromTruncates()
{
    LiveSocket receiver(CallEvent::Side::Server, u"server"_s);
    QVERIFY(!receiver.open(AF_INET, SOCK_DGRAM, IPPROTO_UDP));
    QVERIFY(!receiver.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
    QCOMPARE(receiver.state(), LiveSocket::State::Bound);
    LiveSocket sender(CallEvent::Side::Client, u"client"_s);
    QVERIFY(!sender.open(AF_INET, SOCK_DGRAM, IPPROTO_UDP));

    QSignalSpy fromSpy(&receiver, &LiveSocket::receivedFrom);
    QSignalSpy events(&receiver, &LiveSocket::callRecorded);
    QVERIFY(!receiver.recvfrom(4));
    QCOMPARE(receiver.pending(), LiveSocket::Pending::RecvFrom);
    const IoResult sent = sender.sendto("datagram of 22 bytes!!", receiver.laddr());
    QVERIFY(!sent.error);
    QCOMPARE(sent.bytes, 22);
    QVERIFY(fromSpy.wait(waitMs));
    QCOMPARE(fromSpy.first().at(0).toByteArray(), QByteArray("data"));
    const Endpoint senderAddress = Endpoint::inet(u"127.0.0.1"_s, sender.laddr().port());
    QCOMPARE(fromSpy.first().at(1).value<Endpoint>(), senderAddress);
    QCOMPARE(fromSpy.first().at(2).toLongLong(), 18);
    const auto done = events.last().first().value<CallEvent>();
    QCOMPARE(done.truncatedBytes, 18);
    QCOMPARE(done.address, senderAddress);
    // The rest of a truncated datagram is gone: the next one comes whole.
    QVERIFY(!sender.sendto("next", receiver.laddr()).error);
    QVERIFY(!receiver.recvfrom(64));
    QVERIFY(fromSpy.size() == 2 || fromSpy.wait(waitMs));
    QCOMPARE(fromSpy.at(1).at(0).toByteArray(), QByteArray("next"));
    QCOMPARE(fromSpy.at(1).at(2).toLongLong(), 0);
}

void TestLiveSocket::receiveLoopFromSlotDoesNotRecurse()
{
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    QVERIFY(listenOn(server, AF_INET));
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    LiveSocket *conn = connectPair(server, client);
    QVERIFY(conn);

    // recv(8) called again from every received(): 131,072 chunks would
    // overflow the stack if each call recursed.
    QByteArray payload(1 << 20, Qt::Uninitialized);
    for (qsizetype i = 0; i < payload.size(); ++i)
        payload[i] = char(i * 7);
    qint64 chunks = 0;
    qint64 biggest = 0;
    QByteArray arrived;
    arrived.reserve(payload.size());
    bool eof = false;
    QEventLoop loop; // as in the app: block in the dispatcher, not in qWait's sleeps
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QObject context;
    QObject::connect(conn, &LiveSocket::received, &context, [&](const QByteArray &data) {
        if (data.isEmpty()) {
            eof = true;
            loop.quit();
            return;
        }
        ++chunks;
        biggest = std::max<qint64>(biggest, data.size());
        arrived += data;
        QVERIFY(!conn->recv(8));
    });
    QVERIFY(!conn->recv(8));
    QSignalSpy sentSpy(&client, &LiveSocket::sent);
    QObject::connect(&client, &LiveSocket::sent, &context, [&] { client.shutdown(SHUT_WR); });
    QVERIFY(!client.sendall(payload));
    if (!eof)
        loop.exec();
    QVERIFY(eof);
    QCOMPARE(sentSpy.size(), 1);
    QCOMPARE(sentSpy.first().first().toLongLong(), payload.size());
    QCOMPARE(arrived.size(), payload.size());
    QVERIFY(arrived == payload);
    QCOMPARE(biggest, 8);
    QVERIFY(chunks >= payload.size() / 8);
    QCOMPARE(conn->state(), LiveSocket::State::PeerClosed);
}

void TestLiveSocket::closeFromOwnSignals()
{
    // Closing (and so deleting the notifier that is delivering) from a slot
    // of the socket's own signals is safe.
    LiveSocket holder(CallEvent::Side::Server, u"holder"_s);
    QVERIFY(!holder.open(AF_INET, SOCK_STREAM, IPPROTO_TCP));
    QVERIFY(!holder.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
    auto *refused = new LiveSocket(CallEvent::Side::Client, u"client"_s);
    QObject context;
    bool failedSeen = false;
    QObject::connect(refused, &LiveSocket::failed, &context, [&] {
        failedSeen = true;
        QVERIFY(!refused->close());
        refused->deleteLater();
    });
    QVERIFY(!refused->open(AF_INET, SOCK_STREAM, IPPROTO_TCP));
    QVERIFY(!refused->connect(holder.laddr()));
    QTRY_VERIFY_WITH_TIMEOUT(failedSeen, waitMs);

    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    QVERIFY(listenOn(server, AF_INET));
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    LiveSocket *conn = connectPair(server, client);
    QVERIFY(conn);
    bool receivedSeen = false;
    QObject::connect(conn, &LiveSocket::received, &context, [&](const QByteArray &data) {
        receivedSeen = true;
        QCOMPARE(data, QByteArray("bye"));
        QVERIFY(!conn->close());
        conn->deleteLater();
    });
    QVERIFY(!conn->recv(16));
    QVERIFY(!client.sendall("bye"));
    QTRY_VERIFY_WITH_TIMEOUT(receivedSeen, waitMs);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestLiveSocket::sendallWaitsForRoom()
{
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    QVERIFY(listenOn(server, AF_INET));
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    LiveSocket *conn = connectPair(server, client);
    QVERIFY(conn);

    // More than the kernel buffers of both sides hold: sendall must wait.
    const QByteArray payload(32 << 20, 'x');
    QSignalSpy sentSpy(&client, &LiveSocket::sent);
    QSignalSpy progressSpy(&client, &LiveSocket::sendallProgressed);
    QSignalSpy events(&client, &LiveSocket::callRecorded);
    QVERIFY(!client.sendall(payload));
    QCOMPARE(client.pending(), LiveSocket::Pending::SendAll);
    QCOMPARE(LiveSocket::pendingText(client.pending()), u"waiting in sendall()"_s);
    QVERIFY(sentSpy.isEmpty());
    const auto waiting = events.last().first().value<CallEvent>();
    QCOMPARE(waiting.call, CallEvent::Call::Sendall);
    QCOMPARE(waiting.phase, CallEvent::Phase::Waiting);
    QVERIFY(waiting.returned > 0);
    QVERIFY(waiting.returned < payload.size());
    QVERIFY(!progressSpy.isEmpty());
    QCOMPARE(progressSpy.last().at(0).toLongLong(), waiting.returned);
    QCOMPARE(progressSpy.last().at(1).toLongLong(), payload.size());
    // A second sendall is refused while the first waits.
    QCOMPARE(client.sendall("more").kind(), SocketError::Kind::Refused);

    qint64 total = 0;
    QEventLoop loop;
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QObject context;
    QObject::connect(conn, &LiveSocket::received, &context, [&](const QByteArray &data) {
        total += data.size();
        if (total >= payload.size() || data.isEmpty())
            loop.quit();
        else
            QVERIFY(!conn->recv(65536));
    });
    QVERIFY(!conn->recv(65536));
    if (total < payload.size())
        loop.exec();
    QCOMPARE(total, payload.size());
    QVERIFY(sentSpy.size() == 1 || sentSpy.wait(waitMs));
    QCOMPARE(sentSpy.first().first().toLongLong(), payload.size());
    QCOMPARE(client.pending(), LiveSocket::Pending::None);
    QCOMPARE(progressSpy.last().at(0).toLongLong(), payload.size());
    const auto done = events.last().first().value<CallEvent>();
    QCOMPARE(done.phase, CallEvent::Phase::Done);
    QCOMPARE(done.returned, payload.size());
    QVERIFY(!done.error);
}

void TestLiveSocket::sendallFailsMidwayWithProgress()
{
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    QVERIFY(listenOn(server, AF_INET));
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    LiveSocket *conn = connectPair(server, client);
    QVERIFY(conn);

    const QByteArray payload(32 << 20, 'y');
    QSignalSpy failedSpy(&client, &LiveSocket::failed);
    QVERIFY(!client.sendall(payload));
    QCOMPARE(client.pending(), LiveSocket::Pending::SendAll);
    // The reader goes away without reading: RST, and the waiting sendall fails.
    QVERIFY(!conn->close());
    QVERIFY(failedSpy.wait(waitMs));
    QCOMPARE(failedSpy.first().at(0).toString(), u"sendall"_s);
    const auto error = failedSpy.first().at(1).value<SocketError>();
    QVERIFY2(error.name() == u"ECONNRESET"_s || error.name() == u"EPIPE"_s,
        qPrintable(error.toString()));
    const qint64 before = failedSpy.first().at(2).toLongLong();
    QVERIFY(before > 0);
    QVERIFY(before < payload.size());
    QCOMPARE(client.pending(), LiveSocket::Pending::None);

    // Cancelling a waiting sendall keeps its progress in the transcript.
    LiveSocket client2(CallEvent::Side::Client, u"client2"_s);
    LiveSocket *conn2 = connectPair(server, client2);
    QVERIFY(conn2);
    QSignalSpy events(&client2, &LiveSocket::callRecorded);
    QVERIFY(!client2.sendall(payload));
    QCOMPARE(client2.pending(), LiveSocket::Pending::SendAll);
    client2.cancel();
    QCOMPARE(client2.pending(), LiveSocket::Pending::None);
    const auto cancelled = events.last().first().value<CallEvent>();
    QCOMPARE(cancelled.phase, CallEvent::Phase::Cancelled);
    QCOMPARE(cancelled.call, CallEvent::Call::Sendall);
    QVERIFY(cancelled.returned > 0);
    QCOMPARE(cancelled.data.size(), payload.size());
}

void TestLiveSocket::udpReadableAndRefusal()
{
    LiveSocket receiver(CallEvent::Side::Server, u"server"_s);
    QVERIFY(!receiver.open(AF_INET, SOCK_DGRAM, IPPROTO_UDP));
    QVERIFY(!receiver.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
    LiveSocket sender(CallEvent::Side::Client, u"client"_s);
    QVERIFY(!sender.open(AF_INET, SOCK_DGRAM, IPPROTO_UDP));

    // A datagram arriving with no recvfrom pending: readable() once.
    QSignalSpy readableSpy(&receiver, &LiveSocket::readable);
    QCOMPARE(sender.sendto("one", receiver.laddr()).bytes, 3);
    QCOMPARE(sender.sendto("two", receiver.laddr()).bytes, 3);
    QVERIFY(readableSpy.wait(waitMs));
    QVERIFY(!readableSpy.wait(100)); // once, not once per datagram or per turn of the loop
    QCOMPARE(readableSpy.size(), 1);
    QSignalSpy fromSpy(&receiver, &LiveSocket::receivedFrom);
    QVERIFY(!receiver.recvfrom(64));
    QCOMPARE(fromSpy.size(), 1);
    QCOMPARE(fromSpy.first().first().toByteArray(), QByteArray("one"));
    // The second datagram is still there: the watch fires again once.
    QVERIFY(readableSpy.wait(waitMs));
    QVERIFY(!receiver.recvfrom(64));
    QCOMPARE(fromSpy.at(1).first().toByteArray(), QByteArray("two"));

    // A connected UDP socket toward a closed port learns of the refusal.
    const Endpoint target = receiver.laddr();
    QVERIFY(!receiver.close());
    QVERIFY(!sender.connect(target));
    QCOMPARE(sender.state(), LiveSocket::State::Connected);
    QSignalSpy failedSpy(&sender, &LiveSocket::failed);
    QVERIFY(!sender.recv(64));
    QCOMPARE(sender.pending(), LiveSocket::Pending::Recv);
    QCOMPARE(sender.send("ping").bytes, 4);
    QVERIFY(failedSpy.wait(waitMs));
    QCOMPARE(failedSpy.first().at(1).value<SocketError>().name(), u"ECONNREFUSED"_s);
    QCOMPARE(sender.state(), LiveSocket::State::Connected);
    QCOMPARE(sender.send("ping").bytes, 4);
}

void TestLiveSocket::noFdLeakAfterManyCycles()
{
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    QVERIFY(listenOn(server, AF_INET, 16));
    int accepted = 0;
    QObject context;
    QObject::connect(&server, &LiveSocket::accepted, &context, [&](LiveSocket *conn) {
        ++accepted;
        conn->close();
        conn->deleteLater();
    });
    // Counted after the first cycle: the listening socket may have opened its
    // arrival watch (one epoll fd for its whole life) by then.
    int before = -1;
    for (int i = 0; i < 1000; ++i) {
        if (i == 1) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            before = openFdCount();
        }
        LiveSocket client(CallEvent::Side::Client, u"client"_s);
        QVERIFY(!client.open(AF_INET, SOCK_STREAM, IPPROTO_TCP));
        QVERIFY(!client.connect(server.laddr()));
        QVERIFY(QTest::qWaitFor(
            [&] { return client.state() == LiveSocket::State::Connected; }, waitMs));
        if (server.pending() == LiveSocket::Pending::None)
            QVERIFY(!server.accept());
        QVERIFY(QTest::qWaitFor([&] { return accepted == i + 1; }, waitMs));
        QVERIFY(!client.close());
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(accepted, 1000);
    QCOMPARE(openFdCount(), before);
}

void TestLiveSocket::sendWhileRecvPending()
{
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    QVERIFY(listenOn(server, AF_INET));
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    LiveSocket *conn = connectPair(server, client);
    QVERIFY(conn);

    // A chat client waits in recv() while the user types and sends.
    QSignalSpy clientReceived(&client, &LiveSocket::received);
    QVERIFY(!client.recv(64));
    QCOMPARE(client.pendingRead(), LiveSocket::Pending::Recv);
    QCOMPARE(client.pendingWrite(), LiveSocket::Pending::None);
    QCOMPARE(client.pending(), LiveSocket::Pending::Recv);
    const IoResult sent = client.send("hello");
    QVERIFY(!sent.error);
    QCOMPARE(sent.bytes, 5);
    QCOMPARE(client.send("!").bytes, 1);
    QVERIFY(!client.setReuseAddress(true));
    QCOMPARE(client.pendingRead(), LiveSocket::Pending::Recv);
    SocketError error;
    QByteArray got;
    while (got.size() < 6 && !error)
        got += recvOnce(*conn, 64, &error);
    QVERIFY(!error);
    QCOMPARE(got, QByteArray("hello!"));
    QVERIFY(clientReceived.isEmpty());
    QCOMPARE(client.pendingRead(), LiveSocket::Pending::Recv);

    // The waiting recv still completes with the peer's answer.
    QCOMPARE(conn->send("reply").bytes, 5);
    QVERIFY(clientReceived.wait(waitMs));
    QCOMPARE(clientReceived.first().first().toByteArray(), QByteArray("reply"));
    QCOMPARE(client.pending(), LiveSocket::Pending::None);
}

void TestLiveSocket::bothSidesSendallWhileRecvPending()
{
    LiveSocket server(CallEvent::Side::Server, u"small"_s);
    QVERIFY(listenOn(server, AF_INET));
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    QVERIFY(!client.open(AF_INET, SOCK_STREAM, IPPROTO_TCP));
    QVERIFY(shrinkBuffers(client));
    QSignalSpy acceptedSpy(&server, &LiveSocket::accepted);
    QVERIFY(!server.accept());
    QVERIFY(!client.connect(server.laddr()));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), LiveSocket::State::Connected, waitMs);
    QVERIFY(!acceptedSpy.isEmpty() || acceptedSpy.wait(waitMs));
    LiveSocket *conn = acceptedSpy.first().first().value<LiveSocket *>();
    QVERIFY(conn);

    // Each side reads everything the other sends, recv after recv.
    const qsizetype size = 8 << 20;
    const QByteArray fromClient = pattern(size, 'c');
    const QByteArray fromConn = pattern(size, 's');
    QByteArray atClient;
    QByteArray atConn;
    QObject context;
    const auto keepReading = [&context](LiveSocket *socket, QByteArray *into) {
        QObject::connect(
            socket, &LiveSocket::received, &context, [socket, into](const QByteArray &data) {
                into->append(data);
                if (!data.isEmpty() && into->size() < size)
                    QVERIFY(!socket->recv(65536));
            });
    };
    keepReading(&client, &atClient);
    keepReading(conn, &atConn);
    QSignalSpy clientSent(&client, &LiveSocket::sent);
    QSignalSpy connSent(conn, &LiveSocket::sent);
    QSignalSpy clientFailed(&client, &LiveSocket::failed);
    QSignalSpy connFailed(conn, &LiveSocket::failed);
    QVERIFY(!client.recv(65536));
    QVERIFY(!conn->recv(65536));
    QVERIFY(!client.sendall(fromClient));
    QVERIFY(!conn->sendall(fromConn));
    // Nobody has read yet: with small buffers both sendalls wait, next to both recvs.
    QCOMPARE(client.pendingRead(), LiveSocket::Pending::Recv);
    QCOMPARE(client.pendingWrite(), LiveSocket::Pending::SendAll);
    QCOMPARE(client.pending(), LiveSocket::Pending::Recv);
    QCOMPARE(conn->pendingWrite(), LiveSocket::Pending::SendAll);

    QTRY_VERIFY_WITH_TIMEOUT((atClient.size() >= size && atConn.size() >= size
                                 && !clientSent.isEmpty() && !connSent.isEmpty())
            || !clientFailed.isEmpty() || !connFailed.isEmpty(),
        60000);
    QVERIFY(clientFailed.isEmpty());
    QVERIFY(connFailed.isEmpty());
    QCOMPARE(clientSent.size(), 1);
    QCOMPARE(connSent.size(), 1);
    QCOMPARE(clientSent.first().first().toLongLong(), size);
    QCOMPARE(connSent.first().first().toLongLong(), size);
    QCOMPARE(atConn.size(), size);
    QCOMPARE(atClient.size(), size);
    QVERIFY(atConn == fromClient);
    QVERIFY(atClient == fromConn);
    QCOMPARE(client.pending(), LiveSocket::Pending::None);
    QCOMPARE(conn->pending(), LiveSocket::Pending::None);
}

void TestLiveSocket::secondRecvRefusedWhileRecvPending()
{
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    QVERIFY(listenOn(server, AF_INET));
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    LiveSocket *conn = connectPair(server, client);
    QVERIFY(conn);

    QVERIFY(!client.recv(64));
    QSignalSpy events(&client, &LiveSocket::callRecorded);
    const SocketError error = client.recv(16);
    QCOMPARE(error.kind(), SocketError::Kind::Refused);
    QVERIFY(error.explanation().contains(u"waiting in recv()"_s));
    QCOMPARE(client.recvfrom(16).kind(), SocketError::Kind::Refused);
    QCOMPARE(events.size(), 2); // both refusals are in the transcript
    QVERIFY(events.first().first().value<CallEvent>().error);
    QCOMPARE(client.pendingRead(), LiveSocket::Pending::Recv);
    // The first recv is untouched: it gets the bytes, with its own size.
    QSignalSpy receivedSpy(&client, &LiveSocket::received);
    QCOMPARE(conn->send("data").bytes, 4);
    QVERIFY(receivedSpy.wait(waitMs));
    QCOMPARE(receivedSpy.first().at(0).toByteArray(), QByteArray("data"));
    QCOMPARE(receivedSpy.first().at(1).toLongLong(), 64);
}

void TestLiveSocket::secondSendallRefusedWhileSendallPending()
{
    LiveSocket server(CallEvent::Side::Server, u"small"_s);
    QVERIFY(listenOn(server, AF_INET));
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    LiveSocket *conn = connectPair(server, client);
    QVERIFY(conn);

    const QByteArray payload = pattern(4 << 20, 'a');
    QVERIFY(!conn->sendall(payload));
    QCOMPARE(conn->pendingWrite(), LiveSocket::Pending::SendAll);
    const SocketError error = conn->sendall("second");
    QCOMPARE(error.kind(), SocketError::Kind::Refused);
    QVERIFY(error.explanation().contains(u"waiting in sendall()"_s));
    // send()/sendto() would slip their bytes into the middle of the sendall.
    QCOMPARE(conn->send("x").error.kind(), SocketError::Kind::Refused);
    QCOMPARE(conn->sendto("x", Endpoint()).error.kind(), SocketError::Kind::Refused);
    // Reading on the same socket is allowed meanwhile.
    QVERIFY(!conn->recv(64));
    QCOMPARE(conn->pendingRead(), LiveSocket::Pending::Recv);
    QCOMPARE(conn->pending(), LiveSocket::Pending::Recv);

    // The peer drains: exactly the first payload arrives, nothing refused slipped in.
    QSignalSpy sentSpy(conn, &LiveSocket::sent);
    QByteArray got;
    QObject context;
    QObject::connect(&client, &LiveSocket::received, &context, [&](const QByteArray &data) {
        got += data;
        if (!data.isEmpty() && got.size() < payload.size())
            QVERIFY(!client.recv(65536));
    });
    QVERIFY(!client.recv(65536));
    QTRY_VERIFY_WITH_TIMEOUT(got.size() >= payload.size() && !sentSpy.isEmpty(), 60000);
    QVERIFY(got == payload);
    QCOMPARE(sentSpy.first().first().toLongLong(), payload.size());
    QCOMPARE(conn->pendingWrite(), LiveSocket::Pending::None);
    QCOMPARE(conn->pendingRead(), LiveSocket::Pending::Recv);
}

void TestLiveSocket::closeCancelsBothPending()
{
    LiveSocket server(CallEvent::Side::Server, u"small"_s);
    QVERIFY(listenOn(server, AF_INET));
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    LiveSocket *conn = connectPair(server, client);
    QVERIFY(conn);

    QVERIFY(!conn->recv(100));
    QVERIFY(!conn->sendall(pattern(4 << 20, 'z')));
    QCOMPARE(conn->pendingRead(), LiveSocket::Pending::Recv);
    QCOMPARE(conn->pendingWrite(), LiveSocket::Pending::SendAll);
    const int fd = conn->socket().fd();
    QVERIFY(fd >= 0);

    QSignalSpy events(conn, &LiveSocket::callRecorded);
    QSignalSpy pendingSpy(conn, &LiveSocket::pendingChanged);
    QSignalSpy failedSpy(conn, &LiveSocket::failed);
    QVERIFY(!conn->close());
    QCOMPARE(events.size(), 3);
    const auto recvCancelled = events.at(0).first().value<CallEvent>();
    QCOMPARE(recvCancelled.call, CallEvent::Call::Recv);
    QCOMPARE(recvCancelled.phase, CallEvent::Phase::Cancelled);
    QCOMPARE(recvCancelled.bufsize, 100);
    const auto sendallCancelled = events.at(1).first().value<CallEvent>();
    QCOMPARE(sendallCancelled.call, CallEvent::Call::Sendall);
    QCOMPARE(sendallCancelled.phase, CallEvent::Phase::Cancelled);
    QVERIFY(sendallCancelled.returned > 0);
    QVERIFY(sendallCancelled.returned < 4 << 20);
    QCOMPARE(events.at(2).first().value<CallEvent>().call, CallEvent::Call::Close);
    QCOMPARE(pendingSpy.size(), 2);
    QCOMPARE(pendingSpy.last().first().value<LiveSocket::Pending>(), LiveSocket::Pending::None);
    QCOMPARE(conn->pending(), LiveSocket::Pending::None);
    QCOMPARE(conn->pendingRead(), LiveSocket::Pending::None);
    QCOMPARE(conn->pendingWrite(), LiveSocket::Pending::None);
    QCOMPARE(conn->state(), LiveSocket::State::Closed);
    QVERIFY(!conn->socket().isValid());
    // The fd is gone from the process (nothing opened a new one since).
    errno = 0;
    QCOMPARE(::fcntl(fd, F_GETFD), -1);
    QCOMPARE(errno, EBADF);
    // Nothing comes back later from the abandoned calls.
    QVERIFY(!failedSpy.wait(100));
    QCOMPARE(events.size(), 3);
}

void TestLiveSocket::cancelRecvLeavesSendallRunning()
{
    LiveSocket server(CallEvent::Side::Server, u"small"_s);
    QVERIFY(listenOn(server, AF_INET));
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    LiveSocket *conn = connectPair(server, client);
    QVERIFY(conn);

    const QByteArray payload = pattern(4 << 20, 'q');
    QSignalSpy receivedSpy(conn, &LiveSocket::received);
    QSignalSpy sentSpy(conn, &LiveSocket::sent);
    QVERIFY(!conn->recv(64));
    QVERIFY(!conn->sendall(payload));
    QCOMPARE(conn->pendingWrite(), LiveSocket::Pending::SendAll);

    // Cancelling something that does not wait changes nothing.
    QSignalSpy events(conn, &LiveSocket::callRecorded);
    conn->cancel(LiveSocket::Pending::Accept);
    conn->cancel(LiveSocket::Pending::Connect);
    conn->cancel(LiveSocket::Pending::None);
    QVERIFY(events.isEmpty());
    QCOMPARE(conn->pendingRead(), LiveSocket::Pending::Recv);

    conn->cancel(LiveSocket::Pending::Recv);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().first().value<CallEvent>().call, CallEvent::Call::Recv);
    QCOMPARE(events.first().first().value<CallEvent>().phase, CallEvent::Phase::Cancelled);
    QCOMPARE(conn->pendingRead(), LiveSocket::Pending::None);
    QCOMPARE(conn->pendingWrite(), LiveSocket::Pending::SendAll);
    QCOMPARE(conn->pending(), LiveSocket::Pending::SendAll);

    // The sendall still finishes once the peer reads; the cancelled recv never answers,
    // and bytes that arrive now are announced by readable() instead.
    QSignalSpy readableSpy(conn, &LiveSocket::readable);
    QCOMPARE(client.send("ping").bytes, 4);
    QVERIFY(readableSpy.wait(waitMs));
    QByteArray got;
    QObject context;
    QObject::connect(&client, &LiveSocket::received, &context, [&](const QByteArray &data) {
        got += data;
        if (!data.isEmpty() && got.size() < payload.size())
            QVERIFY(!client.recv(65536));
    });
    QVERIFY(!client.recv(65536));
    QTRY_VERIFY_WITH_TIMEOUT(got.size() >= payload.size() && !sentSpy.isEmpty(), 60000);
    QVERIFY(got == payload);
    QCOMPARE(sentSpy.first().first().toLongLong(), payload.size());
    QVERIFY(receivedSpy.isEmpty());
    SocketError error;
    QCOMPARE(recvOnce(*conn, 64, &error), QByteArray("ping"));
    QVERIFY(!error);
}

// A progress view's Cancel button pressed while sendall's loop is emitting:
// the loop stops at once instead of sending from the dropped data.
void TestLiveSocket::cancelSendallFromItsProgressSlot()
{
    LiveSocket server(CallEvent::Side::Server, u"small"_s);
    QVERIFY(listenOn(server, AF_INET));
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    LiveSocket *conn = connectPair(server, client);
    QVERIFY(conn);

    const QByteArray payload = pattern(4 << 20, 'p');
    QVERIFY(!conn->sendall(payload));
    QCOMPARE(conn->pendingWrite(), LiveSocket::Pending::SendAll);
    QSignalSpy progressSpy(conn, &LiveSocket::sendallProgressed);
    QSignalSpy sentSpy(conn, &LiveSocket::sent);
    QObject context;
    QObject::connect(conn, &LiveSocket::sendallProgressed, &context,
        [conn] { conn->cancel(LiveSocket::Pending::SendAll); });
    QByteArray got;
    QObject::connect(&client, &LiveSocket::received, &context, [&](const QByteArray &data) {
        got += data;
        if (!data.isEmpty())
            QVERIFY(!client.recv(65536));
    });
    QVERIFY(!client.recv(65536));
    QVERIFY(progressSpy.wait(waitMs));
    QCOMPARE(progressSpy.size(), 1);
    QCOMPARE(conn->pendingWrite(), LiveSocket::Pending::None);
    const qint64 stoppedAt = progressSpy.first().first().toLongLong();
    QVERIFY(stoppedAt < payload.size());
    // The peer gets exactly what went before the cancel, then nothing more.
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), stoppedAt, waitMs);
    QVERIFY(!progressSpy.wait(200));
    QCOMPARE(got.size(), stoppedAt);
    QVERIFY(got == payload.first(stoppedAt));
    QVERIFY(sentSpy.isEmpty());
    // The socket can sendall again.
    QVERIFY(!conn->sendall("next"));
    QTRY_VERIFY_WITH_TIMEOUT(got.endsWith("next"), waitMs);
    QCOMPARE(sentSpy.size(), 1);
}

// Bytes that wait unread: readable() at the first arrival and again at each
// later one (more bytes, the FIN, the RST), so views show the kernel's real
// state; never while nothing changes.
void TestLiveSocket::readableAtEachArrival()
{
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    LiveSocket *conn = connWithBytes(server, client, AF_INET, pattern(10, 2));
    QVERIFY(conn);
    QSignalSpy readableSpy(conn, &LiveSocket::readable);
    QVERIFY(readableSpy.size() == 1 || readableSpy.wait(waitMs));
    QTest::qWait(100);
    QCOMPARE(readableSpy.size(), 1);

    QCOMPARE(client.send(pattern(20, 3)).bytes, 20);
    QVERIFY(readableSpy.wait(waitMs));
    QCOMPARE(conn->bytesWaiting(), qint64(30));
    const qsizetype afterBytes = readableSpy.size();

    QVERIFY(!client.shutdown(SHUT_WR));
    QTRY_VERIFY_WITH_TIMEOUT(readableSpy.size() > afterBytes, waitMs);
    QCOMPARE(conn->tcpInfo().state, TcpInfo::State::CloseWait);
    const qsizetype afterFin = readableSpy.size();

    // Nothing changes: no signal, no CPU.
    const double cpuBefore = processCpuMs();
    QElapsedTimer wall;
    wall.start();
    QTest::qWait(200);
    QCOMPARE(readableSpy.size(), afterFin);
    QVERIFY(processCpuMs() - cpuBefore < 0.5 * double(wall.elapsed()));

    // The peer resets (SO_LINGER 0, then close): told as well.
    const linger abort {1, 0};
    QCOMPARE(::setsockopt(client.socket().fd(), SOL_SOCKET, SO_LINGER, &abort, sizeof abort), 0);
    QVERIFY(!client.close());
    QTRY_VERIFY_WITH_TIMEOUT(readableSpy.size() > afterFin, waitMs);
}

// A run: every recv(2) a real call, all of them in one run event (sizes,
// bytes, sequence numbers), none through received(); the call that found
// nothing becomes the usual waiting recv.
void TestLiveSocket::recvRunReportsEveryCallOnce()
{
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    const QByteArray sent = pattern(100, 7);
    LiveSocket *conn = connWithBytes(server, client, AF_INET, sent);
    QVERIFY(conn);

    QSignalSpy events(conn, &LiveSocket::callRecorded);
    QSignalSpy received(conn, &LiveSocket::received);
    QList<QByteArray> seen;
    const LiveSocket::RecvRun run = conn->recvRun(8, [&](QByteArrayView bytes) {
        seen << bytes.toByteArray();
        return true;
    });
    // 100 = 12 x 8 + 4: 13 calls returned bytes, the 14th found nothing.
    QCOMPARE(run.calls, 13);
    QVERIFY(run.endingCall);
    QVERIFY(!run.error);
    QCOMPARE(seen.size(), 13);
    QCOMPARE(seen.join(), sent);
    QCOMPARE(conn->pendingRead(), LiveSocket::Pending::Recv);
    QCOMPARE(received.size(), 0);
    QCOMPARE(events.size(), 2);

    const auto runEvent = events.at(0).at(0).value<CallEvent>();
    QVERIFY(runEvent.isRun());
    QCOMPARE(runEvent.callCount(), 13);
    QCOMPARE(runEvent.call, CallEvent::Call::Recv);
    QCOMPARE(runEvent.bufsize, 8);
    QCOMPARE(runEvent.data, sent);
    QCOMPARE(runEvent.returned, 100);
    QCOMPARE(runEvent.chunkSizes.last(), 4);
    const auto waiting = events.at(1).at(0).value<CallEvent>();
    QCOMPARE(waiting.phase, CallEvent::Phase::Waiting);
    QVERIFY(!waiting.isRun());
    // The run took one sequence number per call.
    QCOMPARE(waiting.sequence, runEvent.sequence + 13);

    // forEachCall gives the calls back one by one, as lone recv events.
    QList<CallEvent> calls;
    runEvent.forEachCall(0, [&](const CallEvent &one) { calls << one; });
    QCOMPARE(calls.size(), 13);
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QVERIFY(!calls.at(i).isRun());
        QCOMPARE(calls.at(i).sequence, runEvent.sequence + i);
        QCOMPARE(calls.at(i).data, seen.at(i));
        QCOMPARE(calls.at(i).returned, seen.at(i).size());
        QCOMPARE(calls.at(i).bufsize, 8);
    }
    calls.clear();
    runEvent.forEachCall(11, [&](const CallEvent &one) { calls << one; });
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(1).data, sent.right(4));

    // The waiting recv completes as any other does.
    QVERIFY(!client.shutdown(SHUT_WR));
    QVERIFY(received.size() == 1 || received.wait(waitMs));
    QVERIFY(received.first().first().toByteArray().isEmpty());
    QCOMPARE(conn->state(), LiveSocket::State::PeerClosed);
}

// more() says stop: no further call is made, nothing is left waiting.
void TestLiveSocket::recvRunStopsWhenAsked()
{
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    LiveSocket *conn = connWithBytes(server, client, AF_INET6, pattern(64, 3));
    QVERIFY(conn);

    QSignalSpy events(conn, &LiveSocket::callRecorded);
    int calls = 0;
    const LiveSocket::RecvRun run = conn->recvRun(8, [&](QByteArrayView) { return ++calls < 3; });
    QCOMPARE(run.calls, 3);
    QVERIFY(!run.endingCall);
    QCOMPARE(conn->pendingRead(), LiveSocket::Pending::None);
    QCOMPARE(conn->bytesWaiting(), qint64(40));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().first().value<CallEvent>().data, pattern(64, 3).first(24));

    // A run while a recv waits is refused, like a second recv().
    QVERIFY(!conn->recv(64));
    QCOMPARE(conn->pendingRead(), LiveSocket::Pending::None); // it took the 40 bytes
    QVERIFY(!conn->recv(64));
    QCOMPARE(conn->pendingRead(), LiveSocket::Pending::Recv);
    const LiveSocket::RecvRun refused = conn->recvRun(8, [](QByteArrayView) { return true; });
    QVERIFY(refused.endingCall);
    QCOMPARE(refused.error.kind(), SocketError::Kind::Refused);
}

// The peer's FIN ends the run: recv's 0 comes through received(), after the run.
void TestLiveSocket::recvRunEndsWithEof()
{
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    LiveSocket *conn = connWithBytes(server, client, AF_INET, pattern(20, 9));
    QVERIFY(conn);
    QVERIFY(!client.shutdown(SHUT_WR));
    QTRY_COMPARE_WITH_TIMEOUT(conn->tcpInfo().state, TcpInfo::State::CloseWait, waitMs);

    QSignalSpy events(conn, &LiveSocket::callRecorded);
    QSignalSpy received(conn, &LiveSocket::received);
    const LiveSocket::RecvRun run = conn->recvRun(8, [](QByteArrayView) { return true; });
    QCOMPARE(run.calls, 3);
    QVERIFY(run.endingCall);
    QVERIFY(!run.error);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).at(0).value<CallEvent>().chunkSizes, QList<qint32>({8, 8, 4}));
    const auto eof = events.at(1).at(0).value<CallEvent>();
    QVERIFY(!eof.isRun());
    QVERIFY(eof.data.isEmpty());
    QCOMPARE(received.size(), 1);
    QVERIFY(received.first().first().toByteArray().isEmpty());
    QCOMPARE(conn->state(), LiveSocket::State::PeerClosed);
}

// more() may close the socket: the run ends, the calls made are still reported.
void TestLiveSocket::recvRunSurvivesCloseFromMore()
{
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    LiveSocket *conn = connWithBytes(server, client, AF_INET, pattern(32, 1));
    QVERIFY(conn);

    QSignalSpy events(conn, &LiveSocket::callRecorded);
    const LiveSocket::RecvRun run = conn->recvRun(8, [conn](QByteArrayView) {
        (void)conn->close();
        return true;
    });
    QCOMPARE(run.calls, 1);
    QVERIFY(!run.endingCall);
    QCOMPARE(conn->state(), LiveSocket::State::Closed);
    QCOMPARE(events.size(), 2); // close(), then the run of one recv made before it
    QCOMPARE(events.at(0).at(0).value<CallEvent>().call, CallEvent::Call::Close);
    QCOMPARE(events.at(1).at(0).value<CallEvent>().callCount(), 1);
}

// The names of a waiting call: the system call, the English words the
// lesson's subjects use, and the words the UI shows (English here).
void TestLiveSocket::pendingNames_data()
{
    QTest::addColumn<LiveSocket::Pending>("pending");
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("text");
    using P = LiveSocket::Pending;
    QTest::newRow("none") << P::None << QString() << QString();
    QTest::newRow("accept") << P::Accept << u"accept"_s << u"waiting in accept()"_s;
    QTest::newRow("connect") << P::Connect << u"connect"_s << u"connecting"_s;
    QTest::newRow("recv") << P::Recv << u"recv"_s << u"waiting in recv()"_s;
    QTest::newRow("recvfrom") << P::RecvFrom << u"recvfrom"_s << u"waiting in recvfrom()"_s;
    QTest::newRow("sendall") << P::SendAll << u"sendall"_s << u"waiting in sendall()"_s;
}

void TestLiveSocket::pendingNames()
{
    QFETCH(LiveSocket::Pending, pending);
    QFETCH(QString, call);
    QFETCH(QString, text);
    QCOMPARE(LiveSocket::pendingCall(pending), call);
    QCOMPARE(LiveSocket::pendingText(pending), text);
    QCOMPARE(LiveSocket::pendingLabel(pending), text); // no translator installed
}

void TestLiveSocket::isOpen_data()
{
    QTest::addColumn<LiveSocket::State>("state");
    QTest::addColumn<bool>("open");
    using S = LiveSocket::State;
    QTest::newRow("unopened") << S::Unopened << false;
    QTest::newRow("created") << S::Created << true;
    QTest::newRow("bound") << S::Bound << true;
    QTest::newRow("listening") << S::Listening << true;
    QTest::newRow("connecting") << S::Connecting << true;
    QTest::newRow("connected") << S::Connected << true;
    QTest::newRow("peer closed") << S::PeerClosed << true; // the fd is still ours to close
    QTest::newRow("closed") << S::Closed << false;
}

void TestLiveSocket::isOpen()
{
    QFETCH(LiveSocket::State, state);
    QFETCH(bool, open);
    QCOMPARE(LiveSocket::isOpen(state), open);
}

// isOpen() says whether the socket holds an fd, through a real lifecycle
// and a socket() the kernel refuses.
void TestLiveSocket::isOpenFollowsTheFd()
{
    LiveSocket socket(CallEvent::Side::Server, u"server"_s);
    QVERIFY(!socket.isOpen());
    QVERIFY(socket.open(AF_INET, SOCK_STREAM, 12345)); // EPROTONOSUPPORT
    QVERIFY(!socket.isOpen());
    QVERIFY(!socket.socket().isValid());
    QVERIFY(!socket.open(AF_INET, SOCK_STREAM, 0));
    QVERIFY(socket.isOpen());
    QVERIFY(socket.socket().isValid());
    QVERIFY(!socket.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
    QVERIFY(socket.isOpen());
    QVERIFY(!socket.close());
    QVERIFY(!socket.isOpen());
    QVERIFY(!socket.socket().isValid());
}

QTEST_GUILESS_MAIN(TestLiveSocket)
#include "tst_livesocket.moc"
