#include "eventlog.h"
#include "livesocket.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// EventLog (--events FILE): every CallEvent of real calls as one JSON line.
class TestEventLog final : public QObject
{
    Q_OBJECT

private slots:
    void writesOneLinePerEvent();
    void refusesUnwritablePath();
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

void TestEventLog::refusesUnwritablePath()
{
    EventLog log;
    QString problem;
    QVERIFY(!log.open(u"/nonexistent-dir/for/sure/events.jsonl"_s, &problem));
    QVERIFY(!problem.isEmpty());
    QVERIFY(!log.isOpen());
}

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
