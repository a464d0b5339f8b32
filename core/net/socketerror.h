#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// What went wrong in one call, as a value: the errno (or EAI_*) name, the
// system's own text, a one-sentence plain explanation and what to try.
//
// Three kinds:
//  - Errno: the kernel refused the call; code() is the errno value
//    (EADDRINUSE = 98 on Linux), systemText() is strerror(3).
//  - Gai:   getaddrinfo(3) failed; code() is the EAI_* value (negative on
//    glibc), systemText() is gai_strerror(3). EAI_SYSTEM keeps its errno.
//  - Refused: SocketLab refused the input before making any call (an AF_UNIX
//    path over 107 bytes, a port outside 0-65535, an unparsable address).
//    name() is then EINVAL-like but says so: "refused before the call".
//
// A default-constructed SocketError means success.
class SocketError
{
    Q_DECLARE_TR_FUNCTIONS(SocketError)

public:
    enum class Kind { None, Errno, Gai, Refused };

    SocketError() = default;

    // errno from a failed system call (socket(2), bind(2), ...). `call` is
    // the call's name ("bind", "connect"); it picks a better explanation
    // where the same errno means different things in different calls.
    static SocketError fromErrno(int errnoValue, QStringView call = {});
    // An EAI_* code from getaddrinfo(3)/getnameinfo(3); for EAI_SYSTEM pass errno too.
    static SocketError fromGai(int gaiCode, int systemErrno = 0);
    // Input refused before any call: `problem` names it, `hint` says what to do.
    static SocketError refused(const QString &problem, const QString &hint);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // True for EAGAIN/EWOULDBLOCK and EINPROGRESS/EALREADY: not a failure,
    // the call must wait for the kernel (see LiveSocket's pending calls).
    bool wouldBlock() const;

    int code() const { return m_code; }
    QString name() const; // "EADDRINUSE", "EAI_SERVICE", "EINVAL"
    QString systemText() const; // "Address already in use"
    QString explanation() const; // one plain sentence
    QString hint() const; // what to try next
    void setExplanation(const QString &text) { m_explanation = text; }
    void setHint(const QString &text) { m_hint = text; }

    // "EADDRINUSE (Address already in use)"
    QString toString() const;
    // The exception Python's socket module would raise, e.g.
    // "ConnectionRefusedError: [Errno 111] Connection refused",
    // "socket.gaierror: [Errno -8] Servname not supported for ai_socktype".
    QString pythonException() const;

    // The errno name for a value on this platform ("ECONNRESET"), or "E<n>".
    static QString errnoName(int errnoValue);
    // The EAI_* name for a getaddrinfo code ("EAI_NONAME"), or "EAI_<n>".
    static QString gaiName(int gaiCode);
    // The lowest port an unprivileged program may bind on this kernel
    // (Linux /proc/sys/net/ipv4/ip_unprivileged_port_start, ip(7)); -1 when
    // the system does not say. Names the rule in bind's EACCES explanation.
    static int unprivilegedPortStart();

    friend bool operator==(const SocketError &a, const SocketError &b)
    {
        return a.m_kind == b.m_kind && a.m_code == b.m_code;
    }

private:
    Kind m_kind = Kind::None;
    int m_code = 0;
    int m_systemErrno = 0;
    QString m_explanation;
    QString m_hint;
    QString m_refusedText;
};

Q_DECLARE_METATYPE(SocketError)
