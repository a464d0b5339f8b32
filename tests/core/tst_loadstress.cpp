// Bounded stress on loopback, against the core only (LiveSocket, ReceiveLoop,
// ChunkModel, Transcript, EventLog): 1,000 connects against backlog 1, 100
// connections that send and reset (on both ends), 50 slow clients, 1 MiB of
// random bytes. After each, the counts are exact and the process has the
// file descriptors it had before (/proc/self/fd). Every loop is bounded in
// count and in time (deadlineMs), so a fault fails the test instead of
// hanging it.
#include "core/bytes/chunkmodel.h"
#include "core/bytes/receiveloop.h"
#include "core/net/livesocket.h"
#include "core/record/eventlog.h"
#include "core/record/transcript.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Each test's loops stop here at the latest (ctest's own limit is far above).
constexpr qint64 deadlineMs = 15000;

int openFds()
{
    return int(QDir(u"/proc/self/fd"_s).entryList(QDir::Files | QDir::System).size());
}

// Processes events until done() or the deadline; false on the deadline.
template<typename Done> bool runUntil(const QElapsedTimer &clock, Done done)
{
    while (!done()) {
        if (clock.elapsed() > deadlineMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

// A blocking listener on 127.0.0.1 for an outside peer thread; port chosen by the kernel.
int peerListener(quint16 *port, int backlog)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&addr), len) != 0
        || ::listen(fd, backlog) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    *port = ntohs(addr.sin_port);
    return fd;
}

int peerConnect(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(port);
    if (fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// close() with SO_LINGER {1, 0}: the kernel sends RST instead of FIN.
void resetAndClose(int fd)
{
    const linger abort {1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &abort, sizeof abort);
    ::close(fd);
}

bool sendAllBlocking(int fd, QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        const ssize_t n = ::send(fd, bytes.data(), size_t(bytes.size()), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        bytes = bytes.sliced(n);
    }
    return true;
}

const QByteArray resetPayload = "28 bytes, then a reset (RST)";
static_assert(sizeof "28 bytes, then a reset (RST)" == 29);

} // namespace

class TestLoadStress final : public QObject
{
    Q_OBJECT

private slots:
    void thousandConnectsAgainstBacklogOne();
    void resetStormConnectOutcome();
    void resetStormReceiveLoops();
    void fiftySlowClients();
    void megabyteOfRandomBytes();
};

// 1,000 connects to a LiveSocket listening with backlog 1, at most 2 in
// flight (what a backlog of 1 queues), each accepted and closed on both
// ends: 1,000 connected, 1,000 accepted, none failed, every fd given back.
void TestLoadStress::thousandConnectsAgainstBacklogOne()
{
    const int baseline = openFds();
    constexpr int total = 1000;
    constexpr int inFlight = 2;
    {
        LiveSocket server(CallEvent::Side::Server, u"server"_s);
        QVERIFY(!server.open(AF_INET, SOCK_STREAM, 0));
        QVERIFY(!server.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
        QVERIFY(!server.listen(1));
        const Endpoint address = server.laddr();
        int accepted = 0;
        int acceptEvents = 0;
        int connected = 0;
        int failed = 0;
        int started = 0;
        std::vector<std::unique_ptr<LiveSocket>> clients;
        connect(&server, &LiveSocket::callRecorded, this, [&](const CallEvent &event) {
            if (event.call == CallEvent::Call::Accept && event.phase == CallEvent::Phase::Done
                && !event.error)
                ++acceptEvents;
        });
        connect(&server, &LiveSocket::accepted, this, [&](LiveSocket *conn, const Endpoint &) {
            ++accepted;
            conn->close();
            conn->deleteLater();
            server.accept(); // the next one
        });
        QVERIFY(!server.accept());
        auto startClient = [&] {
            auto client = std::make_unique<LiveSocket>(CallEvent::Side::Client, u"client"_s);
            LiveSocket *raw = client.get();
            connect(raw, &LiveSocket::connected, this, [&connected, raw] {
                ++connected;
                raw->close();
            });
            connect(raw, &LiveSocket::failed, this, [&failed] { ++failed; });
            ++started;
            if (raw->open(AF_INET, SOCK_STREAM, 0) || raw->connect(address))
                ++failed;
            clients.push_back(std::move(client));
        };
        QElapsedTimer clock;
        clock.start();
        const bool finished = runUntil(clock, [&] {
            while (started < total && started - accepted < inFlight && failed == 0)
                startClient();
            return failed > 0 || (accepted == total && connected == total);
        });
        QVERIFY2(finished,
            qPrintable(u"%1 accepted, %2 connected after %3 ms"_s.arg(accepted).arg(connected).arg(
                clock.elapsed())));
        QCOMPARE(failed, 0);
        QCOMPARE(accepted, total);
        QCOMPARE(acceptEvents, total);
        QCOMPARE(connected, total);
        clients.clear();
        QVERIFY(!server.close());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    QCOMPARE(openFds(), baseline);
}

// 100 times: the client connects and waits in recv() while an outside server
// accepts, sends 28 bytes and resets, all before the client's event loop
// runs again (the worst order for it, made certain). connect() succeeded,
// as the kernel said when the handshake completed: every view must say so,
// and the reset must come where it belongs, on the recv after the bytes.
void TestLoadStress::resetStormConnectOutcome()
{
    const int baseline = openFds();
    constexpr int total = 100;
    {
        quint16 port = 0;
        const int listener = peerListener(&port, 8);
        QVERIFY(listener >= 0);
        QSemaphore accept;
        QSemaphore resetDone;
        std::thread peer([&] {
            for (int i = 0; i < total; ++i) {
                if (!accept.tryAcquire(1, int(deadlineMs)))
                    return;
                const int conn = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
                if (conn >= 0) {
                    sendAllBlocking(conn, resetPayload);
                    resetAndClose(conn);
                }
                resetDone.release();
            }
        });
        // A failed check returns early: wake the peer (accept fails on a shut
        // down listener) and join it before its semaphores go.
        const auto joinPeer = qScopeGuard([&] {
            ::shutdown(listener, SHUT_RDWR);
            accept.release(total);
            if (peer.joinable())
                peer.join();
            ::close(listener);
        });

        Transcript transcript;
        int connectOk = 0;
        int connectFailed = 0;
        int resets = 0;
        int eofs = 0;
        qint64 bytes = 0;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < total && clock.elapsed() < deadlineMs; ++i) {
            LiveSocket client(CallEvent::Side::Client, u"client"_s);
            ChunkModel chunks;
            connect(&client, &LiveSocket::callRecorded, &transcript, &Transcript::record);
            connect(&client, &LiveSocket::callRecorded, &chunks, &ChunkModel::record);
            QByteArray got;
            bool recvDone = false;
            connect(&client, &LiveSocket::received, this, [&](const QByteArray &data) {
                got = data;
                recvDone = true;
            });
            connect(&client, &LiveSocket::failed, this, [&](const QString &call) {
                if (call == u"recv")
                    recvDone = true;
            });
            QVERIFY(!client.open(AF_INET, SOCK_STREAM, 0));
            QVERIFY(!client.connect(Endpoint::inet(u"127.0.0.1"_s, port)));
            QVERIFY(!client.recv(64)); // waits: connecting, or nothing arrived yet
            accept.release();
            // No event is processed until the peer has sent and reset.
            QVERIFY(resetDone.tryAcquire(1, int(deadlineMs)));
            QVERIFY(runUntil(clock,
                [&] { return recvDone && client.pendingWrite() == LiveSocket::Pending::None; }));
            const bool ok = client.state() == LiveSocket::State::Connected;
            connectOk += ok ? 1 : 0;
            connectFailed += ok ? 0 : 1;
            bytes += got.size();
            QCOMPARE(got, resetPayload);
            // The reset, then the end of the stream, as Python's recv() gives them.
            const SocketError reset = client.recv(64);
            if (reset.kind() == SocketError::Kind::Errno && reset.code() == ECONNRESET)
                ++resets;
            QSignalSpy received(&client, &LiveSocket::received);
            QVERIFY(!client.recv(64));
            if (received.size() == 1 && received.first().first().toByteArray().isEmpty())
                ++eofs;
            chunks.flush();
            QCOMPARE(chunks.calls(), 3);
            QCOMPARE(chunks.totalBytes(), resetPayload.size());
            QCOMPARE(chunks.errorCount(), 1);
            QCOMPARE(chunks.eofCount(), 1);
            QCOMPARE(
                chunks.index(1, 0).data(ChunkModel::ErrorNameRole).toString(), u"ECONNRESET"_s);
            QVERIFY(!client.close());
        }
        QCOMPARE(connectOk, total);
        QCOMPARE(connectFailed, 0);
        QCOMPARE(bytes, qint64(total) * resetPayload.size());
        QCOMPARE(resets, total);
        QCOMPARE(eofs, total);
        // In the transcript too: every connect that completed did so without an error.
        int connectDone = 0;
        for (int i = 0; i < transcript.entryCount(); ++i) {
            const CallEvent &e = transcript.entry(i).event;
            if (e.call == CallEvent::Call::Connect && e.phase == CallEvent::Phase::Done) {
                QVERIFY2(!e.error, qPrintable(e.error.toString()));
                ++connectDone;
            }
        }
        QCOMPARE(connectDone, total);
    }
    QCOMPARE(openFds(), baseline);
}

// 100 outside clients connect, send 28 bytes and reset; the LiveSocket
// server accepts each and reads it with a receive loop (recv(8) until EOF):
// every connection's chunk table and totals keep the ECONNRESET row after
// the bytes, as the transcript and the event log do.
void TestLoadStress::resetStormReceiveLoops()
{
    const int baseline = openFds();
    constexpr int total = 100;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        LiveSocket server(CallEvent::Side::Server, u"server"_s);
        Transcript transcript;
        EventLog log;
        QVERIFY(log.open(dir.filePath(u"events.jsonl"_s), nullptr));
        QVERIFY(!server.open(AF_INET, SOCK_STREAM, 0));
        QVERIFY(!server.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
        QVERIFY(!server.listen(total));
        const quint16 port = server.laddr().port();

        struct Connection
        {
            std::unique_ptr<ChunkModel> chunks;
            std::unique_ptr<ReceiveLoop> loop;
        };
        std::vector<Connection> connections;
        int stopped = 0;
        int stoppedByError = 0;
        connect(&server, &LiveSocket::accepted, this, [&](LiveSocket *conn, const Endpoint &) {
            connect(conn, &LiveSocket::callRecorded, &transcript, &Transcript::record);
            connect(conn, &LiveSocket::callRecorded, &log, &EventLog::write);
            Connection c {std::make_unique<ChunkModel>(), std::make_unique<ReceiveLoop>(conn)};
            connect(conn, &LiveSocket::callRecorded, c.chunks.get(), &ChunkModel::record);
            c.loop->setBufferLength(8);
            c.loop->setStopRule(ReceiveLoop::StopRule::Eof);
            c.loop->setDecode(Utf8Stream::Decode::Boundary);
            connect(c.loop.get(), &ReceiveLoop::stopped, this, [&](ReceiveLoop::StopReason reason) {
                ++stopped;
                stoppedByError += reason == ReceiveLoop::StopReason::Error ? 1 : 0;
            });
            // Bytes and the RST are there before the first recv: a run, then ECONNRESET at once.
            connections.push_back(std::move(c));
            server.accept();
        });
        QVERIFY(!server.accept());

        std::thread peer([port] {
            for (int i = 0; i < total; ++i) {
                const int fd = peerConnect(port);
                if (fd < 0)
                    return;
                sendAllBlocking(fd, resetPayload);
                resetAndClose(fd);
            }
        });
        QElapsedTimer clock;
        clock.start();
        // Each loop starts once its peer has reset (the run meets the RST).
        const bool accepted = runUntil(clock, [&] { return connections.size() == total; });
        peer.join();
        QVERIFY2(accepted, qPrintable(u"%1 accepted"_s.arg(connections.size())));
        for (const Connection &c : connections)
            QVERIFY(!c.loop->start());
        QVERIFY(runUntil(clock, [&] { return stopped == total; }));
        QCOMPARE(stoppedByError, total);
        qint64 rows = 0;
        for (const Connection &c : connections) {
            c.chunks->flush();
            QCOMPARE(c.chunks->totalBytes(), resetPayload.size());
            QCOMPARE(c.chunks->calls(), 4 + 1); // 3 x 8 + 4, then -1 ECONNRESET
            QCOMPARE(c.chunks->errorCount(), 1);
            QCOMPARE(c.chunks->eofCount(), 0);
            const int last = c.chunks->rowCount() - 1;
            QCOMPARE(c.chunks->index(last, 0).data(ChunkModel::ErrorNameRole).toString(),
                u"ECONNRESET"_s);
            QCOMPARE(c.chunks->index(last, ChunkModel::GotColumn).data().toLongLong(), -1);
            QCOMPARE(c.loop->receivedBytes(), resetPayload.size());
            QCOMPARE(c.loop->received(), resetPayload);
            rows += c.chunks->rowCount();
        }
        QCOMPARE(rows, total * 5);
        int resetEvents = 0;
        for (int i = 0; i < transcript.entryCount(); ++i) {
            const CallEvent &e = transcript.entry(i).event;
            if (e.call == CallEvent::Call::Recv && e.error.code() == ECONNRESET)
                ++resetEvents;
        }
        QCOMPARE(resetEvents, total);
        QCOMPARE(log.leftOutEvents(), 0);
        connections.clear();
        QVERIFY(!server.close());
    }
    QCOMPARE(openFds(), baseline);
}

// 50 clients, all connected at once, each sending its line a few bytes at a
// time, one piece per timer tick; the server reads every connection with a
// receive loop that stops at "\n". Every line arrives whole and exact.
void TestLoadStress::fiftySlowClients()
{
    const int baseline = openFds();
    constexpr int total = 50;
    {
        LiveSocket server(CallEvent::Side::Server, u"server"_s);
        QVERIFY(!server.open(AF_INET, SOCK_STREAM, 0));
        QVERIFY(!server.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
        QVERIFY(!server.listen(total));
        std::vector<std::unique_ptr<ReceiveLoop>> loops;
        std::vector<std::unique_ptr<ChunkModel>> models;
        QList<QByteArray> messages;
        int waitedAtLeastOnce = 0;
        connect(&server, &LiveSocket::accepted, this, [&](LiveSocket *conn, const Endpoint &) {
            auto loop = std::make_unique<ReceiveLoop>(conn);
            auto model = std::make_unique<ChunkModel>();
            connect(conn, &LiveSocket::callRecorded, model.get(), &ChunkModel::record);
            loop->setBufferLength(64);
            loop->setStopRule(ReceiveLoop::StopRule::Delimiter);
            ReceiveLoop *raw = loop.get();
            connect(
                raw, &ReceiveLoop::waitingChanged, this, [&, raw, waited = false](bool on) mutable {
                    if (on && !waited) {
                        waited = true;
                        ++waitedAtLeastOnce;
                    }
                });
            connect(
                raw, &ReceiveLoop::stopped, this, [&messages, raw] { messages << raw->message(); });
            raw->start();
            loops.push_back(std::move(loop));
            models.push_back(std::move(model));
            server.accept();
        });
        QVERIFY(!server.accept());

        struct Slow
        {
            std::unique_ptr<LiveSocket> socket;
            QByteArray line;
            qsizetype sent = 0;
        };
        std::vector<Slow> clients;
        QByteArray expectedBytes;
        QStringList expected;
        for (int i = 0; i < total; ++i) {
            Slow slow {std::make_unique<LiveSocket>(CallEvent::Side::Client, u"client%1"_s.arg(i)),
                u"slow client %1 says: %2\n"_s.arg(i, 2, 10, QChar(u'0'))
                    .arg(QString(60, QChar(u'a' + i % 26)))
                    .toUtf8(),
                0};
            QVERIFY(!slow.socket->open(AF_INET, SOCK_STREAM, 0));
            QVERIFY(!slow.socket->connect(server.laddr()));
            expected << QString::fromUtf8(slow.line.chopped(1));
            clients.push_back(std::move(slow));
        }
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runUntil(clock, [&] {
            return loops.size() == total
                && std::all_of(clients.cbegin(), clients.cend(), [](const Slow &s) {
                       return s.socket->state() == LiveSocket::State::Connected;
                   });
        }));
        // One tick: every client sends its next piece of 1 to 7 bytes.
        QTimer tick;
        tick.setInterval(1);
        int piece = 0;
        connect(&tick, &QTimer::timeout, this, [&] {
            ++piece;
            for (Slow &s : clients) {
                if (s.sent >= s.line.size())
                    continue;
                const qsizetype n
                    = qMin<qsizetype>(1 + (piece + s.sent) % 7, s.line.size() - s.sent);
                const IoResult result = s.socket->send(s.line.mid(s.sent, n));
                if (!result.error)
                    s.sent += result.bytes;
            }
        });
        tick.start();
        QVERIFY2(runUntil(clock, [&] { return messages.size() == total; }),
            qPrintable(u"%1 of %2 lines"_s.arg(messages.size()).arg(total)));
        tick.stop();
        QStringList got;
        for (const QByteArray &m : std::as_const(messages))
            got << QString::fromUtf8(m);
        got.sort();
        QCOMPARE(got, expected);
        qint64 bytes = 0;
        qint64 calls = 0;
        for (const auto &model : models) {
            model->flush();
            bytes += model->totalBytes();
            calls += model->calls();
            QCOMPARE(model->errorCount(), 0);
        }
        qint64 lineBytes = 0;
        for (const Slow &s : clients)
            lineBytes += s.line.size();
        QCOMPARE(bytes, lineBytes);
        QVERIFY(calls >= total);
        // The clients were slow: the loops had to wait for their next pieces.
        QVERIFY(waitedAtLeastOnce > 0);
        clients.clear();
        loops.clear();
        models.clear();
        QVERIFY(!server.close());
    }
    QCOMPARE(openFds(), baseline);
}

// 1 MiB of random bytes (every byte value, mostly invalid UTF-8) read with
// recv(8) to EOF through a ChunkModel, a Transcript and an EventLog: the
// bytes and the calls are exact in each, the ends of the stream are the
// sent bytes, and the transcript stays within its bytes.
void TestLoadStress::megabyteOfRandomBytes()
{
    const int baseline = openFds();
    constexpr qint64 total = 1024 * 1024;
    QByteArray bytes(total, '\0');
    QRandomGenerator random(20261204); // fixed seed: a failure can be replayed
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), total / 4);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"events.jsonl"_s);
    {
        LiveSocket server(CallEvent::Side::Server, u"server"_s);
        LiveSocket client(CallEvent::Side::Client, u"client"_s);
        QSignalSpy accepted(&server, &LiveSocket::accepted);
        QVERIFY(!server.open(AF_INET, SOCK_STREAM, 0));
        QVERIFY(!server.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
        QVERIFY(!server.listen(1));
        QVERIFY(!server.accept());
        QVERIFY(!client.open(AF_INET, SOCK_STREAM, 0));
        QVERIFY(!client.connect(server.laddr()));
        QVERIFY(accepted.size() == 1 || accepted.wait(5000));
        auto *conn = accepted.first().first().value<LiveSocket *>();

        ChunkModel chunks;
        Transcript transcript;
        transcript.setMaxBytes(256 * 1024);
        EventLog log;
        QVERIFY(log.open(path, nullptr));
        connect(conn, &LiveSocket::callRecorded, &chunks, &ChunkModel::record);
        connect(conn, &LiveSocket::callRecorded, &transcript, &Transcript::record);
        connect(conn, &LiveSocket::callRecorded, &log, &EventLog::write);
        qint64 returned = 0; // recv calls that returned, as LiveSocket reported them
        connect(conn, &LiveSocket::callRecorded, this, [&returned](const CallEvent &event) {
            if (event.phase == CallEvent::Phase::Done)
                returned += event.callCount();
        });

        ReceiveLoop loop(conn);
        QVERIFY(!loop.setBufferLength(8));
        loop.setStopRule(ReceiveLoop::StopRule::Eof);
        loop.setDecode(Utf8Stream::Decode::Boundary);
        bool done = false;
        connect(&loop, &ReceiveLoop::stopped, this, [&done] { done = true; });
        bool sent = false;
        connect(&client, &LiveSocket::sent, this, [&] {
            sent = true;
            client.shutdown(SHUT_WR);
        });
        QVERIFY(!client.sendall(bytes));
        QVERIFY(!loop.start());
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runUntil(clock, [&] { return done; }));
        QVERIFY(sent);
        QCOMPARE(loop.stopReason(), ReceiveLoop::StopReason::Eof);
        QCOMPARE(loop.received(), bytes);

        chunks.flush();
        QCOMPARE(chunks.totalBytes(), total);
        // A recv(8) returns fewer bytes when fewer have arrived: at least 131,073 calls.
        QVERIFY(chunks.calls() >= total / 8 + 1);
        QCOMPARE(chunks.calls(), returned);
        QCOMPARE(loop.chunkCount(), returned);
        QCOMPARE(chunks.eofCount(), 1);
        QCOMPARE(chunks.errorCount(), 0);
        QCOMPARE(chunks.rowCount() + chunks.droppedRows(), chunks.calls());
        QCOMPARE(chunks.reassembledHead(), bytes.first(ChunkModel::ReassembledKeep));
        QVERIFY(bytes.endsWith(chunks.reassembledTail()));
        QVERIFY(chunks.invalidBytes() > 0);

        // The transcript keeps its newest calls within its bytes.
        QVERIFY(transcript.keptBytes() <= transcript.maxBytes());
        QVERIFY(transcript.entryCount() < transcript.recordedCount());
        QVERIFY(transcript.entry(transcript.entryCount() - 1).event.data.isEmpty()); // the EOF
        // The log: every call and every byte, runs as one line each.
        qint64 waits = 0;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        qint64 logged = 0;
        qint64 loggedCalls = 0;
        while (!file.atEnd()) {
            const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
            if (o.value(u"phase"_s).toString() == u"waiting") {
                ++waits;
                continue;
            }
            const QJsonArray sizes = o.value(u"chunk_sizes"_s).toArray();
            loggedCalls += sizes.isEmpty() ? 1 : sizes.size();
            if (sizes.isEmpty())
                logged += o.value(u"returned"_s).toInteger();
            for (const QJsonValue &size : sizes)
                logged += size.toInteger();
        }
        QCOMPARE(logged, total);
        QCOMPARE(loggedCalls, chunks.calls());
        // Every recv that returned, plus each time one waited: exact in the transcript.
        QCOMPARE(transcript.recordedCount(), chunks.calls() + waits);
        QVERIFY(!client.close());
        QVERIFY(!server.close());
    }
    QCOMPARE(openFds(), baseline);
}

QTEST_GUILESS_MAIN(TestLoadStress)
#include "tst_loadstress.moc"
