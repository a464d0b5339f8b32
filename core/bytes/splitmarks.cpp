#include "core/bytes/splitmarks.h"

#include "core/bytes/bytesformat.h"
#include "core/bytes/utf8stream.h"

using namespace Qt::StringLiterals;

QList<SplitMarks::Mark> SplitMarks::of(const QList<QByteArray> &chunks)
{
    QList<Mark> marks(chunks.size());
    Utf8Stream stream;
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const QByteArray &chunk = chunks.at(i);
        const Utf8Stream::Result result = stream.feed(chunk, Utf8Stream::Decode::Boundary);
        Mark &mark = marks[i];
        if (result.completedSplit > 0) {
            // The first character of the text is the one the previous chunk began.
            const int length = result.pendingBefore + result.completedSplit;
            const QStringView text(result.text);
            const qsizetype size = !text.isEmpty() && text.at(0).isHighSurrogate() ? 2 : 1;
            const QString character = BytesFormat::visibleText(text.first(qMin(size, text.size())));
            mark.headBytes = result.completedSplit;
            mark.headLength = length;
            mark.headCharacter = character;
            mark.head = chunk.first(qMin<qsizetype>(result.completedSplit, chunk.size()));
            // The chunks that began it: the previous one, and those before it
            // that held nothing but bytes of this character.
            for (qsizetype j = i - 1;
                 j >= 0 && marks.at(j).tailBytes > 0 && marks.at(j).tailLength == length; --j) {
                marks[j].tailCharacter = character;
                if (marks.at(j).tailBytes < chunks.at(j).size())
                    break;
            }
        }
        if (result.pendingBytes > 0) {
            // Of the held bytes, those this chunk holds (a 4-byte character may span three).
            mark.tailBytes = int(qMin<qsizetype>(result.pendingBytes, chunk.size()));
            mark.tailLength = result.pendingCharLength;
            mark.tailFirst = int(result.pendingBytes) - mark.tailBytes + 1;
            mark.tail = chunk.last(mark.tailBytes);
        }
    }
    return marks;
}

QString SplitMarks::text(const Mark &mark)
{
    return texts(mark).join(u"; "_s);
}

QStringList SplitMarks::texts(const Mark &mark)
{
    // Which of the character's bytes the chunk holds, by position: "byte 2
    // of 2", "bytes 1-2 of 3".
    const auto bytes = [](int first, int count, int length) {
        return count == 1 ? tr("byte %1 of %2").arg(first).arg(length)
                          : tr("bytes %1-%2 of %3").arg(first).arg(first + count - 1).arg(length);
    };
    QStringList parts;
    if (mark.headBytes > 0) {
        parts << tr("%1 completed: %2 (%3)")
                     .arg(mark.headCharacter,
                         bytes(
                             mark.headLength - mark.headBytes + 1, mark.headBytes, mark.headLength),
                         BytesFormat::hex(mark.head));
    }
    if (mark.tailBytes > 0) {
        const QString held = bytes(mark.tailFirst, mark.tailBytes, mark.tailLength);
        parts << (mark.tailCharacter.isEmpty()
                ? tr("a character split: %1 (%2)").arg(held, BytesFormat::hex(mark.tail))
                : tr("%1 split: %2 (%3)")
                      .arg(mark.tailCharacter, held, BytesFormat::hex(mark.tail)));
    }
    return parts;
}
