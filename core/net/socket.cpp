#include "core/net/socket.h"

#include "core/net/porttable.h"
#include "core/platform/constants.h"

#include <cerrno>
#include <utility>

#include <fcntl.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int intOption(int fd, int level, int name, bool *ok = nullptr)
{
    int value = 0;
    socklen_t length = sizeof value;
    const bool success = ::getsockopt(fd, level, name, &value, &length) == 0;
    if (ok)
        *ok = success;
    return success ? value : 0;
}

SocketError setIntOption(int fd, int level, int name, int value)
{
    if (::setsockopt(fd, level, name, &value, sizeof value) != 0)
        return SocketError::fromErrno(errno, u"setsockopt");
    return {};
}

SocketError notOpen(QStringView call)
{
    return SocketError::fromErrno(EBADF, call);
}

} // namespace

Socket::Socket(int fd)
    : m_fd(fd)
{
    if (m_fd < 0)
        return;
    const int flags = ::fcntl(m_fd, F_GETFL);
    if (flags >= 0 && !(flags & O_NONBLOCK))
        ::fcntl(m_fd, F_SETFL, flags | O_NONBLOCK);
    const int fdFlags = ::fcntl(m_fd, F_GETFD);
    if (fdFlags >= 0 && !(fdFlags & FD_CLOEXEC))
        ::fcntl(m_fd, F_SETFD, fdFlags | FD_CLOEXEC);
    readKind();
    m_pythonProto = m_protocol;
}

Socket::~Socket()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Socket::Socket(Socket &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_family(other.m_family)
    , m_type(other.m_type)
    , m_protocol(other.m_protocol)
    , m_pythonProto(other.m_pythonProto)
    , m_tablesProcess(other.m_tablesProcess)
    , m_create(std::move(other.m_create))
{ }

Socket &Socket::operator=(Socket &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
        m_family = other.m_family;
        m_type = other.m_type;
        m_protocol = other.m_protocol;
        m_pythonProto = other.m_pythonProto;
        m_tablesProcess = other.m_tablesProcess;
        m_create = std::move(other.m_create);
    }
    return *this;
}

void Socket::setNetwork(qint64 tablesProcess, Factory create)
{
    m_tablesProcess = qMax<qint64>(0, tablesProcess);
    m_create = std::move(create);
}

Socket Socket::create(int family, int type, int proto, SocketError *error)
{
    const int fd = ::socket(family, type | SOCK_NONBLOCK | SOCK_CLOEXEC, proto);
    if (fd < 0) {
        if (error)
            *error = SocketError::fromErrno(errno, u"socket");
        return {};
    }
    if (error)
        *error = {};
    Socket socket;
    socket.m_fd = fd;
    socket.readKind();
    socket.m_pythonProto = proto;
    return socket;
}

void Socket::readKind()
{
    bool ok = false;
    const int family = intOption(m_fd, SOL_SOCKET, SO_DOMAIN, &ok);
    if (ok)
        m_family = family;
    const int type = intOption(m_fd, SOL_SOCKET, SO_TYPE, &ok);
    if (ok)
        m_type = type;
    const int protocol = intOption(m_fd, SOL_SOCKET, SO_PROTOCOL, &ok);
    if (ok)
        m_protocol = protocol;
}

SocketError Socket::bind(const Endpoint &address)
{
    if (m_fd < 0)
        return notOpen(u"bind");
    sockaddr_storage storage;
    socklen_t length = 0;
    if (SocketError error = address.toSockaddr(&storage, &length))
        return error;
    if (::bind(m_fd, reinterpret_cast<const sockaddr *>(&storage), length) != 0) {
        SocketError error = SocketError::fromErrno(errno, u"bind");
        if (error.code() == EADDRINUSE
            && (address.family() == AF_INET || address.family() == AF_INET6)) {
            // Ask the kernel's socket tables who holds the port, and, for a
            // socket without SO_REUSEADDR, a trial bind whether the option
            // would get past them.
            const int type = intOption(m_fd, SOL_SOCKET, SO_TYPE);
            const PortTable::Protocol protocol
                = type == SOCK_STREAM ? PortTable::Protocol::Tcp : PortTable::Protocol::Udp;
            const bool reuse = intOption(m_fd, SOL_SOCKET, SO_REUSEADDR) != 0;
            error = PortTable::addressInUse(address, protocol, reuse,
                PortTable::holders(protocol, address.port(), m_tablesProcess),
                reuse ? std::nullopt : PortTable::bindsWithReuseAddress(address, type, m_create));
        }
        if (error.code() == EACCES) {
            // The port rule explains EACCES only for a port below the floor.
            const int floor = SocketError::unprivilegedPortStart();
            if (address.family() == AF_UNIX) {
                error.setExplanation(
                    tr("This program may not create the socket file in that directory."));
                error.setHint(tr("Choose a directory you can write to, such as /tmp."));
            } else if (address.port() == 0 || (floor >= 0 && address.port() >= floor)) {
                error.setExplanation(
                    tr("The system refused this address to this program, although the port "
                       "itself needs no privileges (a security policy may forbid it)."));
                error.setHint(
                    tr("Try another address or port, or check the system's security settings."));
            }
        }
        return error;
    }
    return {};
}

SocketError Socket::listen(int backlog)
{
    if (m_fd < 0)
        return notOpen(u"listen");
    if (::listen(m_fd, backlog) != 0) {
        const int code = errno;
        const Endpoint local = localAddress();
        if (code == EADDRINUSE && (local.family() == AF_INET || local.family() == AF_INET6))
            return PortTable::listenInUse(
                local, PortTable::holders(PortTable::Protocol::Tcp, local.port(), m_tablesProcess));
        return SocketError::fromErrno(code, u"listen");
    }
    return {};
}

AcceptResult Socket::accept()
{
    AcceptResult result;
    if (m_fd < 0) {
        result.error = notOpen(u"accept");
        return result;
    }
    sockaddr_storage storage {};
    socklen_t length = sizeof storage;
    const int fd = ::accept4(
        m_fd, reinterpret_cast<sockaddr *>(&storage), &length, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0) {
        result.error = SocketError::fromErrno(errno, u"accept");
        return result;
    }
    result.socket = Socket(fd);
    // Python's accept() builds the new socket with the listener's proto.
    result.socket.m_pythonProto = m_pythonProto;
    result.socket.setNetwork(m_tablesProcess, m_create); // it lives where the listener lives
    result.peer = Endpoint::fromSockaddr(reinterpret_cast<const sockaddr *>(&storage), length);
    return result;
}

SocketError Socket::connect(const Endpoint &address)
{
    if (m_fd < 0)
        return notOpen(u"connect");
    sockaddr_storage storage;
    socklen_t length = 0;
    if (SocketError error = address.toSockaddr(&storage, &length))
        return error;
    if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&storage), length) != 0) {
        // A signal during a non-blocking connect leaves it running, like EINPROGRESS.
        const int code = errno == EINTR ? EINPROGRESS : errno;
        return SocketError::fromErrno(code, u"connect");
    }
    return {};
}

SocketError Socket::connectOutcome(const Endpoint &address)
{
    const SocketError error = connect(address);
    if (error.kind() == SocketError::Kind::Errno && error.code() == EISCONN)
        return {};
    return error;
}

SocketError Socket::takeError()
{
    if (m_fd < 0)
        return notOpen(u"connect");
    bool ok = false;
    const int code = intOption(m_fd, SOL_SOCKET, SO_ERROR, &ok);
    if (!ok)
        return SocketError::fromErrno(errno, u"connect");
    return SocketError::fromErrno(code, u"connect");
}

IoResult Socket::send(QByteArrayView data, int flags)
{
    IoResult result;
    if (m_fd < 0) {
        result.error = notOpen(u"send");
        return result;
    }
    const ssize_t n = ::send(m_fd, data.data(), size_t(data.size()), MSG_NOSIGNAL | flags);
    if (n < 0)
        result.error = SocketError::fromErrno(errno, u"send");
    else
        result.bytes = n;
    return result;
}

IoResult Socket::sendto(QByteArrayView data, const Endpoint &address)
{
    IoResult result;
    if (m_fd < 0) {
        result.error = notOpen(u"sendto");
        return result;
    }
    sockaddr_storage storage;
    socklen_t length = 0;
    if (SocketError error = address.toSockaddr(&storage, &length)) {
        result.error = error;
        return result;
    }
    const ssize_t n = ::sendto(m_fd, data.data(), size_t(data.size()), MSG_NOSIGNAL,
        reinterpret_cast<const sockaddr *>(&storage), length);
    if (n < 0)
        result.error = SocketError::fromErrno(errno, u"sendto");
    else
        result.bytes = n;
    return result;
}

RecvResult Socket::recv(qint64 maxBytes)
{
    RecvResult result;
    if (maxBytes > 0)
        result.data.resize(qsizetype(maxBytes));
    const qint64 n = recvInto(result.data.data(), maxBytes, &result.error);
    result.data.truncate(qsizetype(qMax<qint64>(n, 0)));
    return result;
}

qint64 Socket::recvInto(char *buffer, qint64 maxBytes, SocketError *error)
{
    if (m_fd < 0) {
        *error = notOpen(u"recv");
        return -1;
    }
    if (maxBytes <= 0) {
        *error = SocketError::refused(
            tr("recv() needs a buffer of at least 1 byte."), tr("Ask for 1 to 65536 bytes."));
        return -1;
    }
    const ssize_t n = ::recv(m_fd, buffer, size_t(maxBytes), 0);
    if (n < 0) {
        *error = SocketError::fromErrno(errno, u"recv");
        return -1;
    }
    return n;
}

RecvResult Socket::recvfrom(qint64 maxBytes)
{
    RecvResult result;
    if (m_fd < 0) {
        result.error = notOpen(u"recvfrom");
        return result;
    }
    if (maxBytes <= 0) {
        result.error = SocketError::refused(
            tr("recvfrom() needs a buffer of at least 1 byte."), tr("Ask for 1 to 65536 bytes."));
        return result;
    }
    result.data.resize(qsizetype(maxBytes));
    sockaddr_storage storage {};
    socklen_t length = sizeof storage;
    // MSG_TRUNC makes a datagram socket return the datagram's real length; on
    // a stream socket it would discard the data instead, so only datagrams get it.
    const int flags = m_type == SOCK_STREAM ? 0 : MSG_TRUNC;
    const ssize_t n = ::recvfrom(m_fd, result.data.data(), size_t(maxBytes), flags,
        reinterpret_cast<sockaddr *>(&storage), &length);
    if (n < 0) {
        result.error = SocketError::fromErrno(errno, u"recvfrom");
        result.data.clear();
        return result;
    }
    if (n > maxBytes) {
        result.truncatedBytes = n - maxBytes;
    } else {
        result.data.truncate(qsizetype(n));
    }
    result.from = Endpoint::fromSockaddr(reinterpret_cast<const sockaddr *>(&storage), length);
    return result;
}

SocketError Socket::shutdown(int how)
{
    if (m_fd < 0)
        return notOpen(u"shutdown");
    if (::shutdown(m_fd, how) != 0)
        return SocketError::fromErrno(errno, u"shutdown");
    return {};
}

SocketError Socket::close()
{
    if (m_fd < 0)
        return notOpen(u"close");
    // Linux releases the fd even when close() reports an error.
    const int rc = ::close(std::exchange(m_fd, -1));
    if (rc != 0)
        return SocketError::fromErrno(errno, u"close");
    return {};
}

SocketError Socket::setReuseAddress(bool on)
{
    if (m_fd < 0)
        return notOpen(u"setsockopt");
    return setIntOption(m_fd, SOL_SOCKET, SO_REUSEADDR, on ? 1 : 0);
}

SocketError Socket::setV6Only(bool on)
{
    if (m_fd < 0)
        return notOpen(u"setsockopt");
    return setIntOption(m_fd, IPPROTO_IPV6, IPV6_V6ONLY, on ? 1 : 0);
}

SocketError Socket::setBufferSize(int option, int bytes)
{
    if (m_fd < 0)
        return notOpen(u"setsockopt");
    if (option != SO_RCVBUF && option != SO_SNDBUF)
        return SocketError::fromErrno(EINVAL, u"setsockopt");
    return setIntOption(m_fd, SOL_SOCKET, option, bytes);
}

bool Socket::reuseAddress() const
{
    return m_fd >= 0 && intOption(m_fd, SOL_SOCKET, SO_REUSEADDR) != 0;
}

bool Socket::v6Only() const
{
    return m_fd >= 0 && m_family == AF_INET6 && intOption(m_fd, IPPROTO_IPV6, IPV6_V6ONLY) != 0;
}

Endpoint Socket::localAddress(SocketError *error) const
{
    if (m_fd < 0) {
        if (error)
            *error = notOpen(u"getsockname");
        return {};
    }
    sockaddr_storage storage {};
    socklen_t length = sizeof storage;
    if (::getsockname(m_fd, reinterpret_cast<sockaddr *>(&storage), &length) != 0) {
        if (error)
            *error = SocketError::fromErrno(errno, u"getsockname");
        return {};
    }
    if (error)
        *error = {};
    return Endpoint::fromSockaddr(reinterpret_cast<const sockaddr *>(&storage), length);
}

Endpoint Socket::peerAddress(SocketError *error) const
{
    if (m_fd < 0) {
        if (error)
            *error = notOpen(u"getpeername");
        return {};
    }
    sockaddr_storage storage {};
    socklen_t length = sizeof storage;
    if (::getpeername(m_fd, reinterpret_cast<sockaddr *>(&storage), &length) != 0) {
        if (error)
            *error = SocketError::fromErrno(errno, u"getpeername");
        return {};
    }
    if (error)
        *error = {};
    return Endpoint::fromSockaddr(reinterpret_cast<const sockaddr *>(&storage), length);
}

qint64 Socket::bytesAvailable() const
{
    if (m_fd < 0)
        return -1;
    int count = 0;
    if (::ioctl(m_fd, FIONREAD, &count) != 0)
        return -1;
    return count;
}

TcpInfo Socket::tcpInfo() const
{
    if (m_fd < 0 || (m_family != AF_INET && m_family != AF_INET6) || m_type != SOCK_STREAM)
        return {};
    return TcpInfo::read(m_fd);
}

QString Socket::familyName(int family)
{
    const QString name = Constants::name(family, u"AF_"_s);
    return name.isEmpty() ? QString::number(family) : u"AddressFamily."_s + name;
}

QString Socket::typeName(int type)
{
    const QString name = Constants::name(type, u"SOCK_"_s);
    return name.isEmpty() ? QString::number(type) : u"SocketKind."_s + name;
}

QString Socket::repr() const
{
    // CPython Lib/socket.py socket.__repr__: laddr/raddr only when the call
    // succeeds and the address is not empty; an AF_UNIX path is printed bare
    // (str of a str), an IP address as its tuple.
    const bool closed = m_fd < 0;
    QString s = u"<socket.socket"_s % (closed ? u" [closed]"_s : QString()) % u" fd="_s
        % QString::number(m_fd) % u", family="_s % familyName(m_family) % u", type="_s
        % typeName(m_type) % u", proto="_s % QString::number(m_pythonProto);
    if (!closed) {
        const auto addressText = [](const Endpoint &e) {
            // str() of Python's address: a path prints bare, a tuple or an
            // abstract name (bytes) as its repr.
            return e.family() == AF_UNIX && !e.path().startsWith(u'@') ? e.path()
                                                                       : e.toPythonTuple();
        };
        SocketError error;
        const Endpoint local = localAddress(&error);
        if (!error && local.isValid() && !(local.family() == AF_UNIX && local.path().isEmpty()))
            s += u", laddr="_s % addressText(local);
        const Endpoint peer = peerAddress(&error);
        if (!error && peer.isValid() && !(peer.family() == AF_UNIX && peer.path().isEmpty()))
            s += u", raddr="_s % addressText(peer);
    }
    s += u'>';
    return s;
}
