#include "ui/lanes/sendbox.h"
#include "ui/window/language.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>

using namespace Qt::StringLiterals;

// SendBox: what the user types becomes exactly these bytes (S15, S16).
class TestSendBox final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void plainTextIsUtf8();
    void longMessageIsNotTruncated();
    void countsCharactersAndBytes();
    void typingUpdatesCount();
};

// The app's English: plural forms ("1 byte") and grouped numbers (40,000).
void TestSendBox::initTestCase()
{
    QVERIFY(Language::install(u"en"_s));
}

void TestSendBox::plainTextIsUtf8()
{
    SendBox box;
    box.setText(u"a\\x00ü"_s);
    QCOMPARE(box.bytes().value(), QByteArray("a\\x00\xc3\xbc"));
    box.setEscapesEnabled(true);
    QCOMPARE(box.bytes().value(), QByteArray("a\x00\xc3\xbc", 4));
}

void TestSendBox::longMessageIsNotTruncated()
{
    SendBox box;
    const QString text(40000, u'x');
    box.setText(text);
    QCOMPARE(box.text().size(), 40000);
    QCOMPARE(box.bytes().value().size(), 40000);
    QVERIFY2(box.countText().contains(u"40,000 characters → 40,000 bytes"_s),
        qPrintable(box.countText()));
}

void TestSendBox::countsCharactersAndBytes()
{
    SendBox box;
    box.setText(u"Grüße 👋"_s); // 7 characters, ü ß 2 bytes each, 👋 4 bytes
    QVERIFY2(box.countText().startsWith(u"7 characters → 12 bytes"_s), qPrintable(box.countText()));
    box.setEscapesEnabled(true);
    box.setText(u"\\x1"_s);
    QVERIFY2(box.countText().contains(u"escape problem"_s), qPrintable(box.countText()));
}

void TestSendBox::typingUpdatesCount()
{
    SendBox box;
    box.show();
    auto *edit = box.findChild<QPlainTextEdit *>();
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, u"h"_s);
    QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, u"é"_s, Qt::NoModifier);
    QCOMPARE(box.text(), u"hé"_s);
    QVERIFY2(box.countText().startsWith(u"2 characters → 3 bytes"_s), qPrintable(box.countText()));
}

QTEST_MAIN(TestSendBox)
#include "tst_sendbox.moc"
