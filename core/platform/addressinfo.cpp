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
            return QCoreApplication::translate(
                "AddressInfo", "there is an empty number between two dots");
        if (!isDecimal(part))
            return QCoreApplication::translate("AddressInfo", "“%1” is not a decimal number")
                .arg(part);
    }
    if (parts.size() < 4)
        return QCoreApplication::translate("AddressInfo",
            "it has %n number(s); an IPv4 address has exactly four, separated by dots", nullptr,
            int(parts.size()));
    if (parts.size() > 4)
        return QCoreApplication::translate(
            "AddressInfo", "it has %1 numbers; an IPv4 address has exactly four")
            .arg(parts.size());
    for (const QString &part : parts) {
        if (part.size() > 1 && part.startsWith(u'0'))
            return QCoreApplication::translate("AddressInfo",
                "“%1” has a leading zero, which some systems read as octal; inet_pton refuses it")
                .arg(part);
        if (part.size() > 3 || part.toInt() > 255)
            return QCoreApplication::translate(
                "AddressInfo", "%1 is over 255, the largest value one byte can hold")
                .arg(part);
    }
    return {};
}

// Why `host` is not an IPv6 address; empty when it is.
QString ipv6Problem(const QString &host)
{
    for (QChar c : host) {
        if (!isHexDigit(c) && c != u':' && c != u'.')
            return QCoreApplication::translate(
                "AddressInfo", "“%1” is not a hexadecimal digit (0-9, a-f)")
                .arg(c);
    }
    if (host.contains(u":::"_s))
        return QCoreApplication::translate("AddressInfo", "it has three colons in a row");
    const qsizetype doubles = host.count(u"::"_s);
    if (doubles > 1)
        return QCoreApplication::translate(
            "AddressInfo", "“::” appears %1 times; it may stand for a run of zero groups only once")
            .arg(doubles);
    if (host.startsWith(u':') && !host.startsWith(u"::"_s))
        return QCoreApplication::translate("AddressInfo", "it starts with a single colon");
    if (host.endsWith(u':') && !host.endsWith(u"::"_s))
        return QCoreApplication::translate("AddressInfo", "it ends with a single colon");
    QStringList groups = host.split(u':');
    int needed = 8;
    if (!groups.isEmpty() && groups.last().contains(u'.')) {
        if (!ipv4Problem(groups.last()).isEmpty())
            return QCoreApplication::translate(
                "AddressInfo", "the IPv4 part at the end, “%1”, is not a valid IPv4 address")
                .arg(groups.last());
        groups.removeLast();
        needed = 6;
    }
    int count = 0;
    for (const QString &g : std::as_const(groups)) {
        if (g.contains(u'.'))
            return QCoreApplication::translate("AddressInfo", "an IPv4 part may only come last");
        if (g.size() > 4)
            return QCoreApplication::translate(
                "AddressInfo", "the group “%1” has more than four hex digits")
                .arg(g);
        if (!g.isEmpty())
            ++count;
    }
    if (doubles == 0 && count < needed)
        return QCoreApplication::translate(
            "AddressInfo", "it has %1 groups; without “::” it needs %2")
            .arg(count)
            .arg(needed);
    if (count > needed || (doubles == 1 && count == needed))
        return QCoreApplication::translate(
            "AddressInfo", "it has %1 groups, more than the %2 an IPv6 address holds")
            .arg(count)
            .arg(needed);
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
        = tr("Type an address such as 192.168.1.100, 2001:db8::1 or [::1]:443.");
    if (s.isEmpty())
        return invalid(text, tr("nothing is typed yet"), hintExample);
    for (QChar c : s) {
        if (c.isSpace())
            return invalid(text, tr("it contains a space"), tr("Remove the space."));
    }

    QString host;
    QString portText;
    bool hasPort = false;
    bool wantV6 = false;
    if (s.startsWith(u'[')) {
        const qsizetype close = s.indexOf(u']');
        if (close < 0)
            return invalid(text, tr("the “[” has no matching “]”"),
                tr("Close the bracket, as in [2001:db8::1]:443."));
        host = s.mid(1, close - 1);
        const QString rest = s.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return invalid(text, tr("only “:port” may follow the “]”"),
                    tr("Write the port after a colon, as in [::1]:443."));
            portText = rest.mid(1);
            hasPort = true;
        }
        if (!host.contains(u':'))
            return invalid(text, tr("square brackets are only for IPv6 addresses"),
                tr("Write an IPv4 address with a port as 192.168.1.100:80."));
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
                    tr("it has one colon: an IPv6 address has at least two, and an IPv4 address "
                       "with a port has dots before the colon"),
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
            return invalid(text, tr("there is a colon but no port after it"),
                tr("Add a port from 0 to 65535, or remove the colon."));
        if (!isDecimal(portText))
            return invalid(text, tr("the port “%1” is not a whole number").arg(portText),
                tr("A port is a whole number from 0 to 65535."));
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port > 65535 || portText.size() > 5)
            return invalid(text,
                tr("port %1 is over 65535, the largest 16-bit value").arg(portText),
                tr("Ports are 16-bit numbers: 0 to 65535."));
        info.m_hasPort = true;
        info.m_port = quint16(port);
    }

    const qsizetype percent = host.indexOf(u'%');
    if (percent >= 0) {
        if (!wantV6)
            return invalid(text, tr("a %scope belongs only to IPv6 addresses"),
                tr("Remove the part from “%” on."));
        info.m_scope = host.mid(percent + 1);
        host = host.left(percent);
        if (info.m_scope.isEmpty())
            return invalid(text, tr("nothing follows the “%”"),
                tr("Name the interface, as in fe80::1%eth0, or give its index, as in fe80::1%2."));
        for (QChar c : std::as_const(info.m_scope)) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'.' && c != u'-' && c != u'_')
                return invalid(text,
                    tr("the scope “%1” is not an interface name or index").arg(info.m_scope),
                    tr("Use an interface name (eth0, lo, wlan0) or its number."));
        }
    }

    if (wantV6) {
        const QString problem = ipv6Problem(host);
        if (!problem.isEmpty()) {
            QString hint = tr("An IPv6 address is eight groups of up to four hex digits separated "
                              "by colons; “::” stands for one run of zero groups.");
            const QStringList groups = host.split(u':');
            if (!hasPort && isDecimal(groups.last()) && groups.last().size() <= 5)
                hint = tr(
                    "If the last part is a port, put the address in brackets: [2001:db8::1]:443.");
            return invalid(text, problem, hint);
        }
        in6_addr a6 {};
        if (inet_pton(AF_INET6, host.toLatin1().constData(), &a6) != 1)
            return invalid(text, tr("it is not a valid IPv6 address"), hintExample);
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
                tr("An IPv4 address is four numbers from 0 to 255 separated by dots, as in "
                   "192.168.1.100."));
        in_addr a4 {};
        if (inet_pton(AF_INET, host.toLatin1().constData(), &a4) != 1)
            return invalid(text, tr("it is not a valid IPv4 address"), hintExample);
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
        return tr("invalid");
    case Kind::Unspecified:
        return tr("unspecified");
    case Kind::Loopback:
        return tr("loopback");
    case Kind::Private:
        return tr("private (RFC 1918)");
    case Kind::Shared:
        return tr("shared (RFC 6598)");
    case Kind::LinkLocal:
        return tr("link-local");
    case Kind::Multicast:
        return tr("multicast");
    case Kind::Documentation:
        return tr("documentation");
    case Kind::UniqueLocal:
        return tr("unique-local (RFC 4193)");
    case Kind::Ipv4Mapped:
        return tr("IPv4-mapped");
    case Kind::Broadcast:
        return tr("broadcast");
    case Kind::Reserved:
        return tr("reserved");
    case Kind::Global:
        return tr("global");
    }
    return {};
}

QString AddressInfo::kindExplanation(Kind kind)
{
    switch (kind) {
    case Kind::Invalid:
        return tr("Not an address.");
    case Kind::Unspecified:
        return tr("Means “no particular address”: bind to it to accept connections on every "
                  "interface; never a destination.");
    case Kind::Loopback:
        return tr("Traffic to it never leaves this machine: the kernel hands it straight back "
                  "(interface lo).");
    case Kind::Private:
        return tr("Usable inside a home or company network; routers on the Internet drop it, so "
                  "NAT translates it on the way out.");
    case Kind::Shared:
        return tr("Used between a provider's NAT and its customers (carrier-grade NAT); not routed "
                  "on the Internet.");
    case Kind::LinkLocal:
        return tr("Valid only on one network link, e.g. self-assigned when no DHCP answers; IPv6 "
                  "needs a %scope to say which link.");
    case Kind::Multicast:
        return tr("Names a group: one datagram sent to it reaches every member that joined; not "
                  "for TCP.");
    case Kind::Documentation:
        return tr("Set aside for examples in books and manuals; never assigned to a real host.");
    case Kind::UniqueLocal:
        return tr("IPv6's counterpart of private addresses: routed inside a site, never on the "
                  "Internet.");
    case Kind::Ipv4Mapped:
        return tr(
            "An IPv4 address written inside IPv6; a dual-stack socket shows IPv4 peers this way.");
    case Kind::Broadcast:
        return tr("Reaches every host on the local network segment; routers never forward it.");
    case Kind::Reserved:
        return tr("Set aside by IANA and not used for ordinary hosts.");
    case Kind::Global:
        return tr("A public address: routers on the Internet can carry packets to it.");
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
