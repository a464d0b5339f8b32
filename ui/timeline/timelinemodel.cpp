#include "ui/timeline/timelinemodel.h"

#include "core/bytes/bytesformat.h"
#include "core/record/transcript.h"
#include "core/wire/segmentmodel.h"

#include <QLocale>
#include <QRegularExpression>

#include <sys/socket.h>

#include <algorithm>
#include <cerrno>

using namespace Qt::StringLiterals;

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

TimelineModel::~TimelineModel() = default;

TimelineModel::Call TimelineModel::classify(const CallEvent &e)
{
    Call c;
    c.serverSide = e.side == CallEvent::Side::Server;
    using K = CallEvent::Call;
    switch (e.call) {
    case K::Accept:
        c.kind = CallKind::Accept;
        break;
    case K::Connect:
        c.kind = CallKind::Connect;
        break;
    case K::Recv:
        c.kind = CallKind::Recv;
        break;
    case K::Recvfrom:
        c.kind = CallKind::RecvFrom;
        break;
    case K::Send:
    case K::Sendall:
    case K::Sendto:
        c.kind = CallKind::Send;
        break;
    case K::Shutdown:
        c.kind = CallKind::Shutdown;
        break;
    case K::Close:
        c.kind = CallKind::Close;
        break;
    case K::Getaddrinfo:
        c.kind = CallKind::Getaddrinfo;
        break;
    case K::Socket:
        c.kind = CallKind::Socket;
        break;
    case K::Bind:
    case K::Listen:
    case K::Setsockopt:
        break;
    }
    c.readSide
        = c.kind == CallKind::Accept || c.kind == CallKind::Recv || c.kind == CallKind::RecvFrom;
    c.writeSide = c.kind == CallKind::Connect || e.call == K::Sendall;
    c.datagram = e.call == K::Sendto || e.call == K::Recvfrom;
    c.sendsFin = c.kind == CallKind::Close
        || (c.kind == CallKind::Shutdown && (e.how == SHUT_WR || e.how == SHUT_RDWR));
    // The type may carry SOCK_NONBLOCK or SOCK_CLOEXEC (socket(2)).
    const int type = e.type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (c.kind == CallKind::Socket && type == SOCK_STREAM)
        c.transport = Transport::Stream;
    else if ((c.kind == CallKind::Socket && type == SOCK_DGRAM) || c.datagram)
        c.transport = Transport::Datagram;
    return c;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case StatementRole:
        if (r.kind == RowKind::Run)
            return u"%1 \u00d7 %2"_s.arg(r.statement, QLocale().toString(r.calls));
        if (r.kind == RowKind::RunMore)
            return tr("\u2026 %Ln more call(s) not kept", nullptr, int(r.calls));
        return r.statement;
    case ResultRole:
        if (r.kind == RowKind::Run)
            return u"%1 B"_s.arg(QLocale().toString(r.bytes));
        return r.result;
    case Qt::ToolTipRole:
        return r.result.isEmpty() ? r.statement : QString(r.statement % u"\n\u2192 "_s % r.result);
    case KindRole:
        return QVariant::fromValue(r.kind);
    case LaneRole:
        return r.lane;
    case OpenRole:
        return r.open;
    case ErrorNameRole:
        return r.errorName;
    case CancelledRole:
        return r.cancelled;
    case TargetLaneRole:
        return r.target;
    case SequenceRole:
        return r.sequence;
    case CallsRole:
        return r.calls;
    case BytesRole:
        return r.bytes;
    case ExpandedRole:
        return r.expanded;
    case NoteRole:
        return r.note;
    case FinRole:
        return r.fin;
    case DatagramRole:
        return r.datagram;
    case ClockRole:
        return r.clockNs;
    case WireDirectionRole:
        return r.direction;
    case HeldRole:
        return r.held;
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(LaneRole, "lane");
    names.insert(StatementRole, "statement");
    names.insert(ResultRole, "result");
    names.insert(OpenRole, "open");
    names.insert(ErrorNameRole, "errorName");
    names.insert(CancelledRole, "cancelled");
    names.insert(TargetLaneRole, "targetLane");
    names.insert(SequenceRole, "sequence");
    names.insert(CallsRole, "calls");
    names.insert(BytesRole, "bytes");
    names.insert(ExpandedRole, "expanded");
    names.insert(NoteRole, "note");
    names.insert(FinRole, "fin");
    names.insert(DatagramRole, "datagram");
    names.insert(HeldRole, "held");
    return names;
}

int TimelineModel::findCall(const QString &call, int from) const
{
    return scanForCall(call, qMax(0, from), 1);
}

int TimelineModel::findCallBefore(const QString &call, int before) const
{
    return scanForCall(call, qMin(before, int(m_rows.size())) - 1, -1);
}

int TimelineModel::scanForCall(const QString &call, int start, int step) const
{
    const qsizetype dot = call.indexOf(u'.');
    const int lane = dot > 0 ? laneIndex(call.left(dot)) : -1;
    if (lane < 0)
        return -1;
    const QString name = call.mid(dot) + u'('; // ".sendall("
    for (int i = start; i >= 0 && i < int(m_rows.size()); i += step) {
        const Row &r = row(i);
        if (r.lane == lane && (r.kind == RowKind::Call || r.kind == RowKind::Run)
            && r.statement.contains(name))
            return i;
    }
    return -1;
}

void TimelineModel::setMaxRows(int rows)
{
    m_maxRows = qMax(1, rows);
    trim();
}

void TimelineModel::setMaxBytes(qint64 bytes)
{
    m_maxBytes = qMax<qint64>(1, bytes);
    trim();
}

int TimelineModel::laneIndex(const QString &object) const
{
    for (int i = 0; i < m_lanes.size(); ++i) {
        if (m_lanes.at(i).object == object)
            return i;
    }
    return -1;
}

qint64 TimelineModel::rowBytes(const Row &r)
{
    return qint64(sizeof(Row))
        + 2 * qint64(r.statement.size() + r.result.size() + r.errorName.size() + r.note.size())
        + r.sample.size() + 4 * qint64(r.sampleSizes.size());
}

template<typename F> void TimelineModel::update(int index, F change)
{
    Row &r = row(index);
    m_keptBytes -= rowBytes(r);
    change(r);
    m_keptBytes += rowBytes(r);
    changed(index);
}

void TimelineModel::changed(int index)
{
    const QModelIndex at = this->index(index);
    emit dataChanged(at, at);
}

int TimelineModel::laneFor(const CallEvent &e, const Call &c)
{
    // getaddrinfo is the socket module's, written in its side's main lane.
    const QString main = c.serverSide ? u"server"_s : u"client"_s;
    const QString object = c.kind == CallKind::Getaddrinfo || e.object.isEmpty() ? main : e.object;
    int lane = laneIndex(object);
    if (lane < 0) {
        Lane added;
        added.object = object;
        added.serverSide = c.serverSide;
        m_lanes.append(added);
        m_states.append(LaneState());
        lane = int(m_lanes.size()) - 1;
    }
    return lane;
}

int TimelineModel::peerLane(int lane, const Call &c) const
{
    const bool serverSide = m_lanes.at(lane).serverSide;
    // A datagram reaches the other side's newest datagram socket.
    if (c.datagram) {
        for (int i = int(m_lanes.size()) - 1; i >= 0; --i) {
            if (m_lanes.at(i).serverSide != serverSide
                && m_lanes.at(i).transport == Transport::Datagram)
                return i;
        }
    }
    if (serverSide) {
        const int client = laneIndex(u"client"_s);
        if (client >= 0)
            return client;
        for (int i = 0; i < m_lanes.size(); ++i) {
            if (!m_lanes.at(i).serverSide)
                return i;
        }
        return -1;
    }
    // A client's bytes reach the newest connection; a datagram the server's socket.
    for (int i = int(m_lanes.size()) - 1; i >= 0; --i) {
        if (m_lanes.at(i).forkedFrom >= 0 && !c.datagram)
            return i;
    }
    for (int i = 0; i < m_lanes.size(); ++i) {
        if (m_lanes.at(i).serverSide)
            return i;
    }
    return -1;
}

void TimelineModel::fillText(Row *r, const CallEvent &e, const Call &c) const
{
    const QString peer = e.acceptedObject.isEmpty() ? u"conn"_s : e.acceptedObject;
    r->statement = Transcript::pythonStatement(e, peer);
    r->errorName.clear();
    r->open = e.phase == CallEvent::Phase::Waiting;
    r->cancelled = e.phase == CallEvent::Phase::Cancelled;
    r->sequence = r->sequence ? r->sequence : e.sequence;
    r->datagram = c.datagram;
    if (!e.why.isEmpty())
        r->note = e.why;
    if (c.kind == CallKind::Send) // what the arrow carries: offered, then sent
        r->bytes = e.phase == CallEvent::Phase::Done ? qMax<qint64>(0, e.returned) : e.data.size();
    if (r->open) {
        r->result.clear();
        return;
    }
    if (c.kind == CallKind::RecvFrom && e.phase == CallEvent::Phase::Done && !e.error) {
        r->bytes = e.data.size();
        if (e.truncatedBytes > 0) // MSG_TRUNC: the datagram was longer than the buffer
            r->note = tr("cut: %Ln byte(s) lost", nullptr, int(e.truncatedBytes));
    }
    // b'' on a TCP socket: the peer's FIN arrived (a datagram may be empty).
    if (c.kind == CallKind::Recv && e.phase == CallEvent::Phase::Done && !e.error && !e.isRun()
        && e.data.isEmpty() && r->lane >= 0
        && m_lanes.at(r->lane).transport != Transport::Datagram) {
        // After a reset Linux's recv() also returns b'', but no FIN came.
        r->fin = !m_lanes.at(r->lane).reset;
        r->note = r->fin ? tr("the peer closed: FIN") : tr("nothing more: the peer reset (RST)");
    }
    r->result = Transcript::pythonResult(e);
    if (c.kind == CallKind::Getaddrinfo && !e.error) {
        // Its rows one a line, each constant by its name (AF_INET for
        // <AddressFamily.AF_INET: 2>): the list is read from the back row.
        static const QRegularExpression member(u"<\\w+\\.(\\w+): -?\\d+>"_s);
        r->result.replace(member, u"\\1"_s);
    }
    if (e.error && !r->cancelled) {
        r->errorName = e.error.name();
        return;
    }
    if (r->cancelled || !r->result.isEmpty())
        return;
    // Python shows nothing for None or an assignment; the row says what there is.
    if (c.kind == CallKind::Accept) {
        r->result = e.address.toPythonTuple();
        // It did not wait: the kernel had finished the handshake before.
        if (e.queuedAtAccept > 0)
            r->note = tr("already queued, handshake done");
    } else if (c.kind == CallKind::Socket)
        r->result = tr("fd %1").arg(e.returned);
    else if (c.kind != CallKind::Send || c.writeSide) // sendall returns None
        r->result = u"None"_s;
}

void TimelineModel::noteLane(int lane, const CallEvent &e, const Call &c)
{
    if (e.error || e.phase != CallEvent::Phase::Done)
        return;
    Lane &l = m_lanes[lane];
    if (c.kind == CallKind::Socket) {
        // A new socket in the lane (Python reassigns the variable).
        l.transport = c.transport;
        l.connected = false;
        l.reset = false;
        l.finSent = false;
        l.closed = false;
    } else if (c.kind == CallKind::Connect) {
        l.connected = true;
    } else if (c.datagram && l.transport == Transport::Unknown) {
        l.transport = Transport::Datagram;
    }
}

void TimelineModel::noteClosing(Row *r, const CallEvent &e, const Call &c)
{
    if (e.error || e.phase != CallEvent::Phase::Done || !c.sendsFin)
        return;
    Lane &l = m_lanes[r->lane];
    // A connection closed with bytes it never read is reset: RST, no FIN.
    const bool reset = c.kind == CallKind::Close && e.unreadAtClose > 0 && l.connected
        && l.transport != Transport::Datagram;
    if (reset) {
        releaseHeld(r->lane, tr("held by the kernel (MSG_MORE), dropped by the reset"));
        l.finSent = true;
        l.closed = true;
        r->note = tr("closed with %L1 B unread: RST sent").arg(e.unreadAtClose);
        return;
    }
    const bool fin = l.connected && !l.finSent && l.transport != Transport::Datagram;
    if (fin) {
        releaseHeld(r->lane, tr("held by the kernel (MSG_MORE) until the FIN"));
        l.finSent = true;
        r->fin = true;
        r->target = peerLane(r->lane, Call());
    }
    // After close() the lane's header says "closed"; the row says what went out.
    if (c.kind == CallKind::Close) {
        l.closed = true;
        r->note = fin ? tr("FIN sent") : tr("closed");
    } else if (fin) {
        r->note = tr("FIN sent");
    }
}

void TimelineModel::noteSend(Row *r, const CallEvent &e, const Call &c)
{
    if (r->open)
        return;
    if (e.error || e.phase != CallEvent::Phase::Done) {
        r->target = -1; // it sent nothing the timeline can show: no arrow
        return;
    }
    LaneState &state = m_states[r->lane];
    const bool stream = m_lanes.at(r->lane).transport != Transport::Datagram && !c.datagram;
    if (stream && (e.flags & MSG_MORE) != 0) {
        // The kernel waits for more before it sends a segment (send(2), MSG_MORE).
        r->held = true;
        r->target = -1; // its bytes leave later, with another segment's
        r->note = tr("held by the kernel (MSG_MORE)");
        ++state.held;
        state.heldBytes += r->bytes;
        return;
    }
    if (state.held > 0) {
        const qint64 held = state.heldBytes;
        releaseHeld(r->lane, tr("held by the kernel (MSG_MORE) until the next send"));
        r->note = tr("with the %L1 B held before").arg(held);
    }
}

void TimelineModel::releaseHeld(int lane, const QString &how)
{
    LaneState &state = m_states[lane];
    for (int i = int(m_rows.size()) - 1; i >= 0 && state.held > 0; --i) {
        if (row(i).lane != lane || !row(i).held)
            continue;
        update(i, [&how](Row &r) {
            r.held = false;
            r.note = how;
        });
        --state.held;
    }
    state.held = 0; // rows dropped by the bounds are forgotten with them
    state.heldBytes = 0;
}

void TimelineModel::append(Row &&r)
{
    if (r.clockNs == 0)
        r.clockNs = m_eventNs;
    if (!r.laddr.isValid()) {
        r.laddr = m_eventLaddr;
        r.raddr = m_eventRaddr;
    }
    const int at = int(m_rows.size());
    LaneState &state = m_states[r.lane];
    if (r.open)
        (r.readSide ? state.waitingRead : state.waitingWrite) = at;
    state.tail = at;
    if (state.first < 0)
        state.first = at;
    beginInsertRows({}, at, at);
    m_keptBytes += rowBytes(r);
    m_rows.push_back(std::move(r));
    endInsertRows();
}

void TimelineModel::record(const CallEvent &e)
{
    recordOne(e);
    trim(); // once, after the row indexes recordOne() used
}

void TimelineModel::recordOne(const CallEvent &e)
{
    const Call c = classify(e);
    if (e.phase != CallEvent::Phase::Waiting) // a waiting call counts once, when it ends
        m_recordedCalls += e.callCount();
    const int lane = laneFor(e, c);
    if (e.error.kind() == SocketError::Kind::Errno && e.error.code() == ECONNRESET)
        m_lanes[lane].reset = true;
    LaneState &state = m_states[lane];
    // The socket's addresses: as the call left them, the connect's target
    // while it waits, or those it had before (a close has none left).
    if (c.kind == CallKind::Socket && !e.error) {
        state.laddr = {};
        state.raddr = {};
    }
    if (e.after.laddr.isValid())
        state.laddr = e.after.laddr;
    if (e.after.raddr.isValid())
        state.raddr = e.after.raddr;
    else if (c.kind == CallKind::Connect && e.address.isValid() && !state.raddr.isValid())
        state.raddr = e.address;
    m_eventNs = e.clockNs;
    m_eventLaddr = state.laddr;
    m_eventRaddr = state.raddr;

    if (e.phase == CallEvent::Phase::Waiting) {
        // A run whose next call waits stays one row: it is open meanwhile.
        if (c.kind == CallKind::Recv && state.tail >= 0) {
            Row &tail = row(state.tail);
            if (tail.kind == RowKind::Run && tail.asked == e.bufsize) {
                tail.open = true;
                state.waitingRead = state.tail;
                changed(state.tail);
                return;
            }
        }
        Row r;
        r.lane = lane;
        r.readSide = c.readSide;
        r.call = int(c.kind);
        r.asked = e.bufsize;
        fillText(&r, e, c);
        if (c.kind == CallKind::Send)
            r.target = peerLane(lane, c);
        append(std::move(r));
        return;
    }

    // The call that waited returns (connect, getaddrinfo, sendall, accept, recv).
    int &waiting = c.readSide ? state.waitingRead : state.waitingWrite;
    if (waiting >= 0 && row(waiting).call == int(c.kind) && !e.isRun()) {
        const int index = waiting;
        waiting = -1;
        closeWaiting(index, e, c);
        return;
    }
    if (c.kind == CallKind::Recv && e.phase == CallEvent::Phase::Done && !e.error
        && (e.isRun() || !e.data.isEmpty())) {
        recordReceived(e, lane);
        return;
    }
    noteLane(lane, e, c);
    Row r;
    r.lane = lane;
    fillText(&r, e, c);
    if (c.kind == CallKind::Send) {
        r.target = peerLane(lane, c);
        noteSend(&r, e, c);
    }
    noteClosing(&r, e, c);
    if (c.kind == CallKind::Accept && !e.error && !e.acceptedObject.isEmpty()) {
        r.target = connectionLane(e.acceptedObject, lane);
        m_states[r.target].first = int(m_rows.size()); // the row appended below
    }
    m_states[lane].streak = 0;
    append(std::move(r));
}

int TimelineModel::connectionLane(const QString &object, int listener)
{
    int conn = laneIndex(object);
    if (conn < 0) {
        Lane added;
        added.object = object;
        added.serverSide = true;
        m_lanes.append(added);
        m_states.append(LaneState());
        conn = int(m_lanes.size()) - 1;
    }
    // A connection accepted anew (a later stage reuses the name "conn").
    Lane &l = m_lanes[conn];
    l.forkedFrom = listener;
    l.transport = Transport::Stream;
    l.connected = true;
    l.finSent = false;
    l.closed = false;
    return conn;
}

void TimelineModel::closeWaiting(int index, const CallEvent &e, const Call &c)
{
    LaneState &state = m_states[row(index).lane];
    const bool data = c.kind == CallKind::Recv && e.phase == CallEvent::Phase::Done && !e.error
        && !e.data.isEmpty();
    if (row(index).kind == RowKind::Run) {
        update(index, [&](Row &run) {
            run.open = false;
            if (data)
                addToRun(&run, e);
        });
        if (data)
            return;
        // The call that ended the run otherwise (b'', an error, a cancel) is a row of its own.
        Row r;
        r.lane = row(index).lane;
        fillText(&r, e, c);
        state.streak = 0;
        append(std::move(r));
        return;
    }
    const bool atTail = state.tail == index;
    update(index, [&](Row &r) {
        fillText(&r, e, c);
        if (data) {
            r.recv = true;
            r.asked = e.bufsize;
            r.bytes = e.data.size();
            r.sample = e.data.first(qMin(e.data.size(), RunSampleBytes));
        }
    });
    if (c.kind == CallKind::Send)
        update(index, [&](Row &r) { noteSend(&r, e, c); });
    noteLane(row(index).lane, e, c);
    if (c.kind == CallKind::Accept && e.phase == CallEvent::Phase::Done && !e.error
        && !e.acceptedObject.isEmpty()) {
        const int conn = connectionLane(e.acceptedObject, row(index).lane);
        row(index).target = conn;
        m_states[conn].first = index;
    }
    if (!atTail)
        return;
    const int lane = row(index).lane;
    LaneState &st = m_states[lane];
    if (!data) {
        st.streak = 0;
    } else if (st.streak > 0 && st.streakAsked == e.bufsize) {
        ++st.streak;
    } else {
        st.streak = 1;
        st.streakAsked = e.bufsize;
    }
    if (data)
        foldBulkRead(lane);
}

void TimelineModel::foldBulkRead(int lane)
{
    const int last = m_states.at(lane).tail;
    if (last < 1)
        return;
    const auto bulk = [](const Row &r) {
        return r.recv && !r.open && !r.expanded && r.asked > RunSampleBytes
            && (r.kind == RowKind::Call || r.kind == RowKind::Run);
    };
    if (!bulk(row(last)) || row(last).kind != RowKind::Call)
        return;
    // The lane's read before it, with only segments between.
    int previous = last - 1;
    while (previous >= 0 && row(previous).kind == RowKind::Segment)
        --previous;
    if (previous < 0 || row(previous).lane != lane || !bulk(row(previous))
        || row(previous).asked != row(last).asked)
        return;
    const Row taken = row(last);
    beginRemoveRows({}, last, last);
    m_keptBytes -= rowBytes(taken);
    m_rows.erase(m_rows.begin() + last);
    endRemoveRows();
    rowsRemoved(last, 1);
    update(previous, [&taken](Row &run) {
        if (run.kind == RowKind::Call) {
            run.kind = RowKind::Run;
            run.call = int(CallKind::Recv);
            run.result.clear();
            run.note.clear();
            if (run.sample.size() == run.bytes)
                run.sampleSizes = {qint32(run.bytes)};
            else
                run.sample.clear();
        }
        ++run.calls;
        run.bytes += taken.bytes;
        if (run.sampleSizes.size() < RunSampleCalls && taken.sample.size() == taken.bytes
            && run.sample.size() + taken.sample.size() <= RunSampleBytes) {
            run.sample += taken.sample;
            run.sampleSizes.append(qint32(taken.bytes));
        }
    });
    LaneState &state = m_states[lane];
    state.tail = previous;
    state.streak = 0;
}

void TimelineModel::addToRun(Row *run, const CallEvent &e)
{
    qsizetype offset = 0;
    const auto add = [run, &e, &offset](qint32 size) {
        ++run->calls;
        run->bytes += size;
        if (run->sampleSizes.size() < RunSampleCalls
            && run->sample.size() + size <= RunSampleBytes) {
            run->sample.append(e.data.constData() + offset, size);
            run->sampleSizes.append(size);
        }
        offset += size;
    };
    if (e.isRun()) {
        for (const qint32 size : e.chunkSizes)
            add(size);
    } else {
        add(qint32(e.data.size()));
    }
}

void TimelineModel::recordReceived(const CallEvent &e, int lane)
{
    LaneState &state = m_states[lane];
    const qsizetype calls = e.callCount();
    if (state.tail >= 0 && row(state.tail).kind == RowKind::Run
        && row(state.tail).asked == e.bufsize) {
        update(state.tail, [&e](Row &run) { addToRun(&run, e); });
        return;
    }
    const int streak = state.streakAsked == e.bufsize ? state.streak : 0;
    if (streak + calls <= CollapseAfter) {
        // The lesson's chunks: one row per call, the kernel's boundaries as they were.
        const Call c = classify(e);
        e.forEachCall(0, [this, lane, &c](const CallEvent &one) {
            Row r;
            r.lane = lane;
            r.recv = true;
            r.asked = one.bufsize;
            r.bytes = one.data.size();
            r.sample = one.data.first(qMin(one.data.size(), RunSampleBytes));
            fillText(&r, one, c);
            append(std::move(r));
            foldBulkRead(lane);
        });
        LaneState &st = m_states[lane];
        st.streak = streak + int(calls);
        st.streakAsked = e.bufsize;
        return;
    }
    // Too many for rows of their own: one run row, taking in the rows of
    // the streak when they are the last rows (nothing else happened since).
    Row run;
    run.kind = RowKind::Run;
    run.call = int(CallKind::Recv);
    run.lane = lane;
    run.recv = true;
    run.asked = e.bufsize;
    run.calls = 0;
    run.sequence = e.sequence;
    const int last = int(m_rows.size()) - 1;
    bool fold = streak > 0 && state.tail == last;
    for (int i = last; fold && i > last - streak; --i)
        fold = i >= 0 && row(i).lane == lane && row(i).recv && row(i).kind == RowKind::Call;
    if (fold) {
        const int first = last - streak + 1;
        run.sequence = row(first).sequence;
        run.clockNs = row(first).clockNs;
        run.statement = row(first).statement;
        for (int i = first; i <= last; ++i) {
            const Row &r = row(i);
            ++run.calls;
            run.bytes += r.bytes;
            if (run.sampleSizes.size() < RunSampleCalls
                && run.sample.size() + r.sample.size() <= RunSampleBytes
                && r.sample.size() == r.bytes) {
                run.sample += r.sample;
                run.sampleSizes.append(qint32(r.bytes));
            }
        }
        beginRemoveRows({}, first, last);
        for (int i = first; i <= last; ++i)
            m_keptBytes -= rowBytes(row(i));
        m_rows.erase(m_rows.begin() + first, m_rows.end());
        endRemoveRows();
        rowsRemoved(first, streak);
    }
    if (run.statement.isEmpty()) {
        e.forEachCall(e.callCount() - 1,
            [&run](const CallEvent &one) { run.statement = Transcript::pythonStatement(one); });
    }
    addToRun(&run, e);
    m_states[lane].streak = 0;
    append(std::move(run));
}

void TimelineModel::rowsInserted(int first, int count)
{
    for (LaneState &s : m_states) {
        for (int *index : {&s.waitingRead, &s.waitingWrite, &s.tail, &s.first}) {
            if (*index >= first)
                *index += count;
        }
    }
}

void TimelineModel::rowsRemoved(int first, int count)
{
    for (LaneState &s : m_states) {
        for (int *index : {&s.waitingRead, &s.waitingWrite, &s.tail}) {
            if (*index >= first + count)
                *index -= count;
            else if (*index >= first)
                *index = -1;
        }
        // A lane whose first rows went starts at the first row still kept.
        if (s.first >= first + count)
            s.first -= count;
        else if (s.first >= first)
            s.first = s.tail >= 0 ? first : -1;
    }
}

void TimelineModel::trim()
{
    const int count = int(m_rows.size());
    int drop = 0;
    qint64 bytes = m_keptBytes;
    while (count - drop > 1
        && (count - drop > m_maxRows || bytes > m_maxBytes
            || (drop > 0
                && (row(drop).kind == RowKind::RunCall || row(drop).kind == RowKind::RunMore
                    || row(drop).kind == RowKind::Chunk)))) {
        bytes -= rowBytes(row(drop));
        ++drop;
    }
    if (drop == 0)
        return;
    beginRemoveRows({}, 0, drop - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + drop);
    m_keptBytes = bytes;
    m_droppedRows += drop;
    endRemoveRows();
    rowsRemoved(0, drop);
}

bool TimelineModel::isExpandable(int index) const
{
    if (index < 0 || index >= int(m_rows.size()))
        return false;
    const Row &r = row(index);
    return r.kind == RowKind::Run || (r.kind == RowKind::Call && !r.sample.isEmpty());
}

bool TimelineModel::setExpanded(int index, bool expanded)
{
    if (!isExpandable(index))
        return false;
    if (row(index).expanded == expanded)
        return true;
    if (!expanded) {
        removeChildren(index);
        update(index, [](Row &r) { r.expanded = false; });
        return true;
    }
    const Row &run = row(index);
    std::vector<Row> children;
    if (run.kind == RowKind::Call) {
        // Received bytes are shown, never interpreted: visible text and hex.
        const auto chunkRow = [&run](const QString &what, const QString &shown) {
            Row r;
            r.kind = RowKind::Chunk;
            r.lane = run.lane;
            r.clockNs = run.clockNs;
            r.sequence = run.sequence;
            r.statement = what;
            r.result = shown;
            return r;
        };
        children.push_back(chunkRow(tr("text"), BytesFormat::escapedText(run.sample)));
        children.push_back(chunkRow(u"hex"_s, BytesFormat::hex(run.sample)));
    }
    qsizetype offset = 0;
    for (qsizetype i = 0; run.kind == RowKind::Run && i < run.sampleSizes.size(); ++i) {
        Row r;
        r.kind = RowKind::RunCall;
        r.lane = run.lane;
        r.clockNs = run.clockNs;
        r.sequence = run.sequence + i;
        r.statement = run.statement;
        r.bytes = run.sampleSizes.at(i);
        r.result = BytesFormat::pythonBytes(QByteArrayView(run.sample).sliced(offset, r.bytes));
        offset += r.bytes;
        children.push_back(std::move(r));
    }
    if (run.kind == RowKind::Run && run.calls > run.sampleSizes.size()) {
        Row r;
        r.kind = RowKind::RunMore;
        r.lane = run.lane;
        r.clockNs = run.clockNs;
        r.sequence = run.sequence + run.sampleSizes.size();
        r.calls = run.calls - run.sampleSizes.size();
        r.bytes = run.bytes - run.sample.size();
        r.result = u"%1 B"_s.arg(QLocale().toString(r.bytes));
        children.push_back(std::move(r));
    }
    const int count = int(children.size());
    update(index, [count](Row &r) {
        r.expanded = true;
        r.children = count;
    });
    if (count == 0)
        return true;
    beginInsertRows({}, index + 1, index + count);
    for (Row &r : children)
        m_keptBytes += rowBytes(r);
    m_rows.insert(m_rows.begin() + index + 1, std::make_move_iterator(children.begin()),
        std::make_move_iterator(children.end()));
    endInsertRows();
    rowsInserted(index + 1, count);
    trim();
    return true;
}

void TimelineModel::removeChildren(int run)
{
    const int count = qMin(row(run).children, int(m_rows.size()) - run - 1);
    row(run).children = 0;
    if (count <= 0)
        return;
    beginRemoveRows({}, run + 1, run + count);
    for (int i = run + 1; i <= run + count; ++i)
        m_keptBytes -= rowBytes(row(i));
    m_rows.erase(m_rows.begin() + run + 1, m_rows.begin() + run + 1 + count);
    endRemoveRows();
    rowsRemoved(run + 1, count);
}

void TimelineModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_lanes.clear();
    m_states.clear();
    m_keptBytes = 0;
    m_recordedCalls = 0;
    m_droppedRows = 0;
    m_wireSegments = 0;
    m_wireDatagrams = 0;
    endResetModel();
}

void TimelineModel::followWire(const SegmentModel *wire)
{
    m_wireShown = true;
    connect(wire, &QAbstractItemModel::rowsInserted, this,
        [this, wire](const QModelIndex &, int first, int last) {
            for (int i = first; i <= last; ++i)
                recordSegment(wire->segmentAt(i));
            trim();
        });
}

void TimelineModel::recordSegment(const Segment &s)
{
    Row r;
    r.kind = RowKind::Segment;
    r.lane = WireLane;
    r.clockNs = s.frame.clockNs;
    r.laddr = s.source();
    r.raddr = s.destination();
    r.bytes = s.payloadLength;
    r.direction = s.direction == Segment::Direction::ClientToServer ? 1
        : s.direction == Segment::Direction::ServerToClient         ? 2
                                                                    : 0;
    const QLocale locale;
    if (s.isTcp())
        ++m_wireSegments;
    else if (s.isUdp())
        ++m_wireDatagrams;
    if (s.isTcp() && s.payloadLength > 0) {
        // Held bytes (MSG_MORE) left once a segment from their socket carries data.
        for (int lane = 0; lane < m_states.size(); ++lane) {
            const LaneState &state = m_states.at(lane);
            if (state.held > 0 && state.laddr == s.source() && state.raddr == s.destination())
                releaseHeld(lane, tr("held by the kernel (MSG_MORE) until a segment took it"));
        }
    }
    if (s.isUdp() && r.direction == 0) {
        // A datagram: from the side whose socket has its source address.
        for (int lane = 0; lane < m_states.size(); ++lane) {
            const bool server = m_lanes.at(lane).serverSide;
            if (m_states.at(lane).laddr == s.source())
                r.direction = server ? 2 : 1;
            else if (m_states.at(lane).laddr == s.destination() && r.direction == 0)
                r.direction = server ? 1 : 2;
        }
    }
    if (s.isTcp()) {
        r.statement = s.flagsText();
        QStringList parts {tr("seq %1").arg(locale.toString(s.relativeSeq))};
        if (s.has(Segment::Ack))
            parts << tr("ack %1").arg(locale.toString(s.relativeAck));
        parts << tr("len %1").arg(locale.toString(s.payloadLength));
        parts << tr("win %1").arg(
            locale.toString(s.windowBytes >= 0 ? s.windowBytes : qint64(s.window)));
        r.result = parts.join(u' ');
        r.fin = s.has(Segment::Fin);
        switch (s.windowEvent) {
        case Segment::WindowEvent::Closed:
            r.note = tr("window 0: no room left, the sender must wait");
            break;
        case Segment::WindowEvent::Reopened:
            r.note = tr("window open again: sending goes on");
            break;
        case Segment::WindowEvent::Probe:
            r.note = tr("window probe: is there room yet?");
            break;
        case Segment::WindowEvent::None:
            break;
        }
        const bool control = s.has(Segment::Syn) || s.has(Segment::Fin) || s.has(Segment::Rst);
        const bool probe = s.windowEvent == Segment::WindowEvent::Probe;
        r.plain = !control && (s.windowEvent == Segment::WindowEvent::None || probe)
            && r.direction != 0;
        r.parts.append({r.direction, s.payloadLength > 0 && !probe, probe, 1});
        r.seqFrom = s.relativeSeq;
        r.seqTo = qint64(s.relativeSeq) + (probe ? 0 : s.payloadLength);
        r.largest = r.seqTo - r.seqFrom;
    } else {
        r.statement = s.isUdp() ? tr("UDP") : tr("frame");
        r.result = tr("len %1").arg(locale.toString(s.isUdp() ? s.payloadLength : s.frame.length));
        r.datagram = s.isUdp();
    }
    // After the last row that began at or before it (calls are recorded
    // as they happen; the capture is read a moment later).
    int at = int(m_rows.size());
    while (at > 0 && row(at - 1).clockNs > r.clockNs)
        --at;
    // Never between an opened run and the rows under it.
    while (at < int(m_rows.size())
        && (row(at).kind == RowKind::RunCall || row(at).kind == RowKind::RunMore
            || row(at).kind == RowKind::Chunk))
        ++at;
    // Nothing new: into the segment row before it, or with the one plain
    // row between (data one way, ACKs back) into the row before that.
    if (r.plain && at > 0 && joins(row(at - 1), r)) {
        update(at - 1, [&r](Row &into) { gather(&into, r); });
        return;
    }
    if (r.plain && at > 1 && joins(row(at - 2), r) && joins(row(at - 2), row(at - 1), true)) {
        const Row between = row(at - 1);
        beginRemoveRows({}, at - 1, at - 1);
        m_keptBytes -= rowBytes(between);
        m_rows.erase(m_rows.begin() + at - 1);
        endRemoveRows();
        rowsRemoved(at - 1, 1);
        update(at - 2, [&](Row &into) {
            gather(&into, between);
            gather(&into, r);
        });
        return;
    }
    beginInsertRows({}, at, at);
    m_keptBytes += rowBytes(r);
    m_rows.insert(m_rows.begin() + at, std::move(r));
    endInsertRows();
    rowsInserted(at, 1);
}

bool TimelineModel::joins(const Row &into, const Row &part, bool anyKind)
{
    if (into.kind != RowKind::Segment || part.kind != RowKind::Segment || !into.plain
        || !part.plain)
        return false;
    const bool connection = (into.laddr == part.laddr && into.raddr == part.raddr)
        || (into.laddr == part.raddr && into.raddr == part.laddr);
    if (!connection)
        return false;
    // Probes and the ACKs that answer them stay apart from data.
    const auto any = [](const Row &r, bool Row::Part::*what) {
        return std::any_of(
            r.parts.cbegin(), r.parts.cend(), [what](const Row::Part &p) { return p.*what; });
    };
    if (any(into, &Row::Part::probe) ? any(part, &Row::Part::data) : any(part, &Row::Part::probe))
        return false;
    if (anyKind)
        return true;
    for (const Row::Part &p : part.parts) {
        for (const Row::Part &q : into.parts) {
            if (p.direction == q.direction && p.data == q.data && p.probe == q.probe)
                return true;
        }
    }
    return false;
}

void TimelineModel::gather(Row *into, const Row &part)
{
    const auto carries = [](const Row &r) {
        return r.seqTo > r.seqFrom;
    };
    if (carries(part)) {
        if (!carries(*into)) {
            into->seqFrom = part.seqFrom;
            into->seqTo = part.seqTo;
            into->direction = part.direction; // the arrow shows which way the data went
        } else {
            into->seqFrom = qMin(into->seqFrom, part.seqFrom);
            into->seqTo = qMax(into->seqTo, part.seqTo);
        }
    }
    into->bytes += part.bytes;
    into->calls += part.calls;
    into->largest = qMax(into->largest, part.largest);
    for (const Row::Part &p : part.parts) {
        auto same = std::find_if(into->parts.begin(), into->parts.end(), [&p](const Row::Part &q) {
            return q.direction == p.direction && q.data == p.data && q.probe == p.probe;
        });
        if (same == into->parts.end())
            into->parts.append(p);
        else
            same->count += p.count;
    }
    // What the row says: each kind with its count, the data's span.
    const QLocale locale;
    QStringList kinds;
    qint64 probes = 0;
    for (const Row::Part &p : std::as_const(into->parts)) {
        const QString name = p.probe ? tr("probe") : p.data ? tr("data") : u"ACK"_s;
        kinds << u"%1 \u00d7%2"_s.arg(name, locale.toString(p.count));
        if (p.probe)
            probes += p.count;
    }
    into->statement = kinds.join(u" \u00b7 "_s);
    if (carries(*into)) {
        into->result = tr("seq %1\u2013%2 len %3")
                           .arg(locale.toString(into->seqFrom), locale.toString(into->seqTo),
                               locale.toString(into->seqTo - into->seqFrom));
        // How the bytes were cut: the largest segment (at most the MSS).
        if (into->largest < into->seqTo - into->seqFrom)
            into->result += u" \u00b7 "_s % tr("largest %1").arg(locale.toString(into->largest));
    } else {
        into->result = tr("seq %1").arg(locale.toString(part.seqFrom)); // where the probes point
    }
    if (probes > 1)
        into->note = tr("window probe \u00d7%1: is there room yet?").arg(locale.toString(probes));
}

QList<int> TimelineModel::linkedRows(int index) const
{
    QList<int> rows;
    if (index < 0 || index >= int(m_rows.size()))
        return rows;
    const auto isCall = [this](int i) {
        return row(i).kind == RowKind::Call || row(i).kind == RowKind::Run;
    };
    // A call's span: from its start to the next call row's start.
    const auto spanEnd = [&](int call) {
        for (int i = call + 1; i < int(m_rows.size()); ++i) {
            if (isCall(i) && row(i).clockNs > 0)
                return row(i).clockNs;
        }
        return qint64(0);
    };
    const Row &r = row(index);
    if (r.kind == RowKind::Segment) {
        // The spans of calls follow each other: only the last call that
        // began before the segment can have caused it.
        for (int i = index - 1; i >= 0; --i) {
            if (!isCall(i) || row(i).clockNs <= 0)
                continue;
            if (SegmentModel::caused(r.laddr, r.raddr, r.clockNs, row(i).laddr, row(i).raddr,
                    row(i).clockNs, spanEnd(i)))
                rows << i;
            break;
        }
        return rows;
    }
    if (!isCall(index) || r.clockNs <= 0 || !r.laddr.isValid() || !r.raddr.isValid())
        return rows;
    const qint64 until = spanEnd(index);
    for (int i = index + 1; i < int(m_rows.size()); ++i) {
        const Row &s = row(i);
        if (until > 0 && s.clockNs >= until)
            break;
        if (s.kind == RowKind::Segment
            && SegmentModel::caused(
                s.laddr, s.raddr, s.clockNs, r.laddr, r.raddr, r.clockNs, until))
            rows << i;
    }
    return rows;
}
