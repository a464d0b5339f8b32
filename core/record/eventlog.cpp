#include "core/record/eventlog.h"

#include "core/record/transcript.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

EventLog::EventLog(QObject *parent)
    : QObject(parent)
{ }

bool EventLog::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    m_written = m_leftOutEvents = m_leftOutCalls = 0;
    m_noteAt = -1;
    return true;
}

QJsonObject EventLog::toJson(const CallEvent &event)
{
    return Transcript::toJson(event);
}

QJsonObject EventLog::toJson(const Segment &s)
{
    QJsonObject o {{u"wire"_s,
                       s.isTcp()       ? u"tcp"_s
                           : s.isUdp() ? u"udp"_s
                                       : u"other"_s},
        {u"time_ns"_s, s.frame.clockNs}, {u"len"_s, s.payloadLength}};
    if (s.ipVersion != 0) {
        o.insert(u"src"_s, s.source().toString());
        o.insert(u"dst"_s, s.destination().toString());
    }
    if (!s.isTcp())
        return o;
    o.insert(u"stream"_s, s.stream);
    o.insert(u"direction"_s,
        s.direction == Segment::Direction::ClientToServer       ? u"client_to_server"_s
            : s.direction == Segment::Direction::ServerToClient ? u"server_to_client"_s
                                                                : u"unknown"_s);
    o.insert(u"flags"_s, s.flagsText());
    o.insert(u"seq"_s, qint64(s.relativeSeq));
    if (s.has(Segment::Ack))
        o.insert(u"ack"_s, qint64(s.relativeAck));
    o.insert(u"win"_s, s.windowBytes >= 0 ? s.windowBytes : qint64(s.window));
    return o;
}

void EventLog::writeSegment(const Segment &segment)
{
    if (!m_file.isOpen() || m_leftOutEvents > 0)
        return;
    const QByteArray line = QJsonDocument(toJson(segment)).toJson(QJsonDocument::Compact) + '\n';
    if (m_limit != 0 && m_written + line.size() > m_limit)
        return;
    if (m_file.write(line) < 0 || !m_file.flush()) {
        fail();
        return;
    }
    m_written += line.size();
}

void EventLog::write(const CallEvent &event)
{
    if (!m_file.isOpen())
        return;
    const qint64 lastSequence = event.sequence + event.callCount() - 1;
    if (m_leftOutEvents == 0) {
        const QByteArray line = Transcript::jsonLine(event).toUtf8() + '\n';
        if (m_limit == 0 || m_written + line.size() <= m_limit) {
            if (m_file.write(line) < 0 || !m_file.flush()) {
                fail();
                return;
            }
            m_written += line.size();
            return;
        }
        m_firstLeftOut = event.sequence;
    } else if (m_file.isSequential()) {
        // A pipe cannot take the note back: it said "from here on" once.
        ++m_leftOutEvents;
        m_leftOutCalls += event.callCount();
        m_lastLeftOut = lastSequence;
        return;
    }
    ++m_leftOutEvents;
    m_leftOutCalls += event.callCount();
    m_lastLeftOut = lastSequence;
    if (!writeNote())
        fail();
}

bool EventLog::writeNote()
{
    const QString text = m_file.isSequential()
        ? tr("The file reached its limit of %1 bytes (--events-limit): no event from number "
             "%2 on is written.")
              .arg(m_limit)
              .arg(m_firstLeftOut)
        : tr("The file reached its limit of %1 bytes (--events-limit): %2 events (%3 calls, "
             "numbers %4 to %5) are not written.")
              .arg(m_limit)
              .arg(m_leftOutEvents)
              .arg(m_leftOutCalls)
              .arg(m_firstLeftOut)
              .arg(m_lastLeftOut);
    QJsonObject note {{u"note"_s, u"events_limit"_s}, {u"limit_bytes"_s, m_limit},
        {u"written_bytes"_s, m_written}, {u"first_left_out_seq"_s, m_firstLeftOut},
        {u"text"_s, text}};
    if (!m_file.isSequential()) {
        note.insert(u"left_out_events"_s, m_leftOutEvents);
        note.insert(u"left_out_calls"_s, m_leftOutCalls);
        note.insert(u"last_left_out_seq"_s, m_lastLeftOut);
    }
    const QByteArray line = QJsonDocument(note).toJson(QJsonDocument::Compact) + '\n';
    if (m_noteAt < 0) {
        m_noteAt = m_file.pos();
    } else if (!m_file.seek(m_noteAt)) {
        return false;
    }
    // The new note is never shorter than the one it replaces (its counts only grow).
    return m_file.write(line) >= 0 && m_file.flush();
}

void EventLog::fail()
{
    const QString problem = m_file.errorString();
    m_file.close();
    emit writeFailed(problem);
}
