#include "addrinfolookup.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cerrno>

using namespace Qt::StringLiterals;

AddrInfoLookup::AddrInfoLookup(const QString &side, QObject *parent)
    : QObject(parent)
    , m_side(side)
{
}

QString AddrInfoLookup::familyName(int family)
{
    switch (family) {
    case AF_INET:
        return u"AF_INET"_s;
    case AF_INET6:
        return u"AF_INET6"_s;
    case AF_UNIX:
        return u"AF_UNIX"_s;
    case AF_UNSPEC:
        return u"AF_UNSPEC"_s;
    }
    return QString::number(family);
}

QString AddrInfoLookup::typeName(int type)
{
    switch (type) {
    case SOCK_STREAM:
        return u"SOCK_STREAM"_s;
    case SOCK_DGRAM:
        return u"SOCK_DGRAM"_s;
    case SOCK_RAW:
        return u"SOCK_RAW"_s;
    case SOCK_SEQPACKET:
        return u"SOCK_SEQPACKET"_s;
    }
    return QString::number(type);
}

QString AddrInfoLookup::Row::toPython() const
{
    return u"(<AddressFamily."_s % familyName(family) % u": "_s % QString::number(family)
        % u">, <SocketKind."_s % typeName(type) % u": "_s % QString::number(type) % u">, "_s
        % QString::number(proto) % u", '"_s % canonname % u"', "_s % address.toPythonTuple()
        % u')';
}

QString AddrInfoLookup::toPython(const QList<Row> &rows)
{
    QStringList parts;
    for (const Row &row : rows)
        parts << row.toPython();
    return u'[' % parts.join(u",\n "_s) % u']';
}

void AddrInfoLookup::start(const QString &host, const QString &service, int family, int type,
                           int proto)
{
    const quint64 generation = ++m_generation;
    m_running = true;
    QPointer<AddrInfoLookup> guard(this);
    QThreadPool::globalInstance()->start([guard, generation, host, service, family, type, proto] {
        addrinfo hints{};
        hints.ai_family = family;
        hints.ai_socktype = type;
        hints.ai_protocol = proto;
        hints.ai_flags = 0; // the lesson passes no flags
        addrinfo *list = nullptr;
        const QByteArray h = host.toUtf8();
        const QByteArray s = service.toUtf8();
        errno = 0;
        const int rc = ::getaddrinfo(h.isEmpty() ? nullptr : h.constData(),
                                     s.isEmpty() ? nullptr : s.constData(), &hints, &list);
        const int savedErrno = errno;
        QList<Row> rows;
        SocketError error;
        if (rc != 0) {
            error = SocketError::fromGai(rc, rc == EAI_SYSTEM ? savedErrno : 0);
        } else {
            for (addrinfo *ai = list; ai; ai = ai->ai_next) {
                Row row;
                row.family = ai->ai_family;
                row.type = ai->ai_socktype;
                row.proto = ai->ai_protocol;
                row.canonname = ai->ai_canonname ? QString::fromUtf8(ai->ai_canonname) : QString();
                row.address = Endpoint::fromSockaddr(ai->ai_addr, ai->ai_addrlen);
                rows << row;
            }
            freeaddrinfo(list);
        }
        // qApp outlives every lookup; the guard is checked on the GUI thread.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, generation, host, service, family, type, proto, rows, error] {
                if (guard)
                    guard->deliver(generation, host, service, family, type, proto, rows, error);
            },
            Qt::QueuedConnection);
    });
}

void AddrInfoLookup::deliver(quint64 generation, const QString &host, const QString &service,
                             int family, int type, int proto, const QList<Row> &rows,
                             const SocketError &error)
{
    if (generation != m_generation)
        return;
    m_running = false;
    CallEvent event;
    event.sequence = CallEvent::nextSequence();
    event.time = QDateTime::currentDateTime();
    event.side = m_side;
    event.object = u"socket"_s;
    event.call = u"getaddrinfo"_s;
    event.text = host;
    event.service = service;
    event.family = family;
    event.type = type;
    event.proto = proto;
    event.returned = rows.size();
    event.result = error ? QString() : toPython(rows);
    event.error = error;
    emit callRecorded(event);
    emit finished(rows, error);
}
