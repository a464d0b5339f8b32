// A ConnectionView under a recv(8) flood on a real loopback connection: every
// call counted exactly, the staged rows bounded, the kept rows' text made
// right at flush, and the status view (refreshed once per event-loop turn,
// not once per call) showing the end state.
#include "core/bytes/chunkmodel.h"
#include "core/bytes/receiveloop.h"
#include "core/net/livesocket.h"
#include "ui/diagram/statediagram.h"
#include "ui/lanes/connectionview.h"
#include "ui/lanes/socketstatusview.h"

#include <QSignalSpy>
#include <QTest>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

class TestConnectionFlood final : public QObject
{
    Q_OBJECT

private slots:
    void floodCountsExact();
};

void TestConnectionFlood::floodCountsExact()
{
    constexpr qsizetype total = 256 * 1024; // 32,768 recv(8) calls, then EOF
    QByteArray data(total, '\0');
    for (qsizetype i = 0; i < total; ++i)
        data[i] = char('a' + i % 26);

    LiveSocket server(u"server"_s, u"server"_s);
    LiveSocket client(u"client"_s, u"client"_s);
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

    ConnectionView view(conn, true, false);
    view.resize(900, 600);
    view.show();
    ChunkModel *model = view.chunkModel();
    model->setMaxRows(1000);
    int mostStaged = 0;
    qint64 returned = 0; // recv calls that returned, as LiveSocket reported them
    qint64 runs = 0; // the receive loop's runs of calls (LiveSocket::recvRun)
    connect(conn, &LiveSocket::callRecorded, this, [&](const CallEvent &event) {
        if (event.call != u"recv" || event.phase != CallEvent::Phase::Done)
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

QTEST_MAIN(TestConnectionFlood)
#include "tst_connectionflood.moc"
