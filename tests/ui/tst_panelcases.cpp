#include "core/bytes/chunkmodel.h"
#include "core/lab/lab.h"
#include "core/net/socket.h"
#include "paneldriver.h"
#include "ui/lanes/connectionview.h"
#include "ui/lanes/errorview.h"
#include "ui/lanes/sendbox.h"
#include "ui/lanes/socketpanel.h"
#include "ui/lanes/socketstatusview.h"
#include "ui/window/language.h"

#include <QAbstractItemModel>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
namespace D = PanelDriver;

// Cases S1-S4, S12, S15, S16 of shared/cases/socket-behaviours.md as the
// panels show them.
class TestPanelCases final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void s1NoMessageBoundaries();
    void s2OrderlyShutdown();
    void s3HalfClose();
    void s4ResetIsNotEof();
    void s12AcceptQueue();
    void s15ControlBytes();
    void s16LongMessage();

private:
    QString pair();
    QString rowText(SocketPanel *panel, int row, int column) const;

    std::unique_ptr<Lab> m_lab; // the sockets both panels show
    std::unique_ptr<SocketPanel> m_server;
    std::unique_ptr<SocketPanel> m_client;
    quint16 m_port = 0;
};

void TestPanelCases::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Language::install(u"en"_s)); // the app's English: "40,000 bytes"
}

void TestPanelCases::init()
{
    m_lab = std::make_unique<Lab>();
    m_lab->setNetwork(Lab::Network::Host); // some cases connect from outside the Lab
    m_server = std::make_unique<SocketPanel>(SocketPanel::Role::Server, m_lab.get());
    m_client = std::make_unique<SocketPanel>(SocketPanel::Role::Client, m_lab.get());
    m_server->show();
    m_client->show();
}

void TestPanelCases::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_lab.reset();
}

// Listening server with accept pending, connected client, accepted conn.
QString TestPanelCases::pair()
{
    QString step = D::listen(m_server.get(), &m_port);
    if (!step.isEmpty())
        return step;
    step = D::click(m_server.get(), u"accept"_s);
    if (!step.isEmpty())
        return step;
    step = D::connect(m_client.get(), u"127.0.0.1"_s, m_port);
    if (!step.isEmpty())
        return step;
    if (!QTest::qWaitFor([this] { return m_server->connections().size() == 1; }, 10000))
        return u"accept did not return"_s;
    return {};
}

QString TestPanelCases::rowText(SocketPanel *panel, int row, int column) const
{
    ChunkModel *model = panel->currentConnectionView()->chunkModel();
    model->flush();
    return model->index(row, column).data().toString();
}

void TestPanelCases::s1NoMessageBoundaries()
{
    QVERIFY(pair().isEmpty());
    QVERIFY(D::send(m_client.get(), u"Hi"_s).isEmpty());
    QVERIFY(D::send(m_client.get(), u"there"_s).isEmpty());
    QTRY_COMPARE(m_server->currentConnection()->bytesWaiting(), 7);
    QList<QByteArray> chunks;
    QVERIFY(D::recvOnce(m_server.get(), 8, &chunks).isEmpty());
    QCOMPARE(chunks, QList<QByteArray> {"Hithere"});
    QCOMPARE(rowText(m_server.get(), 0, 2), u"7"_s);
    QCOMPARE(m_server->currentConnectionView()->chunkModel()->rowCount(), 1);
    QCOMPARE(rowText(m_server.get(), 0, 3), u"Hithere"_s);
}

void TestPanelCases::s2OrderlyShutdown()
{
    QVERIFY(pair().isEmpty());
    QVERIFY(D::click(m_client.get(), u"close"_s).isEmpty());
    QList<QByteArray> chunks;
    QVERIFY(D::recvOnce(m_server.get(), 8, &chunks).isEmpty());
    QCOMPARE(chunks, QList<QByteArray> {QByteArray()});
    QCOMPARE(m_server->currentConnection()->state(), LiveSocket::State::PeerClosed);
    QVERIFY2(m_server->value(u"conn.peer"_s)
                 .contains(u"peer closed the connection (orderly shutdown)"_s, Qt::CaseInsensitive),
        qPrintable(m_server->value(u"conn.peer"_s)));
    QTRY_COMPARE(m_server->value(u"conn.tcp"_s), u"CLOSE_WAIT"_s);
    SocketStatusView *status = m_server->currentConnectionView()->statusView();
    status->refresh();
    QVERIFY2(status->kernelText().startsWith(u"CLOSE_WAIT"_s), qPrintable(status->kernelText()));
    // One 0-byte result, then no more recv offered: no stream of empty chunks.
    QVERIFY2(rowText(m_server.get(), 0, ChunkModel::TextColumn).contains(u"orderly shutdown"_s),
        qPrintable(rowText(m_server.get(), 0, ChunkModel::TextColumn)));
    QCOMPARE(m_server->currentConnectionView()->chunkModel()->rowCount(), 1);
    QVERIFY(!m_server->button(u"recv"_s)->isEnabled());
    QVERIFY(m_server->button(u"sendall"_s)->isEnabled());
    QVERIFY(D::click(m_server.get(), u"conn.close"_s).isEmpty());
    QCOMPARE(m_server->currentConnection()->state(), LiveSocket::State::Closed);
}

void TestPanelCases::s3HalfClose()
{
    QVERIFY(pair().isEmpty());
    QVERIFY(D::send(m_client.get(), u"request!"_s).isEmpty());
    m_client->currentConnectionView()->setShutdownHow(u"SHUT_WR"_s);
    QVERIFY(D::click(m_client.get(), u"shutdown"_s).isEmpty());

    QList<QByteArray> server;
    for (int i = 0; i < 5 && (server.isEmpty() || !server.last().isEmpty()); ++i)
        QVERIFY(D::recvOnce(m_server.get(), 8, &server).isEmpty());
    QCOMPARE(server, (QList<QByteArray> {"request!", ""}));

    QVERIFY(D::send(m_server.get(), u"response after EOF"_s).isEmpty());
    QVERIFY(D::click(m_server.get(), u"conn.close"_s).isEmpty());
    QList<QByteArray> client;
    QTRY_VERIFY(m_client->currentConnection()->bytesWaiting() == 18);
    for (int i = 0; i < 6 && (client.isEmpty() || !client.last().isEmpty()); ++i)
        QVERIFY(D::recvOnce(m_client.get(), 8, &client).isEmpty());
    QCOMPARE(client, (QList<QByteArray> {"response", " after E", "OF", ""}));

    // Sending after our own shutdown(SHUT_WR): not offered; in expert mode
    // the kernel says EPIPE, inline, and the app carries on.
    QVERIFY(!m_client->button(u"sendall"_s)->isEnabled());
    m_client->setExpert(true);
    m_client->currentConnectionView()->sendBox()->setText(u"late"_s);
    QVERIFY(D::click(m_client.get(), u"sendall"_s).isEmpty());
    QTRY_COMPARE(m_client->currentConnectionView()->errorView()->errorName(), u"EPIPE"_s);
    QVERIFY(m_client->currentConnectionView()->errorView()->isVisibleTo(m_client.get()));
}

void TestPanelCases::s4ResetIsNotEof()
{
    QVERIFY(pair().isEmpty());
    QVERIFY(D::send(m_client.get(), u"unread data"_s).isEmpty());
    QTRY_COMPARE(m_server->currentConnection()->bytesWaiting(), 11);
    QVERIFY(D::send(m_server.get(), u"reply"_s).isEmpty());
    QVERIFY(D::click(m_server.get(), u"conn.close"_s).isEmpty());

    m_client->setExpert(true); // the third recv is one a careful program would not make
    QList<QByteArray> chunks;
    QVERIFY(D::recvOnce(m_client.get(), 8, &chunks).isEmpty());
    QCOMPARE(chunks, QList<QByteArray> {"reply"});
    QVERIFY(D::recvOnce(m_client.get(), 8, &chunks).isEmpty());
    QCOMPARE(m_client->currentConnectionView()->errorView()->errorName(), u"ECONNRESET"_s);
    const QString peer = m_client->value(u"peer"_s);
    QVERIFY2(peer.contains(u"reset"_s, Qt::CaseInsensitive), qPrintable(peer));
    QVERIFY2(!peer.contains(u"orderly shutdown"_s), qPrintable(peer));
    QVERIFY2(rowText(m_client.get(), 1, 3).contains(u"ECONNRESET"_s),
        qPrintable(rowText(m_client.get(), 1, 3)));
    QVERIFY(D::recvOnce(m_client.get(), 8, &chunks).isEmpty());
    QCOMPARE(chunks, (QList<QByteArray> {"reply", ""}));
    // The reset row and the EOF row after it are different kinds of row.
    ChunkModel *model = m_client->currentConnectionView()->chunkModel();
    model->flush();
    QCOMPARE(model->index(1, 0).data(ChunkModel::KindRole).value<ChunkModel::RowKind>(),
        ChunkModel::RowKind::Error);
    QCOMPARE(model->index(2, 0).data(ChunkModel::KindRole).value<ChunkModel::RowKind>(),
        ChunkModel::RowKind::Eof);
    QVERIFY(rowText(m_client.get(), 1, ChunkModel::TextColumn)
        != rowText(m_client.get(), 2, ChunkModel::TextColumn));
}

void TestPanelCases::s12AcceptQueue()
{
    QVERIFY(D::listen(m_server.get(), &m_port, 1).isEmpty());
    // Four clients connect; nobody calls accept().
    std::vector<Socket> clients;
    for (int i = 0; i < 4; ++i) {
        SocketError error;
        Socket s = Socket::create(AF_INET, SOCK_STREAM, 0, &error);
        QVERIFY(!error);
        const SocketError c = s.connect(Endpoint::inet(u"127.0.0.1"_s, m_port));
        QVERIFY(!c || c.wouldBlock());
        clients.push_back(std::move(s));
    }
    QTRY_COMPARE(m_server->socket()->tcpInfo().acceptQueueLength, 2u);
    // The panel shows the queue after asking the kernel (button, no timer).
    auto *ask = m_server->statusView()->findChild<QPushButton *>(u"askKernel"_s);
    QVERIFY(ask);
    QTest::mouseClick(ask, Qt::LeftButton);
    const QString kernel = m_server->statusView()->kernelText();
    QVERIFY2(kernel.contains(u"accept queue 2 of 1"_s), qPrintable(kernel));
    // accept() takes them from the queue.
    QVERIFY(D::click(m_server.get(), u"accept"_s).isEmpty());
    QTRY_COMPARE(m_server->connections().size(), 1);
}

void TestPanelCases::s15ControlBytes()
{
    QVERIFY(pair().isEmpty());
    const struct
    {
        QString typed;
        int length;
        QString hex;
        QString visible;
    } cases[] = {
        {u"\\x88\\x77\\x66\\x55\\x00\\x11\\x22\\x33"_s, 8, u"88 77 66 55 00 11 22 33"_s,
            u"\\x00"_s},
        {u"test\\0test"_s, 9, u"74 65 73 74 00 74 65 73 74"_s, u"test\\x00test"_s},
        {u"\\x1b[31mRED\\x1b[0m\\r"_s, 13, u"1b 5b 33 31 6d 52 45 44 1b 5b 30 6d 0d"_s,
            u"\\x1b[31mRED\\x1b[0m\\r"_s},
    };
    int row = 0;
    for (const auto &c : cases) {
        QVERIFY(D::send(m_client.get(), c.typed, true).isEmpty());
        QTRY_COMPARE(m_server->currentConnection()->bytesWaiting(), qint64(c.length));
        QList<QByteArray> chunks;
        QVERIFY(D::recvOnce(m_server.get(), 64, &chunks).isEmpty());
        QCOMPARE(chunks.size(), 1);
        QCOMPARE(chunks.first().size(), c.length);
        QCOMPARE(rowText(m_server.get(), row, 2), QString::number(c.length));
        QCOMPARE(rowText(m_server.get(), row, 4), c.hex);
        QVERIFY2(rowText(m_server.get(), row, 3).contains(c.visible),
            qPrintable(rowText(m_server.get(), row, 3)));
        ++row;
    }
    QVERIFY(!rowText(m_server.get(), 2, 3).contains(QChar(0x1b)));
}

void TestPanelCases::s16LongMessage()
{
    QVERIFY(pair().isEmpty());
    const QString text(40000, u'x');
    QVERIFY(D::send(m_client.get(), text).isEmpty());
    QVERIFY2(
        m_client->currentConnectionView()->sendBox()->resultText().contains(u"all 40,000 bytes"_s),
        qPrintable(m_client->currentConnectionView()->sendBox()->resultText()));
    qint64 total = 0;
    for (int i = 0; i < 100 && total < 40000; ++i) {
        QList<QByteArray> chunks;
        QVERIFY(D::recvOnce(m_server.get(), 65536, &chunks).isEmpty());
        for (const QByteArray &c : chunks)
            total += c.size();
    }
    QCOMPARE(total, 40000);
    QCOMPARE(m_server->currentConnectionView()->receivedBytes(), text.toLatin1());
}

QTEST_MAIN(TestPanelCases)
#include "tst_panelcases.moc"
