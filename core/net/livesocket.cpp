#include "core/net/livesocket.h"

#include <QSocketNotifier>

#include <cerrno>
#include <utility>

#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

LiveSocket::LiveSocket(CallEvent::Side side, const QString &objectName, QObject *parent)
    : QObject(parent)
    , m_side(side)
{
    setObjectName(objectName);
}

LiveSocket::~LiveSocket()
{
    // Notifiers must go before the fd they watch is closed by m_socket.
    destroyNotifiers();
}

void LiveSocket::adopt(Socket socket, State state)
{
    destroyNotifiers();
    m_socket = std::move(socket);
    m_pendingRead = Pending::None;
    m_pendingWrite = Pending::None;
    m_deferred = false;
    createNotifiers();
    m_watch = state == State::Connected || state == State::Listening;
    updateNotifiers();
    setState(state);
}

LiveSocket::CallStart::CallStart(LiveSocket *socket)
    : m_socket(socket)
    , m_before(socket->m_callStartNs)
{
    if (m_before == 0)
        socket->m_callStartNs = CallEvent::clockNow();
}

LiveSocket::CallStart::~CallStart()
{
    if (m_socket)
        m_socket->m_callStartNs = m_before;
}

CallEvent LiveSocket::makeEvent(CallEvent::Call call, CallEvent::Phase phase) const
{
    CallEvent event;
    // UTC: local time would consult the time zone database on every call
    // (a stat of /etc/localtime); readers convert with toLocalTime().
    event.time = QDateTime::currentDateTimeUtc();
    event.clockNs = m_callStartNs != 0 ? m_callStartNs : CallEvent::clockNow();
    event.side = m_side;
    event.object = objectName();
    event.call = call;
    event.phase = phase;
    event.fd = m_socket.fd();
    return event;
}

void LiveSocket::record(CallEvent event, std::optional<State> stateAfter)
{
    event.sequence = CallEvent::nextSequence();
    takeSnapshot(&event, stateAfter.value_or(m_state));
    emit callRecorded(event);
}

void LiveSocket::takeSnapshot(CallEvent *event, State lifecycle) const
{
    CallEvent::Snapshot &after = event->after;
    after.taken = true;
    after.lifecycle = lifecycle;
    if (!m_socket.isValid())
        return; // closed (or never opened): no address, no TCP state, nothing waiting
    after.laddr = m_socket.localAddress();
    after.raddr = m_socket.peerAddress();
    after.tcpState = m_socket.tcpInfo().state;
    after.bytesWaiting = m_socket.bytesAvailable();
}

void LiveSocket::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void LiveSocket::setPendingRead(Pending pending)
{
    Q_ASSERT(pending == Pending::None || isReadSide(pending));
    if (m_pendingRead == pending)
        return;
    m_pendingRead = pending;
    updateNotifiers();
    emit pendingChanged(this->pending());
}

void LiveSocket::setPendingWrite(Pending pending)
{
    Q_ASSERT(pending == Pending::None || isWriteSide(pending));
    if (m_pendingWrite == pending)
        return;
    m_pendingWrite = pending;
    updateNotifiers();
    emit pendingChanged(this->pending());
}

SocketError LiveSocket::refuseWhilePending(CallEvent::Call call, Pending blocking)
{
    SocketError error
        = SocketError::refused(tr("%1() cannot start: this socket is still %2.")
                                   .arg(CallEvent::callName(call), pendingLabel(blocking)),
            tr("Wait for the pending call to finish, or cancel it first."));
    CallEvent event = makeEvent(call);
    event.error = error;
    record(event);
    return error;
}

void LiveSocket::createNotifiers()
{
    if (!m_socket.isValid())
        return;
    m_readNotifier = new QSocketNotifier(qintptr(m_socket.fd()), QSocketNotifier::Read, this);
    m_readNotifier->setEnabled(false);
    QObject::connect(m_readNotifier, &QSocketNotifier::activated, this, &LiveSocket::onReadReady);
    m_writeNotifier = new QSocketNotifier(qintptr(m_socket.fd()), QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    QObject::connect(m_writeNotifier, &QSocketNotifier::activated, this, &LiveSocket::onWriteReady);
}

void LiveSocket::destroyNotifiers()
{
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    delete m_arrivalNotifier;
    m_arrivalNotifier = nullptr;
    if (m_arrivalsFd >= 0)
        ::close(m_arrivalsFd);
    m_arrivalsFd = -1;
}

namespace {

// Empties an epoll fd's ready list without waiting.
void drainArrivals(int epollFd)
{
    epoll_event events[4];
    while (::epoll_wait(epollFd, events, 4, 0) > 0) { }
}

} // namespace

bool LiveSocket::watchArrivals()
{
    if (m_arrivalNotifier) {
        drainArrivals(m_arrivalsFd); // told already, by the level-triggered notifier
        return true;
    }
    // epoll(7), edge-triggered: its fd turns readable once per new arrival
    // (bytes, FIN, RST, a connection in the accept queue), not as long as
    // bytes wait. One recv-less refresh per change, no CPU in between.
    const int fd = ::epoll_create1(EPOLL_CLOEXEC);
    if (fd < 0)
        return false;
    epoll_event interest {};
    interest.events = EPOLLIN | EPOLLRDHUP | EPOLLET;
    if (::epoll_ctl(fd, EPOLL_CTL_ADD, m_socket.fd(), &interest) != 0) {
        ::close(fd);
        return false;
    }
    drainArrivals(fd); // registering an fd that is readable already queues an event
    m_arrivalsFd = fd;
    m_arrivalNotifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
    m_arrivalNotifier->setEnabled(false);
    QObject::connect(m_arrivalNotifier, &QSocketNotifier::activated, this, [this] {
        drainArrivals(m_arrivalsFd);
        emit readable();
    });
    return true;
}

void LiveSocket::updateNotifiers()
{
    if (m_readNotifier) {
        const bool read = !m_deferred
            && (isReadSide(m_pendingRead) || (m_pendingRead == Pending::None && m_watch));
        if (m_readNotifier->isEnabled() != read)
            m_readNotifier->setEnabled(read);
        // After readable(): later arrivals, edge by edge, until a read is made.
        const bool arrivals = m_arrivalNotifier && !read && !m_deferred
            && m_pendingRead == Pending::None && m_watchArrivals;
        if (m_arrivalNotifier && m_arrivalNotifier->isEnabled() != arrivals)
            m_arrivalNotifier->setEnabled(arrivals);
    }
    if (m_writeNotifier) {
        const bool write = isWriteSide(m_pendingWrite);
        if (m_writeNotifier->isEnabled() != write)
            m_writeNotifier->setEnabled(write);
    }
}

SocketError LiveSocket::open(int family, int type, int proto)
{
    const CallStart start(this);
    CallEvent event = makeEvent(CallEvent::Call::Socket);
    event.family = family;
    event.type = type;
    event.proto = proto;
    if (m_socket.isValid()) {
        event.error = SocketError::refused(tr("This object already holds an open socket."),
            tr("Close it first, or use another object."));
        record(event);
        return event.error;
    }
    SocketError error;
    Socket socket = m_factory ? m_factory(family, type, proto, &error)
                              : Socket::create(family, type, proto, &error);
    event.error = error;
    if (!error) {
        destroyNotifiers();
        m_socket = std::move(socket);
        m_pendingRead = Pending::None;
        m_pendingWrite = Pending::None;
        m_deferred = false;
        m_watch = false;
        createNotifiers();
        event.fd = m_socket.fd();
        event.returned = m_socket.fd();
    }
    record(event, error ? std::nullopt : std::optional(State::Created));
    if (!error)
        setState(State::Created);
    return error;
}

SocketError LiveSocket::bind(const Endpoint &address)
{
    const CallStart start(this);
    if (m_pendingWrite != Pending::None)
        return refuseWhilePending(CallEvent::Call::Bind, m_pendingWrite);
    CallEvent event = makeEvent(CallEvent::Call::Bind);
    event.address = address;
    event.error = m_socket.bind(address);
    record(event, event.error ? std::nullopt : std::optional(State::Bound));
    if (!event.error) {
        if (m_socket.type() == SOCK_DGRAM) {
            m_watch = true;
            updateNotifiers();
        }
        setState(State::Bound);
    }
    return event.error;
}

SocketError LiveSocket::listen(int backlog)
{
    const CallStart start(this);
    if (m_pendingWrite != Pending::None)
        return refuseWhilePending(CallEvent::Call::Listen, m_pendingWrite);
    CallEvent event = makeEvent(CallEvent::Call::Listen);
    event.backlog = backlog;
    event.error = m_socket.listen(backlog);
    record(event, event.error ? std::nullopt : std::optional(State::Listening));
    if (!event.error) {
        m_watch = true;
        updateNotifiers();
        setState(State::Listening);
    }
    return event.error;
}

SocketError LiveSocket::accept()
{
    const CallStart start(this);
    if (m_pendingRead != Pending::None)
        return refuseWhilePending(CallEvent::Call::Accept, m_pendingRead);
    return tryAccept(false);
}

SocketError LiveSocket::tryAccept(bool waiting)
{
    const TcpInfo queue = waiting ? TcpInfo() : tcpInfo();
    AcceptResult result = m_socket.accept();
    if (result.error.wouldBlock()) {
        if (!waiting) {
            record(makeEvent(CallEvent::Call::Accept, CallEvent::Phase::Waiting));
            setPendingRead(Pending::Accept);
        }
        return {};
    }
    CallEvent event = makeEvent(CallEvent::Call::Accept);
    event.error = result.error;
    if (result.error) {
        record(event);
        if (waiting) {
            setPendingRead(Pending::None);
            emit failed(u"accept"_s, result.error, 0);
        }
        return result.error;
    }
    ++m_acceptCount;
    const QString name
        = m_acceptCount == 1 ? u"conn"_s : u"conn"_s % QString::number(m_acceptCount);
    auto *conn = new LiveSocket(m_side, name, this);
    event.returned = result.socket.fd();
    event.address = result.peer;
    event.acceptedObject = name;
    if (queue.valid && queue.state == TcpInfo::State::Listen)
        event.queuedAtAccept = queue.acceptQueueLength;
    conn->adopt(std::move(result.socket), State::Connected);
    m_watch = true;
    setPendingRead(Pending::None);
    record(event);
    emit accepted(conn, result.peer);
    return {};
}

SocketError LiveSocket::connect(const Endpoint &address)
{
    const CallStart start(this);
    if (m_pendingWrite != Pending::None)
        return refuseWhilePending(CallEvent::Call::Connect, m_pendingWrite);
    const SocketError error = m_socket.connect(address);
    if (error.wouldBlock() && error.code() == EINPROGRESS) {
        CallEvent event = makeEvent(CallEvent::Call::Connect, CallEvent::Phase::Waiting);
        event.address = address;
        event.error = error;
        record(event, State::Connecting);
        m_connectTarget = address;
        m_stateBeforeConnect = m_state;
        setPendingWrite(Pending::Connect);
        setState(State::Connecting);
        return {};
    }
    CallEvent event = makeEvent(CallEvent::Call::Connect);
    event.address = address;
    event.error = error;
    record(event, error ? std::nullopt : std::optional(State::Connected));
    if (!error) {
        m_watch = true;
        updateNotifiers();
        setState(State::Connected);
        emit connected(address);
    }
    return error;
}

void LiveSocket::finishConnect()
{
    // connect()'s outcome is the handshake's. SO_ERROR (and a second
    // connect(), which reads it) is not that: it holds the socket's latest
    // error and reading it clears it. When the peer accepts, sends and
    // resets before this runs, it says ECONNRESET and the reset is gone for
    // the recv() that must report it (it would read the bytes, then 0 as if
    // the close had been orderly). TCP_INFO tells without consuming
    // anything: our SYN was acknowledged, then the socket closed (Linux).
    const TcpInfo info = m_socket.tcpInfo();
    const bool resetSince = info.handshakeCompleted() && info.state == TcpInfo::State::Closed;
    const SocketError error = resetSince ? SocketError() : m_socket.connectOutcome(m_connectTarget);
    if (error.wouldBlock())
        return; // woken early: the kernel is still connecting
    CallEvent event = makeEvent(CallEvent::Call::Connect);
    event.address = m_connectTarget;
    event.error = error;
    if (error) {
        setPendingWrite(Pending::None);
        record(event, m_stateBeforeConnect);
        setState(m_stateBeforeConnect);
        emit failed(u"connect"_s, error, 0);
        return;
    }
    m_watch = true;
    setPendingWrite(Pending::None);
    record(event, State::Connected);
    setState(State::Connected);
    emit connected(m_connectTarget);
}

IoResult LiveSocket::send(const QByteArray &data, int flags)
{
    const CallStart start(this);
    if (m_pendingWrite == Pending::SendAll)
        return {0, refuseWhilePending(CallEvent::Call::Send, m_pendingWrite)};
    const IoResult result = m_socket.send(data, flags);
    CallEvent event = makeEvent(CallEvent::Call::Send);
    event.flags = flags;
    event.data = data;
    event.returned = result.bytes;
    event.error = result.error;
    record(event);
    return result;
}

SocketError LiveSocket::sendall(const QByteArray &data)
{
    const CallStart start(this);
    if (m_pendingWrite != Pending::None)
        return refuseWhilePending(CallEvent::Call::Sendall, m_pendingWrite);
    m_sendData = data;
    m_sendOffset = 0;
    ++m_sendallSerial;
    return trySendAll(false);
}

SocketError LiveSocket::trySendAll(bool waiting)
{
    const qint64 total = m_sendData.size();
    do {
        const IoResult result = m_socket.send(QByteArrayView(m_sendData).sliced(m_sendOffset));
        if (result.error.wouldBlock()) {
            if (!waiting) {
                CallEvent event = makeEvent(CallEvent::Call::Sendall, CallEvent::Phase::Waiting);
                event.data = m_sendData;
                event.returned = m_sendOffset;
                record(event);
                setPendingWrite(Pending::SendAll);
            }
            return {};
        }
        if (result.error) {
            CallEvent event = makeEvent(CallEvent::Call::Sendall);
            event.data = m_sendData;
            event.returned = m_sendOffset;
            event.error = result.error;
            const qint64 before = m_sendOffset;
            m_sendData.clear();
            m_sendOffset = 0;
            record(event);
            if (waiting) {
                setPendingWrite(Pending::None);
                emit failed(u"sendall"_s, result.error, before);
            }
            return result.error;
        }
        m_sendOffset += result.bytes;
        if (result.bytes > 0) {
            const QPointer<LiveSocket> alive(this);
            const quint64 serial = m_sendallSerial;
            emit sendallProgressed(m_sendOffset, total);
            // A slot closed, cancelled or deleted us, or started another sendall.
            if (!alive || serial != m_sendallSerial)
                return {};
        }
    } while (m_sendOffset < total);
    CallEvent event = makeEvent(CallEvent::Call::Sendall);
    event.data = m_sendData;
    event.returned = m_sendOffset;
    m_sendData.clear();
    m_sendOffset = 0;
    setPendingWrite(Pending::None);
    record(event);
    emit sent(event.returned);
    return {};
}

IoResult LiveSocket::sendto(const QByteArray &data, const Endpoint &address)
{
    const CallStart start(this);
    if (m_pendingWrite == Pending::SendAll)
        return {0, refuseWhilePending(CallEvent::Call::Sendto, m_pendingWrite)};
    const IoResult result = m_socket.sendto(data, address);
    CallEvent event = makeEvent(CallEvent::Call::Sendto);
    event.data = data;
    event.address = address;
    event.returned = result.bytes;
    event.error = result.error;
    // The first sendto on an unbound socket binds it: the kernel picks a
    // local port (laddr ('0.0.0.0', port)), and replies can arrive there.
    const bool boundNow = !result.error && m_state == State::Created;
    record(event, boundNow ? std::optional(State::Bound) : std::nullopt);
    if (boundNow) {
        m_watch = true;
        updateNotifiers();
        setState(State::Bound);
    }
    return result;
}

SocketError LiveSocket::recv(qint64 maxBytes)
{
    const CallStart start(this);
    if (m_pendingRead != Pending::None)
        return refuseWhilePending(CallEvent::Call::Recv, m_pendingRead);
    m_recvAsked = maxBytes;
    if (m_emitDepth > 0) {
        m_watch = false;
        m_deferred = true;
        setPendingRead(Pending::Recv);
        QMetaObject::invokeMethod(this, &LiveSocket::runDeferredRecv, Qt::QueuedConnection);
        return {};
    }
    // The notifiers are left as they are: a call that completes at once
    // changes nothing they watch (no epoll_ctl per recv), and one that would
    // block makes the read side pending, which enables the read notifier.
    return tryRecv(Attempt::First);
}

void LiveSocket::runDeferredRecv()
{
    if (!m_deferred)
        return; // cancelled or closed meanwhile
    m_deferred = false;
    updateNotifiers();
    if (m_pendingRead == Pending::Recv)
        tryRecv(Attempt::Deferred);
    else if (m_pendingRead == Pending::RecvFrom)
        tryRecvFrom(Attempt::Deferred);
}

SocketError LiveSocket::tryRecv(Attempt attempt)
{
    return finishRecv(m_socket.recv(m_recvAsked), attempt);
}

LiveSocket::RecvRun LiveSocket::recvRun(
    qint64 maxBytes, const std::function<bool(QByteArrayView bytes)> &more)
{
    const CallStart start(this);
    RecvRun run;
    run.endingCall = true;
    if (m_pendingRead != Pending::None || m_emitDepth > 0 || maxBytes <= 0 || !m_socket.isValid()) {
        run.error = recv(maxBytes); // refused, queued or failed as a lone recv() is
        return run;
    }
    m_recvAsked = maxBytes;
    const QPointer<LiveSocket> alive(this);
    // The previous run's buffer when nobody kept it: a flood reads slice
    // after slice into one buffer instead of allocating and freeing 4 MiB a
    // slice, which left the freed megabytes scattered in the heap.
    QByteArray data = std::exchange(m_runBuffer, QByteArray());
    data.truncate(0);
    QList<qint32> sizes;
    qsizetype used = 0;
    SocketError error;
    qint64 n = 0;
    for (;;) {
        if (data.size() - used < maxBytes)
            data.resize(qMax(used + maxBytes, qMin(2 * data.size() + 4096, MaxRunBytes)));
        n = m_socket.recvInto(data.data() + used, maxBytes, &error);
        if (n <= 0)
            break; // would block, EOF or an error: the call that ends the run
        sizes.append(qint32(n));
        const QByteArrayView bytes(data.constData() + used, n);
        used += n;
        const bool goOn
            = sizes.size() < MaxRunCalls && used + maxBytes <= MaxRunBytes && more(bytes);
        if (!alive)
            return run; // more() deleted this socket: nobody is left to tell
        if (!goOn || !m_socket.isValid() || m_pendingRead != Pending::None) {
            run.endingCall = false;
            break;
        }
    }
    if (!sizes.isEmpty()) {
        data.truncate(used);
        CallEvent event = makeEvent(CallEvent::Call::Recv);
        event.bufsize = maxBytes;
        event.data = std::move(data);
        event.returned = used;
        event.chunkSizes = std::move(sizes);
        event.sequence = CallEvent::nextSequence(event.callCount());
        run.calls = event.callCount();
        m_watch = m_socket.isValid();
        updateNotifiers();
        takeSnapshot(&event, m_state); // once for the run, after its last call
        emit callRecorded(event);
        if (!alive)
            return run;
        if (!run.endingCall) {
            // More may follow at once: keep the buffer unless a slot kept the bytes.
            if (event.data.isDetached() && m_socket.isValid())
                m_runBuffer = std::move(event.data);
            return run;
        }
    }
    RecvResult result;
    result.error = error;
    run.error = finishRecv(result, Attempt::First);
    return run;
}

SocketError LiveSocket::finishRecv(const RecvResult &result, Attempt attempt)
{
    if (result.error.wouldBlock()) {
        if (attempt != Attempt::Retry) {
            CallEvent event = makeEvent(CallEvent::Call::Recv, CallEvent::Phase::Waiting);
            event.bufsize = m_recvAsked;
            record(event);
            m_watch = false;
            setPendingRead(Pending::Recv);
            updateNotifiers();
        }
        return {};
    }
    CallEvent event = makeEvent(CallEvent::Call::Recv);
    event.bufsize = m_recvAsked;
    event.data = result.data;
    event.returned = result.data.size();
    event.error = result.error;
    // Watch for the next arrival unless the stream has ended.
    m_watch = !result.isEof();
    if (m_pendingRead != Pending::None)
        setPendingRead(Pending::None);
    else
        updateNotifiers();
    const bool peerClosed = !result.error && result.isEof();
    record(std::move(event), peerClosed ? std::optional(State::PeerClosed) : std::nullopt);
    if (result.error) {
        if (attempt != Attempt::First)
            emit failed(u"recv"_s, result.error, 0);
        return result.error;
    }
    if (result.isEof())
        setState(State::PeerClosed);
    const QPointer<LiveSocket> alive(this);
    ++m_emitDepth;
    emit received(result.data, m_recvAsked);
    if (alive)
        --m_emitDepth;
    return {};
}

SocketError LiveSocket::recvfrom(qint64 maxBytes)
{
    const CallStart start(this);
    if (m_pendingRead != Pending::None)
        return refuseWhilePending(CallEvent::Call::Recvfrom, m_pendingRead);
    m_recvAsked = maxBytes;
    m_watch = false;
    if (m_emitDepth > 0) {
        m_deferred = true;
        setPendingRead(Pending::RecvFrom);
        QMetaObject::invokeMethod(this, &LiveSocket::runDeferredRecv, Qt::QueuedConnection);
        return {};
    }
    updateNotifiers();
    return tryRecvFrom(Attempt::First);
}

SocketError LiveSocket::tryRecvFrom(Attempt attempt)
{
    const RecvResult result = m_socket.recvfrom(m_recvAsked);
    if (result.error.wouldBlock()) {
        if (attempt != Attempt::Retry) {
            CallEvent event = makeEvent(CallEvent::Call::Recvfrom, CallEvent::Phase::Waiting);
            event.bufsize = m_recvAsked;
            record(event);
            setPendingRead(Pending::RecvFrom);
            updateNotifiers();
        }
        return {};
    }
    CallEvent event = makeEvent(CallEvent::Call::Recvfrom);
    event.bufsize = m_recvAsked;
    event.data = result.data;
    event.returned = result.data.size();
    event.address = result.from;
    event.truncatedBytes = result.truncatedBytes;
    event.error = result.error;
    const bool streamEof = m_socket.type() == SOCK_STREAM && result.isEof();
    m_watch = !streamEof;
    if (m_pendingRead != Pending::None)
        setPendingRead(Pending::None);
    else
        updateNotifiers();
    record(event, streamEof && !result.error ? std::optional(State::PeerClosed) : std::nullopt);
    if (result.error) {
        if (attempt != Attempt::First)
            emit failed(u"recvfrom"_s, result.error, 0);
        return result.error;
    }
    if (streamEof)
        setState(State::PeerClosed);
    const QPointer<LiveSocket> alive(this);
    ++m_emitDepth;
    emit receivedFrom(result.data, result.from, result.truncatedBytes);
    if (alive)
        --m_emitDepth;
    return {};
}

SocketError LiveSocket::shutdown(int how)
{
    const CallStart start(this);
    CallEvent event = makeEvent(CallEvent::Call::Shutdown);
    event.how = how;
    event.error = m_socket.shutdown(how);
    record(event);
    return event.error;
}

SocketError LiveSocket::close()
{
    const CallStart start(this);
    // Whatever waits is abandoned first, each cancellation recorded.
    cancel();
    CallEvent event = makeEvent(CallEvent::Call::Close);
    m_runBuffer = QByteArray();
    destroyNotifiers();
    m_watch = false;
    event.unreadAtClose = qMax<qint64>(0, m_socket.bytesAvailable());
    event.error = m_socket.close();
    record(event, event.error ? std::nullopt : std::optional(State::Closed));
    if (!event.error)
        setState(State::Closed);
    return event.error;
}

SocketError LiveSocket::setReuseAddress(bool on, const QString &why)
{
    const CallStart start(this);
    CallEvent event = makeEvent(CallEvent::Call::Setsockopt);
    event.why = why;
    event.option = u"SO_REUSEADDR"_s;
    event.optionValue = on ? 1 : 0;
    event.error = m_socket.setReuseAddress(on);
    record(event);
    return event.error;
}

SocketError LiveSocket::setV6Only(bool on)
{
    const CallStart start(this);
    CallEvent event = makeEvent(CallEvent::Call::Setsockopt);
    event.option = u"IPV6_V6ONLY"_s;
    event.optionValue = on ? 1 : 0;
    event.error = m_socket.setV6Only(on);
    record(event);
    return event.error;
}

SocketError LiveSocket::setBufferSize(int option, int bytes)
{
    const CallStart start(this);
    CallEvent event = makeEvent(CallEvent::Call::Setsockopt);
    event.option = option == SO_RCVBUF ? u"SO_RCVBUF"_s : u"SO_SNDBUF"_s;
    event.optionValue = bytes;
    event.error = m_socket.setBufferSize(option, bytes);
    record(event);
    return event.error;
}

void LiveSocket::cancel()
{
    cancelRead();
    cancelWrite();
}

void LiveSocket::timeOut()
{
    m_timingOut = true;
    cancel();
    m_timingOut = false;
}

void LiveSocket::cancel(Pending which)
{
    if (which == Pending::None)
        return;
    if (which == m_pendingRead)
        cancelRead();
    else if (which == m_pendingWrite)
        cancelWrite();
}

void LiveSocket::cancelRead()
{
    const Pending was = m_pendingRead;
    if (was == Pending::None)
        return;
    const CallEvent::Call call = was == Pending::Accept ? CallEvent::Call::Accept
        : was == Pending::Recv                          ? CallEvent::Call::Recv
                                                        : CallEvent::Call::Recvfrom;
    m_deferred = false;
    CallEvent event = makeEvent(call, CallEvent::Phase::Cancelled);
    event.timedOut = m_timingOut;
    if (was != Pending::Accept)
        event.bufsize = m_recvAsked;
    // Keep telling views about arrivals on a socket that can still receive.
    m_watch = true;
    setPendingRead(Pending::None);
    record(event);
}

void LiveSocket::cancelWrite()
{
    const Pending was = m_pendingWrite;
    if (was == Pending::None)
        return;
    CallEvent event
        = makeEvent(was == Pending::Connect ? CallEvent::Call::Connect : CallEvent::Call::Sendall,
            CallEvent::Phase::Cancelled);
    event.timedOut = m_timingOut;
    if (was == Pending::Connect)
        event.address = m_connectTarget;
    if (was == Pending::SendAll) {
        event.data = m_sendData;
        event.returned = m_sendOffset;
        m_sendData.clear();
        m_sendOffset = 0;
        ++m_sendallSerial;
    }
    setPendingWrite(Pending::None);
    record(event, was == Pending::Connect ? std::optional(m_stateBeforeConnect) : std::nullopt);
    if (was == Pending::Connect)
        setState(m_stateBeforeConnect);
}

void LiveSocket::onReadReady()
{
    if (m_pendingWrite == Pending::Connect) {
        // Readable while connecting: the handshake ended (bytes or a reset
        // arrived), and connect() completed before anything the read side
        // finds. Its outcome comes first, whichever notifier Qt runs first.
        const QPointer<LiveSocket> alive(this);
        finishConnect();
        if (!alive || !m_socket.isValid())
            return; // a slot deleted or closed this socket
    }
    switch (m_pendingRead) {
    case Pending::Accept:
        tryAccept(true);
        break;
    case Pending::Recv:
        tryRecv(Attempt::Retry);
        break;
    case Pending::RecvFrom:
        tryRecvFrom(Attempt::Retry);
        break;
    case Pending::None:
        // Tell views now, then at each later arrival (not as long as bytes
        // wait); the next recv (or accept) arms the watch again.
        m_watch = false;
        m_watchArrivals = watchArrivals();
        updateNotifiers();
        emit readable();
        break;
    case Pending::Connect:
    case Pending::SendAll:
        break; // never read-side
    }
}

void LiveSocket::onWriteReady()
{
    switch (m_pendingWrite) {
    case Pending::Connect:
        finishConnect();
        break;
    case Pending::SendAll:
        trySendAll(true);
        break;
    default:
        updateNotifiers();
        break;
    }
}

Endpoint LiveSocket::laddr() const
{
    return m_socket.localAddress();
}

Endpoint LiveSocket::raddr() const
{
    return m_socket.peerAddress();
}

QString LiveSocket::stateName(State state)
{
    switch (state) {
    case State::Unopened:
        return u"unopened"_s;
    case State::Created:
        return u"created"_s;
    case State::Bound:
        return u"bound"_s;
    case State::Listening:
        return u"listening"_s;
    case State::Connecting:
        return u"connecting"_s;
    case State::Connected:
        return u"connected"_s;
    case State::PeerClosed:
        return u"peer closed"_s;
    case State::Closed:
        return u"closed"_s;
    }
    return {};
}

QString LiveSocket::pendingCall(Pending pending)
{
    switch (pending) {
    case Pending::None:
        return {};
    case Pending::Accept:
        return u"accept"_s;
    case Pending::Connect:
        return u"connect"_s;
    case Pending::Recv:
        return u"recv"_s;
    case Pending::RecvFrom:
        return u"recvfrom"_s;
    case Pending::SendAll:
        return u"sendall"_s;
    }
    return {};
}

QString LiveSocket::pendingText(Pending pending)
{
    if (pending == Pending::None)
        return {};
    if (pending == Pending::Connect)
        return u"connecting"_s;
    return u"waiting in %1()"_s.arg(pendingCall(pending));
}

QString LiveSocket::stateLabel(State state)
{
    switch (state) {
    case State::Unopened:
        return tr("unopened");
    case State::Created:
        return tr("created");
    case State::Bound:
        return tr("bound");
    case State::Listening:
        return tr("listening");
    case State::Connecting:
        return tr("connecting");
    case State::Connected:
        return tr("connected");
    case State::PeerClosed:
        return tr("peer closed");
    case State::Closed:
        return tr("closed");
    }
    return {};
}

QString LiveSocket::pendingLabel(Pending pending)
{
    if (pending == Pending::None)
        return {};
    if (pending == Pending::Connect)
        return tr("connecting");
    return tr("waiting in %1()").arg(pendingCall(pending));
}

bool LiveSocket::isReadSide(Pending pending)
{
    return pending == Pending::Accept || pending == Pending::Recv || pending == Pending::RecvFrom;
}

bool LiveSocket::isWriteSide(Pending pending)
{
    return pending == Pending::Connect || pending == Pending::SendAll;
}
