#include "core/net/socketerror.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#include <netdb.h>

using namespace Qt::StringLiterals;

namespace {

// One errno as SocketLab explains it. Text is our own wording.
struct ErrnoInfo
{
    int code;
    const char *name;
    const char *explanation;
    const char *hint;
};

#define SL_ERRNO(code, explanation, hint)                                                          \
    {                                                                                              \
        code, #code, explanation, hint                                                             \
    }

const ErrnoInfo errnoTable[] = {
    SL_ERRNO(EADDRINUSE,
        QT_TRANSLATE_NOOP(
            "SocketError", "Another socket on this machine already holds this address and port."),
        QT_TRANSLATE_NOOP("SocketError",
            "Pick another port (port 0 lets the kernel choose), or close the socket that holds "
            "it.")),
    SL_ERRNO(EADDRNOTAVAIL,
        QT_TRANSLATE_NOOP(
            "SocketError", "That address does not belong to any interface of this machine."),
        QT_TRANSLATE_NOOP("SocketError",
            "Bind to 127.0.0.1, ::1, 0.0.0.0 or an address this machine really has.")),
    SL_ERRNO(ECONNREFUSED,
        QT_TRANSLATE_NOOP(
            "SocketError", "The other side answered that nothing is listening on that port."),
        QT_TRANSLATE_NOOP("SocketError",
            "Start the server first (bind, listen) and check the address and port.")),
    SL_ERRNO(ECONNRESET,
        QT_TRANSLATE_NOOP("SocketError",
            "The peer aborted the connection with a reset (RST) instead of closing it in order."),
        QT_TRANSLATE_NOOP("SocketError",
            "This happens when the peer closes while data it never read is still waiting; read "
            "everything before closing.")),
    SL_ERRNO(ECONNABORTED,
        QT_TRANSLATE_NOOP(
            "SocketError", "The connection was dropped before the call could finish."),
        QT_TRANSLATE_NOOP("SocketError",
            "Try the call again; the client may have gone away while waiting in the queue.")),
    SL_ERRNO(EACCES,
        QT_TRANSLATE_NOOP("SocketError", "The system does not allow this program to do that."),
        QT_TRANSLATE_NOOP(
            "SocketError", "Use a port of 1024 or above, or run with the needed privileges.")),
    SL_ERRNO(EPERM,
        QT_TRANSLATE_NOOP("SocketError", "The operation is not permitted for this program."),
        QT_TRANSLATE_NOOP("SocketError", "Check for a firewall rule or missing privileges.")),
    SL_ERRNO(EPIPE,
        QT_TRANSLATE_NOOP("SocketError",
            "This side can no longer send: the connection's sending direction is shut down or the "
            "peer "
            "is gone."),
        QT_TRANSLATE_NOOP("SocketError",
            "Do not send after shutdown(SHUT_WR) or close() on either side; open a new "
            "connection.")),
    SL_ERRNO(ENOTCONN,
        QT_TRANSLATE_NOOP(
            "SocketError", "The socket is not connected, so there is no peer to talk to."),
        QT_TRANSLATE_NOOP(
            "SocketError", "Call connect() first (or use sendto() for a datagram socket).")),
    SL_ERRNO(EISCONN, QT_TRANSLATE_NOOP("SocketError", "The socket is already connected."),
        QT_TRANSLATE_NOOP(
            "SocketError", "Use the existing connection, or open a new socket for a new one.")),
    SL_ERRNO(EINVAL,
        QT_TRANSLATE_NOOP("SocketError",
            "The kernel rejected an argument as invalid for this socket in its current state."),
        QT_TRANSLATE_NOOP("SocketError",
            "Check the order of calls (bind once, listen before accept) and the address given.")),
    SL_ERRNO(EMSGSIZE,
        QT_TRANSLATE_NOOP(
            "SocketError", "The datagram is larger than the kernel will send in one piece."),
        QT_TRANSLATE_NOOP("SocketError", "Send less data per datagram, or use a stream socket.")),
    SL_ERRNO(ENOENT,
        QT_TRANSLATE_NOOP(
            "SocketError", "The file or directory named in the address does not exist."),
        QT_TRANSLATE_NOOP("SocketError",
            "Check the path; for a Unix domain socket the server must have bound it first.")),
    SL_ERRNO(EAFNOSUPPORT,
        QT_TRANSLATE_NOOP(
            "SocketError", "This system does not support that address family for the call."),
        QT_TRANSLATE_NOOP("SocketError",
            "Use AF_INET, AF_INET6 or AF_UNIX, and an address of the socket's own family.")),
    SL_ERRNO(EPROTONOSUPPORT,
        QT_TRANSLATE_NOOP(
            "SocketError", "This protocol is not available for that family and type."),
        QT_TRANSLATE_NOOP("SocketError",
            "Use proto 0 to let the kernel pick, or IPPROTO_TCP with SOCK_STREAM and IPPROTO_UDP "
            "with "
            "SOCK_DGRAM.")),
    SL_ERRNO(EPROTOTYPE,
        QT_TRANSLATE_NOOP("SocketError", "The protocol does not fit the socket type."),
        QT_TRANSLATE_NOOP("SocketError",
            "Pair SOCK_STREAM with IPPROTO_TCP and SOCK_DGRAM with IPPROTO_UDP, or pass 0.")),
    SL_ERRNO(ESOCKTNOSUPPORT,
        QT_TRANSLATE_NOOP("SocketError", "This socket type is not supported in that family."),
        QT_TRANSLATE_NOOP("SocketError", "Use SOCK_STREAM or SOCK_DGRAM.")),
    SL_ERRNO(EOPNOTSUPP,
        QT_TRANSLATE_NOOP("SocketError", "This kind of socket does not offer that operation."),
        QT_TRANSLATE_NOOP("SocketError",
            "listen() and accept() work only on stream sockets; use recvfrom() for datagrams.")),
    SL_ERRNO(ETIMEDOUT, QT_TRANSLATE_NOOP("SocketError", "The other side did not answer in time."),
        QT_TRANSLATE_NOOP("SocketError",
            "Check that the host is reachable and that no firewall drops the packets.")),
    SL_ERRNO(EHOSTUNREACH, QT_TRANSLATE_NOOP("SocketError", "No route leads to that host."),
        QT_TRANSLATE_NOOP("SocketError", "Check the address and the network connection.")),
    SL_ERRNO(ENETUNREACH,
        QT_TRANSLATE_NOOP("SocketError", "This machine has no route to that network."),
        QT_TRANSLATE_NOOP("SocketError",
            "Check the address, the network connection and, for IPv6, that the machine has IPv6.")),
    SL_ERRNO(EAGAIN,
        QT_TRANSLATE_NOOP(
            "SocketError", "Nothing is ready yet; a blocking socket would wait here."),
        QT_TRANSLATE_NOOP(
            "SocketError", "Wait until the kernel signals the socket is ready, then call again.")),
    SL_ERRNO(EINPROGRESS,
        QT_TRANSLATE_NOOP("SocketError", "The connection has started and is not finished yet."),
        QT_TRANSLATE_NOOP("SocketError",
            "Wait until the socket becomes writable; SO_ERROR then tells how it ended.")),
    SL_ERRNO(EALREADY,
        QT_TRANSLATE_NOOP(
            "SocketError", "A previous call of this kind is still in progress on the socket."),
        QT_TRANSLATE_NOOP("SocketError", "Wait for it to finish or cancel it first.")),
    SL_ERRNO(EBADF,
        QT_TRANSLATE_NOOP("SocketError",
            "The file descriptor is not open: this socket was never created, or it is "
            "closed already."),
        QT_TRANSLATE_NOOP("SocketError", "Create a socket with socket() first.")),
    SL_ERRNO(ENOTSOCK, QT_TRANSLATE_NOOP("SocketError", "The file descriptor is not a socket."),
        QT_TRANSLATE_NOOP("SocketError", "Use a descriptor returned by socket() or accept().")),
    SL_ERRNO(EDESTADDRREQ,
        QT_TRANSLATE_NOOP("SocketError", "The socket has no destination address."),
        QT_TRANSLATE_NOOP("SocketError",
            "Use sendto() with an address, or connect() the datagram socket first.")),
    SL_ERRNO(EMFILE,
        QT_TRANSLATE_NOOP(
            "SocketError", "This program has opened as many files and sockets as it may."),
        QT_TRANSLATE_NOOP("SocketError", "Close sockets you no longer need.")),
    SL_ERRNO(ENFILE,
        QT_TRANSLATE_NOOP("SocketError", "The whole system has run out of file descriptors."),
        QT_TRANSLATE_NOOP(
            "SocketError", "Close sockets you no longer need, here or in other programs.")),
    SL_ERRNO(ENOBUFS,
        QT_TRANSLATE_NOOP("SocketError", "The kernel has no buffer space left for this."),
        QT_TRANSLATE_NOOP("SocketError", "Send less at once, or wait and try again.")),
    SL_ERRNO(ENOMEM,
        QT_TRANSLATE_NOOP("SocketError", "The kernel is out of memory for this request."),
        QT_TRANSLATE_NOOP("SocketError", "Close other sockets or programs and try again.")),
    SL_ERRNO(EINTR,
        QT_TRANSLATE_NOOP("SocketError", "A signal interrupted the call before it finished."),
        QT_TRANSLATE_NOOP("SocketError", "Simply repeat the call.")),
    SL_ERRNO(ENAMETOOLONG,
        QT_TRANSLATE_NOOP("SocketError", "The path is longer than the system accepts."),
        QT_TRANSLATE_NOOP("SocketError", "Use a shorter path, for example under /tmp.")),
    SL_ERRNO(EEXIST, QT_TRANSLATE_NOOP("SocketError", "Something with that name exists already."),
        QT_TRANSLATE_NOOP("SocketError", "Remove it or choose another name.")),
    SL_ERRNO(ENOTDIR, QT_TRANSLATE_NOOP("SocketError", "Part of the path is not a directory."),
        QT_TRANSLATE_NOOP("SocketError", "Check the path.")),
    SL_ERRNO(EISDIR, QT_TRANSLATE_NOOP("SocketError", "The path names a directory."),
        QT_TRANSLATE_NOOP("SocketError", "Name a file inside the directory instead.")),
    SL_ERRNO(EROFS, QT_TRANSLATE_NOOP("SocketError", "The file system is read-only."),
        QT_TRANSLATE_NOOP("SocketError", "Use a path on a writable file system, such as /tmp.")),
    SL_ERRNO(ESHUTDOWN, QT_TRANSLATE_NOOP("SocketError", "The socket's sending side is shut down."),
        QT_TRANSLATE_NOOP("SocketError", "Do not send after shutdown(); open a new connection.")),
    SL_ERRNO(ENETDOWN, QT_TRANSLATE_NOOP("SocketError", "The network interface is down."),
        QT_TRANSLATE_NOOP("SocketError", "Bring the interface up or use another one.")),
    SL_ERRNO(EHOSTDOWN, QT_TRANSLATE_NOOP("SocketError", "The host is down."),
        QT_TRANSLATE_NOOP("SocketError", "Check that the other machine is running.")),
    SL_ERRNO(ENOPROTOOPT,
        QT_TRANSLATE_NOOP("SocketError", "The socket does not know that option at that level."),
        QT_TRANSLATE_NOOP(
            "SocketError", "Check the option name and level (SOL_SOCKET, IPPROTO_IPV6, ...).")),
    SL_ERRNO(EFAULT,
        QT_TRANSLATE_NOOP("SocketError", "An address given to the kernel was not valid memory."),
        QT_TRANSLATE_NOOP("SocketError", "This is a program error; please report it.")),
    SL_ERRNO(ENODEV, QT_TRANSLATE_NOOP("SocketError", "No such network interface."),
        QT_TRANSLATE_NOOP("SocketError", "Check the interface name or index after %.")),
    SL_ERRNO(ENXIO, QT_TRANSLATE_NOOP("SocketError", "No such device or address."),
        QT_TRANSLATE_NOOP("SocketError", "Check the interface and address.")),
};

#undef SL_ERRNO

const ErrnoInfo *findErrno(int code)
{
    for (const ErrnoInfo &info : errnoTable) {
        if (info.code == code)
            return &info;
    }
    return nullptr;
}

struct GaiInfo
{
    int code;
    const char *name;
    const char *explanation;
    const char *hint;
};

#define SL_GAI(code, explanation, hint)                                                            \
    {                                                                                              \
        code, #code, explanation, hint                                                             \
    }

const GaiInfo gaiTable[] = {
    SL_GAI(EAI_AGAIN,
        QT_TRANSLATE_NOOP("SocketError", "The name server could not answer right now."),
        QT_TRANSLATE_NOOP("SocketError", "Try again in a moment, or use a numeric address.")),
    SL_GAI(EAI_BADFLAGS,
        QT_TRANSLATE_NOOP("SocketError", "The flags given in the hints are not valid."),
        QT_TRANSLATE_NOOP("SocketError", "Clear the flags and try again.")),
    SL_GAI(EAI_FAIL, QT_TRANSLATE_NOOP("SocketError", "The name server failed for good."),
        QT_TRANSLATE_NOOP("SocketError", "Check the name, or use a numeric address.")),
    SL_GAI(EAI_FAMILY,
        QT_TRANSLATE_NOOP("SocketError", "The address family in the hints is not supported."),
        QT_TRANSLATE_NOOP("SocketError", "Use AF_UNSPEC, AF_INET or AF_INET6.")),
    SL_GAI(EAI_MEMORY, QT_TRANSLATE_NOOP("SocketError", "The resolver ran out of memory."),
        QT_TRANSLATE_NOOP("SocketError", "Try again.")),
    SL_GAI(EAI_NONAME,
        QT_TRANSLATE_NOOP(
            "SocketError", "The name is unknown, or neither a host nor a service was given."),
        QT_TRANSLATE_NOOP(
            "SocketError", "Check the spelling, or use a numeric address such as 127.0.0.1.")),
    SL_GAI(EAI_SERVICE,
        QT_TRANSLATE_NOOP("SocketError", "The service name is unknown for this socket type."),
        QT_TRANSLATE_NOOP("SocketError", "Use a port number, or a name listed in /etc/services.")),
    SL_GAI(EAI_SOCKTYPE,
        QT_TRANSLATE_NOOP("SocketError", "The socket type in the hints is not supported."),
        QT_TRANSLATE_NOOP("SocketError", "Use SOCK_STREAM, SOCK_DGRAM or 0.")),
    SL_GAI(EAI_SYSTEM,
        QT_TRANSLATE_NOOP("SocketError", "A system call failed inside the resolver."),
        QT_TRANSLATE_NOOP("SocketError", "See the errno shown with it.")),
    SL_GAI(EAI_OVERFLOW, QT_TRANSLATE_NOOP("SocketError", "The result did not fit the buffer."),
        QT_TRANSLATE_NOOP("SocketError", "This is a program error; please report it.")),
#ifdef EAI_NODATA
    SL_GAI(EAI_NODATA, QT_TRANSLATE_NOOP("SocketError", "The name exists but has no address."),
        QT_TRANSLATE_NOOP("SocketError", "Check the name, or ask for another address family.")),
#endif
#ifdef EAI_ADDRFAMILY
    SL_GAI(EAI_ADDRFAMILY,
        QT_TRANSLATE_NOOP("SocketError", "The host has no address of the requested family."),
        QT_TRANSLATE_NOOP("SocketError", "Ask for AF_UNSPEC, or the other family.")),
#endif
#ifdef EAI_INPROGRESS
    SL_GAI(EAI_INPROGRESS, QT_TRANSLATE_NOOP("SocketError", "The lookup is still running."),
        QT_TRANSLATE_NOOP("SocketError", "Wait for it to finish.")),
#endif
#ifdef EAI_CANCELED
    SL_GAI(EAI_CANCELED, QT_TRANSLATE_NOOP("SocketError", "The lookup was cancelled."),
        QT_TRANSLATE_NOOP("SocketError", "Start it again if it is still needed.")),
#endif
#ifdef EAI_NOTCANCELED
    SL_GAI(EAI_NOTCANCELED, QT_TRANSLATE_NOOP("SocketError", "The lookup could not be cancelled."),
        QT_TRANSLATE_NOOP("SocketError", "Wait for it to finish.")),
#endif
#ifdef EAI_ALLDONE
    SL_GAI(EAI_ALLDONE, QT_TRANSLATE_NOOP("SocketError", "Every lookup has finished already."),
        QT_TRANSLATE_NOOP("SocketError", "Nothing to do.")),
#endif
#ifdef EAI_INTR
    SL_GAI(EAI_INTR, QT_TRANSLATE_NOOP("SocketError", "A signal interrupted the lookup."),
        QT_TRANSLATE_NOOP("SocketError", "Try again.")),
#endif
#ifdef EAI_IDN_ENCODE
    SL_GAI(EAI_IDN_ENCODE,
        QT_TRANSLATE_NOOP(
            "SocketError", "The name could not be converted to its international (IDN) form."),
        QT_TRANSLATE_NOOP("SocketError", "Check the characters of the name.")),
#endif
};

#undef SL_GAI

const GaiInfo *findGai(int code)
{
    for (const GaiInfo &info : gaiTable) {
        if (info.code == code)
            return &info;
    }
    return nullptr;
}

// The system's own texts, as glibc's strerror(3) and gai_strerror(3) give
// them in the C locale, listed for lupdate: when the UI's language is not the
// system's, they are shown in the UI's (the German is glibc's own, from
// libc-l10n). A text not listed (another C library, a system that speaks
// another language already) is shown as the system gives it.
[[maybe_unused]] constexpr const char *systemTexts[] = {
    QT_TRANSLATE_NOOP("SocketError", "Address already in use"), // EADDRINUSE
    QT_TRANSLATE_NOOP("SocketError", "Cannot assign requested address"), // EADDRNOTAVAIL
    QT_TRANSLATE_NOOP("SocketError", "Connection refused"), // ECONNREFUSED
    QT_TRANSLATE_NOOP("SocketError", "Connection reset by peer"), // ECONNRESET
    QT_TRANSLATE_NOOP("SocketError", "Software caused connection abort"), // ECONNABORTED
    QT_TRANSLATE_NOOP("SocketError", "Permission denied"), // EACCES
    QT_TRANSLATE_NOOP("SocketError", "Operation not permitted"), // EPERM
    QT_TRANSLATE_NOOP("SocketError", "Broken pipe"), // EPIPE
    QT_TRANSLATE_NOOP("SocketError", "Transport endpoint is not connected"), // ENOTCONN
    QT_TRANSLATE_NOOP("SocketError", "Transport endpoint is already connected"), // EISCONN
    QT_TRANSLATE_NOOP("SocketError", "Invalid argument"), // EINVAL
    QT_TRANSLATE_NOOP("SocketError", "Message too long"), // EMSGSIZE
    QT_TRANSLATE_NOOP("SocketError", "No such file or directory"), // ENOENT
    QT_TRANSLATE_NOOP("SocketError", "Address family not supported by protocol"), // EAFNOSUPPORT
    QT_TRANSLATE_NOOP("SocketError", "Protocol not supported"), // EPROTONOSUPPORT
    QT_TRANSLATE_NOOP("SocketError", "Protocol wrong type for socket"), // EPROTOTYPE
    QT_TRANSLATE_NOOP("SocketError", "Socket type not supported"), // ESOCKTNOSUPPORT
    QT_TRANSLATE_NOOP("SocketError", "Operation not supported"), // EOPNOTSUPP
    QT_TRANSLATE_NOOP("SocketError", "Connection timed out"), // ETIMEDOUT
    QT_TRANSLATE_NOOP("SocketError", "No route to host"), // EHOSTUNREACH
    QT_TRANSLATE_NOOP("SocketError", "Network is unreachable"), // ENETUNREACH
    QT_TRANSLATE_NOOP("SocketError", "Resource temporarily unavailable"), // EAGAIN
    QT_TRANSLATE_NOOP("SocketError", "Operation now in progress"), // EINPROGRESS
    QT_TRANSLATE_NOOP("SocketError", "Operation already in progress"), // EALREADY
    QT_TRANSLATE_NOOP("SocketError", "Bad file descriptor"), // EBADF
    QT_TRANSLATE_NOOP("SocketError", "Socket operation on non-socket"), // ENOTSOCK
    QT_TRANSLATE_NOOP("SocketError", "Destination address required"), // EDESTADDRREQ
    QT_TRANSLATE_NOOP("SocketError", "Too many open files"), // EMFILE
    QT_TRANSLATE_NOOP("SocketError", "Too many open files in system"), // ENFILE
    QT_TRANSLATE_NOOP("SocketError", "No buffer space available"), // ENOBUFS
    QT_TRANSLATE_NOOP("SocketError", "Cannot allocate memory"), // ENOMEM
    QT_TRANSLATE_NOOP("SocketError", "Interrupted system call"), // EINTR
    QT_TRANSLATE_NOOP("SocketError", "File name too long"), // ENAMETOOLONG
    QT_TRANSLATE_NOOP("SocketError", "File exists"), // EEXIST
    QT_TRANSLATE_NOOP("SocketError", "Not a directory"), // ENOTDIR
    QT_TRANSLATE_NOOP("SocketError", "Is a directory"), // EISDIR
    QT_TRANSLATE_NOOP("SocketError", "Read-only file system"), // EROFS
    QT_TRANSLATE_NOOP("SocketError", "Cannot send after transport endpoint shutdown"), // ESHUTDOWN
    QT_TRANSLATE_NOOP("SocketError", "Network is down"), // ENETDOWN
    QT_TRANSLATE_NOOP("SocketError", "Host is down"), // EHOSTDOWN
    QT_TRANSLATE_NOOP("SocketError", "Protocol not available"), // ENOPROTOOPT
    QT_TRANSLATE_NOOP("SocketError", "Bad address"), // EFAULT
    QT_TRANSLATE_NOOP("SocketError", "No such device"), // ENODEV
    QT_TRANSLATE_NOOP("SocketError", "No such device or address"), // ENXIO
    QT_TRANSLATE_NOOP("SocketError", "Temporary failure in name resolution"), // EAI_AGAIN
    QT_TRANSLATE_NOOP("SocketError", "Bad value for ai_flags"), // EAI_BADFLAGS
    QT_TRANSLATE_NOOP("SocketError", "Non-recoverable failure in name resolution"), // EAI_FAIL
    QT_TRANSLATE_NOOP("SocketError", "ai_family not supported"), // EAI_FAMILY
    QT_TRANSLATE_NOOP("SocketError", "Memory allocation failure"), // EAI_MEMORY
    QT_TRANSLATE_NOOP("SocketError", "Name or service not known"), // EAI_NONAME
    QT_TRANSLATE_NOOP("SocketError", "Servname not supported for ai_socktype"), // EAI_SERVICE
    QT_TRANSLATE_NOOP("SocketError", "ai_socktype not supported"), // EAI_SOCKTYPE
    QT_TRANSLATE_NOOP("SocketError", "System error"), // EAI_SYSTEM
    QT_TRANSLATE_NOOP("SocketError", "Unknown error"), // EAI_OVERFLOW
    QT_TRANSLATE_NOOP("SocketError", "No address associated with hostname"), // EAI_NODATA
    QT_TRANSLATE_NOOP("SocketError", "Address family for hostname not supported"), // EAI_ADDRFAMILY
    QT_TRANSLATE_NOOP("SocketError", "Processing request in progress"), // EAI_INPROGRESS
    QT_TRANSLATE_NOOP("SocketError", "Request canceled"), // EAI_CANCELED
    QT_TRANSLATE_NOOP("SocketError", "Request not canceled"), // EAI_NOTCANCELED
    QT_TRANSLATE_NOOP("SocketError", "All requests done"), // EAI_ALLDONE
    QT_TRANSLATE_NOOP("SocketError", "Interrupted by a signal"), // EAI_INTR
    QT_TRANSLATE_NOOP("SocketError", "Parameter string not correctly encoded"), // EAI_IDN_ENCODE
};

// `text` from strerror(3) or gai_strerror(3) in the UI's language.
QString inUiLanguage(const char *text)
{
    return QCoreApplication::translate("SocketError", text);
}

// Python's OSError subclasses chosen by errno (CPython Objects/exceptions.c).
QString pythonClassForErrno(int code)
{
    switch (code) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS:
        return u"BlockingIOError"_s;
    case EPIPE:
    case ESHUTDOWN:
        return u"BrokenPipeError"_s;
    case ECHILD:
        return u"ChildProcessError"_s;
    case ECONNABORTED:
        return u"ConnectionAbortedError"_s;
    case ECONNREFUSED:
        return u"ConnectionRefusedError"_s;
    case ECONNRESET:
        return u"ConnectionResetError"_s;
    case EEXIST:
        return u"FileExistsError"_s;
    case ENOENT:
        return u"FileNotFoundError"_s;
    case EISDIR:
        return u"IsADirectoryError"_s;
    case ENOTDIR:
        return u"NotADirectoryError"_s;
    case EINTR:
        return u"InterruptedError"_s;
    case EACCES:
    case EPERM:
        return u"PermissionError"_s;
    case ESRCH:
        return u"ProcessLookupError"_s;
    case ETIMEDOUT:
        return u"TimeoutError"_s;
    default:
        return u"OSError"_s;
    }
}

} // namespace

SocketError SocketError::fromErrno(int errnoValue, QStringView call)
{
    SocketError error;
    if (errnoValue == 0)
        return error;
    error.m_kind = Kind::Errno;
    error.m_code = errnoValue;
    error.m_systemErrno = errnoValue;

    // Where the same errno means something particular in one call.
    if (call == u"bind") {
        if (errnoValue == EACCES) {
            const int floor = unprivilegedPortStart();
            if (floor > 0) {
                error.m_explanation
                    = tr("Ports below %1 need privileges on this system.").arg(floor);
                error.m_hint
                    = tr("Use port %1 or above (or port 0), or run with the needed privileges.")
                          .arg(floor);
            } else {
                error.m_explanation = tr("Low ports need privileges on this system.");
            }
        } else if (errnoValue == EINVAL) {
            error.m_explanation = tr("The socket is already bound; a socket binds only once.");
            error.m_hint = tr("Create a new socket to bind another address.");
        } else if (errnoValue == ENOENT) {
            error.m_explanation
                = tr("The directory that should hold the socket file does not exist.");
            error.m_hint = tr("Create the directory first or choose a path in an existing one.");
        } else if (errnoValue == EAFNOSUPPORT) {
            error.m_explanation = tr("The address is of another family than the socket.");
            error.m_hint = tr("Bind an AF_INET socket to an IPv4 address and an AF_INET6 socket to "
                              "an IPv6 address.");
        }
    } else if (call == u"connect") {
        if (errnoValue == ENOENT) {
            error.m_explanation = tr("No socket file exists at that path.");
            error.m_hint = tr("Check the path and start the server (bind, listen) first.");
        } else if (errnoValue == ECONNREFUSED) {
            error.m_explanation
                = tr("Nothing is listening at that address and port (for a path: the file "
                     "is there but no socket listens on it).");
            error.m_hint
                = tr("Start the server first and check the address and port; a stale socket "
                     "file can be removed.");
        } else if (errnoValue == EINVAL) {
            error.m_explanation
                = tr("The kernel cannot use this address here; an IPv6 link-local address "
                     "(fe80::) needs the interface it belongs to.");
            error.m_hint = tr("For fe80:: addresses add the interface, e.g. %eth0 (the scope id).");
        } else if (errnoValue == EALREADY) {
            error.m_explanation = tr("A connect() on this socket is still in progress.");
            error.m_hint = tr("Wait for it to finish; it cannot be started twice.");
        } else if (errnoValue == EAFNOSUPPORT) {
            error.m_explanation = tr("The address is of another family than the socket.");
            error.m_hint = tr("Connect an AF_INET socket to an IPv4 address and an AF_INET6 socket "
                              "to an IPv6 address.");
        }
    } else if (call == u"listen") {
        if (errnoValue == EOPNOTSUPP) {
            error.m_explanation
                = tr("Only stream sockets can listen; datagram sockets have no connections.");
            error.m_hint = tr("Use SOCK_STREAM for a server that accepts connections.");
        } else if (errnoValue == EADDRINUSE) {
            error.m_explanation
                = tr("Another socket already listens on the port this one was given.");
        }
    } else if (call == u"accept") {
        if (errnoValue == EINVAL) {
            error.m_explanation = tr("The socket is not listening.");
            error.m_hint = tr("Call listen() before accept().");
        } else if (errnoValue == EOPNOTSUPP) {
            error.m_explanation = tr("Datagram sockets have no connections to accept.");
            error.m_hint = tr("Use recvfrom() on a datagram socket.");
        }
    } else if (call == u"recv" || call == u"recvfrom") {
        if (errnoValue == ECONNREFUSED) {
            error.m_explanation
                = tr("An earlier datagram reached a port where nothing listens; the kernel "
                     "reports that refusal on this later call.");
            error.m_hint = tr("Start the receiving side; the socket itself is still usable.");
        } else if (errnoValue == ENOTCONN) {
            error.m_explanation
                = tr("The socket is not connected, so there is nothing to receive.");
            error.m_hint = tr(
                "Connect first, or accept() on a listening socket and receive on the new socket.");
        }
    } else if (call == u"send" || call == u"sendall" || call == u"sendto") {
        if (errnoValue == ECONNREFUSED) {
            error.m_explanation
                = tr("An earlier datagram reached a port where nothing listens; the kernel "
                     "reports that refusal on this later call.");
            error.m_hint = tr("Start the receiving side; the socket itself is still usable.");
        } else if (errnoValue == EPIPE) {
            error.m_explanation
                = tr("Sending is no longer possible on this connection: this side shut "
                     "down its sending direction or the peer has gone.");
        }
    } else if (call == u"setsockopt" && errnoValue == EINVAL) {
        error.m_explanation = tr("The option cannot be changed in the socket's current state.");
        error.m_hint = tr("Set options such as IPV6_V6ONLY before bind().");
    }
    return error;
}

SocketError SocketError::fromGai(int gaiCode, int systemErrno)
{
    SocketError error;
    if (gaiCode == 0)
        return error;
    error.m_kind = Kind::Gai;
    error.m_code = gaiCode;
    error.m_systemErrno = gaiCode == EAI_SYSTEM ? systemErrno : 0;
    return error;
}

SocketError SocketError::refused(const QString &problem, const QString &hint)
{
    SocketError error;
    error.m_kind = Kind::Refused;
    error.m_code = EINVAL;
    error.m_refusedText = problem;
    error.m_explanation = problem;
    error.m_hint = hint;
    return error;
}

bool SocketError::wouldBlock() const
{
    if (m_kind != Kind::Errno)
        return false;
    return m_code == EAGAIN || m_code == EWOULDBLOCK || m_code == EINPROGRESS || m_code == EALREADY;
}

QString SocketError::name() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Errno:
        return errnoName(m_code);
    case Kind::Gai:
        return gaiName(m_code);
    case Kind::Refused:
        return u"EINVAL"_s;
    }
    return {};
}

QString SocketError::systemText() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Errno:
        return inUiLanguage(std::strerror(m_code));
    case Kind::Gai:
        if (m_code == EAI_SYSTEM && m_systemErrno != 0)
            return inUiLanguage(gai_strerror(m_code)) % u": "_s
                % inUiLanguage(std::strerror(m_systemErrno));
        return inUiLanguage(gai_strerror(m_code));
    case Kind::Refused:
        return tr("refused before the call");
    }
    return {};
}

QString SocketError::explanation() const
{
    if (!m_explanation.isEmpty())
        return m_explanation;
    if (m_kind == Kind::Errno) {
        if (const ErrnoInfo *info = findErrno(m_code))
            return tr(info->explanation);
        return systemText() % u'.';
    }
    if (m_kind == Kind::Gai) {
        if (const GaiInfo *info = findGai(m_code))
            return tr(info->explanation);
        return systemText() % u'.';
    }
    return {};
}

QString SocketError::hint() const
{
    if (!m_hint.isEmpty())
        return m_hint;
    if (m_kind == Kind::Errno) {
        if (const ErrnoInfo *info = findErrno(m_code))
            return tr(info->hint);
    } else if (m_kind == Kind::Gai) {
        if (const GaiInfo *info = findGai(m_code))
            return tr(info->hint);
    }
    return {};
}

QString SocketError::toString() const
{
    if (m_kind == Kind::None)
        return {};
    if (m_kind == Kind::Refused)
        return tr("refused before the call: %1").arg(m_refusedText);
    return name() % u" ("_s % systemText() % u')';
}

QString SocketError::pythonException() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Errno:
        return pythonClassForErrno(m_code) % u": [Errno "_s % QString::number(m_code) % u"] "_s
            % systemText();
    case Kind::Gai:
        // CPython raises OSError from errno for EAI_SYSTEM (socketmodule.c set_gaierror).
        if (m_code == EAI_SYSTEM && m_systemErrno != 0)
            return fromErrno(m_systemErrno).pythonException();
        return u"socket.gaierror: [Errno "_s % QString::number(m_code) % u"] "_s
            % inUiLanguage(gai_strerror(m_code));
    case Kind::Refused:
        return u"OSError: "_s % m_refusedText;
    }
    return {};
}

QString SocketError::errnoName(int errnoValue)
{
    if (errnoValue == EWOULDBLOCK)
        return u"EAGAIN"_s;
    if (const ErrnoInfo *info = findErrno(errnoValue))
        return QString::fromLatin1(info->name);
    if (const char *name = strerrorname_np(errnoValue))
        return QString::fromLatin1(name);
    return u"E"_s % QString::number(errnoValue);
}

int SocketError::unprivilegedPortStart()
{
    QFile file(u"/proc/sys/net/ipv4/ip_unprivileged_port_start"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const int value = file.readAll().trimmed().toInt(&ok);
    return ok ? value : -1;
}

QString SocketError::gaiName(int gaiCode)
{
    if (const GaiInfo *info = findGai(gaiCode))
        return QString::fromLatin1(info->name);
    return u"EAI_"_s % QString::number(gaiCode);
}
