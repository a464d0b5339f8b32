#include "chunkmodel.h"

#include "bytesformat.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace {

// Marks around what belongs to a character cut by a chunk boundary.
constexpr QStringView splitOpen = u"\u27e8"; // ⟨
constexpr QStringView splitClose = u"\u27e9"; // ⟩
constexpr QStringView ellipsis = u"\u2026"; // …

// At most `chars` QChars of `text`, never ending inside a surrogate pair.
QStringView firstChars(QStringView text, qsizetype chars)
{
    if (text.size() <= chars)
        return text;
    if (chars > 0 && text[chars - 1].isHighSurrogate())
        --chars;
    return text.first(chars);
}

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
            return row.text;
        case HexColumn: {
            QString hex = BytesFormat::hex(row.shown);
            if (row.got > row.shown.size())
                hex += u' ' % ellipsis % u' ' % tr("(+%L1 bytes)").arg(row.got - row.shown.size());
            return hex;
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (row.kind == RowKind::Eof)
            return QString(tr("recv() returned 0: the peer shut down its sending side (TCP FIN). "
                              "No more bytes will arrive on this connection.")
                + (row.split.isEmpty() ? QString() : u'\n' + row.split));
        if (row.kind == RowKind::Error)
            return tr("recv() returned -1: %1").arg(row.text);
        return row.split.isEmpty() ? QVariant() : QVariant(row.split);
    case Qt::TextAlignmentRole:
        if (index.column() <= GotColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case KindRole:
        return QVariant::fromValue(row.kind);
    case BytesRole:
        return row.shown;
    case SplitRole:
        return row.split;
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
    m_maxRows = qMax(1, rows);
    while (m_staged.size() > size_t(m_maxRows)) {
        m_staged.pop_front();
        ++m_droppedRows;
    }
    const qsizetype excess = qsizetype(m_rows.size() + m_staged.size()) - m_maxRows;
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
    Row row;
    row.call = ++m_calls;
    row.asked = asked;
    row.got = data.size();

    if (data.isEmpty()) {
        row.kind = RowKind::Eof;
        ++m_eofCount;
        row.text = eofText();
        const Utf8Stream::Result rest = m_stream.finish();
        if (rest.invalidBytes > 0) {
            m_invalidBytes += rest.invalidBytes;
            row.split = tr("The stream ended %n byte(s) into a character that never finished.",
                nullptr, int(rest.invalidBytes));
        }
        appendRow(std::move(row));
        return;
    }

    m_totalBytes += data.size();
    keepTail(data);
    row.shown = data.size() <= ShownBytes ? data : data.first(ShownBytes);

    const Utf8Stream::Result r = m_stream.feed(data);
    m_invalidBytes += r.invalidBytes;
    QStringView body = r.text;
    if (r.completedSplit > 0) {
        ++m_splitCharacters;
        const qsizetype n = body.size() >= 2 && body[0].isHighSurrogate() ? 2 : 1;
        row.text = splitOpen % ellipsis % BytesFormat::visibleText(body.first(n)) % splitClose;
        body = body.sliced(n);
        row.split = tr("Its first %n byte(s) complete a character that the previous chunk began.",
            nullptr, r.completedSplit);
    } else if (r.pendingBefore > 0 && r.pendingBytes <= data.size()) {
        row.split = tr("The previous chunk ended inside a character, but this chunk does not "
                       "continue it: those bytes are not valid UTF-8.");
    }
    // The visible text is made in flush(), only for rows that are kept: in a
    // flood most staged rows are dropped before anyone could see them.
    const QStringView shown = firstChars(body, ShownBytes);
    row.raw = shown.size() == r.text.size() ? r.text : shown.toString();
    row.rawCut = shown.size() < body.size();
    if (r.pendingBytes > 0) {
        const bool continues = r.pendingBytes > data.size();
        const qsizetype own = qMin<qsizetype>(r.pendingBytes, data.size());
        row.suffix = splitOpen % (continues ? ellipsis : QStringView())
            % BytesFormat::hex(QByteArrayView(data).last(own)) % ellipsis % splitClose;
        const QString cut = tr("Ends %n byte(s) into a %1-byte character; the next chunk must "
                               "complete it.",
            nullptr, r.pendingBytes)
                                .arg(r.pendingCharLength);
        row.split = row.split.isEmpty() ? cut : row.split % u' ' % cut;
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
    row.text = tr("error %1 (%2)").arg(error.name(), error.systemText());
    const QString explanation = error.explanation();
    if (!explanation.isEmpty())
        row.split = explanation;
    appendRow(std::move(row));
}

void ChunkModel::record(const CallEvent &event)
{
    if (event.phase != CallEvent::Phase::Done
        || (event.call != u"recv" && event.call != u"recvfrom"))
        return;
    if (event.error)
        appendError(event.error, event.number);
    else
        appendChunk(event.data, event.number);
}

void ChunkModel::clear()
{
    m_flushTimer->stop();
    beginResetModel();
    m_rows.clear();
    m_staged.clear();
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
    m_staged.push_back(std::move(row));
    if (m_staged.size() > size_t(m_maxRows)) {
        m_staged.pop_front();
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
    for (Row &row : m_staged) {
        if (row.kind != RowKind::Data)
            continue;
        row.text += BytesFormat::visibleText(row.raw);
        if (row.rawCut)
            row.text += ellipsis;
        row.text += row.suffix;
        row.raw.clear();
        row.suffix.clear();
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(m_staged.size()) - 1);
    std::move(m_staged.begin(), m_staged.end(), std::back_inserter(m_rows));
    m_staged.clear();
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
    m_tail += rest;
    // Trimmed in batches so each byte is moved at most once or twice.
    if (m_tail.size() > 2 * ReassembledKeep)
        m_tail.remove(0, m_tail.size() - ReassembledKeep);
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
    return head % u'\n' % splitOpen % ellipsis % u' ' % tr("%L1 bytes not shown").arg(omitted)
        % u' ' % ellipsis % splitClose % u'\n' % visibleStream(tail);
}
