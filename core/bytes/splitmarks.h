#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Where chunk boundaries cut UTF-8 characters (RFC 3629) in a stream that
// arrived as `chunks`, one mark per chunk, from Utf8Stream's counts. The
// bytes stay untrusted: a cut character is shown (BytesFormat::visibleText
// of what the stream decoded, and the hex of its bytes in each chunk),
// never interpreted.
class SplitMarks
{
    Q_DECLARE_TR_FUNCTIONS(SplitMarks)

public:
    // What one chunk holds of cut characters.
    struct Mark
    {
        int headBytes = 0; // bytes at its start that finish the previous chunk's character (0-3)
        int tailBytes = 0; // bytes at its end that begin a character the next chunk finishes (0-3)
        int headLength = 0; // the lengths (2-4) of those characters, 0 for none
        int tailLength = 0;
        int tailFirst = 0; // the position (1-3) in its character of the first tail byte
        QString headCharacter; // visible text of the character, "" when not completed
        QString tailCharacter;
        QByteArray head; // those bytes themselves
        QByteArray tail;

        bool isEmpty() const { return headBytes == 0 && tailBytes == 0; }
    };

    SplitMarks() = delete;

    // One Mark per chunk, in order.
    static QList<Mark> of(const QList<QByteArray> &chunks);
    // What a chunk's mark says, in the UI's language: "ü completed: 1 of 2
    // bytes (bc)" for its head, then "ü split: 1 of 2 bytes (c3)" for its
    // tail; empty for an empty mark. text() joins them with "; ".
    static QStringList texts(const Mark &mark);
    static QString text(const Mark &mark);
};
