#include "core/bytes/receiveloop.h"

#include "core/net/livesocket.h"

#include <QElapsedTimer>
#include <QMetaMethod>
#include <QTimer>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {

// Continuous mode gives the event loop a turn after each slice of recv
// calls. A slice lasts three times as long as the event loop's last turn took
// (painting, timers), so the window costs at most a quarter of the time, within
// these bounds: the shortest slice, and the longest turn plus slice allowed
// before the window would feel stuck (a stall).
constexpr qint64 shortestSliceMs = 8;
constexpr qint64 turnPlusSliceMs = 40;

} // namespace

ReceiveLoop::ReceiveLoop(LiveSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_nextSlice(new QTimer(this))
{
    m_nextSlice->setSingleShot(true);
    m_nextSlice->setInterval(0);
    connect(m_nextSlice, &QTimer::timeout, this, &ReceiveLoop::drive);
    if (socket) {
        connect(socket, &QObject::destroyed, this, [this] {
            m_expecting = false;
            setWaiting(false);
            finish(StopReason::Cancelled);
        });
        connect(socket, &LiveSocket::received, this, &ReceiveLoop::onReceived);
        connect(socket, &LiveSocket::failed, this,
            [this](
                const QString &call, const SocketError &error, qint64) { onFailed(call, error); });
        connect(socket, &LiveSocket::callRecorded, this, [this](const CallEvent &event) {
            // Someone else (close(), the panel) cancelled our waiting recv.
            if (event.phase == CallEvent::Phase::Cancelled && m_expecting
                && event.call == CallEvent::Call::Recv) {
                m_expecting = false;
                setWaiting(false);
                finish(StopReason::Cancelled);
            }
        });
    }
}

ReceiveLoop::~ReceiveLoop() = default;

SocketError ReceiveLoop::setBufferLength(int length)
{
    if (length < MinBufferLength || length > MaxBufferLength) {
        return SocketError::refused(
            tr("A buffer length of %L1 bytes is outside what this loop accepts.").arg(length),
            tr("Choose a buffer length from %L1 to %L2 bytes.")
                .arg(MinBufferLength)
                .arg(MaxBufferLength));
    }
    m_bufferLength = length;
    return {};
}

SocketError ReceiveLoop::setDelimiter(const QByteArray &delimiter)
{
    if (delimiter.isEmpty() || delimiter.size() > 256) {
        return SocketError::refused(tr("A delimiter must be 1 to 256 bytes long."),
            tr("Type the bytes that end each message, for example \\n."));
    }
    m_delimiter = delimiter;
    return {};
}

void ReceiveLoop::begin()
{
    m_active = true;
    m_reason = StopReason::None;
    m_chunks = 0;
    m_receivedBytes = 0;
    m_received.clear();
    m_announced = -1;
    m_delimiterEnd = -1;
    m_extra = 0;
    m_window.clear();
    m_stream.reset();
}

SocketError ReceiveLoop::step()
{
    if (!m_socket)
        return SocketError::refused(tr("The socket this loop reads from is gone."), QString());
    if (m_waiting) {
        return SocketError::refused(tr("The previous recv() is still waiting for data."),
            tr("Send something from the other side, or cancel."));
    }
    if (!m_active)
        begin();
    m_continuous = false;
    return issueRecv();
}

SocketError ReceiveLoop::start()
{
    if (!m_socket)
        return SocketError::refused(tr("The socket this loop reads from is gone."), QString());
    if (!m_active)
        begin();
    m_continuous = true;
    if (!m_waiting)
        drive();
    return {};
}

void ReceiveLoop::cancel()
{
    if (!m_active)
        return;
    if (m_waiting && m_socket) {
        m_expecting = false;
        setWaiting(false);
        m_socket->cancel(LiveSocket::Pending::Recv);
    }
    finish(StopReason::Cancelled);
}

qint64 ReceiveLoop::nextAsk() const
{
    if (m_rule != StopRule::LengthPrefix)
        return m_bufferLength;
    const qint64 missing
        = m_announced < 0 ? 4 - m_receivedBytes : 4 + m_announced - m_receivedBytes;
    return qBound(qint64(1), missing, qint64(m_bufferLength));
}

SocketError ReceiveLoop::issueRecv()
{
    m_asked = nextAsk();
    m_expecting = true;
    m_inRecv = true;
    const SocketError error = m_socket->recv(m_asked);
    m_inRecv = false;
    return settleRecv(error);
}

SocketError ReceiveLoop::settleRecv(const SocketError &error)
{
    if (error) {
        // Failed at once (LiveSocket returns it, it does not emit failed).
        if (m_expecting) {
            m_expecting = false;
            handleChunk({}, error, m_asked);
        }
        return error;
    }
    if (m_expecting)
        setWaiting(true); // the kernel had nothing: recv is pending
    return {};
}

void ReceiveLoop::drive()
{
    m_driveQueued = false;
    // How long the event loop's turn took since the last slice ended; a first
    // slice (or one after a wait) has no turn to measure and is the shortest.
    const qint64 turnMs = m_turn.isValid() ? m_turn.elapsed() : 0;
    m_turn.invalidate();
    m_sliceMs
        = qBound(shortestSliceMs, 3 * turnMs, qMax(shortestSliceMs, turnPlusSliceMs - turnMs));
    QElapsedTimer slice;
    slice.start();
    while (m_active && m_continuous && !m_waiting && m_socket) {
        if (slice.elapsed() >= m_sliceMs) {
            if (!m_driveQueued) {
                m_driveQueued = true;
                m_turn.start();
                // A posted call could run before the timers that came due
                // during this slice: two slices back to back, a stall twice
                // as long as the bound above (bench_recv saw 60 ms).
                m_nextSlice->start();
            }
            return;
        }
        if (runRecv(slice))
            return;
    }
}

SocketError ReceiveLoop::runRecv(const QElapsedTimer &slice)
{
    m_asked = nextAsk();
    m_expecting = true;
    m_inRecv = true;
    m_chunkListeners = isSignalConnected(QMetaMethod::fromSignal(&ReceiveLoop::chunkReceived));
    StopReason stop = StopReason::None;
    unsigned calls = 0;
    const QPointer<ReceiveLoop> alive(this);
    // Called once a recv that returned bytes: the clock is read every 16
    // calls, as a recv(8) takes well under a microsecond.
    const auto more = [&](QByteArrayView bytes) {
        stop = absorb(bytes, m_asked);
        if (!alive)
            return false;
        return stop == StopReason::None && m_active && m_continuous && nextAsk() == m_asked
            && (++calls % 16 != 0 || slice.elapsed() < m_sliceMs);
    };
    const LiveSocket::RecvRun run = m_socket->recvRun(m_asked, more);
    if (!alive)
        return {};
    m_inRecv = false;
    if (!run.endingCall) {
        m_expecting = false; // no call of ours is outstanding
        if (stop != StopReason::None)
            finish(stop);
        return {};
    }
    return settleRecv(run.error);
}

void ReceiveLoop::onReceived(const QByteArray &data, qint64 asked)
{
    if (!m_expecting)
        return; // a recv somebody else made
    m_expecting = false;
    setWaiting(false);
    handleChunk(data, {}, asked);
    // A recv that waited completed from the event loop, inside LiveSocket's
    // received(): the next recv starts from a fresh event-loop turn, where it
    // runs at once instead of being queued by LiveSocket one chunk at a time.
    if (!m_inRecv && m_active && m_continuous && !m_driveQueued) {
        m_driveQueued = true;
        QMetaObject::invokeMethod(this, &ReceiveLoop::drive, Qt::QueuedConnection);
    }
}

void ReceiveLoop::onFailed(const QString &call, const SocketError &error)
{
    if (!m_expecting || call != u"recv")
        return;
    m_expecting = false;
    setWaiting(false);
    handleChunk({}, error, m_asked);
}

void ReceiveLoop::handleChunk(const QByteArray &data, const SocketError &error, qint64 asked)
{
    m_chunkListeners = isSignalConnected(QMetaMethod::fromSignal(&ReceiveLoop::chunkReceived));
    if (error || data.isEmpty()) {
        Chunk chunk;
        chunk.index = ++m_chunks;
        chunk.asked = asked;
        chunk.error = error;
        if (!error)
            chunk.text = m_stream.finish();
        emit chunkReceived(chunk);
        finish(error ? StopReason::Error : StopReason::Eof);
        return;
    }
    if (const StopReason reason = absorb(data, asked); reason != StopReason::None)
        finish(reason);
}

ReceiveLoop::StopReason ReceiveLoop::absorb(QByteArrayView data, qint64 asked)
{
    const qint64 before = m_receivedBytes;
    m_receivedBytes += data.size();
    if (m_received.size() < MessageKeep) {
        const QByteArrayView kept = data.first(qMin(data.size(), MessageKeep - m_received.size()));
        // Grown by doubling, but never past MessageKeep: the capacity is what stays allocated.
        if (m_received.capacity() < m_received.size() + kept.size())
            m_received.reserve(
                qMin(MessageKeep, qMax(2 * m_received.size(), m_received.size() + kept.size())));
        m_received.append(kept);
    }
    const Utf8Stream::Result text = m_stream.feed(data, m_decode);
    ++m_chunks;
    if (m_chunkListeners) {
        Chunk chunk;
        chunk.index = m_chunks;
        chunk.asked = asked;
        chunk.data = data.toByteArray();
        chunk.text = text;
        emit chunkReceived(chunk);
    }

    switch (m_rule) {
    case StopRule::ShortChunk:
        if (data.size() < asked)
            return StopReason::ShortChunk;
        break;
    case StopRule::Eof:
        break;
    case StopRule::Delimiter: {
        const QByteArray haystack = m_window + data.toByteArray();
        const qsizetype at = haystack.indexOf(m_delimiter);
        if (at >= 0) {
            m_delimiterEnd = before - m_window.size() + at + m_delimiter.size();
            m_extra = m_receivedBytes - m_delimiterEnd;
            return StopReason::Delimiter;
        }
        m_window = haystack.right(m_delimiter.size() - 1);
        break;
    }
    case StopRule::LengthPrefix:
        if (m_announced < 0 && m_receivedBytes >= 4)
            m_announced = qFromBigEndian<quint32>(m_received.constData());
        if (m_announced >= 0 && m_receivedBytes >= 4 + m_announced)
            return StopReason::LengthComplete;
        break;
    }
    return StopReason::None;
}

void ReceiveLoop::finish(StopReason reason)
{
    if (!m_active)
        return;
    m_active = false;
    m_continuous = false;
    m_reason = reason;
    emit stopped(reason, reasonText(reason, m_rule));
}

void ReceiveLoop::setWaiting(bool waiting)
{
    if (m_waiting == waiting)
        return;
    m_waiting = waiting;
    emit waitingChanged(waiting);
}

QByteArray ReceiveLoop::message() const
{
    switch (m_rule) {
    case StopRule::LengthPrefix:
        return m_received.mid(4, m_announced >= 0 ? m_announced : -1);
    case StopRule::Delimiter:
        if (m_delimiterEnd >= 0)
            return m_received.first(
                qMin<qsizetype>(m_received.size(), m_delimiterEnd - m_delimiter.size()));
        return m_received;
    default:
        return m_received;
    }
}

QString ReceiveLoop::reasonText(StopReason reason, StopRule rule)
{
    switch (reason) {
    case StopReason::None:
        return {};
    case StopReason::ShortChunk:
        return tr("A chunk came back shorter than the buffer, so the loop took the message as "
                  "complete. That is a guess: TCP keeps no message boundaries.");
    case StopReason::Eof:
        if (rule == StopRule::Eof)
            return tr("recv() returned 0: the peer shut down its sending side, so the message is "
                      "complete.");
        return tr("recv() returned 0 before the message was complete: the peer shut down its "
                  "sending side early.");
    case StopReason::Delimiter:
        return tr("The delimiter arrived: the message ends just before it.");
    case StopReason::LengthComplete:
        return tr("Every byte the 4-byte length prefix announced has arrived.");
    case StopReason::Error:
        return tr("recv() failed, so the loop stopped.");
    case StopReason::Cancelled:
        return tr("The loop was cancelled; a recv() that was waiting was abandoned.");
    }
    return {};
}
