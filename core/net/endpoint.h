#pragma once

#include "core/net/socketerror.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <optional>

#include <sys/socket.h>

// One socket address: what bind/connect take and getsockname/getpeername
// give back (POSIX <sys/socket.h>, <netinet/in.h>, <sys/un.h>).
//
//  AF_INET : host "127.0.0.1", port 0-65535.
//  AF_INET6: host "::1" (no brackets, no %scope), port, flowinfo, scopeId
//            (the interface index for link-local addresses, RFC 4007).
//  AF_UNIX : path, at most 107 bytes plus the terminating NUL (sun_path is 108).
//            An empty path is an unnamed socket (Python's ''); a path starting
//            with '@' is Linux's abstract namespace (Python's b'\x00name').
//
// Forms:
//  toString()       endpoint notation: "127.0.0.1:5000", "[::1]:443",
//                   "[fe80::1%eth0]:80", "/tmp/x.sock"
//  toPythonTuple()  Python's address form: "('127.0.0.1', 5000)",
//                   "('::1', 5000, 0, 0)", "'/tmp/x.sock'"
class Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)

public:
    Endpoint() = default;

    static Endpoint inet(const QString &host, quint16 port);
    static Endpoint inet6(
        const QString &host, quint16 port, quint32 flowinfo = 0, quint32 scopeId = 0);
    static Endpoint unixPath(const QString &path);

    // Parses `host` and `port` as typed in a panel. family: AF_INET, AF_INET6,
    // AF_UNIX, or AF_UNSPEC to infer it from the host. Host must be numeric
    // (names go through getaddrinfo); IPv6 may carry "%iface" or "%index".
    // Port text must be a whole number 0-65535. On failure returns nullopt
    // and sets *error (Kind::Refused) naming the problem and what to do.
    static std::optional<Endpoint> parse(
        int family, const QString &host, const QString &port, SocketError *error);
    // Parses endpoint notation: "1.2.3.4:80", "[::1]:443", "[fe80::1%lo]:80",
    // or a path starting with '/' for AF_UNIX.
    static std::optional<Endpoint> parseNotation(const QString &text, SocketError *error);

    // From a kernel sockaddr (getsockname, accept, recvfrom). An AF_UNSPEC or
    // empty address gives an invalid Endpoint.
    static Endpoint fromSockaddr(const sockaddr *addr, socklen_t length);
    // To a kernel sockaddr. Fails (Kind::Refused) for an AF_UNIX path longer
    // than 107 bytes or a host that is not a numeric address of the family.
    SocketError toSockaddr(sockaddr_storage *storage, socklen_t *length) const;

    bool isValid() const { return m_family != AF_UNSPEC; }
    int family() const { return m_family; }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    quint32 flowinfo() const { return m_flowinfo; }
    quint32 scopeId() const { return m_scopeId; }
    QString path() const { return m_path; }

    QString toString() const;
    QString toPythonTuple() const;

    friend bool operator==(const Endpoint &a, const Endpoint &b)
    {
        return a.m_family == b.m_family && a.m_host == b.m_host && a.m_port == b.m_port
            && a.m_flowinfo == b.m_flowinfo && a.m_scopeId == b.m_scopeId && a.m_path == b.m_path;
    }

private:
    int m_family = AF_UNSPEC;
    QString m_host;
    quint16 m_port = 0;
    quint32 m_flowinfo = 0;
    quint32 m_scopeId = 0;
    QString m_path;
};

Q_DECLARE_METATYPE(Endpoint)
