#include "core/bytes/bytesformat.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBytesFormat final : public QObject
{
    Q_OBJECT

private slots:
    void pythonPort_data();
    void pythonPort();
    void formats_data();
    void formats();
    void newlineBreaks();
    void invisibleCharacters();
    void pythonString_data();
    void pythonString();
    void decodeUtf8Pending_data();
    void decodeUtf8Pending();
    void matchesCPython();
    void pythonStringMatchesCPython();
    void fromEscapedText_data();
    void fromEscapedText();
    void fromEscapedTextRefuses_data();
    void fromEscapedTextRefuses();
    void escapesRoundTrip();
};

namespace {

// Runs `script` with python3, one input line in, one line out; QSKIPs the
// caller's test when python3 is missing (returns an empty list then).
QList<QByteArray> runPython(const QString &script, const QByteArray &input)
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        return {};
    QProcess process;
    process.start(python, {u"-c"_s, script});
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return process.readAllStandardOutput().split('\n');
}

} // namespace

void TestBytesFormat::formats_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("hex");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("python");

    // S15: NUL and control bytes, shown in full and never interpreted.
    QTest::newRow("S15 binary") << QByteArray("\x88\x77\x66\x55\x00\x11\x22\x33", 8) << 8
                                << u"88 77 66 55 00 11 22 33"_s << u"\\x88wfU\\x00\\x11\"3"_s
                                << u"b'\\x88wfU\\x00\\x11\"3'"_s;
    QTest::newRow("S15 NUL inside")
        << QByteArray("test\0test", 9) << 9 << u"74 65 73 74 00 74 65 73 74"_s << u"test\\x00test"_s
        << u"b'test\\x00test'"_s;
    QTest::newRow("S15 ANSI colour")
        << QByteArray("\x1b[31mRED\x1b[0m\r") << 13 << u"1b 5b 33 31 6d 52 45 44 1b 5b 30 6d 0d"_s
        << u"\\x1b[31mRED\\x1b[0m\\r"_s << u"b'\\x1b[31mRED\\x1b[0m\\r'"_s;
    QTest::newRow("lesson chunk") << QByteArray("This is ") << 8 << u"54 68 69 73 20 69 73 20"_s
                                  << u"This is "_s << u"b'This is '"_s;
    QTest::newRow("two-byte u-umlaut")
        << QByteArray("\xc3\xbc"
                      "ber")
        << 5 << u"c3 bc 62 65 72"_s << u"über"_s << u"b'\\xc3\\xbcber'"_s;
    QTest::newRow("single quote") << QByteArray("it's") << 4 << u"69 74 27 73"_s << u"it's"_s
                                  << u"b\"it's\""_s;
    QTest::newRow("both quotes") << QByteArray("both ' and \"") << 12
                                 << u"62 6f 74 68 20 27 20 61 6e 64 20 22"_s << u"both ' and \""_s
                                 << u"b'both \\' and \"'"_s;
    QTest::newRow("backslash") << QByteArray("back\\slash") << 10
                               << u"62 61 63 6b 5c 73 6c 61 73 68"_s << u"back\\\\slash"_s
                               << u"b'back\\\\slash'"_s;
    QTest::newRow("DEL and high bytes") << QByteArray("\x7f\x80\xff") << 3 << u"7f 80 ff"_s
                                        << u"\\x7f\\x80\\xff"_s << u"b'\\x7f\\x80\\xff'"_s;
    QTest::newRow("3- and 4-byte")
        << QByteArray("\xe2\x82\xac\xf0\x9d\x84\x9e") << 7 << u"e2 82 ac f0 9d 84 9e"_s << u"€𝄞"_s
        << u"b'\\xe2\\x82\\xac\\xf0\\x9d\\x84\\x9e'"_s;
    QTest::newRow("broken pair") << QByteArray("\xc3(") << 2 << u"c3 28"_s << u"\\xc3("_s
                                 << u"b'\\xc3('"_s;
    QTest::newRow("truncated 3-byte")
        << QByteArray("\xe2\x82") << 2 << u"e2 82"_s << u"\\xe2\\x82"_s << u"b'\\xe2\\x82'"_s;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << 3 << u"ed a0 80"_s
                               << u"\\xed\\xa0\\x80"_s << u"b'\\xed\\xa0\\x80'"_s;
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << 4 << u"f4 90 80 80"_s
                                    << u"\\xf4\\x90\\x80\\x80"_s << u"b'\\xf4\\x90\\x80\\x80'"_s;
    QTest::newRow("overlong slash")
        << QByteArray("\xc0\xaf") << 2 << u"c0 af"_s << u"\\xc0\\xaf"_s << u"b'\\xc0\\xaf'"_s;
    QTest::newRow("tab newline") << QByteArray("a\tb\nc") << 5 << u"61 09 62 0a 63"_s
                                 << u"a\\tb\\nc"_s << u"b'a\\tb\\nc'"_s;
    QTest::newRow("empty") << QByteArray() << 0 << QString() << QString() << u"b''"_s;
}

void TestBytesFormat::formats()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, length);
    QFETCH(QString, hex);
    QFETCH(QString, text);
    QFETCH(QString, python);

    QCOMPARE(bytes.size(), length);
    QCOMPARE(BytesFormat::hex(bytes), hex);
    QCOMPARE(BytesFormat::escapedText(bytes), text);
    QCOMPARE(BytesFormat::pythonBytes(bytes), python);
    // The hex view is complete: every byte is there.
    QCOMPARE(QByteArray::fromHex(hex.toLatin1()), bytes);
}

void TestBytesFormat::newlineBreaks()
{
    const QByteArray bytes("one\ntwo\r\n");
    QCOMPARE(BytesFormat::escapedText(bytes), u"one\\ntwo\\r\\n"_s);
    QCOMPARE(BytesFormat::escapedText(bytes, BytesFormat::Option::BreakAfterNewline),
        u"one\\n\ntwo\\r\\n\n"_s);
    QCOMPARE(BytesFormat::hex(bytes, QChar()), u"6f6e650a74776f0d0a"_s);
}

void TestBytesFormat::invisibleCharacters()
{
    // C1 control NEL, right-to-left override, zero-width space, line separator:
    // valid UTF-8 but invisible or misleading, so shown as \u escapes.
    const QByteArray bytes("a\xc2\x85"
                           "b\xe2\x80\xae"
                           "c\xe2\x80\x8b"
                           "d\xe2\x80\xa8"
                           "e");
    QCOMPARE(BytesFormat::escapedText(bytes), u"a\\u0085b\\u202ec\\u200bd\\u2028e"_s);
    // A printable non-ASCII character stays as it is.
    QCOMPARE(BytesFormat::escapedText(QByteArray("\xc3\xa9t\xc3\xa9")), u"été"_s);
}

void TestBytesFormat::pythonString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("repr");
    QTest::newRow("address") << u"127.0.0.1"_s << u"'127.0.0.1'"_s;
    QTest::newRow("quote") << u"it's"_s << u"\"it's\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"'a\\nb'"_s;
    QTest::newRow("umlaut") << u"über"_s << u"'über'"_s;
    QTest::newRow("nel") << u"\u0085"_s << u"'\\x85'"_s;
    QTest::newRow("rlo") << u"\u202e"_s << u"'\\u202e'"_s;
    QTest::newRow("empty") << QString() << u"''"_s;
    QTest::newRow("double quote only") << u"say \"hi\""_s << u"'say \"hi\"'"_s;
    QTest::newRow("both quotes") << u"it's \"x\""_s << u"'it\\'s \"x\"'"_s;
    QTest::newRow("backslash") << u"a\\b"_s << u"'a\\\\b'"_s;
    QTest::newRow("controls") << u"\t\r\x1b\x7f"_s + QChar(0) << u"'\\t\\r\\x1b\\x7f\\x00'"_s;
    QTest::newRow("escaped byte") << QString(QChar(0xDCFF)) << u"'\\udcff'"_s;
    QTest::newRow("astral printable") << u"\U0001F600"_s << u"'\U0001F600'"_s;
    QTest::newRow("astral private use") << u"\U000F0000"_s << u"'\\U000f0000'"_s;
}

void TestBytesFormat::pythonString()
{
    QFETCH(QString, text);
    QFETCH(QString, repr);
    QCOMPARE(BytesFormat::pythonString(text), repr);
}

void TestBytesFormat::decodeUtf8Pending_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("pending");
    QTest::addColumn<int>("invalid");
    QTest::newRow("complete") << QByteArray("ab\xc3\xbc") << 0 << 0;
    QTest::newRow("1 of 2") << QByteArray("ab\xc3") << 1 << 0;
    QTest::newRow("2 of 3") << QByteArray("ab\xe2\x82") << 2 << 0;
    QTest::newRow("3 of 4") << QByteArray("ab\xf0\x9d\x84") << 3 << 0;
    QTest::newRow("bad second byte") << QByteArray("ab\xe0\x80") << 0 << 2;
    QTest::newRow("lone continuation") << QByteArray("\x80") << 0 << 1;
}

void TestBytesFormat::decodeUtf8Pending()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, pending);
    QFETCH(int, invalid);
    qsizetype tail = -1;
    qsizetype bad = -1;
    BytesFormat::decodeUtf8(bytes, &tail, &bad);
    QCOMPARE(tail, qsizetype(pending));
    QCOMPARE(bad, qsizetype(invalid));
}

// Cross-check against CPython itself: bytes repr and surrogateescape decoding
// for every single byte and a few thousand pseudo-random UTF-8-like strings.
void TestBytesFormat::matchesCPython()
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("python3 is not installed");

    QList<QByteArray> inputs;
    for (int b = 0; b < 256; ++b)
        inputs.append(QByteArray(1, char(b)));
    static const unsigned char alphabet[]
        = {'a', '\'', '"', '\\', 0x00, 0x0a, 0x1b, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0,
            0xc2, 0xc3, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff};
    QRandomGenerator random(20261130);
    for (int i = 0; i < 3000; ++i) {
        QByteArray s;
        const int length = 1 + random.bounded(10);
        for (int k = 0; k < length; ++k)
            s.append(char(alphabet[random.bounded(int(sizeof alphabet))]));
        inputs.append(s);
    }
    QByteArray stdinText;
    for (const QByteArray &s : inputs)
        stdinText += s.toHex() + '\n';

    QProcess process;
    process.start(python,
        {u"-c"_s,
            u"import sys\n"
            "for line in sys.stdin:\n"
            "    b = bytes.fromhex(line.strip())\n"
            "    d = b.decode('utf-8', 'surrogateescape')\n"
            "    print(repr(b).encode('utf-8').hex(), "
            "d.encode('utf-16-be', 'surrogatepass').hex())\n"_s});
    QVERIFY(process.waitForStarted());
    process.write(stdinText);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    QVERIFY(lines.size() >= inputs.size());
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QList<QByteArray> fields = lines[i].split(' ');
        QCOMPARE(fields.size(), 2);
        const QString repr = QString::fromUtf8(QByteArray::fromHex(fields[0]));
        QCOMPARE(BytesFormat::pythonBytes(inputs[i]), repr);
        const QString decoded = BytesFormat::decodeUtf8(inputs[i]);
        QByteArray utf16;
        for (QChar c : decoded)
            utf16 += char(c.unicode() >> 8), utf16 += char(c.unicode() & 0xFF);
        QCOMPARE(utf16.toHex(), fields[1]);
    }
}

// Python's repr() of a str, against CPython: every code point up to U+07FF,
// the invisible and special ones above it, and a few thousand pseudo-random
// strings mixing quotes, backslashes, controls and non-ASCII letters (the
// quote character Python picks depends on which quotes the text holds).
void TestBytesFormat::pythonStringMatchesCPython()
{
    QList<QString> inputs {QString()};
    for (char32_t cp = 0; cp < 0x800; ++cp) {
        if (cp < 0xD800 || cp > 0xDFFF)
            inputs.append(QString::fromUcs4(&cp, 1));
    }
    for (char32_t cp : {0x2028, 0x2029, 0x200B, 0x202E, 0xFEFF, 0xE000, 0xFFFD, 0xFFFF, 0x1F600,
             0x10FFFF, 0xF0000})
        inputs.append(QString::fromUcs4(&cp, 1));
    inputs.append(QString(QChar(0xDC80))); // a lone surrogate, as decodeUtf8 makes
    static const char16_t alphabet[] = {u'a', u'\'', u'"', u'\\', 0x00, u'\t', u'\n', u'\r', 0x1b,
        0x7f, 0x85, 0xa0, 0xad, 0xfc, 0x2028, 0x202e, 0x20ac, 0xdcff};
    QRandomGenerator random(20261204);
    for (int i = 0; i < 3000; ++i) {
        QString s;
        const int length = random.bounded(10);
        for (int k = 0; k < length; ++k)
            s.append(QChar(alphabet[random.bounded(int(std::size(alphabet)))]));
        inputs.append(s);
    }
    QByteArray stdinText;
    for (const QString &s : inputs) {
        QByteArray utf16;
        for (QChar c : s)
            utf16 += char(c.unicode() >> 8), utf16 += char(c.unicode() & 0xFF);
        stdinText += (utf16.isEmpty() ? QByteArray("-") : utf16.toHex()) + '\n';
    }
    const QList<QByteArray> lines = runPython(
        u"import sys\n"
        "for line in sys.stdin:\n"
        "    h = line.strip()\n"
        "    s = '' if h == '-' else bytes.fromhex(h).decode('utf-16-be', 'surrogatepass')\n"
        "    print(repr(s).encode('utf-8', 'surrogatepass').hex())\n"_s,
        stdinText);
    if (lines.isEmpty())
        QSKIP("python3 is not installed: nothing to compare Python's repr() against");
    QVERIFY(lines.size() >= inputs.size());
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QString repr = QString::fromUtf8(QByteArray::fromHex(lines[i]));
        QCOMPARE(BytesFormat::pythonString(inputs[i]), repr);
    }
}

// The escape grammar: what a person types (send box, lesson TEXT) and the
// bytes it names.
void TestBytesFormat::fromEscapedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("plain") << u"abc"_s << QByteArray("abc");
    QTest::newRow("S15 binary") << u"\\x88\\x77\\x66\\x55\\x00\\x11\\x22\\x33"_s
                                << QByteArray::fromHex("8877665500112233");
    QTest::newRow("S15 NUL") << u"test\\0test"_s << QByteArray("test\0test", 9);
    QTest::newRow("S15 ANSI") << u"\\x1b[31mRED\\x1b[0m\\r"_s
                              << QByteArray("\x1b[31mRED\x1b[0m\r", 13);
    QTest::newRow("newline tab cr") << u"a\\nb\\tc\\r"_s << QByteArray("a\nb\tc\r");
    QTest::newRow("backslash") << u"a\\\\b"_s << QByteArray("a\\b");
    QTest::newRow("backslash then n") << u"\\\\n"_s << QByteArray("\\n");
    QTest::newRow("upper and lower hex") << u"\\xFF\\xaB"_s << QByteArray("\xff\xab", 2);
    QTest::newRow("invalid UTF-8 on purpose") << u"\\xc3"_s << QByteArray("\xc3");
    QTest::newRow("UTF-8 around an escape")
        << u"ü\\x00ü"_s << QByteArray("\xc3\xbc\x00\xc3\xbc", 5);
    QTest::newRow("astral letter") << u"\U0001F600"_s << QByteArray("\xf0\x9f\x98\x80");
    QTest::newRow("u escape") << u"\\u00e9\\u2028"_s << QByteArray("\xc3\xa9\xe2\x80\xa8");
    QTest::newRow("U escape") << u"\\U0001f600"_s << QByteArray("\xf0\x9f\x98\x80");
    QTest::newRow("u escape of BOM") << u"\\ufeffa"_s
                                     << QByteArray("\xef\xbb\xbf"
                                                   "a");
    QTest::newRow("u escape of NUL") << u"\\u0000"_s << QByteArray(1, '\0');
    QTest::newRow("highest code point") << u"\\U0010FFFF"_s << QByteArray("\xf4\x8f\xbf\xbf");
    QTest::newRow("quotes stay") << u"it's \"x\""_s << QByteArray("it's \"x\"");
}

void TestBytesFormat::fromEscapedText()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    QString problem;
    const std::optional<QByteArray> result = BytesFormat::fromEscapedText(text, &problem);
    QVERIFY2(result, qPrintable(problem));
    QCOMPARE(*result, bytes);
    QVERIFY(problem.isEmpty());
}

void TestBytesFormat::fromEscapedTextRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");

    QTest::newRow("lone backslash") << u"abc\\"_s << u"lone backslash"_s;
    QTest::newRow("short hex") << u"ab\\x4"_s << u"\\x at character 3 needs two hex digits"_s;
    QTest::newRow("bad hex") << u"\\xzz"_s << u"\\x at character 1 needs two hex digits"_s;
    QTest::newRow("short u") << u"\\u12"_s << u"four hex digits"_s;
    QTest::newRow("short U") << u"\\U0001f60"_s << u"eight hex digits"_s;
    QTest::newRow("above U+10FFFF") << u"\\U00110000"_s << u"\\U00110000 at character 1"_s;
    QTest::newRow("surrogate") << u"x\\ud800"_s << u"\\ud800 at character 2"_s;
    QTest::newRow("unknown") << u"a\\qb"_s << u"Unknown escape \\q at character 2"_s;
    QTest::newRow("quote is not an escape") << u"\\'"_s << u"Unknown escape \\'"_s;
}

void TestBytesFormat::fromEscapedTextRefuses()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    QString why;
    QVERIFY(!BytesFormat::fromEscapedText(text, &why));
    QVERIFY2(why.contains(problem), qPrintable(why));
    QVERIFY(!BytesFormat::fromEscapedText(text, nullptr)); // no problem wanted: no crash
}

// What the app shows is what a person can type back: every single byte,
// invisible characters and a few thousand pseudo-random byte strings come
// back unchanged from their visible text.
void TestBytesFormat::escapesRoundTrip()
{
    QList<QByteArray> inputs {QByteArray()};
    for (int b = 0; b < 256; ++b)
        inputs.append(QByteArray(1, char(b)));
    inputs.append(QByteArray("a\xc2\x85"
                             "b\xe2\x80\xae"
                             "c\xef\xbb\xbf\xf3\xb0\x80\x80"));
    static const unsigned char alphabet[] = {'a', '\\', 'x', 'u', 'n', '0', 0x00, 0x0a, 0x1b, 0x7f,
        0x80, 0x85, 0xbf, 0xc2, 0xc3, 0xe2, 0xed, 0xf0, 0xf4, 0xff};
    QRandomGenerator random(20261204);
    for (int i = 0; i < 3000; ++i) {
        QByteArray s;
        const int length = 1 + random.bounded(12);
        for (int k = 0; k < length; ++k)
            s.append(char(alphabet[random.bounded(int(sizeof alphabet))]));
        inputs.append(s);
    }
    for (const QByteArray &bytes : std::as_const(inputs)) {
        const QString shown = BytesFormat::escapedText(bytes);
        QString problem;
        const std::optional<QByteArray> back = BytesFormat::fromEscapedText(shown, &problem);
        QVERIFY2(back, qPrintable(shown + u": "_s + problem));
        QCOMPARE(*back, bytes);
    }
}

void TestBytesFormat::pythonPort_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("python");
    QTest::newRow("none") << QString() << u"None"_s;
    QTest::newRow("number") << u"5000"_s << u"5000"_s;
    QTest::newRow("zero") << u"0"_s << u"0"_s;
    QTest::newRow("name") << u"http"_s << u"'http'"_s;
    QTest::newRow("negative is a name") << u"-1"_s << u"'-1'"_s;
    QTest::newRow("quote") << u"it's"_s << u"\"it's\""_s;
    QTest::newRow("control") << u"a\nb"_s << u"'a\\nb'"_s;
}

// One rule for getaddrinfo's port as Python code (transcript, resolver,
// lesson demo lines): None, a number, or a str.
void TestBytesFormat::pythonPort()
{
    QFETCH(QString, service);
    QFETCH(QString, python);
    QCOMPARE(BytesFormat::pythonPort(service), python);
}

QTEST_GUILESS_MAIN(TestBytesFormat)
#include "tst_bytesformat.moc"
