#include "core/wire/streamtracker.h"

#include <QtEndian>

#include <cstring>

namespace {

// Address (16 bytes) and port (2, big-endian) of one end.
QByteArray endKey(const std::array<quint8, 16> &address, quint16 port)
{
    QByteArray key(18, Qt::Uninitialized);
    std::memcpy(key.data(), address.data(), 16);
    qToBigEndian(port, key.data() + 16);
    return key;
}

} // namespace

void StreamTracker::track(Segment &segment)
{
    if (!segment.isTcp())
        return;
    const QByteArray from = endKey(segment.sourceAddress, segment.sourcePort);
    const QByteArray to = endKey(segment.destinationAddress, segment.destinationPort);
    const bool fromLower = from < to;
    QByteArray key(1, char(segment.ipVersion));
    key.append(fromLower ? from : to).append(fromLower ? to : from);
    const int sender = fromLower ? 0 : 1;
    const int receiver = 1 - sender;
    const bool opening = segment.has(Segment::Syn) && !segment.has(Segment::Ack);

    auto it = m_streams.find(key);
    if (it != m_streams.end() && opening) {
        const Side &side = it->sides[sender];
        if (it->ended() || (side.synSeen && side.isn != segment.seq))
            it = m_streams.end(); // a new connection on the same ports
    }
    if (it == m_streams.end()) {
        Stream fresh;
        fresh.id = m_nextStream++;
        it = m_streams.insert(key, fresh);
    }
    Stream &stream = *it;
    Side &own = stream.sides[sender];
    Side &peer = stream.sides[receiver];

    if (segment.has(Segment::Syn)) {
        own.isn = segment.seq;
        own.isnKnown = true;
        own.synSeen = true;
        own.shift = segment.windowShift;
        if (stream.clientSide < 0)
            stream.clientSide = opening ? sender : receiver;
    } else if (!own.isnKnown) {
        own.isn = segment.seq;
        own.isnKnown = true;
    }
    if (segment.has(Segment::Ack) && !peer.isnKnown) {
        peer.isn = segment.ack;
        peer.isnKnown = true;
    }
    if (segment.has(Segment::Fin))
        own.finSeen = true;
    if (segment.has(Segment::Rst))
        stream.reset = true;

    segment.stream = stream.id;
    if (stream.clientSide >= 0)
        segment.direction = stream.clientSide == sender ? Segment::Direction::ClientToServer
                                                        : Segment::Direction::ServerToClient;
    segment.relativeSeq = segment.seq - own.isn;
    segment.relativeAck = segment.has(Segment::Ack) ? segment.ack - peer.isn : 0;
    if (segment.has(Segment::Syn))
        segment.windowBytes = segment.window;
    else if (own.synSeen && peer.synSeen)
        segment.windowBytes = (own.shift >= 0 && peer.shift >= 0)
            ? qint64(segment.window) << own.shift
            : qint64(segment.window);
    noteWindow(segment, own, peer);
}

void StreamTracker::noteWindow(Segment &segment, Side &own, const Side &peer)
{
    if (segment.has(Segment::Syn) || segment.has(Segment::Rst) || !segment.has(Segment::Ack))
        return;
    const bool zero = segment.window == 0;
    if (peer.windowZero && peer.ackKnown && segment.payloadLength <= 1
        && segment.seq == peer.lastAck - 1)
        segment.windowEvent = Segment::WindowEvent::Probe;
    else if (zero && !own.windowZero)
        segment.windowEvent = Segment::WindowEvent::Closed;
    else if (!zero && own.windowZero)
        segment.windowEvent = Segment::WindowEvent::Reopened;
    own.windowZero = zero;
    own.lastAck = segment.ack;
    own.ackKnown = true;
}

void StreamTracker::clear()
{
    m_streams.clear();
    m_nextStream = 0;
}
