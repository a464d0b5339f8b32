#include "core/bytes/bytesformat.h"
#include "core/bytes/utf8stream.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestUtf8Stream final : public QObject
{
    Q_OBJECT

private slots:
    void splits_data();
    void splits();
    void lessonMessageInEveryChunkSize();
    void invalidBytes_data();
    void invalidBytes();
    void finishFlushesPending();
    void boundaryModeCountsLikeAll();
};

// Chunks, then per chunk: visible text, completedSplit, pendingBytes, invalidBytes.
void TestUtf8Stream::splits_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QList<int>>("completed");
    QTest::addColumn<QList<int>>("pending");

    QTest::newRow("u-umlaut split 1|1") << QList<QByteArray> {"ing \xc3",
        "\xbc"
        "ber"} << QStringList {u"ing "_s, u"über"_s}
                                        << QList<int> {0, 1} << QList<int> {1, 0};
    QTest::newRow("euro split 1|2")
        << QList<QByteArray> {"\xe2", "\x82\xac!"} << QStringList {QString(), u"€!"_s}
        << QList<int> {0, 2} << QList<int> {1, 0};
    QTest::newRow("euro split 2|1")
        << QList<QByteArray> {"a\xe2\x82", "\xac"} << QStringList {u"a"_s, u"€"_s}
        << QList<int> {0, 1} << QList<int> {2, 0};
    QTest::newRow("G clef over 4 chunks") << QList<QByteArray> {"\xf0", "\x9d", "\x84", "\x9ez"}
                                          << QStringList {QString(), QString(), QString(), u"𝄞z"_s}
                                          << QList<int> {0, 0, 0, 1} << QList<int> {1, 2, 3, 0};
    QTest::newRow("G clef split 3|1 then another")
        << QList<QByteArray> {"\xf0\x9d\x84", "\x9e\xf0\x9d", "\x84\x9e"}
        << QStringList {QString(), u"𝄞"_s, u"𝄞"_s} << QList<int> {0, 1, 2} << QList<int> {3, 2, 0};
    QTest::newRow("no split") << QList<QByteArray> {"This is ", "a fancy "}
                              << QStringList {u"This is "_s, u"a fancy "_s} << QList<int> {0, 0}
                              << QList<int> {0, 0};
}

void TestUtf8Stream::splits()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QStringList, texts);
    QFETCH(QList<int>, completed);
    QFETCH(QList<int>, pending);

    Utf8Stream stream;
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const Utf8Stream::Result r = stream.feed(chunks[i]);
        QCOMPARE(BytesFormat::visibleText(r.text), texts[i]);
        QCOMPARE(r.completedSplit, completed[i]);
        QCOMPARE(r.pendingBytes, pending[i]);
        QCOMPARE(r.invalidBytes, 0);
        QCOMPARE(stream.pending().size(), pending[i]);
    }
}

// The lesson's message cut at every buffer length 1..16: the decoded pieces
// always add up to the whole message and no character is ever cut.
void TestUtf8Stream::lessonMessageInEveryChunkSize()
{
    const QByteArray message
        = u"This is a fancy message, containing über-important information €𝄞"_s.toUtf8();
    for (int n = 1; n <= 16; ++n) {
        Utf8Stream stream;
        QString all;
        int splits = 0;
        for (qsizetype at = 0; at < message.size(); at += n) {
            const Utf8Stream::Result r = stream.feed(
                QByteArrayView(message).sliced(at, qMin<qsizetype>(n, message.size() - at)));
            all += r.text;
            splits += r.completedSplit > 0 ? 1 : 0;
            QCOMPARE(r.invalidBytes, 0);
        }
        QCOMPARE(stream.pending().size(), 0);
        QCOMPARE(all, QString::fromUtf8(message));
        if (n == 1)
            QCOMPARE(splits, 3); // ü, €, 𝄞 each completed by a later 1-byte chunk
    }
}

void TestUtf8Stream::invalidBytes_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("invalid");

    QTest::newRow("lone continuation") << QList<QByteArray> {"a\x80"
                                                             "b"}
                                       << u"a\\x80b"_s << 1;
    QTest::newRow("pending not continued") << QList<QByteArray> {"x\xc3", "A"} << u"x\\xc3A"_s << 1;
    QTest::newRow("pending 2 then bad")
        << QList<QByteArray> {"\xe2\x82", "\xc3\xbc"} << u"\\xe2\\x82ü"_s << 2;
    QTest::newRow("bad lead bytes")
        << QList<QByteArray> {"\xff\xfe", "\xc0\xaf"} << u"\\xff\\xfe\\xc0\\xaf"_s << 4;
    QTest::newRow("surrogate half")
        << QList<QByteArray> {"\xed", "\xa0\x80"} << u"\\xed\\xa0\\x80"_s << 3;
}

void TestUtf8Stream::invalidBytes()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QString, text);
    QFETCH(int, invalid);

    Utf8Stream stream;
    QString all;
    qsizetype bad = 0;
    for (const QByteArray &chunk : chunks) {
        const Utf8Stream::Result r = stream.feed(chunk);
        all += r.text;
        bad += r.invalidBytes;
    }
    QCOMPARE(BytesFormat::visibleText(all), text);
    QCOMPARE(bad, qsizetype(invalid));
    QCOMPARE(stream.totalInvalidBytes(), qsizetype(invalid));
}

void TestUtf8Stream::finishFlushesPending()
{
    Utf8Stream stream;
    Utf8Stream::Result r = stream.feed("ok\xf0\x9f");
    QCOMPARE(r.pendingBytes, 2);
    QCOMPARE(r.pendingCharLength, 4);
    r = stream.finish();
    QCOMPARE(r.pendingBefore, 2);
    QCOMPARE(r.invalidBytes, 2);
    QCOMPARE(BytesFormat::visibleText(r.text), u"\\xf0\\x9f"_s);
    QVERIFY(stream.pending().isEmpty());
}

// Decode::Boundary (what ChunkModel uses) reports exactly what Decode::All
// reports, and its text is only the start of All's: the character completed
// across the boundary, or held-back bytes that turned out invalid.
void TestUtf8Stream::boundaryModeCountsLikeAll()
{
    const QByteArray message = u"über € 𝄞 x"_s.toUtf8()
        + QByteArray("\xc3"
                     "A\xff\xe2\x82\xc3\xbc\xf0\x9d");
    for (int n = 1; n <= 9; ++n) {
        Utf8Stream all;
        Utf8Stream boundary;
        for (qsizetype at = 0; at < message.size(); at += n) {
            const QByteArrayView chunk
                = QByteArrayView(message).sliced(at, qMin<qsizetype>(n, message.size() - at));
            const Utf8Stream::Result a = all.feed(chunk);
            const Utf8Stream::Result b = boundary.feed(chunk, Utf8Stream::Decode::Boundary);
            QCOMPARE(b.completedSplit, a.completedSplit);
            QCOMPARE(b.pendingBefore, a.pendingBefore);
            QCOMPARE(b.pendingBytes, a.pendingBytes);
            QCOMPARE(b.pendingCharLength, a.pendingCharLength);
            QCOMPARE(b.invalidBytes, a.invalidBytes);
            QVERIFY2(a.text.startsWith(b.text), qPrintable(u"n=%1 at=%2"_s.arg(n).arg(at)));
            if (b.completedSplit == 0 && b.pendingBefore == 0)
                QVERIFY(b.text.isEmpty());
        }
        QCOMPARE(boundary.totalInvalidBytes(), all.totalInvalidBytes());
        QVERIFY(all.totalInvalidBytes() > 0);
    }
}

QTEST_GUILESS_MAIN(TestUtf8Stream)
#include "tst_utf8stream.moc"
