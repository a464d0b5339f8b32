// The send and receive queues of real TCP sockets on loopback, as SocketQueues
// reads them (SIOCOUTQ, SIOCOUTQNSD, SIOCINQ, TCP_INFO): a receiver that does
// not read fills its receive queue, then the sender's send queue, until the
// receiver's window is 0; reading drains both. Then the same through the Lab,
// whose QueueWatch samples them while bytes wait and stops once they are gone.
#include "core/lab/lab.h"
#include "core/lab/queuewatch.h"
#include "core/net/socketqueues.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// A file descriptor closed when it goes.
struct Fd
{
    int fd = -1;
    explicit Fd(int value = -1)
        : fd(value)
    { }
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
    Q_DISABLE_COPY_MOVE(Fd)
};

} // namespace

class TestSocketQueues final : public QObject
{
    Q_OBJECT

private slots:
    void fillAndDrain();
    void notConnected();
    void labWatchesItsSockets();
};

void TestSocketQueues::fillAndDrain()
{
    Fd listener(::socket(AF_INET, SOCK_STREAM, 0));
    QVERIFY(listener.fd >= 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(listener.fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    socklen_t length = sizeof address;
    QCOMPARE(::getsockname(listener.fd, reinterpret_cast<sockaddr *>(&address), &length), 0);
    QCOMPARE(::listen(listener.fd, 1), 0);
    QVERIFY(!SocketQueues::read(listener.fd).valid); // a listener has no queues (EINVAL)

    Fd sender(::socket(AF_INET, SOCK_STREAM, 0));
    QCOMPARE(::connect(sender.fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    Fd receiver(::accept(listener.fd, nullptr, nullptr));
    QVERIFY(receiver.fd >= 0);
    const SocketQueues empty = SocketQueues::read(sender.fd);
    QVERIFY(empty.valid);
    QCOMPARE(empty.sendQueue, 0);
    QCOMPARE(empty.recvQueue, 0);
    QVERIFY(!empty.anyQueued());

    // Send without the receiver reading until the kernel takes no more
    // (bounded: at most 4096 sends of 64 KiB).
    QVERIFY(::fcntl(sender.fd, F_SETFL, O_NONBLOCK) == 0);
    const QByteArray block(64 * 1024, 'q');
    qint64 sent = 0;
    for (int i = 0; i < 4096; ++i) {
        const ssize_t n = ::send(sender.fd, block.constData(), size_t(block.size()), 0);
        if (n < 0) {
            QVERIFY2(errno == EAGAIN || errno == EWOULDBLOCK, strerror(errno));
            break;
        }
        sent += n;
    }
    QVERIFY(sent > 0);
    // Both queues hold bytes, together all that was sent; the receiver's
    // window closes.
    QTRY_VERIFY(SocketQueues::read(receiver.fd).recvQueue > 0);
    const SocketQueues full = SocketQueues::read(sender.fd);
    QVERIFY(full.anyQueued());
    QVERIFY(full.sendQueue > 0);
    QVERIFY(full.notSent >= 0 && full.notSent <= full.sendQueue);
    QTRY_COMPARE(
        SocketQueues::read(receiver.fd).recvQueue + SocketQueues::read(sender.fd).sendQueue, sent);
    if (full.peerWindow >= 0)
        QTRY_COMPARE(SocketQueues::read(sender.fd).peerWindow, 0);

    // Reading everything drains both queues.
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    qint64 read = 0;
    const QDeadlineTimer deadline(20000);
    while (read < sent && !deadline.hasExpired()) {
        pollfd ready {receiver.fd, POLLIN, 0};
        if (::poll(&ready, 1, int(qMax<qint64>(1, deadline.remainingTime()))) <= 0)
            break;
        const ssize_t n = ::recv(receiver.fd, buffer.data(), size_t(buffer.size()), 0);
        QVERIFY(n > 0);
        read += n;
    }
    QCOMPARE(read, sent);
    QCOMPARE(SocketQueues::read(receiver.fd).recvQueue, 0);
    QTRY_COMPARE(SocketQueues::read(sender.fd).sendQueue, 0);
    QCOMPARE(SocketQueues::read(sender.fd).notSent, 0);
    if (full.peerWindow >= 0)
        QTRY_VERIFY(SocketQueues::read(sender.fd).peerWindow > 0);
}

void TestSocketQueues::notConnected()
{
    QVERIFY(!SocketQueues::read(-1).valid);
    Fd udp(::socket(AF_INET, SOCK_DGRAM, 0));
    QVERIFY(!SocketQueues::read(udp.fd).valid); // not TCP: no TCP_INFO
    Fd unix(::socket(AF_UNIX, SOCK_STREAM, 0));
    QVERIFY(!SocketQueues::read(unix.fd).valid);
}

void TestSocketQueues::labWatchesItsSockets()
{
    Lab lab; // the lab network where it can be made, else this machine's
    QueueWatch *watch = lab.queueWatch();
    QVERIFY(!watch->sampling());
    QSignalSpy changed(watch, &QueueWatch::changed);
    LiveSocket *server = lab.server();
    LiveSocket *client = lab.client();
    QVERIFY(!lab.open(server, AF_INET, SOCK_STREAM, 0));
    QVERIFY(!lab.bind(server, Endpoint::inet(u"127.0.0.1"_s, 0)));
    QVERIFY(!lab.listen(server, 1));
    QVERIFY(!lab.accept(server));
    QVERIFY(!lab.open(client, AF_INET, SOCK_STREAM, 0));
    QVERIFY(!lab.connect(client, server->laddr()));
    QTRY_VERIFY(lab.conn() != nullptr);
    QTRY_COMPARE(client->state(), LiveSocket::State::Connected);
    LiveSocket *conn = lab.conn();
    QTRY_VERIFY(watch->queues(client).valid && watch->queues(conn).valid);
    QVERIFY(!watch->queues(server).valid); // the listener is not watched
    QCOMPARE(watch->queues(client).sendQueue, 0);
    QVERIFY(!watch->sampling()); // nothing queued: no timer

    // 8 MiB that conn does not read: sendall waits, the queues fill, the
    // watch samples by itself while they do, and conn's window closes.
    const qint64 total = 8 * 1024 * 1024;
    QVERIFY(!lab.sendall(client, QByteArray(total, 'w')));
    QTRY_VERIFY(watch->queues(conn).recvQueue > 0);
    QTRY_VERIFY(watch->queues(client).sendQueue > 0);
    QVERIFY(watch->sampling());
    QVERIFY(changed.count() > 0);
    if (watch->queues(conn).window >= 0)
        QTRY_COMPARE(watch->queues(conn).window, 0);

    // conn reads everything: the queues drain and the timer stops.
    qint64 received = 0;
    connect(conn, &LiveSocket::received, this, [&](const QByteArray &data, qint64) {
        received += data.size();
        if (!data.isEmpty() && received < total)
            (void)lab.recv(conn, 1024 * 1024);
    });
    QVERIFY(!lab.recv(conn, 1024 * 1024) || conn->pending() == LiveSocket::Pending::Recv);
    QTRY_COMPARE_WITH_TIMEOUT(received, total, 30000);
    QTRY_COMPARE(watch->queues(conn).recvQueue, 0);
    QTRY_COMPARE(watch->queues(client).sendQueue, 0);
    QTRY_VERIFY(!watch->sampling());
    if (watch->queues(conn).window >= 0)
        QVERIFY(watch->queues(conn).window > 0);

    // reset() forgets the samples.
    lab.reset();
    QVERIFY(!watch->queues(u"conn"_s).valid);
    QVERIFY(!watch->sampling());
}

QTEST_GUILESS_MAIN(TestSocketQueues)
#include "tst_socketqueues.moc"
