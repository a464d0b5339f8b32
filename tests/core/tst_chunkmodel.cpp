#include "core/bytes/bytesformat.h"
#include "core/bytes/chunkmodel.h"

#include "core/net/livesocket.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <cerrno>

#include <netinet/in.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

class TestChunkModel final : public QObject
{
    Q_OBJECT

private slots:
    void lessonChunks();
    void splitCharacterMarked();
    void controlBytesVisible();
    void eofAndErrorRowsDiffer();
    void capKeepsCountsExact();
    void runRowsMatchLoneCalls();
    void timerFlushes();
    void modelTesterWithCap();
    void reassembledIsBounded();
    void bigChunkShownInPart();
    void clearResets();
    void recordsLiveSocketCalls();
};

namespace {

QString cell(const ChunkModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

const QByteArray lessonMessage
    = u"This is a fancy message, containing über-important information"_s.toUtf8();

} // namespace

// The lesson's recv(8) loop: 8 chunks, the last one 7 bytes long.
void TestChunkModel::lessonChunks()
{
    ChunkModel model;
    QAbstractItemModelTester tester(&model);
    for (qsizetype at = 0; at < lessonMessage.size(); at += 8)
        model.appendChunk(lessonMessage.mid(at, 8), 8);
    QCOMPARE(model.calls(), 8); // counted at once, shown after the flush
    model.flush();

    const QStringList texts {u"This is "_s, u"a fancy "_s, u"message,"_s, u" contain"_s,
        u"ing übe"_s, u"r-import"_s, u"ant info"_s, u"rmation"_s};
    QCOMPARE(lessonMessage.size(), 63);
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.columnCount(), int(ChunkModel::ColumnCount));
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(cell(model, i, ChunkModel::CallColumn), QString::number(i + 1));
        QCOMPARE(cell(model, i, ChunkModel::AskedColumn), u"8"_s);
        QCOMPARE(cell(model, i, ChunkModel::GotColumn), i == 7 ? u"7"_s : u"8"_s);
        QCOMPARE(cell(model, i, ChunkModel::TextColumn), texts[i]);
        QCOMPARE(
            cell(model, i, ChunkModel::HexColumn), BytesFormat::hex(lessonMessage.mid(i * 8, 8)));
        QCOMPARE(model.data(model.index(i, 0), ChunkModel::BytesRole).toByteArray(),
            lessonMessage.mid(i * 8, 8));
    }
    QCOMPARE(model.calls(), 8);
    QCOMPARE(model.totalBytes(), 63);
    QCOMPARE(model.splitCharacters(), 0);
    QVERIFY(model.reassembledComplete());
    QCOMPARE(model.reassembledText(), QString::fromUtf8(lessonMessage));
    QCOMPARE(model.reassembledHead() + model.reassembledTail(), lessonMessage);
}

// The same message shifted by one byte cuts the 2-byte ü between two chunks.
void TestChunkModel::splitCharacterMarked()
{
    ChunkModel model;
    model.appendChunk("ing \xc3", 8);
    model.appendChunk("\xbc"
                      "ber",
        8);
    model.flush();
    QCOMPARE(cell(model, 0, ChunkModel::TextColumn), u"ing \u27e8c3\u2026\u27e9"_s);
    QCOMPARE(cell(model, 1, ChunkModel::TextColumn), u"\u27e8\u2026ü\u27e9ber"_s);
    QVERIFY(!cell(model, 0, 0, ChunkModel::SplitRole).isEmpty());
    QVERIFY(!cell(model, 1, 0, ChunkModel::SplitRole).isEmpty());
    QCOMPARE(model.splitCharacters(), 1);
    QCOMPARE(model.invalidBytes(), 0);
    QCOMPARE(model.reassembledText(), u"ing über"_s);

    // A 4-byte character over three chunks: the middle one only continues it.
    ChunkModel clef;
    clef.appendChunk("a\xf0", 2);
    clef.appendChunk("\x9d", 1);
    clef.appendChunk("\x84\x9e", 2);
    clef.flush();
    QCOMPARE(cell(clef, 0, ChunkModel::TextColumn), u"a\u27e8f0\u2026\u27e9"_s);
    QCOMPARE(cell(clef, 1, ChunkModel::TextColumn), u"\u27e8\u20269d\u2026\u27e9"_s);
    QCOMPARE(cell(clef, 2, ChunkModel::TextColumn), u"\u27e8\u2026𝄞\u27e9"_s);
    // Before the last chunk arrives, the reassembled text marks the cut too.
    ChunkModel open;
    open.appendChunk("ok\xe2\x82", 8);
    QCOMPARE(open.reassembledText(), u"ok\u27e8e2 82\u2026\u27e9"_s);
}

// S15: NUL and control bytes are shown, not interpreted; invalid UTF-8 as \x.
void TestChunkModel::controlBytesVisible()
{
    ChunkModel model;
    model.appendChunk(QByteArray("\x88\x77\x66\x55\x00\x11\x22\x33", 8), 8);
    model.appendChunk(QByteArray("test\0test", 9), 16);
    model.appendChunk(QByteArray("\x1b[31mRED\x1b[0m\r"), 16);
    model.flush();
    QCOMPARE(cell(model, 0, ChunkModel::GotColumn), u"8"_s);
    QCOMPARE(cell(model, 1, ChunkModel::GotColumn), u"9"_s);
    QCOMPARE(cell(model, 2, ChunkModel::GotColumn), u"13"_s);
    QCOMPARE(cell(model, 0, ChunkModel::TextColumn), u"\\x88wfU\\x00\\x11\"3"_s);
    QCOMPARE(cell(model, 1, ChunkModel::TextColumn), u"test\\x00test"_s);
    QCOMPARE(cell(model, 2, ChunkModel::TextColumn), u"\\x1b[31mRED\\x1b[0m\\r"_s);
    QCOMPARE(cell(model, 0, ChunkModel::HexColumn), u"88 77 66 55 00 11 22 33"_s);
    QCOMPARE(cell(model, 1, ChunkModel::HexColumn), u"74 65 73 74 00 74 65 73 74"_s);
    QCOMPARE(cell(model, 2, ChunkModel::HexColumn), u"1b 5b 33 31 6d 52 45 44 1b 5b 30 6d 0d"_s);
    QCOMPARE(model.totalBytes(), 30);
    QCOMPARE(model.invalidBytes(), 1);
}

// S2/S4: EOF reads as an orderly close, a reset as an error with its errno name.
void TestChunkModel::eofAndErrorRowsDiffer()
{
    ChunkModel model;
    model.appendChunk("reply", 8);
    model.appendError(SocketError::fromErrno(ECONNRESET, u"recv"), 8);
    model.appendChunk({}, 8);
    model.flush();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(0, 0), ChunkModel::KindRole).value<ChunkModel::RowKind>(),
        ChunkModel::RowKind::Data);
    QCOMPARE(model.data(model.index(1, 0), ChunkModel::KindRole).value<ChunkModel::RowKind>(),
        ChunkModel::RowKind::Error);
    QCOMPARE(model.data(model.index(2, 0), ChunkModel::KindRole).value<ChunkModel::RowKind>(),
        ChunkModel::RowKind::Eof);
    QCOMPARE(cell(model, 1, ChunkModel::GotColumn), u"-1"_s);
    QCOMPARE(cell(model, 1, 0, ChunkModel::ErrorNameRole), u"ECONNRESET"_s);
    QVERIFY(cell(model, 1, ChunkModel::TextColumn).contains(u"ECONNRESET"_s));
    QCOMPARE(cell(model, 2, ChunkModel::GotColumn), u"0"_s);
    QCOMPARE(
        cell(model, 2, ChunkModel::TextColumn), u"peer closed the connection (orderly shutdown)"_s);
    QVERIFY(cell(model, 1, ChunkModel::TextColumn) != cell(model, 2, ChunkModel::TextColumn));
    QCOMPARE(model.calls(), 3);
    QCOMPARE(model.totalBytes(), 5);
    QCOMPARE(model.eofCount(), 1);
    QCOMPARE(model.errorCount(), 1);
}

// Many more rows than the cap, in batches: rows bounded, every count exact.
void TestChunkModel::capKeepsCountsExact()
{
    ChunkModel model;
    model.setMaxRows(1000);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const QByteArray chunk("12345678");
    constexpr int rounds = 100;
    constexpr int perRound = 1999; // not a multiple of the cap
    for (int round = 0; round < rounds; ++round) {
        for (int i = 0; i < perRound; ++i)
            model.appendChunk(chunk, 8);
        QVERIFY(model.stagedRows() <= model.maxRows());
        model.flush();
        QCOMPARE(model.stagedRows(), 0);
    }
    model.appendChunk({}, 8);
    model.flush();

    constexpr qint64 calls = qint64(rounds) * perRound + 1;
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.calls(), calls);
    QCOMPARE(model.totalBytes(), (calls - 1) * 8);
    QCOMPARE(model.eofCount(), 1);
    QCOMPARE(model.droppedRows(), calls - 1000);
    QCOMPARE(model.callAt(0), calls - 999);
    QCOMPARE(model.callAt(999), calls);
    QCOMPARE(cell(model, 0, ChunkModel::CallColumn), QString::number(calls - 999));
    QCOMPARE(cell(model, 999, ChunkModel::TextColumn), ChunkModel::eofText());
    QCOMPARE(inserted.size(), rounds + 1); // one insertion per batch
    qint64 insertedRows = 0;
    for (const QList<QVariant> &args : inserted)
        insertedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
    qint64 removedRows = 0;
    for (const QList<QVariant> &args : removed)
        removedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
    QCOMPARE(insertedRows - removedRows, 1000);

    model.setMaxRows(10);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.callAt(9), calls);
    QCOMPARE(model.calls(), calls);
    QCOMPARE(model.droppedRows(), calls - 10);
}

// Without an explicit flush, the armed timer inserts the rows.
// A recv run gives the same rows, texts and counts as its calls one by one,
// a character cut between two calls included, also when the run is longer
// than the cap.
void TestChunkModel::runRowsMatchLoneCalls()
{
    // "ü" (2 bytes) and "€" (3 bytes) cut by the 4-byte calls; then an invalid byte.
    const QByteArray bytes = u"abcü€defghü€ij"_s.toUtf8() + QByteArray("\xff") + "klmnopq";
    CallEvent run;
    run.call = CallEvent::Call::Recv;
    run.bufsize = 4;
    run.data = bytes;
    for (qsizetype at = 0; at < bytes.size(); at += 4)
        run.chunkSizes << qint32(qMin<qsizetype>(4, bytes.size() - at));
    run.returned = bytes.size();

    for (const int cap : {1000, 3}) {
        ChunkModel alone;
        ChunkModel together;
        alone.setMaxRows(cap);
        together.setMaxRows(cap);
        run.forEachCall(0, [&alone](const CallEvent &one) { alone.record(one); });
        together.record(run);
        alone.appendChunk({}, 4);
        together.appendChunk({}, 4);
        alone.flush();
        together.flush();
        QCOMPARE(together.calls(), run.callCount() + 1);
        QCOMPARE(together.calls(), alone.calls());
        QCOMPARE(together.totalBytes(), bytes.size());
        QCOMPARE(together.rowCount(), alone.rowCount());
        QCOMPARE(together.droppedRows(), alone.droppedRows());
        QCOMPARE(together.splitCharacters(), alone.splitCharacters());
        QVERIFY(together.splitCharacters() >= 2);
        QCOMPARE(together.invalidBytes(), alone.invalidBytes());
        QCOMPARE(together.invalidBytes(), 1);
        QCOMPARE(together.reassembledText(), alone.reassembledText());
        for (int row = 0; row < together.rowCount(); ++row) {
            for (int column = 0; column < ChunkModel::ColumnCount; ++column) {
                QCOMPARE(cell(together, row, column), cell(alone, row, column));
                const QModelIndex a = alone.index(row, column);
                const QModelIndex b = together.index(row, column);
                QCOMPARE(together.data(b, Qt::ToolTipRole), alone.data(a, Qt::ToolTipRole));
                QCOMPARE(
                    together.data(b, ChunkModel::SplitRole), alone.data(a, ChunkModel::SplitRole));
            }
        }
    }
}

void TestChunkModel::timerFlushes()
{
    ChunkModel model;
    QSignalSpy totals(&model, &ChunkModel::totalsChanged);
    for (int i = 0; i < 100; ++i)
        model.appendChunk("abc", 8);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.calls(), 100);
    QVERIFY(totals.wait());
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(totals.size(), 1);
}

void TestChunkModel::modelTesterWithCap()
{
    ChunkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaxRows(50);
    for (int i = 0; i < 500; ++i) {
        model.appendChunk(QByteArray::number(i), 8);
        if (i % 7 == 0)
            model.flush();
    }
    model.flush();
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.calls(), 500);
}

// More than twice ReassembledKeep: head and tail kept, the middle counted.
void TestChunkModel::reassembledIsBounded()
{
    ChunkModel model;
    QByteArray all;
    for (int i = 0; all.size() < 300 * 1024; ++i)
        all += QByteArray::number(i).rightJustified(7, '0') + '\n';
    for (qsizetype at = 0; at < all.size(); at += 8)
        model.appendChunk(all.mid(at, 8), 8);

    QCOMPARE(model.totalBytes(), all.size());
    QVERIFY(!model.reassembledComplete());
    QCOMPARE(model.reassembledHead(), all.first(ChunkModel::ReassembledKeep));
    QCOMPARE(model.reassembledTail(), all.last(ChunkModel::ReassembledKeep));
    const QString text = model.reassembledText();
    const qint64 omitted = all.size() - 2 * ChunkModel::ReassembledKeep;
    QVERIFY2(text.contains(QLocale().toString(omitted)), qPrintable(QString::number(omitted)));
    QVERIFY(text.startsWith(u"0000000\\n\n0000001\\n\n"_s));
    QVERIFY(text.size() < 3 * 2 * ChunkModel::ReassembledKeep);
}

void TestChunkModel::bigChunkShownInPart()
{
    ChunkModel model;
    const QByteArray big(65536, 'x');
    model.appendChunk(big, 65536);
    model.flush();
    QCOMPARE(cell(model, 0, ChunkModel::GotColumn), u"65536"_s);
    QCOMPARE(model.data(model.index(0, 0), ChunkModel::BytesRole).toByteArray().size(),
        ChunkModel::ShownBytes);
    QVERIFY(cell(model, 0, ChunkModel::TextColumn).size() <= ChunkModel::ShownBytes + 1);
    QVERIFY(cell(model, 0, ChunkModel::HexColumn).size() < 4 * ChunkModel::ShownBytes);
    QVERIFY(model.reassembledComplete());
    QCOMPARE(model.reassembledHead() + model.reassembledTail(), big);
}

void TestChunkModel::clearResets()
{
    ChunkModel model;
    QSignalSpy totals(&model, &ChunkModel::totalsChanged);
    model.appendChunk("abc", 8);
    model.flush();
    model.appendChunk("def", 8);
    model.clear();
    QCOMPARE(totals.size(), 2);
    QCOMPARE(model.stagedRows(), 0);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.calls(), 0);
    QCOMPARE(model.totalBytes(), 0);
    QCOMPARE(model.reassembledText(), QString());
}

// Wired to a real connection (S4): the kernel's "reply", then ECONNRESET,
// then EOF, each as its own row; other calls leave no row.
void TestChunkModel::recordsLiveSocketCalls()
{
    constexpr int waitMs = 5000;
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    QVERIFY(!server.open(AF_INET, SOCK_STREAM, IPPROTO_TCP));
    QVERIFY(!server.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
    QVERIFY(!server.listen(1));
    QSignalSpy accepted(&server, &LiveSocket::accepted);
    QVERIFY(!server.accept());
    ChunkModel model;
    connect(&client, &LiveSocket::callRecorded, &model, &ChunkModel::record);
    QVERIFY(!client.open(AF_INET, SOCK_STREAM, IPPROTO_TCP));
    QVERIFY(!client.connect(server.laddr()));
    QVERIFY(accepted.size() == 1 || accepted.wait(waitMs));
    auto *conn = accepted.first().first().value<LiveSocket *>();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), LiveSocket::State::Connected, waitMs);

    QVERIFY(!client.sendall("unread data"));
    QTRY_COMPARE_WITH_TIMEOUT(conn->bytesWaiting(), qint64(11), waitMs);
    QVERIFY(!conn->sendall("reply"));
    QVERIFY(!conn->close());
    QTRY_COMPARE_WITH_TIMEOUT(client.tcpInfo().state, TcpInfo::State::Closed, waitMs);
    QVERIFY(!client.recv(8));
    QCOMPARE(client.recv(8).name(), u"ECONNRESET"_s); // fails at once: no `failed` signal
    QVERIFY(!client.recv(8));
    model.flush();

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 0, ChunkModel::TextColumn), u"reply"_s);
    QCOMPARE(cell(model, 1, 0, ChunkModel::ErrorNameRole), u"ECONNRESET"_s);
    QCOMPARE(cell(model, 2, ChunkModel::TextColumn), ChunkModel::eofText());
    QCOMPARE(model.calls(), 3);
    QCOMPARE(model.totalBytes(), 5);
}

QTEST_GUILESS_MAIN(TestChunkModel)
#include "tst_chunkmodel.moc"
