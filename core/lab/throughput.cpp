#include "core/lab/throughput.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <thread>

#include <time.h>

namespace {

qint64 threadCpuNs()
{
    timespec now {};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

} // namespace

double Throughput::measure(int family, int bufferBytes, qint64 totalBytes, Clock clock)
{
    std::array<double, Runs> rates {};
    for (double &rate : rates) {
        rate = once(family, bufferBytes, totalBytes, clock);
        if (rate < 0)
            return -1;
    }
    std::nth_element(rates.begin(), rates.begin() + Runs / 2, rates.end());
    return rates[Runs / 2];
}

double Throughput::once(int family, int bufferBytes, qint64 totalBytes, Clock clock)
{
    if (bufferBytes < 1 || totalBytes < 1)
        return -1;
    int fds[2] = {-1, -1};
    if (family == AF_UNIX) {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) != 0)
            return -1;
    } else {
        const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
        if (listener < 0)
            return -1;
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(listener, reinterpret_cast<sockaddr *>(&address), length) != 0
            || ::listen(listener, 1) != 0
            || ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
            ::close(listener);
            return -1;
        }
        fds[0] = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fds[0] < 0 || ::connect(fds[0], reinterpret_cast<sockaddr *>(&address), length) != 0) {
            if (fds[0] >= 0)
                ::close(fds[0]);
            ::close(listener);
            return -1;
        }
        fds[1] = ::accept(listener, nullptr, nullptr);
        ::close(listener);
        if (fds[1] < 0) {
            ::close(fds[0]);
            return -1;
        }
    }
    QElapsedTimer wall;
    wall.start();
    std::thread writer([fd = fds[0], totalBytes] {
        const QByteArray block(65536, 'x');
        qint64 left = totalBytes;
        while (left > 0) {
            const ssize_t n = ::send(
                fd, block.constData(), size_t(qMin<qint64>(left, block.size())), MSG_NOSIGNAL);
            if (n <= 0)
                break;
            left -= n;
        }
        ::shutdown(fd, SHUT_WR);
    });
    QByteArray in(bufferBytes, Qt::Uninitialized);
    qint64 got = 0;
    const qint64 cpuStart = threadCpuNs(); // the recv loop's alone
    while (got < totalBytes) {
        const ssize_t n = ::recv(fds[1], in.data(), size_t(bufferBytes), 0);
        if (n <= 0)
            break;
        got += n;
    }
    const qint64 cpuNs = threadCpuNs() - cpuStart;
    writer.join();
    ::close(fds[0]);
    ::close(fds[1]);
    const qint64 ns = qMax<qint64>(1, clock == Clock::Wall ? wall.nsecsElapsed() : cpuNs);
    return got == totalBytes ? double(got) * 1e9 / double(ns) : -1;
}
