#pragma once

#include "core/net/endpoint.h"
#include "core/net/socketerror.h"
#include "core/record/callevent.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <sys/socket.h>

// The hints getaddrinfo(3) takes: 0 / AF_UNSPEC means "any".
// flags: AI_CANONNAME, AI_PASSIVE, AI_NUMERICHOST, AI_NUMERICSERV, ... OR-ed.
struct ResolverHints
{
    int family = AF_UNSPEC;
    int type = 0;
    int proto = 0;
    int flags = 0;
};

// One row getaddrinfo returns: the 5-tuple (family, type, proto, canonname,
// sockaddr) that Python's socket.getaddrinfo gives, ready for
// socket(*info[:3]) and connect(info[-1]).
struct AddrInfo
{
    int family = AF_UNSPEC;
    int type = 0;
    int proto = 0;
    QString canonname; // empty unless AI_CANONNAME was asked (first row only)
    Endpoint sockaddr;

    // "<AddressFamily.AF_INET: 2>", "<SocketKind.SOCK_STREAM: 1>" (names of
    // this platform; a number the headers do not name shows as the number).
    QString familyRepr() const;
    QString typeRepr() const;
    // Python's 5-tuple: (familyRepr, typeRepr, proto, 'canonname', sockaddr
    // tuple), e.g. for ::1 port 443 over TCP on Linux:
    // "(<AddressFamily.AF_INET6: 10>, <SocketKind.SOCK_STREAM: 1>, 6, '', ('::1', 443, 0, 0))"
    QString toPython() const;

    friend bool operator==(const AddrInfo &a, const AddrInfo &b)
    {
        return a.family == b.family && a.type == b.type && a.proto == b.proto
            && a.canonname == b.canonname && a.sockaddr == b.sockaddr;
    }
};

// One complete getaddrinfo call: what was asked, what came back.
struct Resolution
{
    QString host; // as typed; empty = NULL (AI_PASSIVE: the wildcard)
    QString service; // port number or service name; empty = NULL
    ResolverHints hints;
    QList<AddrInfo> rows; // in the order the system returned them
    SocketError error; // Kind::Gai with the EAI_* code, or Refused
    qint64 elapsedMs = 0; // wall time the call took

    // The call as Python would write it:
    // "socket.getaddrinfo('localhost', 5000, type=socket.SOCK_STREAM)"
    QString pythonCall() const;
    // The result as IPython prints it: "[(...),\n (...)]", "[]" when empty.
    QString toPython() const;
};

Q_DECLARE_METATYPE(AddrInfo)
Q_DECLARE_METATYPE(Resolution)

// getaddrinfo(3) without freezing the GUI: each lookup runs on a worker
// thread, and its result comes back as `resolved` on this object's thread.
//
// getaddrinfo itself cannot be interrupted: cancel() drops the pending
// result (and says so with `cancelled`) while the call finishes, unseen,
// on its thread. Starting a new lookup cancels the previous one.
//
// Each lookup is recorded as a CallEvent (call "getaddrinfo"): phase
// Waiting when it starts, Done with the Python list (or the error) at the
// end, Cancelled when dropped.
class Resolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Resolver)

public:
    explicit Resolver(QObject *parent = nullptr);
    ~Resolver() override;

    // Names used in the transcript: side (Client unless told) and object
    // ("socket", the Python module the call is made on).
    void setTranscriptNames(CallEvent::Side side, const QString &object);

    // Starts getaddrinfo(host, service, hints) on a worker thread.
    void lookup(const QString &host, const QString &service, const ResolverHints &hints = {});
    // Drops the pending lookup's result; no effect when idle.
    void cancel();
    bool isBusy() const { return m_busy; }

    // The blocking call itself (for worker threads and tests; never call it
    // on the GUI thread with a name that may need DNS). host/service empty
    // mean NULL. A non-ASCII host is converted to its IDNA (xn--) form.
    static Resolution getaddrinfo(
        const QString &host, const QString &service, const ResolverHints &hints = {});

signals:
    void started(const QString &host, const QString &service);
    // The lookup finished; result.error tells whether it failed.
    void resolved(const Resolution &result);
    void cancelled();
    void callRecorded(const CallEvent &event);

private:
    CallEvent makeEvent(CallEvent::Phase phase, const Resolution &r) const;

    CallEvent::Side m_side = CallEvent::Side::Client;
    QString m_object = QStringLiteral("socket");
    quint64 m_generation = 0;
    bool m_busy = false;
    Resolution m_pending;
};
