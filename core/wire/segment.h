#pragma once

#include "core/net/endpoint.h"
#include "core/wire/frame.h"

#include <QMetaType>
#include <QString>

#include <array>

// One captured frame decoded: Ethernet II (IEEE 802.3; Linux's lo frames
// carry zero MACs), IPv4 (RFC 791) or IPv6 (RFC 8200, extension headers
// skipped), then TCP (RFC 9293) or UDP (RFC 768). What cannot be decoded
// (another ethertype, a later IPv4 fragment, a frame cut before the
// transport header) stays Transport::Other; parse() never fails.
//
// seq, ack and window are the header's own values; the fields under
// "StreamTracker" are filled by StreamTracker::track (relative numbers per
// connection, as Wireshark shows them).
struct Segment
{
    enum class Transport : quint8 { Other, Tcp, Udp };
    // TCP control bits, RFC 9293 section 3.1 (byte 13 of the header).
    enum Flag : quint8 {
        Fin = 0x01,
        Syn = 0x02,
        Rst = 0x04,
        Psh = 0x08,
        Ack = 0x10,
        Urg = 0x20,
        Ece = 0x40,
        Cwr = 0x80,
    };
    enum class Direction : quint8 { Unknown, ClientToServer, ServerToClient };

    Frame frame;
    int ipVersion = 0; // 4, 6, or 0 when not IP
    Transport transport = Transport::Other;
    std::array<quint8, 16> sourceAddress {}; // IPv4 uses the first 4 bytes
    std::array<quint8, 16> destinationAddress {};
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    qint64 payloadLength = 0; // TCP/UDP payload bytes, from the IP lengths

    // TCP only.
    quint32 seq = 0; // sequence number as sent
    quint32 ack = 0; // acknowledgment number as sent (meaningful with Ack)
    quint8 flags = 0; // Flag bits
    quint16 window = 0; // the 16-bit window field, unscaled
    int windowShift = -1; // SYN's window scale option (RFC 7323), or -1
    int mss = -1; // SYN's maximum segment size option, or -1

    // StreamTracker.
    qint64 stream = -1; // connection number, from 0 in capture order
    Direction direction = Direction::Unknown;
    quint32 relativeSeq = 0; // seq - the sender's initial sequence number
    quint32 relativeAck = 0; // ack - the receiver's initial sequence number
    qint64 windowBytes = -1; // window << the sender's scale, -1 if unknown
    // Flow control (RFC 9293 section 3.8.6.1): the sender's window fell to
    // 0 (its receive buffer is full), or rose from 0 again; or a zero-window
    // probe: the sender's peer offered window 0 and this segment repeats the
    // byte before the last one acknowledged (Linux's tcp_xmit_probe_skb).
    enum class WindowEvent : quint8 { None, Closed, Reopened, Probe };
    WindowEvent windowEvent = WindowEvent::None;

    // Decodes `frame` (see above).
    static Segment parse(const Frame &frame);

    bool isTcp() const { return transport == Transport::Tcp; }
    bool isUdp() const { return transport == Transport::Udp; }
    bool has(Flag flag) const { return (flags & flag) != 0; }
    Endpoint source() const; // "127.0.0.1:5000"; invalid when not IP
    Endpoint destination() const;
    // The control bits as the lesson names them: "SYN", "SYN-ACK", "ACK",
    // "PSH ACK", "FIN ACK", "RST", "RST ACK"; "" for UDP and others.
    QString flagsText() const;
};

Q_DECLARE_METATYPE(Segment)
