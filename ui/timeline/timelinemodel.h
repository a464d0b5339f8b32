#pragma once

#include "core/record/callevent.h"
#include "core/wire/segment.h"

#include <QAbstractListModel>
#include <QByteArray>
#include <QList>
#include <QString>

#include <deque>

class SegmentModel;

// The timeline's rows: every system call the Lab reports (Lab::callRecorded),
// one row per call, written as the lesson's Python ("server.bind(('127.0.0.1',
// 5000))" → "None", "conn.recv(8)" → "b'hello wo'"), each in the lane of the
// socket that made it. Lanes are the sockets: the server's listener, each
// accepted connection (its lane forks from the accept row), the client, and
// any other socket a stage opens; getaddrinfo is written in its side's main
// lane ("server" or "client").
//
//  - A call that waits (CallEvent::Phase::Waiting) is an open row that
//    closes in place when the call returns (or is cancelled).
//  - Consecutive recv calls of one lane with the same buffer size are rows of
//    their own while there are at most CollapseAfter of them (the lesson's
//    chunks); a longer sequence is one run row ("conn.recv(8) × 1,310,720" →
//    "10,485,760 B") that keeps its first calls (RunSampleCalls, at most
//    RunSampleBytes) for setExpanded(), which shows them as rows under it.
//    Reads with a buffer larger than RunSampleBytes are bulk, not the
//    lesson's chunks: from the second one they are a run row at once (with
//    only wire segments between them, which stay under it).
//    While its next call waits, a run row is open. A recv row with bytes
//    opens too (setExpanded): its chunk as text and as hex, never interpreted.
//  - A failed call's row carries its errno name (ErrorNameRole).
//  - A getaddrinfo row's result is its list with one row a line, each
//    constant by its name ("(AF_INET, SOCK_STREAM, 6, '', ('127.0.0.1', 5000))").
//  - send, sendall and sendto rows name the lane their bytes go to
//    (TargetLaneRole); an accept row names the lane it forked. A sendto's
//    datagram goes to the other side's datagram socket. A failed send sent
//    nothing: no lane (-1). A TCP send with MSG_MORE names no lane either:
//    the kernel holds its bytes (HeldRole, NoteRole "held by the kernel
//    (MSG_MORE)") until they leave with the lane's next send without
//    MSG_MORE, before its FIN, or in a captured segment; its note then says
//    how, and the send that took them says "with the N B held before".
//  - Closing: the first close() or shutdown(SHUT_WR / SHUT_RDWR) of a
//    connected TCP socket sends a FIN: its row is a FIN row (FinRole) that
//    names the peer's lane; the peer's recv() -> b'' row is the FIN's
//    arrival (FinRole, NoteRole "the peer closed: FIN"). A lane whose socket
//    closed says so (Lane::closed) until its next socket() call.
//  - A recvfrom cut by a short buffer says how many bytes were lost (NoteRole).
//  - The wire (followWire()): each captured segment is a Segment row in the
//    wire lane (lane WireLane), placed among the calls by time (CallEvent::clockNs
//    and Frame::clockNs, one clock): after the last row that began before
//    it. linkedRows() links a call row and the segments it caused (its
//    socket's laddr and raddr, from its start until the next call row's).
//
// Bounded like the Transcript: at most maxRows() rows holding at most
// maxBytes() (rowBytes()); the oldest rows go first, the newest stays.
// recordedCalls() stays exact. QtCore only: drawing is TimelineView's.
class TimelineModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum class RowKind {
        Call, // one system call
        Run, // a collapsed run of recv calls
        RunCall, // one call of an opened run, shown under it
        RunMore, // under an opened run: the calls its sample does not hold
        Segment, // a segment captured on the wire (lane WireLane)
        Chunk, // under an opened recv row: its bytes as text, or as hex (ResultRole)
    };
    // The wire's lane number (LaneRole of Segment rows): not a socket's lane.
    static constexpr int WireLane = -2;
    Q_ENUM(RowKind)

    enum Role {
        KindRole = Qt::UserRole + 1, // RowKind
        LaneRole, // int: the lane (lane())
        StatementRole, // QString: the Python statement (Qt::DisplayRole too)
        ResultRole, // QString: what Python shows after it ("None", "b'hi'"), "" while open
        OpenRole, // bool: the call (or a run's next call) still waits
        ErrorNameRole, // QString: "ECONNREFUSED" when the call failed, else ""
        CancelledRole, // bool: the waiting call was cancelled
        TargetLaneRole, // int: sends: the lane the bytes go to; accept: the new lane; else -1
        SequenceRole, // qint64: the first call's CallEvent::sequence
        CallsRole, // qint64: system calls the row stands for
        BytesRole, // qint64: bytes sent or received by them
        ExpandedRole, // bool: a run row whose calls are shown under it
        NoteRole, // QString: what the row means beyond Python's value ("the peer closed: FIN"), or
                  // ""
        FinRole, // bool: the row sends a FIN (TargetLaneRole >= 0) or is its arrival (b'')
        DatagramRole, // bool: a sendto or recvfrom row
        ClockRole, // qint64: when the row's call began (CallEvent::clockNs) or its segment was
                   // captured
        // int: Segment rows: 1 client to server, 2 server to client, 0 not known
        WireDirectionRole,
        HeldRole, // bool: a send with MSG_MORE whose bytes the kernel still holds
    };

    // What a lane's socket carries, as its socket() call said (or its calls show).
    enum class Transport { Unknown, Stream, Datagram };
    Q_ENUM(Transport)

    // One socket's lane.
    struct Lane
    {
        QString object; // the Python variable: "server", "conn", "client"
        bool serverSide = false; // the server's sockets (drawn at the left) or the client's
        int forkedFrom = -1; // a connection: the listener's lane it was accepted on
        Transport transport = Transport::Unknown;
        bool connected = false; // connect() succeeded, or accept() returned the socket
        bool finSent = false; // close() or shutdown() sent its FIN
        bool closed = false; // close() succeeded (until the next socket())
        bool reset = false; // a call failed with ECONNRESET: the peer's RST ended it
    };

    static constexpr int DefaultMaxRows = 5000;
    static constexpr qint64 DefaultMaxBytes = 4 * 1024 * 1024;
    // A sequence of up to this many recv calls shows each call as a row.
    static constexpr int CollapseAfter = 16;
    // What a run row keeps of its first calls, for setExpanded().
    static constexpr int RunSampleCalls = 64;
    static constexpr qsizetype RunSampleBytes = 4096;

    explicit TimelineModel(QObject *parent = nullptr);
    ~TimelineModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Rows and bytes kept at most (>= 1); lowering a bound drops the oldest rows at once.
    void setMaxRows(int rows);
    int maxRows() const { return m_maxRows; }
    void setMaxBytes(qint64 bytes);
    qint64 maxBytes() const { return m_maxBytes; }
    qint64 keptBytes() const { return m_keptBytes; }
    // Calls that returned (or were cancelled) since the last clear(), exact:
    // a run counts each of its calls, a call that waited counts once.
    qint64 recordedCalls() const { return m_recordedCalls; }
    qint64 droppedRows() const { return m_droppedRows; }

    int laneCount() const { return int(m_lanes.size()); }
    const Lane &lane(int index) const { return m_lanes.at(index); }
    // The lane of socket `object`, or -1.
    int laneIndex(const QString &object) const;
    // The first kept row of lane `lane` (its accept row for a connection), or -1.
    int laneFirstRow(int lane) const { return m_states.at(lane).first; }
    // The first call row at or after `from` that is `call` written
    // "socket.name" (Stage::keep): a row of lane `socket` ("server", "conn",
    // "client") whose statement calls `name` ("conn.sendall(b'hi')",
    // "client = socket.socket(...)", "socket.getaddrinfo(...)" in the
    // client's lane for "client.getaddrinfo"); -1 when there is none yet.
    int findCall(const QString &call, int from = 0) const;
    // The last row before `before` that is `call` (as findCall), or -1.
    int findCallBefore(const QString &call, int before) const;

    // Shows (or hides) a run row's kept calls as rows under it, or a recv
    // row's bytes as two Chunk rows (statement "text", result the bytes as
    // visible text, BytesFormat::escapedText; statement "hex", result
    // BytesFormat::hex); false when `row` is neither.
    bool setExpanded(int row, bool expanded);
    // Whether setExpanded() can open row `row`.
    bool isExpandable(int row) const;

    // Takes every segment `wire` captures from now on as a Segment row (its
    // rowsInserted); wireShown() becomes true. `wire` is not owned.
    void followWire(const SegmentModel *wire);
    bool wireShown() const { return m_wireShown; }
    // Captured TCP segments and UDP datagrams since the last clear(), exact.
    qint64 wireSegments() const { return m_wireSegments; }
    qint64 wireDatagrams() const { return m_wireDatagrams; }
    // The rows linked to `row`: for a call row, the Segment rows it caused
    // (SegmentModel::caused: its socket's addresses, from its start until
    // the next call row's start); for a Segment row, the call row that
    // caused it. Empty when none (or `row` is out of range).
    QList<int> linkedRows(int row) const;

public slots:
    // One CallEvent (fits Lab::callRecorded); a run event counts callCount() calls.
    void record(const CallEvent &event);
    // One captured segment, placed by time, or gathered into the segment row before it (see
    // the class comment).
    void recordSegment(const Segment &segment);
    // Forgets every row and lane.
    void clear();

private:
    struct Row
    {
        RowKind kind = RowKind::Call;
        int lane = -1;
        int target = -1;
        qint64 sequence = 0;
        QString statement;
        QString result;
        QString errorName;
        QString note;
        bool fin = false;
        bool datagram = false;
        bool open = false;
        bool cancelled = false;
        bool expanded = false;
        bool held = false; // HeldRole
        // A waiting row: the read side's call (accept, recv) or another, and
        // the CallKind the call that ends it must have.
        bool readSide = true;
        int call = 0;
        // recv rows and runs
        bool recv = false; // returned bytes: may take more calls of the same size
        qint64 asked = 0;
        qint64 calls = 1;
        qint64 bytes = 0;
        QByteArray sample; // recv rows: their bytes; runs: those of their first calls
        QList<qint32> sampleSizes; // runs: what each kept call returned
        int children = 0; // an opened run: the rows under it
        qint64 clockNs = 0; // when its call began, or its segment was captured
        Endpoint laddr; // calls: the socket's addresses at the call; segments: source
        Endpoint raddr; // segments: destination
        int direction = 0; // Segment rows: WireDirectionRole
        // Segment rows that may gather others (see the class comment): the
        // kinds they hold, how many of each, and the span of their data.
        struct Part
        {
            int direction = 0;
            bool data = false; // carries payload (else a bare ACK)
            bool probe = false;
            qint64 count = 0;
        };
        bool plain = false; // no SYN, FIN, RST, no window 0 or reopening
        QList<Part> parts;
        qint64 seqFrom = 0; // relative seq of the first data byte, and after the last
        qint64 seqTo = 0;
        qint64 largest = 0; // segment rows: the most data one of its segments carried
    };
    // How the timeline treats a call: every comparison of CallEvent::call
    // and CallEvent::side is in classify().
    enum class CallKind {
        Other,
        Socket,
        Accept,
        Connect,
        Recv,
        RecvFrom,
        Send,
        Shutdown,
        Close,
        Getaddrinfo,
    };
    struct Call
    {
        CallKind kind = CallKind::Other;
        bool serverSide = false;
        bool readSide = false; // may wait on the read side (accept, recv, recvfrom)
        bool writeSide = false; // may wait on the write side (connect, sendall)
        bool datagram = false; // sendto, recvfrom
        bool sendsFin = false; // close, shutdown(SHUT_WR or SHUT_RDWR)
        Transport transport = Transport::Unknown; // socket(): what its type makes
    };
    static Call classify(const CallEvent &event);

    struct LaneState
    {
        int waitingRead = -1; // open rows, or -1
        int waitingWrite = -1;
        int first = -1; // the lane's first kept row
        int tail = -1; // the lane's last row
        int streak = 0; // recv rows of one size (streakAsked) at the lane's tail
        qint64 streakAsked = 0;
        Endpoint laddr; // the lane's socket's addresses as its calls showed them
        Endpoint raddr;
        int held = 0; // rows whose bytes the kernel holds (MSG_MORE)
        qint64 heldBytes = 0;
    };

    Row &row(int index) { return m_rows[size_t(index)]; }
    // The first row of `call` ("socket.name", as findCall) from row `start`
    // on, going by `step` (1: down, -1: up); -1 for none.
    int scanForCall(const QString &call, int start, int step) const;
    const Row &row(int index) const { return m_rows[size_t(index)]; }
    static qint64 rowBytes(const Row &row);
    int laneFor(const CallEvent &event, const Call &call);
    // The lane a send's bytes reach: a server-side connection's peer is the
    // client; the client's (or another client-side socket's) is the newest connection.
    int peerLane(int lane, const Call &call) const;
    void fillText(Row *row, const CallEvent &event, const Call &call) const;
    // A close or shutdown row: the lane's FIN (once per connection), its closing.
    void noteClosing(Row *row, const CallEvent &event, const Call &call);
    // A send row's arrow: none when it failed, held while MSG_MORE keeps its
    // bytes; a send that pushes held bytes out says so.
    void noteSend(Row *row, const CallEvent &event, const Call &call);
    // The held rows of lane `lane` left (`how`: the note they get now).
    void releaseHeld(int lane, const QString &how);
    // Lane state a successful call changes (socket, connect).
    void noteLane(int lane, const CallEvent &event, const Call &call);
    // The lane of connection `object` accepted on lane `listener` (made when new).
    int connectionLane(const QString &object, int listener);
    void recordOne(const CallEvent &event);
    void append(Row &&row);
    void changed(int index);
    // recv calls that returned bytes (one event, or a run split per call).
    void recordReceived(const CallEvent &event, int lane);
    static void addToRun(Row *run, const CallEvent &event);
    // Bulk reads (a buffer larger than RunSampleBytes): the lane's last recv
    // row joins its read before it (only segments between) as one run row.
    void foldBulkRead(int lane);
    // Changes row `index` through `change`, keeping keptBytes() exact.
    template<typename F> void update(int index, F change);
    // Drops the oldest rows beyond the bounds (an opened run's rows with it).
    void trim();
    // Row indexes kept in the lane states after rows were inserted or removed.
    void rowsInserted(int first, int count);
    void rowsRemoved(int first, int count);
    // Closes the open row `index` with the outcome `event` (Done or Cancelled).
    void closeWaiting(int index, const CallEvent &event, const Call &call);
    // Whether segment row `into` takes the plain segment row `part` (same connection, a kind it
    // holds; with `anyKind` any plain kind but data into probes), and adds it (its counts, its
    // span, its text).
    static bool joins(const Row &into, const Row &part, bool anyKind = false);
    static void gather(Row *into, const Row &part);
    // Removes the rows of an opened run (expanded stays as it was).
    void removeChildren(int run);

    std::deque<Row> m_rows;
    QList<Lane> m_lanes;
    QList<LaneState> m_states;
    int m_maxRows = DefaultMaxRows;
    qint64 m_maxBytes = DefaultMaxBytes;
    qint64 m_keptBytes = 0;
    qint64 m_recordedCalls = 0;
    qint64 m_droppedRows = 0;
    // The event being recorded: append() gives its rows this time and these addresses.
    qint64 m_eventNs = 0;
    Endpoint m_eventLaddr;
    Endpoint m_eventRaddr;
    bool m_wireShown = false;
    qint64 m_wireSegments = 0;
    qint64 m_wireDatagrams = 0;
};
