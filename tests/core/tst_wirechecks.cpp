// The wire.* expectations against a real capture on the lab network: the
// handshake stage's facts hold, the same subjects give a failure when their
// fact is false, and without a capture they say why they cannot be checked
// (never a silent pass or fail).
#include "core/lab/expectation.h"
#include "core/lab/lab.h"
#include "labdriver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using LabDriver::perform;

class TestWireChecks final : public QObject
{
    Q_OBJECT

private slots:
    void handshake_data();
    void handshake();
    void notCheckedWithoutCapture();
    void acceptQueueBeforeAccept();
};

void TestWireChecks::handshake_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("holds");
    QTest::newRow("handshake during connect")
        << u"wire.flags(client.connect) == SYN,SYN-ACK,ACK"_s << true;
    QTest::newRow("accept sends nothing") << u"wire.segments(server.accept) == 0"_s << true;
    QTest::newRow("one SYN each way") << u"wire.syn == 2"_s << true;
    QTest::newRow("client sent one SYN") << u"wire.client.syn == 1"_s << true;
    QTest::newRow("client window open") << u"wire.client.window > 0"_s << true;
    QTest::newRow("SYN-ACK alone has no window here") << u"wire.server.window >= 0"_s << false;
    QTest::newRow("no data") << u"wire.data == 0"_s << true;
    // False facts fail.
    QTest::newRow("no SYN during accept") << u"wire.syn(server.accept) >= 1"_s << false;
    QTest::newRow("not only a SYN") << u"wire.flags(client.connect) == SYN"_s << false;
    QTest::newRow("no RST") << u"wire.rst >= 1"_s << false;
    QTest::newRow("no FIN") << u"wire.flags contains FIN"_s << false;
    QTest::newRow("server sent no SYN only") << u"wire.server.flags == SYN"_s << false;
    QTest::newRow("listen sends nothing") << u"wire.segments(server.listen) > 0"_s << false;
}

void TestWireChecks::handshake()
{
    QFETCH(QString, source);
    QFETCH(bool, holds);
    Lab lab;
    if (!lab.capturing())
        QSKIP(qPrintable(u"nothing is captured here: "_s + lab.wireStatus()));
    lab.beginDemo();
    for (const QString &step : {u"server.socket"_s, u"server.bind 127.0.0.1 0"_s,
             u"server.listen 1"_s, u"client.socket"_s, u"client.connect"_s, u"server.accept"_s}) {
        const QString problem = perform(&lab, step);
        QVERIFY2(problem.isEmpty(), qPrintable(step + u": "_s + problem));
    }
    QString error;
    const std::optional<Expectation> check = Expectation::parse(source, &error);
    QVERIFY2(check, qPrintable(error));
    QCOMPARE(lab.uncheckable(check->subject()), QString());
    const Expectation::Lookup lookup = [&lab](const QString &subject) {
        return lab.value(subject);
    };
    // The handshake's three segments are captured once connect() returned.
    QVERIFY(QTest::qWaitFor(
        [&] {
            lab.readCapture();
            return lab.value(u"wire.client.segments"_s).value_or("0").toInt() >= 2;
        },
        5000));
    QString why;
    QCOMPARE(check->evaluate(lookup, &why), holds);
    if (!holds)
        QVERIFY2(why.contains(u"found"_s), qPrintable(why));
}

void TestWireChecks::notCheckedWithoutCapture()
{
    const QByteArray helper = qgetenv("SOCKETLAB_LABNET_HELPER");
    qputenv("SOCKETLAB_LABNET_HELPER", "/nonexistent/socketlab-labnet");
    Lab lab;
    qputenv("SOCKETLAB_LABNET_HELPER", helper);
    if (lab.capturing())
        QSKIP("this machine's lo is captured here (root or CAP_NET_RAW): every wire check can be "
              "made");
    QVERIFY(!lab.wireStatus().isEmpty());
    // A wire subject: not checkable, with the wire lane's sentence as the reason.
    QCOMPARE(lab.uncheckable(u"wire.flags(client.connect)"_s), lab.wireStatus());
    QCOMPARE(lab.uncheckable(u"wire.server.minwindow"_s), lab.wireStatus());
    QCOMPARE(lab.value(u"wire.segments"_s), std::nullopt);
    // Every other subject is checked as before.
    QCOMPARE(lab.uncheckable(u"server.state"_s), QString());
    QCOMPARE(perform(&lab, u"server.socket"_s), QString());
    QCOMPARE(lab.value(u"server.state"_s), std::optional(QByteArray("created")));
}

void TestWireChecks::acceptQueueBeforeAccept()
{
    // Needs no capture: the listener's accept queue as each step settled.
    Lab lab;
    lab.beginDemo();
    QSignalSpy calls(&lab, &Lab::callRecorded);
    for (const QString &step : {u"server.socket"_s, u"server.bind 127.0.0.1 0"_s,
             u"server.listen 1"_s, u"client.socket"_s, u"client.connect"_s, u"server.accept"_s}) {
        const QString problem = perform(&lab, step);
        QVERIFY2(problem.isEmpty(), qPrintable(step + u": "_s + problem));
    }
    QCOMPARE(lab.value(u"server.queue(server.listen)"_s), std::optional(QByteArray("0")));
    QCOMPARE(lab.value(u"server.queue(client.connect)"_s), std::optional(QByteArray("1")));
    QCOMPARE(lab.value(u"server.queue(server.accept)"_s), std::optional(QByteArray("0")));
    // A step that did not run has no value; one before listen(): not listening.
    QCOMPARE(lab.value(u"server.queue(client.close)"_s), std::nullopt);
    QCOMPARE(lab.value(u"server.queue(server.socket)"_s), std::nullopt);
    QString error;
    const std::optional<Expectation> check
        = Expectation::parse(u"server.queue(client.connect) == 1"_s, &error);
    QVERIFY2(check, qPrintable(error));
    QVERIFY(check->evaluate([&lab](const QString &subject) { return lab.value(subject); }));
    // accept() took a connection that had waited, handshake done.
    const auto accepted = std::find_if(calls.cbegin(), calls.cend(), [](const QList<QVariant> &c) {
        return c.at(0).value<CallEvent>().call == CallEvent::Call::Accept;
    });
    QVERIFY(accepted != calls.cend());
    QCOMPARE(accepted->at(0).value<CallEvent>().queuedAtAccept, qint64(1));
}

QTEST_GUILESS_MAIN(TestWireChecks)
#include "tst_wirechecks.moc"
