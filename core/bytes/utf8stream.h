#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Incremental UTF-8 (RFC 3629) decoding of a byte stream that arrives in
// chunks of any size, as recv(2) returns it. A character whose bytes are cut
// by a chunk boundary is held back (pendingBytes) and completed by the next
// chunk, which reports that it did (completedSplit). Invalid bytes are never
// dropped or replaced: they come out as escaped bytes (PEP 383
// surrogateescape, see BytesFormat::decodeUtf8) and are counted.
//
// Why not QStringDecoder: it replaces invalid input with U+FFFD without
// saying which bytes they were, and it does not tell how many bytes it holds
// back. Both are what this class exists to show.
class Utf8Stream
{
public:
    // What one chunk contributed.
    struct Result
    {
        // Characters completed by this chunk, in PEP 383 form: render with
        // BytesFormat::visibleText. If completedSplit > 0, the first character
        // (one or two QChars) is the one begun in the previous chunk.
        QString text;
        // Bytes of a character started in the previous chunk(s) that this chunk
        // supplied (0 = none). 'ü' = c3|bc split after c3 gives 1 here.
        int completedSplit = 0;
        // Bytes the previous chunk left pending (0-3), whether completed now or
        // found invalid.
        int pendingBefore = 0;
        // Bytes at the end of this chunk that start a character the next chunk
        // must complete (0-3).
        int pendingBytes = 0;
        // Length in bytes of the character the pending bytes start (2-4), 0 if none.
        int pendingCharLength = 0;
        // Bytes that are not valid UTF-8, including pending bytes from the
        // previous chunk that this chunk did not continue correctly.
        qsizetype invalidBytes = 0;
    };

    Utf8Stream() = default;

    // How much of each chunk feed() turns into text.
    enum class Decode {
        All, // every completed character
        // Only what crosses a chunk boundary: Result::text holds the character
        // completed from the previous chunk (completedSplit > 0) or the escaped
        // held-back bytes that turned out invalid, and nothing else. The counts
        // are the same as with All; no allocation for a chunk that starts at a
        // character boundary. For views that decode only the rows they show.
        Boundary,
    };

    // Decodes the next chunk of the stream.
    Result feed(QByteArrayView chunk, Decode decode = Decode::All);
    // End of stream (EOF): bytes still pending can never be completed; they are
    // returned as invalid bytes. Resets the stream.
    Result finish();
    // Forgets pending bytes and starts a new stream.
    void reset();

    // The bytes held back so far (0-3).
    QByteArray pending() const { return m_pending; }
    qsizetype totalInvalidBytes() const { return m_totalInvalid; }

private:
    QByteArray m_pending;
    qsizetype m_totalInvalid = 0;
};
