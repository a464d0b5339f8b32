#pragma once

#include "core/bytes/utf8stream.h"
#include "core/net/socketerror.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QPointer>

class QTimer;

class LiveSocket;

// The lesson's receive loop as an object: recv(bufferLength) on a connected
// LiveSocket again and again until a stop rule says the message is complete.
// Every chunk is reported with its bytes and what it did to the UTF-8 stream.
//
// Stop rules:
//  - ShortChunk   the lesson's rule: a chunk shorter than the buffer ends the
//                 message. Wrong by design: when the message length is an exact
//                 multiple of the buffer, the last recv waits for bytes that
//                 never come. That wait is a pending recv (LiveSocket's
//                 "waiting in recv()"), shown as waiting() and ended by cancel()
//                 or by the peer (more bytes, or EOF after shutdown(SHUT_WR)).
//  - Eof          read until recv returns 0 (the peer shut down its side).
//  - Delimiter    read until the delimiter has arrived (it may span chunks);
//                 bytes after it already read belong to the next message and are
//                 counted in extraBytes().
//  - LengthPrefix a 4-byte big-endian length (RFC 1700 network byte order), then
//                 exactly that many bytes. recv is asked for at most what is
//                 still missing, so the next message is never read.
// Every rule also stops at EOF and at an error.
//
// Step mode: step() makes one recv. Continuous mode: start() makes recv after
// recv until a rule stops it, yielding to the event loop every few
// milliseconds so the GUI stays responsive at any rate. Continuous mode uses
// LiveSocket::recvRun: the calls of one such slice reach the transcript and
// the views as one run event, while chunkReceived still comes once a call
// (before the run event; stopped() comes after it).
class ReceiveLoop final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiveLoop)

public:
    enum class StopRule { ShortChunk, Eof, Delimiter, LengthPrefix };
    Q_ENUM(StopRule)

    enum class StopReason {
        None, // not stopped (yet)
        ShortChunk, // a chunk shorter than the buffer arrived
        Eof, // recv returned 0
        Delimiter, // the delimiter arrived
        LengthComplete, // all bytes the length prefix announced arrived
        Error, // recv failed (errno in the last chunk), or the call was refused
        Cancelled, // cancel() while running or waiting
    };
    Q_ENUM(StopReason)

    // One recv call of the loop.
    struct Chunk
    {
        qint64 index = 0; // 1, 2, ... within the current message
        qint64 asked = 0; // recv's length argument
        QByteArray data; // what recv returned; empty with no error = EOF
        SocketError error; // recv's errno, if it failed
        Utf8Stream::Result text; // the UTF-8 stream after this chunk (see setDecode)
        bool isEof() const { return !error && data.isEmpty(); }
    };

    static constexpr int MinBufferLength = 1;
    static constexpr int MaxBufferLength = 65536;
    // Bytes of the current message kept for message()/received(); counts stay exact.
    static constexpr qsizetype MessageKeep = 1024 * 1024;

    // socket: a connected LiveSocket (not owned). The loop only handles the
    // recv calls it made itself.
    explicit ReceiveLoop(LiveSocket *socket, QObject *parent = nullptr);
    ~ReceiveLoop() override;

    // 1-65536 bytes; anything else is refused (Kind::Refused) and not applied.
    SocketError setBufferLength(int length);
    int bufferLength() const { return m_bufferLength; }
    void setStopRule(StopRule rule) { m_rule = rule; }
    StopRule stopRule() const { return m_rule; }
    // The delimiter for StopRule::Delimiter: 1-256 bytes, else refused.
    SocketError setDelimiter(const QByteArray &delimiter);
    QByteArray delimiter() const { return m_delimiter; }
    // How much of each chunk Chunk::text decodes: All (the default), or
    // Boundary when the chunks are shown by a ChunkModel, which decodes only
    // the rows on screen (a recv(8) flood then costs no text per call).
    void setDecode(Utf8Stream::Decode decode) { m_decode = decode; }

    // One recv(2). Starts a new message if none is under way. Refused while
    // a recv of this loop is still waiting, or when the socket is gone.
    SocketError step();
    // recv after recv until a stop rule ends the message.
    SocketError start();
    // Ends the message now; a waiting recv is cancelled
    // (LiveSocket::cancel(Pending::Recv): a sendall waiting on the same socket goes on).
    void cancel();

    bool isActive() const { return m_active; } // a message is under way
    bool isWaiting() const { return m_waiting; } // our recv is pending in the kernel
    bool isContinuous() const { return m_continuous; }
    StopReason stopReason() const { return m_reason; }

    qint64 chunkCount() const { return m_chunks; } // recv calls in this message
    qint64 receivedBytes() const { return m_receivedBytes; } // bytes, prefix and extra included
    // Everything received for this message (first MessageKeep bytes).
    QByteArray received() const { return m_received; }
    // The message the rule framed: without the length prefix, without the
    // delimiter and what followed it; otherwise all received bytes.
    QByteArray message() const;
    // LengthPrefix: the announced length once the 4 bytes arrived, else -1.
    qint64 announcedLength() const { return m_announced; }
    // Delimiter: bytes read after the delimiter (they belong to the next message).
    qint64 extraBytes() const { return m_extra; }

    // One plain sentence on why the loop stopped.
    static QString reasonText(StopReason reason, StopRule rule);

signals:
    void chunkReceived(const ReceiveLoop::Chunk &chunk);
    // Our recv went pending (true) or completed / was cancelled (false).
    void waitingChanged(bool waiting);
    void stopped(ReceiveLoop::StopReason reason, const QString &explanation);

private:
    void begin();
    SocketError issueRecv();
    // After our recv returned: an error at once ends the message, a recv
    // still expected is waiting in the kernel. Returns `error`.
    SocketError settleRecv(const SocketError &error);
    void drive();
    void onReceived(const QByteArray &data, qint64 asked);
    void onFailed(const QString &call, const SocketError &error);
    void handleChunk(const QByteArray &data, const SocketError &error, qint64 asked);
    // A chunk of bytes (not EOF): the counts, the stream, the rule and
    // chunkReceived. Returns why the rule stops the message, or None.
    StopReason absorb(QByteArrayView data, qint64 asked);
    // One slice's recv calls through LiveSocket::recvRun.
    SocketError runRecv(const QElapsedTimer &slice);
    void finish(StopReason reason);
    void setWaiting(bool waiting);
    qint64 nextAsk() const;

    QPointer<LiveSocket> m_socket;
    int m_bufferLength = 8;
    StopRule m_rule = StopRule::ShortChunk;
    QByteArray m_delimiter = QByteArray("\n");

    bool m_active = false;
    bool m_waiting = false;
    bool m_continuous = false;
    bool m_expecting = false; // a recv of ours is in flight
    bool m_inRecv = false; // inside LiveSocket::recv (synchronous completion)
    bool m_driveQueued = false;
    // The next slice after a full one: a zero timer, not a posted call, so the
    // timers already due (a repaint's throttle, a heartbeat) run before it.
    QTimer *m_nextSlice = nullptr;
    QElapsedTimer m_turn; // since the last slice ended: the event loop's turn
    qint64 m_sliceMs = 8; // the running slice's length
    bool m_chunkListeners = false; // chunkReceived is connected (checked once a run)
    qint64 m_asked = 0;
    StopReason m_reason = StopReason::None;
    qint64 m_chunks = 0;
    qint64 m_receivedBytes = 0;
    QByteArray m_received;
    qint64 m_announced = -1;
    qint64 m_delimiterEnd = -1; // offset just past the delimiter in the stream
    QByteArray m_window; // last delimiter.size() - 1 bytes, for a split delimiter
    qint64 m_extra = 0;
    Utf8Stream m_stream;
    Utf8Stream::Decode m_decode = Utf8Stream::Decode::All;
};

Q_DECLARE_METATYPE(ReceiveLoop::Chunk)
