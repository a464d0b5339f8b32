#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// This platform's socket constants, read from the real system headers when
// SocketLab was compiled (<sys/socket.h>, <netinet/in.h>, <netinet/tcp.h>,
// <netdb.h>): AF_*, SOCK_*, IPPROTO_*, SOL_*, SO_*, MSG_*, SHUT_*, AI_*,
// EAI_*, TCP_*, IP_*, IPV6_*. A name the headers do not define is absent.
//
// The lesson's get_constants(prefix) is withPrefix() + pythonDict().
class Constants
{
    Q_DECLARE_TR_FUNCTIONS(Constants)

public:
    struct Entry
    {
        QString name; // "AF_INET6"
        qint64 value; // 10 on Linux
        QString group; // the family of names it belongs to: "AF_"
    };

    // Every known constant, grouped, in header order.
    static const QList<Entry> &all();
    // The groups in the order all() lists them: "AF_", "SOCK_", "IPPROTO_", ...
    static QStringList groups();
    // Every constant whose name starts with `prefix`, ignoring case ("af_"
    // finds AF_INET), sorted by value then name. An empty prefix gives all.
    static QList<Entry> withPrefix(const QString &prefix);
    // The value of a name (exact, case-sensitive), or nullopt when this
    // platform does not define it.
    static std::optional<qint64> value(const QString &name);
    // Every name with `value` among those starting with `prefix`
    // ("AF_LOCAL", "AF_UNIX" for 1 and "AF_").
    static QStringList names(qint64 value, const QString &prefix);
    // The one name Python's get_constants(prefix) keeps for `value`: when
    // several share it, the alphabetically last wins ({1: 'AF_UNIX'}).
    static QString name(qint64 value, const QString &prefix);
    // The level setsockopt(2)/getsockopt(2) take an option at, by the
    // option's group: "SOL_SOCKET" for SO_*, "IPPROTO_TCP" for TCP_*,
    // "IPPROTO_IP" for IP_*, "IPPROTO_IPV6" for IPV6_*; empty for a name this
    // platform does not define as an option.
    static QString optionLevel(const QString &option);
    // name(), or the number as text when this platform has no name for it:
    // symbol(2, "AF_") is "AF_INET", symbol(99, "SHUT_") is "99".
    static QString symbol(qint64 value, const QString &prefix);

    // get_constants(prefix) as IPython prints it: keys sorted by value, one
    // pair per line; AF_ keys as <AddressFamily.AF_INET: 2>, SOCK_ keys as
    // <SocketKind.SOCK_STREAM: 1>, others as plain numbers.
    static QString pythonDict(const QString &prefix);
    // The key as Python shows it: "<AddressFamily.AF_INET: 2>", "6".
    static QString pythonKey(const QString &name, qint64 value);

    // Where a value is not the same on every system: a sentence naming the
    // values elsewhere (AF_INET6: 10 Linux, 30 macOS, 23 Windows), or why
    // it is the same everywhere (IPPROTO_TCP comes from IANA); empty when
    // nothing is recorded for the name.
    static QString portabilityNote(const QString &name);
    // Whether `name`'s value is another on some other system (the note says
    // where); false for a name the same everywhere (IPPROTO_TCP) or without a note.
    static bool differsElsewhere(const QString &name);
    // "Linux", "macOS", "FreeBSD", "this system".
    static QString platformName();
};
