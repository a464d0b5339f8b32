// The Lab on the lab network for real: its sockets live in the namespace,
// the capture on the namespace's lo holds the segments its calls caused, in
// order, on the calls' clock; on this machine's network it captures when it
// may and says why not otherwise; without its helper it says so and its
// sockets work on this machine's network. Run as root, it runs the exchange
// once more as uid 65534 (setpriv), the way a student starts the app.
#include "core/lab/lab.h"
#include "core/net/freeport.h"
#include "core/net/porttable.h"
#include "core/wire/segmentmodel.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// The first row at or after `from` whose flags are exactly `flags` (and,
// when `payload` >= 0, that carries that many bytes); -1 if none.
int find(const SegmentModel &wire, int from, quint8 flags, qint64 payload = -1)
{
    for (int row = qMax(0, from); row < wire.rowCount(); ++row) {
        const Segment &s = wire.segmentAt(row);
        if (s.isTcp() && s.flags == flags && (payload < 0 || s.payloadLength == payload))
            return row;
    }
    return -1;
}

bool hasFin(const SegmentModel &wire)
{
    for (int row = 0; row < wire.rowCount(); ++row) {
        if (wire.segmentAt(row).has(Segment::Fin))
            return true;
    }
    return false;
}

} // namespace

class TestLabWire final : public QObject
{
    Q_OBJECT

private slots:
    void exchangeOnTheLabNetwork();
    void exchangeAsUnprivilegedUser();
    void portTablesOfTheLabNetwork();
    void hostNetwork();
    void withoutHelper();
};

void TestLabWire::exchangeOnTheLabNetwork()
{
    Lab lab;
    QCOMPARE(lab.network(), Lab::Network::Lab);
    if (lab.effectiveNetwork() != Lab::Network::Lab)
        QSKIP(qPrintable(u"the lab network was refused here: "_s + lab.wireStatus()));
    QVERIFY2(lab.capturing(), qPrintable(lab.wireStatus()));
    QCOMPARE(lab.wireStatus(), QString());
    QList<CallEvent> events;
    // A context that ends with `events`: the Lab, destroyed after it, still records its closes.
    QObject recording;
    connect(&lab, &Lab::callRecorded, &recording, [&events](const CallEvent &e) { events << e; });
    const auto last = [&events](CallEvent::Call call) {
        for (qsizetype i = events.size() - 1; i >= 0; --i) {
            if (events.at(i).call == call)
                return events.at(i);
        }
        return CallEvent();
    };

    // Port 5000 is always free in the lab network, whatever this machine runs.
    const Endpoint address = Endpoint::inet(u"127.0.0.1"_s, 5000);
    QCOMPARE(lab.open(lab.server(), AF_INET, SOCK_STREAM, 0), SocketError());
    QCOMPARE(lab.server()->socket().pythonProto(), 0);
    QCOMPARE(lab.bind(lab.server(), address), SocketError());
    QCOMPARE(lab.listen(lab.server(), 1), SocketError());
    QCOMPARE(lab.open(lab.client(), AF_INET, SOCK_STREAM, 0), SocketError());
    QCOMPARE(lab.connect(lab.client(), address), SocketError());
    const CallEvent connectStart = events.constLast();
    QCOMPARE(connectStart.call, CallEvent::Call::Connect);
    QTRY_COMPARE(lab.client()->state(), LiveSocket::State::Connected);
    const CallEvent connectDone = last(CallEvent::Call::Connect);
    QCOMPARE(lab.accept(lab.server()), SocketError());
    QTRY_VERIFY(lab.conn());
    const CallEvent accept = last(CallEvent::Call::Accept);
    QCOMPARE(lab.sendall(lab.client(), "hello"), SocketError());
    const CallEvent sendall = last(CallEvent::Call::Sendall);
    QCOMPARE(lab.recv(lab.conn(), 8), SocketError());
    QTRY_COMPARE(last(CallEvent::Call::Recv).data, QByteArray("hello"));
    const CallEvent recv = last(CallEvent::Call::Recv);
    QCOMPARE(lab.close(lab.client()), SocketError());
    const CallEvent close = last(CallEvent::Call::Close);
    const SegmentModel &wire = *lab.wire();
    QTRY_VERIFY(hasFin(wire));

    // SYN, SYN-ACK, ACK, PSH, FIN in this order.
    const int syn = find(wire, 0, Segment::Syn);
    const int synAck = find(wire, syn, Segment::Syn | Segment::Ack);
    const int ack = find(wire, synAck, Segment::Ack, 0);
    const int psh = find(wire, ack, Segment::Psh | Segment::Ack, 5);
    const int fin = find(wire, psh, Segment::Fin | Segment::Ack);
    QVERIFY(syn >= 0);
    QVERIFY(syn < synAck);
    QVERIFY(synAck < ack);
    QVERIFY(ack < psh);
    QVERIFY(psh < fin);
    QCOMPARE(wire.segmentAt(syn).direction, Segment::Direction::ClientToServer);
    QCOMPARE(wire.segmentAt(synAck).direction, Segment::Direction::ServerToClient);
    QCOMPARE(wire.segmentAt(psh).relativeSeq, 1u);
    QCOMPARE(wire.segmentAt(fin).source(), connectStart.after.laddr);

    // One clock: each segment after the call that caused it.
    const auto at = [&wire](int row) {
        return wire.segmentAt(row).frame.clockNs;
    };
    QVERIFY(connectStart.clockNs > 0);
    QVERIFY(connectStart.clockNs <= at(syn));
    QVERIFY(at(synAck) <= connectDone.clockNs); // the client learnt of it from the SYN-ACK
    QVERIFY(at(ack) < accept.clockNs); // the handshake was over before accept()
    QVERIFY(sendall.clockNs <= at(psh));
    QVERIFY(at(psh) < close.clockNs); // recv() had the bytes, before close()
    QVERIFY(recv.clockNs < close.clockNs);
    QVERIFY(close.clockNs <= at(fin));

    // Which segments each call caused (until the next call's start).
    const auto flagsOf = [&wire](const QList<int> &rows) {
        QStringList names;
        for (int row : rows)
            names << wire.segmentAt(row).flagsText();
        return names;
    };
    QCOMPARE(flagsOf(lab.segmentsCausedBy(connectStart, accept.clockNs)),
        QStringList({u"SYN"_s, u"SYN-ACK"_s, u"ACK"_s}));
    QCOMPARE(lab.segmentsCausedBy(accept, sendall.clockNs), QList<int>());
    QCOMPARE(lab.segmentsCausedBy(sendall, recv.clockNs).value(0, -1), psh);
    QVERIFY(lab.segmentsCausedBy(close, 0).contains(fin));
}

void TestLabWire::exchangeAsUnprivilegedUser()
{
    if (geteuid() != 0)
        QSKIP("this run is unprivileged already: exchangeOnTheLabNetwork above was the "
              "unprivileged case");
    // This same program, as nobody with no groups, runs the exchange: the helper it starts has
    // only nobody's rights, so the lab network is made from a user namespace or not at all.
    QProcess nobody;
    nobody.setProcessChannelMode(QProcess::MergedChannels);
    nobody.start(u"setpriv"_s,
        {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
            QCoreApplication::applicationFilePath(), u"exchangeOnTheLabNetwork"_s});
    if (!nobody.waitForStarted())
        QSKIP("setpriv (util-linux) is not installed: the unprivileged run needs it");
    QVERIFY2(nobody.waitForFinished(120000), "the unprivileged run did not end within 120 s");
    const QString output = QString::fromUtf8(nobody.readAll());
    const QString skipped = u"SKIP   : TestLabWire::exchangeOnTheLabNetwork()"_s;
    if (output.contains(skipped)) {
        // The kernel refused nobody a user namespace here (a chroot, a sysctl): say so, never pass.
        const qsizetype from = output.indexOf(skipped) + skipped.size();
        QSKIP(
            qPrintable(u"as uid 65534:"_s + output.mid(from, output.indexOf(u'\n', from) - from)));
    }
    QVERIFY2(
        nobody.exitStatus() == QProcess::NormalExit && nobody.exitCode() == 0, qPrintable(output));
    QVERIFY2(
        output.contains(u"PASS   : TestLabWire::exchangeOnTheLabNetwork()"_s), qPrintable(output));
}

// Who holds a port, whether a port is free, and why bind() got EADDRINUSE
// are asked of the tables of the network the socket lives in: a listener in
// the lab network is not on this machine's tables, and one of this
// machine's does not take a port in the lab network.
void TestLabWire::portTablesOfTheLabNetwork()
{
    Lab lab;
    if (lab.effectiveNetwork() != Lab::Network::Lab)
        QSKIP(qPrintable(u"the lab network was refused here: "_s + lab.wireStatus()));
    const qint64 pid = lab.tablesProcess();
    QVERIFY(pid > 0);
    LiveSocket *server = lab.server();
    QVERIFY(!lab.open(server, AF_INET, SOCK_STREAM, 0));
    QCOMPARE(server->socket().tablesProcess(), pid);
    QVERIFY(!lab.bind(server, Endpoint::inet(u"127.0.0.1"_s, 0)));
    QVERIFY(!lab.listen(server, 1));
    const Endpoint listening = server->laddr();
    const quint16 port = listening.port();
    const auto listener = [&listening](const QList<PortTable::Entry> &entries) {
        return std::any_of(entries.cbegin(), entries.cend(), [&](const PortTable::Entry &entry) {
            return entry.local == listening && entry.state == 10; // LISTEN
        });
    };
    QVERIFY(listener(PortTable::holders(PortTable::Protocol::Tcp, port, pid)));
    QVERIFY(!listener(PortTable::holders(PortTable::Protocol::Tcp, port)));
    QVERIFY(!FreePort::isFree(u"127.0.0.1"_s, port, lab.socketFactory()));
    const quint16 other = FreePort::find(u"127.0.0.1"_s, lab.socketFactory());
    QVERIFY(other != 0 && other != port);
    QVERIFY(FreePort::isFree(u"127.0.0.1"_s, other, lab.socketFactory()));

    // A second socket of the lab's on the port: the explanation names the
    // lab's listener, and the trial bind with SO_REUSEADDR is made there too.
    LiveSocket *client = lab.client();
    QVERIFY(!lab.open(client, AF_INET, SOCK_STREAM, 0));
    const SocketError refused = lab.bind(client, listening);
    QCOMPARE(refused.name(), u"EADDRINUSE"_s);
    QVERIFY2(refused.explanation().contains(u"LISTEN"_s), qPrintable(refused.explanation()));
    QVERIFY(!PortTable::bindsWithReuseAddress(listening, SOCK_STREAM, lab.socketFactory())
                 .value_or(true));

    // A listener of this machine's holds its port here only.
    Socket host = Socket::create(AF_INET, SOCK_STREAM, 0, nullptr);
    QVERIFY(!host.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
    QVERIFY(!host.listen(1));
    const quint16 hostPort = host.localAddress().port();
    QVERIFY(!FreePort::isFree(u"127.0.0.1"_s, hostPort));
    QVERIFY(FreePort::isFree(u"127.0.0.1"_s, hostPort, lab.socketFactory()));
    QVERIFY(PortTable::holders(PortTable::Protocol::Tcp, hostPort, pid).isEmpty());

    // An accepted connection lives where its listener lives.
    QVERIFY(!lab.close(client));
    QVERIFY(!lab.accept(server));
    QVERIFY(!lab.open(client, AF_INET, SOCK_STREAM, 0));
    QVERIFY(!lab.connect(client, listening));
    QTRY_VERIFY(lab.conn() != nullptr);
    QCOMPARE(lab.conn()->socket().tablesProcess(), pid);
}

void TestLabWire::hostNetwork()
{
    Lab lab;
    lab.setNetwork(Lab::Network::Host);
    QCOMPARE(lab.network(), Lab::Network::Host);
    QCOMPARE(lab.effectiveNetwork(), Lab::Network::Host);
    if (!lab.capturing()) {
        // Only root (or CAP_NET_RAW) may capture this machine's lo.
        QVERIFY(geteuid() != 0);
        QVERIFY2(lab.wireStatus().contains(u"CAP_NET_RAW"_s), qPrintable(lab.wireStatus()));
        return;
    }
    QCOMPARE(lab.wireStatus(), QString());
    QCOMPARE(lab.open(lab.server(), AF_INET, SOCK_STREAM, 0), SocketError());
    QCOMPARE(lab.bind(lab.server(), Endpoint::inet(u"127.0.0.1"_s, 0)), SocketError());
    QCOMPARE(lab.listen(lab.server(), 1), SocketError());
    QCOMPARE(lab.open(lab.client(), AF_INET, SOCK_STREAM, 0), SocketError());
    QCOMPARE(lab.connect(lab.client(), lab.server()->laddr()), SocketError());
    QTRY_COMPARE(lab.client()->state(), LiveSocket::State::Connected);
    QTRY_VERIFY(find(*lab.wire(), 0, Segment::Syn | Segment::Ack) >= 0);
    // Only the Lab's own ports are kept from everybody's loopback traffic.
    const quint16 server = lab.server()->laddr().port();
    for (int row = 0; row < lab.wire()->rowCount(); ++row) {
        const Segment &s = lab.wire()->segmentAt(row);
        const quint16 client = lab.client()->laddr().port();
        QVERIFY(s.sourcePort == server || s.destinationPort == server || s.sourcePort == client
            || s.destinationPort == client);
    }
}

void TestLabWire::withoutHelper()
{
    const QByteArray helper = qgetenv("SOCKETLAB_LABNET_HELPER");
    qputenv("SOCKETLAB_LABNET_HELPER", "/nonexistent/socketlab-labnet");
    Lab lab;
    qputenv("SOCKETLAB_LABNET_HELPER", helper);
    QCOMPARE(lab.network(), Lab::Network::Lab);
    QCOMPARE(lab.effectiveNetwork(), Lab::Network::Host);
    QVERIFY(!lab.capturing());
    QVERIFY2(lab.wireStatus().contains(u"socketlab-labnet"_s), qPrintable(lab.wireStatus()));
    // Everything else works as before, on this machine's network.
    QCOMPARE(lab.open(lab.server(), AF_INET, SOCK_STREAM, 0), SocketError());
    QCOMPARE(lab.bind(lab.server(), Endpoint::inet(u"127.0.0.1"_s, 0)), SocketError());
    QVERIFY(lab.server()->laddr().port() != 0);
}

QTEST_GUILESS_MAIN(TestLabWire)
#include "tst_labwire.moc"
