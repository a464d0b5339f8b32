#include "core/record/transcript.h"

#include "core/platform/constants.h"

#include "core/bytes/bytesformat.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <netinet/in.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace {

constexpr QStringView arrow = u" \u2192 "; // " → "

using Call = CallEvent::Call;

// A bytes literal, cut after Transcript::ShownDataBytes unless `full`; one
// byte repeated (16 times or more) is written as Python would build it:
// b'x' * 20000, exact and short.
QString bytesLiteral(const QByteArray &data, bool full)
{
    if (data.size() >= 16 && data.count(data.front()) == data.size())
        return BytesFormat::pythonBytes(data.first(1)) % u" * "_s % QString::number(data.size());
    if (full || data.size() <= Transcript::ShownDataBytes)
        return BytesFormat::pythonBytes(data);
    return BytesFormat::pythonBytes(QByteArrayView(data).first(Transcript::ShownDataBytes))
        % u"..."_s;
}

QString cutNote(const QByteArray &data, bool full)
{
    if (full || data.size() <= Transcript::ShownDataBytes
        || data.count(data.front()) == data.size())
        return {};
    return u"  # "_s
        % Transcript::tr("first %L1 of %L2 bytes shown")
              .arg(Transcript::ShownDataBytes)
              .arg(data.size());
}

// Python's value for getaddrinfo's port argument: 5000, 'http' or None.
QString addrVariable(const QString &peerName)
{
    if (peerName.startsWith(u"conn"))
        return u"addr"_s + peerName.mid(4);
    return peerName + u"_addr"_s;
}

QString phaseName(CallEvent::Phase phase)
{
    switch (phase) {
    case CallEvent::Phase::Done:
        return u"done"_s;
    case CallEvent::Phase::Waiting:
        return u"waiting"_s;
    case CallEvent::Phase::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

// "→ -1 ECONNREFUSED (Connection refused)" and its kin.
QString cFailure(const SocketError &error)
{
    switch (error.kind()) {
    case SocketError::Kind::Gai:
        return arrow % error.toString();
    case SocketError::Kind::Refused:
        return u"  // "_s % Transcript::tr("not called: %1").arg(error.toString());
    default:
        return arrow % u"-1 "_s % error.toString();
    }
}

QString cWaiting(const CallEvent &e)
{
    if (e.call == Call::Connect)
        return arrow % u"-1 EINPROGRESS  // "_s
            % Transcript::tr("handshake under way; wait for POLLOUT");
    return arrow % u"-1 EAGAIN  // "_s % Transcript::tr("nothing ready yet; wait for POLLIN");
}

} // namespace

Transcript::Transcript(QObject *parent)
    : QObject(parent)
    , m_entries(DefaultMaxEvents)
{ }

Transcript::~Transcript() = default;

void Transcript::setMaxEvents(int events)
{
    m_maxEvents = qMax(1, events);
    m_entries.setCapacity(m_maxEvents); // keeps the newest entries
    m_keptBytes = 0;
    for (qsizetype i = m_entries.firstIndex(); i <= m_entries.lastIndex(); ++i)
        m_keptBytes += entryBytes(m_entries.at(i).event);
}

void Transcript::setMaxBytes(qint64 bytes)
{
    m_maxBytes = qMax<qint64>(1, bytes);
    trim();
}

qint64 Transcript::entryBytes(const CallEvent &e)
{
    return qint64(sizeof(Entry)) + e.data.size()
        + 2
        * qint64(e.option.size() + e.why.size() + e.host.size() + e.service.size()
            + e.resultRepr.size());
}

qint64 Transcript::recordedCount(CallEvent::Side side) const
{
    for (const SideCount &count : m_sides) {
        if (count.side == side)
            return count.recorded;
    }
    return 0;
}

void Transcript::append(Entry &&entry)
{
    if (m_entries.count() == m_entries.capacity() && !m_entries.isEmpty())
        m_keptBytes -= entryBytes(m_entries.first().event); // the cache drops it
    m_keptBytes += entryBytes(entry.event);
    m_entries.append(std::move(entry));
    trim();
}

void Transcript::trim()
{
    while (m_keptBytes > m_maxBytes && m_entries.count() > 1) {
        m_keptBytes -= entryBytes(m_entries.first().event);
        m_entries.removeFirst();
    }
    if (!m_entries.areIndexesValid())
        m_entries.normalizeIndexes();
}

const Transcript::Entry *Transcript::findEntry(qint64 sequence) const
{
    // Sequences grow along the cache: binary search over its indexes.
    qsizetype low = m_entries.firstIndex();
    qsizetype high = m_entries.isEmpty() ? low : m_entries.lastIndex() + 1;
    while (low < high) {
        const qsizetype mid = low + (high - low) / 2;
        if (m_entries.at(mid).event.sequence < sequence)
            low = mid + 1;
        else
            high = mid;
    }
    if (m_entries.isEmpty() || low > m_entries.lastIndex())
        return nullptr;
    const Entry &found = m_entries.at(low);
    return found.event.sequence == sequence ? &found : nullptr;
}

void Transcript::record(const CallEvent &event)
{
    if (event.isRun()) {
        recordRun(event);
        return;
    }
    Entry entry {event, 0, false, {}}; // copy-constructed: cheaper than default + assignment
    // The key is only built when a waiting call or an accept needs it: a recv
    // loop at full speed records a million events that need neither.
    const bool isAccept = event.call == Call::Accept;
    const bool needsKey
        = isAccept || event.phase == CallEvent::Phase::Waiting || !m_waitingPrompt.isEmpty();
    const QString key
        = needsKey ? QString(CallEvent::sideName(event.side) % u'/' % event.object) : QString();
    if (needsKey && event.phase != CallEvent::Phase::Waiting && m_waitingPrompt.contains(key)) {
        entry.prompt = m_waitingPrompt.take(key);
        entry.afterWaiting = true;
    } else {
        int &next = nextPrompt(event.side);
        if (next == 0)
            next = 2; // In [1] is "import socket"
        entry.prompt = next++;
        if (event.phase == CallEvent::Phase::Waiting)
            m_waitingPrompt.insert(key, entry.prompt);
    }
    if (isAccept) {
        if (!event.acceptedObject.isEmpty()) {
            entry.peerName = event.acceptedObject;
        } else {
            // Waiting: LiveSocket names connections conn, conn2, conn3...
            const int n = m_acceptCount.value(key) + 1;
            entry.peerName = n == 1 ? u"conn"_s : u"conn"_s + QString::number(n);
        }
        if (event.phase == CallEvent::Phase::Done && !event.error)
            ++m_acceptCount[key];
    }

    ++m_recorded;
    ++sideCount(event.side).recorded;
    append(std::move(entry));
    emit recorded(event);
}

void Transcript::recordRun(const CallEvent &run)
{
    if (!m_waitingPrompt.isEmpty()) {
        // A waiting call needs its prompt matched: one call at a time.
        run.forEachCall(0, [this](const CallEvent &one) { record(one); });
        return;
    }
    // Each call has its prompt, but only the calls the bounds keep become
    // entries: the rest would be dropped at once.
    const qsizetype calls = run.callCount();
    qsizetype kept = 0;
    qint64 bytes = 0;
    while (kept < qMin<qsizetype>(calls, m_maxEvents)) {
        bytes += qint64(sizeof(Entry)) + run.chunkSizes.at(calls - 1 - kept);
        if (kept > 0 && bytes > m_maxBytes)
            break;
        ++kept;
    }
    SideCount &count = sideCount(run.side);
    if (count.nextPrompt == 0)
        count.nextPrompt = 2; // In [1] is "import socket"
    int prompt = count.nextPrompt + int(calls - kept);
    count.nextPrompt += int(calls);
    count.recorded += calls;
    m_recorded += calls;
    run.forEachCall(calls - kept, [this, &prompt](const CallEvent &one) {
        append(Entry {one, prompt++, false, {}});
    });
    emit recorded(run);
}

Transcript::SideCount &Transcript::sideCount(CallEvent::Side side)
{
    for (SideCount &count : m_sides) {
        if (count.side == side)
            return count;
    }
    m_sides.append({side, 0, 0});
    return m_sides.last();
}

void Transcript::clear()
{
    m_entries.clear();
    m_keptBytes = 0;
    m_recorded = 0;
    m_sides.clear();
    m_waitingPrompt.clear();
    m_acceptCount.clear();
    emit cleared();
}

QString Transcript::pythonStatement(const CallEvent &e, const QString &peerName, bool fullData)
{
    const QString &o = e.object;
    auto constant = [](const QString &name) {
        return name.front().isDigit() ? name : u"socket."_s + name;
    };
    if (e.call == Call::Socket) {
        QString args = constant(Constants::symbol(e.family, u"AF_"_s)) % u", "_s
            % constant(Constants::symbol(e.type, u"SOCK_"_s));
        if (e.proto != 0)
            args += u", "_s + constant(Constants::symbol(e.proto, u"IPPROTO_"_s));
        return o % u" = socket.socket("_s % args % u')';
    }
    if (e.call == Call::Bind || e.call == Call::Connect)
        return o % u'.' % CallEvent::callName(e.call) % u'(' % e.address.toPythonTuple() % u')';
    if (e.call == Call::Listen)
        return o % u".listen("_s % QString::number(e.backlog) % u')';
    if (e.call == Call::Accept) {
        const QString peer = peerName.isEmpty()
            ? (e.acceptedObject.isEmpty() ? u"conn"_s : e.acceptedObject)
            : peerName;
        return peer % u", "_s % addrVariable(peer) % u" = "_s % o % u".accept()"_s;
    }
    if (e.call == Call::Send || e.call == Call::Sendall)
        return o % u'.' % CallEvent::callName(e.call) % u'(' % bytesLiteral(e.data, fullData)
            % ((e.flags & MSG_MORE) != 0 ? u", socket.MSG_MORE"_s : QString()) % u')'
            % cutNote(e.data, fullData);
    if (e.call == Call::Sendto)
        return o % u".sendto("_s % bytesLiteral(e.data, fullData) % u", "_s
            % e.address.toPythonTuple() % u')' % cutNote(e.data, fullData);
    if (e.call == Call::Recv || e.call == Call::Recvfrom)
        return o % u'.' % CallEvent::callName(e.call) % u'(' % QString::number(e.bufsize) % u')';
    if (e.call == Call::Shutdown)
        return o % u".shutdown(socket."_s % Constants::symbol(e.how, u"SHUT_"_s) % u')';
    if (e.call == Call::Close)
        return o % u".close()"_s;
    if (e.call == Call::Setsockopt)
        return o % u".setsockopt(socket."_s % Constants::optionLevel(e.option) % u", socket."_s
            % e.option % u", "_s % QString::number(e.optionValue) % u')';
    if (e.call == Call::Getaddrinfo) {
        QString args = (e.host.isEmpty() ? u"None"_s : BytesFormat::pythonString(e.host)) % u", "_s
            % BytesFormat::pythonPort(e.service);
        if (e.family != 0)
            args += u", family="_s + constant(Constants::symbol(e.family, u"AF_"_s));
        if (e.type != 0)
            args += u", type="_s + constant(Constants::symbol(e.type, u"SOCK_"_s));
        if (e.proto != 0)
            args += u", proto="_s + constant(Constants::symbol(e.proto, u"IPPROTO_"_s));
        return u"socket.getaddrinfo("_s % args % u')';
    }
    return o % u'.' % CallEvent::callName(e.call) % u"()"_s;
}

QString Transcript::pythonResult(const CallEvent &e)
{
    if (e.phase == CallEvent::Phase::Waiting)
        return {};
    if (e.phase == CallEvent::Phase::Cancelled && e.timedOut)
        return u"TimeoutError: timed out"_s;
    if (e.phase == CallEvent::Phase::Cancelled)
        return u"KeyboardInterrupt  # "_s % tr("stopped waiting; no data was lost");
    if (e.error)
        return e.error.pythonException();
    if (e.call == Call::Send || e.call == Call::Sendto)
        return QString::number(e.returned);
    if (e.call == Call::Recv)
        return bytesLiteral(e.data, false);
    if (e.call == Call::Recvfrom)
        return u'(' % bytesLiteral(e.data, false) % u", "_s % e.address.toPythonTuple() % u')';
    if (e.call == Call::Getaddrinfo)
        return e.resultRepr;
    return {};
}

QString Transcript::ipythonBlock(const Entry &entry)
{
    const CallEvent &e = entry.event;
    const QString peerName = !entry.peerName.isEmpty() ? entry.peerName
        : !e.acceptedObject.isEmpty()                  ? e.acceptedObject
                                                       : u"conn"_s;
    const QString n = QString::number(entry.prompt);
    QStringList lines;
    if (!entry.afterWaiting)
        lines << u"In ["_s % n % u"]: "_s % pythonStatement(e, peerName);
    const QString result = pythonResult(e);
    const bool isValue = !result.isEmpty() && !e.error && e.phase == CallEvent::Phase::Done;
    if (isValue) {
        lines << u"Out["_s % n % u"]: "_s % result;
        if (e.call == Call::Recvfrom && e.truncatedBytes > 0)
            lines << u"# "_s
                    % tr("the datagram was cut: %n byte(s) lost", nullptr, int(e.truncatedBytes));
        if (e.call == Call::Recv && e.data.isEmpty())
            lines << u"# "_s % tr("recv returned 0 bytes: the peer closed its side");
    } else if (!result.isEmpty()) {
        lines << result;
    } else if (e.phase == CallEvent::Phase::Done && !e.error) {
        if (e.call == Call::Accept)
            lines << u"# "_s
                    % tr("%1 is fd %2, %3 = %4")
                          .arg(peerName)
                          .arg(e.returned)
                          .arg(addrVariable(peerName), e.address.toPythonTuple());
        else if (e.call == Call::Socket)
            lines << u"# "_s % tr("%1 is fd %2").arg(e.object).arg(e.returned);
        else if (entry.afterWaiting && e.call == Call::Connect)
            lines << u"# "_s % tr("connected");
    }
    return lines.join(u'\n');
}

QString Transcript::cCall(const CallEvent &e, bool afterWaiting)
{
    const QString fd = QString::number(e.fd);
    const QString ok = e.error ? cFailure(e.error) : QString();
    QString line;
    QString value; // the successful return value
    QString note; // after "//"
    if (e.call == Call::Socket) {
        line = u"socket("_s % Constants::symbol(e.family, u"AF_"_s) % u", "_s
            % Constants::symbol(e.type, u"SOCK_"_s) % u", "_s
            % (e.proto == 0 ? u"0"_s : Constants::symbol(e.proto, u"IPPROTO_"_s)) % u')';
        value = QString::number(e.returned);
    } else if (e.call == Call::Bind) {
        line = u"bind("_s % fd % u", (struct sockaddr *)&addr, sizeof addr)"_s;
        value = u"0"_s;
        note = e.address.toString();
    } else if (e.call == Call::Listen) {
        line = u"listen("_s % fd % u", "_s % QString::number(e.backlog) % u')';
        value = u"0"_s;
    } else if (e.call == Call::Accept) {
        line = u"accept("_s % fd % u", (struct sockaddr *)&peer, &peerlen)"_s;
        value = QString::number(e.returned);
        note = e.address.isValid() ? tr("peer %1").arg(e.address.toString()) : QString();
    } else if (e.call == Call::Connect) {
        if (afterWaiting && e.phase == CallEvent::Phase::Done) {
            // The outcome of a non-blocking connect comes from SO_ERROR.
            line = u"getsockopt("_s % fd % u", SOL_SOCKET, SO_ERROR, &err, &errlen)"_s;
            return line % arrow % u"0, err = "_s
                % (e.error ? QString(e.error.name() % u" ("_s % e.error.systemText() % u')')
                           : QString(u"0  // "_s % tr("connected")));
        }
        line = u"connect("_s % fd % u", (struct sockaddr *)&addr, sizeof addr)"_s;
        value = u"0"_s;
        note = e.address.toString();
    } else if (e.call == Call::Send || e.call == Call::Sendall) {
        const QString size = QString::number(e.data.size());
        if (e.call == Call::Send) {
            line = u"send("_s % fd % u", buf, "_s % size % u", MSG_NOSIGNAL"_s
                % ((e.flags & MSG_MORE) != 0 ? u" | MSG_MORE"_s : QString()) % u')';
            value = QString::number(e.returned);
        } else {
            line = u"send("_s % fd % u", buf + sent, "_s % size % u" - sent, MSG_NOSIGNAL)"_s;
            value = tr("%L1 of %L2 bytes, in a loop").arg(e.returned).arg(size);
            if (e.error)
                note = tr("%L1 of %L2 bytes went before the error").arg(e.returned).arg(size);
        }
    } else if (e.call == Call::Sendto) {
        line = u"sendto("_s % fd % u", buf, "_s % QString::number(e.data.size())
            % u", MSG_NOSIGNAL, (struct sockaddr *)&addr, sizeof addr)"_s;
        value = QString::number(e.returned);
        note = e.address.toString();
    } else if (e.call == Call::Recv) {
        line = u"recv("_s % fd % u", buf, "_s % QString::number(e.bufsize) % u", 0)"_s;
        value = QString::number(e.data.size());
        if (e.phase == CallEvent::Phase::Done && !e.error && e.data.isEmpty())
            note = tr("end of stream: the peer closed its side");
    } else if (e.call == Call::Recvfrom) {
        line = u"recvfrom("_s % fd % u", buf, "_s % QString::number(e.bufsize)
            % u", MSG_TRUNC, (struct sockaddr *)&src, &srclen)"_s;
        value = QString::number(e.data.size() + e.truncatedBytes);
        note = e.address.toString();
        if (e.truncatedBytes > 0)
            note += u"; "_s
                % tr("only %L1 fit in buf, %L2 lost").arg(e.data.size()).arg(e.truncatedBytes);
    } else if (e.call == Call::Shutdown) {
        line = u"shutdown("_s % fd % u", "_s % Constants::symbol(e.how, u"SHUT_"_s) % u')';
        value = u"0"_s;
    } else if (e.call == Call::Close) {
        line = u"close("_s % fd % u')';
        value = u"0"_s;
    } else if (e.call == Call::Setsockopt) {
        line = u"setsockopt("_s % fd % u", "_s % Constants::optionLevel(e.option) % u", "_s
            % e.option % u", &value, sizeof value)"_s;
        value = u"0"_s;
        note = u"value = "_s % QString::number(e.optionValue);
    } else if (e.call == Call::Getaddrinfo) {
        const auto cString = [](const QString &s) {
            return s.isEmpty() ? u"NULL"_s : u'"' % s % u'"';
        };
        line = u"getaddrinfo("_s % cString(e.host) % u", "_s % cString(e.service)
            % u", &hints, &res)"_s;
        value = u"0"_s;
    } else {
        line = CallEvent::callName(e.call) % u'(' % fd % u')';
        value = QString::number(e.returned);
    }

    if (e.phase == CallEvent::Phase::Waiting)
        return line % cWaiting(e);
    if (e.phase == CallEvent::Phase::Cancelled)
        return u"// "_s
            % tr("%1(): stopped waiting; no system call was interrupted")
                  .arg(CallEvent::callName(e.call));
    if (e.error)
        return line % ok % (note.isEmpty() ? QString() : u"  // "_s % note);
    return line % arrow % value % (note.isEmpty() ? QString() : u"  // "_s % note);
}

QJsonObject Transcript::toJson(const CallEvent &e)
{
    QJsonObject o;
    o.insert(u"seq"_s, e.sequence);
    o.insert(u"time"_s, e.time.toString(Qt::ISODateWithMs));
    if (e.clockNs != 0) // the clock segments' time_ns is on (EventLog)
        o.insert(u"clock_ns"_s, e.clockNs);
    o.insert(u"side"_s, CallEvent::sideName(e.side));
    o.insert(u"object"_s, e.object);
    o.insert(u"call"_s, CallEvent::callName(e.call));
    o.insert(u"phase"_s, phaseName(e.phase));
    o.insert(u"fd"_s, e.fd);
    if (e.call == Call::Socket || e.call == Call::Getaddrinfo) {
        // A name where the platform has one ("SOCK_STREAM"), else the number
        // (getaddrinfo's hint 0: any type).
        const auto named = [](qint64 value, const QString &prefix) {
            const QString name = Constants::name(value, prefix);
            return name.isEmpty() ? QJsonValue(value) : QJsonValue(name);
        };
        o.insert(u"family"_s, named(e.family, u"AF_"_s));
        o.insert(u"type"_s, named(e.type, u"SOCK_"_s));
        o.insert(u"proto"_s, e.proto);
    }
    if (e.address.isValid()) {
        o.insert(u"address"_s, e.address.toString());
        o.insert(u"address_python"_s, e.address.toPythonTuple());
    }
    if (e.call == Call::Listen)
        o.insert(u"backlog"_s, e.backlog);
    else if (e.call == Call::Recv || e.call == Call::Recvfrom)
        o.insert(u"asked"_s, e.bufsize);
    else if (e.call == Call::Shutdown)
        o.insert(u"how"_s, Constants::symbol(e.how, u"SHUT_"_s));
    else if (e.call == Call::Setsockopt)
        o.insert(u"value"_s, e.optionValue);
    if (e.call == Call::Setsockopt)
        o.insert(u"option"_s, e.option);
    if (!e.why.isEmpty())
        o.insert(u"why"_s, e.why);
    if (e.call == Call::Getaddrinfo) {
        o.insert(u"host"_s, e.host);
        o.insert(u"service"_s, e.service);
    }
    const bool carriesData = e.call == Call::Send || e.call == Call::Sendall
        || e.call == Call::Sendto || e.call == Call::Recv || e.call == Call::Recvfrom;
    if (carriesData && e.phase != CallEvent::Phase::Waiting) {
        o.insert(u"data"_s,
            QJsonObject {{u"length"_s, qint64(e.data.size())},
                {u"hex"_s, BytesFormat::hex(e.data, QChar())},
                {u"text"_s, BytesFormat::escapedText(e.data)}});
    }
    if (e.phase == CallEvent::Phase::Done && !e.error && e.call != Call::Getaddrinfo)
        o.insert(u"returned"_s, e.call == Call::Recv ? qint64(e.data.size()) : e.returned);
    if (e.isRun()) {
        // A run: "seq" is its first call's number; data and returned are
        // every call's bytes back to back; chunk_sizes what each call returned.
        QJsonArray sizes;
        for (const qint32 size : e.chunkSizes)
            sizes.append(size);
        o.insert(u"calls"_s, qint64(e.callCount()));
        o.insert(u"seq_last"_s, e.sequence + e.callCount() - 1);
        o.insert(u"chunk_sizes"_s, sizes);
    }
    if (e.call == Call::Sendall && e.error)
        o.insert(u"sent_before_error"_s, e.returned);
    if (e.truncatedBytes > 0)
        o.insert(u"truncated"_s, e.truncatedBytes);
    if (!e.acceptedObject.isEmpty())
        o.insert(u"peer_object"_s, e.acceptedObject);
    if (!e.resultRepr.isEmpty())
        o.insert(u"result"_s, e.resultRepr);
    if (e.error) {
        o.insert(u"error"_s,
            QJsonObject {{u"name"_s, e.error.name()}, {u"code"_s, e.error.code()},
                {u"text"_s, e.error.systemText()}, {u"python"_s, e.error.pythonException()}});
    }
    return o;
}

QString Transcript::jsonLine(const CallEvent &event)
{
    return QString::fromUtf8(QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact));
}

QString Transcript::ipythonText(CallEvent::Side side) const
{
    QStringList blocks {ipythonPreamble()};
    if (droppedCount() > 0)
        blocks << u"# "_s
                % tr("%Ln earlier call(s) are not kept here", nullptr, int(droppedCount()));
    for (qsizetype i = m_entries.firstIndex(); i <= m_entries.lastIndex(); ++i) {
        const Entry &entry = m_entries.at(i);
        if (entry.event.side != side)
            continue;
        const QString block = ipythonBlock(entry);
        if (!block.isEmpty())
            blocks << block;
    }
    return blocks.join(u'\n') + u'\n';
}

QString Transcript::cText(std::optional<CallEvent::Side> side) const
{
    QString out;
    for (qsizetype i = m_entries.firstIndex(); i <= m_entries.lastIndex(); ++i) {
        const Entry &entry = m_entries.at(i);
        if (!side || entry.event.side == *side)
            out += cCall(entry.event, entry.afterWaiting) % u'\n';
    }
    return out;
}

QString Transcript::jsonLines() const
{
    QString out;
    for (qsizetype i = m_entries.firstIndex(); i <= m_entries.lastIndex(); ++i)
        out += jsonLine(m_entries.at(i).event) % u'\n';
    return out;
}

QString Transcript::pythonScript(CallEvent::Side side) const
{
    QString out = u"#!/usr/bin/env python3\n# "_s
        % tr("SocketLab: the %1 side's calls, replayed with Python's socket module.")
              .arg(CallEvent::sideName(side))
        % u"\n"_s;
    if (droppedCount() > 0)
        out += u"# "_s
            % tr("Only the last %Ln call(s) were kept; earlier ones are missing.", nullptr,
                int(entryCount()))
            % u'\n';
    out += u"import socket\n\n"_s;
    for (qsizetype i = m_entries.firstIndex(); i <= m_entries.lastIndex(); ++i) {
        const Entry &entry = m_entries.at(i);
        const CallEvent &e = entry.event;
        if (e.side != side || e.phase == CallEvent::Phase::Waiting)
            continue;
        QString statement = pythonStatement(e, entry.peerName, true);
        if (e.phase == CallEvent::Phase::Cancelled) {
            out += u"# "_s % tr("cancelled while waiting: %1").arg(statement) % u'\n';
            continue;
        }
        if (e.call == Call::Getaddrinfo) {
            const QString name = e.object.isEmpty() ? u"infos"_s : e.object;
            statement = name % u" = "_s % statement % u"\nprint("_s % name % u')';
        } else if (e.call == Call::Recv || e.call == Call::Recvfrom || e.call == Call::Send
            || e.call == Call::Sendto) {
            statement = u"print("_s % statement % u')';
        }
        if (e.error) {
            statement.replace(u'\n', u"\n    "_s);
            out += u"try:\n    "_s % statement % u"\nexcept OSError as error:  # "_s
                % e.error.name() % u"\n    print(repr(error))\n"_s;
        } else {
            out += statement % u'\n';
        }
    }
    return out;
}
