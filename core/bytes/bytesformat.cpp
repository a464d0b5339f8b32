#include "core/bytes/bytesformat.h"

#include <algorithm>

namespace {

constexpr char16_t escapedByteBase = 0xDC00; // PEP 383: byte b -> U+DC00 + b (b >= 0x80)

bool isEscapedByte(char16_t c)
{
    return c >= 0xDC80 && c <= 0xDCFF;
}

void appendHexByte(QString &out, unsigned b)
{
    static constexpr char16_t digits[] = u"0123456789abcdef";
    out += digits[(b >> 4) & 0xF];
    out += digits[b & 0xF];
}

void appendCodePointEscape(QString &out, char32_t cp)
{
    if (cp < 0x100) {
        out += u"\\x";
        appendHexByte(out, cp);
        return;
    }
    const int digits = cp < 0x10000 ? 4 : 8;
    out += cp < 0x10000 ? u"\\u" : u"\\U";
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out += u"0123456789abcdef"[(cp >> shift) & 0xF];
}

// Invisible in a text view, or able to reorder or fake what surrounds it.
bool isInvisible(char32_t cp)
{
    switch (QChar::category(cp)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

// Python's str.isprintable() for one code point (Objects/unicodectype.c):
// everything except categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than space.
bool isPythonPrintable(char32_t cp)
{
    if (cp == u' ')
        return true;
    switch (QChar::category(cp)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Separator_Space:
        return false;
    default:
        return true;
    }
}

// Length of the valid UTF-8 sequence at p (RFC 3629, table 3-7 of the Unicode
// standard), 0 if the bytes there are invalid, or -n if the n bytes up to the
// end are a valid but incomplete start of a sequence.
int validSequence(const unsigned char *p, qsizetype available)
{
    const unsigned char lead = p[0];
    const int length = BytesFormat::sequenceLength(lead);
    if (length <= 1)
        return length;
    unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
    switch (lead) {
    case 0xE0: // no overlong 3-byte forms
        low = 0xA0;
        break;
    case 0xED: // no UTF-16 surrogates
        high = 0x9F;
        break;
    case 0xF0: // no overlong 4-byte forms
        low = 0x90;
        break;
    case 0xF4: // nothing above U+10FFFF
        high = 0x8F;
        break;
    default:
        break;
    }
    for (int i = 1; i < length; ++i) {
        if (i >= available)
            return -i;
        const unsigned char c = p[i];
        if (i == 1 ? (c < low || c > high) : (c < 0x80 || c > 0xBF))
            return 0;
    }
    return length;
}

} // namespace

QString BytesFormat::hex(QByteArrayView bytes, QChar separator)
{
    QString out;
    out.reserve(bytes.size() * (separator.isNull() ? 2 : 3));
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i > 0 && !separator.isNull())
            out += separator;
        appendHexByte(out, static_cast<unsigned char>(bytes[i]));
    }
    return out;
}

int BytesFormat::sequenceLength(unsigned char leadByte)
{
    if (leadByte < 0x80)
        return 1;
    if (leadByte >= 0xC2 && leadByte <= 0xDF)
        return 2;
    if (leadByte >= 0xE0 && leadByte <= 0xEF)
        return 3;
    if (leadByte >= 0xF0 && leadByte <= 0xF4)
        return 4;
    return 0;
}

namespace {

// The one UTF-8 walk behind decodeUtf8 and scanUtf8: calls onValid(p, n) for
// each valid sequence of n bytes and onInvalid(byte) for each invalid byte;
// stops before an incomplete sequence at the end when pendingTail is wanted.
template<typename Valid, typename Invalid>
void walkUtf8(QByteArrayView bytes, qsizetype *pendingTail, qsizetype *invalidBytes, Valid onValid,
    Invalid onInvalid)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype invalid = 0;
    qsizetype pending = 0;
    qsizetype i = 0;
    while (i < size) {
        if (p[i] < 0x80) {
            onValid(p + i, 1);
            ++i;
            continue;
        }
        const int n = validSequence(p + i, size - i);
        if (n < 0 && pendingTail) {
            pending = -n;
            break;
        }
        if (n <= 0) {
            onInvalid(p[i]);
            ++invalid;
            ++i;
            continue;
        }
        onValid(p + i, n);
        i += n;
    }
    if (pendingTail)
        *pendingTail = pending;
    if (invalidBytes)
        *invalidBytes = invalid;
}

} // namespace

QString BytesFormat::decodeUtf8(
    QByteArrayView bytes, qsizetype *pendingTail, qsizetype *invalidBytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    if (std::all_of(p, p + bytes.size(), [](unsigned char c) { return c < 0x80; })) {
        // ASCII, the usual case: one allocation, nothing pending or invalid.
        if (pendingTail)
            *pendingTail = 0;
        if (invalidBytes)
            *invalidBytes = 0;
        return QString::fromLatin1(bytes);
    }
    QString out;
    out.reserve(bytes.size());
    walkUtf8(
        bytes, pendingTail, invalidBytes,
        [&out](const unsigned char *s, int n) {
            if (n == 1) {
                out += QChar(char16_t(s[0]));
                return;
            }
            char32_t cp = s[0] & (0xFF >> (n + 1));
            for (int k = 1; k < n; ++k)
                cp = (cp << 6) | (s[k] & 0x3F);
            if (cp < 0x10000) {
                out += QChar(char16_t(cp));
            } else {
                out += QChar(QChar::highSurrogate(cp));
                out += QChar(QChar::lowSurrogate(cp));
            }
        },
        [&out](unsigned char byte) { out += QChar(char16_t(escapedByteBase + byte)); });
    return out;
}

void BytesFormat::scanUtf8(QByteArrayView bytes, qsizetype *pendingTail, qsizetype *invalidBytes)
{
    walkUtf8(
        bytes, pendingTail, invalidBytes, [](const unsigned char *, int) {}, [](unsigned char) {});
}

QString BytesFormat::visibleText(QStringView decoded, Options options)
{
    QString out;
    out.reserve(decoded.size() + decoded.size() / 4);
    for (qsizetype i = 0; i < decoded.size(); ++i) {
        const char16_t c = decoded[i].unicode();
        if (c >= 0x20 && c < 0x7F && c != u'\\') {
            out += QChar(char16_t(c));
            continue;
        }
        switch (c) {
        case u'\\':
            out += u"\\\\";
            continue;
        case u'\t':
            out += u"\\t";
            continue;
        case u'\r':
            out += u"\\r";
            continue;
        case u'\n':
            out += u"\\n";
            if (options.testFlag(Option::BreakAfterNewline))
                out += u'\n';
            continue;
        default:
            break;
        }
        if (c < 0x20 || c == 0x7F) {
            out += u"\\x";
            appendHexByte(out, c);
            continue;
        }
        if (isEscapedByte(c)) {
            out += u"\\x";
            appendHexByte(out, c - escapedByteBase);
            continue;
        }
        char32_t cp = c;
        if (QChar::isHighSurrogate(c) && i + 1 < decoded.size()
            && decoded[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(c, decoded[i + 1].unicode());
            ++i;
        }
        if (isInvisible(cp)) {
            // Always 4 or 8 digits: "\xNN" stays reserved for raw bytes.
            if (cp < 0x100) {
                out += u"\\u00";
                appendHexByte(out, cp);
            } else {
                appendCodePointEscape(out, cp);
            }
        } else if (cp >= 0x10000) {
            out += QChar(QChar::highSurrogate(cp));
            out += QChar(QChar::lowSurrogate(cp));
        } else {
            out += QChar(char16_t(cp));
        }
    }
    return out;
}

QString BytesFormat::escapedText(QByteArrayView bytes, Options options)
{
    return visibleText(decodeUtf8(bytes), options);
}

namespace {

// The value of `count` hex digits at text[from], or -1 when any is missing.
qint64 hexValue(QStringView text, qsizetype from, int count)
{
    if (from + count > text.size())
        return -1;
    qint64 value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        int digit = -1;
        if (c >= u'0' && c <= u'9')
            digit = c - u'0';
        else if (c >= u'a' && c <= u'f')
            digit = c - u'a' + 10;
        else if (c >= u'A' && c <= u'F')
            digit = c - u'A' + 10;
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

} // namespace

std::optional<QByteArray> BytesFormat::fromEscapedText(QStringView text, QString *problem)
{
    QByteArray out;
    out.reserve(text.size());
    qsizetype literalStart = 0;
    auto refuse = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'\\')
            continue;
        out += text.sliced(literalStart, i - literalStart).toUtf8();
        if (i + 1 >= text.size())
            return refuse(tr("The text ends with a lone backslash; write \\\\ for a backslash."));
        const QChar c = text[i + 1];
        const qsizetype at = i + 1; // the backslash, counted from 1
        qsizetype used = 2;
        switch (c.unicode()) {
        case u'n':
            out += '\n';
            break;
        case u'r':
            out += '\r';
            break;
        case u't':
            out += '\t';
            break;
        case u'0':
            out += '\0';
            break;
        case u'\\':
            out += '\\';
            break;
        case u'x': {
            const qint64 value = hexValue(text, i + 2, 2);
            if (value < 0)
                return refuse(
                    tr("\\x at character %1 needs two hex digits, like \\x00 or \\x1b.").arg(at));
            out += char(value);
            used = 4;
            break;
        }
        case u'u':
        case u'U': {
            const int digits = c == u'u' ? 4 : 8;
            const qint64 value = hexValue(text, i + 2, digits);
            if (value < 0)
                return refuse(c == u'u'
                        ? tr("\\u at character %1 needs four hex digits, like \\u00e9.").arg(at)
                        : tr("\\U at character %1 needs eight hex digits, like \\U0001f600.")
                              .arg(at));
            if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
                return refuse(tr("%1 at character %2 names no character: code points end at "
                                 "U+10FFFF, and U+D800 to U+DFFF are kept for UTF-16.")
                                  .arg(text.sliced(i, 2 + digits))
                                  .arg(at));
            // By hand: QString::fromUcs4 would drop a U+FEFF as a byte order mark.
            const auto cp = char32_t(value);
            if (cp < 0x80) {
                out += char(cp);
            } else if (cp < 0x800) {
                out += char(0xC0 | (cp >> 6));
                out += char(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                out += char(0xE0 | (cp >> 12));
                out += char(0x80 | ((cp >> 6) & 0x3F));
                out += char(0x80 | (cp & 0x3F));
            } else {
                out += char(0xF0 | (cp >> 18));
                out += char(0x80 | ((cp >> 12) & 0x3F));
                out += char(0x80 | ((cp >> 6) & 0x3F));
                out += char(0x80 | (cp & 0x3F));
            }
            used = 2 + digits;
            break;
        }
        default:
            return refuse(tr("Unknown escape \\%1 at character %2; use \\xNN, \\uNNNN, "
                             "\\UNNNNNNNN, \\0, \\n, \\r, \\t or \\\\.")
                              .arg(c)
                              .arg(at));
        }
        i += used - 1;
        literalStart = i + 1;
    }
    out += text.sliced(literalStart).toUtf8();
    return out;
}

QString BytesFormat::pythonBytes(QByteArrayView bytes)
{
    // CPython's bytes_repr (Objects/bytesobject.c): single quotes unless the
    // data holds ' and no ".
    const bool useDouble = bytes.contains('\'') && !bytes.contains('"');
    const char16_t quote = useDouble ? u'"' : u'\'';
    QString out;
    out.reserve(bytes.size() + 3);
    out += u'b';
    out += quote;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == quote || c == '\\') {
            out += u'\\';
            out += QChar(char16_t(c));
        } else if (c == '\t') {
            out += u"\\t";
        } else if (c == '\n') {
            out += u"\\n";
        } else if (c == '\r') {
            out += u"\\r";
        } else if (c < 0x20 || c >= 0x7F) {
            out += u"\\x";
            appendHexByte(out, c);
        } else {
            out += QChar(char16_t(c));
        }
    }
    out += quote;
    return out;
}

QString BytesFormat::pythonString(QStringView text)
{
    // CPython's unicode_repr (Objects/unicodeobject.c).
    const bool useDouble = text.contains(u'\'') && !text.contains(u'"');
    const char16_t quote = useDouble ? u'"' : u'\'';
    QString out;
    out.reserve(text.size() + 2);
    out += quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        char32_t cp = c;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(c, text[i + 1].unicode());
            ++i;
        }
        if (cp == quote || cp == u'\\') {
            out += u'\\';
            out += QChar(char16_t(c));
        } else if (cp == u'\t') {
            out += u"\\t";
        } else if (cp == u'\n') {
            out += u"\\n";
        } else if (cp == u'\r') {
            out += u"\\r";
        } else if (cp < 0x20 || cp == 0x7F) {
            out += u"\\x";
            appendHexByte(out, cp);
        } else if (cp < 0x7F) {
            out += QChar(char16_t(c));
        } else if (!isPythonPrintable(cp)) {
            appendCodePointEscape(out, cp);
        } else if (cp >= 0x10000) {
            out += QChar(QChar::highSurrogate(cp));
            out += QChar(QChar::lowSurrogate(cp));
        } else {
            out += QChar(char16_t(c));
        }
    }
    out += quote;
    return out;
}

QString BytesFormat::pythonPort(const QString &service)
{
    if (service.isEmpty())
        return QStringLiteral("None");
    bool number = false;
    service.toUInt(&number);
    return number ? service : pythonString(service);
}
