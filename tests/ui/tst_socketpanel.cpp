#include "core/bytes/chunkmodel.h"
#include "core/lab/lab.h"
#include "core/net/livesocket.h"
#include "core/record/transcript.h"
#include "paneldriver.h"
#include "ui/diagram/layerdiagram.h"
#include "ui/diagram/statediagram.h"
#include "ui/lanes/connectionview.h"
#include "ui/lanes/errorview.h"
#include "ui/lanes/sendbox.h"
#include "ui/lanes/socketpanel.h"
#include "ui/lanes/socketstatusview.h"
#include "ui/window/language.h"
#include "ui/window/mainwindow.h"

#include <QAbstractItemModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
namespace D = PanelDriver;

// The lesson's whole exchange, clicked through the real buttons of the
// real window on loopback.
class TestSocketPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullExchange();
    void buttonsFollowState();
    void expertEnablesEveryCall();
    void validationAsYouType();
    void addressInUseSuggestsFreePort();
    void cancelAccept();
    void kernelStateFollowsArrivals();
    void performDrivesPanels();
    void lessonSubjects();

private:
    static QList<QByteArray> modelChunks(ChunkModel *model);
};

void TestSocketPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Language::install(u"en"_s)); // plural forms: "10 bytes waiting"
}

// Bytes per row, read back from the hex column the user sees (and checked
// against the row's bytes).
QList<QByteArray> TestSocketPanel::modelChunks(ChunkModel *model)
{
    model->flush();
    QList<QByteArray> chunks;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString hex = model->index(row, ChunkModel::HexColumn).data().toString();
        const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
        if (bytes != model->index(row, 0).data(ChunkModel::BytesRole).toByteArray())
            return {};
        chunks << bytes;
    }
    return chunks;
}

void TestSocketPanel::fullExchange()
{
    MainWindow window;
    window.show();
    SocketPanel *server = window.serverPanel();
    SocketPanel *client = window.clientPanel();

    // socket → bind → listen, shown in the state diagram and laddr.
    quint16 port = 0;
    const QString listening = D::listen(server, &port);
    QVERIFY2(listening.isEmpty(), qPrintable(listening));
    QCOMPARE(server->statusView()->diagram()->current(), LiveSocket::State::Listening);
    QVERIFY2(server->statusView()->laddrText().contains(u"127.0.0.1:"_s % QString::number(port)),
        qPrintable(server->statusView()->laddrText()));
    QVERIFY2(server->statusView()->laddrText().contains(
                 u"('127.0.0.1', "_s % QString::number(port) % u')'),
        qPrintable(server->statusView()->laddrText()));
    QVERIFY2(server->statusView()->kernelText().startsWith(u"LISTEN"_s),
        qPrintable(server->statusView()->kernelText()));

    // accept() waits, plainly.
    QVERIFY(D::click(server, u"accept"_s).isEmpty());
    QCOMPARE(server->socket()->pending(), LiveSocket::Pending::Accept);
    QVERIFY2(server->statusView()->pendingText().contains(u"accept()"_s),
        qPrintable(server->statusView()->pendingText()));
    QVERIFY(!server->button(u"accept"_s)->isEnabled());

    // client: getaddrinfo → SOCK_STREAM row → socket → connect; accept returns.
    const QString connecting = D::connect(client, u"127.0.0.1"_s, port);
    QVERIFY2(connecting.isEmpty(), qPrintable(connecting));
    QCOMPARE(client->lookupRows().at(client->chosenRow()).type, SOCK_STREAM);
    QTRY_COMPARE(server->connections().size(), 1);
    QTRY_COMPARE(server->socket()->pending(), LiveSocket::Pending::None);
    QVERIFY(server->statusView()->pendingText().isEmpty());

    // laddr/raddr mirror each other, in the labels too.
    const LiveSocket *conn = server->currentConnection();
    QVERIFY(conn);
    QCOMPARE(conn->raddr(), client->socket()->laddr());
    QCOMPARE(conn->laddr(), client->socket()->raddr());
    QCOMPARE(server->value(u"conn.raddr"_s), client->value(u"laddr"_s));
    QCOMPARE(server->value(u"conn.laddr"_s), client->value(u"raddr"_s));
    const SocketStatusView *connStatus = server->currentConnectionView()->statusView();
    QVERIFY(connStatus);
    QVERIFY2(connStatus->raddrText().contains(client->socket()->laddr().toString()),
        qPrintable(connStatus->raddrText()));
    QVERIFY2(connStatus->raddrText().contains(client->socket()->laddr().toPythonTuple()),
        qPrintable(connStatus->raddrText()));
    QVERIFY2(client->statusView()->raddrText().contains(u"127.0.0.1:"_s % QString::number(port)),
        qPrintable(client->statusView()->raddrText()));
    QTRY_COMPARE(client->value(u"tcp"_s), u"ESTABLISHED"_s);

    // client.sendall of a UTF-8 message; the server reads it with recv(8).
    const QString message = u"Grüße aus dem Labor: ein Byte-Strom über TCP ✓"_s;
    const QByteArray expected = message.toUtf8();
    QString step = D::send(client, message);
    QVERIFY2(step.isEmpty(), qPrintable(step));
    QVERIFY2(client->currentConnectionView()->sendBox()->resultText().contains(
                 QString::number(expected.size())),
        qPrintable(client->currentConnectionView()->sendBox()->resultText()));

    QList<QByteArray> core;
    QSignalSpy received(server->currentConnection(), &LiveSocket::received);
    for (int i = 0; i < expected.size() / 8 + 4 && core.join().size() < expected.size(); ++i) {
        step = D::recvOnce(server, 8, &core);
        QVERIFY2(step.isEmpty(), qPrintable(step));
    }
    QCOMPARE(core.join(), expected);
    for (const QByteArray &chunk : std::as_const(core))
        QVERIFY(chunk.size() <= 8 && !chunk.isEmpty());
    // The chunks shown are exactly the chunks the core returned.
    QCOMPARE(modelChunks(server->currentConnectionView()->chunkModel()), core);
    QCOMPARE(server->value(u"conn.received"_s), message);

    // reply: conn.sendall → client recv(8) until complete.
    const QString reply = u"Angekommen, danke."_s;
    step = D::send(server, reply);
    QVERIFY2(step.isEmpty(), qPrintable(step));
    QList<QByteArray> replyChunks;
    for (int i = 0; i < 10 && replyChunks.join().size() < reply.toUtf8().size(); ++i) {
        step = D::recvOnce(client, 8, &replyChunks);
        QVERIFY2(step.isEmpty(), qPrintable(step));
    }
    QCOMPARE(replyChunks.join(), reply.toUtf8());
    QCOMPARE(modelChunks(client->currentConnectionView()->chunkModel()), replyChunks);

    // The rest of the window saw the same calls: transcript, diagram, events.
    const QString serverSession = window.transcript()->ipythonText(CallEvent::Side::Server);
    QVERIFY2(serverSession.contains(u"server.bind(('127.0.0.1', 0))"_s), qPrintable(serverSession));
    QVERIFY2(serverSession.contains(u"conn.recv(8)"_s), qPrintable(serverSession));
    QVERIFY(window.transcript()
                ->ipythonText(CallEvent::Side::Client)
                .contains(u"client.connect(('127.0.0.1', "_s));
    QCOMPARE(window.layerDiagram()->flow().sourcePort, client->socket()->laddr().port());
    QCOMPARE(window.layerDiagram()->flow().destinationPort, port);

    // close: conn, client, then the listening socket.
    QVERIFY(D::click(server, u"conn.close"_s).isEmpty());
    QVERIFY(D::click(client, u"close"_s).isEmpty());
    QVERIFY(D::click(server, u"close"_s).isEmpty());
    QCOMPARE(server->currentConnection()->state(), LiveSocket::State::Closed);
    QCOMPARE(client->socket()->state(), LiveSocket::State::Closed);
    QCOMPARE(server->socket()->state(), LiveSocket::State::Closed);
    QCOMPARE(server->statusView()->diagram()->current(), LiveSocket::State::Closed);
    QCOMPARE(server->statusView()->laddrText(), u"(none)"_s);
    QVERIFY(server->button(u"socket"_s)->isEnabled());
}

void TestSocketPanel::buttonsFollowState()
{
    Lab serverLab;
    SocketPanel server(SocketPanel::Role::Server, &serverLab);
    server.show();
    QVERIFY(server.button(u"socket"_s)->isEnabled());
    for (const QString &call : {u"bind"_s, u"listen"_s, u"accept"_s, u"close"_s})
        QVERIFY2(!server.button(call)->isEnabled(), qPrintable(call));
    server.setPort(u"0"_s);
    QVERIFY(D::click(&server, u"socket"_s).isEmpty());
    QVERIFY(!server.button(u"socket"_s)->isEnabled());
    QVERIFY(server.button(u"bind"_s)->isEnabled());
    QVERIFY(!server.button(u"listen"_s)->isEnabled());
    QVERIFY(server.button(u"close"_s)->isEnabled());

    Lab clientLab;

    SocketPanel client(SocketPanel::Role::Client, &clientLab);
    client.show();
    QVERIFY(client.button(u"getaddrinfo"_s)->isEnabled());
    QVERIFY(client.button(u"socket"_s)->isEnabled());
    QVERIFY(!client.button(u"connect"_s)->isEnabled());
    for (const QString &call : {u"sendall"_s, u"send"_s, u"recv"_s, u"shutdown"_s, u"close"_s})
        QVERIFY2(!client.button(call)->isEnabled(), qPrintable(call));
}

void TestSocketPanel::expertEnablesEveryCall()
{
    Lab clientLab;
    SocketPanel client(SocketPanel::Role::Client, &clientLab);
    client.show();
    client.setExpert(true);
    for (const QString &call : {u"connect"_s, u"sendall"_s, u"recv"_s, u"close"_s})
        QVERIFY2(client.button(call)->isEnabled(), qPrintable(call));
    // A call at the wrong time: the kernel's own error, shown inline.
    QVERIFY(D::click(&client, u"socket"_s).isEmpty());
    client.currentConnectionView()->sendBox()->setText(u"too early"_s);
    QVERIFY(D::click(&client, u"sendall"_s).isEmpty());
    QTRY_VERIFY(!client.currentConnectionView()->errorView()->errorName().isEmpty());
    const QString name = client.currentConnectionView()->errorView()->errorName();
    QVERIFY2(name == u"EPIPE"_s || name == u"ENOTCONN"_s, qPrintable(name));
    QVERIFY(client.currentConnectionView()->errorView()->isVisibleTo(&client));
    // What the user typed is kept.
    QCOMPARE(client.currentConnectionView()->sendBox()->text(), u"too early"_s);
}

void TestSocketPanel::validationAsYouType()
{
    Lab serverLab;
    SocketPanel server(SocketPanel::Role::Server, &serverLab);
    server.show();
    QVERIFY(D::click(&server, u"socket"_s).isEmpty());
    server.setPort(u"70000"_s);
    QVERIFY2(!server.inputProblem().isEmpty(), "port 70000 must be flagged");
    QVERIFY(!server.button(u"bind"_s)->isEnabled());
    server.setPort(u"5000"_s);
    server.setHost(u"127.0.0.300"_s);
    QVERIFY2(!server.inputProblem().isEmpty(), "bad address must be flagged");
    server.setHost(u"127.0.0.1"_s);
    QVERIFY2(server.inputProblem().isEmpty(), qPrintable(server.inputProblem()));
    QVERIFY(server.button(u"bind"_s)->isEnabled());

    Lab clientLab;

    SocketPanel client(SocketPanel::Role::Client, &clientLab);
    client.setPort(u"http"_s);
    QVERIFY2(client.inputProblem().isEmpty(), qPrintable(client.inputProblem()));
    client.setPort(u"5 000"_s);
    QVERIFY(!client.inputProblem().isEmpty());
    client.setPort(u"5000"_s);
    client.setHost(u""_s);
    QVERIFY(!client.inputProblem().isEmpty());
    QVERIFY(!client.button(u"getaddrinfo"_s)->isEnabled());
}

void TestSocketPanel::addressInUseSuggestsFreePort()
{
    Lab firstLab;
    firstLab.setNetwork(Lab::Network::Host); // two Labs (or an outside peer) meet there
    SocketPanel first(SocketPanel::Role::Server, &firstLab);
    quint16 port = 0;
    const QString step = D::listen(&first, &port);
    QVERIFY2(step.isEmpty(), qPrintable(step));

    Lab secondLab;
    secondLab.setNetwork(Lab::Network::Host); // two Labs (or an outside peer) meet there

    SocketPanel second(SocketPanel::Role::Server, &secondLab);
    second.show();
    second.setPort(QString::number(port));
    QVERIFY(D::click(&second, u"socket"_s).isEmpty());
    QVERIFY(D::click(&second, u"bind"_s).isEmpty());
    QCOMPARE(second.value(u"error"_s), u"EADDRINUSE"_s);
    QVERIFY(second.errorView()->isVisibleTo(&second));
    QVERIFY2(second.inputProblem().contains(u"free"_s), qPrintable(second.inputProblem()));
    // The fix is one click away, and the typed port stays until then.
    QCOMPARE(second.port(), QString::number(port));
    auto *use = second.errorView()->findChild<QPushButton *>();
    QVERIFY(use && use->isVisibleTo(&second));
    QTest::mouseClick(use, Qt::LeftButton);
    QVERIFY(second.port() != QString::number(port));
    QVERIFY(D::click(&second, u"bind"_s).isEmpty());
    QCOMPARE(second.socket()->state(), LiveSocket::State::Bound);
}

void TestSocketPanel::cancelAccept()
{
    Lab serverLab;
    SocketPanel server(SocketPanel::Role::Server, &serverLab);
    server.show();
    quint16 port = 0;
    QVERIFY(D::listen(&server, &port).isEmpty());
    QVERIFY(D::click(&server, u"accept"_s).isEmpty());
    QCOMPARE(server.socket()->pending(), LiveSocket::Pending::Accept);
    auto buttons = server.statusView()->findChildren<QPushButton *>();
    QPushButton *cancel = nullptr;
    for (QPushButton *b : buttons) {
        if (b->text() == u"Cancel"_s)
            cancel = b;
    }
    QVERIFY(cancel && cancel->isVisibleTo(&server));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(server.socket()->pending(), LiveSocket::Pending::None);
    QCOMPARE(server.socket()->state(), LiveSocket::State::Listening);
    QVERIFY(server.button(u"accept"_s)->isEnabled());
}

// Bytes nobody has read yet: the connection's kernel line follows each
// arrival and the peer's FIN without a recv or "Ask the kernel".
void TestSocketPanel::kernelStateFollowsArrivals()
{
    Lab serverLab;
    serverLab.setNetwork(Lab::Network::Host); // two Labs (or an outside peer) meet there
    SocketPanel server(SocketPanel::Role::Server, &serverLab);
    server.show();
    quint16 port = 0;
    QVERIFY(D::listen(&server, &port).isEmpty());
    QVERIFY(D::click(&server, u"accept"_s).isEmpty());
    LiveSocket peer(CallEvent::Side::Client, u"client"_s);
    QVERIFY(!peer.open(AF_INET, SOCK_STREAM, 0));
    const SocketError connecting = peer.connect(Endpoint::inet(u"127.0.0.1"_s, port));
    QVERIFY(!connecting || connecting.wouldBlock());
    QTRY_VERIFY(server.currentConnectionView());
    const SocketStatusView *status = server.currentConnectionView()->statusView();

    QCOMPARE(peer.send("0123456789").bytes, 10);
    QTRY_VERIFY2(
        status->kernelText().contains(u"10 bytes waiting"_s), qPrintable(status->kernelText()));
    QCOMPARE(peer.send("abcdefghijklmnopqrst").bytes, 20);
    QTRY_VERIFY2(
        status->kernelText().contains(u"30 bytes waiting"_s), qPrintable(status->kernelText()));
    QVERIFY(!peer.shutdown(SHUT_WR));
    QTRY_VERIFY2(status->kernelText().contains(u"CLOSE_WAIT"_s), qPrintable(status->kernelText()));
}

void TestSocketPanel::performDrivesPanels()
{
    Lab serverLab;
    serverLab.setNetwork(Lab::Network::Host); // two Labs (or an outside peer) meet there
    SocketPanel server(SocketPanel::Role::Server, &serverLab);
    Lab clientLab;
    clientLab.setNetwork(Lab::Network::Host); // two Labs (or an outside peer) meet there
    SocketPanel client(SocketPanel::Role::Client, &clientLab);
    QVERIFY(!server.perform(u"socket"_s, {u"AF_INET"_s, u"SOCK_STREAM"_s}));
    QVERIFY(!server.perform(u"bind"_s, {u"127.0.0.1"_s, u"0"_s}));
    QVERIFY(!server.perform(u"listen"_s, {u"1"_s}));
    const QString port = QString::number(server.socket()->laddr().port());
    QVERIFY(!server.perform(u"accept"_s));
    QVERIFY(!client.perform(u"socket"_s));
    const SocketError connecting = client.perform(u"connect"_s, {u"127.0.0.1"_s, port});
    QVERIFY(!connecting || connecting.wouldBlock());
    QTRY_COMPARE(server.value(u"connections"_s), u"1"_s);
    QTRY_COMPARE(client.value(u"state"_s), LiveSocket::stateName(LiveSocket::State::Connected));
    QCOMPARE(server.value(u"conn.raddr"_s), client.value(u"laddr"_s));
    QVERIFY(!client.perform(u"sendall"_s, {u"hallo"_s}));
    QTRY_COMPARE(server.currentConnection()->bytesWaiting(), 5);
    QVERIFY(!server.perform(u"recv"_s, {u"8"_s}));
    QTRY_COMPARE(server.value(u"conn.received"_s), u"hallo"_s);
    QVERIFY(server.perform(u"nonsense"_s));
}

// The lesson's demo vocabulary and expectation subjects, on the real window.
void TestSocketPanel::lessonSubjects()
{
    MainWindow window;
    SocketPanel *server = window.serverPanel();
    SocketPanel *client = window.clientPanel();
    QVERIFY(!window.lab()->value(u"server.laddr"_s).has_value());
    QCOMPARE(window.lab()->value(u"server.state"_s).value(), QByteArray("unopened"));
    QVERIFY(!server->perform(u"socket"_s, {u"AF_INET"_s, u"SOCK_STREAM"_s, u"0"_s}));
    QVERIFY(!server->perform(u"bind"_s, {u"127.0.0.1"_s, u"0"_s}));
    QVERIFY(!server->perform(u"listen"_s, {u"1"_s}));
    QCOMPARE(window.lab()->value(u"server.tcpstate"_s).value(), QByteArray("LISTEN"));
    QCOMPARE(window.lab()->value(u"server.family"_s).value(), QByteArray("AF_INET"));
    const QString port = QString::number(server->socket()->laddr().port());
    QVERIFY(!server->perform(u"accept"_s));
    QCOMPARE(window.lab()->value(u"server.pending"_s).value(), QByteArray("accept"));

    QSignalSpy lookup(client, &SocketPanel::lookupFinished);
    QVERIFY(!client->perform(u"getaddrinfo"_s, {u"127.0.0.1"_s, port}));
    QVERIFY(lookup.wait(10000));
    QVERIFY(window.lab()->value(u"client.infos"_s).value().toInt() >= 1);
    QVERIFY(!client->perform(u"socket"_s, {u"*info[:3]"_s}));
    const SocketError c = client->perform(u"connect"_s, {u"info[-1]"_s});
    QVERIFY(!c || c.wouldBlock());
    QTRY_COMPARE(window.lab()->value(u"server.pending"_s).value(), QByteArray("none"));
    QTRY_COMPARE(window.lab()->value(u"client.state"_s).value(), QByteArray("connected"));
    QCOMPARE(window.lab()->value(u"server.conn.raddr"_s), window.lab()->value(u"client.laddr"_s));
    QCOMPARE(window.lab()->value(u"server.conn.laddr"_s), window.lab()->value(u"client.raddr"_s));

    // A call the Lab makes (as a lesson's demo does) shows in the panel too.
    QString parseError;
    QSignalSpy performed(window.lab(), &Lab::performed);
    window.lab()->perform(*DemoAction::parse(u"client.sendall Hi\\0there\\n"_s, &parseError));
    QVERIFY(performed.wait(10000));
    QCOMPARE(performed.constFirst().at(1).toString(), QString());
    QCOMPARE(client->currentConnectionView()->sendBox()->bytes(), QByteArray("Hi\x00there\n", 9));
    QTRY_COMPARE(window.lab()->value(u"client.sent"_s).value(), QByteArray("9"));
    QTRY_COMPARE(server->currentConnection()->bytesWaiting(), 9);
    QVERIFY(!server->perform(u"recv"_s, {u"4"_s}));
    QVERIFY(!server->perform(u"recv"_s, {u"8"_s}));
    QCOMPARE(window.lab()->value(u"server.chunks"_s).value(), QByteArray("2"));
    QCOMPARE(window.lab()->value(u"server.chunk[0]"_s).value(), QByteArray("Hi\x00t", 4));
    QCOMPARE(window.lab()->value(u"server.bytes"_s).value(), QByteArray("9"));
    QCOMPARE(window.lab()->value(u"server.text"_s).value(), QByteArray("Hi\x00there\n", 9));
    QCOMPARE(window.lab()->value(u"server.error"_s).value(), QByteArray("none"));

    QVERIFY(!client->perform(u"close"_s));
    QVERIFY(!server->perform(u"recv"_s, {u"8"_s}));
    QCOMPARE(window.lab()->value(u"server.chunks"_s).value(), QByteArray("3"));
    QCOMPARE(window.lab()->value(u"server.chunk[2]"_s).value(), QByteArray());
    QCOMPARE(window.lab()->value(u"server.conn.state"_s).value(), QByteArray("peer-closed"));
    QVERIFY(!server->perform(u"close"_s, {u"conn"_s}));
    QCOMPARE(window.lab()->value(u"server.conn.state"_s).value(), QByteArray("closed"));
    QVERIFY(!window.lab()->value(u"nonsense"_s).has_value());
}

QTEST_MAIN(TestSocketPanel)
#include "tst_socketpanel.moc"
