#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QFlags>
#include <QString>
#include <QStringView>

#include <optional>

// Shows untrusted bytes without ever interpreting them: as hex, as visible
// text with escapes, and as Python's bytes literal. Pure functions, no state.
//
// Visible text rules (escapedText / visibleText):
//  - printable UTF-8 characters appear as themselves;
//  - "\\" for a backslash, so an escape in the output is always an escape;
//  - "\t", "\n", "\r"; every other C0 control byte and DEL as "\xNN"
//    ("\x00", "\x1b", "\x7f");
//  - bytes that are not valid UTF-8 (RFC 3629: no overlong forms, no
//    surrogates, nothing above U+10FFFF) as "\xNN", one escape per byte,
//    exactly like Python's bytes.decode('utf-8', 'backslashreplace');
//  - valid but invisible characters (C1 controls, format characters such as
//    the bidi overrides U+202E, U+2028/U+2029) as "\uNNNN" or "\UNNNNNNNN",
//    so "\xNN" always means one raw byte.
// Hex digits are lower case, as in Python's bytes.hex().
//
// The same escapes are how a person types bytes (the send box's escapes, a
// lesson's TEXT arguments): fromEscapedText() reads them back, so
// fromEscapedText(escapedText(b)) == b for every b.
class BytesFormat
{
    Q_DECLARE_TR_FUNCTIONS(BytesFormat)

public:
    enum class Option {
        None = 0,
        // After "\n" also start a new line (for multi-line views).
        BreakAfterNewline = 0x1,
    };
    Q_DECLARE_FLAGS(Options, Option)

    BytesFormat() = delete;

    // "88 77 66 55 00 11 22 33": two lower-case hex digits per byte, separated
    // by `separator` (none when it is the null QChar).
    static QString hex(QByteArrayView bytes, QChar separator = u' ');

    // Visible text of untrusted bytes (rules above).
    static QString escapedText(QByteArrayView bytes, Options options = Option::None);

    // The bytes a typed text names: \xNN (two hex digits, either case) is one
    // byte; \0 \n \r \t \\ are NUL, LF, CR, TAB and a backslash; \uNNNN and
    // \UNNNNNNNN are that code point in UTF-8 (no surrogates, at most
    // U+10FFFF); every other character is its UTF-8. nullopt on a malformed
    // escape, and *problem (when given) says which, at which character
    // (counted from 1), in the UI's language.
    static std::optional<QByteArray> fromEscapedText(QStringView text, QString *problem);

    // Decodes UTF-8 (RFC 3629) with Python's "surrogateescape" handling
    // (PEP 383): every byte that is not part of a valid sequence becomes the
    // lone surrogate U+DC80 + (byte - 0x80), so nothing is lost or guessed.
    // When pendingTail is given, a valid but incomplete sequence at the very
    // end (1-3 bytes that the next chunk may complete) is left out of the
    // result and its length is stored there; otherwise those bytes count as
    // invalid. invalidBytes (optional) receives the number of invalid bytes.
    static QString decodeUtf8(
        QByteArrayView bytes, qsizetype *pendingTail = nullptr, qsizetype *invalidBytes = nullptr);

    // What decodeUtf8 would report for `bytes` (pendingTail and invalid byte
    // count, same rules), without building the text: no allocation.
    static void scanUtf8(QByteArrayView bytes, qsizetype *pendingTail, qsizetype *invalidBytes);

    // Visible text of text produced by decodeUtf8 (escaped surrogates become
    // "\xNN" again; other rules as above).
    static QString visibleText(QStringView decoded, Options options = Option::None);

    // The length of the UTF-8 sequence a lead byte starts (1-4), or 0 when the
    // byte cannot start a sequence (continuation byte, C0, C1, F5-FF).
    static int sequenceLength(unsigned char leadByte);

    // Python's repr() of a bytes object, exactly as CPython 3 prints it:
    // b'This is ', b'\xc3\xbc', b"it's", b'\x1b[31mRED\x1b[0m\r'.
    static QString pythonBytes(QByteArrayView bytes);

    // Python's repr() of a str: '127.0.0.1', "it's", 'a\nb'. Non-printable
    // characters are escaped as CPython does (\xNN, \uNNNN, \UNNNNNNNN).
    static QString pythonString(QStringView text);

    // getaddrinfo()'s port argument as Python code passes it: None when
    // `service` is empty, a number when it is one (unsigned decimal: "80"),
    // else the service name as a str ('http').
    static QString pythonPort(const QString &service);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(BytesFormat::Options)
