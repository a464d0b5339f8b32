#include "core/bytes/receiveloop.h"
#include "core/net/livesocket.h"
#include "core/record/eventlog.h"
#include "core/record/transcript.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

// EventLog (--events FILE): every CallEvent of real calls as one JSON line,
// a run of recv calls as one line, and the limit on the file's size.
class TestEventLog final : public QObject
{
    Q_OBJECT

private slots:
    void writesOneLinePerEvent();
    void writesOneLinePerRun();
    void recvFloodIsWrittenAsRuns();
    void limitLeavesOutAndSaysSo();
    void zeroLimitWritesEverything();
    void refusesUnwritablePath();
    void reportsAFullDisk();
};

void TestEventLog::writesOneLinePerEvent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"events.jsonl"_s);
    EventLog log;
    QString problem;
    QVERIFY2(log.open(path, &problem), qPrintable(problem));

    LiveSocket server(CallEvent::Side::Server, u"server"_s);
    QSignalSpy events(&server, &LiveSocket::callRecorded);
    connect(&server, &LiveSocket::callRecorded, &log, &EventLog::write);
    QVERIFY(!server.open(AF_INET, SOCK_STREAM, 0));
    QVERIFY(!server.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
    QVERIFY(!server.listen(1));
    QVERIFY(!server.close());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), events.size() + 1); // the last line ends with '\n'
    QVERIFY(lines.last().isEmpty());
    QStringList calls;
    for (int i = 0; i < events.size(); ++i) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, lines.at(i).constData());
        QVERIFY(doc.isObject());
        calls << doc.object().value(u"call"_s).toString();
    }
    QCOMPARE(calls, (QStringList {u"socket"_s, u"bind"_s, u"listen"_s, u"close"_s}));
}

// A receive loop's run of recv calls: ONE line, its first and last sequence
// numbers, its call count and what each call returned.
void TestEventLog::writesOneLinePerRun()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"events.jsonl"_s);
    EventLog log;
    QVERIFY(dir.isValid() && log.open(path, nullptr));

    CallEvent run;
    run.sequence = 100;
    run.time = QDateTime::currentDateTimeUtc();
    run.side = CallEvent::Side::Server;
    run.object = u"conn"_s;
    run.call = CallEvent::Call::Recv;
    run.fd = 5;
    run.bufsize = 4;
    run.data = "abcdefghij";
    run.chunkSizes = {4, 4, 2};
    run.returned = run.data.size();
    log.write(run);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject o = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(o.value(u"call"_s).toString(), u"recv"_s);
    QCOMPARE(o.value(u"seq"_s).toInteger(), 100);
    QCOMPARE(o.value(u"seq_last"_s).toInteger(), 102);
    QCOMPARE(o.value(u"calls"_s).toInteger(), 3);
    QCOMPARE(o.value(u"asked"_s).toInteger(), 4);
    QCOMPARE(o.value(u"returned"_s).toInteger(), 10);
    QCOMPARE(o.value(u"chunk_sizes"_s).toArray(), (QJsonArray {4, 4, 2}));
    QCOMPARE(o.value(u"data"_s).toObject().value(u"text"_s).toString(), u"abcdefghij"_s);
    QCOMPARE(log.writtenBytes(), lines.first().size() + 1);
}

// 1 MiB read with recv(8) by a receive loop over loopback: at least 131,072
// calls and one EOF. The log holds every call (the chunk sizes add up to every
// byte) in far fewer lines than calls, and in a few MB, not the 29.6 MB one
// line per call took.
void TestEventLog::recvFloodIsWrittenAsRuns()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"events.jsonl"_s);
    EventLog log;
    QVERIFY(log.open(path, nullptr));

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
    connect(conn, &LiveSocket::callRecorded, &log, &EventLog::write);
    qint64 returned = 0; // recv calls that returned, as LiveSocket reported them
    connect(conn, &LiveSocket::callRecorded, this, [&returned](const CallEvent &event) {
        if (event.phase == CallEvent::Phase::Done)
            returned += event.callCount();
    });

    constexpr qint64 total = 1024 * 1024;
    QByteArray bytes(total, '\0');
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char('a' + i % 26);
    QSignalSpy sent(&client, &LiveSocket::sent);
    QVERIFY(!client.sendall(bytes));
    ReceiveLoop loop(conn);
    QVERIFY(!loop.setBufferLength(8));
    loop.setStopRule(ReceiveLoop::StopRule::Eof);
    QSignalSpy stopped(&loop, &ReceiveLoop::stopped);
    QVERIFY(!loop.start());
    QVERIFY(sent.size() == 1 || sent.wait(20000));
    QVERIFY(!client.shutdown(SHUT_WR));
    QVERIFY(stopped.size() == 1 || stopped.wait(20000));
    QCOMPARE(loop.stopReason(), ReceiveLoop::StopReason::Eof);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    qint64 lines = 0;
    qint64 calls = 0;
    qint64 received = 0;
    qint64 eofs = 0;
    while (!file.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        QCOMPARE(o.value(u"call"_s).toString(), u"recv"_s);
        ++lines;
        if (o.value(u"phase"_s).toString() != u"done")
            continue;
        const QJsonArray sizes = o.value(u"chunk_sizes"_s).toArray();
        calls += sizes.isEmpty() ? 1 : sizes.size();
        for (const QJsonValue &size : sizes)
            received += size.toInteger();
        const qint64 returned = o.value(u"returned"_s).toInteger();
        if (sizes.isEmpty())
            received += returned;
        if (sizes.isEmpty() && returned == 0)
            ++eofs;
    }
    QCOMPARE(received, total);
    // A recv(8) returns fewer bytes when fewer have arrived: at least 131,073 calls.
    QVERIFY(calls >= total / 8 + 1);
    QCOMPARE(calls, returned);
    QCOMPARE(eofs, 1);
    QVERIFY2(lines * 100 < calls, qPrintable(u"%1 lines for %2 calls"_s.arg(lines).arg(calls)));
    // Per byte: two hex digits and the visible text; then the chunk sizes.
    QVERIFY2(file.size() < 4 * total, qPrintable(u"%1 bytes"_s.arg(file.size())));
    QCOMPARE(log.leftOutEvents(), 0);
}

// The limit: the event that would cross it and every later one are left
// out; one last line says how many, and is kept up to date in place.
void TestEventLog::limitLeavesOutAndSaysSo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"events.jsonl"_s);
    EventLog log;
    log.setLimitBytes(1000);
    QVERIFY(log.open(path, nullptr));

    CallEvent event;
    event.side = CallEvent::Side::Server;
    event.object = u"server"_s;
    event.call = CallEvent::Call::Close;
    const qint64 lineBytes = [&] {
        CallEvent probe = event;
        probe.sequence = 10; // the same number of digits as every event below
        return Transcript::jsonLine(probe).toUtf8().size() + 1;
    }();
    const qint64 fitting = 1000 / lineBytes;
    for (qint64 i = 0; i < fitting; ++i) {
        event.sequence = 10 + i;
        log.write(event);
    }
    QCOMPARE(log.leftOutEvents(), 0);
    // Then 3 more events and a run of 5 calls, all left out.
    for (int i = 0; i < 3; ++i) {
        event.sequence = 10 + fitting + i;
        log.write(event);
    }
    CallEvent run = event;
    run.call = CallEvent::Call::Recv;
    run.sequence = 10 + fitting + 3;
    run.bufsize = 2;
    run.data = "abcdefghij";
    run.chunkSizes = {2, 2, 2, 2, 2};
    log.write(run);
    QCOMPARE(log.leftOutEvents(), 4);
    QCOMPARE(log.leftOutCalls(), 8);
    QVERIFY(log.isOpen());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), fitting + 1);
    for (qint64 i = 0; i < fitting; ++i)
        QCOMPARE(QJsonDocument::fromJson(lines.at(i)).object().value(u"seq"_s).toInteger(), 10 + i);
    QJsonParseError error;
    const QJsonObject note = QJsonDocument::fromJson(lines.last(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, lines.last().constData());
    QCOMPARE(note.value(u"note"_s).toString(), u"events_limit"_s);
    QCOMPARE(note.value(u"limit_bytes"_s).toInteger(), 1000);
    QCOMPARE(note.value(u"written_bytes"_s).toInteger(), fitting * lineBytes);
    QCOMPARE(note.value(u"left_out_events"_s).toInteger(), 4);
    QCOMPARE(note.value(u"left_out_calls"_s).toInteger(), 8);
    QCOMPARE(note.value(u"first_left_out_seq"_s).toInteger(), 10 + fitting);
    QCOMPARE(note.value(u"last_left_out_seq"_s).toInteger(), 10 + fitting + 3 + 4);
    QVERIFY(note.value(u"text"_s).toString().contains(u"--events-limit"_s));
    QVERIFY(file.size() <= 1000 + lines.last().size() + 1);
}

// Limit 0: everything is written.
void TestEventLog::zeroLimitWritesEverything()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EventLog log;
    QCOMPARE(log.limitBytes(), EventLog::DefaultLimitMb * 1000 * 1000);
    log.setLimitBytes(0);
    QVERIFY(log.open(dir.filePath(u"events.jsonl"_s), nullptr));
    CallEvent event;
    event.side = CallEvent::Side::Server;
    event.object = u"server"_s;
    event.call = CallEvent::Call::Close;
    for (int i = 1; i <= 2000; ++i) {
        event.sequence = i;
        log.write(event);
    }
    QCOMPARE(log.leftOutEvents(), 0);
    QVERIFY(log.writtenBytes() > 2000 * 50);
}

void TestEventLog::refusesUnwritablePath()
{
    EventLog log;
    QString problem;
    QVERIFY(!log.open(u"/nonexistent-dir/for/sure/events.jsonl"_s, &problem));
    QVERIFY(!problem.isEmpty());
    QVERIFY(!log.isOpen());
}

// /dev/full takes the open but refuses every write (ENOSPC): reported once,
// then the log is closed.
void TestEventLog::reportsAFullDisk()
{
    // Only the real device (a character device that refuses every write).
    struct stat device
    {
    };
    if (::stat("/dev/full", &device) != 0 || !S_ISCHR(device.st_mode))
        QSKIP("no /dev/full device on this system");
    EventLog log;
    QVERIFY(log.open(u"/dev/full"_s, nullptr));
    QSignalSpy failed(&log, &EventLog::writeFailed);
    CallEvent event;
    event.call = CallEvent::Call::Close;
    event.side = CallEvent::Side::Server;
    event.object = u"server"_s;
    for (int i = 0; i < 3; ++i)
        log.write(event);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(!log.isOpen());
}

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
