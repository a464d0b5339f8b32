// ReceiveLoop over real loopback LiveSockets: the lesson's recv(8) loop, its
// flaw (exact multiple of the buffer waits), and the correct framings.
#include "core/bytes/bytesformat.h"
#include "core/bytes/chunkmodel.h"
#include "core/bytes/receiveloop.h"
#include "core/net/livesocket.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

#include <cerrno>
#include <memory>

#include <netinet/in.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 5000;

const QByteArray lessonMessage
    = u"This is a fancy message, containing über-important information"_s.toUtf8();

QByteArray lengthPrefixed(const QByteArray &payload)
{
    QByteArray prefix(4, '\0');
    qToBigEndian<quint32>(quint32(payload.size()), prefix.data());
    return prefix + payload;
}

} // namespace

class TestReceiveLoop final : public QObject
{
    Q_OBJECT

private:
    // A connected pair on 127.0.0.1: m_client and m_conn (accepted by m_server).
    bool connectPair();
    // Sends from the client and waits until all bytes wait in conn's buffer.
    bool sendToConn(const QByteArray &bytes);

    std::unique_ptr<LiveSocket> m_server;
    std::unique_ptr<LiveSocket> m_client;
    LiveSocket *m_conn = nullptr;

private slots:
    void init();
    void cleanup();
    void bufferLengthValidated_data();
    void bufferLengthValidated();
    void lessonLoopChunks();
    void exactMultipleWaits();
    void exactMultipleRescuedByShutdown();
    void delimiter_data();
    void delimiter();
    void lengthPrefix_data();
    void lengthPrefix();
    void eofRule();
    void resetStopsWithError();
    void stepMode();
    void splitCharacterReported();
    void continuousMegabyte();
    void socketGoneWhileWaiting();
    void runStopsAtTheRule();
};

void TestReceiveLoop::init()
{
    m_server = std::make_unique<LiveSocket>(CallEvent::Side::Server, u"server"_s);
    m_client = std::make_unique<LiveSocket>(CallEvent::Side::Client, u"client"_s);
    m_conn = nullptr;
    QVERIFY(connectPair());
}

void TestReceiveLoop::cleanup()
{
    m_client.reset();
    m_server.reset(); // owns conn
    m_conn = nullptr;
}

bool TestReceiveLoop::connectPair()
{
    if (m_server->open(AF_INET, SOCK_STREAM, IPPROTO_TCP)
        || m_server->bind(Endpoint::inet(u"127.0.0.1"_s, 0)) || m_server->listen(5))
        return false;
    QSignalSpy accepted(m_server.get(), &LiveSocket::accepted);
    if (m_server->accept() || m_client->open(AF_INET, SOCK_STREAM, IPPROTO_TCP)
        || m_client->connect(m_server->laddr()))
        return false;
    if (!QTest::qWaitFor(
            [&] {
                return m_client->state() == LiveSocket::State::Connected && !accepted.isEmpty();
            },
            waitMs))
        return false;
    m_conn = accepted.first().first().value<LiveSocket *>();
    return m_conn != nullptr;
}

bool TestReceiveLoop::sendToConn(const QByteArray &bytes)
{
    const qint64 before = qMax<qint64>(0, m_conn->bytesWaiting());
    if (m_client->sendall(bytes))
        return false;
    return QTest::qWaitFor([&] { return m_conn->bytesWaiting() == before + bytes.size(); }, waitMs);
}

void TestReceiveLoop::bufferLengthValidated_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("0") << 0 << false;
    QTest::newRow("-8") << -8 << false;
    QTest::newRow("1") << 1 << true;
    QTest::newRow("8") << 8 << true;
    QTest::newRow("65536") << 65536 << true;
    QTest::newRow("65537") << 65537 << false;
}

void TestReceiveLoop::bufferLengthValidated()
{
    QFETCH(int, length);
    QFETCH(bool, accepted);
    ReceiveLoop loop(m_conn);
    QVERIFY(!loop.setBufferLength(4));
    const SocketError error = loop.setBufferLength(length);
    QCOMPARE(!error, accepted);
    QCOMPARE(loop.bufferLength(), accepted ? length : 4);
    if (!accepted) {
        QCOMPARE(error.kind(), SocketError::Kind::Refused);
        QVERIFY(error.hint().contains(QLocale().toString(65536))); // 65,536
    }
}

// The lesson: recv(8) until a chunk is shorter than 8. The kernel returns the
// 63-byte message as 7 chunks of 8 and one of 7.
void TestReceiveLoop::lessonLoopChunks()
{
    QVERIFY(sendToConn(lessonMessage));
    ReceiveLoop loop(m_conn);
    QVERIFY(!loop.setBufferLength(8));
    loop.setStopRule(ReceiveLoop::StopRule::ShortChunk);
    QSignalSpy chunks(&loop, &ReceiveLoop::chunkReceived);
    QSignalSpy stopped(&loop, &ReceiveLoop::stopped);
    QVERIFY(!loop.start());
    QVERIFY(stopped.size() == 1 || stopped.wait(waitMs));

    const QStringList expected {u"This is "_s, u"a fancy "_s, u"message,"_s, u" contain"_s,
        u"ing übe"_s, u"r-import"_s, u"ant info"_s, u"rmation"_s};
    QCOMPARE(chunks.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const auto chunk = chunks.at(i).first().value<ReceiveLoop::Chunk>();
        QCOMPARE(chunk.index, i + 1);
        QCOMPARE(chunk.asked, 8);
        QCOMPARE(QString::fromUtf8(chunk.data), expected[i]);
        QCOMPARE(BytesFormat::visibleText(chunk.text.text), expected[i]);
    }
    QCOMPARE(stopped.first().first().value<ReceiveLoop::StopReason>(),
        ReceiveLoop::StopReason::ShortChunk);
    QCOMPARE(loop.stopReason(), ReceiveLoop::StopReason::ShortChunk);
    QCOMPARE(loop.message(), lessonMessage);
    QCOMPARE(loop.receivedBytes(), 63);
    QVERIFY(!loop.isActive());
    QVERIFY(!loop.isWaiting());
    QCOMPARE(m_conn->pending(), LiveSocket::Pending::None);
}

// The lesson's flaw: 16 bytes with recv(8) gives two full chunks, then a
// third recv that waits for bytes that never come. It is a pending call,
// and cancel() ends it.
void TestReceiveLoop::exactMultipleWaits()
{
    QVERIFY(sendToConn("exactly 16 bytes"));
    ReceiveLoop loop(m_conn);
    QVERIFY(!loop.setBufferLength(8));
    QSignalSpy chunks(&loop, &ReceiveLoop::chunkReceived);
    QSignalSpy waiting(&loop, &ReceiveLoop::waitingChanged);
    QSignalSpy stopped(&loop, &ReceiveLoop::stopped);
    QVERIFY(!loop.start());
    QTRY_VERIFY_WITH_TIMEOUT(loop.isWaiting(), waitMs);

    QCOMPARE(chunks.size(), 2);
    QVERIFY(stopped.isEmpty());
    QVERIFY(loop.isActive());
    QCOMPARE(m_conn->pending(), LiveSocket::Pending::Recv);
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().first().toBool(), true);
    QCOMPARE(loop.receivedBytes(), 16);

    loop.cancel();
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(loop.stopReason(), ReceiveLoop::StopReason::Cancelled);
    QCOMPARE(m_conn->pending(), LiveSocket::Pending::None);
    QVERIFY(!loop.isWaiting());
    QCOMPARE(chunks.size(), 2);

    // The connection is still usable: the next message arrives whole.
    QVERIFY(sendToConn("short"));
    QVERIFY(!loop.start());
    QVERIFY(stopped.size() == 2 || stopped.wait(waitMs));
    QCOMPARE(loop.message(), QByteArray("short"));
}

// One fix: the sender shuts down its side; the waiting recv gets EOF.
void TestReceiveLoop::exactMultipleRescuedByShutdown()
{
    QVERIFY(sendToConn("exactly 16 bytes"));
    ReceiveLoop loop(m_conn);
    QSignalSpy stopped(&loop, &ReceiveLoop::stopped);
    QVERIFY(!loop.start());
    QTRY_VERIFY_WITH_TIMEOUT(loop.isWaiting(), waitMs);
    QVERIFY(!m_client->shutdown(SHUT_WR));
    QVERIFY(stopped.wait(waitMs));
    QCOMPARE(loop.stopReason(), ReceiveLoop::StopReason::Eof);
    QCOMPARE(loop.chunkCount(), 3);
    QCOMPARE(loop.message(), QByteArray("exactly 16 bytes"));
}

void TestReceiveLoop::delimiter_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<QByteArray>("delimiter");
    QTest::addColumn<int>("buffer");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("chunks");
    QTest::addColumn<int>("extra");

    QTest::newRow("newline") << QByteArray("hello\nworld") << QByteArray("\n") << 4
                             << QByteArray("hello") << 2 << 2;
    QTest::newRow("CRLF split across chunks")
        << QByteArray("ab\r\nxy") << QByteArray("\r\n") << 3 << QByteArray("ab") << 2 << 2;
    QTest::newRow("exact multiple ends cleanly")
        << QByteArray("1234567\n") << QByteArray("\n") << 8 << QByteArray("1234567") << 1 << 0;
    QTest::newRow("byte by byte") << QByteArray("ok;") << QByteArray(";") << 1 << QByteArray("ok")
                                  << 3 << 0;
}

void TestReceiveLoop::delimiter()
{
    QFETCH(QByteArray, sent);
    QFETCH(QByteArray, delimiter);
    QFETCH(int, buffer);
    QFETCH(QByteArray, message);
    QFETCH(int, chunks);
    QFETCH(int, extra);

    QVERIFY(sendToConn(sent));
    ReceiveLoop loop(m_conn);
    QVERIFY(!loop.setBufferLength(buffer));
    loop.setStopRule(ReceiveLoop::StopRule::Delimiter);
    QVERIFY(!loop.setDelimiter(delimiter));
    QSignalSpy stopped(&loop, &ReceiveLoop::stopped);
    QVERIFY(!loop.start());
    QVERIFY(stopped.size() == 1 || stopped.wait(waitMs));
    QCOMPARE(loop.stopReason(), ReceiveLoop::StopReason::Delimiter);
    QCOMPARE(loop.message(), message);
    QCOMPARE(loop.chunkCount(), chunks);
    QCOMPARE(loop.extraBytes(), extra);
    QCOMPARE(m_conn->bytesWaiting(), qint64(sent.size()) - loop.receivedBytes());
}

void TestReceiveLoop::lengthPrefix_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("buffer");
    QTest::addColumn<QList<qint64>>("asked");

    QTest::newRow("11 bytes, buffer 8")
        << QByteArray("hello world") << 8 << QList<qint64> {4, 8, 3};
    QTest::newRow("16 bytes, buffer 8: no hang")
        << QByteArray("exactly 16 bytes") << 8 << QList<qint64> {4, 8, 8};
    QTest::newRow("prefix byte by byte")
        << QByteArray("hi") << 1 << QList<qint64> {1, 1, 1, 1, 1, 1};
    QTest::newRow("empty message") << QByteArray() << 8 << QList<qint64> {4};
}

// The length prefix frames the message exactly; the next message stays in
// the kernel's buffer because recv never asks for more than is missing.
void TestReceiveLoop::lengthPrefix()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, buffer);
    QFETCH(QList<qint64>, asked);

    const QByteArray next = lengthPrefixed("next");
    QVERIFY(sendToConn(lengthPrefixed(payload) + next));
    ReceiveLoop loop(m_conn);
    QVERIFY(!loop.setBufferLength(buffer));
    loop.setStopRule(ReceiveLoop::StopRule::LengthPrefix);
    QSignalSpy chunks(&loop, &ReceiveLoop::chunkReceived);
    QSignalSpy stopped(&loop, &ReceiveLoop::stopped);
    QVERIFY(!loop.start());
    QVERIFY(stopped.size() == 1 || stopped.wait(waitMs));
    QCOMPARE(loop.stopReason(), ReceiveLoop::StopReason::LengthComplete);
    QCOMPARE(loop.announcedLength(), payload.size());
    QCOMPARE(loop.message(), payload);
    QList<qint64> seen;
    for (const QList<QVariant> &args : chunks)
        seen << args.first().value<ReceiveLoop::Chunk>().asked;
    QCOMPARE(seen, asked);
    QCOMPARE(m_conn->bytesWaiting(), qint64(next.size()));

    // The next message is read by the next run.
    QVERIFY(!loop.start());
    QVERIFY(stopped.size() == 2 || stopped.wait(waitMs));
    QCOMPARE(loop.message(), QByteArray("next"));
}

// S3: read until EOF; the last chunk is the 0-byte one.
void TestReceiveLoop::eofRule()
{
    QVERIFY(!m_client->sendall("request!"));
    QVERIFY(!m_client->shutdown(SHUT_WR));
    ReceiveLoop loop(m_conn);
    loop.setStopRule(ReceiveLoop::StopRule::Eof);
    QSignalSpy chunks(&loop, &ReceiveLoop::chunkReceived);
    QSignalSpy stopped(&loop, &ReceiveLoop::stopped);
    QVERIFY(!loop.start());
    QVERIFY(stopped.size() == 1 || stopped.wait(waitMs));
    QCOMPARE(loop.stopReason(), ReceiveLoop::StopReason::Eof);
    QCOMPARE(chunks.size(), 2);
    QCOMPARE(chunks.at(0).first().value<ReceiveLoop::Chunk>().data, QByteArray("request!"));
    QVERIFY(chunks.at(1).first().value<ReceiveLoop::Chunk>().isEof());
    QVERIFY(stopped.first().at(1).toString().contains(u"0"_s));
}

// S4: the peer closes with unread data: "reply", then ECONNRESET.
void TestReceiveLoop::resetStopsWithError()
{
    QVERIFY(!m_client->sendall("unread data"));
    QTRY_COMPARE_WITH_TIMEOUT(m_conn->bytesWaiting(), qint64(11), waitMs);
    QVERIFY(!m_conn->sendall("reply"));
    QVERIFY(!m_conn->close());
    QTRY_COMPARE_WITH_TIMEOUT(m_client->tcpInfo().state, TcpInfo::State::Closed, waitMs);

    ReceiveLoop loop(m_client.get());
    loop.setStopRule(ReceiveLoop::StopRule::Eof);
    QSignalSpy chunks(&loop, &ReceiveLoop::chunkReceived);
    QSignalSpy stopped(&loop, &ReceiveLoop::stopped);
    QVERIFY(!loop.start());
    QVERIFY(stopped.size() == 1 || stopped.wait(waitMs));
    QCOMPARE(loop.stopReason(), ReceiveLoop::StopReason::Error);
    QCOMPARE(chunks.size(), 2);
    QCOMPARE(chunks.at(0).first().value<ReceiveLoop::Chunk>().data, QByteArray("reply"));
    QCOMPARE(chunks.at(1).first().value<ReceiveLoop::Chunk>().error.name(), u"ECONNRESET"_s);
}

// Step mode: exactly one recv per step().
void TestReceiveLoop::stepMode()
{
    QVERIFY(sendToConn("0123456789"));
    ReceiveLoop loop(m_conn);
    QVERIFY(!loop.setBufferLength(4));
    QSignalSpy chunks(&loop, &ReceiveLoop::chunkReceived);
    QSignalSpy stopped(&loop, &ReceiveLoop::stopped);
    QVERIFY(!loop.step());
    QCOMPARE(chunks.size(), 1);
    QVERIFY(loop.isActive());
    QVERIFY(!loop.isContinuous());
    QCOMPARE(m_conn->bytesWaiting(), 6);
    QVERIFY(!loop.step());
    QCOMPARE(chunks.size(), 2);
    QVERIFY(!loop.step());
    QCOMPARE(chunks.size(), 3);
    QCOMPARE(stopped.size(), 1); // "89" is shorter than 4
    QCOMPARE(loop.message(), QByteArray("0123456789"));

    // A step with nothing there waits; a second step is refused meanwhile.
    QVERIFY(!loop.step());
    QVERIFY(loop.isWaiting());
    const SocketError refused = loop.step();
    QCOMPARE(refused.kind(), SocketError::Kind::Refused);
    QVERIFY(!m_client->sendall("late"));
    QTRY_COMPARE_WITH_TIMEOUT(chunks.size(), 4, waitMs);
    QCOMPARE(chunks.at(3).first().value<ReceiveLoop::Chunk>().data, QByteArray("late"));
    QVERIFY(!loop.isWaiting());
}

// A 2-byte character cut by the buffer boundary is reported as such.
void TestReceiveLoop::splitCharacterReported()
{
    QVERIFY(sendToConn(u"1234567ü!"_s.toUtf8())); // ü = c3 bc at offsets 7 and 8
    ReceiveLoop loop(m_conn);
    QSignalSpy chunks(&loop, &ReceiveLoop::chunkReceived);
    QSignalSpy stopped(&loop, &ReceiveLoop::stopped);
    QVERIFY(!loop.start());
    QVERIFY(stopped.size() == 1 || stopped.wait(waitMs));
    QCOMPARE(chunks.size(), 2);
    const auto first = chunks.at(0).first().value<ReceiveLoop::Chunk>();
    const auto second = chunks.at(1).first().value<ReceiveLoop::Chunk>();
    QCOMPARE(first.text.pendingBytes, 1);
    QCOMPARE(first.text.text, u"1234567"_s);
    QCOMPARE(second.text.completedSplit, 1);
    QCOMPARE(second.text.text, u"ü!"_s);
}

// 1 MiB at recv(8) in continuous mode: 131,072 chunks plus EOF, counted
// exactly, without recursion and with the event loop served in between.
void TestReceiveLoop::continuousMegabyte()
{
    QByteArray data(1024 * 1024, '\0');
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char('a' + i % 26);
    ReceiveLoop loop(m_conn);
    loop.setStopRule(ReceiveLoop::StopRule::Eof);
    qint64 chunks = 0;
    qint64 bytes = 0;
    connect(&loop, &ReceiveLoop::chunkReceived, this, [&](const ReceiveLoop::Chunk &chunk) {
        ++chunks;
        bytes += chunk.data.size();
    });
    QSignalSpy stopped(&loop, &ReceiveLoop::stopped);
    QSignalSpy sent(m_client.get(), &LiveSocket::sent);
    QVERIFY(!loop.start());
    QVERIFY(!m_client->sendall(data));
    QVERIFY(sent.size() == 1 || sent.wait(waitMs * 4));
    QVERIFY(!m_client->shutdown(SHUT_WR));
    QVERIFY(stopped.size() == 1 || stopped.wait(waitMs * 6));
    QCOMPARE(loop.stopReason(), ReceiveLoop::StopReason::Eof);
    QCOMPARE(bytes, data.size());
    QVERIFY(chunks >= data.size() / 8 + 1);
    QCOMPARE(loop.receivedBytes(), data.size());
    QCOMPARE(loop.received(), data);
}

// The connection object is deleted while the loop waits: the loop ends.
void TestReceiveLoop::socketGoneWhileWaiting()
{
    ReceiveLoop loop(m_conn);
    QSignalSpy stopped(&loop, &ReceiveLoop::stopped);
    QVERIFY(!loop.start());
    QVERIFY(loop.isWaiting());
    delete m_conn;
    m_conn = nullptr;
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(loop.stopReason(), ReceiveLoop::StopReason::Cancelled);
    QVERIFY(!loop.isWaiting());
    QCOMPARE(loop.step().kind(), SocketError::Kind::Refused);
}

// Continuous mode makes its calls in runs: the rule still stops at the exact
// call (no recv after it), and stopped() comes after the run reached the
// views (a ChunkModel fed by callRecorded already has every call).
void TestReceiveLoop::runStopsAtTheRule()
{
    const QByteArray message = QByteArray(900, 'x') + '\n' + QByteArray(99, 'y');
    QVERIFY(sendToConn(message));
    ChunkModel model;
    connect(m_conn, &LiveSocket::callRecorded, &model, &ChunkModel::record);
    qint64 runs = 0;
    connect(m_conn, &LiveSocket::callRecorded, this,
        [&runs](const CallEvent &event) { runs += event.isRun() ? 1 : 0; });
    qint64 chunks = 0;
    ReceiveLoop loop(m_conn);
    connect(&loop, &ReceiveLoop::chunkReceived, this, [&chunks] { ++chunks; });
    qint64 callsWhenStopped = -1;
    connect(&loop, &ReceiveLoop::stopped, this, [&] { callsWhenStopped = model.calls(); });
    loop.setStopRule(ReceiveLoop::StopRule::Delimiter);
    QVERIFY(!loop.setBufferLength(8));
    QVERIFY(!loop.start());
    QTRY_VERIFY_WITH_TIMEOUT(!loop.isActive(), waitMs);
    QCOMPARE(loop.stopReason(), ReceiveLoop::StopReason::Delimiter);
    // The newline is byte 901: call 113 read bytes 897-904.
    QCOMPARE(loop.chunkCount(), 113);
    QCOMPARE(chunks, 113);
    QCOMPARE(callsWhenStopped, 113);
    QCOMPARE(loop.extraBytes(), 3);
    QCOMPARE(loop.message(), QByteArray(900, 'x'));
    QCOMPARE(m_conn->bytesWaiting(), qint64(96));
    QVERIFY(runs >= 1 && runs < 10);
}

QTEST_GUILESS_MAIN(TestReceiveLoop)
#include "tst_receiveloop.moc"
