#include "core/net/livesocket.h"
#include "core/record/eventlog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

// EventLog (--events FILE): every CallEvent of real calls as one JSON line.
class TestEventLog final : public QObject
{
    Q_OBJECT

private slots:
    void writesOneLinePerEvent();
    void writesOneLinePerCallOfARun();
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

    LiveSocket server(u"server"_s, u"server"_s);
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

// A receive loop's run of recv calls: one line per call, each with its own
// sequence number and bytes.
void TestEventLog::writesOneLinePerCallOfARun()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"events.jsonl"_s);
    EventLog log;
    QVERIFY(dir.isValid() && log.open(path, nullptr));

    CallEvent run;
    run.sequence = 100;
    run.time = QDateTime::currentDateTimeUtc();
    run.side = u"server"_s;
    run.object = u"conn"_s;
    run.call = u"recv"_s;
    run.fd = 5;
    run.number = 4;
    run.data = "abcdefghij";
    run.chunkSizes = {4, 4, 2};
    run.returned = run.data.size();
    log.write(run);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 4);
    QList<qint64> sequences;
    QList<qint64> returned;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
        QCOMPARE(o.value(u"call"_s).toString(), u"recv"_s);
        sequences << o.value(u"seq"_s).toInteger();
        returned << o.value(u"returned"_s).toInteger();
    }
    QCOMPARE(sequences, (QList<qint64> {100, 101, 102}));
    QCOMPARE(returned, (QList<qint64> {4, 4, 2}));
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
    event.call = u"close"_s;
    event.side = u"server"_s;
    event.object = u"server"_s;
    for (int i = 0; i < 3; ++i)
        log.write(event);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(!log.isOpen());
}

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
