#include "core/lab/lab.h"
#include "core/net/livesocket.h"
#include "ui/timeline/callbuttons.h"
#include "ui/timeline/callfields.h"

#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// The other end is not SocketLab: a Python script using only the standard
// socket module (tests/support/peer_*.py), started with QProcess; this end
// is the call buttons, clicked.
class TestExternalPeer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pythonClientToServerButtons();
    void clientButtonsToPythonServer();

private:
    using Lane = CallButtons::Lane;
    using Call = CallButtons::Call;
    QString script(const QString &name) const;
    // Clicks `call` in `lane`; "" when the button was enabled and no error shows.
    static QString click(CallButtons *calls, Lane lane, Call call);
    // recv(8) clicked until b'' (at most 40 times): the chunks, last one empty.
    static QList<QByteArray> recvUntilEof(CallButtons *calls, Lab *lab, Lane lane);
    QString m_python;
};

void TestExternalPeer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_python = QStandardPaths::findExecutable(u"python3"_s);
    if (m_python.isEmpty())
        QSKIP("python3 is not installed");
    QVERIFY2(!qEnvironmentVariableIsEmpty("SOCKETLAB_SOURCE_DIR"), "run through ctest");
}

QString TestExternalPeer::script(const QString &name) const
{
    return qEnvironmentVariable("SOCKETLAB_SOURCE_DIR") % u"/tests/support/"_s % name;
}

QString TestExternalPeer::click(CallButtons *calls, Lane lane, Call call)
{
    QPushButton *button = calls->button(lane, call);
    if (!button || !button->isEnabled())
        return u"disabled: "_s + (button ? button->toolTip() : QString());
    QTest::mouseClick(button, Qt::LeftButton);
    return calls->errorText(lane);
}

QList<QByteArray> TestExternalPeer::recvUntilEof(CallButtons *calls, Lab *lab, Lane lane)
{
    QList<QByteArray> chunks;
    QSignalSpy events(lab, &Lab::callRecorded);
    for (int i = 0; i < 40 && (chunks.isEmpty() || !chunks.last().isEmpty()); ++i) {
        // A recv that waits is done when its bytes come.
        if (!QTest::qWaitFor([&] { return calls->button(lane, Call::Recv)->isEnabled(); }, 10000))
            break;
        events.clear();
        if (!click(calls, lane, Call::Recv).isEmpty())
            break;
        const auto done = [&events]() -> std::optional<QByteArray> {
            for (const QList<QVariant> &args : std::as_const(events)) {
                const auto event = args.first().value<CallEvent>();
                if (event.call == CallEvent::Call::Recv && event.phase == CallEvent::Phase::Done
                    && !event.error)
                    return event.data;
            }
            return std::nullopt;
        };
        if (!QTest::qWaitFor([&] { return done().has_value(); }, 10000))
            break;
        chunks << *done();
    }
    return chunks;
}

void TestExternalPeer::pythonClientToServerButtons()
{
    Lab serverLab;
    serverLab.setNetwork(Lab::Network::Host); // the peer is a program of this machine
    CallButtons calls(&serverLab);
    calls.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calls));
    calls.fields()->setEndpoint(u"127.0.0.1"_s, u"0"_s);
    for (const Call call : {Call::Socket, Call::Bind, Call::Listen, Call::Accept})
        QCOMPARE(click(&calls, Lane::Server, call), QString());
    const quint16 port = serverLab.server()->laddr().port();
    QVERIFY(port != 0);

    const QString message = u"Hallo vom Python-Client, Grüße!"_s;
    QProcess python;
    python.start(
        m_python, {script(u"peer_client.py"_s), u"127.0.0.1"_s, QString::number(port), message});
    QVERIFY(python.waitForStarted(10000));

    QTRY_COMPARE_WITH_TIMEOUT(serverLab.connections().size(), 1, 10000);
    QCOMPARE(calls.connection(), serverLab.connections().constFirst());
    QCOMPARE(calls.connection()->raddr().host(), u"127.0.0.1"_s);
    // Read until the client's EOF, 8 bytes at a time.
    const QList<QByteArray> chunks = recvUntilEof(&calls, &serverLab, Lane::Conn);
    QVERIFY(!chunks.isEmpty() && chunks.last().isEmpty());
    for (qsizetype i = 0; i + 1 < chunks.size(); ++i)
        QVERIFY(chunks.at(i).size() <= 8 && !chunks.at(i).isEmpty());
    QCOMPARE(QString::fromUtf8(chunks.join()), message);

    const QString reply = u"Verstanden, Python."_s;
    calls.fields()->setMessage(reply);
    QCOMPARE(click(&calls, Lane::Conn, Call::Sendall), QString());
    QCOMPARE(click(&calls, Lane::Conn, Call::Close), QString());
    // waitForFinished() is false for a process that has ended already.
    QVERIFY(python.state() == QProcess::NotRunning || python.waitForFinished(10000));
    QCOMPARE(python.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()), reply);
}

void TestExternalPeer::clientButtonsToPythonServer()
{
    const QString reply = u"Antwort vom Python-Server ✓"_s;
    QProcess python;
    python.start(m_python, {script(u"peer_server.py"_s), reply});
    QVERIFY(python.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(python.canReadLine(), 10000);
    bool ok = false;
    const quint16 port = python.readLine().trimmed().toUShort(&ok);
    QVERIFY(ok && port);

    Lab clientLab;
    clientLab.setNetwork(Lab::Network::Host); // the peer is a program of this machine
    CallButtons calls(&clientLab);
    calls.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calls));
    calls.fields()->setEndpoint(u"127.0.0.1"_s, QString::number(port));
    QCOMPARE(click(&calls, Lane::Client, Call::Socket), QString());
    QCOMPARE(click(&calls, Lane::Client, Call::Connect), QString());
    QTRY_COMPARE_WITH_TIMEOUT(clientLab.client()->state(), LiveSocket::State::Connected, 10000);
    QCOMPARE(clientLab.client()->raddr(), Endpoint::inet(u"127.0.0.1"_s, port));
    calls.fields()->setMessage(u"Hallo Server\\n"_s); // the drawer's escape for a newline
    QCOMPARE(click(&calls, Lane::Client, Call::Sendall), QString());
    const QList<QByteArray> chunks = recvUntilEof(&calls, &clientLab, Lane::Client);
    QVERIFY(!chunks.isEmpty() && chunks.last().isEmpty());
    QCOMPARE(QString::fromUtf8(chunks.join()), reply);
    QCOMPARE(click(&calls, Lane::Client, Call::Close), QString());
    // waitForFinished() is false for a process that has ended already.
    QVERIFY(python.state() == QProcess::NotRunning || python.waitForFinished(10000));
    QCOMPARE(python.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()), u"Hallo Server\n"_s);
}

QTEST_MAIN(TestExternalPeer)
#include "tst_externalpeer.moc"
