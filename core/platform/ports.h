#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Ports as the lesson and this machine see them: 16-bit numbers, 65,536
// values (0-65535), where 0 asks the kernel to pick a free one.
//
// Ranges (RFC 6335 section 6): system or well-known 0-1023, registered (user)
// 1024-49151, dynamic or private 49152-65535. This kernel's own ephemeral
// range and privileged-port floor are read from /proc on Linux.
class Ports
{
    Q_DECLARE_TR_FUNCTIONS(Ports)

public:
    enum class Range { System, Registered, Dynamic };

    static constexpr int portCount = 65536;

    static Range rangeOf(quint16 port);
    static int rangeFirst(Range range); // 0, 1024, 49152
    static int rangeLast(Range range); // 1023, 49151, 65535
    // "system (well-known)", "registered", "dynamic (private)"
    static QString rangeName(Range range);
    // One plain sentence on who uses the range.
    static QString rangeExplanation(Range range);

    // A range of ports and where its numbers came from.
    struct Span
    {
        int first = 0;
        int last = 0;
        bool fromKernel = false; // read from this kernel, not a fallback
        QString source; // the file read, or which fallback and why
        int size() const { return last - first + 1; }
    };

    // The kernel's ephemeral range: the ports it picks for connect() without
    // bind() and for bind() to port 0. Linux: /proc/sys/net/ipv4/ip_local_port_range
    // (default 32768-60999). Fallback where unreadable: 32768-60999 on Linux,
    // IANA's 49152-65535 elsewhere (macOS, Windows and FreeBSD use it by default).
    static Span ephemeralRange();
    // IANA's dynamic range 49152-65535 (RFC 6335).
    static Span ianaDynamicRange();

    // The lowest port an unprivileged process may bind. Linux 4.11+:
    // /proc/sys/net/ipv4/ip_unprivileged_port_start (default 1024).
    // Fallback: 1024, the traditional BSD rule (macOS 10.14+ has no floor).
    struct Floor
    {
        int port = 1024;
        bool fromKernel = false;
        QString source;
    };
    static Floor unprivilegedPortStart();
    // True when binding `port` needs privilege here (CAP_NET_BIND_SERVICE
    // or root): 0 < port < floor. Port 0 is never privileged: the kernel
    // picks from the ephemeral range.
    static bool needsPrivilege(quint16 port);

    // One entry of the services database (getservbyport_r(3) /
    // getservbyname_r(3), normally /etc/services, which Debian ships in the
    // netbase package).
    struct Service
    {
        QString name; // "http"
        QStringList aliases; // {"www"}
        QString protocol; // "tcp" or "udp"
        quint16 port = 0;
    };
    // protocol: "tcp" or "udp". nullopt when the database has no entry.
    static std::optional<Service> serviceByPort(quint16 port, const QString &protocol);
    static std::optional<Service> serviceByName(const QString &name, const QString &protocol);
    // Whether /etc/services exists; when it does not, a sentence saying so
    // and how to install it (Debian: apt-get install netbase).
    static bool servicesDatabaseExists();
    static QString servicesDatabaseNote();

    // The ports the lesson names, with what each carries (RFC 959 FTP uses
    // 20 for data and 21 for control).
    struct WellKnown
    {
        quint16 port = 0;
        QString protocol; // "FTP data", "SSH"
        QString use; // one plain sentence
    };
    static QList<WellKnown> lessonPorts();

    // A socket that listens (TCP, state LISTEN) or is bound (UDP) on this
    // machine, from /proc/net/{tcp,tcp6,udp,udp6} (Linux; this process's
    // network namespace). Sockets of every user show up; owners are not read.
    struct Listener
    {
        QString transport; // "tcp" or "udp"
        QHostAddress address; // 0.0.0.0 / :: = every interface
        quint16 port = 0;
        quint64 inode = 0;
    };
    // Every listener now. On a system without /proc, an empty list and
    // *error says the table could not be read.
    static QList<Listener> listeners(QString *error = nullptr);
};
