#pragma once

#include "core/bytes/utf8stream.h"
#include "core/net/socketerror.h"
#include "core/record/callevent.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QString>
#include <QTimer>

#include <deque>
#include <vector>

// Every recv(2) call on one connection as a table row: call number, bytes
// asked, bytes returned, the bytes as visible text (BytesFormat rules, with
// a character cut by a chunk boundary marked) and as hex. recv's 0 (EOF)
// and -1 (an errno) get rows of their own that read differently.
//
// Bounded: at most maxRows() rows are kept (the oldest are dropped with
// beginRemoveRows, and then counted in droppedRows()); each row keeps at
// most ShownBytes bytes for display. The totals (calls, bytes, EOFs,
// errors) stay exact however many rows were dropped. The reassembled
// message keeps the first and the last ReassembledKeep bytes.
//
// Rows reach the model in batches: appendChunk/appendError record the call
// at once (the totals are exact immediately) and a single-shot timer, armed
// only while something is waiting, inserts the new rows together every
// FlushIntervalMs (flush() does it now). One beginInsertRows per batch keeps a
// QTableView fast at 1,310,720 appends (10 MiB at recv(8)).
//
// QtCore only: colours and fonts are the view's business (use KindRole).
class ChunkModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChunkModel)

public:
    enum Column { CallColumn, AskedColumn, GotColumn, TextColumn, HexColumn, ColumnCount };
    Q_ENUM(Column)

    enum class RowKind { Data, Eof, Error };
    Q_ENUM(RowKind)

    enum Role {
        KindRole = Qt::UserRole + 1, // RowKind
        BytesRole, // QByteArray: the row's bytes (at most ShownBytes)
        SplitRole, // QString: how a cut character touches this row, or ""
        CallRole, // qint64: the recv call number (1, 2, ...)
        ErrorNameRole, // QString: "ECONNRESET" on error rows
    };

    static constexpr int DefaultMaxRows = 10000;
    static constexpr qsizetype ShownBytes = 256;
    static constexpr qsizetype ReassembledKeep = 32 * 1024;
    static constexpr int FlushIntervalMs = 50;

    explicit ChunkModel(QObject *parent = nullptr);
    ~ChunkModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Rows kept at most (>= 1); lowering it drops the oldest rows at once.
    void setMaxRows(int rows);
    int maxRows() const { return m_maxRows; }

    qint64 calls() const { return m_calls; } // recv calls recorded
    qint64 totalBytes() const { return m_totalBytes; } // bytes received, all calls
    qint64 droppedRows() const { return m_droppedRows; }
    qint64 eofCount() const { return m_eofCount; }
    qint64 errorCount() const { return m_errorCount; }
    qint64 invalidBytes() const { return m_invalidBytes; } // not valid UTF-8
    qint64 splitCharacters() const { return m_splitCharacters; } // characters cut by a boundary
    // The call number of row `row` (rows are dropped from the front).
    qint64 callAt(int row) const;

    // The received stream as visible text with line breaks kept (BytesFormat
    // rules). When more than 2 x ReassembledKeep bytes arrived, the middle is
    // left out and a line says how many bytes are not shown.
    QString reassembledText() const;
    // Rows recorded but not yet inserted (see flush()).
    int stagedRows() const { return int(m_staged.size()); }
    // True while every received byte is still held (totalBytes() <= 2 x keep).
    bool reassembledComplete() const;
    QByteArray reassembledHead() const { return m_head; } // first bytes received
    QByteArray reassembledTail() const; // last bytes, after the head

    // Plain-language text of the EOF row.
    static QString eofText();

public slots:
    // One recv(2) that returned `data` (empty = 0 = EOF) when `asked` bytes
    // were asked for; fits LiveSocket::received.
    void appendChunk(const QByteArray &data, qint64 asked);
    // The calls of a recv run (LiveSocket::recvRun: a CallEvent with
    // chunkSizes), one row each.
    void appendRun(const CallEvent &run);
    // One recv(2) that returned -1 with `error`.
    void appendError(const SocketError &error, qint64 asked);
    // The one-connection wiring: connect LiveSocket::callRecorded here. A
    // finished recv/recvfrom becomes a data, EOF or error row (whether it
    // completed at once or after waiting, and whoever made it: a button, a
    // receive loop), a recv run one row per call; a call LiveSocket refused
    // (no system call) and every other event are ignored.
    void record(const CallEvent &event);
    void clear();
    // Inserts the rows recorded since the last flush now.
    void flush();

signals:
    // After each flush (rows inserted) and after clear.
    void totalsChanged();

private:
    // One recv call. Data rows keep their bytes and how the UTF-8 stream
    // crossed their edges; the visible text and the split note are made by
    // data(), for the rows a view shows, so a flood of rows that are dropped
    // unseen costs no decoding and no strings.
    struct Row
    {
        qint64 call = 0;
        qint64 asked = 0;
        qint64 got = 0;
        RowKind kind = RowKind::Data;
        QByteArray shown; // the first ShownBytes bytes
        // Data rows: visible text in front of the row's own characters (the
        // character this chunk completed, or held-back bytes found invalid);
        // EOF and error rows: the row's whole text.
        QString lead;
        QString note; // EOF and error rows: the tooltip's extra line
        QString errorName;
        char tail[4] = {}; // data rows: the bytes of a cut character at the end
        quint8 tailBytes = 0; // how many of them this row holds (0-3)
        quint8 completedSplit = 0; // Utf8Stream::Result fields for this chunk
        quint8 pendingBefore = 0;
        quint8 pendingBytes = 0;
        quint8 pendingCharLength = 0;
    };

    static QString rowText(const Row &row);
    static QString splitNote(const Row &row);
    void appendRow(Row &&row);
    // A call that returned `data` (not empty); `shown` holds its first bytes.
    void appendBytes(QByteArrayView data, qint64 asked, const QByteArray &shown);
    void keepTail(const QByteArray &data);

    std::deque<Row> m_rows;
    // Rows waiting for flush(): a ring of at most maxRows() rows, oldest at
    // m_stagedFirst once full (a flood overwrites rows, it never frees them).
    std::vector<Row> m_staged;
    size_t m_stagedFirst = 0;
    QTimer *m_flushTimer = nullptr;
    int m_maxRows = DefaultMaxRows;
    Utf8Stream m_stream;
    qint64 m_calls = 0;
    qint64 m_totalBytes = 0;
    qint64 m_droppedRows = 0;
    qint64 m_eofCount = 0;
    qint64 m_errorCount = 0;
    qint64 m_invalidBytes = 0;
    qint64 m_splitCharacters = 0;
    QByteArray m_head;
    QByteArray m_tail;
};
