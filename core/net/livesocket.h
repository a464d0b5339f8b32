#pragma once

#include "core/net/endpoint.h"
#include "core/net/lifecycle.h"
#include "core/net/socket.h"
#include "core/net/socketerror.h"
#include "core/net/tcpinfo.h"
#include "core/record/callevent.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QSocketNotifier;

// A Socket driven by the Qt event loop: nothing ever blocks the GUI thread.
// Each call method makes the real system call at once; a call that would
// block becomes a pending operation (waiting in accept(), waiting in recv(),
// connecting, waiting in sendall()) that a QSocketNotifier completes when the
// kernel is ready, and that cancel() abandons.
//
// As in the kernel, the two directions of a connection are independent: one
// read-side call (accept, recv, recvfrom) and one write-side call (connect,
// sendall) may wait at the same time, e.g. a chat client waits in recv()
// while it sends, and two peers can both sendall() megabytes without
// deadlocking. Immediate calls (send, sendto, shutdown, setsockopt, bind,
// listen) go ahead while a read waits. Refused (Kind::Refused, nothing
// reaches the kernel): a second read-side call while one waits, a second
// write-side call while one waits, send()/sendto() while sendall() waits
// (their bytes would interleave), bind()/listen() while a write waits.
// close() cancels whatever waits (recording each cancellation) and closes.
//
// Every call, its waiting and its outcome are emitted as CallEvents
// (callRecorded) with this socket's side and object name and the socket as
// the call left it (CallEvent::after: laddr, raddr, lifecycle state, TCP
// state, bytes waiting; a recv run's after its last call); lifecycle changes
// are emitted as stateChanged. Errors are values: methods return them and
// `failed` repeats them for pending calls.
class LiveSocket final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveSocket)

public:
    // The socket's lifecycle as the lesson draws it (core/net/lifecycle.h).
    using State = Lifecycle::State;

    // A waiting call. Read side: Accept, Recv, RecvFrom; write side:
    // Connect, SendAll.
    enum class Pending { None, Accept, Connect, Recv, RecvFrom, SendAll };
    Q_ENUM(Pending)

    // side: the lane its events belong to; objectName: the Python variable
    // name the transcript uses ("server", "conn", "client").
    explicit LiveSocket(CallEvent::Side side, const QString &objectName, QObject *parent = nullptr);
    ~LiveSocket() override;

    // Wraps an already-connected socket (used by accept; State::Connected).
    void adopt(Socket socket, State state);

    // Makes open()'s socket instead of socket(2) here: the same arguments
    // and contract as Socket::create (e.g. LabNetwork::createSocket, which
    // makes it in the lab network). Unset: Socket::create. Sockets this
    // one accepts live where it lives.
    using Factory = Socket::Factory;
    void setFactory(Factory factory) { m_factory = std::move(factory); }

    SocketError open(int family, int type, int proto); // socket(2)
    SocketError bind(const Endpoint &address); // bind(2)
    SocketError listen(int backlog); // listen(2)
    // accept(2): completes now or later with `accepted`; the new LiveSocket
    // is a child of this one, named "conn" (then "conn2", "conn3", ...).
    SocketError accept();
    // connect(2): `connected` on success (at once on loopback for
    // AF_UNIX; usually after EINPROGRESS for TCP), `failed` with SO_ERROR.
    SocketError connect(const Endpoint &address);
    // One send(2); `flags` adds MSG_* bits (MSG_MORE), recorded in the event's flags.
    IoResult send(const QByteArray &data, int flags = 0);
    // sendall: send(2) until every byte went; waits for writability when the
    // kernel's buffer is full. `sent(total)` at the end, or `failed` with the
    // count sent before the error.
    SocketError sendall(const QByteArray &data);
    IoResult sendto(const QByteArray &data, const Endpoint &address);
    // recv(2) of at most maxBytes: `received(data)` now or when data (or EOF)
    // arrives; empty data is EOF (state becomes PeerClosed). Called from a
    // slot of `received` (a receive loop), the call is queued to the event
    // loop instead of recursing, so a million chunks never grow the stack;
    // pending() is Recv meanwhile and errors then come through `failed`.
    SocketError recv(qint64 maxBytes);
    SocketError recvfrom(qint64 maxBytes); // `receivedFrom`

    // What recvRun() did.
    struct RecvRun
    {
        qint64 calls = 0; // calls that returned bytes (reported as one run event)
        // A call ended the run by not returning bytes: it would block (now
        // pending), returned 0 (EOF, through received()) or failed (`error`).
        // False when more() said stop, or the run was full.
        bool endingCall = false;
        SocketError error; // the ending call's error, as recv() returns it
    };
    // A receive loop's fast path: recv(2) of at most maxBytes, call after
    // call, while each returns bytes at once and more(bytes) says go on (at
    // most MaxRunCalls calls or MaxRunBytes bytes). Every call is a real
    // system call; the ones that returned bytes are reported together by ONE
    // callRecorded, a run event (CallEvent::chunkSizes), and not by
    // received(): a million recv(8) calls then cost a few hundred events, not
    // a million. The call that ends the run otherwise (it would block,
    // returns 0 or fails) is reported as recv() reports it. more() may close
    // or delete this socket; the run then ends.
    RecvRun recvRun(qint64 maxBytes, const std::function<bool(QByteArrayView bytes)> &more);
    static constexpr qint64 MaxRunCalls = 65536;
    static constexpr qint64 MaxRunBytes = 4 * 1024 * 1024;
    SocketError shutdown(int how); // shutdown(2)
    SocketError close(); // close(2)
    // SO_REUSEADDR; `why`: the event's CallEvent::why, for a call the app
    // makes on its own.
    SocketError setReuseAddress(bool on, const QString &why = {});
    SocketError setV6Only(bool on); // IPV6_V6ONLY
    // SO_RCVBUF or SO_SNDBUF (`option`) set to `bytes` (Socket::setBufferSize).
    SocketError setBufferSize(int option, int bytes);
    // The next connection accept() makes is named "conn" again (the owner
    // has deleted the earlier ones; see Lab::reset).
    void restartConnectionNames() { m_acceptCount = 0; }
    // Abandons every waiting call, the read side's first (no system call is
    // interrupted: the notifiers are disabled). Each one is recorded as a
    // Cancelled CallEvent. A cancelled connect leaves the socket unusable for
    // another connect, as in C; the state returns to what it was.
    // Note: cancel is overloaded; to connect a signal to this one, write
    // qOverload<>(&LiveSocket::cancel).
    void cancel();
    // Abandons only `which` when it is the waiting call of its side (e.g.
    // cancel(Pending::Recv) leaves a waiting sendall running); otherwise
    // (another call waits, or Pending::None) does nothing.
    void cancel(Pending which);
    // Gives up the waiting calls as a socket timeout does (settimeout(2)
    // in Python): like cancel(), the events say the time ran out.
    void timeOut();

    State state() const { return m_state; }
    // "Is this socket open?": it holds an fd, i.e. socket() succeeded and
    // close() has not happened (any state but Unopened and Closed).
    static bool isOpen(State state) { return state != State::Unopened && state != State::Closed; }
    bool isOpen() const { return isOpen(m_state); }
    // The waiting call: the read side's when there is one, else the write
    // side's, else None. Kept for views that show one call; see pendingRead()
    // and pendingWrite() for both.
    Pending pending() const
    {
        return m_pendingRead != Pending::None ? m_pendingRead : m_pendingWrite;
    }
    Pending pendingRead() const { return m_pendingRead; } // None, Accept, Recv or RecvFrom
    Pending pendingWrite() const { return m_pendingWrite; } // None, Connect or SendAll
    CallEvent::Side side() const { return m_side; }
    QString name() const { return objectName(); }
    Socket &socket() { return m_socket; }
    const Socket &socket() const { return m_socket; }
    Endpoint laddr() const;
    Endpoint raddr() const;
    QString repr() const { return m_socket.repr(); }
    TcpInfo tcpInfo() const { return m_socket.tcpInfo(); }
    // Bytes that arrived and wait for recv(), -1 when unknown.
    qint64 bytesWaiting() const { return m_socket.bytesAvailable(); }

    static QString stateName(State state); // "created", "listening", ...
    // The system call that waits: "accept", "connect", "recv", "recvfrom",
    // "sendall"; empty for None. pendingText and pendingLabel are built on it.
    static QString pendingCall(Pending pending);
    // "waiting in accept()", ..., "connecting"; empty for None.
    static QString pendingText(Pending pending);
    // stateName() and pendingText() in the UI's language, for display only
    // (lesson expectations and subjects keep the English names above).
    static QString stateLabel(State state);
    static QString pendingLabel(Pending pending);
    static bool isReadSide(Pending pending); // Accept, Recv, RecvFrom
    static bool isWriteSide(Pending pending); // Connect, SendAll

signals:
    void stateChanged(LiveSocket::State state);
    // pendingRead() or pendingWrite() changed; `pending` is pending(), which
    // may be the same as before when only the other side changed.
    void pendingChanged(LiveSocket::Pending pending);
    // Something arrived (bytes, the peer's FIN or RST, a connection in the
    // accept queue) while no recv or accept is pending; tells views to
    // refresh bytesWaiting()/tcpInfo(). Emitted at the first arrival and at
    // each later one (epoll(7) edge-triggered), never while nothing changes.
    void readable();
    void accepted(LiveSocket *conn, const Endpoint &peer);
    void connected(const Endpoint &peer);
    void sent(qint64 bytes);
    void received(const QByteArray &data, qint64 asked);
    void receivedFrom(const QByteArray &data, const Endpoint &from, qint64 truncatedBytes);
    // A pending call ended in error; bytesBefore counts sendall's progress.
    void failed(const QString &call, const SocketError &error, qint64 bytesBefore);
    // sendall's progress after every send(2) that took bytes: sentSoFar of total.
    void sendallProgressed(qint64 sentSoFar, qint64 total);
    void callRecorded(const CallEvent &event);

private:
    CallEvent makeEvent(
        CallEvent::Call call, CallEvent::Phase phase = CallEvent::Phase::Done) const;
    // Emits `event` with the next sequence number and the socket as it is
    // now, its lifecycle being `stateAfter` (the state the call leads to,
    // set just after) or, when not given, state().
    void record(CallEvent event, std::optional<State> stateAfter = std::nullopt);
    // Fills event->after: getsockname, getpeername, TCP_INFO and FIONREAD
    // (four system calls; none on a closed socket).
    void takeSnapshot(CallEvent *event, State lifecycle) const;
    void setState(State state);
    void setPendingRead(Pending pending);
    void setPendingWrite(Pending pending);
    // Records and returns the refusal of `call` because `blocking` waits.
    SocketError refuseWhilePending(CallEvent::Call call, Pending blocking);
    // Abandons the read (or write) side's waiting call, if any.
    void cancelRead();
    void cancelWrite();
    void createNotifiers();
    void destroyNotifiers();
    // Creates the edge-triggered arrival watch (an epoll fd) if there is none; false if it cannot.
    bool watchArrivals();
    void updateNotifiers();
    void onReadReady();
    void onWriteReady();
    // One attempt of each call; `waiting` says the call already recorded its Waiting phase.
    SocketError tryAccept(bool waiting);
    // First: called by recv(); Deferred: recv() was called from a received()
    // slot and runs from the event loop instead of recursing; Retry: the
    // notifier fired for a waiting call.
    enum class Attempt { First, Deferred, Retry };
    SocketError tryRecv(Attempt attempt);
    // tryRecv() after its system call: records and reports `result`.
    SocketError finishRecv(const RecvResult &result, Attempt attempt);
    SocketError tryRecvFrom(Attempt attempt);
    void runDeferredRecv();
    SocketError trySendAll(bool waiting);
    void finishConnect();

    // Marks a public call's start: events made during it carry this moment
    // (CallEvent::clockNs), taken before its system call.
    class CallStart
    {
    public:
        explicit CallStart(LiveSocket *socket);
        ~CallStart();
        Q_DISABLE_COPY_MOVE(CallStart)

    private:
        QPointer<LiveSocket> m_socket; // a slot may delete the socket during the call
        qint64 m_before;
    };

    CallEvent::Side m_side;
    Factory m_factory;
    qint64 m_callStartNs = 0; // while a public call runs, its start; else 0
    State m_state = State::Unopened;
    Pending m_pendingRead = Pending::None; // Accept, Recv, RecvFrom
    Pending m_pendingWrite = Pending::None; // Connect, SendAll
    Socket m_socket;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    // readable() is armed: watch for arrivals while no read call is pending
    // (a waiting write does not matter).
    bool m_watch = false;
    // After readable(): later arrivals come through an edge-triggered epoll fd.
    int m_arrivalsFd = -1;
    QSocketNotifier *m_arrivalNotifier = nullptr;
    bool m_watchArrivals = false;
    State m_stateBeforeConnect = State::Created;
    Endpoint m_connectTarget;
    qint64 m_recvAsked = 0;
    QByteArray m_sendData;
    qint64 m_sendOffset = 0;
    // Changes when a sendall starts or is cancelled: its loop stops when a
    // sendallProgressed() slot changed it.
    quint64 m_sendallSerial = 0;
    int m_acceptCount = 0;
    // recvRun's buffer, kept between runs that follow each other (a run that
    // ends by blocking, EOF or an error frees it).
    QByteArray m_runBuffer;
    // > 0 while received()/receivedFrom() is being emitted.
    int m_emitDepth = 0;
    // A recv()/recvfrom() made from a received() slot, queued for the event loop.
    bool m_deferred = false;
    bool m_timingOut = false; // timeOut() is cancelling
};
