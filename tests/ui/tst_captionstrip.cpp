#include "ui/lesson/captionstrip.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The caption of presentation mode on one screen: the first sentence of a
// stage's prose (not its code, not a heading), cut at a word when long; the
// title beside it; its type at the pixel size asked; a click asks for the
// whole narration.
class TestCaptionStrip final : public QObject
{
    Q_OBJECT

private slots:
    void summary_data();
    void summary();
    void showsStage();
    void clickAsksForNarration();
};

void TestCaptionStrip::summary_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first sentence") << u"One call. Then another."_s << u"One call."_s;
    QTest::newRow("markup goes") << u"`bind()` takes **one** address; then `listen()`."_s
                                 << u"bind() takes one address; then listen()."_s;
    QTest::newRow("question") << u"Faster or slower? We measure."_s << u"Faster or slower?"_s;
    QTest::newRow("no period") << u"An address and a port"_s << u"An address and a port"_s;
    QTest::newRow("decimal point stays")
        << u"Version 3.12 is fine. Next."_s << u"Version 3.12 is fine."_s;
    QTest::newRow("wrapped lines join") << u"A sentence that\nwraps in the file. More."_s
                                        << u"A sentence that wraps in the file."_s;
    QTest::newRow("code first") << u"```python\nx = 1\n```\n\nThe prose. More."_s
                                << u"The prose."_s;
    QTest::newRow("heading first") << u"# Title\n\nThe prose."_s << u"The prose."_s;
    QTest::newRow("long cut at a word")
        << u"aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn."_s
        << u"aaaa bbbb cccc…"_s;
    QTest::newRow("only code") << u"```\nx = 1\n```"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestCaptionStrip::summary()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    const int maxChars
        = QLatin1StringView(QTest::currentDataTag()) == "long cut at a word"_L1 ? 16 : 170;
    QCOMPARE(CaptionStrip::summary(markdown, maxChars), expected);
}

void TestCaptionStrip::showsStage()
{
    CaptionStrip strip;
    strip.setTextPixelSize(28);
    strip.setStage(u"3/36"_s, u"Link <layer>"_s, u"Frames cross one link. More follows."_s);
    QCOMPARE(strip.text(), u"3/36 Link <layer> — Frames cross one link."_s);
    const auto labels = strip.findChildren<QLabel *>();
    QCOMPARE(labels.size(), 3);
    for (const QLabel *label : labels)
        QCOMPARE(label->font().pixelSize(), 28);
    // The title is text, not markup.
    const auto *caption = strip.findChild<QLabel *>(u"caption"_s);
    QVERIFY(caption->text().contains(u"&lt;layer&gt;"_s));
    // A zoom (another application font) keeps the pixel size asked.
    QFont bigger = strip.font();
    bigger.setPointSizeF(bigger.pointSizeF() * 2);
    strip.setFont(bigger);
    QCOMPARE(caption->font().pixelSize(), 28);
    strip.setTextPixelSize(42);
    QCOMPARE(caption->font().pixelSize(), 42);
}

void TestCaptionStrip::clickAsksForNarration()
{
    CaptionStrip strip;
    strip.setStage(u"1/1"_s, u"T"_s, u"S."_s);
    strip.resize(400, 60);
    strip.show();
    QVERIFY(QTest::qWaitForWindowExposed(&strip));
    QSignalSpy asked(&strip, &CaptionStrip::narrationRequested);
    QTest::mouseClick(&strip, Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
}

QTEST_MAIN(TestCaptionStrip)
#include "tst_captionstrip.moc"
