// BytesView offscreen: the lesson's chunks in the table, plain text only,
// totals and the reassembled message, and a capped flood.
#include "core/bytes/chunkmodel.h"
#include "core/lab/lab.h"
#include "ui/lanes/bytesview.h"
#include "ui/lanes/connectionview.h"
#include "ui/window/language.h"

#include <QFontInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStyle>
#include <QTableView>
#include <QTest>

#include <cerrno>

using namespace Qt::StringLiterals;

class TestBytesView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsLessonChunks();
    void markupIsNotInterpreted();
    void eofAndErrorRows();
    void floodStaysBounded();
    void wrapLongLines_data();
    void wrapLongLines();
    void callColumnFitsSixDigits();
};

// The app's English: plural forms ("1 recv call") and grouped numbers.
void TestBytesView::initTestCase()
{
    QVERIFY(Language::install(u"en"_s));
}

namespace {

const QByteArray lessonMessage
    = u"This is a fancy message, containing über-important information"_s.toUtf8();

QString shownText(const QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

} // namespace

void TestBytesView::showsLessonChunks()
{
    ChunkModel model;
    BytesView view;
    view.setModel(&model);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    for (qsizetype at = 0; at < lessonMessage.size(); at += 8)
        model.appendChunk(lessonMessage.mid(at, 8), 8);
    QTRY_COMPARE(view.table()->model()->rowCount(), 8);

    const QTableView *table = view.table();
    QVERIFY(QFontInfo(table->font()).fixedPitch());
    QVERIFY(QFontInfo(view.reassembledView()->font()).fixedPitch());
    QCOMPARE(table->model()->columnCount(), 5);
    QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), u"#"_s);
    QCOMPARE(shownText(table, 4, ChunkModel::TextColumn), u"ing übe"_s);
    QCOMPARE(shownText(table, 7, ChunkModel::GotColumn), u"7"_s);
    QCOMPARE(shownText(table, 0, ChunkModel::HexColumn), u"54 68 69 73 20 69 73 20"_s);
    QVERIFY(view.totalsText().contains(u"8 recv calls"_s));
    QVERIFY(view.totalsText().contains(u"63 bytes"_s));
    QTRY_COMPARE(view.reassembledView()->toPlainText(), QString::fromUtf8(lessonMessage));
    QVERIFY(view.reassembledView()->isReadOnly());
    // Every visible row has a real cell on screen.
    QVERIFY(table->visualRect(table->model()->index(7, ChunkModel::TextColumn)).isValid());
}

// Received bytes that look like markup or escapes stay literal text.
void TestBytesView::markupIsNotInterpreted()
{
    ChunkModel model;
    BytesView view;
    view.setModel(&model);
    view.show();
    model.appendChunk("<b>bold</b>&amp;\x1b[31m\r\n", 64);
    model.flush();
    view.refresh();
    QCOMPARE(
        shownText(view.table(), 0, ChunkModel::TextColumn), u"<b>bold</b>&amp;\\x1b[31m\\r\\n"_s);
    QCOMPARE(view.reassembledView()->toPlainText(), u"<b>bold</b>&amp;\\x1b[31m\\r\\n\n"_s);
    const auto labels = view.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        QCOMPARE(label->textFormat(), Qt::PlainText);
}

void TestBytesView::eofAndErrorRows()
{
    ChunkModel model;
    BytesView view;
    view.setModel(&model);
    view.show();
    model.appendChunk("reply", 8);
    model.appendError(SocketError::fromErrno(ECONNRESET, u"recv"), 8);
    model.appendChunk({}, 8);
    model.flush();
    QCOMPARE(view.table()->model()->rowCount(), 3);
    QVERIFY(shownText(view.table(), 1, ChunkModel::TextColumn).contains(u"ECONNRESET"_s));
    QCOMPARE(shownText(view.table(), 2, ChunkModel::TextColumn), ChunkModel::eofText());
    QVERIFY(view.totalsText().contains(u"1 error"_s));
    QVERIFY(view.totalsText().contains(u"1 EOF"_s));
}

// 200,000 chunks through a shown view: rows stay capped, totals exact.
void TestBytesView::floodStaysBounded()
{
    ChunkModel model;
    model.setMaxRows(2000);
    BytesView view;
    view.setModel(&model);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QByteArray chunk("abcdefgh");
    for (int i = 0; i < 200000; ++i) {
        model.appendChunk(chunk, 8);
        if (i % 5000 == 0)
            QCoreApplication::processEvents();
    }
    model.flush();
    view.refresh();
    QCOMPARE(view.table()->model()->rowCount(), 2000);
    QCOMPARE(model.calls(), 200000);
    QCOMPARE(model.totalBytes(), 1600000);
    QVERIFY(view.totalsText().contains(QLocale().toString(1600000)));
    QVERIFY(view.totalsText().contains(u"showing the last"_s));
    QVERIFY(view.reassembledView()->toPlainText().contains(u"not shown"_s));
}

void TestBytesView::wrapLongLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("wrapped");
    QTest::newRow("short") << u"abc"_s << 4 << u"abc"_s;
    QTest::newRow("exact") << u"abcd"_s << 4 << u"abcd"_s;
    QTest::newRow("long") << u"abcdefghij"_s << 4 << u"abcd\nefgh\nij"_s;
    QTest::newRow("real breaks reset") << u"ab\\n\ncdefg"_s << 4 << u"ab\\n\ncdef\ng"_s;
    QTest::newRow("surrogate pair kept") << u"abc𝄞d"_s << 4 << u"abc𝄞\nd"_s;
}

void TestBytesView::wrapLongLines()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(QString, wrapped);
    QCOMPARE(BytesView::wrapLongLines(text, width), wrapped);
}

// The chunk table's # column shows call numbers of six digits whole
// ("123,456"), at the window's size and zoomed (presentation).
void TestBytesView::callColumnFitsSixDigits()
{
    Lab lab;
    ConnectionView view(&lab, lab.server(), false, false);
    view.resize(700, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ChunkModel *model = view.chunkModel();
    for (int i = 0; i < 123456; ++i)
        model->appendChunk("abcdefgh", 8);
    model->flush();
    QTableView *table = view.bytesView()->table();
    const QModelIndex last = table->model()->index(table->model()->rowCount() - 1, 0);
    QCOMPARE(last.data().toLongLong(), 123456);
    for (const double scale : {1.0, 1.5, 2.4}) {
        QFont font = view.font();
        font.setPointSizeF(QApplication::font().pointSizeF() * scale);
        view.setFont(font);
        QCoreApplication::processEvents();
        const QString shown = table->locale().toString(123456);
        // The text and the delegate's margins (QStyledItemDelegate: focus frame + 1 each side).
        const int margin
            = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
        const int needed = QFontMetrics(table->font()).horizontalAdvance(shown) + margin;
        QVERIFY2(table->columnWidth(ChunkModel::CallColumn) >= needed,
            qPrintable(u"scale %1: column %2 px, %3 needs %4 px"_s.arg(scale)
                           .arg(table->columnWidth(ChunkModel::CallColumn))
                           .arg(shown)
                           .arg(needed)));
    }
}

QTEST_MAIN(TestBytesView)
#include "tst_bytesview.moc"
