// TranscriptView offscreen: events from real loopback LiveSockets appear in
// the Server, Client, C and JSON tabs; scripts and JSON Lines are saved.
#include "core/net/livesocket.h"
#include "core/record/transcript.h"
#include "ui/timeline/transcriptview.h"

#include <QFile>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <netinet/in.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

class TestTranscriptView final : public QObject
{
    Q_OBJECT

private slots:
    void realExchangeAppears();
    void floodIsBatched();
    void otherSidesFloodIsNotCounted();
    void tabsKeepBoundedCharacters();
    void savesFiles();
};

namespace {

constexpr int waitMs = 5000;

// The lesson's exchange on 127.0.0.1, every call recorded in `transcript`.
void runExchange(Transcript &transcript)
{
    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    LiveSocket client(CallEvent::Side::Client, u"client"_s);
    QObject::connect(&server, &LiveSocket::callRecorded, &transcript, &Transcript::record);
    QObject::connect(&client, &LiveSocket::callRecorded, &transcript, &Transcript::record);
    QVERIFY(!server.open(AF_INET, SOCK_STREAM, IPPROTO_TCP));
    QVERIFY(!server.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
    QVERIFY(!server.listen(1));
    QSignalSpy accepted(&server, &LiveSocket::accepted);
    QVERIFY(!server.accept());
    QVERIFY(!client.open(AF_INET, SOCK_STREAM, IPPROTO_TCP));
    QVERIFY(!client.connect(server.laddr()));
    QVERIFY(accepted.size() == 1 || accepted.wait(waitMs));
    auto *conn = accepted.first().first().value<LiveSocket *>();
    QObject::connect(conn, &LiveSocket::callRecorded, &transcript, &Transcript::record);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), LiveSocket::State::Connected, waitMs);
    QVERIFY(!client.sendall("This is "));
    QTRY_COMPARE_WITH_TIMEOUT(conn->bytesWaiting(), qint64(8), waitMs);
    QSignalSpy received(conn, &LiveSocket::received);
    QVERIFY(!conn->recv(8));
    QVERIFY(received.size() == 1 || received.wait(waitMs));
    QVERIFY(!conn->close());
    QVERIFY(!client.close());
    QVERIFY(!server.close());
}

} // namespace

void TestTranscriptView::realExchangeAppears()
{
    Transcript transcript;
    TranscriptView view;
    view.setTranscript(&transcript);
    view.resize(800, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.count(), 4);
    QCOMPARE(view.tabText(TranscriptView::ServerTab), u"Server"_s);
    QCOMPARE(view.tabText(TranscriptView::ClientTab), u"Client"_s);
    QCOMPARE(view.tabText(TranscriptView::CTab), u"C"_s);
    QCOMPARE(view.tabText(TranscriptView::JsonTab), u"JSON"_s);

    runExchange(transcript);
    if (QTest::currentTestFailed())
        return;
    view.flush();

    const QString server = view.text(TranscriptView::ServerTab);
    QVERIFY2(server.startsWith(u"In [1]: import socket\nIn [2]: server = socket.socket("_s),
        qPrintable(server));
    const QString tcp = u"AF_INET, socket.SOCK_STREAM, "_s;
    QVERIFY(server.contains(tcp + u"socket.IPPROTO_TCP)\n# server is fd "_s));
    QVERIFY(server.contains(u"server.bind(('127.0.0.1', 0))"_s));
    QVERIFY(server.contains(u"server.listen(1)"_s));
    QVERIFY(server.contains(u"conn, addr = server.accept()"_s));
    QVERIFY(server.contains(u"conn.recv(8)\nOut["_s));
    QVERIFY(server.contains(u"]: b'This is '"_s));
    QVERIFY(server.contains(u"conn.close()"_s));
    const QString client = view.text(TranscriptView::ClientTab);
    QVERIFY(client.contains(u"client.connect(('127.0.0.1', "_s));
    QVERIFY(client.contains(u"client.sendall(b'This is ')"_s));
    QVERIFY(!client.contains(u"server."_s));
    const QString c = view.text(TranscriptView::CTab);
    QVERIFY(c.contains(u"listen("_s));
    QVERIFY(c.contains(u", buf, 8, 0) → 8"_s));
    const QStringList json = view.text(TranscriptView::JsonTab).split(u'\n');
    QCOMPARE(json.size(), transcript.recordedCount());
    for (const QString &line : json)
        QVERIFY(!QJsonDocument::fromJson(line.toUtf8()).isNull());
}

// Thousands of events at once: the view renders a bounded batch and says
// how many it left out.
void TestTranscriptView::floodIsBatched()
{
    Transcript transcript;
    TranscriptView view;
    view.setTranscript(&transcript);
    CallEvent recv;
    recv.side = CallEvent::Side::Server;
    recv.object = u"conn"_s;
    recv.call = CallEvent::Call::Recv;
    recv.fd = 4;
    recv.bufsize = 8;
    recv.data = "12345678";
    for (int i = 1; i <= 10000; ++i) {
        recv.sequence = i;
        transcript.record(recv);
    }
    // Only the tab on screen (Server) is rendered by the batch timer.
    QTRY_VERIFY(view.text(TranscriptView::ServerTab).contains(u"In [10001]: conn.recv(8)"_s));
    QVERIFY(view.text(TranscriptView::CTab).isEmpty());
    view.setCurrentIndex(TranscriptView::CTab);
    QVERIFY(view.text(TranscriptView::CTab).contains(u"recv(4, buf, 8, 0) → 8"_s));
    QVERIFY(view.text(TranscriptView::CTab).count(u'\n') <= TranscriptView::MaxEventsPerBatch + 1);
    const QString server = view.text(TranscriptView::ServerTab);
    QVERIFY(server.contains(QLocale().toString(10000 - TranscriptView::MaxEventsPerBatch)));
    QVERIFY(server.count(u"conn.recv(8)"_s) <= TranscriptView::MaxEventsPerBatch);
    transcript.clear();
    QCOMPARE(view.text(TranscriptView::ServerTab), Transcript::ipythonPreamble());
    QVERIFY(view.text(TranscriptView::CTab).isEmpty());
}

// A server flood: the Server tab says how many of its calls it left out;
// the Client tab shows its own call and no note about the server's.
void TestTranscriptView::otherSidesFloodIsNotCounted()
{
    Transcript transcript;
    TranscriptView view;
    view.setTranscript(&transcript);
    CallEvent socket;
    socket.side = CallEvent::Side::Client;
    socket.object = u"client"_s;
    socket.call = CallEvent::Call::Socket;
    socket.family = AF_INET;
    socket.type = SOCK_STREAM;
    socket.fd = 3;
    socket.returned = 3;
    socket.sequence = 1;
    transcript.record(socket);
    CallEvent recv;
    recv.side = CallEvent::Side::Server;
    recv.object = u"conn"_s;
    recv.call = CallEvent::Call::Recv;
    recv.fd = 4;
    recv.bufsize = 8;
    recv.data = "12345678";
    for (int i = 2; i <= 4001; ++i) { // the transcript keeps all 4,001
        recv.sequence = i;
        transcript.record(recv);
    }
    view.flush();
    const QString client = view.text(TranscriptView::ClientTab);
    QVERIFY2(client.contains(u"client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)"_s),
        qPrintable(client));
    QVERIFY2(!client.contains(u"not shown"_s), qPrintable(client));
    const QString server = view.text(TranscriptView::ServerTab);
    QVERIFY2(server.contains(u"# … %1 calls not shown here …"_s.arg(
                 QLocale().toString(4000 - TranscriptView::MaxEventsPerBatch))),
        qPrintable(server.left(300)));
    QCOMPARE(server.count(u"conn.recv(8)"_s), TranscriptView::MaxEventsPerBatch);
}

// Long lines (recv(65536) as JSON): a tab keeps at most MaxCharacters.
void TestTranscriptView::tabsKeepBoundedCharacters()
{
    Transcript transcript;
    TranscriptView view;
    view.setTranscript(&transcript);
    view.setCurrentIndex(TranscriptView::JsonTab);
    CallEvent recv;
    recv.side = CallEvent::Side::Server;
    recv.object = u"conn"_s;
    recv.call = CallEvent::Call::Recv;
    recv.fd = 4;
    recv.bufsize = 65536;
    recv.data = QByteArray(65536, 'x');
    int sequence = 0;
    for (int batch = 0; batch < 6; ++batch) {
        for (int i = 0; i < TranscriptView::MaxEventsPerBatch; ++i) {
            recv.sequence = ++sequence;
            transcript.record(recv);
        }
        view.flush();
        QVERIFY(view.textView(TranscriptView::JsonTab)->document()->characterCount()
            <= TranscriptView::MaxCharacters);
    }
    const QString json = view.text(TranscriptView::JsonTab);
    // The oldest lines are gone, the newest are there (each cut to MaxLineLength).
    const qsizetype lines = json.count(u'\n') + 1;
    QVERIFY2(lines < 6 * TranscriptView::MaxEventsPerBatch, qPrintable(QString::number(lines)));
    QVERIFY(lines > TranscriptView::MaxCharacters / (2 * TranscriptView::MaxLineLength));
    QVERIFY(json.size() > TranscriptView::MaxCharacters / 2);
}

void TestTranscriptView::savesFiles()
{
    Transcript transcript;
    TranscriptView view;
    view.setTranscript(&transcript);
    runExchange(transcript);
    if (QTest::currentTestFailed())
        return;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY2(view.saveScript(CallEvent::Side::Server, dir.filePath(u"server.py"_s), &error),
        qPrintable(error));
    QVERIFY(view.saveJsonLines(dir.filePath(u"events.jsonl"_s), &error));
    QFile script(dir.filePath(u"server.py"_s));
    QVERIFY(script.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(script.readAll());
    QVERIFY(text.contains(u"import socket\n"_s));
    QVERIFY(text.contains(u"print(conn.recv(8))"_s));
    QFile jsonl(dir.filePath(u"events.jsonl"_s));
    QVERIFY(jsonl.open(QIODevice::ReadOnly));
    QCOMPARE(jsonl.readAll().count('\n'), transcript.recordedCount());
    QVERIFY(!view.saveScript(CallEvent::Side::Server, dir.filePath(u"missing/dir/x.py"_s), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestTranscriptView)
#include "tst_transcriptview.moc"
