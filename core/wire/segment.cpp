#include "core/wire/segment.h"

#include <QStringList>

#include <arpa/inet.h>
#include <netinet/in.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

quint16 be16(const uchar *p)
{
    return quint16((p[0] << 8) | p[1]);
}

quint32 be32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

constexpr int EthernetHeader = 14;
constexpr quint16 EtherTypeIpv4 = 0x0800;
constexpr quint16 EtherTypeIpv6 = 0x86dd;

// TCP header from `tcp` (`available` bytes captured, `ipPayload` bytes in the
// IP packet), RFC 9293 section 3.1; options MSS (kind 2) and window scale
// (kind 3, RFC 7323).
void parseTcp(Segment &s, const uchar *tcp, qint64 available, qint64 ipPayload)
{
    if (available < 20)
        return;
    const int dataOffset = (tcp[12] >> 4) * 4;
    if (dataOffset < 20)
        return;
    s.transport = Segment::Transport::Tcp;
    s.sourcePort = be16(tcp);
    s.destinationPort = be16(tcp + 2);
    s.seq = be32(tcp + 4);
    s.ack = be32(tcp + 8);
    s.flags = tcp[13];
    s.window = be16(tcp + 14);
    s.payloadLength = qMax<qint64>(0, ipPayload - dataOffset);
    const qint64 optionsEnd = qMin<qint64>(dataOffset, available);
    for (qint64 i = 20; i < optionsEnd;) {
        const uchar kind = tcp[i];
        if (kind == 0)
            break; // end of option list
        if (kind == 1) {
            ++i; // no-operation
            continue;
        }
        if (i + 1 >= optionsEnd || tcp[i + 1] < 2)
            break;
        const int length = tcp[i + 1];
        if (i + length > optionsEnd)
            break;
        if (kind == 2 && length == 4)
            s.mss = be16(tcp + i + 2);
        else if (kind == 3 && length == 3)
            s.windowShift = qMin<int>(tcp[i + 2], 14);
        i += length;
    }
}

void parseTransport(Segment &s, int protocol, const uchar *p, qint64 available, qint64 ipPayload)
{
    if (protocol == IPPROTO_TCP) {
        parseTcp(s, p, available, ipPayload);
    } else if (protocol == IPPROTO_UDP && available >= 8) {
        s.transport = Segment::Transport::Udp;
        s.sourcePort = be16(p);
        s.destinationPort = be16(p + 2);
        s.payloadLength = qMax<qint64>(0, qint64(be16(p + 4)) - 8);
    }
}

Endpoint endpoint(int ipVersion, const std::array<quint8, 16> &address, quint16 port)
{
    if (ipVersion == 4) {
        sockaddr_in in {};
        in.sin_family = AF_INET;
        in.sin_port = htons(port);
        std::memcpy(&in.sin_addr, address.data(), 4);
        return Endpoint::fromSockaddr(reinterpret_cast<const sockaddr *>(&in), sizeof in);
    }
    if (ipVersion == 6) {
        sockaddr_in6 in6 {};
        in6.sin6_family = AF_INET6;
        in6.sin6_port = htons(port);
        std::memcpy(&in6.sin6_addr, address.data(), 16);
        return Endpoint::fromSockaddr(reinterpret_cast<const sockaddr *>(&in6), sizeof in6);
    }
    return {};
}

} // namespace

Segment Segment::parse(const Frame &frame)
{
    Segment s;
    s.frame = frame;
    const auto *bytes = reinterpret_cast<const uchar *>(frame.data.constData());
    const qint64 size = frame.data.size();
    if (size < EthernetHeader)
        return s;
    const quint16 etherType = be16(bytes + 12);
    const uchar *ip = bytes + EthernetHeader;
    const qint64 available = size - EthernetHeader;

    if (etherType == EtherTypeIpv4 && available >= 20 && (ip[0] >> 4) == 4) {
        const int headerLength = (ip[0] & 0x0f) * 4;
        const qint64 totalLength = be16(ip + 2);
        if (headerLength < 20 || totalLength < headerLength)
            return s;
        s.ipVersion = 4;
        std::memcpy(s.sourceAddress.data(), ip + 12, 4);
        std::memcpy(s.destinationAddress.data(), ip + 16, 4);
        const bool laterFragment = (be16(ip + 6) & 0x1fff) != 0;
        if (laterFragment || available < headerLength)
            return s;
        parseTransport(
            s, ip[9], ip + headerLength, available - headerLength, totalLength - headerLength);
    } else if (etherType == EtherTypeIpv6 && available >= 40 && (ip[0] >> 4) == 6) {
        s.ipVersion = 6;
        std::memcpy(s.sourceAddress.data(), ip + 8, 16);
        std::memcpy(s.destinationAddress.data(), ip + 24, 16);
        qint64 payload = be16(ip + 4);
        int next = ip[6];
        qint64 offset = 40;
        // Hop-by-hop (0), routing (43), fragment (44), destination options (60).
        while (next == 0 || next == 43 || next == 44 || next == 60) {
            if (offset + 8 > available)
                return s;
            const qint64 length = next == 44 ? 8 : (qint64(ip[offset + 1]) + 1) * 8;
            if (next == 44 && (be16(ip + offset + 2) & 0xfff8) != 0)
                return s; // a later fragment
            next = ip[offset];
            offset += length;
            payload -= length;
        }
        if (offset > available)
            return s;
        parseTransport(s, next, ip + offset, available - offset, payload);
    }
    return s;
}

Endpoint Segment::source() const
{
    return endpoint(ipVersion, sourceAddress, sourcePort);
}

Endpoint Segment::destination() const
{
    return endpoint(ipVersion, destinationAddress, destinationPort);
}

QString Segment::flagsText() const
{
    if (!isTcp())
        return {};
    if (has(Syn) && has(Ack) && !has(Fin) && !has(Rst))
        return u"SYN-ACK"_s;
    QStringList names;
    static constexpr struct
    {
        Flag flag;
        QStringView name;
    } order[] = {{Syn, u"SYN"}, {Fin, u"FIN"}, {Rst, u"RST"}, {Psh, u"PSH"}, {Urg, u"URG"},
        {Ack, u"ACK"}, {Ece, u"ECE"}, {Cwr, u"CWR"}};
    for (const auto &entry : order) {
        if (has(entry.flag))
            names << entry.name.toString();
    }
    return names.join(u' ');
}
