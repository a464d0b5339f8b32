#pragma once

#include "core/record/callevent.h"
#include "core/wire/segment.h"

#include <QFile>
#include <QJsonObject>
#include <QObject>
#include <QString>

// Writes every CallEvent as one JSON object per line (JSON Lines) to a file,
// flushed after each line so a crash loses nothing. Used by `--events FILE`.
//
// The object per event is Transcript::toJson's (the JSON tab shows the same
// objects, one per call). A run of recv calls (a receive loop's slice,
// CallEvent::isRun) is ONE line with its chunk sizes, not one per call: a
// recv(8) flood writes a few hundred lines, not a million.
//
// Bounded: at most limitBytes() bytes of events are written. The event that
// would cross the limit and every later one are left out, and one last line
// says what was left out and keeps saying it as more are (it is rewritten in
// place; on a pipe it is written once):
//   {"note":"events_limit","limit_bytes":100000000,"left_out_events":12,
//    "left_out_calls":40960,"first_left_out_seq":5000,"last_left_out_seq":45959,
//    "text":"..."}
class EventLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLog)

public:
    // The limit when none is given, in MB (10^6 bytes).
    static constexpr qint64 DefaultLimitMb = 100;

    explicit EventLog(QObject *parent = nullptr);

    // Opens (truncates) `path` for writing. Returns false and sets *error to
    // the file system's message when it cannot.
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_file.isOpen(); }

    // Bytes of event lines written at most (the closing note comes on top);
    // 0 means no limit. Default: DefaultLimitMb MB.
    void setLimitBytes(qint64 bytes) { m_limit = qMax<qint64>(0, bytes); }
    qint64 limitBytes() const { return m_limit; }
    qint64 writtenBytes() const { return m_written; } // event lines written so far
    qint64 leftOutEvents() const { return m_leftOutEvents; } // events not written (the limit)
    qint64 leftOutCalls() const { return m_leftOutCalls; } // the calls they stand for

    // One event as the JSON object written for it.
    static QJsonObject toJson(const CallEvent &event);
    // One captured segment as the JSON object written for it:
    //   {"wire":"tcp","time_ns":...,"stream":0,"direction":"client_to_server",
    //    "src":"127.0.0.1:41822","dst":"127.0.0.1:5000","flags":"SYN","seq":0,
    //    "ack":0,"len":0,"win":65495}
    // time_ns is Frame::clockNs (CLOCK_MONOTONIC, as CallEvent::clockNs, which
    // call lines carry as "clock_ns"); ack only with the ACK flag; "udp" lines
    // carry src, dst and len; seq and ack are relative (StreamTracker).
    static QJsonObject toJson(const Segment &segment);

public slots:
    // Appends one line for the event (a recv run: one line for the run).
    // Does nothing when no file is open. A write that fails (disk full, the
    // file system gone) closes the file and emits writeFailed once.
    void write(const CallEvent &event);
    // Appends one line for a captured segment (Lab::wire()), within the
    // same limit; past it, segments are left out without a note of their own.
    void writeSegment(const Segment &segment);

signals:
    // Writing failed; `problem` is the file system's message. Nothing more is written.
    void writeFailed(const QString &problem);

private:
    // Writes (or rewrites in place) the line saying what the limit left out.
    bool writeNote();
    void fail();

    QFile m_file;
    qint64 m_limit = DefaultLimitMb * 1000 * 1000;
    qint64 m_written = 0;
    qint64 m_leftOutEvents = 0;
    qint64 m_leftOutCalls = 0;
    qint64 m_firstLeftOut = 0;
    qint64 m_lastLeftOut = 0;
    qint64 m_noteAt = -1; // file offset of the note line, once written
};
