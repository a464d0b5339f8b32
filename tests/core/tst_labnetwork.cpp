// The lab network for real: the helper makes a network namespace (as root,
// and as uid 65534 through setpriv), hands over sockets and a capture on its
// lo, and the capture shows the handshake, data, FIN and RST that this test's
// own calls cause; the capture saved as pcap reads back (own reader, tshark).
#include "core/wire/labnetwork.h"
#include "core/wire/packetcapture.h"
#include "core/wire/pcapwriter.h"
#include "core/wire/segmentmodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

const QStringList unprivileged
    = {u"setpriv"_s, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};

bool waitFd(int fd, short events)
{
    pollfd p {fd, events, 0};
    return poll(&p, 1, 5000) == 1;
}

sockaddr_in loopback(quint16 port)
{
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

// The value of a "Name:\tvalue" line of /proc/PID/status.
QByteArray procStatus(qint64 pid, const QByteArray &name)
{
    QFile file(u"/proc/%1/status"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(QByteArray(name + ':')))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

// The segments of one stream, in order.
QList<Segment> streamOf(const SegmentModel &model, qint64 stream)
{
    QList<Segment> list;
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.segmentAt(i).stream == stream)
            list << model.segmentAt(i);
    }
    return list;
}

bool hasSegment(const SegmentModel &model, qint64 stream, quint8 flagsWanted)
{
    for (const Segment &s : streamOf(model, stream)) {
        if ((s.flags & flagsWanted) == flagsWanted)
            return true;
    }
    return false;
}

} // namespace

class TestLabNetwork : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // Each pcap written by exchange() and its segments, for readByTshark().
    QList<std::pair<QString, QList<Segment>>> m_captures;

    // A started lab for the row's user, or a QSKIP saying why not.
    bool startLab(LabNetwork &lab, bool asNobody, QString *skip);

private slots:
    void exchange_data();
    void exchange();
    void readByTshark();
    void refusedNamespace();
    void missingHelper();
    void findHelper();
    void requestsRefusedWhenNotReady();
};

bool TestLabNetwork::startLab(LabNetwork &lab, bool asNobody, QString *skip)
{
    lab.setHelperPath(QStringLiteral(SOCKETLAB_LABNET_HELPER));
    if (asNobody && geteuid() == 0)
        lab.setLauncher(unprivileged);
    if (!asNobody && geteuid() != 0) {
        *skip = u"runs as root only (this test runs as uid %1)"_s.arg(geteuid());
        return false;
    }
    if (!lab.start() || !lab.waitForReady()) {
        // The kernel may refuse a user namespace (a chroot, a container, a
        // sysctl): that is a skip with the lab's own sentence, not a pass.
        if (asNobody || geteuid() != 0)
            *skip = u"the kernel refused the unprivileged lab: "_s + lab.failureReason();
        else
            *skip = QString();
        return false;
    }
    return true;
}

void TestLabNetwork::exchange_data()
{
    QTest::addColumn<bool>("asNobody");
    QTest::newRow("root: network namespace alone") << false;
    QTest::newRow("uid 65534: user and network namespaces") << true;
}

void TestLabNetwork::exchange()
{
    QFETCH(bool, asNobody);
    LabNetwork lab;
    QString skip;
    if (!startLab(lab, asNobody, &skip)) {
        if (skip.isEmpty())
            QFAIL(qPrintable(u"the lab did not start as root: "_s + lab.failureReason()));
        QSKIP(qPrintable(skip));
    }
    QCOMPARE(lab.state(), LabNetwork::State::Ready);
    QCOMPARE(
        lab.mode(), asNobody ? LabNetwork::Mode::UserAndNetwork : LabNetwork::Mode::NetworkOnly);

    // The helper holds no more than its user: no_new_privs, only CAP_NET_RAW
    // (bit 13) left, and as nobody it runs as uid 65534.
    const qint64 pid = lab.helperProcessId();
    QVERIFY(pid > 0);
    QTRY_COMPARE(procStatus(pid, "NoNewPrivs"), QByteArray("1"));
    QCOMPARE(procStatus(pid, "CapEff"), QByteArray("0000000000002000"));
    if (asNobody)
        QVERIFY(procStatus(pid, "Uid").startsWith("65534\t"));

    SocketError error;
    const int captureFd = lab.openCapture(&error);
    QVERIFY2(captureFd >= 0, qPrintable(error.toString()));
    PacketCapture capture(captureFd);
    SegmentModel model;
    connect(&capture, &PacketCapture::framesCaptured, &model, &SegmentModel::append);

    Socket server = lab.createSocket(AF_INET, SOCK_STREAM, 0, &error);
    QVERIFY2(server.isValid(), qPrintable(error.toString()));
    // Port 5000 is the lab's own: whatever this machine runs on 5000.
    const int on = 1;
    setsockopt(server.fd(), SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in at = loopback(5000);
    QCOMPARE(::bind(server.fd(), reinterpret_cast<sockaddr *>(&at), sizeof at), 0);
    QCOMPARE(::listen(server.fd(), 4), 0);

    // Only lo exists in the lab: another network is unreachable.
    Socket stray = lab.createSocket(AF_INET, SOCK_DGRAM, 0, &error);
    QVERIFY(stray.isValid());
    sockaddr_in outside = loopback(53);
    outside.sin_addr.s_addr = inet_addr("192.0.2.1");
    QCOMPARE(::connect(stray.fd(), reinterpret_cast<sockaddr *>(&outside), sizeof outside), -1);
    QCOMPARE(errno, ENETUNREACH);

    // Connection 0: handshake before accept, data, FIN both ways.
    Socket client = lab.createSocket(AF_INET, SOCK_STREAM, IPPROTO_TCP, &error);
    QVERIFY(client.isValid());
    const int rc = ::connect(client.fd(), reinterpret_cast<sockaddr *>(&at), sizeof at);
    QVERIFY(rc == 0 || errno == EINPROGRESS);
    QVERIFY(waitFd(client.fd(), POLLOUT));
    QTRY_VERIFY(hasSegment(model, 0, Segment::Ack) && streamOf(model, 0).size() >= 3);
    QList<Segment> s0 = streamOf(model, 0);
    QCOMPARE(s0.at(0).flagsText(), u"SYN"_s);
    QCOMPARE(s0.at(1).flagsText(), u"SYN-ACK"_s);
    QCOMPARE(s0.at(2).flagsText(), u"ACK"_s); // all before accept() was called

    QVERIFY(waitFd(server.fd(), POLLIN));
    const int conn = ::accept4(server.fd(), nullptr, nullptr, SOCK_CLOEXEC);
    QVERIFY(conn >= 0);
    QCOMPARE(::send(client.fd(), "hello", 5, 0), ssize_t(5));
    QVERIFY(waitFd(conn, POLLIN));
    char buffer[64];
    QCOMPARE(::recv(conn, buffer, sizeof buffer, 0), ssize_t(5));
    client.close();
    QVERIFY(waitFd(conn, POLLIN));
    QCOMPARE(::recv(conn, buffer, sizeof buffer, 0), ssize_t(0)); // the client's FIN
    ::close(conn);
    // Done when the client has acknowledged the server's FIN.
    const auto closed = [&model] {
        const QList<Segment> s = streamOf(model, 0);
        return s.size() >= 2 && s.at(s.size() - 2).has(Segment::Fin)
            && s.at(s.size() - 2).direction == Segment::Direction::ServerToClient
            && s.last().flagsText() == u"ACK"
            && s.last().direction == Segment::Direction::ClientToServer;
    };
    QTRY_VERIFY(closed());
    s0 = streamOf(model, 0);

    // Frames on lo are Ethernet II with zero MACs, IPv4.
    const QByteArray &raw = s0.at(0).frame.data;
    QCOMPARE(raw.first(12), QByteArray(12, '\0'));
    QCOMPARE(raw.mid(12, 2), QByteArray("\x08\x00", 2));
    QCOMPARE(s0.at(0).source().host(), u"127.0.0.1"_s);
    QCOMPARE(s0.at(0).destination().toString(), u"127.0.0.1:5000"_s);
    QVERIFY(s0.at(0).mss > 0);

    struct Expected
    {
        const char *flags;
        Segment::Direction direction;
        quint32 seq;
        quint32 ack;
        qint64 length;
    };
    using D = Segment::Direction;
    const Expected expected[] = {
        {"SYN", D::ClientToServer, 0, 0, 0},
        {"SYN-ACK", D::ServerToClient, 0, 1, 0},
        {"ACK", D::ClientToServer, 1, 1, 0},
        {"PSH ACK", D::ClientToServer, 1, 1, 5},
        {"ACK", D::ServerToClient, 1, 6, 0},
        {"FIN ACK", D::ClientToServer, 6, 1, 0},
        {"ACK", D::ServerToClient, 1, 7, 0},
        {"FIN ACK", D::ServerToClient, 1, 7, 0},
        {"ACK", D::ClientToServer, 7, 2, 0},
    };
    // The kernel may fold the server's ACK of the FIN into its own FIN.
    const bool folded = s0.size() == 8;
    int row = 0;
    for (const Expected &e : expected) {
        if (folded && &e == &expected[6])
            continue;
        QVERIFY2(row < s0.size(), "missing segments");
        const Segment &s = s0.at(row++);
        QCOMPARE(s.flagsText(), QString::fromLatin1(e.flags));
        QCOMPARE(s.direction, e.direction);
        QCOMPARE(s.relativeSeq, e.seq);
        if (s.has(Segment::Ack))
            QCOMPARE(s.relativeAck, e.ack);
        QCOMPARE(s.payloadLength, e.length);
        QVERIFY(s.window > 0);
        QVERIFY(s.windowBytes >= s.window);
    }
    QCOMPARE(row, s0.size());

    // Connection 1: the server closes with unread bytes: RST.
    Socket client2 = lab.createSocket(AF_INET, SOCK_STREAM, 0, &error);
    QVERIFY(client2.isValid());
    ::connect(client2.fd(), reinterpret_cast<sockaddr *>(&at), sizeof at);
    QVERIFY(waitFd(client2.fd(), POLLOUT));
    QVERIFY(waitFd(server.fd(), POLLIN));
    const int conn2 = ::accept4(server.fd(), nullptr, nullptr, SOCK_CLOEXEC);
    QVERIFY(conn2 >= 0);
    QCOMPARE(::send(client2.fd(), "unread", 6, 0), ssize_t(6));
    QVERIFY(waitFd(conn2, POLLIN));
    ::close(conn2);
    QTRY_VERIFY(hasSegment(model, 1, Segment::Rst));
    const QList<Segment> s1 = streamOf(model, 1);
    const Segment &reset = s1.last();
    QVERIFY(reset.has(Segment::Rst));
    QCOMPARE(reset.direction, D::ServerToClient);
    QCOMPARE(s1.at(3).flagsText(), u"PSH ACK"_s);
    QCOMPARE(s1.at(3).payloadLength, qint64(6));
    QCOMPARE(model.streamCount(), qint64(2));
    QCOMPARE(capture.kernelDrops(), qint64(0));

    // The capture as pcap, read back byte for byte.
    const QString path = m_dir.filePath(asNobody ? u"nobody.pcap"_s : u"root.pcap"_s);
    QString problem;
    const QList<Frame> frames = model.frames();
    QVERIFY2(PcapWriter::save(path, frames, &problem), qPrintable(problem));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pcap = file.readAll();
    QCOMPARE(pcap.size() > PcapWriter::FileHeaderSize, true);
    const auto u32 = [&pcap](qsizetype at) {
        return qFromLittleEndian<quint32>(pcap.constData() + at);
    };
    QCOMPARE(u32(0), 0xa1b2c3d4u);
    QCOMPARE(qFromLittleEndian<quint16>(pcap.constData() + 4), quint16(2));
    QCOMPARE(qFromLittleEndian<quint16>(pcap.constData() + 6), quint16(4));
    QCOMPARE(u32(16), PcapWriter::SnapLength);
    QCOMPARE(u32(20), 1u); // LINKTYPE_ETHERNET
    qsizetype offset = PcapWriter::FileHeaderSize;
    for (const Frame &f : frames) {
        QVERIFY(offset + PcapWriter::RecordHeaderSize <= pcap.size());
        QCOMPARE(qint64(u32(offset)) * 1000000 + u32(offset + 4), f.timeNs / 1000);
        QVERIFY(u32(offset + 4) < 1000000);
        QCOMPARE(qsizetype(u32(offset + 8)), f.data.size());
        QCOMPARE(qint64(u32(offset + 12)), f.length);
        QCOMPARE(pcap.mid(offset + PcapWriter::RecordHeaderSize, f.data.size()), f.data);
        offset += PcapWriter::RecordHeaderSize + f.data.size();
    }
    QCOMPARE(offset, pcap.size());

    m_captures.append({path, [&model] {
                           QList<Segment> list;
                           for (int i = 0; i < model.rowCount(); ++i)
                               list << model.segmentAt(i);
                           return list;
                       }()});
}

void TestLabNetwork::readByTshark()
{
    if (m_captures.isEmpty())
        QSKIP("no capture was made (see exchange's skips)");
    const QString tshark = QStandardPaths::findExecutable(u"tshark"_s);
    if (tshark.isEmpty())
        QSKIP("tshark is not installed (Debian package tshark): the pcap files were checked by "
              "exchange's own reader only");
    for (const auto &[path, segments] : std::as_const(m_captures)) {
        QProcess reader;
        reader.start(tshark,
            {u"-r"_s, path, u"-o"_s, u"tcp.relative_sequence_numbers:TRUE"_s, u"-T"_s, u"fields"_s,
                u"-e"_s, u"tcp.stream"_s, u"-e"_s, u"tcp.flags"_s, u"-e"_s, u"tcp.seq"_s, u"-e"_s,
                u"tcp.ack"_s, u"-e"_s, u"tcp.len"_s});
        QVERIFY(reader.waitForFinished(60000));
        QCOMPARE(reader.exitCode(), 0);
        const QList<QByteArray> lines = reader.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), segments.size());
        for (int i = 0; i < lines.size(); ++i) {
            const Segment &s = segments.at(i);
            const QList<QByteArray> f = lines.at(i).split('\t');
            QCOMPARE(f.size(), 5);
            QCOMPARE(f.at(0).toLongLong(), s.stream);
            QCOMPARE(f.at(1).toUInt(nullptr, 16), uint(s.flags));
            QCOMPARE(f.at(2).toUInt(), s.relativeSeq);
            if (s.has(Segment::Ack))
                QCOMPARE(f.at(3).toUInt(), s.relativeAck);
            QCOMPARE(f.at(4).toLongLong(), s.payloadLength);
        }
    }
}

void TestLabNetwork::refusedNamespace()
{
    // A real refusal by the kernel, never a faked one. Where user namespaces
    // are refused outright (a chroot: unshare(2) gives EPERM), the forced
    // user-namespace path meets it as it is; elsewhere the helper runs in a
    // user namespace whose user.max_user_namespaces is 0 (per namespace,
    // user_namespaces(7)), and its own unshare gets ENOSPC.
    LabNetwork probe;
    probe.setHelperPath(QStringLiteral(SOCKETLAB_LABNET_HELPER));
    probe.setForceUserNamespace(true);
    QVERIFY(probe.start());
    if (!probe.waitForReady()) {
        QCOMPARE(probe.state(), LabNetwork::State::Failed);
        QVERIFY2(
            probe.failureReason().contains(u"user namespace"), qPrintable(probe.failureReason()));
        QVERIFY(probe.failureReason().contains(u"root"));
        return;
    }
    probe.stop();

    LabNetwork lab;
    lab.setHelperPath(QStringLiteral(SOCKETLAB_LABNET_HELPER));
    lab.setForceUserNamespace(true);
    lab.setLauncher({u"unshare"_s, u"--user"_s, u"--map-root-user"_s, u"sh"_s, u"-c"_s,
        u"echo 0 > /proc/sys/user/max_user_namespaces && exec \"$0\" \"$@\""_s});
    QSignalSpy failed(&lab, &LabNetwork::failed);
    QVERIFY(lab.start());
    QVERIFY(!lab.waitForReady());
    QCOMPARE(lab.state(), LabNetwork::State::Failed);
    QCOMPARE(failed.size(), 1);
    const QString reason = lab.failureReason();
    QVERIFY2(reason.contains(u"user.max_user_namespaces is 0 or used up"), qPrintable(reason));
    QVERIFY(reason.contains(u"start SocketLab as root"));
    QVERIFY(!reason.contains(u'\n'));
    QCOMPARE(reason.count(u". "), 0); // one sentence

    SocketError error;
    QVERIFY(!lab.createSocket(AF_INET, SOCK_STREAM, 0, &error).isValid());
    QCOMPARE(error.kind(), SocketError::Kind::Refused);
}

void TestLabNetwork::missingHelper()
{
    LabNetwork lab;
    lab.setHelperPath(u"/nonexistent/socketlab-labnet"_s);
    QSignalSpy failed(&lab, &LabNetwork::failed);
    QVERIFY(!lab.start());
    QCOMPARE(failed.size(), 1);
    QVERIFY(lab.failureReason().contains(u"socketlab-labnet"));
    QCOMPARE(lab.state(), LabNetwork::State::Failed);
}

void TestLabNetwork::findHelper()
{
    // In the build tree the helper sits next to the app (build/app).
    const QFileInfo built(QStringLiteral(SOCKETLAB_LABNET_HELPER));
    QCOMPARE(LabNetwork::findHelper(built.absolutePath()), built.absoluteFilePath());
    // Installed: PREFIX/bin/socketlab finds PREFIX/libexec/socketlab/socketlab-labnet.
    QTemporaryDir prefix;
    QVERIFY(QDir(prefix.path()).mkpath(u"bin"_s));
    QVERIFY(QDir(prefix.path()).mkpath(u"libexec/socketlab"_s));
    const QString installed = prefix.filePath(u"libexec/socketlab/socketlab-labnet"_s);
    QVERIFY(QFile::copy(built.absoluteFilePath(), installed));
    QCOMPARE(LabNetwork::findHelper(prefix.filePath(u"bin"_s)), installed);
    // A helper that cannot run is not found.
    QVERIFY(QFile::setPermissions(installed, QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(LabNetwork::findHelper(prefix.filePath(u"bin"_s)), QString());
}

void TestLabNetwork::requestsRefusedWhenNotReady()
{
    LabNetwork lab;
    SocketError error;
    QCOMPARE(lab.openCapture(&error), -1);
    QCOMPARE(error.kind(), SocketError::Kind::Refused);
    // And the helper exits when the app's end closes.
    lab.setHelperPath(QStringLiteral(SOCKETLAB_LABNET_HELPER));
    QVERIFY(lab.start());
    if (!lab.waitForReady())
        QSKIP(qPrintable(u"the kernel refused the lab: "_s + lab.failureReason()));
    const qint64 pid = lab.helperProcessId();
    QVERIFY(::kill(pid_t(pid), 0) == 0);
    lab.stop();
    QCOMPARE(::kill(pid_t(pid), 0), -1);
    QCOMPARE(errno, ESRCH);
    QCOMPARE(lab.state(), LabNetwork::State::Off);
}

QTEST_GUILESS_MAIN(TestLabNetwork)
#include "tst_labnetwork.moc"
