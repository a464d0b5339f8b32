#include "core/platform/addressinfo.h"

#include <QStringList>

#include <arpa/inet.h>
#include <sys/socket.h>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

bool isDecimal(QStringView s)
{
    return !s.isEmpty()
        && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

QString groupThousands(const QString &digits)
{
    QString out;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += u',';
        out += digits.at(i);
    }
    return out;
}

bool inRange4(const QByteArray &b, quint8 a0, quint8 a1, int prefix)
{
    const quint32 addr = (quint32(quint8(b[0])) << 24) | (quint32(quint8(b[1])) << 16)
        | (quint32(quint8(b[2])) << 8) | quint32(quint8(b[3]));
    const quint32 net = (quint32(a0) << 24) | (quint32(a1) << 16);
    const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
    return (addr & mask) == (net & mask);
}

bool inRange4(const QByteArray &b, quint8 a0, quint8 a1, quint8 a2, int prefix)
{
    const quint32 addr = (quint32(quint8(b[0])) << 24) | (quint32(quint8(b[1])) << 16)
        | (quint32(quint8(b[2])) << 8) | quint32(quint8(b[3]));
    const quint32 net = (quint32(a0) << 24) | (quint32(a1) << 16) | (quint32(a2) << 8);
    const quint32 mask = ~quint32(0) << (32 - prefix);
    return (addr & mask) == (net & mask);
}

AddressInfo::Kind classify4(const QByteArray &b)
{
    using K = AddressInfo::Kind;
    if (b == QByteArray(4, '\0'))
        return K::Unspecified;
    if (b == QByteArray(4, '\xff'))
        return K::Broadcast;
    if (inRange4(b, 127, 0, 8))
        return K::Loopback;
    if (inRange4(b, 10, 0, 8) || inRange4(b, 172, 16, 12) || inRange4(b, 192, 168, 16))
        return K::Private;
    if (inRange4(b, 100, 64, 10))
        return K::Shared;
    if (inRange4(b, 169, 254, 16))
        return K::LinkLocal;
    if (inRange4(b, 224, 0, 4))
        return K::Multicast;
    if (inRange4(b, 192, 0, 2, 24) || inRange4(b, 198, 51, 100, 24) || inRange4(b, 203, 0, 113, 24))
        return K::Documentation;
    if (inRange4(b, 0, 0, 8) || inRange4(b, 240, 0, 4))
        return K::Reserved;
    return K::Global;
}

// Why `host` is not dotted-decimal IPv4; empty when it is.
QString ipv4Problem(const QString &host)
{
    const QStringList parts = host.split(u'.');
    for (const QString &part : parts) {
        if (part.isEmpty())
            return u"there is an empty number between two dots"_s;
        if (!isDecimal(part))
            return u"\u201c%1\u201d is not a decimal number"_s.arg(part);
    }
    if (parts.size() < 4)
        return u"it has %1 number(s); an IPv4 address has exactly four, separated by dots"_s.arg(
            parts.size());
    if (parts.size() > 4)
        return u"it has %1 numbers; an IPv4 address has exactly four"_s.arg(parts.size());
    for (const QString &part : parts) {
        if (part.size() > 1 && part.startsWith(u'0'))
            return u"\u201c%1\u201d has a leading zero, which some systems read as octal; inet_pton refuses it"_s
                .arg(part);
        if (part.size() > 3 || part.toInt() > 255)
            return u"%1 is over 255, the largest value one byte can hold"_s.arg(part);
    }
    return {};
}

// Why `host` is not an IPv6 address; empty when it is.
QString ipv6Problem(const QString &host)
{
    for (QChar c : host) {
        if (!isHexDigit(c) && c != u':' && c != u'.')
            return u"\u201c%1\u201d is not a hexadecimal digit (0-9, a-f)"_s.arg(c);
    }
    if (host.contains(u":::"_s))
        return u"it has three colons in a row"_s;
    const qsizetype doubles = host.count(u"::"_s);
    if (doubles > 1)
        return u"\u201c::\u201d appears %1 times; it may stand for a run of zero groups only once"_s
            .arg(doubles);
    if (host.startsWith(u':') && !host.startsWith(u"::"_s))
        return u"it starts with a single colon"_s;
    if (host.endsWith(u':') && !host.endsWith(u"::"_s))
        return u"it ends with a single colon"_s;
    QStringList groups = host.split(u':');
    int needed = 8;
    if (!groups.isEmpty() && groups.last().contains(u'.')) {
        if (!ipv4Problem(groups.last()).isEmpty())
            return u"the IPv4 part at the end, \u201c%1\u201d, is not a valid IPv4 address"_s.arg(
                groups.last());
        groups.removeLast();
        needed = 6;
    }
    int count = 0;
    for (const QString &g : std::as_const(groups)) {
        if (g.contains(u'.'))
            return u"an IPv4 part may only come last"_s;
        if (g.size() > 4)
            return u"the group \u201c%1\u201d has more than four hex digits"_s.arg(g);
        if (!g.isEmpty())
            ++count;
    }
    if (doubles == 0 && count < needed)
        return u"it has %1 groups; without \u201c::\u201d it needs %2"_s.arg(count).arg(needed);
    if (count > needed || (doubles == 1 && count == needed))
        return u"it has %1 groups, more than the %2 an IPv6 address holds"_s.arg(count).arg(needed);
    return {};
}

} // namespace

AddressInfo AddressInfo::invalid(const QString &input, const QString &problem, const QString &hint)
{
    AddressInfo info;
    info.m_input = input;
    info.m_problem = problem;
    info.m_hint = hint;
    return info;
}

AddressInfo AddressInfo::parse(const QString &text)
{
    const QString s = text.trimmed();
    const QString hintExample
        = u"Type an address such as 192.168.1.100, 2001:db8::1 or [::1]:443."_s;
    if (s.isEmpty())
        return invalid(text, u"nothing is typed yet"_s, hintExample);
    for (QChar c : s) {
        if (c.isSpace())
            return invalid(text, u"it contains a space"_s, u"Remove the space."_s);
    }

    QString host;
    QString portText;
    bool hasPort = false;
    bool wantV6 = false;
    if (s.startsWith(u'[')) {
        const qsizetype close = s.indexOf(u']');
        if (close < 0)
            return invalid(text, u"the \u201c[\u201d has no matching \u201c]\u201d"_s,
                u"Close the bracket, as in [2001:db8::1]:443."_s);
        host = s.mid(1, close - 1);
        const QString rest = s.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return invalid(text, u"only \u201c:port\u201d may follow the \u201c]\u201d"_s,
                    u"Write the port after a colon, as in [::1]:443."_s);
            portText = rest.mid(1);
            hasPort = true;
        }
        if (!host.contains(u':'))
            return invalid(text, u"square brackets are only for IPv6 addresses"_s,
                u"Write an IPv4 address with a port as 192.168.1.100:80."_s);
        wantV6 = true;
    } else {
        const qsizetype colons = s.count(u':');
        if (colons == 1) {
            const qsizetype colon = s.indexOf(u':');
            host = s.left(colon);
            portText = s.mid(colon + 1);
            hasPort = true;
            if (!host.contains(u'.'))
                return invalid(text,
                    u"it has one colon: an IPv6 address has at least two, and an IPv4 address with a port has dots before the colon"_s,
                    hintExample);
        } else {
            host = s;
            wantV6 = colons > 1;
        }
    }

    AddressInfo info;
    info.m_input = text;
    if (hasPort) {
        if (portText.isEmpty())
            return invalid(text, u"there is a colon but no port after it"_s,
                u"Add a port from 0 to 65535, or remove the colon."_s);
        if (!isDecimal(portText))
            return invalid(text, u"the port \u201c%1\u201d is not a whole number"_s.arg(portText),
                u"A port is a whole number from 0 to 65535."_s);
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port > 65535 || portText.size() > 5)
            return invalid(text, u"port %1 is over 65535, the largest 16-bit value"_s.arg(portText),
                u"Ports are 16-bit numbers: 0 to 65535."_s);
        info.m_hasPort = true;
        info.m_port = quint16(port);
    }

    const qsizetype percent = host.indexOf(u'%');
    if (percent >= 0) {
        if (!wantV6)
            return invalid(text, u"a %scope belongs only to IPv6 addresses"_s,
                u"Remove the part from \u201c%\u201d on."_s);
        info.m_scope = host.mid(percent + 1);
        host = host.left(percent);
        if (info.m_scope.isEmpty())
            return invalid(text, u"nothing follows the \u201c%\u201d"_s,
                u"Name the interface, as in fe80::1%eth0, or give its index, as in fe80::1%2."_s);
        for (QChar c : std::as_const(info.m_scope)) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'.' && c != u'-' && c != u'_')
                return invalid(text,
                    u"the scope \u201c%1\u201d is not an interface name or index"_s.arg(
                        info.m_scope),
                    u"Use an interface name (eth0, lo, wlan0) or its number."_s);
        }
    }

    if (wantV6) {
        const QString problem = ipv6Problem(host);
        if (!problem.isEmpty()) {
            QString hint
                = u"An IPv6 address is eight groups of up to four hex digits separated by colons; \u201c::\u201d stands for one run of zero groups."_s;
            const QStringList groups = host.split(u':');
            if (!hasPort && isDecimal(groups.last()) && groups.last().size() <= 5)
                hint
                    = u"If the last part is a port, put the address in brackets: [2001:db8::1]:443."_s;
            return invalid(text, problem, hint);
        }
        in6_addr a6 {};
        if (inet_pton(AF_INET6, host.toLatin1().constData(), &a6) != 1)
            return invalid(text, u"it is not a valid IPv6 address"_s, hintExample);
        info.m_family = AF_INET6;
        info.m_bytes = QByteArray(reinterpret_cast<const char *>(&a6), 16);
        Q_IPV6ADDR q;
        std::copy_n(reinterpret_cast<const quint8 *>(&a6), 16, q.c);
        info.m_address = QHostAddress(q);
        if (!info.m_scope.isEmpty())
            info.m_address.setScopeId(info.m_scope);
    } else {
        const QString problem = ipv4Problem(host);
        if (!problem.isEmpty())
            return invalid(text, problem,
                u"An IPv4 address is four numbers from 0 to 255 separated by dots, as in 192.168.1.100."_s);
        in_addr a4 {};
        if (inet_pton(AF_INET, host.toLatin1().constData(), &a4) != 1)
            return invalid(text, u"it is not a valid IPv4 address"_s, hintExample);
        info.m_family = AF_INET;
        info.m_bytes = QByteArray(reinterpret_cast<const char *>(&a4), 4);
        info.m_address = QHostAddress(ntohl(a4.s_addr));
    }
    info.classify();
    return info;
}

void AddressInfo::classify()
{
    const QByteArray &b = m_bytes;
    if (m_family == AF_INET) {
        m_kind = classify4(b);
        return;
    }
    const auto byte = [&b](int i) {
        return quint8(b[i]);
    };
    if (b == QByteArray(16, '\0')) {
        m_kind = Kind::Unspecified;
    } else if (b.left(15) == QByteArray(15, '\0') && byte(15) == 1) {
        m_kind = Kind::Loopback;
    } else if (b.left(10) == QByteArray(10, '\0') && byte(10) == 0xff && byte(11) == 0xff) {
        m_kind = Kind::Ipv4Mapped;
        m_mappedKind = classify4(b.mid(12, 4));
    } else if (byte(0) == 0xfe && (byte(1) & 0xc0) == 0x80) {
        m_kind = Kind::LinkLocal;
    } else if (byte(0) == 0xff) {
        m_kind = Kind::Multicast;
    } else if (byte(0) == 0x20 && byte(1) == 0x01 && byte(2) == 0x0d && byte(3) == 0xb8) {
        m_kind = Kind::Documentation;
    } else if ((byte(0) & 0xfe) == 0xfc) {
        m_kind = Kind::UniqueLocal;
    } else if ((byte(0) & 0xe0) == 0x20) {
        m_kind = Kind::Global;
    } else {
        m_kind = Kind::Reserved;
    }
}

bool AddressInfo::isIpv4() const
{
    return m_family == AF_INET;
}

bool AddressInfo::isIpv6() const
{
    return m_family == AF_INET6;
}

QString AddressInfo::canonical() const
{
    if (!isValid())
        return {};
    char buffer[INET6_ADDRSTRLEN] = {};
    inet_ntop(m_family, m_bytes.constData(), buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

QString AddressInfo::expanded() const
{
    if (!isValid())
        return {};
    if (m_family == AF_INET)
        return canonical();
    QStringList groups;
    for (int i = 0; i < 16; i += 2) {
        const uint g = (uint(quint8(m_bytes[i])) << 8) | uint(quint8(m_bytes[i + 1]));
        groups << u"%1"_s.arg(g, 4, 16, QChar(u'0'));
    }
    return groups.join(u':');
}

QString AddressInfo::bits() const
{
    if (!isValid())
        return {};
    QStringList groups;
    const int step = m_family == AF_INET ? 1 : 2;
    for (int i = 0; i < m_bytes.size(); i += step) {
        uint value = quint8(m_bytes[i]);
        if (step == 2)
            value = (value << 8) | quint8(m_bytes[i + 1]);
        groups << u"%1"_s.arg(value, step * 8, 2, QChar(u'0'));
    }
    return groups.join(m_family == AF_INET ? u'.' : u':');
}

QString AddressInfo::mappedIpv4() const
{
    if (m_kind != Kind::Ipv4Mapped)
        return {};
    char buffer[INET_ADDRSTRLEN] = {};
    inet_ntop(AF_INET, m_bytes.constData() + 12, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

QString AddressInfo::endpointNotation(quint16 port) const
{
    if (!isValid())
        return {};
    if (m_family == AF_INET)
        return canonical() % u':' % QString::number(port);
    const QString scope = m_scope.isEmpty() ? QString() : u'%' % m_scope;
    return u'[' % canonical() % scope % u"]:"_s % QString::number(port);
}

QString AddressInfo::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Invalid:
        return u"invalid"_s;
    case Kind::Unspecified:
        return u"unspecified"_s;
    case Kind::Loopback:
        return u"loopback"_s;
    case Kind::Private:
        return u"private (RFC 1918)"_s;
    case Kind::Shared:
        return u"shared (RFC 6598)"_s;
    case Kind::LinkLocal:
        return u"link-local"_s;
    case Kind::Multicast:
        return u"multicast"_s;
    case Kind::Documentation:
        return u"documentation"_s;
    case Kind::UniqueLocal:
        return u"unique-local (RFC 4193)"_s;
    case Kind::Ipv4Mapped:
        return u"IPv4-mapped"_s;
    case Kind::Broadcast:
        return u"broadcast"_s;
    case Kind::Reserved:
        return u"reserved"_s;
    case Kind::Global:
        return u"global"_s;
    }
    return {};
}

QString AddressInfo::kindExplanation(Kind kind)
{
    switch (kind) {
    case Kind::Invalid:
        return u"Not an address."_s;
    case Kind::Unspecified:
        return u"Means \u201cno particular address\u201d: bind to it to accept connections on every interface; never a destination."_s;
    case Kind::Loopback:
        return u"Traffic to it never leaves this machine: the kernel hands it straight back (interface lo)."_s;
    case Kind::Private:
        return u"Usable inside a home or company network; routers on the Internet drop it, so NAT translates it on the way out."_s;
    case Kind::Shared:
        return u"Used between a provider's NAT and its customers (carrier-grade NAT); not routed on the Internet."_s;
    case Kind::LinkLocal:
        return u"Valid only on one network link, e.g. self-assigned when no DHCP answers; IPv6 needs a %scope to say which link."_s;
    case Kind::Multicast:
        return u"Names a group: one datagram sent to it reaches every member that joined; not for TCP."_s;
    case Kind::Documentation:
        return u"Set aside for examples in books and manuals; never assigned to a real host."_s;
    case Kind::UniqueLocal:
        return u"IPv6's counterpart of private addresses: routed inside a site, never on the Internet."_s;
    case Kind::Ipv4Mapped:
        return u"An IPv4 address written inside IPv6; a dual-stack socket shows IPv4 peers this way."_s;
    case Kind::Broadcast:
        return u"Reaches every host on the local network segment; routers never forward it."_s;
    case Kind::Reserved:
        return u"Set aside by IANA and not used for ordinary hosts."_s;
    case Kind::Global:
        return u"A public address: routers on the Internet can carry packets to it."_s;
    }
    return {};
}

QString AddressInfo::powerOfTwo(int exponent)
{
    exponent = std::clamp(exponent, 0, 1024);
    std::vector<int> digits {1}; // least significant first
    for (int i = 0; i < exponent; ++i) {
        int carry = 0;
        for (int &d : digits) {
            const int v = d * 2 + carry;
            d = v % 10;
            carry = v / 10;
        }
        if (carry)
            digits.push_back(carry);
    }
    QString out;
    out.reserve(qsizetype(digits.size()));
    for (auto it = digits.rbegin(); it != digits.rend(); ++it)
        out += QChar(u'0' + *it);
    return out;
}

QString AddressInfo::addressSpaceSize(int family)
{
    return groupThousands(powerOfTwo(family == AF_INET6 ? 128 : 32));
}

QString AddressInfo::addressSpaceApprox(int family)
{
    const QString digits = powerOfTwo(family == AF_INET6 ? 128 : 32);
    int lead = digits.left(2).toInt();
    if (digits.size() > 2 && digits.at(2) >= u'5')
        ++lead;
    qsizetype exponent = digits.size() - 1;
    if (lead >= 100) {
        lead /= 10;
        ++exponent;
    }
    return u"%1.%2\u00d710^%3"_s.arg(lead / 10).arg(lead % 10).arg(exponent);
}
