#pragma once

// Plain blocking sockets on 127.0.0.1 for the benchmarks' outside peers and
// bare reference loops (no Qt, no LiveSocket), and the process's memory.
#include <QByteArray>
#include <QFile>
#include <QtGlobal>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

namespace bench {

// A listening socket on 127.0.0.1, port chosen by the kernel; -1 on failure.
inline int listenLoopback(quint16 *port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&addr), len) != 0 || ::listen(fd, 1) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
        return -1;
    *port = ntohs(addr.sin_port);
    return fd;
}

// A blocking connect to 127.0.0.1:port (of `fd` when given: a blocking TCP
// socket, e.g. one made in the lab network; else of a new socket); -1 on failure.
inline int connectLoopback(quint16 port, int fd = -1)
{
    if (fd < 0)
        fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(port);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
        return -1;
    return fd;
}

// Sends `total` bytes of a repeating a-z pattern, then shuts down (EOF for the reader).
inline void sendPattern(int fd, qint64 total)
{
    QByteArray block(64 * 1024, '\0');
    for (int i = 0; i < block.size(); ++i)
        block[i] = char('a' + i % 26);
    qint64 sent = 0;
    while (sent < total) {
        const ssize_t n = ::send(
            fd, block.constData(), size_t(qMin<qint64>(block.size(), total - sent)), MSG_NOSIGNAL);
        if (n <= 0)
            break;
        sent += n;
    }
    ::shutdown(fd, SHUT_WR);
}

// The highest RSS this process had so far, in MB (getrusage ru_maxrss).
inline double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

// The calling thread's processor time so far, in ns (clock_gettime(CLOCK_THREAD_CPUTIME_ID)).
inline qint64 threadCpuNs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// A line of /proc/self/status in MB ("VmRSS:", "VmHWM:"); -1 if absent.
inline double statusMb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (QByteArray line = f.readLine(); !line.isEmpty(); line = f.readLine()) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong() / 1024.0;
    }
    return -1;
}

// The RSS now, in MB.
inline double rssMb()
{
    return statusMb("VmRSS:");
}

// Starts a new peak: VmHWM becomes the current RSS (proc(5), clear_refs "5").
// False where the kernel does not allow it.
inline bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

// The peak RSS since the last resetPeakRss(), in MB (VmHWM).
inline double peakSinceResetMb()
{
    return statusMb("VmHWM:");
}

// Bytes malloc has handed out and not got back, in MB (glibc's mallinfo2:
// heap and mapped chunks in use); -1 elsewhere. RSS minus this is memory
// the allocator holds free.
inline double heapInUseMb()
{
#ifdef __GLIBC__
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / 1048576.0;
#else
    return -1;
#endif
}

} // namespace bench
