#include "core/lab/throughput.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

double Throughput::measure(int family, int bufferBytes, qint64 totalBytes)
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
    QElapsedTimer clock;
    clock.start();
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
    while (got < totalBytes) {
        const ssize_t n = ::recv(fds[1], in.data(), size_t(bufferBytes), 0);
        if (n <= 0)
            break;
        got += n;
    }
    writer.join();
    ::close(fds[0]);
    ::close(fds[1]);
    const qint64 ns = qMax<qint64>(1, clock.nsecsElapsed());
    return got == totalBytes ? double(got) * 1e9 / double(ns) : -1;
}
