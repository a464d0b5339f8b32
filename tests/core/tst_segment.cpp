// Segment::parse, StreamTracker and SegmentModel on frames built byte by byte
// here (tst_labnetwork checks them on the kernel's own frames).
#include "core/wire/segment.h"
#include "core/wire/segmentmodel.h"
#include "core/wire/streamtracker.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

void put16(QByteArray &b, qsizetype at, quint16 v)
{
    b[at] = char(v >> 8);
    b[at + 1] = char(v);
}

void put32(QByteArray &b, qsizetype at, quint32 v)
{
    put16(b, at, quint16(v >> 16));
    put16(b, at + 2, quint16(v));
}

struct Tcp
{
    quint16 sport = 40000;
    quint16 dport = 5000;
    quint32 seq = 0;
    quint32 ack = 0;
    quint8 flags = 0;
    quint16 window = 65535;
    QByteArray options;
    int payload = 0;
};

QByteArray tcpHeader(const Tcp &t)
{
    QByteArray h(20, '\0');
    put16(h, 0, t.sport);
    put16(h, 2, t.dport);
    put32(h, 4, t.seq);
    put32(h, 8, t.ack);
    h[12] = char(((20 + t.options.size()) / 4) << 4);
    h[13] = char(t.flags);
    put16(h, 14, t.window);
    return h + t.options + QByteArray(t.payload, 'x');
}

// Ethernet II with zero MACs + IPv4 (127.0.0.1 -> 127.0.0.2 unless swapped).
Frame ipv4(int protocol, const QByteArray &transport, bool swap = false, quint16 fragment = 0)
{
    QByteArray f(14 + 20, '\0');
    put16(f, 12, 0x0800);
    f[14] = char(0x45);
    put16(f, 16, quint16(20 + transport.size()));
    put16(f, 20, fragment);
    f[23] = char(protocol);
    const QByteArray a("\x7f\x00\x00\x01", 4), b("\x7f\x00\x00\x02", 4);
    f.replace(26, 4, swap ? b : a);
    f.replace(30, 4, swap ? a : b);
    f += transport;
    return Frame {1'700'000'000'000'000'000, f.size(), f, 0};
}

Frame tcp4(const Tcp &t, bool swap = false)
{
    return ipv4(6, tcpHeader(t), swap);
}

} // namespace

class TestSegment : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void relativeNumbersWrapAround();
    void windowScale();
    void newStreamAfterReset();
    void windowEvents();
    void modelCaps();
    void causedBy_data();
    void causedBy();
    void filter();
};

void TestSegment::parse_data()
{
    QTest::addColumn<Frame>("frame");
    QTest::addColumn<int>("ipVersion");
    QTest::addColumn<int>("transport");
    QTest::addColumn<QString>("flags");
    QTest::addColumn<qint64>("payload");
    QTest::addColumn<QString>("source");

    Tcp syn;
    syn.flags = Segment::Syn;
    syn.options = QByteArray("\x02\x04\xff\xd7\x01\x03\x03\x07", 8); // MSS 65495, NOP, WS 7
    QTest::newRow("IPv4 SYN with options") << tcp4(syn) << 4 << int(Segment::Transport::Tcp)
                                           << u"SYN"_s << qint64(0) << u"127.0.0.1:40000"_s;
    Tcp data;
    data.flags = Segment::Psh | Segment::Ack;
    data.payload = 10;
    QTest::newRow("IPv4 PSH ACK, 10 bytes") << tcp4(data) << 4 << int(Segment::Transport::Tcp)
                                            << u"PSH ACK"_s << qint64(10) << u"127.0.0.1:40000"_s;
    Tcp rst;
    rst.flags = Segment::Rst | Segment::Ack;
    QTest::newRow("RST ACK") << tcp4(rst, true) << 4 << int(Segment::Transport::Tcp) << u"RST ACK"_s
                             << qint64(0) << u"127.0.0.2:40000"_s;

    QByteArray udp(8, '\0');
    put16(udp, 0, 53);
    put16(udp, 2, 5353);
    put16(udp, 4, 8 + 7);
    udp += QByteArray(7, 'u');
    QTest::newRow("IPv4 UDP, 7 bytes") << ipv4(17, udp) << 4 << int(Segment::Transport::Udp)
                                       << QString() << qint64(7) << u"127.0.0.1:53"_s;

    // IPv6 ::1 -> ::1 with a hop-by-hop header before TCP.
    QByteArray v6(14 + 40, '\0');
    put16(v6, 12, 0x86dd);
    v6[14] = char(0x60);
    const QByteArray tcp = tcpHeader(data);
    put16(v6, 18, quint16(8 + tcp.size()));
    v6[20] = 0; // next header: hop-by-hop
    v6[14 + 23] = 1; // source ::1
    v6[14 + 39] = 1;
    QByteArray hop(8, '\0');
    hop[0] = 6; // then TCP
    v6 += hop + tcp;
    QTest::newRow("IPv6 with hop-by-hop")
        << Frame {1, v6.size(), v6, 0} << 6 << int(Segment::Transport::Tcp) << u"PSH ACK"_s
        << qint64(10) << u"[::1]:40000"_s;

    QByteArray arp(42, '\0');
    put16(arp, 12, 0x0806);
    QTest::newRow("ARP") << Frame {1, arp.size(), arp, 0} << 0 << int(Segment::Transport::Other)
                         << QString() << qint64(0) << QString();
    Frame cut = tcp4(data);
    cut.data.truncate(14 + 20 + 10);
    QTest::newRow("cut inside the TCP header")
        << cut << 4 << int(Segment::Transport::Other) << QString() << qint64(0) << u"127.0.0.1:0"_s;
    QTest::newRow("later IPv4 fragment")
        << ipv4(6, tcpHeader(data), false, 100) << 4 << int(Segment::Transport::Other) << QString()
        << qint64(0) << u"127.0.0.1:0"_s;
    QTest::newRow("short frame") << Frame {1, 5, QByteArray(5, '\0'), 0} << 0
                                 << int(Segment::Transport::Other) << QString() << qint64(0)
                                 << QString();
}

void TestSegment::parse()
{
    QFETCH(Frame, frame);
    QFETCH(int, ipVersion);
    QFETCH(int, transport);
    QFETCH(QString, flags);
    QFETCH(qint64, payload);
    QFETCH(QString, source);
    const Segment s = Segment::parse(frame);
    QCOMPARE(s.ipVersion, ipVersion);
    QCOMPARE(int(s.transport), transport);
    QCOMPARE(s.flagsText(), flags);
    QCOMPARE(s.payloadLength, payload);
    QCOMPARE(s.source().isValid() ? s.source().toString() : QString(), source);
    if (flags == u"SYN") {
        QCOMPARE(s.mss, 65495);
        QCOMPARE(s.windowShift, 7);
        QCOMPARE(s.destinationPort, quint16(5000));
    }
}

void TestSegment::relativeNumbersWrapAround()
{
    StreamTracker tracker;
    Tcp syn;
    syn.seq = 0xfffffff0u;
    syn.flags = Segment::Syn;
    Tcp synAck;
    synAck.sport = 5000;
    synAck.dport = 40000;
    synAck.seq = 1000;
    synAck.ack = 0xfffffff1u;
    synAck.flags = Segment::Syn | Segment::Ack;
    Tcp data;
    data.seq = 0xfffffff1u;
    data.ack = 1001;
    data.flags = Segment::Psh | Segment::Ack;
    data.payload = 100;
    Tcp ack = synAck;
    ack.seq = 1001;
    ack.ack = 0xfffffff1u + 100; // wraps past 2^32
    ack.flags = Segment::Ack;

    Segment segments[] = {Segment::parse(tcp4(syn)), Segment::parse(tcp4(synAck, true)),
        Segment::parse(tcp4(data)), Segment::parse(tcp4(ack, true))};
    for (Segment &s : segments)
        tracker.track(s);
    QCOMPARE(segments[0].relativeSeq, 0u);
    QCOMPARE(segments[1].relativeSeq, 0u);
    QCOMPARE(segments[1].relativeAck, 1u);
    QCOMPARE(segments[2].relativeSeq, 1u);
    QCOMPARE(segments[2].relativeAck, 1u);
    QCOMPARE(segments[3].relativeAck, 101u);
    QCOMPARE(segments[3].direction, Segment::Direction::ServerToClient);
    QCOMPARE(segments[2].direction, Segment::Direction::ClientToServer);
    for (const Segment &s : segments)
        QCOMPARE(s.stream, 0);
}

void TestSegment::windowScale()
{
    StreamTracker tracker;
    Tcp syn;
    syn.flags = Segment::Syn;
    syn.options = QByteArray("\x01\x03\x03\x07", 4);
    Tcp synAck;
    synAck.sport = 5000;
    synAck.dport = 40000;
    synAck.flags = Segment::Syn | Segment::Ack;
    synAck.options = QByteArray("\x01\x03\x03\x02", 4);
    Tcp ack;
    ack.flags = Segment::Ack;
    ack.window = 512;
    Tcp zero = synAck;
    zero.flags = Segment::Ack;
    zero.options.clear();
    zero.window = 0;
    Segment s[] = {Segment::parse(tcp4(syn)), Segment::parse(tcp4(synAck, true)),
        Segment::parse(tcp4(ack)), Segment::parse(tcp4(zero, true))};
    for (Segment &one : s)
        tracker.track(one);
    QCOMPARE(s[0].windowBytes, qint64(65535)); // a SYN's window is never scaled
    QCOMPARE(s[2].windowBytes, qint64(512) << 7);
    QCOMPARE(s[3].windowBytes, qint64(0));

    // Mid-stream, without the handshake: the scale is unknown.
    StreamTracker late;
    Segment alone = Segment::parse(tcp4(ack));
    late.track(alone);
    QCOMPARE(alone.windowBytes, qint64(-1));
    QCOMPARE(alone.direction, Segment::Direction::Unknown);
    QCOMPARE(alone.relativeSeq, 0u);
}

void TestSegment::newStreamAfterReset()
{
    StreamTracker tracker;
    Tcp syn;
    syn.flags = Segment::Syn;
    syn.seq = 10;
    Tcp rst;
    rst.sport = 5000;
    rst.dport = 40000;
    rst.flags = Segment::Rst | Segment::Ack;
    rst.ack = 11;
    Segment a = Segment::parse(tcp4(syn));
    Segment again = Segment::parse(tcp4(syn)); // retransmitted SYN: same stream
    Segment reset = Segment::parse(tcp4(rst, true));
    syn.seq = 5000;
    Segment fresh = Segment::parse(tcp4(syn));
    for (Segment *s : {&a, &again, &reset, &fresh})
        tracker.track(*s);
    QCOMPARE(a.stream, 0);
    QCOMPARE(again.stream, 0);
    QCOMPARE(reset.stream, 0);
    QCOMPARE(reset.direction, Segment::Direction::ServerToClient);
    QCOMPARE(fresh.stream, 1);
    QCOMPARE(fresh.relativeSeq, 0u);
    QCOMPARE(tracker.streamCount(), qint64(2));
}

void TestSegment::windowEvents()
{
    // The client sends 100 bytes; the server's buffer is full (window 0);
    // the client probes with the byte before the one acknowledged; the
    // server answers still 0, then opens its window again.
    StreamTracker tracker;
    Tcp syn;
    syn.flags = Segment::Syn;
    Tcp synAck;
    synAck.sport = 5000;
    synAck.dport = 40000;
    synAck.flags = Segment::Syn | Segment::Ack;
    synAck.seq = 7000;
    synAck.ack = 1;
    Tcp ack;
    ack.flags = Segment::Ack;
    ack.seq = 1;
    ack.ack = 7001;
    Tcp data = ack;
    data.flags = Segment::Ack | Segment::Psh;
    data.payload = 100;
    Tcp full = synAck;
    full.flags = Segment::Ack;
    full.seq = 7001;
    full.ack = 101;
    full.window = 0;
    Tcp probe = ack;
    probe.seq = 100;
    Tcp open = full;
    open.window = 512;
    Segment s[] = {Segment::parse(tcp4(syn)), Segment::parse(tcp4(synAck, true)),
        Segment::parse(tcp4(ack)), Segment::parse(tcp4(data)), Segment::parse(tcp4(full, true)),
        Segment::parse(tcp4(probe)), Segment::parse(tcp4(full, true)),
        Segment::parse(tcp4(open, true)), Segment::parse(tcp4(data))};
    for (Segment &one : s)
        tracker.track(one);
    using W = Segment::WindowEvent;
    const W expected[]
        = {W::None, W::None, W::None, W::None, W::Closed, W::Probe, W::None, W::Reopened, W::None};
    for (int i = 0; i < int(std::size(s)); ++i)
        QVERIFY2(s[i].windowEvent == expected[i], qPrintable(u"segment %1"_s.arg(i)));
    QCOMPARE(s[5].relativeSeq, 100u); // the last byte already acknowledged, again
}

void TestSegment::modelCaps()
{
    SegmentModel model;
    QSignalSpy totals(&model, &SegmentModel::totalsChanged);
    model.setMaxRows(3);
    QList<Frame> frames;
    for (int i = 0; i < 5; ++i) {
        Tcp t;
        t.seq = quint32(i * 100);
        t.flags = Segment::Ack;
        t.payload = 100;
        frames << tcp4(t);
    }
    model.append(frames);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.droppedRows(), qint64(2));
    QCOMPARE(model.frameCount(), qint64(5));
    QCOMPARE(model.payloadBytes(), qint64(500)); // exact, whatever was dropped
    QCOMPARE(model.segmentAt(0).seq, 200u);
    QCOMPARE(totals.size(), 1);

    // Bytes: each frame is 14 + 20 + 20 + 100 = 154 bytes.
    model.setMaxBytes(2 * 154);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.keptBytes(), qint64(308));
    model.append({frames.first()});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.keptBytes(), qint64(308));
    QCOMPARE(model.droppedRows(), qint64(4));
    QCOMPARE(model.frames().size(), 2);
    QCOMPARE(model.index(1, SegmentModel::FlagsColumn).data().toString(), u"ACK"_s);
    QCOMPARE(model.index(1, SegmentModel::LengthColumn).data().toLongLong(), qint64(100));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.frameCount(), qint64(0));
    QCOMPARE(model.keptBytes(), qint64(0));
}

// Which segments a call caused: the rows between its socket's two addresses
// (either way) from the call's start up to the next call's start.
void TestSegment::causedBy_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("until");
    QTest::addColumn<QList<int>>("rows");
    // Rows: 0 SYN at t=100, 1 SYN-ACK at 110 (swapped), 2 ACK at 120, 3 another
    // connection's (port 40001) at 125, 4 PSH at 200, 5 FIN at 300.
    const QString client = u"127.0.0.1:40000"_s;
    const QString server = u"127.0.0.2:5000"_s;
    QTest::newRow("connect: the handshake")
        << client << server << qint64(100) << qint64(150) << QList<int> {0, 1, 2};
    QTest::newRow("either way round")
        << server << client << qint64(100) << qint64(150) << QList<int> {0, 1, 2};
    QTest::newRow("the start counts, the end does not")
        << client << server << qint64(110) << qint64(200) << QList<int> {1, 2};
    QTest::newRow("no end: to the last")
        << client << server << qint64(150) << qint64(0) << QList<int> {4, 5};
    QTest::newRow("a span with none")
        << client << server << qint64(201) << qint64(300) << QList<int> {};
    QTest::newRow("the other connection")
        << u"127.0.0.1:40001"_s << server << qint64(0) << qint64(0) << QList<int> {3};
    QTest::newRow("another port: none")
        << client << u"127.0.0.2:5001"_s << qint64(0) << qint64(0) << QList<int> {};
    QTest::newRow("no raddr (a listener): none")
        << server << QString() << qint64(0) << qint64(0) << QList<int> {};
}

void TestSegment::causedBy()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(qint64, from);
    QFETCH(qint64, until);
    QFETCH(QList<int>, rows);
    const auto at = [](Frame frame, qint64 ns) {
        frame.clockNs = ns;
        return frame;
    };
    Tcp syn;
    syn.flags = Segment::Syn;
    Tcp synAck;
    synAck.sport = 5000;
    synAck.dport = 40000;
    synAck.flags = Segment::Syn | Segment::Ack;
    Tcp ack;
    ack.flags = Segment::Ack;
    Tcp other;
    other.sport = 40001;
    other.flags = Segment::Syn;
    Tcp psh;
    psh.flags = Segment::Psh | Segment::Ack;
    psh.payload = 5;
    Tcp fin;
    fin.flags = Segment::Fin | Segment::Ack;
    SegmentModel model;
    model.append({at(tcp4(syn), 100), at(tcp4(synAck, true), 110), at(tcp4(ack), 120),
        at(tcp4(other), 125), at(tcp4(psh), 200), at(tcp4(fin), 300)});
    SocketError error;
    const auto endpoint = [&error](const QString &text) {
        return text.isEmpty() ? Endpoint() : Endpoint::parseNotation(text, &error).value();
    };
    QCOMPARE(model.causedBy(endpoint(a), endpoint(b), from, until), rows);
    // The one rule, row by row.
    for (int row = 0; row < model.rowCount(); ++row) {
        const Segment &s = model.segmentAt(row);
        QCOMPARE(SegmentModel::caused(s.source(), s.destination(), s.frame.clockNs, endpoint(a),
                     endpoint(b), from, until),
            rows.contains(row));
    }
}

// A filter keeps only the frames it passes, and counts only those.
void TestSegment::filter()
{
    SegmentModel model;
    model.setFilter([](const Segment &s) { return s.destinationPort == 5000; });
    Tcp mine;
    Tcp theirs;
    theirs.dport = 6000;
    model.append({tcp4(mine), tcp4(theirs), tcp4(mine)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.frameCount(), qint64(2));
    model.append({tcp4(theirs)});
    QCOMPARE(model.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestSegment)
#include "tst_segment.moc"
