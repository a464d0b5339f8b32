#pragma once

#include "core/net/endpoint.h"
#include "core/net/socketerror.h"
#include "core/net/tcpinfo.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <functional>

// Result of one send(2)/sendto(2) call: bytes the kernel took, or the error.
struct IoResult
{
    qint64 bytes = 0;
    SocketError error;
};

// Result of one recv(2)/recvfrom(2) call. data.isEmpty() with no error means
// the peer shut down its sending side (EOF, TCP FIN): recv returned 0.
// For datagrams, truncatedBytes > 0 says MSG_TRUNC cut the datagram and how
// many bytes were lost; `from` is recvfrom's source address.
struct RecvResult
{
    QByteArray data;
    SocketError error;
    qint64 truncatedBytes = 0;
    Endpoint from;
    bool isEof() const { return !error && data.isEmpty(); }
};

class Socket;

// Result of accept(2): the new connected socket and the peer address.
struct AcceptResult;

// One native socket file descriptor, owned (RAII, move-only). Every method is
// exactly one system call on that fd, made non-blocking: a call that would
// block returns an error whose wouldBlock() is true (EAGAIN, EINPROGRESS).
// Waiting for the kernel is LiveSocket's job, not this class's.
//
// Sources: POSIX socket(2), bind(2), listen(2), accept(2), connect(2),
// send(2), recv(2), shutdown(2), close(2), getsockopt/setsockopt(2),
// getsockname(2), getpeername(2); Linux tcp(7) for TCP_INFO.
class Socket
{
    Q_DECLARE_TR_FUNCTIONS(Socket)

public:
    Socket() = default;
    // Takes ownership of an open fd (made non-blocking and close-on-exec).
    explicit Socket(int fd);
    ~Socket();
    Socket(Socket &&other) noexcept;
    Socket &operator=(Socket &&other) noexcept;
    Socket(const Socket &) = delete;
    Socket &operator=(const Socket &) = delete;

    // socket(2) with SOCK_NONBLOCK | SOCK_CLOEXEC. family: AF_INET, AF_INET6,
    // AF_UNIX; type: SOCK_STREAM, SOCK_DGRAM; proto: 0, IPPROTO_TCP, IPPROTO_UDP.
    // EAFNOSUPPORT / EPROTONOSUPPORT / EPROTOTYPE come back in *error.
    static Socket create(int family, int type, int proto, SocketError *error);
    // socket(2) somewhere: the same arguments and contract as create() (e.g.
    // LabNetwork::createSocket, which makes it in the lab network).
    using Factory = std::function<Socket(int family, int type, int proto, SocketError *error)>;

    // Where this socket lives when that is not this process's own network
    // namespace (the lab network): `tablesProcess`, a process there whose
    // /proc/PID/net tables list its sockets, and `create`, socket(2) there.
    // bind(2)'s and listen(2)'s EADDRINUSE explanations read those tables
    // (PortTable::holders) and make their trial socket with `create`.
    // Accepted sockets inherit both. Unset: this process's network.
    void setNetwork(qint64 tablesProcess, Factory create);
    qint64 tablesProcess() const { return m_tablesProcess; }

    bool isValid() const { return m_fd >= 0; }
    int fd() const { return m_fd; }
    int family() const { return m_family; } // SO_DOMAIN
    int type() const { return m_type; } // SO_TYPE
    int protocol() const { return m_protocol; } // SO_PROTOCOL (6 for TCP even if 0 was asked)
    // The proto Python's socket object shows: the one given to create()
    // (0 stays 0), inherited by accepted sockets; SO_PROTOCOL for adopted fds.
    int pythonProto() const { return m_pythonProto; }
    // For a socket made elsewhere and adopted (LabNetwork's): the proto its
    // socket() call was given, which Python shows.
    void setPythonProto(int proto) { m_pythonProto = proto; }

    SocketError bind(const Endpoint &address);
    SocketError listen(int backlog);
    AcceptResult accept();
    // EINPROGRESS (wouldBlock) means "connecting": wait until writable, then
    // read the outcome with connectOutcome() (or takeError()).
    SocketError connect(const Endpoint &address);
    // getsockopt(SO_ERROR): the pending error, cleared by reading it.
    SocketError takeError();
    // A non-blocking connect's outcome once the socket is writable, read the
    // way a blocking connect(2) reads it inside the kernel: connect(2) again to
    // the same address gives 0 (EISCONN counts as 0) or the error
    // (ECONNREFUSED, ETIMEDOUT...); wouldBlock while still connecting. Unlike
    // SO_ERROR it leaves the socket as a blocking connect does: Linux keeps a
    // socket whose connect failed "connecting" until connect(2) is called
    // again, so after SO_ERROR the next connect fails with ECONNABORTED where
    // Python's blocking retry gets ECONNREFUSED again.
    SocketError connectOutcome(const Endpoint &address);

    // One send(2) with MSG_NOSIGNAL: a closed peer gives EPIPE, never SIGPIPE.
    // `flags`: further MSG_* bits, e.g. MSG_MORE (hold the bytes back until
    // the next send without it).
    IoResult send(QByteArrayView data, int flags = 0);
    IoResult sendto(QByteArrayView data, const Endpoint &address);
    // One recv(2) of at most maxBytes (1..65536 in the app; any > 0 here).
    RecvResult recv(qint64 maxBytes);
    // recv(2) into a buffer of the caller's: the byte count (0 = EOF), or -1
    // with *error set (EAGAIN included). For a flood of small calls, where a
    // QByteArray per call would cost more than the call.
    qint64 recvInto(char *buffer, qint64 maxBytes, SocketError *error);
    // recvfrom(2) with MSG_TRUNC: reports the datagram's real size.
    RecvResult recvfrom(qint64 maxBytes);
    // shutdown(2); how: SHUT_RD, SHUT_WR, SHUT_RDWR.
    SocketError shutdown(int how);
    // close(2). The object becomes invalid; closing twice is EBADF.
    SocketError close();

    SocketError setReuseAddress(bool on); // SO_REUSEADDR
    SocketError setV6Only(bool on); // IPV6_V6ONLY
    // setsockopt(2) SOL_SOCKET SO_RCVBUF or SO_SNDBUF (`option`) to `bytes`
    // (Linux doubles it and keeps a minimum); other options are refused.
    SocketError setBufferSize(int option, int bytes);
    bool reuseAddress() const;
    bool v6Only() const;

    Endpoint localAddress(SocketError *error = nullptr) const; // getsockname: laddr
    Endpoint peerAddress(SocketError *error = nullptr) const; // getpeername: raddr

    // Bytes waiting in the receive buffer (ioctl FIONREAD), -1 on error.
    qint64 bytesAvailable() const;
    // Linux TCP_INFO for TCP sockets; TcpInfo::valid is false elsewhere.
    TcpInfo tcpInfo() const;

    // Python's name for a family or type: "AddressFamily.AF_INET",
    // "SocketKind.SOCK_STREAM"; the plain number when Python has no name.
    static QString familyName(int family);
    static QString typeName(int type);

    // Python's repr of this socket on one line (CPython Lib/socket.py), e.g.
    // <socket.socket fd=7, family=AddressFamily.AF_INET6, type=SocketKind.SOCK_STREAM,
    //  proto=6, laddr=('::1', 6000, 0, 0), raddr=('::1', 41822, 0, 0)>
    // raddr only when connected; an AF_UNIX address is its bare path, left
    // out when unnamed. Once closed: <socket.socket [closed] fd=-1, family=...,
    // type=..., proto=6>. family/type are named as the lesson shows them
    // (Python 3.8-3.10 style; 3.11 prints the plain numbers).
    QString repr() const;

private:
    void readKind();

    int m_fd = -1;
    int m_family = 0;
    int m_type = 0;
    int m_protocol = 0;
    int m_pythonProto = 0;
    qint64 m_tablesProcess = 0;
    Factory m_create;
};

struct AcceptResult
{
    Socket socket;
    Endpoint peer;
    SocketError error;
};
