#include "core/net/endpoint.h"

#include "core/bytes/bytesformat.h"

#include <cstddef>
#include <cstring>

#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/un.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxUnixPathBytes = sizeof(sockaddr_un::sun_path) - 1; // 107 on Linux

// The numeric form inet_ntop gives, or an empty string when `host` is not a
// numeric address of `family`.
QString canonicalHost(int family, const QString &host)
{
    const QByteArray latin = host.toLatin1();
    if (family == AF_INET) {
        in_addr addr {};
        if (inet_pton(AF_INET, latin.constData(), &addr) != 1)
            return {};
        char text[INET_ADDRSTRLEN] = {};
        inet_ntop(AF_INET, &addr, text, sizeof text);
        return QString::fromLatin1(text);
    }
    if (family == AF_INET6) {
        in6_addr addr {};
        if (inet_pton(AF_INET6, latin.constData(), &addr) != 1)
            return {};
        char text[INET6_ADDRSTRLEN] = {};
        inet_ntop(AF_INET6, &addr, text, sizeof text);
        return QString::fromLatin1(text);
    }
    return {};
}

bool isLinkLocal6(const QString &host)
{
    in6_addr addr {};
    if (inet_pton(AF_INET6, host.toLatin1().constData(), &addr) != 1)
        return false;
    return IN6_IS_ADDR_LINKLOCAL(&addr) || IN6_IS_ADDR_MC_LINKLOCAL(&addr);
}

// The interface name for an index, or the number itself when there is none.
QString scopeText(quint32 scopeId)
{
    char name[IF_NAMESIZE] = {};
    if (if_indextoname(scopeId, name))
        return QString::fromLocal8Bit(name);
    return QString::number(scopeId);
}

SocketError refusedPort(const QString &problem)
{
    return SocketError::refused(problem,
        QCoreApplication::translate("Endpoint",
            "Enter a whole number from 0 to 65535 (0 lets the kernel choose a free port)."));
}

std::optional<quint16> parsePort(const QString &text, SocketError *error)
{
    const QString port = text.trimmed();
    if (port.isEmpty()) {
        if (error)
            *error = refusedPort(QCoreApplication::translate("Endpoint", "The port is empty."));
        return std::nullopt;
    }
    for (const QChar c : port) {
        if (c < u'0' || c > u'9') {
            if (error)
                *error = refusedPort(QCoreApplication::translate(
                    "Endpoint", "The port \"%1\" is not a whole number.")
                                         .arg(port));
            return std::nullopt;
        }
    }
    bool ok = false;
    const qulonglong value = port.toULongLong(&ok);
    if (!ok || value > 65535) {
        if (error)
            *error = refusedPort(QCoreApplication::translate(
                "Endpoint", "The port %1 is out of range: ports go from 0 to 65535 (16 bits).")
                                     .arg(port));
        return std::nullopt;
    }
    return quint16(value);
}

std::optional<Endpoint> parseUnixPath(const QString &path, SocketError *error)
{
    if (path.isEmpty()) {
        if (error)
            *error = SocketError::refused(
                QCoreApplication::translate("Endpoint", "The socket path is empty."),
                QCoreApplication::translate(
                    "Endpoint", "Enter a file path such as /tmp/socketlab.sock."));
        return std::nullopt;
    }
    const qsizetype bytes = path.toUtf8().size();
    if (bytes > maxUnixPathBytes) {
        if (error)
            *error = SocketError::refused(
                QCoreApplication::translate("Endpoint",
                    "The path is %1 bytes long; an AF_UNIX address holds at most %2 bytes "
                    "(sun_path has room for %3 with the final NUL).")
                    .arg(bytes)
                    .arg(maxUnixPathBytes)
                    .arg(maxUnixPathBytes + 1),
                QCoreApplication::translate(
                    "Endpoint", "Use a shorter path, for example one directly under /tmp."));
        return std::nullopt;
    }
    return Endpoint::unixPath(path);
}

} // namespace

Endpoint Endpoint::inet(const QString &host, quint16 port)
{
    Endpoint e;
    e.m_family = AF_INET;
    const QString canonical = canonicalHost(AF_INET, host);
    e.m_host = canonical.isEmpty() ? host : canonical;
    e.m_port = port;
    return e;
}

Endpoint Endpoint::inet6(const QString &host, quint16 port, quint32 flowinfo, quint32 scopeId)
{
    Endpoint e;
    e.m_family = AF_INET6;
    const QString canonical = canonicalHost(AF_INET6, host);
    e.m_host = canonical.isEmpty() ? host : canonical;
    e.m_port = port;
    e.m_flowinfo = flowinfo;
    e.m_scopeId = scopeId;
    return e;
}

Endpoint Endpoint::unixPath(const QString &path)
{
    Endpoint e;
    e.m_family = AF_UNIX;
    e.m_path = path;
    return e;
}

std::optional<Endpoint> Endpoint::parse(
    int family, const QString &hostText, const QString &portText, SocketError *error)
{
    if (family == AF_UNIX)
        return parseUnixPath(hostText, error);
    if (family != AF_UNSPEC && family != AF_INET && family != AF_INET6) {
        if (error)
            *error = SocketError::refused(
                tr("Address family %1 is not one SocketLab handles.").arg(family),
                tr("Use AF_INET, AF_INET6 or AF_UNIX."));
        return std::nullopt;
    }

    QString host = hostText.trimmed();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);

    QString scope;
    const qsizetype percent = host.indexOf(u'%');
    if (percent >= 0) {
        scope = host.mid(percent + 1);
        host.truncate(percent);
    }

    if (family == AF_UNSPEC) {
        if (host.startsWith(u'/')) {
            return parseUnixPath(hostText, error);
        }
        family = host.contains(u':') ? AF_INET6 : AF_INET;
    }

    if (host.isEmpty()) {
        // Python's '' is the wildcard address (INADDR_ANY / in6addr_any).
        host = family == AF_INET ? u"0.0.0.0"_s : u"::"_s;
    }

    const QString canonical = canonicalHost(family, host);
    if (canonical.isEmpty()) {
        if (error) {
            if (family == AF_INET && !canonicalHost(AF_INET6, host).isEmpty()) {
                *error = SocketError::refused(
                    tr("\"%1\" is an IPv6 address, but the socket is AF_INET.").arg(host),
                    tr("Use an IPv4 address such as 127.0.0.1, or an AF_INET6 socket."));
            } else if (family == AF_INET6 && !canonicalHost(AF_INET, host).isEmpty()) {
                *error = SocketError::refused(
                    tr("\"%1\" is an IPv4 address, but the socket is AF_INET6.").arg(host),
                    tr("Use an IPv6 address such as ::1 (or ::ffff:%1), or an AF_INET socket.")
                        .arg(host));
            } else {
                *error = SocketError::refused(
                    tr("\"%1\" is not a numeric %2 address.")
                        .arg(host, family == AF_INET ? u"IPv4"_s : u"IPv6"_s),
                    family == AF_INET
                        ? tr("Write four numbers 0-255 separated by dots, e.g. 127.0.0.1; names go "
                             "through getaddrinfo().")
                        : tr("Write eight groups of hex digits separated by colons, '::' once for "
                             "zeros, e.g. ::1; names go through getaddrinfo()."));
            }
        }
        return std::nullopt;
    }

    quint32 scopeId = 0;
    if (percent >= 0) {
        if (family != AF_INET6) {
            if (error)
                *error = SocketError::refused(
                    tr("Only IPv6 addresses carry a %scope."), tr("Remove the part after %."));
            return std::nullopt;
        }
        bool numeric = false;
        const uint index = scope.toUInt(&numeric);
        if (numeric) {
            scopeId = index;
        } else {
            scopeId = scope.isEmpty() ? 0 : if_nametoindex(scope.toLocal8Bit().constData());
            if (scopeId == 0) {
                if (error)
                    *error = SocketError::refused(
                        tr("This machine has no network interface named \"%1\".").arg(scope),
                        tr("Use an interface name such as lo or eth0, or its index."));
                return std::nullopt;
            }
        }
    }

    const std::optional<quint16> port = parsePort(portText, error);
    if (!port)
        return std::nullopt;

    if (family == AF_INET)
        return inet(canonical, *port);
    return inet6(canonical, *port, 0, scopeId);
}

std::optional<Endpoint> Endpoint::parseNotation(const QString &text, SocketError *error)
{
    const QString t = text.trimmed();
    if (t.startsWith(u'/'))
        return parseUnixPath(t, error);
    if (t.isEmpty()) {
        if (error)
            *error = SocketError::refused(tr("The address is empty."),
                tr("Write host:port, e.g. 127.0.0.1:5000 or [::1]:5000."));
        return std::nullopt;
    }
    if (t.startsWith(u'[')) {
        const qsizetype close = t.indexOf(u']');
        if (close < 0 || close + 1 >= t.size() || t.at(close + 1) != u':') {
            if (error)
                *error = SocketError::refused(tr("\"%1\" is not in the form [IPv6]:port.").arg(t),
                    tr("Write the address in brackets followed by the port, e.g. [::1]:5000."));
            return std::nullopt;
        }
        return parse(AF_INET6, t.mid(1, close - 1), t.mid(close + 2), error);
    }
    const qsizetype colon = t.lastIndexOf(u':');
    if (colon < 0) {
        if (error)
            *error = SocketError::refused(tr("\"%1\" has no port.").arg(t),
                tr("Add the port after a colon, e.g. 127.0.0.1:5000."));
        return std::nullopt;
    }
    if (t.indexOf(u':') != colon) {
        if (error)
            *error = SocketError::refused(
                tr("\"%1\" looks like an IPv6 address without brackets.").arg(t),
                tr("Put IPv6 addresses in brackets before the port, e.g. [::1]:5000."));
        return std::nullopt;
    }
    return parse(AF_INET, t.left(colon), t.mid(colon + 1), error);
}

Endpoint Endpoint::fromSockaddr(const sockaddr *addr, socklen_t length)
{
    if (!addr || length < socklen_t(sizeof(sa_family_t)))
        return {};
    switch (addr->sa_family) {
    case AF_INET: {
        if (length < socklen_t(sizeof(sockaddr_in)))
            return {};
        sockaddr_in in {};
        std::memcpy(&in, addr, sizeof in);
        char text[INET_ADDRSTRLEN] = {};
        inet_ntop(AF_INET, &in.sin_addr, text, sizeof text);
        return inet(QString::fromLatin1(text), ntohs(in.sin_port));
    }
    case AF_INET6: {
        if (length < socklen_t(sizeof(sockaddr_in6)))
            return {};
        sockaddr_in6 in6 {};
        std::memcpy(&in6, addr, sizeof in6);
        char text[INET6_ADDRSTRLEN] = {};
        inet_ntop(AF_INET6, &in6.sin6_addr, text, sizeof text);
        return inet6(QString::fromLatin1(text), ntohs(in6.sin6_port), ntohl(in6.sin6_flowinfo),
            in6.sin6_scope_id);
    }
    case AF_UNIX: {
        const auto offset = socklen_t(offsetof(sockaddr_un, sun_path));
        sockaddr_un un {};
        const socklen_t copy = std::min<socklen_t>(length, sizeof un);
        std::memcpy(&un, addr, copy);
        const qsizetype bytes = copy > offset ? qsizetype(copy - offset) : 0;
        if (bytes == 0)
            return unixPath(QString()); // unnamed (autobind-free client, socketpair)
        if (un.sun_path[0] == '\0') // Linux abstract namespace, shown with '@'
            return unixPath(u'@' + QString::fromUtf8(un.sun_path + 1, bytes - 1));
        return unixPath(
            QString::fromUtf8(un.sun_path, qsizetype(strnlen(un.sun_path, size_t(bytes)))));
    }
    default:
        return {};
    }
}

SocketError Endpoint::toSockaddr(sockaddr_storage *storage, socklen_t *length) const
{
    std::memset(storage, 0, sizeof *storage);
    switch (m_family) {
    case AF_INET: {
        auto *in = reinterpret_cast<sockaddr_in *>(storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(m_port);
        if (inet_pton(AF_INET, m_host.toLatin1().constData(), &in->sin_addr) != 1)
            return SocketError::refused(tr("\"%1\" is not a numeric IPv4 address.").arg(m_host),
                tr("Write four numbers 0-255 separated by dots, e.g. 127.0.0.1."));
        *length = sizeof(sockaddr_in);
        return {};
    }
    case AF_INET6: {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(m_port);
        in6->sin6_flowinfo = htonl(m_flowinfo);
        in6->sin6_scope_id = m_scopeId;
        if (inet_pton(AF_INET6, m_host.toLatin1().constData(), &in6->sin6_addr) != 1)
            return SocketError::refused(tr("\"%1\" is not a numeric IPv6 address.").arg(m_host),
                tr("Write an IPv6 address such as ::1, without brackets."));
        *length = sizeof(sockaddr_in6);
        return {};
    }
    case AF_UNIX: {
        SocketError error;
        if (!parseUnixPath(m_path, &error))
            return error;
        auto *un = reinterpret_cast<sockaddr_un *>(storage);
        un->sun_family = AF_UNIX;
        QByteArray bytes = m_path.toUtf8();
        if (bytes.startsWith('@')) {
            // Linux abstract namespace: a leading NUL, no file, no final NUL.
            bytes[0] = '\0';
            std::memcpy(un->sun_path, bytes.constData(), size_t(bytes.size()));
            *length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(bytes.size()));
            return {};
        }
        std::memcpy(un->sun_path, bytes.constData(), size_t(bytes.size()));
        *length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(bytes.size()) + 1);
        return {};
    }
    default:
        return SocketError::refused(
            tr("No address was given."), tr("Enter a host and port, or a path."));
    }
}

QString Endpoint::toString() const
{
    switch (m_family) {
    case AF_INET:
        return m_host % u':' % QString::number(m_port);
    case AF_INET6:
        if (m_scopeId != 0)
            return u'[' % m_host % u'%' % scopeText(m_scopeId) % u"]:"_s % QString::number(m_port);
        return u'[' % m_host % u"]:"_s % QString::number(m_port);
    case AF_UNIX:
        return m_path;
    default:
        return {};
    }
}

QString Endpoint::toPythonTuple() const
{
    switch (m_family) {
    case AF_INET:
        return u"("_s % BytesFormat::pythonString(m_host) % u", "_s % QString::number(m_port)
            % u')';
    case AF_INET6: {
        // Python (getnameinfo NI_NUMERICHOST) names the scope in the host of
        // link-local addresses: 'fe80::1%eth0'.
        QString host = m_host;
        if (m_scopeId != 0 && isLinkLocal6(m_host))
            host += u'%' % scopeText(m_scopeId);
        return u"("_s % BytesFormat::pythonString(host) % u", "_s % QString::number(m_port)
            % u", "_s % QString::number(m_flowinfo) % u", "_s % QString::number(m_scopeId) % u')';
    }
    case AF_UNIX:
        if (m_path.startsWith(u'@')) {
            // Python gives abstract names as bytes: b'\x00name'.
            return BytesFormat::pythonBytes(QByteArray(1, '\0').append(m_path.mid(1).toUtf8()));
        }
        return BytesFormat::pythonString(m_path);
    default:
        return u"None"_s;
    }
}
