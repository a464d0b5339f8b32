#include "core/net/resolver.h"

#include "core/bytes/bytesformat.h"
#include "core/platform/constants.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>
#include <QUrl>

#include <netdb.h>

#include <cerrno>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Lookups run here: a pool of their own, so that a few slow DNS queries the
// user cancelled cannot hold up new ones behind them.
QThreadPool *resolverPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(8);
        p->setExpiryTimeout(10000);
        return p;
    }();
    return pool;
}

} // namespace

QString AddrInfo::familyRepr() const
{
    const QString name = Constants::name(family, u"AF_"_s);
    return name.isEmpty() ? QString::number(family)
                          : u"<AddressFamily.%1: %2>"_s.arg(name).arg(family);
}

QString AddrInfo::typeRepr() const
{
    const QString name = Constants::name(type, u"SOCK_"_s);
    return name.isEmpty() ? QString::number(type) : u"<SocketKind.%1: %2>"_s.arg(name).arg(type);
}

QString AddrInfo::toPython() const
{
    return u'(' % familyRepr() % u", "_s % typeRepr() % u", "_s % QString::number(proto) % u", "_s
        % BytesFormat::pythonString(canonname) % u", "_s % sockaddr.toPythonTuple() % u')';
}

QString Resolution::pythonCall() const
{
    const QString port = BytesFormat::pythonPort(service);
    QString call = u"socket.getaddrinfo("_s
        % (host.isEmpty() ? u"None"_s : BytesFormat::pythonString(host)) % u", "_s % port;
    if (hints.family != AF_UNSPEC)
        call += u", family=socket."_s % Constants::name(hints.family, u"AF_"_s);
    if (hints.type != 0)
        call += u", type=socket."_s % Constants::name(hints.type, u"SOCK_"_s);
    if (hints.proto != 0) {
        const QString name = Constants::name(hints.proto, u"IPPROTO_"_s);
        call += u", proto="_s
            % (name.isEmpty() ? QString::number(hints.proto) : u"socket."_s % name);
    }
    if (hints.flags != 0) {
        QStringList flags;
        for (const char *n : {"AI_PASSIVE", "AI_CANONNAME", "AI_NUMERICHOST", "AI_NUMERICSERV",
                 "AI_V4MAPPED", "AI_ALL", "AI_ADDRCONFIG"}) {
            const QString name = QString::fromLatin1(n);
            const auto v = Constants::value(name);
            if (v && (hints.flags & *v))
                flags << u"socket."_s % name;
        }
        call += u", flags="_s % flags.join(u" | "_s);
    }
    return call % u')';
}

QString Resolution::toPython() const
{
    QStringList parts;
    for (const AddrInfo &row : rows)
        parts << row.toPython();
    return u'[' % parts.join(u",\n "_s) % u']';
}

Resolver::Resolver(QObject *parent)
    : QObject(parent)
{ }

Resolver::~Resolver() = default;

void Resolver::setTranscriptNames(CallEvent::Side side, const QString &object)
{
    m_side = side;
    m_object = object;
}

Resolution Resolver::getaddrinfo(
    const QString &host, const QString &service, const ResolverHints &hints)
{
    Resolution r;
    r.host = host;
    r.service = service;
    r.hints = hints;

    QByteArray hostBytes;
    if (!host.isEmpty()) {
        bool ascii = true;
        for (QChar c : host)
            ascii &= c.unicode() < 128;
        hostBytes = ascii ? host.toLatin1() : QUrl::toAce(host);
        if (hostBytes.isEmpty()) {
            r.error = SocketError::refused(
                tr("the name “%1” cannot be written in DNS form (IDNA)").arg(host),
                tr("Check the spelling of the host name."));
            return r;
        }
    }
    const QByteArray serviceBytes = service.toUtf8();

    addrinfo want {};
    want.ai_family = hints.family;
    want.ai_socktype = hints.type;
    want.ai_protocol = hints.proto;
    want.ai_flags = hints.flags;
    addrinfo *list = nullptr;

    QElapsedTimer timer;
    timer.start();
    errno = 0;
    const int rc = ::getaddrinfo(host.isEmpty() ? nullptr : hostBytes.constData(),
        service.isEmpty() ? nullptr : serviceBytes.constData(), &want, &list);
    const int savedErrno = errno;
    r.elapsedMs = timer.elapsed();
    if (rc != 0) {
        r.error = SocketError::fromGai(rc, rc == EAI_SYSTEM ? savedErrno : 0);
        return r;
    }
    for (const addrinfo *ai = list; ai; ai = ai->ai_next) {
        AddrInfo row;
        row.family = ai->ai_family;
        row.type = ai->ai_socktype;
        row.proto = ai->ai_protocol;
        if (ai->ai_canonname)
            row.canonname = QString::fromUtf8(ai->ai_canonname);
        row.sockaddr = Endpoint::fromSockaddr(ai->ai_addr, ai->ai_addrlen);
        r.rows << row;
    }
    freeaddrinfo(list);
    return r;
}

CallEvent Resolver::makeEvent(CallEvent::Phase phase, const Resolution &r) const
{
    CallEvent e;
    e.sequence = CallEvent::nextSequence();
    e.time = QDateTime::currentDateTimeUtc(); // as LiveSocket's events
    e.clockNs = CallEvent::clockNow();
    e.side = m_side;
    e.object = m_object;
    e.call = CallEvent::Call::Getaddrinfo;
    e.phase = phase;
    e.family = r.hints.family;
    e.type = r.hints.type;
    e.proto = r.hints.proto;
    e.flags = r.hints.flags;
    e.host = r.host;
    e.service = r.service;
    if (phase == CallEvent::Phase::Done) {
        e.error = r.error;
        e.returned = r.rows.size();
        if (!r.error)
            e.resultRepr = r.toPython();
    }
    return e;
}

void Resolver::lookup(const QString &host, const QString &service, const ResolverHints &hints)
{
    if (m_busy)
        cancel();
    const quint64 id = ++m_generation;
    m_busy = true;
    m_pending = Resolution {host, service, hints, {}, {}, 0};
    emit started(host, service);
    emit callRecorded(makeEvent(CallEvent::Phase::Waiting, m_pending));

    auto promise = std::make_shared<QPromise<Resolution>>();
    auto *watcher = new QFutureWatcher<Resolution>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        if (id != m_generation || !m_busy)
            return; // cancelled or replaced: the result is dropped
        m_busy = false;
        const Resolution r = watcher->future().resultCount() > 0 ? watcher->result() : m_pending;
        emit callRecorded(makeEvent(CallEvent::Phase::Done, r));
        emit resolved(r);
    });
    watcher->setFuture(promise->future());
    resolverPool()->start([promise, host, service, hints] {
        promise->start();
        promise->addResult(getaddrinfo(host, service, hints));
        promise->finish();
    });
}

void Resolver::cancel()
{
    if (!m_busy)
        return;
    m_busy = false;
    ++m_generation;
    emit callRecorded(makeEvent(CallEvent::Phase::Cancelled, m_pending));
    emit cancelled();
}
