#include "core/platform/ports.h"

#include <QFile>
#include <QFileInfo>

#include <netdb.h>
#include <netinet/in.h>

#include <cerrno>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kLocalPortRange = "/proc/sys/net/ipv4/ip_local_port_range";
constexpr auto kUnprivilegedStart = "/proc/sys/net/ipv4/ip_unprivileged_port_start";

QList<int> readNumbers(const char *path)
{
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> parts = file.readAll().simplified().split(' ');
    QList<int> out;
    for (const QByteArray &p : parts) {
        bool ok = false;
        const int v = p.toInt(&ok);
        if (!ok)
            return {};
        out << v;
    }
    return out;
}

Ports::Service toService(const servent &entry)
{
    Ports::Service s;
    s.name = QString::fromLocal8Bit(entry.s_name);
    for (char **alias = entry.s_aliases; alias && *alias; ++alias)
        s.aliases << QString::fromLocal8Bit(*alias);
    s.protocol = QString::fromLatin1(entry.s_proto);
    s.port = ntohs(quint16(entry.s_port));
    return s;
}

// Calls a getserv*_r function with a growing buffer (bounded: 64 KiB).
template<typename Call> std::optional<Ports::Service> lookupService(Call call)
{
    std::vector<char> buffer(1024);
    while (buffer.size() <= 65536) {
        servent entry {};
        servent *result = nullptr;
        const int rc = call(&entry, buffer.data(), buffer.size(), &result);
        if (rc == ERANGE) {
            buffer.resize(buffer.size() * 2);
            continue;
        }
        if (rc != 0 || !result)
            return std::nullopt;
        return toService(entry);
    }
    return std::nullopt;
}

QHostAddress parseProcAddress(const QByteArray &hex)
{
    // The kernel prints each 32-bit word of the address as %08X of its
    // in-memory value, so the bytes come back by storing the word natively.
    if (hex.size() == 8) {
        const quint32 word = hex.toUInt(nullptr, 16);
        quint8 bytes[4];
        std::memcpy(bytes, &word, 4);
        return QHostAddress(
            quint32((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]));
    }
    if (hex.size() == 32) {
        Q_IPV6ADDR a;
        for (int w = 0; w < 4; ++w) {
            const quint32 word = hex.mid(w * 8, 8).toUInt(nullptr, 16);
            std::memcpy(a.c + w * 4, &word, 4);
        }
        return QHostAddress(a);
    }
    return {};
}

bool readTable(const QString &path, const QString &transport, const QByteArray &state,
    QList<Ports::Listener> *out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    file.readLine(); // header
    // Bounded: the kernel lists one line per socket.
    for (int lineNo = 0; lineNo < 1000000 && !file.atEnd(); ++lineNo) {
        const QList<QByteArray> f = file.readLine().simplified().split(' ');
        if (f.size() < 10 || f.at(3) != state)
            continue;
        const QList<QByteArray> local = f.at(1).split(':');
        if (local.size() != 2)
            continue;
        Ports::Listener l;
        l.transport = transport;
        l.address = parseProcAddress(local.at(0));
        l.port = quint16(local.at(1).toUInt(nullptr, 16));
        l.inode = f.at(9).toULongLong();
        out->append(l);
    }
    return true;
}

} // namespace

Ports::Range Ports::rangeOf(quint16 port)
{
    if (port <= 1023)
        return Range::System;
    if (port <= 49151)
        return Range::Registered;
    return Range::Dynamic;
}

int Ports::rangeFirst(Range range)
{
    switch (range) {
    case Range::System:
        return 0;
    case Range::Registered:
        return 1024;
    case Range::Dynamic:
        return 49152;
    }
    return 0;
}

int Ports::rangeLast(Range range)
{
    switch (range) {
    case Range::System:
        return 1023;
    case Range::Registered:
        return 49151;
    case Range::Dynamic:
        return 65535;
    }
    return 0;
}

QString Ports::rangeName(Range range)
{
    switch (range) {
    case Range::System:
        return tr("system (well-known)");
    case Range::Registered:
        return tr("registered");
    case Range::Dynamic:
        return tr("dynamic (private)");
    }
    return {};
}

QString Ports::rangeExplanation(Range range)
{
    switch (range) {
    case Range::System:
        return tr("IANA assigns these to the long-standing services (SSH, HTTP, SMTP...); many "
                  "systems let only privileged programs bind them.");
    case Range::Registered:
        return tr("Applications register these with IANA to avoid clashes (PostgreSQL 5432, for "
                  "example); any program may bind them.");
    case Range::Dynamic:
        return tr("Never assigned by IANA: meant for short-lived client ports and private use.");
    }
    return {};
}

Ports::Span Ports::ephemeralRange()
{
    const QList<int> values = readNumbers(kLocalPortRange);
    if (values.size() == 2 && values[0] <= values[1])
        return {values[0], values[1], true, QString::fromLatin1(kLocalPortRange)};
#ifdef Q_OS_LINUX
    return {32768, 60999, false,
        tr("%1 could not be read; 32768-60999 is Linux's default")
            .arg(QString::fromLatin1(kLocalPortRange))};
#else
    return {49152, 65535, false,
        tr("no /proc here; IANA's dynamic range is this system's usual default")};
#endif
}

Ports::Span Ports::ianaDynamicRange()
{
    return {49152, 65535, false, u"IANA (RFC 6335)"_s};
}

Ports::Floor Ports::unprivilegedPortStart()
{
    const QList<int> values = readNumbers(kUnprivilegedStart);
    if (values.size() == 1)
        return {values[0], true, QString::fromLatin1(kUnprivilegedStart)};
    return {1024, false,
        tr("%1 could not be read; 1024 is the traditional rule")
            .arg(QString::fromLatin1(kUnprivilegedStart))};
}

bool Ports::needsPrivilege(quint16 port)
{
    return port != 0 && port < unprivilegedPortStart().port;
}

std::optional<Ports::Service> Ports::serviceByPort(quint16 port, const QString &protocol)
{
    const QByteArray proto = protocol.toLatin1();
    return lookupService([&](servent *entry, char *buf, size_t len, servent **result) {
        return getservbyport_r(int(htons(port)), proto.constData(), entry, buf, len, result);
    });
}

std::optional<Ports::Service> Ports::serviceByName(const QString &name, const QString &protocol)
{
    const QByteArray n = name.toLocal8Bit();
    const QByteArray proto = protocol.toLatin1();
    if (n.isEmpty())
        return std::nullopt;
    return lookupService([&](servent *entry, char *buf, size_t len, servent **result) {
        return getservbyname_r(n.constData(), proto.constData(), entry, buf, len, result);
    });
}

bool Ports::servicesDatabaseExists()
{
    return QFileInfo::exists(u"/etc/services"_s);
}

QString Ports::servicesDatabaseNote()
{
    if (servicesDatabaseExists())
        return {};
    return tr("/etc/services is missing, so no port has a service name here. On Debian it comes "
              "with the netbase package (apt-get install netbase).");
}

QList<Ports::WellKnown> Ports::lessonPorts()
{
    return {
        {20, tr("FTP data"), tr("File contents and directory listings in active-mode FTP.")},
        {21, tr("FTP control"), tr("FTP's commands and replies (USER, RETR, 226...).")},
        {22, u"SSH"_s, tr("Encrypted remote shells and file copies (ssh, scp, sftp).")},
        {23, u"Telnet"_s, tr("Unencrypted remote terminals; kept for old devices and teaching.")},
        {25, u"SMTP"_s, tr("Mail handed from one mail server to the next.")},
        {80, u"HTTP"_s, tr("Web pages without encryption.")},
        {443, u"HTTPS"_s, tr("Web pages over TLS.")},
    };
}

QList<Ports::Listener> Ports::listeners(QString *error)
{
    QList<Listener> out;
    bool any = false;
    // TCP_LISTEN is 10 (0A); an unconnected bound UDP socket shows TCP_CLOSE (07).
    any |= readTable(u"/proc/net/tcp"_s, u"tcp"_s, "0A", &out);
    any |= readTable(u"/proc/net/tcp6"_s, u"tcp"_s, "0A", &out);
    any |= readTable(u"/proc/net/udp"_s, u"udp"_s, "07", &out);
    any |= readTable(u"/proc/net/udp6"_s, u"udp"_s, "07", &out);
    if (!any && error)
        *error = tr("The kernel's socket tables (/proc/net/tcp and friends) could not be read on "
                    "this system.");
    return out;
}
