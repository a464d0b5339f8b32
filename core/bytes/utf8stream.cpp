#include "core/bytes/utf8stream.h"

#include "core/bytes/bytesformat.h"

Utf8Stream::Result Utf8Stream::feed(QByteArrayView chunk, Decode decode)
{
    Result result;
    result.pendingBefore = int(m_pending.size());

    QByteArrayView input = chunk;
    QByteArray joined;
    if (!m_pending.isEmpty()) {
        // Decode the held-back bytes together with the chunk; only the few
        // bytes that can finish the character are copied.
        const int needed
            = BytesFormat::sequenceLength(uchar(m_pending.front())) - int(m_pending.size());
        const qsizetype take = qMin<qsizetype>(needed, chunk.size());
        joined = m_pending + chunk.first(take).toByteArray();
        qsizetype tail = 0;
        qsizetype invalid = 0;
        const QString head = BytesFormat::decodeUtf8(joined, &tail, &invalid);
        if (invalid == 0 && tail == joined.size()) {
            // Still incomplete (the chunk was shorter than what is missing).
            m_pending = joined;
            result.pendingBytes = int(tail);
            result.pendingCharLength = BytesFormat::sequenceLength(uchar(m_pending.front()));
            return result;
        }
        m_pending.clear();
        if (invalid == 0) {
            result.completedSplit = int(take);
            result.text = head;
            input = chunk.sliced(take);
        } else {
            // The chunk did not continue the character: the held-back bytes are
            // invalid; the chunk is decoded on its own from its first byte.
            result.invalidBytes += result.pendingBefore;
            result.text = BytesFormat::decodeUtf8(joined.first(result.pendingBefore));
        }
    }

    qsizetype tail = 0;
    qsizetype invalid = 0;
    if (decode == Decode::All)
        result.text += BytesFormat::decodeUtf8(input, &tail, &invalid);
    else
        BytesFormat::scanUtf8(input, &tail, &invalid);
    result.invalidBytes += invalid;
    if (tail > 0) {
        m_pending = input.last(tail).toByteArray();
        result.pendingBytes = int(tail);
        result.pendingCharLength = BytesFormat::sequenceLength(uchar(m_pending.front()));
    }
    m_totalInvalid += result.invalidBytes;
    return result;
}

Utf8Stream::Result Utf8Stream::finish()
{
    Result result;
    result.pendingBefore = int(m_pending.size());
    result.invalidBytes = m_pending.size();
    result.text = BytesFormat::decodeUtf8(m_pending);
    m_totalInvalid += result.invalidBytes;
    m_pending.clear();
    return result;
}

void Utf8Stream::reset()
{
    m_pending.clear();
    m_totalInvalid = 0;
}
