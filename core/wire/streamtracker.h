#pragma once

#include "core/wire/segment.h"

#include <QByteArray>
#include <QHash>

// Follows TCP connections through a capture and numbers their segments the
// way Wireshark's "relative sequence numbers" do (RFC 9293 section 3.4):
//  - stream: each connection gets the next number from 0; a new SYN on the
//    same addresses and ports after the old connection ended (FIN both ways,
//    or RST), or with another initial sequence number, starts a new one.
//  - direction: the side that sent the SYN without ACK is the client; when
//    the handshake was not seen the direction stays Unknown.
//  - relativeSeq = seq - ISN(sender), relativeAck = ack - ISN(receiver),
//    modulo 2^32: the SYN is 0, the first data byte 1. Without a SYN the
//    first seq seen (or acknowledged) counts as the ISN.
//  - windowBytes = window << the sender's scale once both SYNs carried the
//    window scale option (RFC 7323 section 2.2); a SYN's window is never
//    scaled; -1 when the scale is unknown (handshake not seen).
//  - windowEvent: a window that closes (0) or opens again, a window probe.
// UDP datagrams and other frames are left as they are.
class StreamTracker
{
public:
    // Fills `segment`'s stream, direction, relative numbers and windowBytes.
    void track(Segment &segment);
    void clear();
    qint64 streamCount() const { return m_nextStream; }

private:
    struct Side
    {
        quint32 isn = 0;
        bool isnKnown = false;
        int shift = -1; // window scale announced in this side's SYN
        bool synSeen = false;
        bool finSeen = false;
        bool windowZero = false; // the last window this side offered was 0
        bool ackKnown = false;
        quint32 lastAck = 0; // the ack this side sent last, as sent
    };
    struct Stream
    {
        qint64 id = 0;
        Side sides[2]; // [0]: the lower address+port of the key
        int clientSide = -1; // 0 or 1 once a SYN was seen
        bool reset = false;
        bool ended() const { return reset || (sides[0].finSeen && sides[1].finSeen); }
    };

    // Sets segment.windowEvent from what `own` and `peer` offered before.
    static void noteWindow(Segment &segment, Side &own, const Side &peer);

    QHash<QByteArray, Stream> m_streams;
    qint64 m_nextStream = 0;
};
