#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

// One IPv4 or IPv6 address as a student types it, taken apart: valid or
// why not, its canonical and fully expanded forms, its bits, and what kind
// of address it is.
//
// Accepted input (surrounding spaces ignored):
//   192.168.1.100          IPv4, four decimal numbers 0-255 (inet_pton(3) rules:
//                          no leading zeros, no shortened "127.1" forms)
//   192.168.1.100:80       IPv4 with a port 0-65535
//   2001:db8::1            IPv6 (RFC 4291 text forms, "::" at most once)
//   fe80::1%eth0           IPv6 with a zone (RFC 4007 %scope: name or index)
//   [2001:db8::1]:443      IPv6 in endpoint notation with a port (RFC 3986)
//
// Kinds follow the IANA special-purpose registries (RFC 6890 and the RFCs
// each row names).
class AddressInfo
{
    Q_DECLARE_TR_FUNCTIONS(AddressInfo)

public:
    enum class Kind {
        Invalid, // did not parse
        Unspecified, // 0.0.0.0, :: — "any address" for bind
        Loopback, // 127.0.0.0/8, ::1 (RFC 1122, RFC 4291)
        Private, // 10/8, 172.16/12, 192.168/16 (RFC 1918)
        Shared, // 100.64.0.0/10, carrier-grade NAT (RFC 6598)
        LinkLocal, // 169.254/16 (RFC 3927), fe80::/10 (RFC 4291)
        Multicast, // 224.0.0.0/4, ff00::/8
        Documentation, // 192.0.2/24, 198.51.100/24, 203.0.113/24 (RFC 5737), 2001:db8::/32 (RFC
                       // 3849)
        UniqueLocal, // fc00::/7 (RFC 4193)
        Ipv4Mapped, // ::ffff:0:0/96 (RFC 4291 2.5.5.2)
        Broadcast, // 255.255.255.255 (RFC 919)
        Reserved, // 0.0.0.0/8 other than 0.0.0.0, 240.0.0.0/4; IPv6 outside 2000::/3 and the above
        Global, // anything else: reachable across the Internet
    };

    AddressInfo() = default;

    // Parses `text` as described above. Never fails: an invalid result says
    // why in problem() and what to type instead in hint().
    static AddressInfo parse(const QString &text);

    bool isValid() const { return m_kind != Kind::Invalid; }
    QString input() const { return m_input; }
    QString problem() const { return m_problem; } // "the number 256 is over 255"
    QString hint() const { return m_hint; } // what to type instead

    // AF_INET or AF_INET6 (AF_UNSPEC when invalid).
    int family() const { return m_family; }
    bool isIpv4() const;
    QHostAddress address() const { return m_address; }
    bool hasPort() const { return m_hasPort; }
    quint16 port() const { return m_port; }
    QString scope() const { return m_scope; } // the text after '%', may be empty

    // inet_ntop(3) form: "192.168.1.100", "2001:db8::1" (RFC 5952: lower
    // case, longest run of zero groups as "::"), without the scope.
    QString canonical() const;
    // Every group written out: IPv4 unchanged; IPv6 as eight 4-digit groups,
    // "2001:0db8:0000:0000:0000:0000:0000:0001".
    QString expanded() const;
    // The address's bits: IPv4 as four 8-bit groups joined by '.', IPv6 as
    // eight 16-bit groups joined by ':'.
    QString bits() const;
    // The address's bytes in network order (4 or 16).
    QByteArray bytes() const { return m_bytes; }

    Kind kind() const { return m_kind; }
    // For ::ffff:a.b.c.d, the kind of the IPv4 address inside; else Invalid.
    Kind mappedKind() const { return m_mappedKind; }
    // For ::ffff:a.b.c.d, "a.b.c.d"; else empty.
    QString mappedIpv4() const;

    // Endpoint notation with a port: "192.168.1.100:80", "[2001:db8::1]:443",
    // "[fe80::1%eth0]:80".
    QString endpointNotation(quint16 port) const;

    // "loopback", "private (RFC 1918)", ... and one plain sentence about it.
    static QString kindName(Kind kind);
    static QString kindExplanation(Kind kind);

    // Number of addresses in the family's space, exact and grouped:
    // AF_INET "4,294,967,296" (2^32), AF_INET6
    // "340,282,366,920,938,463,463,374,607,431,768,211,456" (2^128).
    static QString addressSpaceSize(int family);
    // The same, rounded: "4.3×10^9", "3.4×10^38".
    static QString addressSpaceApprox(int family);
    // 2^exponent in decimal, digits only (exponent 0-1024).
    static QString powerOfTwo(int exponent);

private:
    static AddressInfo invalid(const QString &input, const QString &problem, const QString &hint);
    void classify();

    QString m_input;
    QString m_problem;
    QString m_hint;
    int m_family = 0;
    QHostAddress m_address;
    QByteArray m_bytes;
    bool m_hasPort = false;
    quint16 m_port = 0;
    QString m_scope;
    Kind m_kind = Kind::Invalid;
    Kind m_mappedKind = Kind::Invalid;
};
