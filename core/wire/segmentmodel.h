#pragma once

#include "core/wire/segment.h"
#include "core/wire/streamtracker.h"

#include <QAbstractTableModel>
#include <QList>

#include <deque>
#include <functional>

// The segments captured on the lab network's lo, one table row each, in
// capture order: time, stream, direction, flags, relative seq and ack,
// payload length and window (StreamTracker numbers them).
//
// Bounded like ChunkModel: at most maxRows() rows and maxBytes() bytes of
// captured frames are kept; the oldest rows go first (beginRemoveRows) and
// are counted in droppedRows(). The totals (frames, TCP segments, UDP
// datagrams, payload bytes) stay exact whatever was dropped. A batch of
// frames is inserted with one beginInsertRows.
//
// QtCore only: colours and fonts are the view's business.
class SegmentModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentModel)

public:
    enum Column {
        TimeColumn, // seconds since the first frame captured
        StreamColumn,
        DirectionColumn, // "client → server"
        FlagsColumn, // Segment::flagsText()
        SeqColumn,
        AckColumn,
        LengthColumn, // payload bytes
        WindowColumn, // bytes (scaled) when known, else the raw field
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SegmentRole = Qt::UserRole + 1, // Segment
        TimeNsRole, // qint64: capture time, ns since the Unix epoch
    };

    static constexpr int DefaultMaxRows = 10000;
    static constexpr qint64 DefaultMaxBytes = 4 * 1024 * 1024;

    explicit SegmentModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Rows kept at most (>= 1) and bytes of frames kept at most (>= 1);
    // lowering either drops the oldest rows at once.
    void setMaxRows(int rows);
    int maxRows() const { return m_maxRows; }
    void setMaxBytes(qint64 bytes);
    qint64 maxBytes() const { return m_maxBytes; }

    // The segment of row `row` (0 <= row < rowCount()).
    const Segment &segmentAt(int row) const { return m_rows[size_t(row)]; }
    // The frames kept, oldest first (what PcapWriter saves).
    QList<Frame> frames() const;

    qint64 frameCount() const { return m_frames; } // every frame appended
    qint64 tcpCount() const { return m_tcp; }
    qint64 udpCount() const { return m_udp; }
    qint64 payloadBytes() const { return m_payload; } // TCP + UDP payload, all frames
    qint64 droppedRows() const { return m_droppedRows; }
    qint64 keptBytes() const { return m_keptBytes; } // frame bytes in the rows kept
    qint64 streamCount() const { return m_tracker.streamCount(); }

    // Keeps only the frames whose decoded segment passes `filter` (e.g. the
    // Lab's own ports when capturing on this machine's lo); the others are
    // neither rows nor counted. Unset: every frame.
    void setFilter(std::function<bool(const Segment &)> filter) { m_filter = std::move(filter); }

    // The one rule linking a call and a segment: a segment from `source` to
    // `destination` captured at `atNs` was caused by a call of the socket
    // whose addresses are `a` and `b` (laddr and raddr, either way: the
    // same 4-tuple) that began at `fromNs`, when fromNs <= atNs < untilNs
    // (the next call's start; <= 0: no end). Times on CallEvent::clockNs's
    // clock (Frame::clockNs).
    static bool caused(const Endpoint &source, const Endpoint &destination, qint64 atNs,
        const Endpoint &a, const Endpoint &b, qint64 fromNs, qint64 untilNs);
    // The rows a call caused: segments between `a` and `b` (its socket's
    // laddr and raddr) captured from `fromNs` (the call's start,
    // CallEvent::clockNs) up to, not including, `untilNs` (the next call's
    // start; <= 0: no end), in row order. Rows are in capture order, so
    // this is a binary search for the start, then a scan.
    QList<int> causedBy(const Endpoint &a, const Endpoint &b, qint64 fromNs, qint64 untilNs) const;

public slots:
    // Decodes and appends frames in capture order (PacketCapture::framesCaptured).
    void append(const QList<Frame> &frames);
    void clear();

signals:
    // After each append and after clear.
    void totalsChanged();

private:
    void dropOldest(qsizetype count);
    void trim();

    std::deque<Segment> m_rows;
    StreamTracker m_tracker;
    std::function<bool(const Segment &)> m_filter;
    int m_maxRows = DefaultMaxRows;
    qint64 m_maxBytes = DefaultMaxBytes;
    qint64 m_firstNs = -1;
    qint64 m_frames = 0;
    qint64 m_tcp = 0;
    qint64 m_udp = 0;
    qint64 m_payload = 0;
    qint64 m_droppedRows = 0;
    qint64 m_keptBytes = 0;
};
