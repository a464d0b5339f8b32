#include "core/net/socketqueues.h"

#ifdef Q_OS_LINUX
#include <linux/sockios.h>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

#include <cstddef>
#endif

bool SocketQueues::operator==(const SocketQueues &other) const
{
    return valid == other.valid && sendQueue == other.sendQueue && notSent == other.notSent
        && recvQueue == other.recvQueue && peerWindow == other.peerWindow && window == other.window;
}

SocketQueues SocketQueues::read(int fd)
{
    SocketQueues queues;
#ifdef Q_OS_LINUX
    if (fd < 0)
        return queues;
    // TCP_INFO first: it fails for anything but TCP, where the ioctls below
    // would mean something else (SIOCINQ on UDP is the next datagram's size).
    tcp_info info {};
    socklen_t length = sizeof info;
    if (::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &length) != 0)
        return queues;
    int inQueue = 0;
    int outQueue = 0;
    if (::ioctl(fd, SIOCINQ, &inQueue) != 0 || ::ioctl(fd, SIOCOUTQ, &outQueue) != 0)
        return queues; // EINVAL while listening
    queues.valid = true;
    queues.recvQueue = inQueue;
    queues.sendQueue = outQueue;
    int notSent = 0;
    if (::ioctl(fd, SIOCOUTQNSD, &notSent) == 0)
        queues.notSent = notSent;
    // The kernel fills what it knows of the struct and says how much.
    if (length >= offsetof(tcp_info, tcpi_snd_wnd) + sizeof info.tcpi_snd_wnd)
        queues.peerWindow = info.tcpi_snd_wnd;
#else
    Q_UNUSED(fd);
#endif
    return queues;
}
