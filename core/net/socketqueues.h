#pragma once

#include <QtGlobal>

// How full a connected TCP socket's two kernel buffers are, read on its fd
// with four real calls (tcp(7), "Ioctls"; struct tcp_info in <linux/tcp.h>):
//
//  - ioctl(fd, SIOCOUTQ): the send queue, bytes written by send() that the
//    peer has not acknowledged yet, sent or not;
//  - ioctl(fd, SIOCOUTQNSD): of those, the bytes not even sent yet (the
//    peer's window or the congestion window holds them back);
//  - ioctl(fd, SIOCINQ) (= FIONREAD): the receive queue, bytes that arrived
//    and wait for recv();
//  - getsockopt(fd, IPPROTO_TCP, TCP_INFO) tcpi_snd_wnd: the receive window
//    the peer advertised last, after scaling (Linux 5.19+), i.e. how many
//    more bytes it lets this socket send. 0 means the peer's receive queue
//    is full.
//
// valid is false where the kernel does not tell (not TCP, listening, closed,
// not Linux); a figure the kernel does not tell is -1.
struct SocketQueues
{
    bool valid = false;
    qint64 sendQueue = -1; // SIOCOUTQ, bytes
    qint64 notSent = -1; // SIOCOUTQNSD, bytes
    qint64 recvQueue = -1; // SIOCINQ, bytes
    qint64 peerWindow = -1; // tcpi_snd_wnd, bytes; -1 on kernels before 5.19
    // The receive window this socket advertised last: its peer's peerWindow,
    // when whoever reads the queues knows the peer (QueueWatch does for two
    // of the Lab's sockets); -1 otherwise. read() leaves it -1.
    qint64 window = -1;

    // Bytes wait in either queue.
    bool anyQueued() const { return valid && (sendQueue > 0 || recvQueue > 0); }
    bool operator==(const SocketQueues &other) const;
    bool operator!=(const SocketQueues &other) const { return !(*this == other); }

    // The four calls above on `fd`; valid = false when SIOCINQ or SIOCOUTQ
    // fails (EINVAL for a listening socket, EBADF, ENOTTY for a non-TCP one)
    // or TCP_INFO does.
    static SocketQueues read(int fd);
};
