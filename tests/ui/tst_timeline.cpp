#include "core/lab/demoaction.h"
#include "core/lab/lab.h"
#include "core/lab/queuewatch.h"
#include "core/net/livesocket.h"
#include "core/wire/segmentmodel.h"
#include "labdriver.h"
#include "timelinerig.h"
#include "ui/timeline/timelinemodel.h"
#include "ui/timeline/timelineview.h"
#include "ui/window/focusview.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <sys/socket.h>

using namespace Qt::StringLiterals;
using LabDriver::perform;

// The timeline over a real Lab on loopback: the rows of a whole
// conversation in order and as the lesson writes them, the connection's lane
// forking at accept, a waiting recv that closes in place, a 100,000-call
// recv(8) run as one row that opens, and the model's bounds; the view draws
// the lanes' headers from the Lab's sockets; closing (FIN arrows, b'' as
// the FIN's arrival, CLOSE_WAIT and TIME_WAIT in the headers); datagrams
// with their sender's address and the bytes a short buffer lost.
class TestTimeline final : public QObject
{
    Q_OBJECT

private slots:
    void conversationRowsInOrder();
    void longRunIsOneRow();
    void boundsHold();
    void viewHeadersReadTheSockets();
    void headersShowTheQueues();
    void closeSendsFin();
    void closeWithUnreadBytesResets();
    void datagramRows();
    void longStatementsWrap();
    void rowsShownHaveALineInView();
    void endStartsAtARowTop();
    void headersWrapNeverCut();
    void wireLane();
    void wireLaneWithoutCapture();
    void windowZeroIsMarked();
    void errorsWrapWhole();
    void codeWrapsBetweenNames();
    void reuseAddressRowSaysWhy();
    void failedSendHasNoArrow();
    void sendMoreIsHeld();
    void udpWireCountsDatagrams();
    void chunkListsNameTheirSocket();
    void findCallKeepsTheStageCall();

private:
    // The rows of lane `object`: "statement → result" (or "… waiting").
    static QStringList laneRows(const TimelineModel &model, const QString &object);
    static QString rowText(const TimelineModel &model, int row);
};

QString TestTimeline::rowText(const TimelineModel &model, int row)
{
    const QModelIndex index = model.index(row);
    if (index.data(TimelineModel::OpenRole).toBool())
        return index.data(TimelineModel::StatementRole).toString() + u" … waiting"_s;
    return index.data(TimelineModel::StatementRole).toString() + u" → "_s
        + index.data(TimelineModel::ResultRole).toString();
}

QStringList TestTimeline::laneRows(const TimelineModel &model, const QString &object)
{
    QStringList rows;
    const int lane = model.laneIndex(object);
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row).data(TimelineModel::LaneRole).toInt() == lane)
            rows << rowText(model, row);
    }
    return rows;
}

void TestTimeline::conversationRowsInOrder()
{
    TimelineRig rig;
    Lab &lab = rig.lab();
    TimelineModel &model = rig.model();

    QCOMPARE(perform(&lab, u"server.socket AF_INET SOCK_STREAM IPPROTO_TCP"_s), QString());
    QCOMPARE(perform(&lab, u"server.bind 127.0.0.1 0"_s), QString());
    const quint16 port = lab.server()->laddr().port();
    QCOMPARE(perform(&lab, u"server.listen 1"_s), QString());
    QCOMPARE(perform(&lab, u"server.accept"_s), QString());
    // accept() waits: an open row, and no connection lane yet.
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(model.index(3).data(TimelineModel::OpenRole).toBool());
    QCOMPARE(model.laneIndex(u"conn"_s), -1);

    QCOMPARE(perform(&lab, u"client.socket AF_INET SOCK_STREAM 0"_s), QString());
    QCOMPARE(perform(&lab, u"client.connect 127.0.0.1 %1"_s.arg(port)), QString());
    QTRY_VERIFY(lab.conn());
    QCOMPARE(perform(&lab, u"client.sendall hello world"_s), QString());
    QCOMPARE(perform(&lab, u"server.recv 8"_s), QString());
    QCOMPARE(perform(&lab, u"server.recv 8"_s), QString());

    const QStringList server = laneRows(model, u"server"_s);
    QCOMPARE(server.size(), 4);
    QVERIFY2(server.at(0).startsWith(u"server = socket.socket("_s), qPrintable(server.at(0)));
    QVERIFY2(server.at(0).endsWith(u") → fd %1"_s.arg(lab.server()->socket().fd())),
        qPrintable(server.at(0)));
    QCOMPARE(server.at(1), u"server.bind(('127.0.0.1', 0)) → None"_s);
    QCOMPARE(server.at(2), u"server.listen(1) → None"_s);
    // The accept row closed in place: it says who connected.
    const QString clientAddress = lab.client()->laddr().toPythonTuple();
    QCOMPARE(server.at(3), u"conn, addr = server.accept() → "_s + clientAddress);

    const QStringList client = laneRows(model, u"client"_s);
    QCOMPARE(client.size(), 3);
    QCOMPARE(client.at(1), u"client.connect(('127.0.0.1', %1)) → None"_s.arg(port));
    QCOMPARE(client.at(2), u"client.sendall(b'hello world') → None"_s);

    // The connection's lane forked at accept; its rows are the chunks.
    const int conn = model.laneIndex(u"conn"_s);
    QVERIFY(conn >= 0);
    QCOMPARE(model.lane(conn).forkedFrom, model.laneIndex(u"server"_s));
    QVERIFY(model.lane(conn).serverSide);
    QCOMPARE(laneRows(model, u"conn"_s),
        QStringList({u"conn.recv(8) → b'hello wo'"_s, u"conn.recv(8) → b'rld'"_s}));

    // A chunk row opens to show its bytes as they came: text and hex, under it.
    int chunk = 0;
    while (chunk < model.rowCount() && !rowText(model, chunk).startsWith(u"conn.recv"_s))
        ++chunk;
    const int before = model.rowCount();
    QCOMPARE(rowText(model, chunk), u"conn.recv(8) → b'hello wo'"_s);
    QVERIFY(model.isExpandable(chunk));
    QVERIFY(model.setExpanded(chunk, true));
    QCOMPARE(model.rowCount(), before + 2);
    for (const int shown : {chunk + 1, chunk + 2}) {
        QCOMPARE(model.index(shown).data(TimelineModel::KindRole).value<TimelineModel::RowKind>(),
            TimelineModel::RowKind::Chunk);
        QCOMPARE(model.index(shown).data(TimelineModel::LaneRole).toInt(), conn);
    }
    QCOMPARE(rowText(model, chunk + 1), u"text → hello wo"_s);
    QCOMPARE(rowText(model, chunk + 2), u"hex → 68 65 6c 6c 6f 20 77 6f"_s);
    QVERIFY(model.setExpanded(chunk, false));
    QCOMPARE(model.rowCount(), before);
    QVERIFY(!model.isExpandable(model.laneFirstRow(conn))); // accept returned no bytes
    QVERIFY(!model.setExpanded(chunk - 1, true)); // the client's sendall: nothing received

    // Rows follow the calls' order; the accept row points at the new lane
    // and the sendall row at the lane its bytes reach.
    qint64 last = 0;
    int acceptRow = -1;
    int sendRow = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        const QString text = rowText(model, row);
        if (text.startsWith(u"conn, addr"))
            acceptRow = row;
        if (text.startsWith(u"client.sendall"))
            sendRow = row;
        // The accept row keeps the number of its waiting call.
        if (row != acceptRow) {
            QVERIFY(index.data(TimelineModel::SequenceRole).toLongLong() > last);
            last = index.data(TimelineModel::SequenceRole).toLongLong();
        }
    }
    QVERIFY(acceptRow >= 0 && sendRow > acceptRow);
    QCOMPARE(model.index(acceptRow).data(TimelineModel::TargetLaneRole).toInt(), conn);
    QCOMPARE(model.index(sendRow).data(TimelineModel::TargetLaneRole).toInt(), conn);
    QCOMPARE(model.index(sendRow).data(TimelineModel::BytesRole).toLongLong(), 11);
    QCOMPARE(model.laneFirstRow(conn), acceptRow);

    // A recv with nothing to read waits in an open row, which closes in
    // place when the bytes arrive.
    const int rows = model.rowCount();
    const SocketError waiting = lab.conn()->recv(8);
    QVERIFY(!waiting || waiting.wouldBlock());
    QCOMPARE(model.rowCount(), rows + 1);
    QCOMPARE(rowText(model, rows), u"conn.recv(8) … waiting"_s);
    QVERIFY(!lab.client()->sendall("!"));
    QTRY_VERIFY(!model.index(rows).data(TimelineModel::OpenRole).toBool());
    QTRY_COMPARE(rowText(model, rows), u"conn.recv(8) → b'!'"_s);
    QCOMPARE(laneRows(model, u"conn"_s).size(), 3);

    // An error row names the errno.
    QCOMPARE(perform(&lab, u"client.socket AF_INET SOCK_STREAM 0"_s), QString());
    QCOMPARE(perform(&lab, u"server.close"_s), QString());
    QCOMPARE(perform(&lab, u"client.connect 127.0.0.1 %1"_s.arg(port)), QString());
    const int failed = model.rowCount() - 1;
    QCOMPARE(model.index(failed).data(TimelineModel::ErrorNameRole).toString(), u"ECONNREFUSED"_s);
    QVERIFY2(rowText(model, failed).contains(u"ConnectionRefusedError"_s),
        qPrintable(rowText(model, failed)));
    QCOMPARE(model.recordedCalls(), qint64(model.rowCount()));
}

void TestTimeline::longRunIsOneRow()
{
    constexpr qint64 calls = 100000;
    TimelineRig rig;
    Lab &lab = rig.lab();
    TimelineModel &model = rig.model();
    quint16 port = 0;
    QCOMPARE(LabDriver::connectPair(&lab, &port), QString());

    // recv(8) may return fewer bytes when it overtakes the sender: the
    // calls that returned bytes are counted as the Lab reports them.
    qint64 returned = 0;
    connect(&lab, &Lab::callRecorded, this, [&returned](const CallEvent &event) {
        if (event.object == u"conn" && event.call == CallEvent::Call::Recv
            && event.phase == CallEvent::Phase::Done && !event.error
            && (event.isRun() || !event.data.isEmpty()))
            returned += event.callCount();
    });
    QByteArray data(calls * 8, '\0');
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char('a' + i % 26);
    connect(
        lab.client(), &LiveSocket::sent, this, [&lab] { (void)lab.client()->shutdown(SHUT_WR); });
    const SocketError sent = lab.client()->sendall(data);
    QVERIFY(!sent || sent.wouldBlock());
    QCOMPARE(perform(&lab, u"server.recvloop 8 eof"_s), QString());

    // One run row of every call that returned bytes, then recv's b''.
    const int conn = model.laneIndex(u"conn"_s);
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row).data(TimelineModel::LaneRole).toInt() == conn)
            rows << row;
    }
    QCOMPARE(rows.size(), 2);
    const QModelIndex run = model.index(rows.at(0));
    QCOMPARE(run.data(TimelineModel::KindRole).value<TimelineModel::RowKind>(),
        TimelineModel::RowKind::Run);
    QVERIFY(returned >= calls);
    QCOMPARE(run.data(TimelineModel::CallsRole).toLongLong(), returned);
    QCOMPARE(run.data(TimelineModel::BytesRole).toLongLong(), calls * 8);
    QCOMPARE(run.data(TimelineModel::StatementRole).toString(),
        u"conn.recv(8) × "_s + QLocale().toString(returned));
    QCOMPARE(
        run.data(TimelineModel::ResultRole).toString(), QLocale().toString(calls * 8) + u" B"_s);
    QVERIFY(!run.data(TimelineModel::OpenRole).toBool());
    QCOMPARE(rowText(model, rows.at(1)), u"conn.recv(8) → b''"_s);

    // Opened, it shows its first calls as rows under it, then how many more.
    const int before = model.rowCount();
    QVERIFY(model.setExpanded(rows.at(0), true));
    QCOMPARE(model.rowCount(), before + TimelineModel::RunSampleCalls + 1);
    // The kept calls hold the stream's first bytes, chunk by chunk.
    QString kept;
    for (int i = 1; i <= TimelineModel::RunSampleCalls; ++i) {
        const QString text = rowText(model, rows.at(0) + i);
        QVERIFY2(text.startsWith(u"conn.recv(8) → b'"_s) && text.endsWith(u'\''), qPrintable(text));
        const QString chunk = text.sliced(17).chopped(1);
        QVERIFY(!chunk.isEmpty() && chunk.size() <= 8);
        kept += chunk;
    }
    QCOMPARE(kept, QString::fromLatin1(data.left(kept.size())));
    QCOMPARE(model.index(rows.at(0) + TimelineModel::RunSampleCalls + 1)
                 .data(TimelineModel::CallsRole)
                 .toLongLong(),
        returned - TimelineModel::RunSampleCalls);
    QVERIFY(model.setExpanded(rows.at(0), false));
    QCOMPARE(model.rowCount(), before);
    QVERIFY(!model.setExpanded(rows.at(1), true)); // not a run
    QCOMPARE(model.recordedCalls() - (model.rowCount() - 2), returned + 1);
}

void TestTimeline::boundsHold()
{
    // Real calls, many of them: a client that sends 3,000 messages of 1,000
    // bytes, each received by its own recv(65536) (the recv calls soon
    // collapse into one run row; every send stays a row of its own).
    TimelineRig rig;
    Lab &lab = rig.lab();
    TimelineModel &model = rig.model();
    model.setMaxBytes(256 * 1024);
    quint16 port = 0;
    QCOMPARE(LabDriver::connectPair(&lab, &port), QString());
    const qint64 before = model.recordedCalls();
    qint64 most = 0;
    for (int i = 0; i < 3000; ++i) {
        const QByteArray message(1000, char('a' + i % 26));
        QCOMPARE(lab.client()->send(message).bytes, qint64(message.size()));
        QVERIFY(!lab.conn()->recv(65536));
        QVERIFY(model.keptBytes() <= model.maxBytes());
        most = qMax<qint64>(most, model.rowCount());
    }
    QCOMPARE(model.recordedCalls() - before, qint64(6000));
    QVERIFY2(model.droppedRows() > 0, "the byte bound dropped rows");
    QVERIFY(model.rowCount() < 6000);
    QVERIFY(most <= model.maxRows());
    // The newest row is kept: the last send.
    QVERIFY2(rowText(model, model.rowCount() - 1)
                 .startsWith(u"client.send(b'"_s + QChar(u'a' + 2999 % 26)),
        qPrintable(rowText(model, model.rowCount() - 1)));

    // The row bound too; lowering a bound drops at once.
    model.setMaxRows(10);
    QCOMPARE(model.rowCount(), 10);
    model.setMaxBytes(1);
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.laneCount(), 0);
    QCOMPARE(model.keptBytes(), 0);
}

void TestTimeline::viewHeadersReadTheSockets()
{
    TimelineRig rig;
    Lab &lab = rig.lab();
    TimelineModel &model = rig.model();
    TimelineView &view = rig.view(QSize(1000, 600));
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    quint16 port = 0;
    QCOMPARE(LabDriver::connectPair(&lab, &port), QString());

    // Server lanes at the left, the client's at the right.
    const QList<int> columns = view.columns();
    QCOMPARE(columns.size(), 3);
    QCOMPARE(model.lane(columns.at(0)).object, u"server"_s);
    QCOMPARE(model.lane(columns.at(1)).object, u"conn"_s);
    QCOMPARE(model.lane(columns.at(2)).object, u"client"_s);
    const QStringList conn = view.headerLines(columns.at(1));
    QCOMPARE(conn.at(0), u"conn"_s);
    QVERIFY2(conn.at(1).contains(u"ESTABLISHED"_s), qPrintable(conn.at(1)));
    QCOMPARE(conn.at(2), u"laddr ('127.0.0.1', %1)"_s.arg(port));
    QCOMPARE(conn.at(3), u"raddr "_s + lab.client()->laddr().toPythonTuple());
    QVERIFY(view.headerLines(columns.at(0)).at(1).contains(u"LISTEN"_s));
    // The client's addresses mirror the connection's.
    QCOMPARE(view.headerLines(columns.at(2)).at(3), u"raddr ('127.0.0.1', %1)"_s.arg(port));

    // Text sizes: presentation asks for 28 px rows, 22 px details.
    view.setTextPixelSizes(28, 22);
    QCOMPARE(view.bodyPixelSize(), 28);
    QCOMPARE(view.detailPixelSize(), 22);
    QVERIFY(view.rowHeight() > 28);
    // Too short for every row: the view follows the last one, below the sticky header.
    view.resize(1000, view.headerHeight() + 3 * view.rowHeight());
    QVERIFY(model.rowCount() > 3);
    const int lastRow = model.rowCount() - 1;
    QTRY_COMPARE(view.rowAt(view.viewport()->height() - view.rowHeight() / 2), lastRow);
    QCOMPARE(view.rowAt(view.headerHeight() / 2), -1);
}

// A connected socket's header ends with its queues as the Lab sampled them:
// bytes that conn has not read wait in its receive queue; bytes conn cannot
// take wait in the client's send queue; reading drains both. Presentation's
// `buffers` focus shows the same figures.
void TestTimeline::headersShowTheQueues()
{
    TimelineRig rig;
    Lab &lab = rig.lab();
    TimelineModel &model = rig.model();
    TimelineView &view = rig.view(QSize(1200, 600));
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    FocusView focus(&lab, &model);
    focus.setFocusNames({u"buffers"_s});
    focus.resize(1280, 720);
    focus.show();
    quint16 port = 0;
    QCOMPARE(LabDriver::connectPair(&lab, &port), QString());
    const int conn = model.laneIndex(u"conn"_s);
    const int client = model.laneIndex(u"client"_s);
    const int server = model.laneIndex(u"server"_s);
    QTRY_COMPARE(view.headerLines(conn).size(), 5);
    QVERIFY2(view.headerLines(conn).at(4).startsWith(u"sendq 0 B · recvq 0 B"_s),
        qPrintable(view.headerLines(conn).join(u" | ")));
    QCOMPARE(view.headerLines(server).size(), 4); // a listener has no queues

    // 11 bytes conn does not read.
    QCOMPARE(perform(&lab, u"client.sendall hello queue"_s), QString());
    QTRY_VERIFY2(view.headerLines(conn).at(4).startsWith(u"sendq 0 B · recvq 11 B"_s),
        qPrintable(view.headerLines(conn).join(u" | ")));
    QTRY_COMPARE(focus.texts().constFirst().text, u"conn: sendq 0 B, recvq 11 B"_s);

    // 8 MiB more: conn's queue fills, then the client's.
    const QLocale locale;
    const qint64 total = 8 * 1024 * 1024;
    QVERIFY(!lab.sendall(lab.client(), QByteArray(total, 'q')));
    QTRY_VERIFY(lab.queueWatch()->queues(lab.client()).sendQueue > 0);
    const SocketQueues full = lab.queueWatch()->queues(lab.client());
    QTRY_VERIFY2(view.headerLines(client).at(4).startsWith(u"sendq %1 B"_s.arg(
                     locale.toString(lab.queueWatch()->queues(lab.client()).sendQueue))),
        qPrintable(view.headerLines(client).join(u" | ")));
    QVERIFY(full.sendQueue > 0);
    if (full.peerWindow >= 0)
        QTRY_VERIFY(view.headerLines(conn).at(4).endsWith(u"window 0 B"_s));

    // conn reads everything: both queues drain.
    qint64 received = 0;
    connect(lab.conn(), &LiveSocket::received, this, [&](const QByteArray &data, qint64) {
        received += data.size();
        if (!data.isEmpty() && received < total + 11)
            (void)lab.recv(lab.conn(), 1024 * 1024);
    });
    (void)lab.recv(lab.conn(), 1024 * 1024);
    QTRY_COMPARE_WITH_TIMEOUT(received, total + 11, 30000);
    QTRY_VERIFY2(view.headerLines(conn).at(4).startsWith(u"sendq 0 B · recvq 0 B"_s),
        qPrintable(view.headerLines(conn).join(u" | ")));
    QTRY_VERIFY2(view.headerLines(client).at(4).startsWith(u"sendq 0 B · recvq 0 B"_s),
        qPrintable(view.headerLines(client).join(u" | ")));
    QTRY_COMPARE(focus.texts().constFirst().text, u"conn: sendq 0 B, recvq 0 B"_s);
}

void TestTimeline::closeSendsFin()
{
    TimelineRig rig;
    Lab &lab = rig.lab();
    TimelineModel &model = rig.model();
    TimelineView view;
    view.setModel(&model);
    view.setLab(&lab);
    view.resize(1000, 600);
    quint16 port = 0;
    QCOMPARE(LabDriver::connectPair(&lab, &port), QString());
    const int server = model.laneIndex(u"server"_s);
    const int conn = model.laneIndex(u"conn"_s);
    const int client = model.laneIndex(u"client"_s);
    const Endpoint clientAddress = lab.client()->laddr();

    // The client's shutdown(SHUT_WR) sends a FIN toward the connection's lane.
    QCOMPARE(perform(&lab, u"client.shutdown SHUT_WR"_s), QString());
    int row = model.rowCount() - 1;
    QCOMPARE(rowText(model, row), u"client.shutdown(socket.SHUT_WR) → None"_s);
    QVERIFY(model.index(row).data(TimelineModel::FinRole).toBool());
    QCOMPARE(model.index(row).data(TimelineModel::TargetLaneRole).toInt(), conn);
    QCOMPARE(model.index(row).data(TimelineModel::NoteRole).toString(), u"FIN sent"_s);
    QVERIFY(!model.lane(client).closed);

    // The connection's recv returns b'': the FIN's arrival; the kernel says CLOSE_WAIT.
    QCOMPARE(perform(&lab, u"server.recv 8"_s), QString());
    row = model.rowCount() - 1;
    QCOMPARE(rowText(model, row), u"conn.recv(8) → b''"_s);
    QCOMPARE(model.index(row).data(TimelineModel::LaneRole).toInt(), conn);
    QVERIFY(model.index(row).data(TimelineModel::FinRole).toBool());
    QCOMPARE(model.index(row).data(TimelineModel::NoteRole).toString(), u"the peer closed: FIN"_s);
    QVERIFY2(view.headerLines(conn).at(1).contains(u"CLOSE_WAIT"_s),
        qPrintable(view.headerLines(conn).at(1)));

    // The connection closes: its FIN goes to the client, whose recv gets b''.
    QVERIFY(!lab.conn()->close());
    row = model.rowCount() - 1;
    QCOMPARE(rowText(model, row), u"conn.close() → None"_s);
    QVERIFY(model.index(row).data(TimelineModel::FinRole).toBool());
    QCOMPARE(model.index(row).data(TimelineModel::TargetLaneRole).toInt(), client);
    QCOMPARE(model.index(row).data(TimelineModel::NoteRole).toString(), u"FIN sent"_s);
    QVERIFY(model.lane(conn).closed);
    QVERIFY2(view.headerLines(conn).at(1).startsWith(u"closed"_s),
        qPrintable(view.headerLines(conn).at(1)));
    // A closed socket's header keeps the addresses it had.
    QCOMPARE(view.headerLines(conn).at(3), u"raddr "_s + clientAddress.toPythonTuple());
    QCOMPARE(perform(&lab, u"client.recv 8"_s), QString());
    row = model.rowCount() - 1;
    QCOMPARE(rowText(model, row), u"client.recv(8) → b''"_s);
    QCOMPARE(model.index(row).data(TimelineModel::NoteRole).toString(), u"the peer closed: FIN"_s);

    // The client closes last: its FIN went with shutdown(), so this close
    // sends none, and the kernel keeps its end in TIME_WAIT (it closed first).
    QCOMPARE(perform(&lab, u"client.close"_s), QString());
    row = model.rowCount() - 1;
    QCOMPARE(rowText(model, row), u"client.close() → None"_s);
    QVERIFY(!model.index(row).data(TimelineModel::FinRole).toBool());
    QCOMPARE(model.index(row).data(TimelineModel::TargetLaneRole).toInt(), -1);
    QCOMPARE(model.index(row).data(TimelineModel::NoteRole).toString(), u"closed"_s);
    QVERIFY(model.lane(client).closed);
    const QStringList header = view.headerLines(client);
    QVERIFY2(header.at(1) == u"closed · TIME_WAIT"_s, qPrintable(header.join(u" | ")));
    QCOMPARE(header.at(2), u"laddr "_s + clientAddress.toPythonTuple());
    QCOMPARE(header.at(3), u"raddr ('127.0.0.1', %1)"_s.arg(port));

    // Closing the listener sends no FIN: it has no peer.
    QCOMPARE(perform(&lab, u"server.close"_s), QString());
    row = model.rowCount() - 1;
    QCOMPARE(model.index(row).data(TimelineModel::LaneRole).toInt(), server);
    QVERIFY(!model.index(row).data(TimelineModel::FinRole).toBool());
    QCOMPARE(model.index(row).data(TimelineModel::TargetLaneRole).toInt(), -1);
    QVERIFY(model.lane(server).closed);
    QCOMPARE(view.headerLines(server).at(1), u"closed"_s);

    // A new socket in the lane is open again.
    QCOMPARE(perform(&lab, u"client.socket"_s), QString());
    QVERIFY(!model.lane(client).closed);
    QVERIFY(!view.headerLines(client).at(1).startsWith(u"closed"_s));
}

void TestTimeline::closeWithUnreadBytesResets()
{
    TimelineRig rig;
    Lab &lab = rig.lab();
    TimelineModel &model = rig.model();
    quint16 port = 0;
    QCOMPARE(LabDriver::connectPair(&lab, &port), QString());
    QCOMPARE(perform(&lab, u"client.sendall unread data"_s), QString());
    QTRY_COMPARE(lab.conn()->socket().bytesAvailable(), qint64(11));

    // The connection closes with 11 bytes it never read: RST, no FIN arrow.
    QVERIFY(!lab.conn()->close());
    const int row = model.rowCount() - 1;
    QCOMPARE(rowText(model, row), u"conn.close() → None"_s);
    QVERIFY(!model.index(row).data(TimelineModel::FinRole).toBool());
    QCOMPARE(model.index(row).data(TimelineModel::NoteRole).toString(),
        u"closed with 11 B unread: RST sent"_s);
    QVERIFY(model.lane(model.laneIndex(u"conn"_s)).closed);
    // The client learns of it as ECONNRESET.
    QCOMPARE(perform(&lab, u"client.recv 16"_s), QString());
    QTRY_VERIFY2(rowText(model, model.rowCount() - 1).contains(u"ConnectionResetError"_s),
        qPrintable(rowText(model, model.rowCount() - 1)));
    // Linux's next recv() returns b'': no FIN came, and the row does not say one did.
    QCOMPARE(perform(&lab, u"client.recv 16"_s), QString());
    int last = -1;
    QTRY_VERIFY((last = model.findCall(u"client.recv"_s, model.rowCount() - 1)) >= 0);
    QCOMPARE(rowText(model, last), u"client.recv(16) → b''"_s);
    QVERIFY(!model.index(last).data(TimelineModel::FinRole).toBool());
    QCOMPARE(model.index(last).data(TimelineModel::NoteRole).toString(),
        u"nothing more: the peer reset (RST)"_s);
}

void TestTimeline::datagramRows()
{
    TimelineRig rig;
    Lab &lab = rig.lab();
    TimelineModel &model = rig.model();
    // A TCP connection of an earlier stage: datagrams must not go to its lane.
    QCOMPARE(perform(&lab, u"server.socket"_s), QString());
    QCOMPARE(perform(&lab, u"server.bind 127.0.0.1 0"_s), QString());
    quint16 port = lab.server()->laddr().port();
    QCOMPARE(perform(&lab, u"server.listen 1"_s), QString());
    QCOMPARE(perform(&lab, u"server.accept"_s), QString());
    QCOMPARE(perform(&lab, u"client.socket"_s), QString());
    QCOMPARE(perform(&lab, u"client.connect 127.0.0.1 %1"_s.arg(port)), QString());
    QTRY_VERIFY(lab.conn());

    QCOMPARE(perform(&lab, u"server.socket AF_INET SOCK_DGRAM IPPROTO_UDP"_s), QString());
    QCOMPARE(perform(&lab, u"server.bind 127.0.0.1 0"_s), QString());
    port = lab.server()->laddr().port();
    QCOMPARE(perform(&lab, u"client.socket AF_INET SOCK_DGRAM IPPROTO_UDP"_s), QString());
    QCOMPARE(perform(&lab, u"client.sendto Hi"_s), QString());
    QCOMPARE(perform(&lab, u"client.sendto there, datagrams"_s), QString());
    const int server = model.laneIndex(u"server"_s);
    const int client = model.laneIndex(u"client"_s);
    QCOMPARE(model.lane(server).transport, TimelineModel::Transport::Datagram);

    // Each sendto is an arrow of its bytes to the server's lane.
    const int first = model.rowCount() - 2;
    QCOMPARE(rowText(model, first), u"client.sendto(b'Hi', ('127.0.0.1', %1)) → 2"_s.arg(port));
    for (int row : {first, first + 1}) {
        QVERIFY(model.index(row).data(TimelineModel::DatagramRole).toBool());
        QCOMPARE(model.index(row).data(TimelineModel::TargetLaneRole).toInt(), server);
    }
    QCOMPARE(model.index(first + 1).data(TimelineModel::BytesRole).toLongLong(), 16);

    // recvfrom: the bytes and the sender's address as Python prints them;
    // a datagram longer than the buffer loses the rest, which the row counts.
    // The client's socket was bound by its first sendto, to 0.0.0.0 and a
    // port the kernel chose; the datagrams came from 127.0.0.1.
    QCOMPARE(lab.client()->laddr().toPythonTuple(),
        u"('0.0.0.0', %1)"_s.arg(lab.client()->laddr().port()));
    const QString sender = u"('127.0.0.1', %1)"_s.arg(lab.client()->laddr().port());
    QCOMPARE(perform(&lab, u"server.recvfrom 8"_s), QString());
    QCOMPARE(perform(&lab, u"server.recvfrom 8"_s), QString());
    int row = model.rowCount() - 2;
    QCOMPARE(rowText(model, row), u"server.recvfrom(8) → (b'Hi', %1)"_s.arg(sender));
    QCOMPARE(model.index(row).data(TimelineModel::NoteRole).toString(), QString());
    QVERIFY(model.index(row).data(TimelineModel::DatagramRole).toBool());
    ++row;
    QCOMPARE(rowText(model, row), u"server.recvfrom(8) → (b'there, d', %1)"_s.arg(sender));
    QCOMPARE(model.index(row).data(TimelineModel::NoteRole).toString(),
        QCoreApplication::translate("TimelineModel", "cut: %Ln byte(s) lost", nullptr, 8));
    QVERIFY(model.index(row).data(TimelineModel::NoteRole).toString().startsWith(u"cut: 8 byte"_s));
    QCOMPARE(model.index(row).data(TimelineModel::BytesRole).toLongLong(), 8);

    // A waiting recvfrom closes in place when a datagram arrives; the
    // server's reply goes back to the client's lane.
    QVERIFY(!lab.server()->recvfrom(64));
    row = model.rowCount() - 1;
    QCOMPARE(rowText(model, row), u"server.recvfrom(64) … waiting"_s);
    QVERIFY(!lab.client()->sendto("!", lab.server()->laddr()).error);
    QTRY_COMPARE(rowText(model, row), u"server.recvfrom(64) → (b'!', %1)"_s.arg(sender));
    QVERIFY(!lab.server()->sendto("ok", lab.client()->laddr()).error);
    QCOMPARE(model.index(model.rowCount() - 1).data(TimelineModel::TargetLaneRole).toInt(), client);
    // An empty datagram is no FIN.
    QVERIFY(!lab.client()->sendto(QByteArray(), lab.server()->laddr()).error);
    QVERIFY(!lab.server()->recvfrom(8));
    QTRY_COMPARE(
        rowText(model, model.rowCount() - 1), u"server.recvfrom(8) → (b'', %1)"_s.arg(sender));
    QVERIFY(!model.index(model.rowCount() - 1).data(TimelineModel::FinRole).toBool());
}

// A statement longer than its row's box (a client's sendto, its arrow
// keeping the server's lane in sight) wraps onto more lines: every
// character is drawn, none replaced by "…", and the rows under it move down.
void TestTimeline::longStatementsWrap()
{
    TimelineRig rig;
    Lab &lab = rig.lab();
    lab.setNetwork(Lab::Network::Host); // three lanes, no wire lane between them
    TimelineModel &model = rig.model();
    TimelineView &view = rig.view(QSize(900, 600));
    view.setTextPixelSizes(28, 22); // presentation's sizes at 720 lines
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(perform(&lab, u"server.socket AF_INET SOCK_DGRAM IPPROTO_UDP"_s), QString());
    QCOMPARE(perform(&lab, u"server.bind 127.0.0.1 0"_s), QString());
    const quint16 port = lab.server()->laddr().port();
    QCOMPARE(perform(&lab, u"client.socket AF_INET SOCK_DGRAM IPPROTO_UDP"_s), QString());
    QCOMPARE(perform(&lab, u"client.sendto Hi"_s), QString());
    QCOMPARE(perform(&lab, u"server.recvfrom 16"_s), QString());
    const int sendto = model.rowCount() - 2;
    const QString statement = u"client.sendto(b'Hi', ('127.0.0.1', %1))"_s.arg(port);
    QCOMPARE(model.index(sendto).data(TimelineModel::StatementRole).toString(), statement);
    QTRY_VERIFY(view.rowLines(sendto) > 1);
    const QStringList lines = view.rowTextLines(sendto);
    QVERIFY2(lines.size() == view.rowLines(sendto), qPrintable(lines.join(u" | ")));
    // The outcome ends the statement's last line when it fits there, else has a line of its own.
    // (A line ends without the space it broke at.)
    const QString all = lines.join(u' ').simplified();
    QVERIFY2(all == statement + u" → 2"_s, qPrintable(lines.join(u" | "_s)));
    for (const QString &line : lines)
        QVERIFY2(!line.contains(u'…'), qPrintable(line));
    // The next row starts under the wrapped one; a short row is one line.
    const int line = view.rowHeight() - 12; // one line and 6 px above and under it
    QCOMPARE(view.rowTop(sendto + 1) - view.rowTop(sendto),
        view.rowHeight() + (view.rowLines(sendto) - 1) * line);
    QCOMPARE(view.rowLines(1), 1); // server.bind(('127.0.0.1', 0)) → None
    QVERIFY(view.rowTop(sendto + 1) - view.rowTop(sendto) > view.rowHeight());
    // rowAt() finds rows by their real tops.
    view.scrollToEnd();
    QTRY_COMPARE(view.rowAt(view.headerHeight() + view.rowTop(sendto) + 2
                     - view.verticalScrollBar()->value()),
        sendto);
    // Wide enough, the same row is one line again.
    view.resize(2400, 600);
    QTRY_COMPARE(view.rowLines(sendto), 1);
    QVERIFY(view.rowTextLines(sendto).first().startsWith(statement));
}

// Sets `rig` up for one row a call: the host network (no wire rows), a
// 900×400 view shown, and the server's socket made. False if any failed.
bool serverOnHost(TimelineRig *rig)
{
    rig->lab().setNetwork(Lab::Network::Host);
    return QTest::qWaitForWindowExposed(&rig->view(QSize(900, 400)))
        && perform(&rig->lab(), u"server.socket"_s).isEmpty();
}

// Rows are drawn whole at the top and at least their first line at the
// bottom: a row with only its top border above the viewport's bottom is
// left out (rowShown), so the back row never sees an empty box.
void TestTimeline::rowsShownHaveALineInView()
{
    TimelineRig rig;
    QVERIFY(serverOnHost(&rig));
    Lab &lab = rig.lab();
    TimelineModel &model = rig.model();
    TimelineView &view = rig.view(QSize(900, 400));
    const int server = model.laneIndex(u"server"_s);
    // Made, then bound: in no connection, so no TCP state beside the
    // lifecycle (the kernel's CLOSED read as a contradiction).
    QCOMPARE(view.headerLines(server).at(1), u"created"_s);
    QCOMPARE(perform(&lab, u"server.bind 127.0.0.1 0"_s), QString());
    QCOMPARE(view.headerLines(server).at(1), u"bound"_s);
    QCOMPARE(perform(&lab, u"server.listen 1"_s), QString());
    for (int i = 0; i < 24; ++i)
        QCOMPARE(perform(&lab, u"server.setsockopt SO_RCVBUF 4096"_s), QString());
    QTRY_VERIFY(view.verticalScrollBar()->maximum() > 0);
    const int room = view.viewport()->height() - view.headerHeight();
    // Scroll so that row `cut` (one below the first screen) starts a few
    // pixels above the bottom.
    int cut = 1;
    while (cut + 2 < model.rowCount() && view.rowTop(cut) < room + view.rowHeight())
        ++cut;
    QVERIFY(model.rowCount() > cut + 1);
    const int value = view.rowTop(cut) - room + 4;
    QVERIFY(value > 0 && value <= view.verticalScrollBar()->maximum());
    view.verticalScrollBar()->setValue(value);
    QVERIFY(!view.rowShown(cut)); // 4 px of it: its border only
    QVERIFY(view.rowShown(cut - 1)); // whole above it
    QVERIFY(!view.rowShown(cut + 1)); // below the view
    // One line's height more and its first line shows: it is drawn.
    view.verticalScrollBar()->setValue(value + view.rowHeight());
    QVERIFY(view.rowShown(cut));
    // A row whose top went under the header is left out.
    int under = 0;
    while (view.rowTop(under + 1) <= view.verticalScrollBar()->value())
        ++under;
    if (view.rowTop(under) < view.verticalScrollBar()->value())
        QVERIFY(!view.rowShown(under));
    QVERIFY(!view.rowShown(-1));
    QVERIFY(!view.rowShown(model.rowCount()));
}

// Scrolled to its end, the view starts at a row's top: the last rows fill it
// from the top, with no band above them where a row only partly in view was
// left out. Rows of different heights (getaddrinfo's takes four lines), in
// views of several heights.
void TestTimeline::endStartsAtARowTop()
{
    TimelineRig rig;
    QVERIFY(serverOnHost(&rig));
    Lab &lab = rig.lab();
    TimelineModel &model = rig.model();
    TimelineView &view = rig.view(QSize(900, 400));
    for (int i = 0; i < 12; ++i) {
        QCOMPARE(perform(&lab, u"server.setsockopt SO_RCVBUF 4096"_s), QString());
        if (i % 4 == 1)
            QCOMPARE(perform(&lab, u"client.getaddrinfo 127.0.0.1 5000"_s), QString());
    }
    int aligned = 0;
    for (int height = 380; height <= 460; height += 9) {
        view.resize(900, height);
        QTRY_VERIFY(view.verticalScrollBar()->maximum() > 0);
        QScrollBar *bar = view.verticalScrollBar();
        bar->setValue(bar->maximum());
        int first = 0;
        while (first < model.rowCount() && view.rowTop(first) < bar->value())
            ++first;
        const QString where = u"height %1, end %2"_s.arg(height).arg(bar->value());
        QVERIFY2(first < model.rowCount() && view.rowTop(first) == bar->value(), qPrintable(where));
        for (int row = first; row < model.rowCount(); ++row)
            QVERIFY2(view.rowShown(row), qPrintable(where + u", row %1"_s.arg(row)));
        // The end is not further on than it has to be: the row above would not fit too.
        const int room = view.viewport()->height() - view.headerHeight();
        QVERIFY2(view.rowTop(model.rowCount()) - view.rowTop(first - 1) > room, qPrintable(where));
        if (view.rowTop(model.rowCount()) - room != bar->value())
            ++aligned;
    }
    QVERIFY(aligned > 0); // some heights would have ended inside a row
}

// With three lanes (server, conn, client) in a narrow view, a header's
// lines wrap at their spaces and the header grows: "raddr ('127.0.0.1',
// 5000)" is never cut.
void TestTimeline::headersWrapNeverCut()
{
    TimelineRig rig;
    Lab &lab = rig.lab();
    lab.setNetwork(Lab::Network::Host); // three lanes, no wire lane between them
    TimelineView &view = rig.view(QSize(1400, 600));
    view.setTextPixelSizes(28, 22);
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int least = view.headerHeight(); // no lane yet
    quint16 port = 0;
    QCOMPARE(LabDriver::connectPair(&lab, &port), QString());
    QTRY_COMPARE(view.columns().size(), 3);
    // A third of 900 px is narrower than "raddr ('127.0.0.1', 54321)" at 22 px: the header grows
    // past its least height (a name and three detail lines, as before any lane existed).
    view.resize(900, 600);
    QTRY_VERIFY(view.headerHeight() > least);
    const int laneWidth = view.viewport()->width() / 3;
    const QFont detail = [&view] {
        QFont font = view.font();
        font.setPixelSize(view.detailPixelSize());
        return font;
    }();
    for (int lane : view.columns()) {
        const QStringList lines = view.headerLines(lane);
        int needed = 0; // the detail lines, as wrapped in the lane
        for (const QString &line : lines.mid(1)) {
            needed += QFontMetrics(detail)
                          .boundingRect(QRect(0, 0, laneWidth - 12, 10000),
                              Qt::AlignHCenter | Qt::TextWordWrap, line)
                          .height();
        }
        QVERIFY2(view.headerHeight() >= needed, qPrintable(lines.join(u" | ")));
    }
    // Painting the wrapped header and rows works at every width.
    for (int width : {300, 600, 900}) {
        view.resize(width, 600);
        QVERIFY(!view.grab().isNull());
    }
}

// The wire lane: between the server's and the client's lanes, each segment
// the calls caused as a row among the calls by time, with its flags and
// numbers; selecting the connect row lights its SYN, SYN-ACK and ACK, and
// selecting a segment lights the call that caused it.
void TestTimeline::wireLane()
{
    TimelineRig rig;
    Lab &lab = rig.lab();
    if (!lab.capturing())
        QSKIP(qPrintable(u"no capture here: "_s + lab.wireStatus()));
    TimelineModel &model = rig.model();
    model.followWire(lab.wire());
    TimelineView &view = rig.view(QSize(1200, 700));
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.wireStatus(), QString());

    const Endpoint address = Endpoint::inet(u"127.0.0.1"_s, 5000);
    QCOMPARE(lab.open(lab.server(), AF_INET, SOCK_STREAM, 0), SocketError());
    QCOMPARE(lab.bind(lab.server(), address), SocketError());
    QCOMPARE(lab.listen(lab.server(), 1), SocketError());
    QCOMPARE(lab.open(lab.client(), AF_INET, SOCK_STREAM, 0), SocketError());
    QCOMPARE(lab.connect(lab.client(), address), SocketError());
    QTRY_COMPARE(lab.client()->state(), LiveSocket::State::Connected);
    QCOMPARE(lab.accept(lab.server()), SocketError());
    QTRY_VERIFY(lab.conn());
    QCOMPARE(lab.sendall(lab.client(), "hello"), SocketError());
    QCOMPARE(lab.close(lab.client()), SocketError());
    const auto rowsOf = [&model](const QString &flags) {
        QList<int> rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            if (index.data(TimelineModel::KindRole).value<TimelineModel::RowKind>()
                    == TimelineModel::RowKind::Segment
                && index.data(TimelineModel::StatementRole).toString() == flags)
                rows << row;
        }
        return rows;
    };
    QTRY_VERIFY(!rowsOf(u"FIN ACK"_s).isEmpty());

    // The lanes: server, conn, the wire, client.
    const QList<int> lanes = view.drawnLanes();
    QCOMPARE(lanes.size(), 4);
    QCOMPARE(lanes.at(2), TimelineModel::WireLane);
    QCOMPARE(model.lane(lanes.at(3)).object, u"client"_s);
    QCOMPARE(view.headerLines(TimelineModel::WireLane).at(0), u"wire"_s);

    // Rows by time: each segment after the call row that began before it.
    const int syn = rowsOf(u"SYN"_s).value(0, -1);
    const int synAck = rowsOf(u"SYN-ACK"_s).value(0, -1);
    const int psh = rowsOf(u"PSH ACK"_s).value(0, -1);
    const int fin = rowsOf(u"FIN ACK"_s).value(0, -1);
    QVERIFY(syn >= 0 && syn < synAck && synAck < psh && psh < fin);
    int connectRow = -1;
    int acceptRow = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString statement = model.index(row).data(TimelineModel::StatementRole).toString();
        if (statement.startsWith(u"client.connect("_s))
            connectRow = row;
        if (statement.contains(u"server.accept("_s))
            acceptRow = row;
    }
    QVERIFY(connectRow >= 0 && connectRow < syn);
    QString rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows += u"\n%1 %2 %3"_s.arg(row)
                    .arg(model.index(row).data(TimelineModel::ClockRole).toLongLong())
                    .arg(rowText(model, row));
    QVERIFY2(synAck < acceptRow, qPrintable(rows)); // the handshake is done before accept()
    const QModelIndex synIndex = model.index(syn);
    QCOMPARE(synIndex.data(TimelineModel::WireDirectionRole).toInt(), 1); // toward the server
    QCOMPARE(model.index(synAck).data(TimelineModel::WireDirectionRole).toInt(), 2);
    QVERIFY2(synIndex.data(TimelineModel::ResultRole).toString().startsWith(u"seq 0 len 0 win "_s),
        qPrintable(synIndex.data(TimelineModel::ResultRole).toString()));
    QVERIFY(model.index(psh).data(TimelineModel::ResultRole).toString().contains(u"len 5"_s));

    // Linked both ways.
    view.selectRow(connectRow);
    QCOMPARE(view.selectedRow(), connectRow);
    const QList<int> lit = view.litRows();
    QVERIFY(lit.contains(syn));
    QVERIFY(lit.contains(synAck));
    QVERIFY(!lit.contains(psh));
    view.selectRow(psh);
    QCOMPARE(model.index(view.litRows().value(0, -1)).data(TimelineModel::StatementRole).toString(),
        u"client.sendall(b'hello')"_s);
    view.selectRow(acceptRow);
    QCOMPARE(view.litRows(), QList<int>()); // accept() sent nothing
    // Painted with a selection and the wire lane (offscreen).
    QVERIFY(!view.grab().isNull());

    // A narrow wire lane puts the numbers under the flags instead of cutting them.
    QCOMPARE(view.rowLines(synAck), 1);
    view.resize(360, 700);
    QTRY_COMPARE(view.rowLines(synAck), 2);
    QVERIFY(!view.grab().isNull());

    // Bounded like the rest: segment rows count against the model's rows.
    model.setMaxRows(4);
    QCOMPARE(model.rowCount(), 4);
}

// Without a capture the wire lane stays, and says why in one sentence.
void TestTimeline::wireLaneWithoutCapture()
{
    const QByteArray helper = qgetenv("SOCKETLAB_LABNET_HELPER");
    qputenv("SOCKETLAB_LABNET_HELPER", "/nonexistent/socketlab-labnet");
    Lab lab;
    qputenv("SOCKETLAB_LABNET_HELPER", helper);
    TimelineModel model;
    connect(&lab, &Lab::callRecorded, &model, &TimelineModel::record);
    model.followWire(lab.wire());
    TimelineView view;
    view.setModel(&model);
    view.setLab(&lab);
    view.resize(1000, 600);
    QCOMPARE(perform(&lab, u"server.socket"_s), QString());
    QCOMPARE(view.drawnLanes(), QList<int>({0, TimelineModel::WireLane}));
    QVERIFY(!view.wireStatus().isEmpty());
    QCOMPARE(view.wireStatus(), lab.wireStatus());
    QVERIFY(!view.wireStatus().contains(u'\n'));
    QCOMPARE(view.headerLines(TimelineModel::WireLane).at(1), u"no capture"_s);
    QVERIFY(!view.grab().isNull());

    // The sentence lies in a band under the rows: no row is drawn over it,
    // however many rows there are.
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < 30; ++i)
        QCOMPARE(perform(&lab, u"server.setsockopt SO_REUSEADDR 1"_s), QString());
    QTRY_VERIFY(view.verticalScrollBar()->maximum() > 0);
    const QRect note = view.wireNoteRect();
    QVERIFY(!note.isEmpty());
    QVERIFY(view.rect().contains(note));
    QVERIFY2(!view.viewport()->geometry().intersects(note),
        qPrintable(u"rows %1,%2 %3x%4; note %5,%6 %7x%8"_s.arg(view.viewport()->y())
                       .arg(view.viewport()->x())
                       .arg(view.viewport()->width())
                       .arg(view.viewport()->height())
                       .arg(note.x())
                       .arg(note.y())
                       .arg(note.width())
                       .arg(note.height())));
    auto *label = view.findChild<QLabel *>(u"timelineWireNote"_s);
    QVERIFY(label);
    QCOMPARE(label->text(), lab.wireStatus());
    // The last row is whole, above the band (once the throttled refresh
    // has laid out all 30 rows; under asan it can come after the scroll bar).
    const int last = model.rowCount() - 1;
    QTRY_COMPARE(view.rowAt(view.headerHeight() + view.rowTop(last)
                     - view.verticalScrollBar()->value() + view.rowHeight() / 2),
        last);
    QVERIFY(view.headerHeight() + view.rowTop(last) - view.verticalScrollBar()->value()
            + view.rowHeight()
        <= view.viewport()->height());
}

// A connection the server closed: the client's next sends fail (EPIPE or
// ECONNRESET once the peer's RST came back). A failed send sent nothing:
// its row has no arrow, only its error.
void TestTimeline::failedSendHasNoArrow()
{
    TimelineRig rig;
    Lab &lab = rig.lab();
    TimelineModel &model = rig.model();
    quint16 port = 0;
    QCOMPARE(LabDriver::connectPair(&lab, &port), QString());
    const int conn = model.laneIndex(u"conn"_s);
    QCOMPARE(perform(&lab, u"server.close conn"_s), QString());
    // The first send still leaves (the peer answers it with RST); a later one fails.
    int row = -1;
    for (int i = 0; i < 20; ++i) {
        perform(&lab, u"client.send x"_s);
        row = model.rowCount() - 1;
        if (!model.index(row).data(TimelineModel::ErrorNameRole).toString().isEmpty())
            break;
        QCOMPARE(model.index(row).data(TimelineModel::TargetLaneRole).toInt(), conn);
    }
    const QString error = model.index(row).data(TimelineModel::ErrorNameRole).toString();
    QVERIFY2(error == u"EPIPE"_s || error == u"ECONNRESET"_s, qPrintable(rowText(model, row)));
    QCOMPARE(model.index(row).data(TimelineModel::TargetLaneRole).toInt(), -1);
    QVERIFY(!model.index(row).data(TimelineModel::HeldRole).toBool());
}

// send(MSG_MORE): the kernel holds the bytes, so no arrow leaves until the
// next send without it takes them along.
void TestTimeline::sendMoreIsHeld()
{
    TimelineRig rig;
    Lab &lab = rig.lab();
    TimelineModel &model = rig.model();
    quint16 port = 0;
    QCOMPARE(LabDriver::connectPair(&lab, &port), QString());
    const int conn = model.laneIndex(u"conn"_s);

    QCOMPARE(perform(&lab, u"client.sendmore Hi"_s), QString());
    const int held = model.rowCount() - 1;
    QCOMPARE(rowText(model, held), u"client.send(b'Hi', socket.MSG_MORE) → 2"_s);
    QVERIFY(model.index(held).data(TimelineModel::HeldRole).toBool());
    QCOMPARE(model.index(held).data(TimelineModel::TargetLaneRole).toInt(), -1);
    QCOMPARE(model.index(held).data(TimelineModel::NoteRole).toString(),
        u"held by the kernel (MSG_MORE)"_s);

    QCOMPARE(perform(&lab, u"client.send there"_s), QString());
    const int send = model.rowCount() - 1;
    QCOMPARE(rowText(model, send), u"client.send(b'there') → 5"_s);
    QCOMPARE(model.index(send).data(TimelineModel::TargetLaneRole).toInt(), conn);
    QCOMPARE(
        model.index(send).data(TimelineModel::NoteRole).toString(), u"with the 2 B held before"_s);
    QVERIFY(!model.index(held).data(TimelineModel::HeldRole).toBool());
    QCOMPARE(model.index(held).data(TimelineModel::TargetLaneRole).toInt(), -1);
    QCOMPARE(model.index(held).data(TimelineModel::NoteRole).toString(),
        u"held by the kernel (MSG_MORE) until the next send"_s);
    // Both reached conn: it reads them as one stream.
    QCOMPARE(perform(&lab, u"server.recv 16"_s), QString());
    QTRY_COMPARE(model.index(model.rowCount() - 1).data(TimelineModel::ResultRole).toString(),
        u"b'Hithere'"_s);

    // Held bytes leave before the FIN of a close.
    QCOMPARE(perform(&lab, u"client.sendmore bye"_s), QString());
    const int last = model.rowCount() - 1;
    QVERIFY(model.index(last).data(TimelineModel::HeldRole).toBool());
    QCOMPARE(perform(&lab, u"client.shutdown SHUT_WR"_s), QString());
    QVERIFY(!model.index(last).data(TimelineModel::HeldRole).toBool());
    QCOMPARE(model.index(last).data(TimelineModel::NoteRole).toString(),
        u"held by the kernel (MSG_MORE) until the FIN"_s);
}

// On the wire, UDP carries datagrams, TCP segments: the wire lane's header
// counts each by its name.
void TestTimeline::udpWireCountsDatagrams()
{
    Lab lab;
    if (!lab.capturing())
        QSKIP(qPrintable(u"no capture here: "_s + lab.wireStatus()));
    TimelineModel model;
    connect(&lab, &Lab::callRecorded, &model, &TimelineModel::record);
    model.followWire(lab.wire());
    TimelineView view;
    view.setModel(&model);
    view.setLab(&lab);
    view.resize(1200, 700);
    QCOMPARE(perform(&lab, u"server.socket AF_INET SOCK_DGRAM IPPROTO_UDP"_s), QString());
    QCOMPARE(perform(&lab, u"server.bind 127.0.0.1 0"_s), QString());
    QCOMPARE(perform(&lab, u"client.socket AF_INET SOCK_DGRAM IPPROTO_UDP"_s), QString());
    QCOMPARE(perform(&lab, u"client.sendto Hi"_s), QString());
    QCOMPARE(perform(&lab, u"client.sendto there"_s), QString());
    QTRY_COMPARE(model.wireDatagrams(), 2);
    QCOMPARE(model.wireSegments(), 0);
    // Each datagram's arrow points to the server: the client's socket sent it.
    int datagrams = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(TimelineModel::KindRole).value<TimelineModel::RowKind>()
            != TimelineModel::RowKind::Segment)
            continue;
        ++datagrams;
        QCOMPARE(index.data(TimelineModel::WireDirectionRole).toInt(), 1);
    }
    QCOMPARE(datagrams, 2);
    const QStringList lines = view.headerLines(TimelineModel::WireLane);
    QVERIFY2(lines.last().contains(u"datagram"_s), qPrintable(lines.join(u" | ")));
    QVERIFY2(!lines.join(u' ').contains(u"segment"_s), qPrintable(lines.join(u" | ")));
}

// Presentation's chunk list: the chunks sit under a heading naming the socket that received them
// (an echo has chunks on both sides), and a UTF-8 character cut between two
// chunks is marked under both: the bytes each holds, in hex.
void TestTimeline::chunkListsNameTheirSocket()
{
    Lab lab;
    TimelineModel model;
    connect(&lab, &Lab::callRecorded, &model, &TimelineModel::record);
    FocusView focus(&lab, &model);
    focus.setFocusNames({u"chunks"_s});
    focus.resize(1280, 720);
    focus.show();
    QVERIFY(QTest::qWaitForWindowExposed(&focus));
    QCOMPARE(perform(&lab, u"server.socket"_s), QString());
    QCOMPARE(perform(&lab, u"server.bind 127.0.0.1 0"_s), QString());
    QCOMPARE(perform(&lab, u"server.listen 1"_s), QString());
    QCOMPARE(perform(&lab, u"server.accept"_s), QString());
    QCOMPARE(perform(&lab, u"client.socket"_s), QString());
    QCOMPARE(perform(&lab, u"client.connect"_s), QString());
    QTRY_VERIFY(lab.conn());
    QCOMPARE(perform(&lab, u"server.echo 8"_s), QString());
    // The ü's two bytes c3 bc are cut after the 8th byte.
    QCOMPARE(perform(&lab, u"client.sendall Echoes ü!"_s), QString());
    QCOMPARE(perform(&lab, u"client.shutdown SHUT_WR"_s), QString());
    QCOMPARE(perform(&lab, u"client.recvloop 8 eof"_s), QString());
    focus.refresh();
    auto *box = focus.findChild<QWidget *>(u"focusChunks"_s);
    QVERIFY(box);
    auto *list = box->findChild<QListWidget *>();
    QVERIFY(list);
    QStringList rows;
    for (int i = 0; i < list->count(); ++i)
        rows << list->item(i)->text();
    const QString all = rows.join(u'\n');
    // Grouped under a heading per socket: conn's chunks, then client's.
    const qsizetype connAt = rows.indexOf(u"conn: 3 chunk(s), 10 byte(s)"_s);
    const qsizetype clientAt = rows.indexOf(u"client: 3 chunk(s), 10 byte(s)"_s);
    QVERIFY2(connAt >= 0 && clientAt > connAt, qPrintable(all));
    const QStringList connRows = rows.mid(connAt + 1, clientAt - connAt - 1);
    const QStringList clientRows = rows.mid(clientAt + 1);
    for (const QStringList &side : {connRows, clientRows}) {
        QCOMPARE(side,
            QStringList({u"8  b'Echoes \\xc3'"_s, u"↳ ü split:\n  byte 1 of 2 (c3)"_s,
                u"2  b'\\xbc!'"_s, u"↳ ü completed:\n  byte 2 of 2 (bc)"_s, u"0  b''"_s}));
    }
}

// A stage's `keep` call: its first row in the demo, found in its socket's
// lane whatever the Python statement assigns.
void TestTimeline::findCallKeepsTheStageCall()
{
    Lab lab;
    TimelineModel model;
    connect(&lab, &Lab::callRecorded, &model, &TimelineModel::record);
    QCOMPARE(perform(&lab, u"server.socket"_s), QString());
    QCOMPARE(perform(&lab, u"server.bind 127.0.0.1 0"_s), QString());
    const quint16 port = lab.server()->laddr().port();
    QCOMPARE(perform(&lab, u"server.listen 1"_s), QString());
    QCOMPARE(perform(&lab, u"server.accept"_s), QString());
    QCOMPARE(perform(&lab, u"client.getaddrinfo 127.0.0.1 %1"_s.arg(port)), QString());
    QCOMPARE(perform(&lab, u"client.socket *info[:3]"_s), QString());
    QCOMPARE(perform(&lab, u"client.connect info[-1]"_s), QString());
    QTRY_VERIFY(lab.conn());
    QCOMPARE(perform(&lab, u"server.sendall hi"_s), QString());
    QCOMPARE(perform(&lab, u"server.sendall again"_s), QString());
    QCOMPARE(perform(&lab, u"server.close"_s), QString());
    const auto statement = [&model](int row) {
        return model.index(row).data(TimelineModel::StatementRole).toString();
    };
    QCOMPARE(statement(model.findCall(u"server.bind"_s)), u"server.bind(('127.0.0.1', 0))"_s);
    QVERIFY2(
        statement(model.findCall(u"client.getaddrinfo"_s)).startsWith(u"socket.getaddrinfo("_s),
        qPrintable(statement(model.findCall(u"client.getaddrinfo"_s))));
    QVERIFY(statement(model.findCall(u"client.socket"_s)).startsWith(u"client = socket.socket("_s));
    const int first = model.findCall(u"conn.sendall"_s);
    QCOMPARE(statement(first), u"conn.sendall(b'hi')"_s);
    QCOMPARE(statement(model.findCall(u"conn.sendall"_s, first + 1)), u"conn.sendall(b'again')"_s);
    QCOMPARE(statement(model.findCall(u"server.close"_s)), u"server.close()"_s);
    QCOMPARE(model.findCall(u"server.sendall"_s), -1); // the server's listener sends nothing
    QCOMPARE(model.findCall(u"nobody.close"_s), -1);
    QCOMPARE(model.findCall(u"close"_s), -1);
}

// A receiver that does not read: its window falls to 0, the sender waits
// (perhaps probing), then the window opens again once the receiver reads.
void TestTimeline::windowZeroIsMarked()
{
    Lab lab;
    if (!lab.capturing())
        QSKIP(qPrintable(u"no capture here: "_s + lab.wireStatus()));
    TimelineModel model;
    connect(&lab, &Lab::callRecorded, &model, &TimelineModel::record);
    model.followWire(lab.wire());
    lab.beginDemo();
    for (const QString &step : {u"server.socket"_s, u"server.setsockopt SO_RCVBUF 4096"_s,
             u"server.bind 127.0.0.1 0"_s, u"server.listen 1"_s, u"server.accept"_s,
             u"client.socket"_s, u"client.setsockopt SO_SNDBUF 4096"_s, u"client.connect"_s,
             u"client.sendfill 20000"_s, u"server.recvloop 65536 eof"_s})
        QCOMPARE(perform(&lab, step), QString());
    const auto noted = [&model](const QString &start) {
        QList<int> rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            if (index.data(TimelineModel::KindRole).value<TimelineModel::RowKind>()
                    == TimelineModel::RowKind::Segment
                && index.data(TimelineModel::NoteRole).toString().startsWith(start))
                rows << row;
        }
        return rows;
    };
    QTRY_VERIFY([&] {
        lab.readCapture();
        return !noted(u"window open again"_s).isEmpty();
    }());
    const QList<int> closed = noted(u"window 0: no room left"_s);
    QVERIFY(!closed.isEmpty());
    // From the receiver (the server's conn) to the sender, before it opens again.
    QCOMPARE(model.index(closed.first()).data(TimelineModel::WireDirectionRole).toInt(), 2);
    QVERIFY(model.index(closed.first())
                .data(TimelineModel::ResultRole)
                .toString()
                .endsWith(u"win 0"_s));
    QVERIFY(closed.first() < noted(u"window open again"_s).last());
    // A probe, if the stall lasted long enough for one, comes from the sender.
    for (int row : noted(u"window probe"_s))
        QCOMPARE(model.index(row).data(TimelineModel::WireDirectionRole).toInt(), 1);

    // The note takes a line of its own: the row is taller than a plain one.
    TimelineView view;
    view.setModel(&model);
    view.setLab(&lab);
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(view.rowLines(closed.first()), 2);
    QVERIFY(!view.grab().isNull());

    // Segments that tell nothing new are gathered: every captured segment
    // is counted in one row, a row of data segments says how many and the
    // span of their bytes, the probes of one stall are one row, and the
    // bulk reads (recv(65536)) are one run row.
    qint64 counted = 0;
    int gathered = 0;
    int probeRows = 0;
    int openRuns = 0;
    const int reopened = noted(u"window open again"_s).last();
    // "seq 4,097–20,001 len 15,904 · largest 4,096": the span, and how it was cut.
    static const QRegularExpression span(
        u"^seq [0-9,]+\u2013[0-9,]+ len ([0-9,]+) \u00b7 largest ([0-9,]+)$"_s);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        const auto kind = index.data(TimelineModel::KindRole).value<TimelineModel::RowKind>();
        if (kind == TimelineModel::RowKind::Run) {
            QVERIFY2(index.data(TimelineModel::StatementRole)
                         .toString()
                         .startsWith(u"conn.recv(65536) \u00d7"_s),
                qPrintable(rowText(model, row)));
            QVERIFY(index.data(TimelineModel::CallsRole).toLongLong() >= 2);
            // A run still open (the loop waits for EOF) tells what its calls
            // brought before the one that waits.
            if (index.data(TimelineModel::OpenRole).toBool()) {
                const QString text = view.rowTextLines(row).join(u' ');
                QVERIFY2(
                    text.endsWith(u"\u2192 "_s % index.data(TimelineModel::ResultRole).toString()
                        % u", then waiting"_s),
                    qPrintable(text));
                ++openRuns;
            }
        }
        if (kind == TimelineModel::RowKind::Call) {
            // No two bulk reads with only segments between them.
            int previous = row - 1;
            while (previous >= 0
                && model.index(previous)
                        .data(TimelineModel::KindRole)
                        .value<TimelineModel::RowKind>()
                    == TimelineModel::RowKind::Segment)
                --previous;
            const auto isRead = [&model](int at) {
                return at >= 0
                    && model.index(at).data(TimelineModel::StatementRole).toString()
                    == u"conn.recv(65536)"_s
                    && model.index(at).data(TimelineModel::BytesRole).toLongLong() > 0;
            };
            QVERIFY2(!(isRead(row) && isRead(previous)), qPrintable(rowText(model, row)));
        }
        if (kind != TimelineModel::RowKind::Segment)
            continue;
        const qint64 calls = index.data(TimelineModel::CallsRole).toLongLong();
        counted += calls;
        const QString statement = index.data(TimelineModel::StatementRole).toString();
        if (calls > 1 && statement.startsWith(u"data \u00d7"_s)) {
            ++gathered;
            const QRegularExpressionMatch m
                = span.match(index.data(TimelineModel::ResultRole).toString());
            QVERIFY2(m.hasMatch(), qPrintable(rowText(model, row)));
            const QLocale locale;
            QVERIFY2(locale.toLongLong(m.captured(2)) < locale.toLongLong(m.captured(1)),
                qPrintable(rowText(model, row)));
            // At most the MSS lo announces (65,483).
            QVERIFY2(locale.toLongLong(m.captured(2)) <= 65483, qPrintable(rowText(model, row)));
        }
        if (index.data(TimelineModel::NoteRole).toString().startsWith(u"window probe"_s)
            && row > closed.first() && row < reopened)
            ++probeRows;
    }
    QCOMPARE(counted, model.wireSegments());
    QVERIFY2(gathered >= 1, qPrintable(u"no row gathers data segments"_s));
    QVERIFY(probeRows <= 1);
    QCOMPARE(openRuns, 1); // the loop still waits: the client never closed
    QVERIFY(!view.grab().isNull());
}

// A call too long for its box wraps where code breaks well (after "(",
// "," or "=", before "." or an escape), never inside a name: stage 25 read
// "client.shutdown(socke" / "t.SHUT_WR)".
void TestTimeline::codeWrapsBetweenNames()
{
    TimelineRig rig;
    Lab &lab = rig.lab();
    lab.setNetwork(Lab::Network::Host); // no wire lane: three lanes
    TimelineModel &model = rig.model();
    TimelineView &view = rig.view(QSize(900, 600));
    view.setTextPixelSizes(32, 22); // presentation's at 720 lines
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    quint16 port = 0;
    QCOMPARE(LabDriver::connectPair(&lab, &port), QString());
    QCOMPARE(
        perform(&lab, u"client.sendall \\x00\\x00\\x00\\x18\\x00\\x00\\x00\\x18"_s), QString());
    QCOMPARE(perform(&lab, u"client.shutdown SHUT_WR"_s), QString());
    int wrapped = 0;
    for (const QString &call : {u"client.sendall"_s, u"client.shutdown"_s}) {
        const int row = model.findCall(call);
        QVERIFY2(row >= 0, qPrintable(call));
        QTRY_VERIFY(view.rowLines(row) >= 1);
        const QStringList lines = view.rowTextLines(row);
        if (lines.size() > 1)
            ++wrapped;
        for (int i = 0; i + 1 < lines.size(); ++i) {
            const QString &line = lines.at(i);
            const QString &next = lines.at(i + 1);
            QVERIFY2(!(line.back().isLetterOrNumber() && next.front().isLetterOrNumber()),
                qPrintable(lines.join(u" | "_s)));
        }
    }
    QVERIFY(wrapped > 0); // the box is narrow enough to wrap them
}

// An error's message wraps at its spaces onto the lines under the
// statement, never cut with "…".
void TestTimeline::errorsWrapWhole()
{
    TimelineRig rig;
    Lab &lab = rig.lab();
    TimelineModel &model = rig.model();
    TimelineView &view = rig.view(QSize(640, 600));
    view.setTextPixelSizes(32, 22); // presentation's at 720 lines
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // A port nobody listens on: bound, then closed.
    QCOMPARE(perform(&lab, u"server.socket"_s), QString());
    QCOMPARE(perform(&lab, u"server.bind 127.0.0.1 0"_s), QString());
    const quint16 port = lab.server()->laddr().port();
    QCOMPARE(lab.close(lab.server()), SocketError());
    QCOMPARE(lab.open(lab.client(), AF_INET, SOCK_STREAM, 0), SocketError());
    (void)lab.connect(lab.client(), Endpoint::inet(u"127.0.0.1"_s, port));
    int failed = -1;
    QTRY_VERIFY([&] {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row).data(TimelineModel::ErrorNameRole).toString() == u"ECONNREFUSED"_s)
                failed = row;
        }
        return failed >= 0;
    }());
    const QString message = model.index(failed).data(TimelineModel::ResultRole).toString();
    QVERIFY2(message.startsWith(u"ConnectionRefusedError"_s), qPrintable(message));
    QTRY_VERIFY(view.rowLines(failed) >= 3); // statement, then the outcome's lines
    const QStringList lines = view.rowTextLines(failed);
    QCOMPARE(lines.size(), view.rowLines(failed));
    for (const QString &line : lines)
        QVERIFY2(!line.contains(u'\u2026'), qPrintable(lines.join(u" | "_s)));
    QVERIFY2(lines.join(u' ').simplified().endsWith(message), qPrintable(lines.join(u" | "_s)));
    view.viewport()->repaint();
    QVERIFY(!view.paintedStatement(failed).endsWith(u'\u2026'));
}

// SocketLab's own SO_REUSEADDR for the lesson port is a row that says why:
// one on conn before the lesson closes it first, one before the bind while
// the port is in TIME_WAIT (tst_lab: none for a port nobody holds).
void TestTimeline::reuseAddressRowSaysWhy()
{
    TimelineRig rig;
    Lab &lab = rig.lab();
    TimelineModel &model = rig.model();
    quint16 port = 0;
    QCOMPARE(LabDriver::connectPair(&lab, &port), QString()); // bound before it was the lesson's
    lab.setLessonPort(port);
    const auto setsockoptRows = [&model] {
        QList<int> rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row)
                    .data(TimelineModel::StatementRole)
                    .toString()
                    .contains(u".setsockopt("_s))
                rows << row;
        }
        return rows;
    };
    QCOMPARE(setsockoptRows().size(), 0);
    QCOMPARE(perform(&lab, u"server.close conn"_s), QString());
    QCOMPARE(perform(&lab, u"client.close"_s), QString());
    QCOMPARE(perform(&lab, u"server.close"_s), QString());
    QCOMPARE(setsockoptRows().size(), 1);
    const int onConn = setsockoptRows().constFirst();
    QCOMPARE(rowText(model, onConn),
        u"conn.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1) → None"_s);
    QVERIFY2(model.index(onConn).data(TimelineModel::NoteRole).toString().contains(u"TIME_WAIT"_s),
        qPrintable(model.index(onConn).data(TimelineModel::NoteRole).toString()));

    QCOMPARE(perform(&lab, u"server.socket"_s), QString());
    QCOMPARE(perform(&lab, u"server.bind 127.0.0.1 %1"_s.arg(port)), QString());
    QCOMPARE(setsockoptRows().size(), 2);
    const int onServer = setsockoptRows().constLast();
    QCOMPARE(rowText(model, onServer),
        u"server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1) → None"_s);
    QCOMPARE(model.index(onServer).data(TimelineModel::NoteRole).toString(),
        u"set by SocketLab: port %1 is in TIME_WAIT from an earlier stage"_s.arg(port));
    QCOMPARE(rowText(model, onServer + 1), u"server.bind(('127.0.0.1', %1)) → None"_s.arg(port));
}

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
