#include "core/platform/encapsulation.h"

#include "core/net/endpoint.h"

#include <QFile>
#include <QList>
#include <QtEndian>

#include <netinet/in.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int TcpBaseHeader = 20; // RFC 9293 3.1, no options
constexpr int TcpTimestampOption = 12; // RFC 7323: 10 bytes + 2 NOPs
constexpr int UdpHeader = 8; // RFC 768
constexpr int Ipv4Header = 20; // RFC 791, no options
constexpr int Ipv6Header = 40; // RFC 8200 3
constexpr int Ipv6FragmentHeader = 8; // RFC 8200 4.5
constexpr int IpMaxPacket = 65535; // 16-bit total length / payload length
constexpr int EthernetHeader = 14; // IEEE 802.3: dst MAC, src MAC, EtherType
constexpr int EthernetFcs = 4; // IEEE 802.3 frame check sequence

QByteArray readSmallFile(const QString &name)
{
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(1 << 20);
}

int kernelTcpOptionBytes()
{
    // 0 disables the option; 1 and 2 both send it on every segment.
    const QByteArray value = readSmallFile(u"/proc/sys/net/ipv4/tcp_timestamps"_s).trimmed();
    if (value.isEmpty())
        return TcpTimestampOption; // Linux's default
    return value == "0" ? 0 : TcpTimestampOption;
}

bool isOwnAddress(const QHostAddress &address)
{
    const QList<QHostAddress> own = QNetworkInterface::allAddresses();
    for (const QHostAddress &candidate : own) {
        if (candidate.isEqual(address, QHostAddress::TolerantConversion))
            return true;
    }
    return false;
}

QString interfaceHolding(const QHostAddress &address)
{
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        const QList<QNetworkAddressEntry> entries = iface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            if (entry.ip().isEqual(address, QHostAddress::TolerantConversion))
                return iface.name();
        }
    }
    return {};
}

QString loopbackInterfaceName()
{
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        if (iface.type() == QNetworkInterface::Loopback)
            return iface.name();
    }
    return u"lo"_s;
}

} // namespace

Encapsulation::Flow Encapsulation::Flow::fromEndpoints(
    int type, const Endpoint &source, const Endpoint &destination)
{
    Flow flow;
    flow.family = source.isValid() ? source.family() : destination.family();
    flow.type = type;
    if (flow.family == AF_UNIX) {
        flow.sourceHost = source.path();
        flow.destinationHost = destination.path();
    } else {
        flow.sourceHost = source.host();
        flow.sourcePort = source.port();
        flow.destinationHost = destination.host();
        flow.destinationPort = destination.port();
    }
    return flow;
}

QString Encapsulation::routeInterface(QByteArrayView table, const QHostAddress &destination)
{
    const bool v6 = destination.protocol() == QHostAddress::IPv6Protocol;
    const QList<QByteArray> lines = table.toByteArray().split('\n');
    QString best;
    int bestPrefix = -1;

    for (const QByteArray &line : lines) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (v6) {
            // dest prefixlen src srcprefixlen nexthop metric refcnt use flags iface
            if (f.size() < 10 || f.at(0).size() != 32)
                continue;
            bool ok = false;
            const uint flags = f.at(8).toUInt(&ok, 16);
            if (!ok || (flags & 0x0200) != 0) // RTF_REJECT
                continue;
            const int prefix = f.at(1).toInt(&ok, 16);
            if (!ok || prefix < 0 || prefix > 128)
                continue;
            const QByteArray raw = QByteArray::fromHex(f.at(0));
            if (raw.size() != 16)
                continue;
            const QHostAddress network(reinterpret_cast<const quint8 *>(raw.constData()));
            if (destination.isInSubnet(network, prefix) && prefix > bestPrefix) {
                bestPrefix = prefix;
                best = QString::fromLatin1(f.at(9));
            }
        } else {
            // Iface Destination Gateway Flags RefCnt Use Metric Mask MTU Window IRTT
            if (f.size() < 8 || f.at(0) == "Iface")
                continue;
            bool okDest = false;
            bool okMask = false;
            bool okFlags = false;
            // The kernel prints the network-order word as a native integer.
            const quint32 dest = qFromBigEndian(f.at(1).toUInt(&okDest, 16));
            const quint32 mask = qFromBigEndian(f.at(7).toUInt(&okMask, 16));
            const uint flags = f.at(3).toUInt(&okFlags, 16);
            if (!okDest || !okMask || !okFlags || (flags & 0x0001) == 0 || (flags & 0x0200) != 0)
                continue; // not RTF_UP, or RTF_REJECT
            if ((destination.toIPv4Address() & mask) != (dest & mask))
                continue;
            const int prefix = qPopulationCount(mask);
            if (prefix > bestPrefix) {
                bestPrefix = prefix;
                best = QString::fromLatin1(f.at(0));
            }
        }
    }
    return best;
}

Encapsulation::Path Encapsulation::pathTo(
    int family, const QString &destinationHost, const QString &sourceHost)
{
    Path path;
    if (family == AF_UNIX) {
        path.local = true;
        return path;
    }
    QHostAddress destination;
    if (!destination.setAddress(destinationHost))
        return path;
    // A v4-mapped address (::ffff:127.0.0.1) travels as IPv4.
    bool mapped = false;
    const quint32 v4 = destination.toIPv4Address(&mapped);
    if (mapped && destination.protocol() == QHostAddress::IPv6Protocol)
        destination = QHostAddress(v4);

    if (destination.isLoopback() || isOwnAddress(destination)) {
        // Linux's "local" routing table sends these through the loopback device.
        path.interfaceName = loopbackInterfaceName();
        path.local = true;
    } else {
        const bool v6 = destination.protocol() == QHostAddress::IPv6Protocol;
        path.interfaceName = routeInterface(
            readSmallFile(v6 ? u"/proc/net/ipv6_route"_s : u"/proc/net/route"_s), destination);
        if (path.interfaceName.isEmpty() && !sourceHost.isEmpty())
            path.interfaceName = interfaceHolding(QHostAddress(sourceHost));
    }
    if (path.interfaceName.isEmpty())
        return path;

    const QNetworkInterface iface = QNetworkInterface::interfaceFromName(path.interfaceName);
    if (iface.isValid()) {
        path.mtu = iface.maximumTransmissionUnit();
        path.linkType = iface.type();
    }
    if (path.mtu <= 0) {
        path.mtu = readSmallFile(u"/sys/class/net/"_s % path.interfaceName % u"/mtu"_s)
                       .trimmed()
                       .toInt();
    }
    return path;
}

Encapsulation Encapsulation::compute(const Flow &flow, qint64 payloadBytes, const Path &path)
{
    Encapsulation result;
    result.m_flow = flow;
    result.m_path = path;
    result.m_payload = qMax<qint64>(0, payloadBytes);
    if (result.m_path.tcpOptionBytes < 0)
        result.m_path.tcpOptionBytes = kernelTcpOptionBytes();
    return result;
}

Encapsulation Encapsulation::compute(const Flow &flow, qint64 payloadBytes)
{
    return compute(flow, payloadBytes, pathTo(flow.family, flow.destinationHost, flow.sourceHost));
}

QString Encapsulation::layerId(Layer layer)
{
    switch (layer) {
    case Layer::Application:
        return u"application"_s;
    case Layer::Transport:
        return u"transport"_s;
    case Layer::Internet:
        return u"internet"_s;
    case Layer::Link:
        return u"link"_s;
    }
    return {};
}

std::optional<Encapsulation::Layer> Encapsulation::layerFromId(QStringView id)
{
    for (Layer layer : {Layer::Application, Layer::Transport, Layer::Internet, Layer::Link}) {
        if (id.compare(layerId(layer), Qt::CaseInsensitive) == 0)
            return layer;
    }
    return std::nullopt;
}

bool Encapsulation::isTcp() const
{
    return !isUnix() && m_flow.type == SOCK_STREAM;
}

bool Encapsulation::isUdp() const
{
    return !isUnix() && m_flow.type == SOCK_DGRAM;
}

int Encapsulation::tcpOptionBytes() const
{
    return m_path.tcpOptionBytes < 0 ? kernelTcpOptionBytes() : m_path.tcpOptionBytes;
}

int Encapsulation::ipHeaderBytes() const
{
    if (isUnix())
        return 0;
    return m_flow.family == AF_INET6 ? Ipv6Header : Ipv4Header;
}

int Encapsulation::maxPacketBytes() const
{
    // The MTU, but an IPv4 packet is at most 65535 bytes (total length) and
    // an IPv6 packet at most 40 + 65535 (payload length), without jumbograms.
    const int limit = m_flow.family == AF_INET6 ? IpMaxPacket + Ipv6Header : IpMaxPacket;
    return qMin(m_path.mtu, limit);
}

int Encapsulation::transportHeaderBytes() const
{
    if (isTcp())
        return TcpBaseHeader + tcpOptionBytes();
    if (isUdp())
        return UdpHeader;
    return 0;
}

int Encapsulation::linkBytesPerPacket() const
{
    const Header link = header(Layer::Link);
    return link.bytes + link.trailerBytes;
}

Encapsulation::Header Encapsulation::header(Layer layer) const
{
    Header h;
    h.layer = layer;
    switch (layer) {
    case Layer::Application:
        h.present = true;
        h.protocol = isUnix() ? u"AF_UNIX"_s : (isTcp() ? u"stream"_s : u"datagram"_s);
        h.label = u"payload "_s % QString::number(m_payload) % u" B"_s;
        break;
    case Layer::Transport:
        if (isUnix())
            break;
        h.present = true;
        h.protocol = isTcp() ? u"TCP"_s : u"UDP"_s;
        h.bytes = transportHeaderBytes();
        h.label = h.protocol % u' ' % QString::number(h.bytes) % u" B  src "_s
            % QString::number(m_flow.sourcePort) % u" → dst "_s
            % QString::number(m_flow.destinationPort);
        break;
    case Layer::Internet:
        if (isUnix())
            break;
        h.present = true;
        h.protocol = m_flow.family == AF_INET6 ? u"IPv6"_s : u"IPv4"_s;
        h.bytes = ipHeaderBytes();
        h.protocolNumber = isTcp() ? IPPROTO_TCP : IPPROTO_UDP;
        h.label = h.protocol % u' ' % QString::number(h.bytes) % u" B  "_s % m_flow.sourceHost
            % u" → "_s % m_flow.destinationHost
            % (m_flow.family == AF_INET6 ? u"  next header "_s : u"  proto "_s)
            % QString::number(h.protocolNumber);
        break;
    case Layer::Link:
        if (isUnix())
            break;
        h.present = true;
        switch (m_path.linkType) {
        case QNetworkInterface::Loopback:
            h.protocol = u"loopback"_s;
            h.bytes = EthernetHeader;
            break;
        case QNetworkInterface::Ethernet:
        case QNetworkInterface::Wifi:
            h.protocol = u"Ethernet"_s;
            h.bytes = EthernetHeader;
            h.trailerBytes = EthernetFcs;
            break;
        case QNetworkInterface::Unknown:
            h.protocol = u"unknown"_s;
            break;
        default:
            // tun, PPP, CAN, ...: no Ethernet framing we could count.
            h.protocol = u"other"_s;
            break;
        }
        {
            const QString name = m_path.interfaceName.isEmpty() ? u"?"_s : m_path.interfaceName;
            h.label = u"frame "_s % name % u' ' % QString::number(h.bytes) % u" B"_s;
            if (h.trailerBytes > 0)
                h.label += u" + "_s % QString::number(h.trailerBytes) % u" B FCS"_s;
        }
        break;
    }
    return h;
}

int Encapsulation::mss() const
{
    if (!isTcp() || m_path.mtu <= 0)
        return 0;
    return qMax(0, maxPacketBytes() - ipHeaderBytes() - TcpBaseHeader);
}

int Encapsulation::segmentPayloadLimit() const
{
    if (isTcp()) {
        if (m_path.kernelMss > 0)
            return m_path.kernelMss;
        return qMax(0, mss() - tcpOptionBytes());
    }
    if (isUdp() && m_path.mtu > 0) {
        return qMax(0, maxPacketBytes() - ipHeaderBytes() - UdpHeader);
    }
    return 0;
}

qint64 Encapsulation::maxDatagramPayload() const
{
    if (!isUdp())
        return -1;
    return m_flow.family == AF_INET6 ? IpMaxPacket - UdpHeader
                                     : IpMaxPacket - Ipv4Header - UdpHeader;
}

bool Encapsulation::exceedsDatagramLimit() const
{
    return isUdp() && m_payload > maxDatagramPayload();
}

qint64 Encapsulation::segmentCount() const
{
    if (isUnix())
        return m_payload > 0 ? 1 : 0;
    if (isUdp())
        return exceedsDatagramLimit() ? 0 : 1;
    const int limit = segmentPayloadLimit();
    if (m_payload == 0)
        return 0;
    if (limit <= 0)
        return 1;
    return (m_payload + limit - 1) / limit;
}

qint64 Encapsulation::lastSegmentPayload() const
{
    const qint64 count = segmentCount();
    if (count == 0)
        return 0;
    if (!isTcp())
        return m_payload;
    return m_payload - (count - 1) * qint64(segmentPayloadLimit());
}

int Encapsulation::fragmentCount() const
{
    if (!isUdp() || exceedsDatagramLimit() || m_path.mtu <= 0)
        return 1;
    const qint64 ipPayload = UdpHeader + m_payload;
    if (ipHeaderBytes() + ipPayload <= m_path.mtu)
        return 1;
    // Every fragment but the last carries a multiple of 8 bytes (RFC 791
    // fragment offset; RFC 8200 4.5, after the 8-byte Fragment header).
    const int room
        = m_path.mtu - ipHeaderBytes() - (m_flow.family == AF_INET6 ? Ipv6FragmentHeader : 0);
    const int perFragment = room / 8 * 8;
    if (perFragment <= 0)
        return 1;
    return int((ipPayload + perFragment - 1) / perFragment);
}

qint64 Encapsulation::overheadBytes() const
{
    if (isUnix())
        return 0;
    const int perPacketOuter = ipHeaderBytes() + linkBytesPerPacket();
    if (isUdp()) {
        if (exceedsDatagramLimit())
            return 0;
        const int fragments = fragmentCount();
        const int fragmentHeaders
            = (fragments > 1 && m_flow.family == AF_INET6) ? Ipv6FragmentHeader * fragments : 0;
        return UdpHeader + qint64(fragments) * perPacketOuter + fragmentHeaders;
    }
    return segmentCount() * qint64(transportHeaderBytes() + perPacketOuter);
}

qint64 Encapsulation::wireBytes() const
{
    if (isUnix() || segmentCount() == 0)
        return 0;
    return m_payload + overheadBytes();
}
