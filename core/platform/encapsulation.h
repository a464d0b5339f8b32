#pragma once

#include <QByteArrayView>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QString>

#include <optional>

#include <sys/socket.h>

class Endpoint;

// What each layer of the TCP/IP stack adds to a payload on its way out, with
// the real values of one flow: ports, addresses, protocol number, the
// interface the route uses, its MTU, and how the payload is cut into TCP
// segments or IP fragments. A value type; compute() makes it.
//
// Sizes are bytes. Sources: RFC 9293 (TCP, formerly RFC 793: 20-byte header
// plus options, MSS), RFC 7323 (the timestamps option, 10 bytes padded to
// 12), RFC 768 (UDP, 8-byte header), RFC 791 (IPv4, 20-byte header without
// options, protocol field, fragmentation in 8-byte units), RFC 8200 (IPv6,
// 40-byte header, next header field, 8-byte Fragment header), IEEE 802.3
// (Ethernet II: 14-byte header, 4-byte FCS). The Linux loopback device `lo`
// (ARPHRD_LOOPBACK, 772) carries an Ethernet-style 14-byte header with zero
// MAC addresses and no FCS.
class Encapsulation
{
public:
    enum class Layer { Application, Transport, Internet, Link };

    // Who sends to whom. For TCP/UDP the host is a numeric address
    // ("127.0.0.1", "::1"); for AF_UNIX it is the socket's path.
    struct Flow
    {
        int family = AF_INET; // AF_INET, AF_INET6 or AF_UNIX
        int type = SOCK_STREAM; // SOCK_STREAM (TCP) or SOCK_DGRAM (UDP)
        QString sourceHost;
        quint16 sourcePort = 0;
        QString destinationHost;
        quint16 destinationPort = 0;

        // From a socket's laddr and raddr (getsockname(2) / getpeername(2)).
        // The family is the source endpoint's.
        static Flow fromEndpoints(int type, const Endpoint &source, const Endpoint &destination);
    };

    // The interface the route to the destination uses, and what the kernel
    // says about it. pathTo() fills it from this machine; tests and the
    // lesson's "what if" examples fill it by hand.
    struct Path
    {
        QString interfaceName; // "lo", "eth0"; empty if unknown (or AF_UNIX)
        int mtu = 0; // the interface's MTU (bytes); 0 if unknown
        QNetworkInterface::InterfaceType linkType = QNetworkInterface::Unknown;
        bool local = false; // both ends are this machine
        // TCP option bytes carried by every data segment: 12 when the
        // timestamps option (RFC 7323) is on, 0 without it; -1 asks this
        // kernel's default (/proc/sys/net/ipv4/tcp_timestamps).
        int tcpOptionBytes = -1;
        // The connected socket's sending MSS from TCP_INFO (tcpi_snd_mss),
        // 0 if not known. When set, segments carry at most this many bytes:
        // Linux also bounds it to half the largest window the peer offered,
        // which on `lo` halves the MTU-based figure.
        int kernelMss = 0;
    };

    // One layer's contribution. Absent layers (AF_UNIX has no transport,
    // internet or link header) have present == false and zero sizes.
    struct Header
    {
        Layer layer = Layer::Application;
        bool present = false;
        QString protocol; // "TCP", "UDP", "IPv4", "IPv6", "Ethernet", "loopback"
        int bytes = 0; // bytes in front of the data
        int trailerBytes = 0; // bytes after the data (Ethernet FCS)
        int protocolNumber = 0; // IP protocol / next header: 6 TCP, 17 UDP (Internet layer)
        QString label; // "TCP 32 B  src 55971 → dst 5000"
    };

    // Route lookup (Linux): a destination that is loopback (127/8, ::1) or
    // one of this machine's own addresses goes through the loopback
    // interface; otherwise the longest-prefix match of /proc/net/route
    // (IPv4) or /proc/net/ipv6_route (IPv6) names the interface; failing
    // that, the interface holding sourceHost. The MTU and link type come
    // from QNetworkInterface. AF_UNIX gives a local Path with no interface.
    // An unparsable host gives a Path with an empty interfaceName.
    static Path pathTo(int family, const QString &destinationHost, const QString &sourceHost = {});

    // The interface of the longest-prefix route for `destination` in the
    // text of /proc/net/route (IPv4; hex fields as the kernel prints them on
    // this machine) or /proc/net/ipv6_route (IPv6). Reject routes are
    // skipped. Empty if no route matches.
    static QString routeInterface(QByteArrayView table, const QHostAddress &destination);

    // Computes the headers and segmentation for payloadBytes (>= 0) sent on
    // `flow` over `path`. The overload without a path looks it up (pathTo).
    static Encapsulation compute(const Flow &flow, qint64 payloadBytes, const Path &path);
    static Encapsulation compute(const Flow &flow, qint64 payloadBytes);

    // "application", "transport", "internet", "link": the ids the lesson
    // index and the diagram use.
    static QString layerId(Layer layer);
    static std::optional<Layer> layerFromId(QStringView id);

    const Flow &flow() const { return m_flow; }
    const Path &path() const { return m_path; }
    qint64 payloadBytes() const { return m_payload; }
    bool isTcp() const;
    bool isUdp() const;
    bool isUnix() const { return m_flow.family == AF_UNIX; }

    Header header(Layer layer) const;

    // RFC 9293 3.7.1: the MSS a host advertises, MTU − IP header − 20.
    // 0 for UDP, AF_UNIX, or an unknown MTU.
    int mss() const;
    // Most payload bytes one packet carries without IP fragmentation.
    // TCP: the kernel's MSS if given, else mss() − option bytes (the
    // effective send MSS of RFC 9293 3.7.1). UDP: MTU − IP header − 8.
    // 0 if unknown (no MTU) or AF_UNIX.
    int segmentPayloadLimit() const;
    // TCP: segments the payload needs (0 for 0 bytes). UDP: datagrams, 1
    // per send (0 if the payload exceeds maxDatagramPayload()). AF_UNIX: 1
    // if payloadBytes > 0 (one copy, no segments).
    qint64 segmentCount() const;
    // Payload bytes in the last segment (the others carry segmentPayloadLimit()).
    qint64 lastSegmentPayload() const;
    // UDP: IP fragments of the datagram (1 when it fits the MTU, RFC 791 /
    // RFC 8200 4.5). TCP and AF_UNIX: 1 (TCP sets DF and segments instead).
    int fragmentCount() const;
    // UDP: the largest payload of one datagram, 65507 (IPv4: 65535 − 20 −
    // 8) or 65527 (IPv6: 65535 − 8, no jumbograms); larger sends fail with
    // EMSGSIZE. TCP: unlimited (-1).
    qint64 maxDatagramPayload() const;
    bool exceedsDatagramLimit() const;
    // Bytes of every header and trailer of every segment/fragment, and the
    // total handed to the link (payload + overhead). 0 for AF_UNIX.
    qint64 overheadBytes() const;
    qint64 wireBytes() const;

private:
    int ipHeaderBytes() const;
    int maxPacketBytes() const;
    int transportHeaderBytes() const;
    int linkBytesPerPacket() const;
    int tcpOptionBytes() const;

    Flow m_flow;
    Path m_path;
    qint64 m_payload = 0;
};
