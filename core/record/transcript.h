#pragma once

#include "core/record/callevent.h"

#include <QContiguousCache>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

// Collects every CallEvent (connect LiveSocket::callRecorded to record) and
// renders them the ways the app shows a call:
//  - IPython style per side, as in two interpreter sessions:
//      In [3]: server.bind(('127.0.0.1', 5000))
//      In [7]: conn.recv(8)
//      Out[7]: b'This is '
//    Each side numbers its own prompts; In [1] is "import socket". A call
//    that waited keeps its prompt: the Waiting event shows the In line, the
//    later Done (or Cancelled) event only the outcome. Errors read as the
//    last line of the traceback Python would print
//    (SocketError::pythonException()).
//  - the C call with its return value:
//      bind(3, (struct sockaddr *)&addr, sizeof addr) → 0   // 127.0.0.1:5000
//      recv(4, buf, 8, 0) → -1 ECONNRESET (Connection reset by peer)
//  - one JSON object per event (JSON Lines), data as hex plus visible text;
//  - a runnable Python script per side (socket module only).
//
// Field use follows the table in callevent.h. Bounded in events and in
// bytes: the newest entries are kept while there are at most maxEvents() of
// them and they hold at most maxBytes() (their data and texts, see
// entryBytes()); the newest one is always kept. recordedCount() stays exact.
// Renderers are static and pure, so views may render only what they show.
class Transcript final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Transcript)

public:
    // One recorded event with its place in its side's IPython session.
    struct Entry
    {
        CallEvent event;
        int prompt = 0; // In [prompt]
        bool afterWaiting = false; // completes (or cancels) an earlier Waiting event
        QString peerName; // accept: the connection variable ("conn", "conn2")
    };

    static constexpr int DefaultMaxEvents = 5000;
    // 4 MiB: a recv(8) flood keeps its last 5000 calls, a recv(65536) flood
    // its last 63 (5000 of those would hold 320 MiB).
    static constexpr qint64 DefaultMaxBytes = 4 * 1024 * 1024;
    // Bytes of data shown in an IPython or C line before it is cut ("..." note).
    static constexpr qsizetype ShownDataBytes = 200;

    explicit Transcript(QObject *parent = nullptr);
    ~Transcript() override;

    void setMaxEvents(int events); // >= 1
    int maxEvents() const { return m_maxEvents; }
    // Bytes the kept entries may hold (>= 1); lowering it drops the oldest at once.
    void setMaxBytes(qint64 bytes);
    qint64 maxBytes() const { return m_maxBytes; }
    qint64 keptBytes() const { return m_keptBytes; } // what the kept entries hold
    // What one entry holds, as maxBytes() counts it: its fixed size, its
    // data and its strings (UTF-16).
    static qint64 entryBytes(const CallEvent &event);
    qint64 recordedCount() const { return m_recorded; }
    // Calls recorded for one side, exact like recordedCount().
    qint64 recordedCount(CallEvent::Side side) const;
    qint64 droppedCount() const { return m_recorded - qint64(m_entries.count()); }
    int entryCount() const { return int(m_entries.count()); }
    const Entry &entry(int index) const { return m_entries.at(m_entries.firstIndex() + index); }
    // The retained entry with this CallEvent::sequence, or nullptr.
    const Entry *findEntry(qint64 sequence) const;

    // Whole renderings of the retained events (a note says when older ones were dropped).
    QString ipythonText(CallEvent::Side side) const;
    QString cText(std::optional<CallEvent::Side> side = std::nullopt) const; // nullopt: both
    QString jsonLines() const; // one object per line, '\n' after each
    QString pythonScript(CallEvent::Side side) const;

    // --- pure renderers -------------------------------------------------
    static QString ipythonPreamble() { return QStringLiteral("In [1]: import socket"); }
    // The In/Out lines of one entry (no trailing newline); Done after
    // Waiting gives only the outcome lines, which may be empty.
    static QString ipythonBlock(const Entry &entry);
    // The Python statement: "server.bind(('127.0.0.1', 5000))",
    // "conn, addr = server.accept()". fullData: no cutting of bytes literals.
    static QString pythonStatement(
        const CallEvent &event, const QString &peerName = {}, bool fullData = false);
    // What Python would display after the statement: "b'This is '", "8",
    // "ConnectionResetError: [Errno 104] Connection reset by peer", or "".
    static QString pythonResult(const CallEvent &event);
    // The C call and its result ("recv(4, buf, 8, 0) → 8").
    static QString cCall(const CallEvent &event, bool afterWaiting = false);
    // toJson and jsonLine render one event. A run (CallEvent::isRun) is one
    // object too: "seq" its first call, "seq_last" its last, "calls", and
    // "chunk_sizes" what each call returned; split it with forEachCall for
    // one object per call.
    static QJsonObject toJson(const CallEvent &event);
    static QString jsonLine(const CallEvent &event); // compact, no newline

public slots:
    // One event; a run (LiveSocket::recvRun) call by call: recordedCount()
    // grows by its callCount() and recorded() comes once.
    void record(const CallEvent &event);
    void clear();

signals:
    // After each record() (a run's event: once for the whole run).
    void recorded(const CallEvent &event);
    void cleared();

private:
    // The last maxEvents() entries, oldest first; a full cache overwrites in
    // place (no allocation per call in a recv(8) flood).
    QContiguousCache<Entry> m_entries;
    int m_maxEvents = DefaultMaxEvents;
    qint64 m_maxBytes = DefaultMaxBytes;
    qint64 m_keptBytes = 0;
    qint64 m_recorded = 0;
    // Per side: the next prompt and the calls recorded; per "side/object":
    // the prompt of a waiting call, and how many connections each listening
    // object accepted.
    struct SideCount
    {
        CallEvent::Side side;
        int nextPrompt = 0;
        qint64 recorded = 0;
    };
    QList<SideCount> m_sides; // two sides: a list beats hashing
    SideCount &sideCount(CallEvent::Side side);
    int &nextPrompt(CallEvent::Side side) { return sideCount(side).nextPrompt; }
    // Appends one entry, dropping the oldest ones beyond the two bounds.
    void append(Entry &&entry);
    // Drops the oldest entries until both bounds hold (the newest stays).
    void trim();
    void recordRun(const CallEvent &run); // a LiveSocket::recvRun event, call by call
    QHash<QString, int> m_waitingPrompt;
    QHash<QString, int> m_acceptCount;
};
