#include "core/wire/packetcapture.h"

#include <QSocketNotifier>

#include <QDeadlineTimer>
#include <QThread>

#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/if_packet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>

PacketCapture::PacketCapture(int fd, QObject *parent)
    : QObject(parent)
    , m_fd(fd)
    , m_buffer(SnapLength, Qt::Uninitialized)
{
    fcntl(m_fd, F_SETFL, fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    fcntl(m_fd, F_SETFD, FD_CLOEXEC);
    const int on = 1;
    setsockopt(m_fd, SOL_SOCKET, SO_TIMESTAMPNS, &on, sizeof on);
    // A bigger queue (capped by net.core.rmem_max) lets a burst wait for the
    // event loop instead of being dropped.
    const int bytes = 4 * 1024 * 1024;
    setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &bytes, sizeof bytes);
    m_notifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PacketCapture::readSome);
    awaitPassingTimestamps();
}

namespace {

qint64 realtimeNs()
{
    timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// One probe: a datagram from `fd` to itself; true when the kernel stamped it
// before this reader looked (stamping as frames pass is on).
bool stampedBeforeRead(int fd)
{
    const char byte = 0;
    if (send(fd, &byte, 1, 0) != 1)
        return false;
    pollfd p {fd, POLLIN, 0};
    if (poll(&p, 1, 100) != 1)
        return false;
    const qint64 looked = realtimeNs();
    char data;
    iovec iov {&data, 1};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(timespec))];
    msghdr msg {};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
    if (recvmsg(fd, &msg, 0) != 1)
        return false;
    for (cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SO_TIMESTAMPNS) {
            timespec ts;
            std::memcpy(&ts, CMSG_DATA(c), sizeof ts);
            return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec < looked;
        }
    }
    return false;
}

} // namespace

bool PacketCapture::awaitPassingTimestamps(int timeoutMs)
{
    const int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const int on = 1;
    sockaddr_in self {};
    self.sin_family = AF_INET;
    self.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof self;
    bool stamped = false;
    if (setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS, &on, sizeof on) == 0
        && bind(fd, reinterpret_cast<sockaddr *>(&self), sizeof self) == 0
        && getsockname(fd, reinterpret_cast<sockaddr *>(&self), &length) == 0
        && ::connect(fd, reinterpret_cast<sockaddr *>(&self), sizeof self) == 0) {
        const QDeadlineTimer deadline(timeoutMs);
        while (!(stamped = stampedBeforeRead(fd)) && !deadline.hasExpired())
            QThread::msleep(1);
    }
    ::close(fd);
    return stamped;
}

PacketCapture::~PacketCapture()
{
    delete m_notifier;
    if (m_fd >= 0)
        ::close(m_fd);
}

void PacketCapture::setEnabled(bool enabled)
{
    m_notifier->setEnabled(enabled);
}

qint64 PacketCapture::kernelDrops()
{
    tpacket_stats stats {};
    socklen_t length = sizeof stats;
    if (getsockopt(m_fd, SOL_PACKET, PACKET_STATISTICS, &stats, &length) == 0)
        m_drops += stats.tp_drops; // reading resets the kernel's counters
    return m_drops;
}

QList<Frame> PacketCapture::readAvailable(int max)
{
    QList<Frame> frames;
    // CLOCK_REALTIME - CLOCK_MONOTONIC now: a frame's kernel timestamp
    // (realtime) minus it is the frame's moment on the calls' clock.
    timespec real;
    timespec mono;
    clock_gettime(CLOCK_REALTIME, &real);
    clock_gettime(CLOCK_MONOTONIC, &mono);
    const qint64 offsetNs
        = (qint64(real.tv_sec) - qint64(mono.tv_sec)) * 1000000000 + (real.tv_nsec - mono.tv_nsec);
    while (frames.size() < max) {
        iovec iov {m_buffer.data(), size_t(m_buffer.size())};
        sockaddr_ll from {};
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(timespec))];
        msghdr msg {};
        msg.msg_name = &from;
        msg.msg_namelen = sizeof from;
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control;
        msg.msg_controllen = sizeof control;
        const ssize_t n = recvmsg(m_fd, &msg, MSG_TRUNC);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK) {
                m_notifier->setEnabled(false);
                emit failed(SocketError::fromErrno(errno, u"recvmsg"));
            }
            break;
        }
        if (from.sll_pkttype == PACKET_OUTGOING)
            continue;
        Frame frame;
        frame.length = n;
        frame.data = QByteArray(m_buffer.constData(), qMin<qsizetype>(n, m_buffer.size()));
        for (cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
            if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SO_TIMESTAMPNS) {
                timespec ts;
                std::memcpy(&ts, CMSG_DATA(c), sizeof ts);
                frame.timeNs = qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
            }
        }
        if (frame.timeNs == 0) {
            timespec now;
            clock_gettime(CLOCK_REALTIME, &now);
            frame.timeNs = qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
        }
        frame.clockNs = frame.timeNs - offsetNs;
        frames << frame;
    }
    return frames;
}

void PacketCapture::readSome()
{
    const QList<Frame> frames = readAvailable();
    if (!frames.isEmpty())
        emit framesCaptured(frames);
}
