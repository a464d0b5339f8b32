// SplitMarks: which chunks a UTF-8 character was cut between, the bytes
// each holds and what the mark says; one table row per stream.
#include "core/bytes/splitmarks.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSplitMarks final : public QObject
{
    Q_OBJECT

private slots:
    void marks_data();
    void marks();
};

void TestSplitMarks::marks_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QStringList>("texts");
    QTest::newRow("no cut") << QList<QByteArray> {"ab\xc3\xbc", "cd"} << QStringList {u""_s, u""_s};
    QTest::newRow("ü after its first byte")
        << QList<QByteArray> {"with a \xc3", "\xbc inside"}
        << QStringList {u"ü split: byte 1 of 2 (c3)"_s, u"ü completed: byte 2 of 2 (bc)"_s};
    QTest::newRow("euro sign after two bytes")
        << QList<QByteArray> {"\xe2\x82", "\xac"}
        << QStringList {u"€ split: bytes 1-2 of 3 (e2 82)"_s, u"€ completed: byte 3 of 3 (ac)"_s};
    QTest::newRow("both ends of one chunk")
        << QList<QByteArray> {"a\xc3",
               "\xa9"
               "b\xc3",
               "\xa9"}
        << QStringList {u"é split: byte 1 of 2 (c3)"_s,
               u"é completed: byte 2 of 2 (a9); é split: byte 1 of 2 (c3)"_s,
               u"é completed: byte 2 of 2 (a9)"_s};
    QTest::newRow("never completed")
        << QList<QByteArray> {"x\xc3"} << QStringList {u"a character split: byte 1 of 2 (c3)"_s};
    QTest::newRow("not continued: invalid, not a split") << QList<QByteArray> {
        "x\xc3", "y"} << QStringList {u"a character split: byte 1 of 2 (c3)"_s, u""_s};
    QTest::newRow("an emoji over three chunks")
        << QList<QByteArray> {"\xf0\x9f", "\x98", "\x80"}
        << QStringList {u"😀 split: bytes 1-2 of 4 (f0 9f)"_s, u"😀 split: byte 3 of 4 (98)"_s,
               u"😀 completed: byte 4 of 4 (80)"_s};
    QTest::newRow("a control character is shown escaped")
        << QList<QByteArray> {"\xc2", "\x85"}
        << QStringList {
               u"\\u0085 split: byte 1 of 2 (c2)"_s, u"\\u0085 completed: byte 2 of 2 (85)"_s};
}

void TestSplitMarks::marks()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QStringList, texts);
    const QList<SplitMarks::Mark> marks = SplitMarks::of(chunks);
    QCOMPARE(marks.size(), chunks.size());
    QStringList got;
    for (const SplitMarks::Mark &mark : marks)
        got << SplitMarks::text(mark);
    QCOMPARE(got, texts);
}

QTEST_GUILESS_MAIN(TestSplitMarks)
#include "tst_splitmarks.moc"
