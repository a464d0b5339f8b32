// A ConnectionView under a recv(8) flood on a real loopback connection: every
// call counted exactly, the staged rows bounded, the kept rows' text made
// right at flush, and the status view (refreshed once per event-loop turn,
// not once per call) showing the end state. Then a receive loop that meets a
// reset after the bytes: its ECONNRESET row stays in the table and the
// totals, and the server's connection list says the connection was reset.
#include "core/bytes/chunkmodel.h"
#include "core/bytes/receiveloop.h"
#include "core/lab/lab.h"
#include "core/net/livesocket.h"
#include "ui/diagram/statediagram.h"
#include "ui/lanes/bytesview.h"
#include "ui/lanes/connectionlistmodel.h"
#include "ui/lanes/connectionview.h"
#include "ui/lanes/socketstatusview.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

class TestConnectionFlood final : public QObject
{
    Q_OBJECT

private slots:
    void floodCountsExact();
    void loopKeepsTheResetRow();
    void callColumnFitsSevenDigits();
};

void TestConnectionFlood::floodCountsExact()
{
    constexpr qsizetype total = 256 * 1024; // 32,768 recv(8) calls, then EOF
    QByteArray data(total, '\0');
    for (qsizetype i = 0; i < total; ++i)
        data[i] = char('a' + i % 26);

    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    QVERIFY(!server.open(AF_INET, SOCK_STREAM, 0));
    QVERIFY(!server.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
    QVERIFY(!server.listen(1));
    LiveSocket *conn = nullptr;
    connect(&server, &LiveSocket::accepted, this,
        [&conn](LiveSocket *accepted, const Endpoint &) { conn = accepted; });
    QVERIFY(!server.accept());
    QVERIFY(!client.open(AF_INET, SOCK_STREAM, 0));
    const SocketError c = client.connect(server.laddr());
    QVERIFY(!c || c.wouldBlock());
    QTRY_VERIFY(conn && client.state() == LiveSocket::State::Connected);

    Lab lab; // the view would call through it; no button is pressed here
    ConnectionView view(&lab, conn, true, false);
    view.resize(900, 600);
    view.show();
    ChunkModel *model = view.chunkModel();
    model->setMaxRows(1000);
    int mostStaged = 0;
    qint64 returned = 0; // recv calls that returned, as LiveSocket reported them
    qint64 runs = 0; // the receive loop's runs of calls (LiveSocket::recvRun)
    connect(conn, &LiveSocket::callRecorded, this, [&](const CallEvent &event) {
        if (event.call != CallEvent::Call::Recv || event.phase != CallEvent::Phase::Done)
            return;
        returned += event.callCount();
        runs += event.isRun() ? 1 : 0;
        mostStaged = qMax(mostStaged, model->stagedRows());
    });

    ReceiveLoop loop(conn);
    QVERIFY(!loop.setBufferLength(8));
    loop.setStopRule(ReceiveLoop::StopRule::Eof);
    QSignalSpy stopped(&loop, &ReceiveLoop::stopped);
    connect(&client, &LiveSocket::sent, this, [&client] { (void)client.shutdown(SHUT_WR); });
    const SocketError s = client.sendall(data);
    QVERIFY(!s || s.wouldBlock());
    QVERIFY(!loop.start());
    QVERIFY(stopped.count() == 1 || stopped.wait(60000));
    QCOMPARE(loop.stopReason(), ReceiveLoop::StopReason::Eof);
    model->flush();

    // A recv(8) may return fewer bytes when that is all that has arrived.
    QVERIFY(returned >= total / 8 + 1);
    // The loop's calls reached the view in runs, far fewer events than calls.
    QVERIFY2(runs > 0 && runs < returned / 100, qPrintable(QString::number(runs)));
    QCOMPARE(model->calls(), returned);
    QCOMPARE(model->totalBytes(), qint64(total));
    QCOMPARE(model->eofCount(), 1);
    QCOMPARE(model->errorCount(), 0);
    QCOMPARE(model->rowCount(), 1000);
    QCOMPARE(model->droppedRows() + model->rowCount(), model->calls());
    QVERIFY2(mostStaged <= model->maxRows(), qPrintable(QString::number(mostStaged)));
    QCOMPARE(model->stagedRows(), 0);
    // The last data row holds the last bytes of the pattern, as text.
    const int last = model->rowCount() - 2;
    QCOMPARE(model->callAt(last), returned - 1);
    const qint64 got = model->data(model->index(last, ChunkModel::GotColumn)).toLongLong();
    QVERIFY(got >= 1 && got <= 8);
    QCOMPARE(model->data(model->index(last, ChunkModel::TextColumn)).toString(),
        QString::fromLatin1(data.right(got)));
    QCOMPARE(model->data(model->index(last + 1, ChunkModel::GotColumn)).toLongLong(), 0);
    QCOMPARE(view.receivedBytes().right(8), data.right(8));
    QTRY_COMPARE(view.statusView()->diagram()->current(), LiveSocket::State::PeerClosed);
}

// The peer sends 100 bytes and resets before the loop starts: the loop's
// run reads them (recv(8): 12 x 8 + 4), and the next recv fails at once with
// ECONNRESET. That row is in the table and the totals (calls, errors), the
// view says the peer reset, and the server's connection list says so too,
// beside the kernel's CLOSED.
void TestConnectionFlood::loopKeepsTheResetRow()
{
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    QVERIFY(!server.open(AF_INET, SOCK_STREAM, 0));
    QVERIFY(!server.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
    QVERIFY(!server.listen(1));
    LiveSocket *conn = nullptr;
    connect(&server, &LiveSocket::accepted, this,
        [&conn](LiveSocket *accepted, const Endpoint &) { conn = accepted; });
    QVERIFY(!server.accept());
    QVERIFY(!client.open(AF_INET, SOCK_STREAM, 0));
    const SocketError c = client.connect(server.laddr());
    QVERIFY(!c || c.wouldBlock());
    QTRY_VERIFY(conn && client.state() == LiveSocket::State::Connected);

    ConnectionListModel list;
    list.append(conn);
    Lab lab; // the view would call through it; no button is pressed here
    ConnectionView view(&lab, conn, true, false);
    view.show();
    const QByteArray data(100, 'r');
    QVERIFY(!client.sendall(data));
    QTRY_COMPARE(conn->bytesWaiting(), qint64(data.size()));
    const linger abort {1, 0};
    QCOMPARE(::setsockopt(client.socket().fd(), SOL_SOCKET, SO_LINGER, &abort, sizeof abort), 0);
    QVERIFY(!client.close());
    QTRY_COMPARE(conn->tcpInfo().state, TcpInfo::State::Closed);

    ReceiveLoop loop(conn);
    QVERIFY(!loop.setBufferLength(8));
    loop.setStopRule(ReceiveLoop::StopRule::Eof);
    QSignalSpy stopped(&loop, &ReceiveLoop::stopped);
    QVERIFY(!loop.start());
    QVERIFY(stopped.count() == 1 || stopped.wait(5000));
    QCOMPARE(loop.stopReason(), ReceiveLoop::StopReason::Error);

    ChunkModel *model = view.chunkModel();
    model->flush();
    QCOMPARE(model->calls(), 14);
    QCOMPARE(model->totalBytes(), qint64(data.size()));
    QCOMPARE(model->errorCount(), 1);
    QCOMPARE(model->eofCount(), 0);
    QCOMPARE(model->rowCount(), 14);
    QCOMPARE(model->data(model->index(13, ChunkModel::GotColumn)).toLongLong(), -1);
    QCOMPARE(
        model->data(model->index(13, 0), ChunkModel::ErrorNameRole).toString(), u"ECONNRESET"_s);
    view.bytesView()->refresh();
    QVERIFY2(view.bytesView()->totalsText().contains(u"1 error"_s),
        qPrintable(view.bytesView()->totalsText()));
    QVERIFY2(view.peerText().contains(u"reset"_s), qPrintable(view.peerText()));

    const QModelIndex state = list.index(0, ConnectionListModel::StateColumn);
    const QModelIndex kernel = list.index(0, ConnectionListModel::KernelColumn);
    QCOMPARE(list.data(kernel).toString(), u"CLOSED"_s);
    QCOMPARE(list.data(state).toString(), u"reset by the peer"_s);
    QVERIFY(!conn->close());
    QCOMPARE(list.data(state).toString(), u"closed"_s);
}

// The # column holds 7-digit call numbers as the table writes them.
void TestConnectionFlood::callColumnFitsSevenDigits()
{
    LiveSocket conn(CallEvent::Side::Server, u"conn"_s);
    Lab lab; // the view would call through it; no button is pressed here
    ConnectionView view(&lab, &conn, true, false);
    view.show();
    QTableView *table = view.bytesView()->table();
    const QString widest = table->locale().toString(8888888);
    QVERIFY2(table->columnWidth(ChunkModel::CallColumn)
            >= QFontMetrics(table->font()).horizontalAdvance(widest),
        qPrintable(u"%1 px for %2"_s.arg(table->columnWidth(ChunkModel::CallColumn)).arg(widest)));
}

QTEST_MAIN(TestConnectionFlood)
#include "tst_connectionflood.moc"
