#include "core/wire/segmentmodel.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

SegmentModel::SegmentModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int SegmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SegmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Segment &s = m_rows[size_t(index.row())];
    if (role == SegmentRole)
        return QVariant::fromValue(s);
    if (role == TimeNsRole)
        return s.frame.timeNs;
    if (role == Qt::TextAlignmentRole && index.column() != DirectionColumn
        && index.column() != FlagsColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QString::number(double(s.frame.timeNs - m_firstNs) / 1e9, 'f', 6);
    case StreamColumn:
        return s.stream >= 0 ? QVariant(s.stream) : QVariant();
    case DirectionColumn:
        switch (s.direction) {
        case Segment::Direction::ClientToServer:
            return tr("client \u2192 server");
        case Segment::Direction::ServerToClient:
            return tr("server \u2192 client");
        case Segment::Direction::Unknown:
            break;
        }
        return s.ipVersion != 0
            ? QString(s.source().toString() % u" \u2192 "_s % s.destination().toString())
            : QString();
    case FlagsColumn:
        return s.isUdp() ? tr("UDP") : s.flagsText();
    case SeqColumn:
        return s.isTcp() ? QVariant(s.relativeSeq) : QVariant();
    case AckColumn:
        return s.isTcp() && s.has(Segment::Ack) ? QVariant(s.relativeAck) : QVariant();
    case LengthColumn:
        return s.payloadLength;
    case WindowColumn:
        if (!s.isTcp())
            return {};
        return s.windowBytes >= 0 ? s.windowBytes : qint64(s.window);
    default:
        return {};
    }
}

QVariant SegmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("time (s)");
    case StreamColumn:
        return tr("stream");
    case DirectionColumn:
        return tr("direction");
    case FlagsColumn:
        return tr("flags");
    case SeqColumn:
        return tr("seq");
    case AckColumn:
        return tr("ack");
    case LengthColumn:
        return tr("len");
    case WindowColumn:
        return tr("win");
    default:
        return {};
    }
}

void SegmentModel::setMaxRows(int rows)
{
    m_maxRows = qMax(1, rows);
    trim();
}

void SegmentModel::setMaxBytes(qint64 bytes)
{
    m_maxBytes = qMax<qint64>(1, bytes);
    trim();
}

QList<Frame> SegmentModel::frames() const
{
    QList<Frame> list;
    list.reserve(qsizetype(m_rows.size()));
    for (const Segment &s : m_rows)
        list << s.frame;
    return list;
}

void SegmentModel::append(const QList<Frame> &frames)
{
    if (frames.isEmpty())
        return;
    std::vector<Segment> batch;
    batch.reserve(size_t(frames.size()));
    for (const Frame &frame : frames) {
        Segment s = Segment::parse(frame);
        if (m_filter && !m_filter(s))
            continue;
        m_tracker.track(s);
        if (m_firstNs < 0)
            m_firstNs = frame.timeNs;
        ++m_frames;
        m_tcp += s.isTcp() ? 1 : 0;
        m_udp += s.isUdp() ? 1 : 0;
        m_payload += s.payloadLength;
        batch.push_back(std::move(s));
    }
    if (batch.empty())
        return;
    // Only the newest frames that fit the caps become rows.
    size_t first = batch.size();
    qint64 bytes = 0;
    while (first > 0 && batch.size() - first < size_t(m_maxRows)
        && bytes + batch[first - 1].frame.data.size() <= m_maxBytes) {
        bytes += batch[first - 1].frame.data.size();
        --first;
    }
    if (first == batch.size()) { // one frame bigger than maxBytes: keep it alone
        bytes = batch.back().frame.data.size();
        first = batch.size() - 1;
    }
    m_droppedRows += qint64(first);
    const size_t incoming = batch.size() - first;
    qsizetype excess = 0;
    qint64 keptAfter = m_keptBytes;
    while (size_t(excess) < m_rows.size()
        && (m_rows.size() - size_t(excess) + incoming > size_t(m_maxRows)
            || keptAfter + bytes > m_maxBytes)) {
        keptAfter -= m_rows[size_t(excess)].frame.data.size();
        ++excess;
    }
    dropOldest(excess);
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row + int(incoming) - 1);
    for (size_t i = first; i < batch.size(); ++i)
        m_rows.push_back(std::move(batch[i]));
    m_keptBytes += bytes;
    endInsertRows();
    emit totalsChanged();
}

void SegmentModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_tracker.clear();
    m_firstNs = -1;
    m_frames = m_tcp = m_udp = m_payload = m_droppedRows = m_keptBytes = 0;
    endResetModel();
    emit totalsChanged();
}

void SegmentModel::dropOldest(qsizetype count)
{
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, int(count - 1));
    for (qsizetype i = 0; i < count; ++i)
        m_keptBytes -= m_rows[size_t(i)].frame.data.size();
    m_rows.erase(m_rows.begin(), m_rows.begin() + count);
    m_droppedRows += count;
    endRemoveRows();
}

void SegmentModel::trim()
{
    qsizetype excess = 0;
    qint64 kept = m_keptBytes;
    while (size_t(excess) + 1 < m_rows.size()
        && (m_rows.size() - size_t(excess) > size_t(m_maxRows) || kept > m_maxBytes)) {
        kept -= m_rows[size_t(excess)].frame.data.size();
        ++excess;
    }
    dropOldest(excess);
}

bool SegmentModel::caused(const Endpoint &source, const Endpoint &destination, qint64 atNs,
    const Endpoint &a, const Endpoint &b, qint64 fromNs, qint64 untilNs)
{
    if (!a.isValid() || !b.isValid() || atNs < fromNs || (untilNs > 0 && atNs >= untilNs))
        return false;
    return (source == a && destination == b) || (source == b && destination == a);
}

QList<int> SegmentModel::causedBy(
    const Endpoint &a, const Endpoint &b, qint64 fromNs, qint64 untilNs) const
{
    QList<int> rows;
    if (!a.isValid() || !b.isValid())
        return rows;
    const auto first = std::lower_bound(m_rows.begin(), m_rows.end(), fromNs,
        [](const Segment &s, qint64 time) { return s.frame.clockNs < time; });
    for (auto it = first; it != m_rows.end(); ++it) {
        if (untilNs > 0 && it->frame.clockNs >= untilNs)
            break;
        if (it->ipVersion != 0
            && caused(it->source(), it->destination(), it->frame.clockNs, a, b, fromNs, untilNs))
            rows << int(it - m_rows.begin());
    }
    return rows;
}
