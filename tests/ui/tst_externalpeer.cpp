#include "core/bytes/chunkmodel.h"
#include "core/lab/lab.h"
#include "paneldriver.h"
#include "ui/lanes/connectionview.h"
#include "ui/lanes/socketpanel.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
namespace D = PanelDriver;

// The other end is not SocketLab: a Python script using only the standard
// socket module (tests/support/peer_*.py), started with QProcess.
class TestExternalPeer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pythonClientToServerPanel();
    void clientPanelToPythonServer();

private:
    QString script(const QString &name) const;
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

void TestExternalPeer::pythonClientToServerPanel()
{
    Lab serverLab;
    serverLab.setNetwork(Lab::Network::Host); // the peer is a program of this machine
    SocketPanel server(SocketPanel::Role::Server, &serverLab);
    server.show();
    quint16 port = 0;
    QVERIFY(D::listen(&server, &port).isEmpty());
    QVERIFY(D::click(&server, u"accept"_s).isEmpty());

    const QString message = u"Hallo vom Python-Client, Grüße!"_s;
    QProcess python;
    python.start(
        m_python, {script(u"peer_client.py"_s), u"127.0.0.1"_s, QString::number(port), message});
    QVERIFY(python.waitForStarted(10000));

    QTRY_COMPARE_WITH_TIMEOUT(server.connections().size(), 1, 10000);
    QVERIFY(server.value(u"conn.raddr"_s).startsWith(u"127.0.0.1:"_s));
    // Read until the client's EOF, 8 bytes at a time.
    QList<QByteArray> chunks;
    for (int i = 0; i < 30 && (chunks.isEmpty() || !chunks.last().isEmpty()); ++i)
        QVERIFY(D::recvOnce(&server, 8, &chunks).isEmpty());
    QVERIFY(chunks.last().isEmpty());
    QCOMPARE(server.value(u"conn.received"_s), message);
    server.currentConnectionView()->chunkModel()->flush();
    QCOMPARE(server.currentConnectionView()->chunkModel()->rowCount(), chunks.size());

    const QString reply = u"Verstanden, Python."_s;
    QVERIFY(D::send(&server, reply).isEmpty());
    QVERIFY(D::click(&server, u"conn.close"_s).isEmpty());
    // waitForFinished() is false for a process that has ended already.
    QVERIFY(python.state() == QProcess::NotRunning || python.waitForFinished(10000));
    QCOMPARE(python.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()), reply);
}

void TestExternalPeer::clientPanelToPythonServer()
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

    SocketPanel client(SocketPanel::Role::Client, &clientLab);
    client.show();
    QString step = D::connect(&client, u"127.0.0.1"_s, port);
    QVERIFY2(step.isEmpty(), qPrintable(step));
    QCOMPARE(client.value(u"raddr"_s), u"127.0.0.1:"_s % QString::number(port));
    QVERIFY(D::send(&client, u"Hallo Server\n"_s).isEmpty());
    QList<QByteArray> chunks;
    for (int i = 0; i < 30 && (chunks.isEmpty() || !chunks.last().isEmpty()); ++i)
        QVERIFY(D::recvOnce(&client, 8, &chunks).isEmpty());
    QCOMPARE(client.value(u"received"_s), reply);
    QVERIFY(client.value(u"peer"_s).contains(u"orderly"_s));
    QVERIFY(D::click(&client, u"close"_s).isEmpty());
    // waitForFinished() is false for a process that has ended already.
    QVERIFY(python.state() == QProcess::NotRunning || python.waitForFinished(10000));
    QCOMPARE(python.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()), u"Hallo Server\n"_s);
}

QTEST_MAIN(TestExternalPeer)
#include "tst_externalpeer.moc"
