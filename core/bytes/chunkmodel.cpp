#include "core/bytes/chunkmodel.h"

#include "core/bytes/bytesformat.h"

#include <QLocale>

#include <algorithm>
#include <iterator>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Marks around what belongs to a character cut by a chunk boundary.
constexpr QStringView splitOpen = u"\u27e8"; // ⟨
constexpr QStringView splitClose = u"\u27e9"; // ⟩
constexpr QStringView ellipsis = u"\u2026"; // …

// Visible text of the bytes `data`, which start at a character boundary;
// a cut character at the end is shown as ⟨c3…⟩.
QString visibleStream(QByteArrayView data)
{
    qsizetype pending = 0;
    QString text = BytesFormat::visibleText(
        BytesFormat::decodeUtf8(data, &pending), BytesFormat::Option::BreakAfterNewline);
    if (pending > 0)
        text += splitOpen % BytesFormat::hex(data.last(pending)) % ellipsis % splitClose;
    return text;
}

} // namespace

ChunkModel::ChunkModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_flushTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(FlushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &ChunkModel::flush);
}

ChunkModel::~ChunkModel() = default;

int ChunkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChunkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChunkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CallColumn:
            return row.call;
        case AskedColumn:
            return row.asked;
        case GotColumn:
            return row.got;
        case TextColumn:
            return rowText(row);
        case HexColumn: {
            QString hex = BytesFormat::hex(row.shown);
            if (row.got > row.shown.size())
                hex += u' ' % ellipsis % u' '
                    % tr("(+%Ln byte(s))", nullptr, int(row.got - row.shown.size()));
            return hex;
        }
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        if (row.kind == RowKind::Eof)
            return QString(tr("recv() returned 0: the peer shut down its sending side (TCP FIN). "
                              "No more bytes will arrive on this connection.")
                + (row.note.isEmpty() ? QString() : u'\n' + row.note));
        if (row.kind == RowKind::Error)
            return tr("recv() returned -1: %1").arg(row.lead);
        const QString split = splitNote(row);
        return split.isEmpty() ? QVariant() : QVariant(split);
    }
    case Qt::TextAlignmentRole:
        if (index.column() <= GotColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case KindRole:
        return QVariant::fromValue(row.kind);
    case BytesRole:
        return row.shown;
    case SplitRole:
        return splitNote(row);
    case CallRole:
        return row.call;
    case ErrorNameRole:
        return row.errorName;
    default:
        return {};
    }
}

QVariant ChunkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case CallColumn:
            return tr("#");
        case AskedColumn:
            return tr("asked");
        case GotColumn:
            return tr("got");
        case TextColumn:
            return tr("text");
        case HexColumn:
            return tr("hex");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CallColumn:
            return tr("Which recv() call this was, counting from 1");
        case AskedColumn:
            return tr("The buffer length passed to recv(): the most it may return");
        case GotColumn:
            return tr("What recv() returned: a byte count, 0 for end of stream, -1 for an error");
        case TextColumn:
            return tr(
                "The bytes as UTF-8 text; control bytes and invalid UTF-8 appear as \\x escapes");
        case HexColumn:
            return tr("Every byte in hexadecimal");
        default:
            return {};
        }
    }
    return {};
}

void ChunkModel::setMaxRows(int rows)
{
    flush();
    m_maxRows = qMax(1, rows);
    const qsizetype excess = qsizetype(m_rows.size()) - m_maxRows;
    if (excess > 0) {
        beginRemoveRows({}, 0, int(excess - 1));
        m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
        m_droppedRows += excess;
        endRemoveRows();
    }
}

qint64 ChunkModel::callAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)].call : 0;
}

QString ChunkModel::eofText()
{
    return tr("peer closed the connection (orderly shutdown)");
}

void ChunkModel::appendChunk(const QByteArray &data, qint64 asked)
{
    if (data.isEmpty()) {
        Row row;
        row.call = ++m_calls;
        row.asked = asked;
        row.kind = RowKind::Eof;
        ++m_eofCount;
        row.lead = eofText();
        const Utf8Stream::Result rest = m_stream.finish();
        if (rest.invalidBytes > 0) {
            m_invalidBytes += rest.invalidBytes;
            row.note = tr("The stream ended %n byte(s) into a character that never finished.",
                nullptr, int(rest.invalidBytes));
        }
        appendRow(std::move(row));
        return;
    }

    keepTail(data);
    // Shares the received buffer (no copy) unless the chunk is longer.
    appendBytes(data, asked, data.size() <= ShownBytes ? data : data.first(ShownBytes));
}

void ChunkModel::appendRun(const CallEvent &run)
{
    keepTail(run.data);
    // Only the last maxRows() calls can still be rows after this run: the
    // ones before only count, and move the UTF-8 stream on.
    const qsizetype calls = run.chunkSizes.size();
    const qsizetype firstRow = calls - qMin<qsizetype>(calls, m_maxRows);
    qsizetype offset = 0;
    for (qsizetype i = 0; i < calls; ++i) {
        const QByteArrayView bytes(run.data.constData() + offset, run.chunkSizes.at(i));
        offset += bytes.size();
        if (i >= firstRow) {
            appendBytes(
                bytes, run.bufsize, bytes.first(qMin(bytes.size(), ShownBytes)).toByteArray());
            continue;
        }
        ++m_calls;
        ++m_droppedRows;
        m_totalBytes += bytes.size();
        const Utf8Stream::Result r = m_stream.feed(bytes, Utf8Stream::Decode::Boundary);
        m_invalidBytes += r.invalidBytes;
        if (r.completedSplit > 0)
            ++m_splitCharacters;
    }
}

void ChunkModel::appendBytes(QByteArrayView data, qint64 asked, const QByteArray &shown)
{
    Row row;
    row.call = ++m_calls;
    row.asked = asked;
    row.got = data.size();
    m_totalBytes += data.size();
    row.shown = shown;

    // Only the characters crossing a chunk boundary are decoded here; the
    // rest of the row's text is made when a view asks for it.
    const Utf8Stream::Result r = m_stream.feed(data, Utf8Stream::Decode::Boundary);
    m_invalidBytes += r.invalidBytes;
    row.completedSplit = quint8(r.completedSplit);
    row.pendingBefore = quint8(r.pendingBefore);
    row.pendingBytes = quint8(r.pendingBytes);
    row.pendingCharLength = quint8(r.pendingCharLength);
    if (r.completedSplit > 0) {
        ++m_splitCharacters;
        row.lead = splitOpen % ellipsis % BytesFormat::visibleText(r.text) % splitClose;
    } else if (!r.text.isEmpty()) {
        row.lead = BytesFormat::visibleText(r.text); // held-back bytes that were invalid
    }
    if (r.pendingBytes > 0) {
        const qsizetype own = qMin<qsizetype>(r.pendingBytes, data.size());
        row.tailBytes = quint8(own);
        std::copy_n(data.constData() + data.size() - own, own, row.tail);
    }
    appendRow(std::move(row));
}

void ChunkModel::appendError(const SocketError &error, qint64 asked)
{
    Row row;
    row.call = ++m_calls;
    row.asked = asked;
    row.got = -1;
    row.kind = RowKind::Error;
    ++m_errorCount;
    row.errorName = error.name();
    row.lead = tr("error %1 (%2)").arg(error.name(), error.systemText());
    row.note = error.explanation();
    appendRow(std::move(row));
}

QString ChunkModel::rowText(const Row &row)
{
    if (row.kind != RowKind::Data)
        return row.lead;
    QString text = row.lead;
    const bool cut = row.got > row.shown.size();
    QByteArrayView body = QByteArrayView(row.shown).sliced(row.completedSplit);
    if (!cut)
        body.chop(row.tailBytes);
    qsizetype partial = 0;
    text += BytesFormat::visibleText(BytesFormat::decodeUtf8(body, cut ? &partial : nullptr));
    if (cut)
        text += ellipsis;
    if (row.tailBytes > 0) {
        const bool continues = row.pendingBytes > row.got;
        text += splitOpen % (continues ? ellipsis : QStringView())
            % BytesFormat::hex(QByteArrayView(row.tail, row.tailBytes)) % ellipsis % splitClose;
    }
    return text;
}

QString ChunkModel::splitNote(const Row &row)
{
    if (row.kind != RowKind::Data)
        return row.note;
    QString note;
    if (row.completedSplit > 0) {
        note = tr("Its first %n byte(s) complete a character that the previous chunk began.",
            nullptr, row.completedSplit);
    } else if (row.pendingBefore > 0 && row.pendingBytes <= row.got) {
        note = tr("The previous chunk ended inside a character, but this chunk does not "
                  "continue it: those bytes are not valid UTF-8.");
    }
    if (row.pendingBytes > 0) {
        const QString cut = tr("Ends %n byte(s) into a %1-byte character; the next chunk must "
                               "complete it.",
            nullptr, row.pendingBytes)
                                .arg(row.pendingCharLength);
        note = note.isEmpty() ? cut : note % u' ' % cut;
    }
    return note;
}

void ChunkModel::record(const CallEvent &event)
{
    if (event.phase != CallEvent::Phase::Done
        || (event.call != CallEvent::Call::Recv && event.call != CallEvent::Call::Recvfrom))
        return;
    if (event.error.kind() == SocketError::Kind::Refused)
        return; // refused by LiveSocket: no system call was made
    if (event.error)
        appendError(event.error, event.bufsize);
    else if (event.isRun())
        appendRun(event);
    else
        appendChunk(event.data, event.bufsize);
}

void ChunkModel::clear()
{
    m_flushTimer->stop();
    beginResetModel();
    m_rows.clear();
    m_staged.clear();
    m_stagedFirst = 0;
    m_stream.reset();
    m_calls = m_totalBytes = m_droppedRows = m_eofCount = m_errorCount = 0;
    m_invalidBytes = m_splitCharacters = 0;
    m_head.clear();
    m_tail.clear();
    endResetModel();
    emit totalsChanged();
}

void ChunkModel::appendRow(Row &&row)
{
    if (m_staged.size() < size_t(m_maxRows)) {
        m_staged.push_back(std::move(row));
    } else {
        m_staged[m_stagedFirst] = std::move(row); // drops the oldest staged row
        m_stagedFirst = (m_stagedFirst + 1) % m_staged.size();
        ++m_droppedRows;
    }
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void ChunkModel::flush()
{
    m_flushTimer->stop();
    if (m_staged.empty())
        return;
    const qsizetype excess = qsizetype(m_rows.size() + m_staged.size()) - m_maxRows;
    if (excess > 0) {
        beginRemoveRows({}, 0, int(excess - 1));
        m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
        m_droppedRows += excess;
        endRemoveRows();
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(m_staged.size()) - 1);
    const auto oldest = m_staged.begin() + qsizetype(m_stagedFirst);
    std::move(oldest, m_staged.end(), std::back_inserter(m_rows));
    std::move(m_staged.begin(), oldest, std::back_inserter(m_rows));
    m_staged.clear();
    m_stagedFirst = 0;
    endInsertRows();
    emit totalsChanged();
}

void ChunkModel::keepTail(const QByteArray &data)
{
    QByteArrayView rest = data;
    if (m_head.size() < ReassembledKeep) {
        const qsizetype take = qMin(ReassembledKeep - m_head.size(), rest.size());
        m_head += rest.first(take);
        rest = rest.sliced(take);
    }
    if (rest.isEmpty())
        return;
    if (m_tail.size() + rest.size() <= 2 * ReassembledKeep) {
        m_tail += rest;
        return;
    }
    // The last ReassembledKeep bytes, in a buffer of their own: trimming in
    // place would keep the capacity of the biggest append (a run's 4 MiB),
    // and a run's megabytes need not be copied to keep their end. Each byte
    // is moved at most twice.
    const QByteArrayView last = rest.last(qMin(rest.size(), ReassembledKeep));
    QByteArray tail;
    tail.reserve(ReassembledKeep);
    tail += QByteArrayView(m_tail).last(qMin(m_tail.size(), ReassembledKeep - last.size()));
    tail += last;
    m_tail = std::move(tail);
}

bool ChunkModel::reassembledComplete() const
{
    return m_head.size() + m_tail.size() == m_totalBytes;
}

QByteArray ChunkModel::reassembledTail() const
{
    if (reassembledComplete())
        return m_tail;
    return m_tail.right(ReassembledKeep);
}

QString ChunkModel::reassembledText() const
{
    if (reassembledComplete())
        return visibleStream(QByteArray(m_head + m_tail));

    qsizetype headCut = 0;
    const QString head = BytesFormat::visibleText(
        BytesFormat::decodeUtf8(m_head, &headCut), BytesFormat::Option::BreakAfterNewline);
    QByteArrayView tail = QByteArrayView(m_tail).last(qMin(m_tail.size(), ReassembledKeep));
    // Start the tail at a character boundary (skip at most 3 continuation bytes).
    for (int i = 0; i < 3 && !tail.isEmpty() && (uchar(tail.front()) & 0xC0) == 0x80; ++i)
        tail = tail.sliced(1);
    const qint64 omitted = m_totalBytes - (m_head.size() - headCut) - tail.size();
    return head % u'\n' % splitOpen % ellipsis % u' '
        % (omitted <= std::numeric_limits<int>::max()
                ? tr("%Ln byte(s) not shown", nullptr, int(omitted))
                : tr("%1 bytes not shown").arg(QLocale().toString(omitted)))
        % u' ' % ellipsis % splitClose % u'\n' % visibleStream(tail);
}
